import { isUpstreamError } from '@/lib/upstream/upstream-error';

/**
 * One JSON line per event on stderr. Upstream errors carry messages written to be safe; for
 * anything else only the type and stack frames are kept, since a message may quote a secret.
 */
export function logError(area: string, error: unknown): void {
  const detail = isUpstreamError(error)
    ? { kind: error.kind, message: error.message }
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
  process.stderr.write(`${JSON.stringify(line)}\n`);
}
