import type { Engine } from '../../engine/engine';

/** A Telphin extension (phone or queue) of the simulated client. */
export interface TelphinExtension {
  id: number;
  /** Short number inside the client: 101–124 agents, 200–210 back office, 500–504 queues. */
  number: string;
  label: string;
  type: 'phone' | 'queue';
}

/** Extension ids are global in Telphin; here base + short number keeps them stable and readable. */
const EXTENSION_ID_BASE = 470_000;
const QUEUE_NUMBER_BASE = 500;

export function extensionIdOf(number: string): number {
  return EXTENSION_ID_BASE + Number(number);
}

/** Agents' phones, back-office phones, then one queue extension per queue (roster order). */
export function extensionCatalog(engine: Engine): TelphinExtension[] {
  const phone = (number: string, label: string): TelphinExtension => ({
    id: extensionIdOf(number),
    number,
    label,
    type: 'phone',
  });
  return [
    ...engine.agents.map((a) => phone(a.extension, a.name)),
    ...engine.backOffice.map((b) => phone(b.extension, b.name)),
    ...engine.queues.map((q, i) => {
      const number = String(QUEUE_NUMBER_BASE + i);
      return { id: extensionIdOf(number), number, label: q.name, type: 'queue' as const };
    }),
  ];
}

/** Short number of each queue's extension, by queue name. */
export function queueNumbers(engine: Engine): Map<string, string> {
  return new Map(engine.queues.map((q, i) => [q.name, String(QUEUE_NUMBER_BASE + i)]));
}

/** `GET /client/{id}/extension/` item. */
export function extensionResource(
  ext: TelphinExtension,
  clientId: number,
): Record<string, unknown> {
  return {
    id: ext.id,
    name: `${clientId}*${ext.number}`,
    label: ext.label,
    type: ext.type,
    client_id: clientId,
    extension_group_id: null,
  };
}
