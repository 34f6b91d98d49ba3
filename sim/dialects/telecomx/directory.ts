import { createHash } from 'node:crypto';
import type { AgentDef } from '../../engine/roster';

/** Stable 24-hex ids in the shape of Mongo ObjectIds, derived from a label (seed independent). */
export function objectId(label: string): string {
  return createHash('md5').update(`telecomx:${label}`).digest('hex').slice(0, 24);
}

export const TELECOMX_CUSTOMER_ID = objectId('customer');
/** The employee the demo credentials log in as (a supervisor account without an extension). */
export const TELECOMX_SERVICE_EMPLOYEE_ID = objectId('employee:wallboard');
export const TELECOMX_ACCESS_LEVEL = 'MANAGER';

/** A PBX employee = one engine agent with its extension. */
export interface Employee {
  employeeId: string;
  employeeName: string;
  extensionId: string;
  extensionNumber: string;
  agentId: string;
}

export function employeesOf(agents: readonly AgentDef[]): Employee[] {
  return agents.map((a) => ({
    employeeId: objectId(`employee:${a.id}`),
    employeeName: a.name,
    extensionId: objectId(`extension:${a.extension}`),
    extensionNumber: a.extension,
    agentId: a.id,
  }));
}

export const isObjectId = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-fA-F]{24}$/.test(value);
