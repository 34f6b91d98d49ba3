import type { z } from 'zod';
import { UpstreamError } from './upstream-error';

/** Parses JSON text; a body that is not JSON (an HTML page, a cut-off answer) is a `parse` error. */
export function parseJsonText(label: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UpstreamError(
      'parse',
      `${label}: the answer is not valid JSON (${describeBody(text)})`,
    );
  }
}

/** Validates a parsed body against the vendor's wire schema; a mismatch names the first paths. */
export function parseWire<T extends z.ZodType>(
  label: string,
  schema: T,
  value: unknown,
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const where = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new UpstreamError('schema', `${label}: unexpected answer shape (${where})`);
}

/** An error body read leniently: its value when it is JSON of the schema's shape, else undefined. */
export function parseErrorBody<T extends z.ZodType>(
  schema: T,
  text: string,
): z.output<T> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

function describeBody(text: string): string {
  const trimmed = text.trimStart();
  if (trimmed === '') return 'empty body';
  if (trimmed.startsWith('<')) return 'an HTML page';
  return `${text.length} bytes`;
}
