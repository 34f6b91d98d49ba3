import type { ControlError, Fault, FaultList, FaultSpec, RequestCounts } from './faults/types';

export type {
  ApiRequestCounts,
  ControlError,
  Fault,
  FaultList,
  FaultMode,
  FaultSpec,
  RequestCounts,
} from './faults/types';
export { ALL_APIS, FAULT_MODES } from './faults/types';

/** A non-2xx answer from the control endpoint; `body` is the parsed `{error, field, allowed}`. */
export class SimControlError extends Error {
  constructor(
    readonly status: number,
    readonly body: ControlError | null,
  ) {
    super(`sim control: HTTP ${status}${body ? ` ${body.field}: ${body.error}` : ''}`);
  }
}

export interface SimControl {
  setFault(api: string, fault: FaultSpec): Promise<Fault>;
  /** Clears one API's fault (`*` is its own entry), or every fault when `api` is omitted. */
  clearFaults(api?: string): Promise<void>;
  listFaults(): Promise<FaultList>;
  requestCounts(): Promise<RequestCounts>;
  resetRequestCounts(): Promise<void>;
}

export interface SimControlOptions {
  /** Sent as `Authorization: Bearer <token>` when the simulator has a control token. */
  token?: string;
}

/** Typed client for the simulator's `/_sim/` control endpoint (base URL without a trailing path). */
export function createSimControl(baseUrl: string, options: SimControlOptions = {}): SimControl {
  const root = `${baseUrl.replace(/\/+$/, '')}/_sim`;
  const headers: Record<string, string> = options.token
    ? { authorization: `Bearer ${options.token}` }
    : {};

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${root}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    if (!res.ok) throw new SimControlError(res.status, parsed as ControlError | null);
    return parsed as T;
  }

  const apiPath = (api: string): string => `/faults/${encodeURIComponent(api)}`;
  return {
    setFault: async (api, fault) =>
      (await call<{ fault: Fault }>('PUT', apiPath(api), fault)).fault,
    clearFaults: async (api) => {
      await call('DELETE', api === undefined ? '/faults' : apiPath(api));
    },
    listFaults: () => call<FaultList>('GET', '/faults'),
    requestCounts: () => call<RequestCounts>('GET', '/requests'),
    resetRequestCounts: async () => {
      await call('DELETE', '/requests');
    },
  };
}
