import { FaultSpecError, parseFaultSpec } from './parse';
import { ALL_APIS, type Fault, type FaultSpec } from './types';

/** The fault picked for one request; `key` is the API name it was registered under (or `*`). */
export interface ActiveFault {
  key: string;
  spec: FaultSpec;
}

export interface FaultRegistry {
  /** Sets (replaces) the fault of `api` (a mounted API name or `*`); validates like the HTTP body. */
  set(api: string, spec: FaultSpec): Fault;
  /** Clears one API's fault, or all; releases the requests those faults hold open. */
  clear(api?: string): void;
  list(): Fault[];
  /** Requests currently held open by `hang`. */
  hungCount(): number;
  /** The fault for this request (API-specific first, then `*`); uses up one of its `count`. */
  take(api: string, target: string): ActiveFault | undefined;
  /** Ends every held request (simulator shutdown) without touching the faults. */
  releaseAll(): void;
  /** Holds a request until its fault is cleared or replaced, or the client goes away. */
  park(key: string, signal?: AbortSignal): Promise<void>;
}

interface Parked {
  key: string;
  release: () => void;
}

export function createFaultRegistry(apis: readonly string[]): FaultRegistry {
  const faults = new Map<string, FaultSpec>();
  const parked = new Set<Parked>();
  const known = [...apis, ALL_APIS];

  const release = (api?: string): void => {
    for (const entry of [...parked]) if (api === undefined || entry.key === api) entry.release();
  };
  const checkApi = (api: string): void => {
    if (!known.includes(api)) throw new FaultSpecError('api', `unknown api '${api}'`, known);
  };

  return {
    set(api, spec) {
      checkApi(api);
      const parsed = parseFaultSpec(spec);
      faults.set(api, parsed);
      release(api);
      return { api, ...parsed };
    },
    clear(api) {
      if (api === undefined) faults.clear();
      else {
        checkApi(api);
        faults.delete(api);
      }
      release(api);
    },
    list: () => [...faults].map(([api, spec]) => ({ api, ...spec })),
    hungCount: () => parked.size,
    releaseAll: () => release(),
    take(api, target) {
      for (const key of [api, ALL_APIS]) {
        const spec = faults.get(key);
        if (!spec) continue;
        if (spec.paths && !spec.paths.some((p) => target.includes(p))) continue;
        if (spec.count !== undefined) {
          // Expiry by count does not release held requests: a `hang` with count 1 must keep hanging.
          if (spec.count <= 1) faults.delete(key);
          else faults.set(key, { ...spec, count: spec.count - 1 });
        }
        return { key, spec };
      }
      return undefined;
    },
    park(key, signal) {
      return new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        const entry: Parked = {
          key,
          release: () => {
            parked.delete(entry);
            signal?.removeEventListener('abort', entry.release);
            resolve();
          },
        };
        parked.add(entry);
        signal?.addEventListener('abort', entry.release, { once: true });
      });
    },
  };
}
