import { ApiRequestError } from '@/lib/queries/fetch-api';

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Downloads an API export (CSV/XLSX) through fetch rather than a link, so a failure is shown as
 * the server's message instead of replacing the page with a JSON error.
 */
export async function downloadExport(path: string, fileName: string): Promise<void> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    const message =
      body && typeof body === 'object' && 'error' in body && isMessage(body.error)
        ? body.error.message
        : `HTTP ${response.status}`;
    throw new ApiRequestError(response.status, message);
  }
  saveBlob(await response.blob(), fileName);
}

function isMessage(value: unknown): value is { message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'message' in value &&
    typeof value.message === 'string'
  );
}
