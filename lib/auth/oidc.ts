import type { OAuthConfig } from 'next-auth/providers/oauth';
import { z } from 'zod';
import { ConfigError } from '@/lib/config/config-error';
import { Role, roles, type Role as RoleName } from '@/lib/config/schema';

/** Single sign-on settings, from the environment (OIDC_*), or undefined when not configured. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the sign-in button. */
  name: string;
  /** The ID-token or userinfo claim that carries groups or roles (a string or a list). */
  roleClaim: string;
  /** Claim value → role; the most powerful match wins. */
  roleMap: Map<string, RoleName>;
  /** Role for people whose claim maps to none; undefined refuses them. */
  defaultRole: RoleName | undefined;
}

const Env = z.object({
  OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'expected the issuer URL (https://…)' }),
  OIDC_CLIENT_ID: z.string().min(1, 'must not be empty'),
  OIDC_CLIENT_SECRET: z.string().min(1, 'must not be empty'),
  OIDC_NAME: z.string().min(1).default('single sign-on'),
  OIDC_ROLE_CLAIM: z.string().min(1).default('roles'),
  OIDC_ROLE_MAP: z
    .string()
    .regex(/^\s*[^=,]+=\s*\w+\s*(,\s*[^=,]+=\s*\w+\s*)*$/, 'expected value=role,value=role')
    .optional(),
  OIDC_DEFAULT_ROLE: Role.optional(),
});

export function oidcSettingsFromEnv(
  env: Record<string, string | undefined>,
): OidcSettings | undefined {
  if (!env.OIDC_ISSUER?.trim()) return undefined;
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      '(environment)',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const { data } = parsed;
  const roleMap = new Map<string, RoleName>();
  for (const pair of data.OIDC_ROLE_MAP?.split(',') ?? []) {
    const [value = '', role = ''] = pair.split('=').map((part) => part.trim());
    const known = Role.safeParse(role);
    if (!known.success) {
      throw new ConfigError('(environment)', [
        { path: 'OIDC_ROLE_MAP', message: `"${role}" is not a role (${roles.join(', ')})` },
      ]);
    }
    roleMap.set(value, known.data);
  }
  return {
    issuer: data.OIDC_ISSUER.replace(/\/$/, ''),
    clientId: data.OIDC_CLIENT_ID,
    clientSecret: data.OIDC_CLIENT_SECRET,
    name: data.OIDC_NAME,
    roleClaim: data.OIDC_ROLE_CLAIM,
    roleMap,
    defaultRole: data.OIDC_DEFAULT_ROLE,
  };
}

/** The role a person's claims map to: the most powerful mapped value, else the default. */
export function roleFromClaims(
  claims: Record<string, unknown>,
  settings: Pick<OidcSettings, 'roleClaim' | 'roleMap' | 'defaultRole'>,
): RoleName | undefined {
  const raw = claims[settings.roleClaim];
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const mapped = values
    .filter((value): value is string => typeof value === 'string')
    .map((value) => settings.roleMap.get(value))
    .filter((role): role is RoleName => role !== undefined);
  // `roles` lists admin first: the lowest index is the most powerful.
  const best = mapped.sort((a, b) => roles.indexOf(a) - roles.indexOf(b))[0];
  return best ?? settings.defaultRole;
}

interface OidcProfile extends Record<string, unknown> {
  sub: string;
  name?: string;
  preferred_username?: string;
  email?: string;
}

/** next-auth's provider for the configured issuer: authorization code with PKCE and state. */
export function oidcProvider(settings: OidcSettings): OAuthConfig<OidcProfile> {
  return {
    id: 'oidc',
    name: settings.name,
    type: 'oauth',
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: 'openid profile email' } },
    idToken: true,
    checks: ['pkce', 'state'],
    profile(profile) {
      const name = profile.preferred_username ?? profile.name ?? profile.email ?? profile.sub;
      const role = roleFromClaims(profile, settings);
      // Without a role the signIn callback refuses the person (next-auth's AccessDenied).
      return { id: profile.sub, name, ...(role ? { role } : {}) };
    },
  };
}
