import { cleanVendorMessage } from '@/lib/providers/shared/vendor-message';
import { parseErrorBody } from '@/lib/upstream/parse';
import { TelphinErrorWire } from './api-types';

/**
 * The vendor's words from an error body, with the configured client id and secret blanked out;
 * undefined when the body says nothing.
 */
export function describeTelphinError(body: string, secrets: readonly string[]): string | undefined {
  const parsed = parseErrorBody(TelphinErrorWire, body);
  if (parsed === undefined) return undefined;
  const { message, error, error_description: description } = parsed;
  const oauth = [error, description].filter(Boolean).join(': ');
  const text = message ?? (oauth || undefined);
  return text ? cleanVendorMessage(text, secrets) : undefined;
}
