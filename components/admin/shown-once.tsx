'use client';

import { useState } from 'react';
import { AdminButton } from './admin-ui';

/**
 * A secret the server will never show again (an API token, a display link), with a copy button.
 * Render it with `key={value}` so a new secret starts uncopied.
 */
export function ShownOnce({
  value,
  notice,
  testId,
  labels,
}: {
  value: string;
  notice: string;
  testId: string;
  labels: { copy: string; copied: string };
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-xl border border-accent bg-surface-overlay p-3"
    >
      <p className="text-sm font-medium">{notice}</p>
      <div className="flex items-center gap-2">
        <code
          data-testid={testId}
          className="min-w-0 flex-1 rounded bg-surface px-2 py-1 text-sm break-all"
        >
          {value}
        </code>
        <AdminButton
          onClick={() => void navigator.clipboard?.writeText(value).then(() => setCopied(true))}
        >
          {copied ? labels.copied : labels.copy}
        </AdminButton>
      </div>
    </div>
  );
}
