'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';

export type ExportKind = 'csv' | 'xlsx' | 'png' | 'svg' | 'pdf';

/**
 * A card's export buttons, in its header where people look for them. Each runs its export and
 * shows what went wrong, in place, if it fails.
 */
export function ExportButtons({
  what,
  kinds,
  onExport,
  disabled,
}: {
  what: string;
  kinds: readonly ExportKind[];
  onExport: (kind: ExportKind) => Promise<void>;
  disabled?: boolean;
}) {
  const t = useTranslations('reports.export');
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: ExportKind) {
    setBusy(kind);
    setError(null);
    try {
      await onExport(kind);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <div role="group" aria-label={t('label', { what })} className="flex flex-wrap gap-1">
        {kinds.map((kind) => (
          <Button
            key={kind}
            variant={kind === 'pdf' ? 'primary' : 'outline'}
            size="sm"
            disabled={disabled || busy !== null}
            aria-label={`${t(kind)} — ${what}`}
            onClick={() => void run(kind)}
          >
            {busy === kind ? t('working') : t(kind)}
          </Button>
        ))}
      </div>
      {error && (
        <p role="alert" className="text-xs text-alert">
          {t('failed', { reason: error })}
        </p>
      )}
    </div>
  );
}
