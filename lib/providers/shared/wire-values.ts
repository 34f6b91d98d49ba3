// Scalars from vendor answers: a value that does not parse is null (unknown), never 0.

/** A plain decimal number from a vendor string or number; anything else is null. */
export function parseWireNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/** A non-negative whole count, or null (so a `-1` for "not known" becomes null). */
export function parseWireCount(value: unknown): number | null {
  const number = parseWireNumber(value);
  return number !== null && Number.isInteger(number) && number >= 0 ? number : null;
}

/** Trimmed text from a vendor string or finite number; empty or anything else is null. */
export function wireTextOrNull(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

/** The sum of two figures; unknown (null) when either is. */
export function addOrNull(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}
