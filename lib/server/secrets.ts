/**
 * Every credential the process holds, and the one place text is cleaned of them before it reaches
 * a log line, an API error or an export. Messages are written to be safe already; this catches
 * what a vendor echoes back (a username in an error body, a token in a message).
 */
const globalKey = Symbol.for('callboard.secrets');
type GlobalWithSecrets = typeof globalThis & { [globalKey]?: Set<string> };

function known(): Set<string> {
  const store = globalThis as GlobalWithSecrets;
  store[globalKey] ??= new Set();
  return store[globalKey];
}

/** Shorter values (a queue id, "@me") are too likely to be ordinary words to mask. */
const minimumLength = 4;

export function registerSecret(value: string | undefined): void {
  if (value && value.length >= minimumLength) known().add(value);
}

/** Replaces every known secret, and its URL-encoded form, with `***`; longest first. */
export function redactSecrets(text: string): string {
  const secrets = [...known()].sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      if (out.includes(form)) out = out.split(form).join('***');
    }
  }
  return out;
}

const secretKeys = new Set(['password', 'token', 'clientId', 'clientSecret', 'secret', 'username']);

/**
 * The credentials in a configuration: every string under a credential-like key, in sources and
 * auth alike (a bootstrap user's name is not a secret, but an upstream login name is).
 */
export function configSecrets(config: {
  sources: readonly object[];
  auth: {
    secret: string;
    users: readonly { password?: string | undefined }[];
    apiTokens: readonly { token: string }[];
  };
}): string[] {
  const found: string[] = [config.auth.secret];
  for (const source of config.sources) {
    for (const [key, value] of Object.entries(source)) {
      if (secretKeys.has(key) && typeof value === 'string') found.push(value);
    }
  }
  for (const user of config.auth.users) if (user.password) found.push(user.password);
  for (const token of config.auth.apiTokens) found.push(token.token);
  return found;
}

/** The password (and user) inside a connection URL such as REDIS_URL or DATABASE_URL. */
export function urlSecrets(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const parsed = new URL(url);
    return [parsed.password, decodeURIComponent(parsed.password)].filter(Boolean);
  } catch {
    return [];
  }
}
