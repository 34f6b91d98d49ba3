'use client';

import { useTranslations } from 'use-intl';
import type { FileWords } from '@/lib/reports/file-name';

const keys = {
  summary: 'summary',
  agents: 'agents',
  series: 'series',
  'external-numbers': 'externalNumbers',
  report: 'report',
  hour: 'hour',
  day: 'day',
  month: 'month',
  direction: 'direction',
  outcome: 'outcome',
} as const;

/** The words of export file names in the person's language (see exportFileName). */
export function useFileWords(): FileWords {
  const t = useTranslations('exportNames');
  return (word) => t(keys[word]);
}
