'use client';

import { useTranslations } from 'use-intl';
import type { LiveQueue } from '@/lib/model/live-queues';
import type { SourceInfo } from '@/lib/model/source';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import type { SeenState } from './agent-state-tracker';
import { AgentStates } from './agent-states';
import { QueueKpis } from './queue-kpis';
import { WaitingCallers } from './waiting-callers';

/** One live queue in full: today's KPIs, the callers waiting and the agents' states. */
export function QueuePanel({
  queue,
  source,
  ageSeconds,
  stale,
  seen,
  nowMs,
}: {
  queue: LiveQueue;
  source: SourceInfo;
  ageSeconds: number;
  stale: boolean;
  seen: ReadonlyMap<string, SeenState>;
  nowMs: number;
}) {
  const t = useTranslations('source');
  const w = useTranslations('waiting');
  const a = useTranslations('agentStates');
  const headingId = `queue-${queue.id}`;
  return (
    <Card
      role="region"
      aria-labelledby={headingId}
      data-testid="queue-panel"
      data-stale={stale}
      className={cn(stale && 'stale-hatch border-dashed border-stale')}
    >
      <CardHeader className="flex-row items-center justify-between">
        <CardTitle id={headingId} className="text-lg">
          {queue.name}
        </CardTitle>
        <Badge tone={queue.waiting.length > 0 ? 'warn' : 'neutral'}>
          {t('queueWaiting', { count: queue.waiting.length })}
        </Badge>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <QueueKpis queue={queue} source={source} ageSeconds={ageSeconds} />
        <div className="grid gap-4 lg:grid-cols-2">
          <section aria-label={`${w('title')} — ${queue.name}`} className="flex flex-col gap-1">
            <h4 className="text-sm font-semibold text-muted">{w('title')}</h4>
            <WaitingCallers
              callers={queue.waiting}
              ageSeconds={ageSeconds}
              label={`${w('title')} — ${queue.name}`}
            />
          </section>
          <section aria-label={`${a('title')} — ${queue.name}`} className="flex flex-col gap-1">
            <h4 className="text-sm font-semibold text-muted">{a('title')}</h4>
            <AgentStates
              queueId={queue.id}
              agents={queue.agents.list}
              seen={seen}
              nowMs={nowMs}
              label={`${a('title')} — ${queue.name}`}
            />
          </section>
        </div>
      </CardContent>
    </Card>
  );
}
