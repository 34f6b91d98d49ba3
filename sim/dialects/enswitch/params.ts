import type { SimRequest } from '../../http/router';
import { EnswitchError } from './envelope';

export type Params = Map<string, string>;

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/** `a=1;b=2` or `a=1&b=2` (Perl CGI takes both); the first value of a repeated name wins. */
function parseInto(raw: string, into: Params): void {
  for (const part of raw.split(/[;&]/)) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    const value = decode(eq < 0 ? '' : part.slice(eq + 1));
    if (name !== '' && !into.has(name)) into.set(name, value);
  }
}

/** Query string first, then a urlencoded POST body (any body that is not JSON or multipart). */
export function readParams(req: SimRequest): Params {
  const params: Params = new Map();
  parseInto(req.url.search.replace(/^\?/, ''), params);
  const type = String(req.headers['content-type'] ?? '');
  if (req.method === 'POST' && !/json|multipart/i.test(type)) parseInto(req.body.trim(), params);
  return params;
}

/** An integer parameter (digits, optional minus); undefined when absent or empty. */
export function intParam(params: Params, name: string): number | undefined {
  const raw = params.get(name)?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^-?\d{1,15}$/.test(raw)) throw new EnswitchError(400, name, 'Invalid integer.');
  return Number(raw);
}

/** A 0/1 flag. */
export function flagParam(params: Params, name: string, fallback: 0 | 1): 0 | 1 {
  const n = intParam(params, name);
  if (n === undefined) return fallback;
  if (n !== 0 && n !== 1) throw new EnswitchError(400, name, 'Must be 0 or 1.');
  return n;
}
