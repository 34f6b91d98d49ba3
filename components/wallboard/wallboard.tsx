'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { sourcesQuery } from '@/lib/queries/sources';
import { SourceQueues } from './source-queues';
import { SourceStatusBanner, SourceStatusProvider } from './source-status';

/** `/`: every source that has live queues, one section each. */
export function Wallboard() {
  const t = useTranslations('wallboard');
  const { data, error } = useQuery(sourcesQuery());

  if (!data) {
    if (error) {
      return (
        <p role="alert" className="text-red-300">
          {t('sourcesError', { reason: error.message })}
        </p>
      );
    }
    return <p className="text-slate-400">{t('loading')}</p>;
  }
  if (data.sources.length === 0) return <p className="text-slate-400">{t('noSources')}</p>;
  const live = data.sources.filter((source) => source.capabilities.liveQueues);
  if (live.length === 0) return <p className="text-slate-400">{t('noLiveSources')}</p>;

  return (
    <SourceStatusProvider>
      <SourceStatusBanner />
      <div className="flex flex-col gap-8">
        {live.map((source) => (
          <section
            key={source.id}
            aria-labelledby={`source-${source.id}`}
            className="flex flex-col gap-3"
          >
            <h2 id={`source-${source.id}`} className="text-lg font-medium text-slate-300">
              {source.name}
            </h2>
            <SourceQueues source={source} />
          </section>
        ))}
      </div>
    </SourceStatusProvider>
  );
}
