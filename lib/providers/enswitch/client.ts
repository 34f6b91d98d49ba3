import type { z } from 'zod';
import type { CallContext } from '@/lib/providers/provider';
import { requestUpstream } from '@/lib/upstream/http';
import { parseErrorBody, parseJsonText, parseWire } from '@/lib/upstream/parse';
import { UpstreamError, type UpstreamErrorKind } from '@/lib/upstream/upstream-error';
import {
  EnswitchActiveCallListWire,
  EnswitchDestinationStatsListWire,
  EnswitchEnvelopeWire,
  EnswitchQueueDestinationListWire,
  type EnswitchActiveCallWire,
  type EnswitchDestinationStatsWire,
  type EnswitchQueueDestinationWire,
  type EnswitchResponseWire,
} from './api-types';

export interface EnswitchCredentials {
  /** Up to the host, e.g. `https://enswitch.example.com`; `/api/json/…` is added. */
  baseUrl: string;
  username: string;
  password: string;
}

export interface EnswitchClient {
  /** Per-member statistics of one queue over [start, end), Unix seconds. */
  destinationStatistics(
    queue: number,
    start: number,
    end: number,
    context: CallContext,
  ): Promise<EnswitchDestinationStatsWire[]>;
  /** Calls in the queue not answered yet (`answered=0`): the callers waiting. */
  activeCalls(queue: number, context: CallContext): Promise<EnswitchActiveCallWire[]>;
  /** The queue's members with their `available` flag. */
  queueDestinations(queue: number, context: CallContext): Promise<EnswitchQueueDestinationWire[]>;
}

/**
 * `${baseUrl}/api/json/<function>/?auth_username=…&auth_password=…&…`. The credentials travel in
 * every URL, so a URL is never put in a message; `;` and `&` in values are percent-encoded, so a
 * server that splits on either (FACTS D8) reads them whole.
 */
export function buildEnswitchUrl(
  credentials: EnswitchCredentials,
  fn: string,
  params: Record<string, string | number>,
): URL {
  const query = new URLSearchParams({
    auth_username: credentials.username,
    auth_password: credentials.password,
  });
  for (const [key, value] of Object.entries(params)) query.set(key, String(value));
  const root = credentials.baseUrl.replace(/\/+$/, '');
  return new URL(`${root}/api/json/${fn}/?${query.toString()}`);
}

interface Failure {
  kind: UpstreamErrorKind;
  status: number | undefined;
  /** What failed, in our words; the vendor's message is added by the caller. */
  what: string;
}

/** The first non-2xx entry of `responses`, read as the vendor documents its codes (FACTS §4.4). */
export function failureOf(responses: EnswitchResponseWire[], queue: number): Failure | undefined {
  const failed = responses.find((response) => !/^2\d\d$/.test(response.code));
  if (!failed) return undefined;
  const code = /^\d+$/.test(failed.code) ? Number(failed.code) : undefined;
  const clippedCode = failed.code.slice(0, 12);
  if (code === 401) return { kind: 'auth', status: code, what: 'authentication failed' };
  if (code === 402 || code === 403) {
    return { kind: 'auth', status: code, what: `not permitted for this user (code ${code})` };
  }
  if (code === 404) {
    return { kind: 'http', status: code, what: `queue ${queue} not found or not permitted` };
  }
  if (code === 400) {
    const key = failed.key?.trim().slice(0, 40);
    return {
      kind: 'http',
      status: code,
      what: key ? `invalid parameter "${key}"` : 'invalid input',
    };
  }
  return { kind: 'http', status: code, what: `code ${clippedCode}` };
}

export function createEnswitchClient(credentials: EnswitchCredentials): EnswitchClient {
  /** A vendor message, clipped and with anything credential-like masked. */
  function vendorMessage(responses: EnswitchResponseWire[]): string {
    const failed = responses.find((response) => !/^2\d\d$/.test(response.code));
    const text = (failed?.message ?? '').replace(/\s+/g, ' ').trim();
    const secrets = [credentials.password, encodeURIComponent(credentials.password)];
    const masked = secrets
      .reduce((message, secret) => message.split(secret).join('***'), text)
      .replace(/auth_password=[^;&\s]*/gi, '***');
    return masked.slice(0, 160);
  }

  function describe(responses: EnswitchResponseWire[], queue: number, status: number) {
    const failure = failureOf(responses, queue);
    const message = vendorMessage(responses);
    // requestUpstream already says "authentication failed" for HTTP 401/403.
    if (status === 401 || status === 403) return message || undefined;
    const what = failure?.what;
    if (!what) return message || undefined;
    return message && message !== 'OK' ? `${what}: ${message}` : what;
  }

  function describeHttpError(queue: number) {
    return (status: number, text: string): string | undefined => {
      const envelope = parseErrorBody(EnswitchEnvelopeWire, text);
      return envelope === undefined ? undefined : describe(envelope.responses, queue, status);
    };
  }

  async function call<T extends z.ZodType>(
    fn: string,
    params: Record<string, number>,
    schema: T,
    context: CallContext,
  ): Promise<z.output<T>> {
    const label = `enswitch ${fn}`;
    const queue = params.queue ?? 0;
    let text: string;
    try {
      const response = await requestUpstream({
        label,
        source: context.sourceId,
        lane: context.lane,
        onResult: context.onUpstreamResult,
        url: buildEnswitchUrl(credentials, fn, params),
        headers: { Accept: 'application/json' },
        timeoutMs: context.timeoutMs,
        signal: context.signal,
        describeError: describeHttpError(queue),
      });
      text = response.text;
    } catch (error) {
      // HTTP 402 mirrors "your role does not allow this": a permission problem like 401/403.
      if (error instanceof UpstreamError && error.details.status === 402) {
        throw new UpstreamError('auth', error.message, error.details);
      }
      throw error;
    }
    const envelope = parseWire(label, EnswitchEnvelopeWire, parseJsonText(label, text));
    // The HTTP status may say 200 while the body says 401 or 404: the body decides.
    const failure = failureOf(envelope.responses, queue);
    if (failure) {
      const message = vendorMessage(envelope.responses);
      const suffix = message && message !== 'OK' ? ` (${message})` : '';
      throw new UpstreamError(failure.kind, `${label}: ${failure.what}${suffix}`, {
        status: failure.status,
      });
    }
    return parseWire(label, schema, envelope.data);
  }

  return {
    destinationStatistics: (queue, start, end, context) =>
      call(
        'queues/destinations/statistics/get',
        { queue, start, end },
        EnswitchDestinationStatsListWire,
        context,
      ),
    activeCalls: (queue, context) =>
      call('queues/active/list', { queue, answered: 0 }, EnswitchActiveCallListWire, context),
    queueDestinations: (queue, context) =>
      call('queues/destinations/list', { queue }, EnswitchQueueDestinationListWire, context),
  };
}
