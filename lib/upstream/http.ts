import { breakerFor, type UpstreamLane } from './circuit-breaker';
import { retryAfterSeconds } from './retry-after';
import { sleep } from './sleep';
import { UpstreamError, type UpstreamOutcome } from './upstream-error';

export interface UpstreamRequest {
  /** Short name for messages, e.g. "asternic realtime". Never a URL: queries may hold secrets. */
  label: string;
  /** The configured source id: with `lane`, which circuit breaker the call goes through. */
  source?: string;
  /** Unmarked calls count as reports: only what the server marks as live polling is live. */
  lane?: UpstreamLane;
  url: URL;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Per attempt; keep it below the refresh period. */
  timeoutMs: number;
  /** Extra attempts after a timeout, network error or 5xx; 4xx is never retried. */
  retries?: number;
  signal?: AbortSignal;
  /** Turns a vendor's error body into a short, secret-free message. */
  describeError?: (status: number, body: string) => string | undefined;
  /** Statuses that mean the credentials were refused (`auth`); default 401 and 403. */
  authStatuses?: readonly number[];
  /** Told after every attempt how it ended and how long it took; the server counts these. */
  onResult?: (outcome: UpstreamOutcome, seconds: number) => void;
  /** Largest body read; a longer one fails as `parse` (default: `setMaxBodyBytes`, 20 MiB). */
  maxBodyBytes?: number;
}

let defaultMaxBodyBytes = 20 * 1024 * 1024;

/** The body limit for every upstream answer (CALLBOARD_UPSTREAM_MAX_MB, set at start-up). */
export function setMaxBodyBytes(bytes: number): void {
  defaultMaxBodyBytes = bytes;
}

export interface UpstreamResponse {
  status: number;
  headers: Headers;
  text: string;
}

const baseBackoffMs = 150;
const defaultAuthStatuses = [401, 403];

/** The one place Callboard talks HTTP to an upstream: timeout, retries with jitter, typed errors. */
export async function requestUpstream(request: UpstreamRequest): Promise<UpstreamResponse> {
  const breaker = request.source
    ? breakerFor(request.source, request.lane ?? 'reports')
    : undefined;
  breaker?.admit();
  // An open circuit's probe gets no retries: one request per probe interval is the point.
  const attempts = breaker?.isOpen ? 1 : 1 + (request.retries ?? 1);
  let lastError: UpstreamError | undefined;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (attempt > 0) await sleep(jitteredBackoff(attempt), request.signal);
    try {
      const response = await attemptOnce(request);
      breaker?.success();
      return response;
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      lastError = error;
      if (!isRetryable(error) || request.signal?.aborted) break;
    }
  }
  // Only failures of the upstream itself count: a 4xx answer means it is up.
  if (lastError && isRetryable(lastError)) breaker?.failure(lastError);
  throw lastError ?? new UpstreamError('network', `${request.label}: no attempt was made`);
}

async function attemptOnce(request: UpstreamRequest): Promise<UpstreamResponse> {
  const started = performance.now();
  const report = (outcome: UpstreamOutcome) =>
    request.onResult?.(outcome, (performance.now() - started) / 1000);
  try {
    const response = await fetchOnce(request);
    report('ok');
    return response;
  } catch (error) {
    report(error instanceof UpstreamError ? error.kind : 'error');
    throw error;
  }
}

async function fetchOnce(request: UpstreamRequest): Promise<UpstreamResponse> {
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let response: Response;
  let text: string;
  try {
    response = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body,
      signal,
      redirect: 'manual',
      cache: 'no-store',
    });
    text = await readCapped(response, request.maxBodyBytes ?? defaultMaxBodyBytes, request.label);
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    if (timeout.aborted) {
      throw new UpstreamError(
        'timeout',
        `${request.label}: no answer within ${request.timeoutMs} ms`,
      );
    }
    throw new UpstreamError('network', `${request.label}: ${networkReason(error)}`);
  }
  if (response.status >= 200 && response.status < 300) {
    return { status: response.status, headers: response.headers, text };
  }
  throw statusError(request, response, text);
}

function statusError(request: UpstreamRequest, response: Response, text: string): UpstreamError {
  const { status } = response;
  const vendorMessage = request.describeError?.(status, text);
  const suffix = vendorMessage ? ` (${vendorMessage})` : '';
  if ((request.authStatuses ?? defaultAuthStatuses).includes(status)) {
    return new UpstreamError('auth', `${request.label}: authentication failed${suffix}`, {
      status,
    });
  }
  if (status === 429) {
    const retryAfter = retryAfterSeconds(response.headers, Date.now());
    return new UpstreamError('rate-limit', `${request.label}: rate limited${suffix}`, {
      status,
      retryAfterSeconds: retryAfter,
    });
  }
  return new UpstreamError('http', `${request.label}: HTTP ${status}${suffix}`, { status });
}

function isRetryable(error: UpstreamError): boolean {
  if (error.kind === 'timeout' || error.kind === 'network') return true;
  return error.kind === 'http' && (error.details.status ?? 0) >= 500;
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  return 'network error';
}

function jitteredBackoff(attempt: number): number {
  const ceiling = baseBackoffMs * 2 ** (attempt - 1);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/** Reads a body up to `maxBytes`; past it the download stops and the answer counts as unusable. */
async function readCapped(response: Response, maxBytes: number, label: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const tooLarge = () => {
    const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
    return new UpstreamError('parse', `${label}: the answer is larger than ${megabytes} MB`);
  };
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
