import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { SimRequest, SimResponse } from '../../http/router';
import { jsonResponse } from '../../http/router';
import { addError, envelope, validationFailed, type FieldErrors } from './laravel';

export interface UtelCredentials {
  email: string;
  password: string;
}

/** The dashboard user the integration logs in as (`GET /auth/me`). */
export const UTEL_USER = {
  id: 1,
  name: 'Callboard Wallboard',
  type: { number: 1, name: 'ADMIN' },
  created_at: '2025-11-28T07:02:52.000000Z',
};

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Sanctum personal access tokens: "<id>|<40 random chars>", valid until logout (never expire). */
export interface TokenStore {
  issue(): string;
  /** User id of a valid `Authorization: Bearer …` token, else null. */
  userOf(req: SimRequest): number | null;
  revoke(req: SimRequest): void;
}

export function createTokenStore(): TokenStore {
  let nextId = 1;
  const tokens = new Set<string>();
  const bearer = (req: SimRequest): string | null => {
    const header = req.headers.authorization;
    const m = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    return m?.[1] ?? null;
  };
  return {
    issue: () => {
      const bytes = randomBytes(40);
      const secret = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length] ?? 'A').join('');
      const token = `${nextId++}|${secret}`;
      tokens.add(token);
      return token;
    },
    userOf: (req) => {
      const token = bearer(req);
      return token !== null && tokens.has(token) ? UTEL_USER.id : null;
    },
    revoke: (req) => {
      const token = bearer(req);
      if (token !== null) tokens.delete(token);
    },
  };
}

/** Laravel's `$request->input()`: query merged with a JSON or form body (the body wins). */
function requestInput(req: SimRequest): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of req.url.searchParams) out.set(k, v);
  const type = typeof req.headers['content-type'] === 'string' ? req.headers['content-type'] : '';
  if (/json/i.test(type)) {
    try {
      const parsed: unknown = JSON.parse(req.body);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        for (const [k, v] of Object.entries(parsed)) out.set(k, v);
      }
    } catch {
      // Laravel reads an unparsable JSON body as no input at all.
    }
  } else if (/x-www-form-urlencoded/i.test(type)) {
    for (const [k, v] of new URLSearchParams(req.body)) out.set(k, v);
  }
  return out;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `POST /auth/login` {email, password}. */
export function login(req: SimRequest, expected: UtelCredentials, store: TokenStore): SimResponse {
  const data = requestInput(req);
  const errors: FieldErrors = {};
  // TrimStrings trims every input except passwords; `required` ignores surrounding blanks.
  const text = (name: string, trim: boolean): string | null => {
    const v = data.get(name);
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      addError(errors, name, `The ${name} field is required.`);
      return null;
    }
    if (typeof v === 'string') return trim ? v.trim() : v;
    addError(errors, name, `The ${name} field must be a string.`);
    return null;
  };
  const email = text('email', true);
  if (email !== null && !EMAIL.test(email)) {
    addError(errors, 'email', 'The email field must be a valid email address.');
  }
  const password = text('password', false);
  if (email === null || password === null || Object.keys(errors).length > 0) {
    return validationFailed(errors);
  }
  const emailOk = email.toLowerCase() === expected.email.toLowerCase();
  if (!(safeEqual(password, expected.password) && emailOk)) {
    return jsonResponse(401, {
      status: 'error',
      code: 401,
      result: null,
      message: 'Email or password is incorrect',
    });
  }
  return envelope({ access_token: store.issue() }, 'User successfully authenticated');
}

export function me(email: string): SimResponse {
  return envelope({
    id: UTEL_USER.id,
    name: UTEL_USER.name,
    email,
    type: UTEL_USER.type,
    created_at: UTEL_USER.created_at,
  });
}
