'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'use-intl';
import type { SourceInfo } from '@/lib/model/source';
import type { DirectionTotals } from '@/lib/model/stats';
import { todaySummaryQuery } from '@/lib/queries/stats';
import { formatCount } from '@/components/ui/format';
import { Stat } from '@/components/tiles/stat';

/** Today's call totals of one source, by direction; a direction the source cannot tell is hidden. */
export function TodaySummary({ source }: { source: SourceInfo }) {
  const t = useTranslations('today');
  const { data, error } = useQuery(todaySummaryQuery(source.id));
  if (!data) {
    if (!error) return null;
    return (
      <p role="status" className="text-sm text-warn">
        {t('unavailable', { reason: error.message })}
      </p>
    );
  }
  const directions = (['incoming', 'outgoing', 'internal'] as const).filter(
    (direction) => data[direction] !== null,
  );
  return (
    <div
      data-testid="today-summary"
      data-stale={data.stale}
      className={`flex flex-wrap gap-6 rounded-xl border px-5 py-3 ${
        data.stale ? 'stale-hatch border-dashed border-stale' : 'border-border bg-surface-raised/60'
      }`}
    >
      {directions.map((direction) => (
        <DirectionFigures key={direction} label={t(direction)} totals={data[direction]} />
      ))}
      {data.stale && <p className="self-center text-sm text-warn">{t('stale')}</p>}
    </div>
  );
}

function DirectionFigures({ label, totals }: { label: string; totals: DirectionTotals | null }) {
  const t = useTranslations('today');
  const locale = useLocale();
  const unknown = '—';
  if (!totals) return null;
  return (
    <section aria-label={label} className="flex flex-col gap-1">
      <h3 className="text-xs font-medium uppercase tracking-wide text-muted">{label}</h3>
      <dl className="flex gap-5">
        <Stat label={t('total')} hint={t('totalHint')}>
          {formatCount(totals.total, unknown, locale)}
        </Stat>
        <Stat label={t('answered')} hint={t('answeredHint')} className="text-ok">
          {formatCount(totals.answered, unknown, locale)}
        </Stat>
        <Stat label={t('notAnswered')} hint={t('notAnsweredHint')} className="text-warn">
          {formatCount(totals.notAnswered, unknown, locale)}
        </Stat>
      </dl>
    </section>
  );
}
