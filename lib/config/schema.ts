import { z } from 'zod';
import { businessDayStartPattern } from '@/lib/time/business-day';
import { isValidTimeZone } from '@/lib/time/zoned';
import { roles } from '@/lib/model/roles';

const timeZone = z
  .string()
  .refine(isValidTimeZone, { message: 'expected an IANA time zone name such as Asia/Tashkent' });

const httpUrl = z
  .url({ protocol: /^https?$/, message: 'expected an http:// or https:// URL' })
  .transform((url) => url.replace(/\/+$/, ''));

const secret = z.string().min(1, { message: 'must not be empty' });

const sourceBase = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, {
    message: 'expected 1–32 characters: lowercase letters, digits and "-", not starting with "-"',
  }),
  name: z.string().min(1).optional(),
  baseUrl: httpUrl,
  timezone: timeZone.optional(),
  refreshSeconds: z.number().int().min(1).max(3600).optional(),
  /** The upstream's rate limit, shared by live polling and reports (default: the kind's, if any). */
  requestsPerMinute: z.number().int().min(4).max(100_000).optional(),
  /** Calls answered within this many seconds count toward the service level. */
  serviceLevelSeconds: z.number().int().min(1).max(3600).default(20),
  /** Per queue (its id as the API shows it), overriding `serviceLevelSeconds`. */
  queueServiceLevelSeconds: z
    .record(z.string().min(1), z.number().int().min(1).max(3600))
    .default({}),
  /** Where "today" begins in the source's zone, `HH:MM`; midnight by default. */
  businessDayStart: z
    .string()
    .regex(businessDayStartPattern, { message: 'expected HH:MM on a 24-hour clock, e.g. "06:00"' })
    .default('00:00'),
};

export const AsternicSourceConfig = z.strictObject({
  ...sourceBase,
  kind: z.literal('asternic'),
  username: secret,
  password: secret,
  refreshSeconds: z
    .number()
    .int()
    .min(5, { message: 'asternic realtime must not be polled more often than every 5 seconds' })
    .max(3600)
    .optional(),
});

export const UtelSourceConfig = z.strictObject({
  ...sourceBase,
  kind: z.literal('utel'),
  email: z.email().optional(),
  password: secret.optional(),
  token: secret.optional(),
});

export const TelphinSourceConfig = z.strictObject({
  ...sourceBase,
  kind: z.literal('telphin'),
  clientId: secret,
  clientSecret: secret,
  account: z.string().min(1).default('@me'),
  /**
   * The zone this installation reads `start_datetime`/`end_datetime` in: UTC (D5, the default),
   * or `source` when it reads them in the source's own `timezone` (FACTS: installations differ).
   */
  apiTimeZone: z.enum(['utc', 'source']).default('utc'),
});

export const TelecomxSourceConfig = z.strictObject({
  ...sourceBase,
  kind: z.literal('telecomx'),
  token: secret.optional(),
  username: secret.optional(),
  password: secret.optional(),
});

export const EnswitchSourceConfig = z.strictObject({
  ...sourceBase,
  kind: z.literal('enswitch'),
  username: secret,
  password: secret,
  queues: z.array(z.number().int().positive()).min(1),
});

export const SourceConfig = z
  .discriminatedUnion('kind', [
    AsternicSourceConfig,
    UtelSourceConfig,
    TelphinSourceConfig,
    TelecomxSourceConfig,
    EnswitchSourceConfig,
  ])
  .superRefine((source, ctx) => {
    if (source.kind === 'utel' && !source.token && !(source.email && source.password)) {
      ctx.addIssue({ code: 'custom', message: 'utel needs either token, or email and password' });
    }
    if (source.kind === 'telecomx' && !source.token && !(source.username && source.password)) {
      ctx.addIssue({
        code: 'custom',
        message: 'telecomx needs either token, or username and password',
      });
    }
  });

export { roles };
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

const UserConfig = z
  .strictObject({
    username: z.string().min(1),
    password: secret.optional(),
    passwordHash: z
      .string()
      .regex(/^\$2[aby]\$\d{2}\$/, { message: 'expected a bcrypt hash ($2a$/$2b$/$2y$…)' })
      .optional(),
    role: Role,
  })
  .refine((user) => Boolean(user.password) !== Boolean(user.passwordHash), {
    message: 'set exactly one of password or passwordHash',
  });

const ApiTokenConfig = z.strictObject({
  name: z.string().min(1),
  token: z.string().min(16, { message: 'API tokens must be at least 16 characters' }),
  role: Role,
});

export const AuthConfig = z.strictObject({
  secret: z.string().min(16, { message: 'auth.secret must be at least 16 characters' }),
  users: z.array(UserConfig).min(1, { message: 'at least one bootstrap user is needed' }),
  apiTokens: z.array(ApiTokenConfig).default([]),
});

/** The app's own database; `DATABASE_URL` (PostgreSQL) and `CALLBOARD_DB_PATH` override it. */
export const DatabaseConfig = z.strictObject({
  path: z.string().min(1).optional(),
});

export const CallboardConfig = z.strictObject({
  timezone: timeZone.default('UTC'),
  sources: z.array(SourceConfig),
  auth: AuthConfig,
  database: DatabaseConfig.default({}),
});

export type CallboardConfig = z.output<typeof CallboardConfig>;
export type SourceConfig = z.output<typeof SourceConfig>;
export type AsternicSourceConfig = z.output<typeof AsternicSourceConfig>;
export type UtelSourceConfig = z.output<typeof UtelSourceConfig>;
export type TelphinSourceConfig = z.output<typeof TelphinSourceConfig>;
export type TelecomxSourceConfig = z.output<typeof TelecomxSourceConfig>;
export type EnswitchSourceConfig = z.output<typeof EnswitchSourceConfig>;
export type UserConfig = z.output<typeof UserConfig>;
export type AuthConfig = z.output<typeof AuthConfig>;

/** A source after defaults are applied: name, time zone and refresh period always set. */
export type ResolvedSource<S extends SourceConfig = SourceConfig> = S & {
  name: string;
  timezone: string;
  refreshSeconds: number;
};
