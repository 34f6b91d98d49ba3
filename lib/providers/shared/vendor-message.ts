const maxMessageLength = 200;

/** A vendor's message made one line, bounded, with any configured secret blanked out. */
export function cleanVendorMessage(text: string, secrets: readonly string[]): string {
  let safe = text.replace(/\s+/g, ' ').trim();
  for (const secret of secrets) if (secret) safe = safe.split(secret).join('***');
  return safe.length > maxMessageLength ? `${safe.slice(0, maxMessageLength - 1)}…` : safe;
}
