'use client';

import { useLocale, useTranslations } from 'use-intl';
import { formatWeekdayDate } from '@/components/ui/calendar';
import { useNow } from '@/components/ui/use-now';
import type { Widget } from '@/lib/model/board';
import { useTv } from '../tv-context';
import { WidgetFrame } from '../widget-frame';

type Config = Extract<Widget, { kind: 'clock' }>;

/** The time in the widget's zone, else the board's first source's zone (the call center's). */
export function ClockWidget({ widget }: { widget: Config }) {
  const t = useTranslations('tv');
  const locale = useLocale();
  const { sources } = useTv();
  const now = useNow();
  const timeZone = widget.timezone ?? Object.values(sources)[0]?.timezone;
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    // A wall clock reads 24-hour in every language; "04:05 AM" would not fit the tile.
    hourCycle: 'h23',
  }).format(now);
  const date = formatWeekdayDate(now, timeZone, locale);
  return (
    <WidgetFrame widget={widget} title={widget.title ?? t('clock')} freshness={null}>
      <div className="flex flex-1 flex-col justify-center" suppressHydrationWarning>
        <span className="text-[6rem] leading-none font-bold tabular-nums" suppressHydrationWarning>
          {time}
        </span>
        <span className="truncate text-[1.8rem] text-tv-muted" suppressHydrationWarning>
          {date}
        </span>
      </div>
    </WidgetFrame>
  );
}
