import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { rememberLocale } from './remember-locale';
import type { Caller } from './roles';

function recorder(found = true) {
  const saved: [string, Locale][] = [];
  const save = (uid: string, locale: Locale) => {
    saved.push([uid, locale]);
    return Promise.resolve(found);
  };
  return { saved, save };
}

describe('rememberLocale', () => {
  it("stores a database user's choice in their row", async () => {
    const { saved, save } = recorder();
    const caller: Caller = { kind: 'user', name: 'ann', role: 'viewer', uid: 'u1' };
    expect(await rememberLocale(caller, 'ru', save)).toBe(true);
    expect(saved).toEqual([['u1', 'ru']]);
  });

  it('reports a user whose row is gone as not stored', async () => {
    const { save } = recorder(false);
    const caller: Caller = { kind: 'user', name: 'ann', role: 'viewer', uid: 'gone' };
    expect(await rememberLocale(caller, 'uz', save)).toBe(false);
  });

  it.each<[string, Caller]>([
    ['a configuration-file user', { kind: 'user', name: 'boot', role: 'admin' }],
    ['a single sign-on user', { kind: 'user', name: 'sso@example.com', role: 'manager' }],
    ['an API token', { kind: 'token', name: 'script', role: 'manager' }],
    ['a display link', { kind: 'display', name: 'tv', role: 'viewer', uid: 'u1' }],
  ])('keeps only the cookie for %s', async (_who, caller) => {
    const { saved, save } = recorder();
    expect(await rememberLocale(caller, 'ru', save)).toBe(false);
    expect(saved).toEqual([]);
  });
});
