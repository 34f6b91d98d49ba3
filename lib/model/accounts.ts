import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import { roles } from './roles';
import { VisibilityRule } from './visibility-rule';

/** Bodies of the /api/v1/admin account routes (users, API tokens, visibility, audit log). */
export const RoleName = z.enum(roles);

const username = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}_.@-]{1,64}$/u, {
    message: 'a username is 1–64 letters, digits or _ . @ -',
  });
const password = z
  .string()
  .min(10, { message: 'a password needs at least 10 characters' })
  .max(200, { message: 'a password has at most 200 characters' });

export const CreateUser = z.strictObject({ username, password, role: RoleName });
export type CreateUser = z.infer<typeof CreateUser>;

/** Any of: a new role, disabled or enabled, a new password (which ends the user's sessions). */
export const UpdateUser = z
  .strictObject({
    role: RoleName.optional(),
    disabled: z.boolean().optional(),
    password: password.optional(),
  })
  .refine((change) => Object.keys(change).length > 0, { message: 'nothing to change' });
export type UpdateUser = z.infer<typeof UpdateUser>;

export const UserInfo = z.object({
  id: z.string(),
  username: z.string(),
  role: RoleName,
  disabled: z.boolean(),
  locale: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserInfo = z.infer<typeof UserInfo>;

export const UsersResponse = z.object({
  users: z.array(UserInfo),
  /** Users of the configuration file: shown, but changed only there. */
  bootstrap: z.array(z.object({ username: z.string(), role: RoleName })),
});

const sourceIds = z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/)).max(100);

export const CreateApiToken = z.strictObject({
  name: z.string().trim().min(1).max(80),
  role: RoleName,
  /** The sources the token may read; null for every source. */
  sources: sourceIds.nullable(),
  /** Days until the token stops working; absent: never. */
  expiresInDays: z.number().int().min(1).max(3660).optional(),
});
export type CreateApiToken = z.infer<typeof CreateApiToken>;

export const ApiTokenInfo = z.object({
  id: z.string(),
  name: z.string(),
  role: RoleName,
  sources: z.array(z.string()).nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiTokenInfo = z.infer<typeof ApiTokenInfo>;

export const ApiTokensResponse = z.object({
  tokens: z.array(ApiTokenInfo),
  /** Names of the tokens in the configuration file (changed only there). */
  configured: z.array(z.object({ name: z.string(), role: RoleName })),
});
export const CreatedApiToken = z.object({ token: z.string(), info: ApiTokenInfo });

export const SetVisibility = z.strictObject({
  subjectType: z.enum(['role', 'user']),
  subject: z.string().trim().min(1).max(64),
  /** `{ sourceId: null | [queue, …] }`: what the subject sees; null removes the rule (sees all). */
  sources: VisibilityRule.nullable(),
});
export type SetVisibility = z.infer<typeof SetVisibility>;

export const VisibilityRuleInfo = z.object({
  subjectType: z.enum(['role', 'user']),
  subject: z.string(),
  sources: VisibilityRule,
  updatedAt: z.string(),
});
export type VisibilityRuleInfo = z.infer<typeof VisibilityRuleInfo>;

export const VisibilityResponse = z.object({
  rules: z.array(VisibilityRuleInfo),
  /** The sources a rule may name. */
  sources: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditResponse = z.object({
  entries: z.array(AuditEntry),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

/** PUT /api/v1/me/locale: the language a person picked with the switch. */
export const SetLocale = z.object({ locale: z.enum(locales) });
