'use client';

import { useLocale, useTranslations } from 'use-intl';
import type { LiveAgent } from '@/lib/model/live-queues';
import { formatDuration } from '@/components/ui/format';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import type { SeenState } from './agent-state-tracker';
import { splitAgents } from './agent-state-tracker';
import { AgentStateBadge } from './agent-state-badge';

export const agentKey = (queueId: string, name: string) => `${queueId}/${name}`;

/** The queue's agents: state, pause, and time in state as tracked by this page. */
export function AgentStates({
  queueId,
  agents,
  seen,
  nowMs,
  label,
}: {
  queueId: string;
  agents: readonly LiveAgent[];
  seen: ReadonlyMap<string, SeenState>;
  nowMs: number;
  label: string;
}) {
  const t = useTranslations('agentStates');
  const locale = useLocale();
  if (agents.length === 0) return <p className="py-3 text-sm text-muted">{t('none')}</p>;
  const { active, loggedOff } = splitAgents(agents);
  return (
    <div className="flex flex-col gap-2">
      {active.length === 0 ? (
        <p className="py-3 text-sm text-muted">{t('noneLoggedIn')}</p>
      ) : (
        <Table aria-label={label} data-testid="agent-states">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t('agent')}</TableHead>
              <TableHead scope="col">{t('state')}</TableHead>
              <TableHead scope="col">{t('paused')}</TableHead>
              <TableHead scope="col" className="text-right">
                {t('timeInState')}
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {active.map((agent) => {
              const state = seen.get(agentKey(queueId, agent.name));
              const duration = state
                ? formatDuration((nowMs - state.sinceMs) / 1000, locale)
                : null;
              return (
                <TableRow key={agent.name}>
                  <TableCell className="font-medium">{agent.name}</TableCell>
                  <TableCell>
                    <AgentStateBadge status={agent.status} />
                  </TableCell>
                  <TableCell>{agent.paused ? t('yes') : t('no')}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {duration === null
                      ? '—'
                      : state?.beganBeforeFirstLook
                        ? t('atLeast', { duration })
                        : duration}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
          <TableCaption className="text-left text-xs">{t('timeInStateNote')}</TableCaption>
        </Table>
      )}
      {loggedOff.length > 0 && (
        <details className="text-sm text-muted" data-testid="logged-off-agents">
          <summary className="cursor-pointer hover:text-foreground">
            {t('loggedOffList', { count: loggedOff.length })}
          </summary>
          <p className="mt-1">{loggedOff.map((agent) => agent.name).join(', ')}</p>
        </details>
      )}
    </div>
  );
}
