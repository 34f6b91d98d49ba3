import type { RequestCounts } from './types';

export interface RequestCounter {
  record(api: string, pathKey: string): void;
  snapshot(): RequestCounts;
  reset(): void;
}

/** Scanners could invent endless paths; past this many per API the rest share one bucket. */
const MAX_PATHS_PER_API = 500;
export const OTHER_PATHS_KEY = '(other)';

/** Counts requests per API and path key; mounted APIs are always listed, with 0 if unused. */
export function createRequestCounter(apis: readonly string[]): RequestCounter {
  let byApi = new Map<string, Map<string, number>>();
  const init = (): void => {
    byApi = new Map(apis.map((api) => [api, new Map<string, number>()]));
  };
  init();
  return {
    record(api, pathKey) {
      let paths = byApi.get(api);
      if (!paths) {
        paths = new Map();
        byApi.set(api, paths);
      }
      const key = paths.has(pathKey) || paths.size < MAX_PATHS_PER_API ? pathKey : OTHER_PATHS_KEY;
      paths.set(key, (paths.get(key) ?? 0) + 1);
    },
    snapshot() {
      const result: RequestCounts = { total: 0, byApi: {} };
      for (const [api, paths] of byApi) {
        let total = 0;
        const byPath: Record<string, number> = {};
        for (const [path, n] of paths) {
          byPath[path] = n;
          total += n;
        }
        result.byApi[api] = { total, byPath };
        result.total += total;
      }
      return result;
    },
    reset: init,
  };
}
