'use client';

import { useTranslations } from 'use-intl';

/** Before a widget's first answer: said plainly, in the widget's own cell. */
export function NoData({ message }: { message?: string }) {
  const t = useTranslations('tv');
  return (
    <p className="flex flex-1 items-center justify-center text-[1.8rem] text-tv-muted">
      {message ?? t('noData')}
    </p>
  );
}
