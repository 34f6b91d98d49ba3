import { describe, expect, it } from 'vitest';
import { roles } from '@/lib/config/schema';
import { missingPermission, rolePermissions, statsNeeds } from './permissions';
import { filterQueues, maySeeQueue, maySeeSource, scopeToSources } from './visibility';

const url = (query: string) => new URL(`http://x/api/v1/sources/hq/summary${query}`);

describe('permissions', () => {
  it('gives every role live data, and only admins administration', () => {
    for (const role of roles) expect(rolePermissions[role]).toContain('live');
    expect(roles.filter((role) => rolePermissions[role].includes('admin'))).toEqual(['admin']);
  });

  it('asks reports for a period other than today and export for a download', () => {
    expect(statsNeeds(url(''))).toEqual(['live']);
    expect(statsNeeds(url('?bucket=hour'))).toEqual(['live']);
    expect(statsNeeds(url('?from=2026-01-01'))).toEqual(['reports']);
    expect(statsNeeds(url('?format=json'))).toEqual(['live']);
    expect(statsNeeds(url('?to=2026-01-01&format=csv'))).toEqual(['reports', 'export']);
    expect(missingPermission('viewer', statsNeeds, url(''))).toBeUndefined();
    expect(missingPermission('viewer', statsNeeds, url('?from=2026-01-01'))).toBe('reports');
    expect(missingPermission('supervisor', statsNeeds, url('?from=2026-01-01&format=xlsx'))).toBe(
      'export',
    );
    expect(
      missingPermission('manager', statsNeeds, url('?from=2026-01-01&format=xlsx')),
    ).toBeUndefined();
    expect(missingPermission('manager', 'admin', url(''))).toBe('admin');
    expect(missingPermission('viewer', 'signed-in', url(''))).toBeUndefined();
  });
});

describe('visibility', () => {
  it('lets no rule see everything, and a rule see only its sources and queues', () => {
    expect(maySeeSource(null, 'hq')).toBe(true);
    expect(maySeeSource(undefined, 'hq')).toBe(true);
    const rule = { hq: ['Sales'], dk: null };
    expect(maySeeSource(rule, 'hq')).toBe(true);
    expect(maySeeSource(rule, 'ru')).toBe(false);
    expect(maySeeSource({}, 'hq')).toBe(false);
    expect(maySeeQueue(rule, 'hq', { id: '600', name: 'Sales' })).toBe(true);
    expect(maySeeQueue(rule, 'hq', { id: '601', name: 'Support' })).toBe(false);
    expect(maySeeQueue(rule, 'dk', { id: 'any' })).toBe(true);
    const queues = [{ id: 'Sales' }, { id: 'Support' }];
    expect(filterQueues(rule, 'hq', queues)).toEqual([{ id: 'Sales' }]);
    expect(filterQueues(rule, 'ru', queues)).toEqual([]);
  });

  it("turns a token's source scope into visibility", () => {
    expect(scopeToSources(null)).toBeNull();
    expect(scopeToSources(['hq'])).toEqual({ hq: null });
    expect(scopeToSources([])).toEqual({});
  });
});
