import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { SimResponse } from '../../http/router';

export const ASTERNIC_DEFAULT_REALM = 'Asternic Call Center Stats';

export interface Credentials {
  username: string;
  password: string;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** HTTP Basic, as CCStats PRO asks for its Settings → Users credentials. */
export function isAuthorized(headers: IncomingHttpHeaders, expected: Credentials): boolean {
  const header = headers.authorization;
  if (typeof header !== 'string') return false;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const userOk = safeEqual(decoded.slice(0, colon), expected.username);
  const passOk = safeEqual(decoded.slice(colon + 1), expected.password);
  return userOk && passOk;
}

/** Apache-style 401 page: the body is HTML, never JSON (FACTS D10). */
export function unauthorized(realm: string): SimResponse {
  const body =
    '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n' +
    '<title>401 Unauthorized</title>\n</head><body>\n<h1>Unauthorized</h1>\n' +
    '<p>This server could not verify that you\nare authorized to access the document\n' +
    'requested.  Either you supplied the wrong\ncredentials (e.g., bad password), or your\n' +
    "browser doesn't understand how to supply\nthe credentials required.</p>\n</body></html>\n";
  return {
    status: 401,
    headers: {
      'www-authenticate': `Basic realm="${realm}"`,
      'content-type': 'text/html; charset=iso-8859-1',
    },
    body,
  };
}
