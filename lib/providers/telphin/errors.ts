import { TelphinErrorWire } from './api-types';

const maxMessageLength = 200;

/** The vendor's words from an error body, secret-free; undefined when the body says nothing. */
export function describeTelphinError(body: string, secrets: readonly string[]): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  const parsed = TelphinErrorWire.safeParse(value);
  if (!parsed.success) return undefined;
  const { message, error, error_description: description } = parsed.data;
  const oauth = [error, description].filter(Boolean).join(': ');
  const text = message ?? (oauth || undefined);
  return text ? clean(text, secrets) : undefined;
}

/** One line, bounded, with the configured client id and secret blanked out. */
function clean(text: string, secrets: readonly string[]): string {
  let safe = text.replace(/\s+/g, ' ').trim();
  for (const secret of secrets) if (secret) safe = safe.split(secret).join('***');
  return safe.length > maxMessageLength ? `${safe.slice(0, maxMessageLength - 1)}…` : safe;
}
