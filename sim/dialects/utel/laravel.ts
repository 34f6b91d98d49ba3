import type { IncomingHttpHeaders } from 'node:http';
import { jsonResponse, textResponse, type SimResponse } from '../../http/router';

/** UTEL's success envelope (every non-paginated endpoint). */
export function envelope(result: unknown, message = 'Ok'): SimResponse {
  return jsonResponse(200, { status: 'success', code: 200, result, message });
}

/** Laravel's default answer to a missing, unknown or revoked Sanctum token (D2). */
export function unauthenticated(): SimResponse {
  return jsonResponse(401, { message: 'Unauthenticated.' });
}

export type FieldErrors = Record<string, string[]>;

/** Laravel 422: the first message plus "(and N more errors)", then every field's messages. */
export function validationFailed(errors: FieldErrors): SimResponse {
  const all = Object.values(errors).flat();
  const rest = all.length - 1;
  const suffix = rest > 0 ? ` (and ${rest} more error${rest === 1 ? '' : 's'})` : '';
  return jsonResponse(422, {
    message: `${all[0] ?? 'The given data was invalid.'}${suffix}`,
    errors,
  });
}

export function addError(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

/** Laravel's 404 for a path no route matches (`path` without the leading slash). */
export function routeNotFound(path: string): SimResponse {
  return jsonResponse(404, { message: `The route ${path} could not be found.` });
}

export function methodNotAllowed(method: string, path: string, allowed: string[]): SimResponse {
  const message = `The ${method} method is not supported for route ${path}. Supported methods: ${allowed.join(', ')}.`;
  return jsonResponse(405, { message }, { allow: allowed.join(', ') });
}

/**
 * Laravel's `expectsJson()`: the most preferred Accept type mentions json, or an XHR that accepts
 * anything. Clients that fail this get the welcome page (FACTS §1.1 quirk).
 */
export function expectsJson(headers: IncomingHttpHeaders): boolean {
  const accept = typeof headers.accept === 'string' ? headers.accept : '';
  const types = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith('q='));
      return { type, q: q === undefined ? 1 : Number(q.slice(2)) || 0, index };
    })
    .filter((t) => t.type !== '')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const first = types[0]?.type;
  if (first !== undefined && (first.includes('/json') || first.includes('+json'))) return true;
  const xhr = headers['x-requested-with'] === 'XMLHttpRequest';
  return xhr && (first === undefined || first === '*/*' || first === '*');
}

/** What UTEL serves with HTTP 200 when the client did not ask for JSON. */
export function welcomePage(): SimResponse {
  const body =
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<title>Utel</title>\n</head>\n<body class="antialiased">\n' +
    '<div class="welcome"><h1>Welcome to Utel</h1>\n<p>Cloud PBX</p></div>\n</body>\n</html>\n';
  return textResponse(200, body, 'text/html; charset=UTF-8');
}

/** PHP reads repeated plain keys as "last one wins"; empty strings become null (Laravel middleware). */
export function input(params: URLSearchParams, name: string): string | null {
  const all = params.getAll(name);
  const last = all[all.length - 1];
  if (last === undefined) return null;
  const trimmed = last.trim();
  return trimmed === '' ? null : trimmed;
}
