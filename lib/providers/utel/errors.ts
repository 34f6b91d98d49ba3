import { UtelErrorWire } from './api-types';

const maxMessageLength = 200;

/**
 * The vendor's own words from an error body, secret-free: Laravel `{message, errors}` (the first
 * field error is added) or the `{status: "error", code, message}` envelope; else undefined.
 */
export function describeUtelError(body: string, secrets: readonly string[]): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  const parsed = UtelErrorWire.safeParse(value);
  if (!parsed.success) return undefined;
  const { message, errors } = parsed.data;
  const [field, problems] = Object.entries(errors ?? {})[0] ?? [];
  const first = Array.isArray(problems) ? problems[0] : problems;
  const detail = field && first && first !== message ? `${field}: ${first}` : undefined;
  const text = [message, detail].filter(Boolean).join('; ');
  return text ? clean(text, secrets) : undefined;
}

/** One line, bounded, with any configured secret (email, password, token) blanked out. */
export function clean(text: string, secrets: readonly string[]): string {
  let safe = text.replace(/\s+/g, ' ').trim();
  for (const secret of secrets) if (secret) safe = safe.split(secret).join('***');
  return safe.length > maxMessageLength ? `${safe.slice(0, maxMessageLength - 1)}…` : safe;
}
