'use client';

import { useTranslations } from 'use-intl';
import { exportHeaderLines } from '@/lib/reports/export-header';
import type { ReportState } from '@/lib/reports/url-state';

/** The header lines of an export of this report, titled `title`, generated now. */
export function useExportHeader(state: ReportState): (title: string) => string[] {
  const t = useTranslations('reports.export');
  return (title) =>
    exportHeaderLines(
      {
        title,
        sourceName: state.source.name,
        range: state.range,
        dayStart: state.dayStart,
        timeZone: state.source.timezone,
        generatedAt: new Date(),
      },
      { period: t('period'), timeZone: t('timeZone'), generated: t('generated') },
    );
}
