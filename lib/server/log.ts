import { isUpstreamError } from '@/lib/upstream/upstream-error';
import { redactSecrets } from './secrets';

/**
 * One JSON line per event on stderr. Upstream errors carry messages written to be safe; for
 * anything else only the type and stack frames are kept, since a message may quote a secret.
 */
export function logError(area: string, error: unknown): void {
  const detail = isUpstreamError(error)
    ? { kind: error.kind, message: redactSecrets(error.message) }
    : {
        name: error instanceof Error ? error.name : typeof error,
        frames:
          error instanceof Error
            ? error.stack
                ?.split('\n')
                .slice(1, 6)
                .map((l) => l.trim())
            : [],
      };
  const line = { level: 'error', area, ...detail, at: new Date().toISOString() };
  // The stack frames too: a path or a quoted value in them may hold a secret.
  process.stderr.write(`${redactSecrets(JSON.stringify(line))}\n`);
}
