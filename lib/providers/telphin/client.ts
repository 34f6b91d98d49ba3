import type { CallContext } from '@/lib/providers/provider';
import { requestUpstream } from '@/lib/upstream/http';
import { parseJsonText, parseWire } from '@/lib/upstream/parse';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import { TelphinCallsStatsWire, TelphinTokenWire } from './api-types';
import { describeTelphinError } from './errors';
import {
  defaultStatsGateOptions,
  StatsConflictError,
  StatsGate,
  type StatsGateOptions,
} from './gate';
import { encodeStatsQuery, type TelphinStatsParams } from './params';
import { TelphinTokens, type TelphinToken } from './tokens';

export interface TelphinCredentials {
  /** The host root, e.g. `https://apiproxy.telphin.ru` (a trailing `/api/ver1.0` is tolerated). */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** The `{client_id}` path segment; `@me` is the application's own client. */
  account: string;
}

export interface TelphinClient {
  /** `GET /api/ver1.0/client/{account}/calls/stats/`, never two at once for this client. */
  callsStats(params: TelphinStatsParams, context: CallContext): Promise<TelphinCallsStatsWire>;
  /** When a stats request last succeeded (ms); cleared by any failure. */
  lastSuccessMs(): number | undefined;
}

const conflictPattern = /concurrent request not allowed|request already exists/i;
/** The token endpoint refuses bad client credentials with 400 `invalid_client` as often as 401. */
const tokenRefusals = [400, 401, 403];

export function createTelphinClient(
  credentials: TelphinCredentials,
  gateOptions: Partial<StatsGateOptions> = {},
): TelphinClient {
  const root = credentials.baseUrl.replace(/\/+$/, '').replace(/\/api\/ver1\.0$/, '');
  const account = encodeURIComponent(credentials.account).replace(/%40/g, '@');
  const statsPath = `${root}/api/ver1.0/client/${account}/calls/stats/`;
  const secrets = [credentials.clientSecret, credentials.clientId];
  const options = { ...defaultStatsGateOptions, ...gateOptions };
  const gate = new StatsGate(options);
  const tokens = new TelphinTokens(
    (context) => fetchToken(root, credentials, context),
    options.now,
  );
  let lastSuccess: number | undefined;

  /** One stats request; a concurrency 429 is told apart from the hourly limit by its message. */
  async function send(url: URL, token: string, context: CallContext) {
    let vendorMessage: string | undefined;
    try {
      return await requestUpstream({
        label: 'telphin calls stats',
        source: context.sourceId,
        lane: context.lane,
        onResult: context.onUpstreamResult,
        url,
        headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
        timeoutMs: context.timeoutMs,
        signal: context.signal,
        describeError: (_status, body) => (vendorMessage = describeTelphinError(body, secrets)),
      });
    } catch (error) {
      const conflict = vendorMessage !== undefined && conflictPattern.test(vendorMessage);
      if (error instanceof UpstreamError && error.kind === 'rate-limit' && conflict) {
        // Its X-RateLimit-Reset is the hourly window's, not how long the other request runs.
        throw new StatsConflictError(error.kind, error.message, { status: error.details.status });
      }
      throw error;
    }
  }

  async function callsStats(params: TelphinStatsParams, context: CallContext) {
    const label = 'telphin calls stats';
    const url = new URL(`${statsPath}?${encodeStatsQuery(params)}`);
    const token = await tokens.get(context);
    let response;
    try {
      response = await send(url, token, context);
    } catch (error) {
      if (!(error instanceof UpstreamError && error.kind === 'auth')) throw error;
      // Telphin: after an authorization error, fetch a new token even before expires_in.
      tokens.invalidate(token);
      response = await send(url, await tokens.get(context), context);
    }
    gate.noteHeaders(response.headers);
    return parseWire(label, TelphinCallsStatsWire, parseJsonText(label, response.text));
  }

  return {
    async callsStats(params, context) {
      try {
        const body = await gate.run(
          'telphin calls stats',
          () => callsStats(params, context),
          context.signal,
        );
        lastSuccess = options.now();
        return body;
      } catch (error) {
        lastSuccess = undefined;
        throw error;
      }
    },
    lastSuccessMs: () => lastSuccess,
  };
}

async function fetchToken(
  root: string,
  credentials: TelphinCredentials,
  context: CallContext,
): Promise<TelphinToken> {
  const label = 'telphin token';
  const secrets = [credentials.clientSecret, credentials.clientId];
  const { text } = await requestUpstream({
    label,
    source: context.sourceId,
    lane: context.lane,
    onResult: context.onUpstreamResult,
    url: new URL(`${root}/oauth/token`),
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
    }).toString(),
    timeoutMs: context.timeoutMs,
    signal: context.signal,
    describeError: (_status, body) => describeTelphinError(body, secrets),
    authStatuses: tokenRefusals,
  });
  const body = parseWire(label, TelphinTokenWire, parseJsonText(label, text));
  return { accessToken: body.access_token, expiresIn: body.expires_in };
}
