import JSON5 from 'json5';
import type { z } from 'zod';
import type { CallContext } from '@/lib/providers/provider';
import { requestUpstream } from '@/lib/upstream/http';
import { parseJsonText, parseWire } from '@/lib/upstream/parse';
import {
  AsternicAgentsWire,
  AsternicPagedReportWire,
  AsternicQueuesWire,
  AsternicRealtimeWire,
  AsternicReportsWire,
} from './api-types';

/** Repairs the realtime parser had to make: JSON5 syntax, or the vendor example's glued objects. */
export type AsternicQuirk = 'lenient-json' | 'glued-objects' | 'unknown-entries';

export interface AsternicFetched<T> {
  body: T;
  quirks: AsternicQuirk[];
}

export interface AsternicCredentials {
  /** Up to the web directory, e.g. `http://pbx/stats`. */
  baseUrl: string;
  username: string;
  password: string;
}

export interface AsternicReportParams {
  start?: string;
  end?: string;
  secondsstart?: number;
  secondsend?: number;
  queue?: string;
  agent?: string;
  /** jqGrid paging (D10): 1-based page and page size. */
  page?: number;
  rows?: number;
}

export interface AsternicClient {
  realtime(context: CallContext): Promise<AsternicFetched<AsternicRealtimeWire>>;
  queues(context: CallContext): Promise<AsternicQueuesWire>;
  agents(context: CallContext): Promise<AsternicAgentsWire>;
  reports(context: CallContext): Promise<AsternicReportsWire>;
  report(
    name: string,
    params: AsternicReportParams,
    context: CallContext,
  ): Promise<AsternicPagedReportWire>;
}

/** `${baseUrl}/rest/index.php?entity=<entity>&…`; the `/` in `reports/<name>` stays literal. */
export function buildAsternicUrl(
  baseUrl: string,
  entity: string,
  params: Record<string, string> = {},
): URL {
  const query = new URLSearchParams(params).toString();
  const encodedEntity = encodeURIComponent(entity).replace(/%2F/gi, '/');
  const root = baseUrl.replace(/\/+$/, '');
  return new URL(`${root}/rest/index.php?entity=${encodedEntity}${query ? `&${query}` : ''}`);
}

export function createAsternicClient(credentials: AsternicCredentials): AsternicClient {
  const token = Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8');
  const headers = {
    Authorization: `Basic ${token.toString('base64')}`,
    Accept: 'application/json',
  };

  async function fetchText(
    label: string,
    entity: string,
    params: Record<string, string>,
    context: CallContext,
  ): Promise<string> {
    const url = buildAsternicUrl(credentials.baseUrl, entity, params);
    const response = await requestUpstream({
      label,
      source: context.sourceId,
      lane: context.lane,
      onResult: context.onUpstreamResult,
      url,
      headers,
      timeoutMs: context.timeoutMs,
      signal: context.signal,
    });
    return response.text;
  }

  async function fetchJson<T extends z.ZodType>(
    entity: string,
    schema: T,
    context: CallContext,
    params: Record<string, string> = {},
  ): Promise<z.output<T>> {
    const label = `asternic ${entity.replace('/', ' ')}`;
    const text = await fetchText(label, entity, params, context);
    return parseWire(label, schema, parseJsonText(label, text));
  }

  return {
    async realtime(context) {
      const label = 'asternic realtime';
      const text = await fetchText(label, 'realtime', {}, context);
      const parsed = parseRealtimeText(label, text);
      const { value, dropped } = dropUnknownQueueEntries(parsed.value);
      const quirks: AsternicQuirk[] = dropped
        ? [...parsed.quirks, 'unknown-entries']
        : parsed.quirks;
      return { body: parseWire(label, AsternicRealtimeWire, value), quirks };
    },
    queues: (context) => fetchJson('queues', AsternicQueuesWire, context),
    agents: (context) => fetchJson('agents', AsternicAgentsWire, context),
    reports: (context) => fetchJson('reports', AsternicReportsWire, context),
    report(name, params, context) {
      // The name becomes part of the entity path, so only report-like names are let through.
      if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`asternic: invalid report name ${name}`);
      const query = Object.fromEntries(
        Object.entries(params)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => [key, String(value)]),
      );
      return fetchJson(`reports/${name}`, AsternicPagedReportWire, context, query);
    },
  };
}

/**
 * Strict JSON first; then, for an object-looking body only, JSON5 (trailing commas); then the
 * vendor example's glued objects, merged. Anything else (HTML, cut-off text) is a `parse` error.
 */
export function parseRealtimeText(
  label: string,
  text: string,
): { value: unknown; quirks: AsternicQuirk[] } {
  try {
    return { value: JSON.parse(text), quirks: [] };
  } catch {
    // Fall through to the lenient readers below.
  }
  if (text.trimStart().startsWith('{')) {
    const lenient = parseJson5Object(text);
    if (lenient) return { value: lenient, quirks: ['lenient-json'] };
    const glued = mergeGluedObjects(text);
    if (glued) return { value: glued, quirks: ['glued-objects'] };
  }
  // Throws the shared `parse` error, which names the body kind (e.g. "an HTML page").
  return { value: parseJsonText(label, text), quirks: [] };
}

function parseJson5Object(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON5.parse(text);
    return isPlainObject(value) ? value : null;
  } catch {
    return null;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The vendor example is `{"waiting calls": …, "summary": …, {"waiting calls": {…,}}, "summary": …,
 * "agents": …}`: a key-less object pasted inside. Objects are split into members at top-level
 * commas (nested key-less objects likewise), each member is read alone, later members win.
 */
function mergeGluedObjects(text: string): Record<string, unknown> | null {
  const merged: Record<string, unknown> = {};
  return collectMembers(text, merged, 0) ? merged : null;
}

/** Every piece must parse, so a cut-off answer never turns into partial data. */
function collectMembers(text: string, into: Record<string, unknown>, depth: number): boolean {
  const pieces = splitTopLevel(text);
  if (!pieces || depth > 2) return false;
  return pieces.every((piece) => {
    if (piece.startsWith('{') && piece.endsWith('}')) {
      return collectMembers(piece.slice(1, -1), into, depth + 1);
    }
    const member = parseJson5Object(`{${piece}}`);
    if (member) Object.assign(into, member);
    return member !== null;
  });
}

function splitTopLevel(text: string): string[] | null {
  const pieces: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let escaped = false;
  let start = 0;
  const cut = (end: number) => {
    const piece = text.slice(start, end).trim();
    if (piece) pieces.push(piece);
    start = end + 1;
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quote) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{' || char === '[') depth += 1;
    else if ((char === '}' || char === ']') && depth > 0) depth -= 1;
    else if (depth === 0 && (char === ',' || char === '}' || char === ']')) cut(index);
  }
  if (quote || depth !== 0) return null;
  cut(text.length);
  return pieces;
}

const queueSections = ['waiting calls', 'agents'] as const;

/**
 * Schema drift: a newer release may add fields beside the queues inside the per-queue sections.
 * A queue's entry is always a map, so a scalar entry cannot be a queue and is dropped (counted).
 */
export function dropUnknownQueueEntries(value: unknown): { value: unknown; dropped: boolean } {
  if (!isPlainObject(value)) return { value, dropped: false };
  let dropped = false;
  const copy: Record<string, unknown> = { ...value };
  for (const section of queueSections) {
    const entries = copy[section];
    if (!isPlainObject(entries)) continue;
    const kept = Object.entries(entries).filter(
      ([, entry]) => typeof entry === 'object' && entry !== null,
    );
    if (kept.length !== Object.keys(entries).length) dropped = true;
    copy[section] = Object.fromEntries(kept);
  }
  return { value: copy, dropped };
}
