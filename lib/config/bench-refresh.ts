import { ConfigError } from './config-error';
import type { ResolvedSource } from './schema';

/** The variable only `npm run bench` sets: `id:ms[,id:ms…]`. */
export const benchRefreshVariable = 'CALLBOARD_BENCH_REFRESH';

const minMs = 20;
const maxMs = 5000;

function isLoopback(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * The TV soak compresses a day of 5-second updates into half an hour by polling a simulated
 * source every ~100 ms, faster than the configuration file may ask (asternic: never below 5 s).
 * This is for the bench only, so it lives outside the file's schema and is refused for any
 * source that is not on loopback: it can never hammer a real PBX, whatever the environment says.
 */
export function applyBenchRefresh(
  sources: ResolvedSource[],
  raw: string | undefined,
): ResolvedSource[] {
  if (raw === undefined || raw.trim() === '') return sources;
  const wanted = new Map<string, number>();
  const problems: { path: string; message: string }[] = [];
  for (const entry of raw.split(',')) {
    const match = /^\s*([a-z0-9][a-z0-9-]{0,31}):(\d+)\s*$/.exec(entry);
    const ms = Number(match?.[2]);
    if (!match?.[1] || ms < minMs || ms > maxMs) {
      problems.push({
        path: benchRefreshVariable,
        message: `expected source-id:milliseconds (${minMs}–${maxMs}), got "${entry.trim()}"`,
      });
      continue;
    }
    wanted.set(match[1], ms);
  }
  for (const [id] of wanted) {
    const source = sources.find((s) => s.id === id);
    if (!source) {
      problems.push({ path: benchRefreshVariable, message: `no source "${id}" is configured` });
    } else if (!isLoopback(source.baseUrl)) {
      problems.push({
        path: benchRefreshVariable,
        message: `source "${id}" is not on loopback; the bench refresh is for the simulator only`,
      });
    }
  }
  if (problems.length > 0) throw new ConfigError('(environment)', problems);
  return sources.map((source) => {
    const ms = wanted.get(source.id);
    return ms === undefined ? source : { ...source, refreshSeconds: ms / 1000 };
  });
}
