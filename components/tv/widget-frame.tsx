'use client';

import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { formatDuration } from '@/components/ui/format';
import type { Widget } from '@/lib/model/board';
import type { Level } from '@/lib/tv/levels';

export interface Freshness {
  ageSeconds: number;
  stale: boolean;
  reason: string | undefined;
}

const levelBorder: Record<Level, string> = {
  ok: 'border-tv-line',
  warning: 'border-warn border-4',
  alert: 'border-alert border-4',
};

/** One widget's cell: title, content, and its data's age (stale: marked, with age and reason). */
export function WidgetFrame({
  widget,
  title,
  freshness,
  level,
  children,
}: {
  widget: Widget;
  title: string;
  freshness: Freshness | null;
  level?: Level | null;
  children: ReactNode;
}) {
  const t = useTranslations('tv');
  const locale = useLocale();
  const stale = freshness?.stale ?? false;
  return (
    <section
      data-testid="tv-widget"
      data-kind={widget.kind}
      data-stale={stale}
      aria-label={title}
      style={{
        gridColumn: `${widget.x} / span ${widget.w}`,
        gridRow: `${widget.y} / span ${widget.h}`,
      }}
      className={`flex min-h-0 min-w-0 flex-col overflow-hidden rounded-[1rem] border-2 p-[1rem] ${
        stale
          ? 'stale-hatch border-dashed border-stale'
          : `bg-tv-panel ${levelBorder[level ?? 'ok']}`
      }`}
    >
      <h2 className="truncate text-[1.6rem] font-semibold uppercase tracking-wide text-tv-muted">
        {title}
      </h2>
      <div className="flex min-h-0 flex-1 flex-col">{children}</div>
      {freshness && (
        <footer data-testid="tv-widget-age" className="truncate text-[1.2rem]">
          {stale ? (
            <span className="font-semibold text-warn">
              <span aria-hidden="true">⚠ </span>
              {t('staleFor', { age: formatDuration(freshness.ageSeconds, locale) })}
              {freshness.reason && ` — ${t('staleReason', { reason: freshness.reason })}`}
            </span>
          ) : (
            <span className="text-tv-muted">
              {t('updated', { age: formatDuration(freshness.ageSeconds, locale) })}
            </span>
          )}
        </footer>
      )}
    </section>
  );
}
