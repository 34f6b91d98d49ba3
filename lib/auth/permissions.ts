import type { Role } from '@/lib/config/schema';

/**
 * What a caller may do. `live`: live queues and today's figures (what a wallboard shows);
 * `reports`: statistics over any other period; `export`: the same as CSV/XLSX downloads;
 * `admin`: users, tokens, visibility, boards, display links, metrics and the audit log.
 */
export const permissions = ['live', 'reports', 'export', 'admin'] as const;
export type Permission = (typeof permissions)[number];

/** The one table of what each role may do (the README shows the same table). */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: ['live', 'reports', 'export', 'admin'],
  manager: ['live', 'reports', 'export'],
  supervisor: ['live', 'reports'],
  viewer: ['live'],
};

export function roleMay(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

/**
 * What a route needs: one permission, or `signed-in` for routes any caller may use (the OpenAPI
 * document, unknown paths' 404). A function decides from the request (a statistics route needs
 * `reports` for a period other than today and `export` for a download); every listed one is needed.
 */
export type RouteNeed = Permission | 'signed-in' | ((url: URL) => readonly Permission[]);

/** The permissions a request needs, per its route's declaration. */
export function neededPermissions(need: RouteNeed, url: URL): readonly Permission[] {
  if (need === 'signed-in') return [];
  return typeof need === 'function' ? need(url) : [need];
}

/** The first needed permission the role lacks, or undefined when it has them all. */
export function missingPermission(role: Role, need: RouteNeed, url: URL): Permission | undefined {
  return neededPermissions(need, url).find((permission) => !roleMay(role, permission));
}

/**
 * A statistics request's needs: today (no `from`/`to`) is live data, any other period is a
 * report, and `format=csv|xlsx` is an export.
 */
export function statsNeeds(url: URL): Permission[] {
  const search = url.searchParams;
  const needs: Permission[] = [search.has('from') || search.has('to') ? 'reports' : 'live'];
  const format = search.get('format');
  if (format !== null && format !== 'json') needs.push('export');
  return needs;
}
