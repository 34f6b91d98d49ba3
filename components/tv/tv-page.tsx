'use client';

import type { BoardPage, Widget } from '@/lib/model/board';
import { AgentStatesWidget } from './widgets/agent-states-widget';
import { ClockWidget } from './widgets/clock-widget';
import { HourlyChartWidget } from './widgets/hourly-chart-widget';
import { KpiWidget } from './widgets/kpi-widget';
import { QueueWidget } from './widgets/queue-widget';
import { TextWidget } from './widgets/text-widget';
import { WaitingCallersWidget } from './widgets/waiting-callers-widget';

function WidgetView({ widget, id }: { widget: Widget; id: string }) {
  switch (widget.kind) {
    case 'queue':
      return <QueueWidget widget={widget} id={id} />;
    case 'kpi':
      return <KpiWidget widget={widget} id={id} />;
    case 'hourly-chart':
      return <HourlyChartWidget widget={widget} />;
    case 'waiting-callers':
      return <WaitingCallersWidget widget={widget} />;
    case 'agent-states':
      return <AgentStatesWidget widget={widget} />;
    case 'clock':
      return <ClockWidget widget={widget} />;
    case 'text':
      return <TextWidget widget={widget} />;
  }
}

/** One page of a board: its widgets on an evenly divided grid filling the screen. */
export function TvPage({ page, pageIndex }: { page: BoardPage; pageIndex: number }) {
  return (
    <div
      className="grid min-h-0 flex-1 gap-[1rem]"
      style={{
        gridTemplateColumns: `repeat(${page.columns}, minmax(0, 1fr))`,
        gridTemplateRows: `repeat(${page.rows}, minmax(0, 1fr))`,
      }}
    >
      {page.widgets.map((widget, index) => (
        <WidgetView key={index} id={`${pageIndex}.${index}`} widget={widget} />
      ))}
    </div>
  );
}
