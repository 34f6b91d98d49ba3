import { cleanVendorMessage } from '@/lib/providers/shared/vendor-message';
import { parseErrorBody } from '@/lib/upstream/parse';
import { UtelErrorWire } from './api-types';

/**
 * The vendor's own words from an error body, secret-free: Laravel `{message, errors}` (the first
 * field error is added) or the `{status: "error", code, message}` envelope; else undefined.
 */
export function describeUtelError(body: string, secrets: readonly string[]): string | undefined {
  const parsed = parseErrorBody(UtelErrorWire, body);
  if (parsed === undefined) return undefined;
  const { message, errors } = parsed;
  const [field, problems] = Object.entries(errors ?? {})[0] ?? [];
  const first = Array.isArray(problems) ? problems[0] : problems;
  const detail = field && first && first !== message ? `${field}: ${first}` : undefined;
  const text = [message, detail].filter(Boolean).join('; ');
  return text ? cleanVendorMessage(text, secrets) : undefined;
}
