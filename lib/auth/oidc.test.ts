import { describe, expect, it } from 'vitest';
import { ConfigError } from '@/lib/config/config-error';
import { oidcSettingsFromEnv, roleFromClaims } from './oidc';

const env = {
  OIDC_ISSUER: 'https://id.example.com/',
  OIDC_CLIENT_ID: 'callboard',
  OIDC_CLIENT_SECRET: 'shh-secret',
  OIDC_ROLE_CLAIM: 'groups',
  OIDC_ROLE_MAP: 'cc-admins=admin, cc-leads=supervisor,reporting=manager',
};

describe('oidcSettingsFromEnv', () => {
  it('is off without OIDC_ISSUER and reads every setting with it', () => {
    expect(oidcSettingsFromEnv({})).toBeUndefined();
    const settings = oidcSettingsFromEnv(env);
    expect(settings).toMatchObject({
      issuer: 'https://id.example.com',
      name: 'single sign-on',
      roleClaim: 'groups',
      defaultRole: undefined,
    });
    expect([...(settings?.roleMap ?? [])]).toEqual([
      ['cc-admins', 'admin'],
      ['cc-leads', 'supervisor'],
      ['reporting', 'manager'],
    ]);
  });

  it('names each problem', () => {
    expect(() => oidcSettingsFromEnv({ ...env, OIDC_CLIENT_SECRET: '' })).toThrow(ConfigError);
    expect(() => oidcSettingsFromEnv({ ...env, OIDC_ROLE_MAP: 'cc-admins=owner' })).toThrow(
      /OIDC_ROLE_MAP: "owner" is not a role/,
    );
    expect(() => oidcSettingsFromEnv({ ...env, OIDC_ISSUER: 'ftp://id' })).toThrow(/OIDC_ISSUER/);
    expect(() => oidcSettingsFromEnv({ ...env, OIDC_DEFAULT_ROLE: 'root' })).toThrow(
      /OIDC_DEFAULT_ROLE/,
    );
  });
});

describe('roleFromClaims', () => {
  const settings = oidcSettingsFromEnv(env);
  if (!settings) throw new Error('settings expected');

  it('takes the most powerful mapped value from a list or a string', () => {
    expect(roleFromClaims({ groups: ['reporting', 'cc-leads'] }, settings)).toBe('supervisor');
    expect(roleFromClaims({ groups: 'reporting cc-admins' }, settings)).toBe('admin');
  });

  it('falls back to the default role, or to none', () => {
    expect(roleFromClaims({ groups: ['sales'] }, settings)).toBeUndefined();
    expect(roleFromClaims({}, { ...settings, defaultRole: 'viewer' })).toBe('viewer');
  });
});
