import { VisibilityRule } from '@/lib/model/visibility-rule';

/**
 * Which sources a caller may see, and per source which queues (null: all of them). `null` as a
 * whole means no restriction. Stored per role and per user; a user's own rule replaces the role's.
 */
export type Visibility = Record<string, string[] | null> | null;

export { VisibilityRule };

export function maySeeSource(visibility: Visibility | undefined, sourceId: string): boolean {
  return !visibility || Object.hasOwn(visibility, sourceId);
}

/** The queues of a source the caller may see: null for all of them (or no access at all: check maySeeSource first). */
export function visibleQueues(
  visibility: Visibility | undefined,
  sourceId: string,
): string[] | null {
  if (!visibility) return null;
  return visibility[sourceId] ?? null;
}

/** Whether a queue (matched by id or by name) is visible on a source. */
export function maySeeQueue(
  visibility: Visibility | undefined,
  sourceId: string,
  queue: { id: string; name?: string },
): boolean {
  if (!maySeeSource(visibility, sourceId)) return false;
  const allowed = visibleQueues(visibility, sourceId);
  return allowed === null || allowed.includes(queue.id) || allowed.includes(queue.name ?? '');
}

/** Only the items of a list whose queue the caller may see. */
export function filterQueues<Q extends { id: string; name?: string }>(
  visibility: Visibility | undefined,
  sourceId: string,
  queues: readonly Q[],
): Q[] {
  return queues.filter((queue) => maySeeQueue(visibility, sourceId, queue));
}

/** A token's source scope narrows what its role sees: only those sources, with every queue. */
export function scopeToSources(sources: readonly string[] | null): Visibility {
  return sources === null ? null : Object.fromEntries(sources.map((id) => [id, null]));
}
