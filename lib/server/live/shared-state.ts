import {
  isUpstreamError,
  UpstreamError,
  type UpstreamErrorKind,
} from '@/lib/upstream/upstream-error';
import type { SharedError, SharedState } from './coordinator';
import { describeError, type CacheState } from './refresh-cache';

const upstreamKinds: readonly string[] = [
  'http',
  'auth',
  'timeout',
  'network',
  'parse',
  'schema',
  'rate-limit',
] satisfies UpstreamErrorKind[];

function isUpstreamKind(kind: string): kind is UpstreamErrorKind {
  return upstreamKinds.includes(kind);
}

/** Only the safe parts of an error leave the process: kind, our own message, Retry-After. */
export function toSharedError(error: unknown): SharedError {
  if (!isUpstreamError(error)) return { kind: 'internal', message: describeError(error) };
  const { retryAfterSeconds } = error.details;
  return {
    kind: error.kind,
    message: error.message,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

/** Rebuilt so that route handlers map it to the same status as the original error. */
export function fromSharedError(error: SharedError): unknown {
  if (!isUpstreamKind(error.kind)) return new Error(error.message);
  const details =
    error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {};
  return new UpstreamError(error.kind, error.message, details);
}

/** Undefined before the cache's first attempt: there is nothing to share yet. */
export function toSharedState<T>(state: CacheState<T>): SharedState<T> | undefined {
  if (state.lastAttemptMs === undefined) return undefined;
  return {
    ...(state.value !== undefined ? { value: state.value } : {}),
    ...(state.fetchedAtMs !== undefined ? { fetchedAtMs: state.fetchedAtMs } : {}),
    lastAttemptMs: state.lastAttemptMs,
    failures: state.failures,
    ...(state.failures > 0 ? { error: toSharedError(state.lastError) } : {}),
    ...(state.notBeforeMs > 0 ? { notBeforeMs: state.notBeforeMs } : {}),
  };
}

export function fromSharedState<T>(state: SharedState<T>): CacheState<T> {
  return {
    value: state.value,
    fetchedAtMs: state.fetchedAtMs,
    lastAttemptMs: state.lastAttemptMs,
    failures: state.failures,
    lastError: state.error ? fromSharedError(state.error) : undefined,
    notBeforeMs: state.notBeforeMs ?? 0,
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isOptionalNumber = (x: unknown) => x === undefined || typeof x === 'number';

/** Checks the envelope of a state read from outside; the value itself was written by us. */
export function parseSharedState<T>(data: unknown): SharedState<T> | undefined {
  if (!isObject(data)) return undefined;
  const { lastAttemptMs, failures, fetchedAtMs, notBeforeMs, error } = data;
  if (typeof lastAttemptMs !== 'number' || typeof failures !== 'number') return undefined;
  if (!isOptionalNumber(fetchedAtMs) || !isOptionalNumber(notBeforeMs)) return undefined;
  if (error !== undefined && !isSharedError(error)) return undefined;
  return data as unknown as SharedState<T>;
}

function isSharedError(x: unknown): x is SharedError {
  return (
    isObject(x) &&
    typeof x.kind === 'string' &&
    typeof x.message === 'string' &&
    isOptionalNumber(x.retryAfterSeconds)
  );
}
