import type { z } from 'zod';
import type { CallContext } from '@/lib/providers/provider';
import { cleanVendorMessage } from '@/lib/providers/shared/vendor-message';
import { requestUpstream } from '@/lib/upstream/http';
import { parseJsonText, parseWire } from '@/lib/upstream/parse';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import { UtelErrorWire, UtelLoginWire } from './api-types';
import { UtelTokens } from './auth';
import { describeUtelError } from './errors';
import { encodeQuery, type UtelParams } from './params';

export interface UtelCredentials {
  /** The API root, e.g. `https://api.cc999.utel.uz/api/v1`. */
  baseUrl: string;
  email?: string;
  password?: string;
  token?: string;
}

export type UtelEndpoint =
  | 'calls-count'
  | 'calls-by-hour'
  | 'calls-by-day'
  | 'calls-by-month'
  | 'calls-by-external-number'
  | 'calls-by-users';

export interface UtelClient {
  /** `GET /statistic/<endpoint>?<params>`, validated against `schema`. */
  statistic<T extends z.ZodType>(
    endpoint: UtelEndpoint,
    schema: T,
    params: UtelParams,
    context: CallContext,
  ): Promise<z.output<T>>;
}

/** Without `Accept: application/json` Laravel answers 200 with an HTML page (D2). */
const jsonHeaders = { Accept: 'application/json', 'Content-Type': 'application/json' };

export function createUtelClient(credentials: UtelCredentials): UtelClient {
  const root = credentials.baseUrl.replace(/\/+$/, '');
  const secrets = [credentials.email, credentials.password, credentials.token].filter(
    (secret): secret is string => Boolean(secret),
  );
  const describeError = (_status: number, body: string) => describeUtelError(body, secrets);
  const { email, password } = credentials;
  const login =
    email && password
      ? (context: CallContext) => logIn(root, { email, password }, describeError, context)
      : undefined;
  const tokens = new UtelTokens(login, credentials.token);

  async function send(label: string, url: URL, token: string, context: CallContext) {
    const response = await requestUpstream({
      label,
      source: context.sourceId,
      lane: context.lane,
      onResult: context.onUpstreamResult,
      url,
      headers: { ...jsonHeaders, Authorization: `Bearer ${token}` },
      timeoutMs: context.timeoutMs,
      signal: context.signal,
      describeError,
    });
    const body = readJson(label, response.text);
    throwIfErrorEnvelope(label, body, secrets);
    return body;
  }

  return {
    async statistic(endpoint, schema, params, context) {
      const label = `utel ${endpoint}`;
      const url = new URL(`${root}/statistic/${endpoint}?${encodeQuery(params)}`);
      const token = await tokens.get(context);
      let body: unknown;
      try {
        body = await send(label, url, token, context);
      } catch (error) {
        if (!(error instanceof UpstreamError && error.kind === 'auth' && tokens.canRenew)) {
          throw error;
        }
        // A token revoked by /auth/logout (they never expire): log in again, once.
        tokens.invalidate(token);
        body = await send(label, url, await tokens.get(context), context);
      }
      return parseWire(label, schema, body);
    },
  };
}

/** Codes with which a login is refused: Laravel validation (422) as often as 401. */
const loginRefusals = [400, 401, 403, 422];

async function logIn(
  root: string,
  credentials: { email: string; password: string },
  describeError: (status: number, body: string) => string | undefined,
  context: CallContext,
): Promise<string> {
  const label = 'utel login';
  const { text } = await requestUpstream({
    label,
    source: context.sourceId,
    lane: context.lane,
    onResult: context.onUpstreamResult,
    url: new URL(`${root}/auth/login`),
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify(credentials),
    timeoutMs: context.timeoutMs,
    signal: context.signal,
    describeError,
    authStatuses: loginRefusals,
  });
  const body = readJson(label, text);
  throwIfErrorEnvelope(label, body, [credentials.email, credentials.password], loginRefusals);
  return parseWire(label, UtelLoginWire, body).token;
}

function readJson(label: string, text: string): unknown {
  if (text.trimStart().startsWith('<')) {
    throw new UpstreamError(
      'parse',
      `${label}: the answer is an HTML page, not JSON (is baseUrl the API root, such as https://api.<tenant>.utel.uz/api/v1?)`,
    );
  }
  return parseJsonText(label, text);
}

/** `{status: "error", code, message}` can come with HTTP 200; it is an error, never data. */
function throwIfErrorEnvelope(
  label: string,
  body: unknown,
  secrets: readonly string[],
  authCodes: readonly number[] = [401, 403],
): void {
  const parsed = UtelErrorWire.safeParse(body);
  if (!parsed.success || parsed.data.status !== 'error') return;
  const code = Number(parsed.data.code);
  const status = Number.isInteger(code) && code > 0 ? code : undefined;
  const reason = inParens(parsed.data.message && cleanVendorMessage(parsed.data.message, secrets));
  if (status !== undefined && authCodes.includes(status)) {
    throw new UpstreamError('auth', `${label}: authentication failed${reason}`, { status });
  }
  if (status === 429) {
    throw new UpstreamError('rate-limit', `${label}: rate limited${reason}`, { status });
  }
  const what = status === undefined ? 'error' : `error ${status}`;
  throw new UpstreamError('http', `${label}: ${what}${reason}`, { status });
}

function inParens(text: string | undefined): string {
  return text ? ` (${text})` : '';
}
