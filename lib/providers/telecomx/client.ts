import type { DateTime } from 'luxon';
import type { CallContext } from '@/lib/providers/provider';
import { requestUpstream } from '@/lib/upstream/http';
import { parseErrorBody, parseJsonText, parseWire } from '@/lib/upstream/parse';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import {
  TelecomxCdrStatsWire,
  TelecomxErrorWire,
  TelecomxLoginWire,
  type TelecomxCdrStatsRequestWire,
  type TelecomxGrouping,
} from './api-types';
import { registerIssuedToken } from '@/lib/upstream/secrets';

export interface TelecomxCredentials {
  baseUrl: string;
  /** A machine (M2M) token; when set, username and password are not used. */
  token?: string;
  username?: string;
  password?: string;
}

export interface TelecomxClientOptions {
  /** Clock for token lifetimes; tests pass their own. */
  now?: () => number;
}

/** One `cdrstats` question: the half-open period [from, to) and how to group it. */
export interface TelecomxStatsParams {
  from: DateTime;
  to: DateTime;
  grouping: TelecomxGrouping;
}

export interface TelecomxClient {
  cdrStats(params: TelecomxStatsParams, context: CallContext): Promise<TelecomxCdrStatsWire>;
}

/** Every counter the vendor documents, as the array its own example sends (FACTS §3.3). */
export const cdrStatsFields = [
  'employeeId',
  'employeeName',
  'extensionId',
  'extensionNumber',
  'outboundCalls',
  'outboundSeconds',
  'outboundAnswered',
  'outboundUnanswered',
  'outboundFailed',
  'inboundCalls',
  'inboundSeconds',
  'inboundAnswered',
  'inboundUnanswered',
  'inboundBusy',
] as const;

const defaultLifetimeMinutes = 15;
const renewEarlyMs = 60_000;

function utcIso(value: DateTime): string {
  const iso = value.toUTC().toISO();
  if (iso === null) throw new Error('telecomx: invalid time in a request');
  return iso;
}

/**
 * The request body. `to` is sent as the last millisecond of the period: the vendor's default
 * "until 23:59:59" reads as inclusive, and an exclusive server loses nothing at second precision.
 */
export function cdrStatsBody(params: TelecomxStatsParams): TelecomxCdrStatsRequestWire {
  return {
    from: utcIso(params.from),
    to: utcIso(params.to.minus({ milliseconds: 1 })),
    groupingInterval: params.grouping,
    direction: 'BOTH',
    ignoreLocal: true,
    fields: cdrStatsFields,
    format: 'JSON',
  };
}

/** `{error: {code, message}}` → `"expired: Session has expired, please login"`, clipped. */
export function describeTelecomxError(_status: number, text: string): string | undefined {
  const parsed = parseErrorBody(TelecomxErrorWire, text);
  if (parsed === undefined) return undefined;
  const { error } = parsed;
  const item = Array.isArray(error) ? error[0] : error;
  const code = item?.code === null || item?.code === undefined ? '' : String(item.code);
  const message = item?.message ?? '';
  const described = code && message ? `${code}: ${message}` : code || message;
  const clipped = described.replace(/\s+/g, ' ').trim().slice(0, 160);
  return clipped || undefined;
}

interface Session {
  token: string;
  renewAtMs: number;
}

export function createTelecomxClient(
  credentials: TelecomxCredentials,
  options: TelecomxClientOptions = {},
): TelecomxClient {
  const now = options.now ?? Date.now;
  const root = credentials.baseUrl.replace(/\/+$/, '');
  let session: Session | null = null;
  let pendingLogin: Promise<Session> | null = null;

  async function post(
    label: string,
    path: string,
    body: unknown,
    context: CallContext,
    token?: string,
  ) {
    const response = await requestUpstream({
      label,
      source: context.sourceId,
      lane: context.lane,
      onResult: context.onUpstreamResult,
      url: new URL(`${root}${path}`),
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
      timeoutMs: context.timeoutMs,
      signal: context.signal,
      describeError: describeTelecomxError,
    });
    const value = parseJsonText(label, response.text);
    // An error body with a 2xx status is still an error, not data of an unexpected shape.
    const error = TelecomxErrorWire.safeParse(value);
    if (error.success) {
      const detail = describeTelecomxError(response.status, response.text);
      throw new UpstreamError('http', `${label}: ${detail ?? 'error answer'}`);
    }
    return value;
  }

  async function logIn(context: CallContext): Promise<Session> {
    const label = 'telecomx login';
    const { username, password } = credentials;
    if (!username || !password) throw new UpstreamError('auth', `${label}: no credentials`);
    const value = await post(label, '/auth/login', { username, password }, context);
    const { token, expiresInMinutes } = parseWire(label, TelecomxLoginWire, value);
    const minutes = expiresInMinutes || defaultLifetimeMinutes;
    // -1 is a persistent session: it is renewed only when the upstream rejects it.
    const lifetimeMs = minutes < 0 ? Infinity : minutes * 60_000;
    const renewAtMs = now() + lifetimeMs - Math.min(renewEarlyMs, lifetimeMs / 4);
    registerIssuedToken(token);
    session = { token, renewAtMs };
    return session;
  }

  /** Concurrent callers share one login. */
  async function bearer(context: CallContext): Promise<string> {
    if (credentials.token) return credentials.token;
    if (session && now() < session.renewAtMs) return session.token;
    pendingLogin ??= logIn(context).finally(() => {
      pendingLogin = null;
    });
    return (await pendingLogin).token;
  }

  function mayRenew(error: unknown): boolean {
    return (
      !credentials.token &&
      error instanceof UpstreamError &&
      error.kind === 'auth' &&
      error.details.status === 401
    );
  }

  return {
    async cdrStats(params, context) {
      const label = 'telecomx cdrstats';
      const body = cdrStatsBody(params);
      const token = await bearer(context);
      let value: unknown;
      try {
        value = await post(label, '/pbx/cdrstats', body, context, token);
      } catch (error) {
        if (!mayRenew(error)) throw error;
        // Only the first caller to see the rejection drops the session; the others reuse its login.
        if (session?.token === token) session = null;
        value = await post(label, '/pbx/cdrstats', body, context, await bearer(context));
      }
      return parseWire(label, TelecomxCdrStatsWire, value);
    },
  };
}
