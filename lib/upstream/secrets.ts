/**
 * Every credential the process holds, and the one place text is cleaned of them before it reaches
 * a log line, an API error or an export. Messages are written to be safe already; this catches
 * what a vendor echoes back (a username in an error body, a token in a message). It lives beside
 * the upstream HTTP code so that adapters can add the tokens they obtain at run time (a login's
 * bearer token, an OAuth access token); lib/server adds the configuration's.
 */
const globalKey = Symbol.for('callboard.secrets');
interface Known {
  /** From the configuration and the environment: kept for the life of the process. */
  lasting: Set<string>;
  /** Obtained at run time and renewed (every hour, every 15 minutes): the newest few kept. */
  issued: Set<string>;
}
type GlobalWithSecrets = typeof globalThis & { [globalKey]?: Known };

/** A renewed token replaces the last; this many per process cover every source's current ones. */
const maxIssued = 256;

function known(): Known {
  const store = globalThis as GlobalWithSecrets;
  store[globalKey] ??= { lasting: new Set(), issued: new Set() };
  return store[globalKey];
}

/** Shorter values (a queue id, "@me") are too likely to be ordinary words to mask. */
const minimumLength = 4;

export function registerSecret(value: string | undefined): void {
  if (value && value.length >= minimumLength) known().lasting.add(value);
}

/** A token an upstream issued (login, OAuth): masked like a configured secret while it is recent. */
export function registerIssuedToken(value: string | undefined): void {
  if (!value || value.length < minimumLength) return;
  const { issued } = known();
  issued.delete(value);
  issued.add(value);
  // Sets iterate in insertion order: the first is the oldest.
  while (issued.size > maxIssued) issued.delete(issued.values().next().value ?? '');
}

/** Replaces every known secret, and its URL-encoded form, with `***`; longest first. */
export function redactSecrets(text: string): string {
  const { lasting, issued } = known();
  const secrets = [...lasting, ...issued].sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      if (out.includes(form)) out = out.split(form).join('***');
    }
  }
  return out;
}
