'use client';

import type { Widget } from '@/lib/model/board';
import { WidgetFrame } from '../widget-frame';

type Config = Extract<Widget, { kind: 'text' }>;

/** A notice, still or scrolling as a ticker (the ticker's motion is CSS only, no timers). */
export function TextWidget({ widget }: { widget: Config }) {
  return (
    <WidgetFrame widget={widget} title={widget.title ?? ''} freshness={null}>
      {widget.ticker ? (
        <div className="flex flex-1 items-center overflow-hidden">
          <p className="tv-ticker text-[3rem] font-semibold whitespace-nowrap">{widget.text}</p>
        </div>
      ) : (
        <p className="flex flex-1 items-center text-[2.4rem] font-semibold">{widget.text}</p>
      )}
    </WidgetFrame>
  );
}
