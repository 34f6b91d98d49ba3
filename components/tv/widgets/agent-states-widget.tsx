'use client';

import { useTranslations } from 'use-intl';
import type { Widget } from '@/lib/model/board';
import type { AgentStatus } from '@/lib/model/live-queues';
import { useLiveSource } from '../use-live-source';
import { WidgetFrame } from '../widget-frame';
import { fits } from './list-fit';
import { NoData } from './no-data';

type Config = Extract<Widget, { kind: 'agent-states' }>;

const statusClass: Record<AgentStatus, string> = {
  available: 'text-ok',
  busy: 'text-tv-text',
  ringing: 'text-tv-text',
  paused: 'text-warn',
  loggedOff: 'text-tv-muted',
  unknown: 'text-tv-muted',
};
const order: AgentStatus[] = ['available', 'ringing', 'busy', 'paused', 'unknown', 'loggedOff'];

/** Agents and their states (an agent in several queues is listed once). */
export function AgentStatesWidget({ widget }: { widget: Config }) {
  const t = useTranslations('tv');
  const { data, freshness } = useLiveSource(widget.source);
  const queues = data?.queues.filter((q) => !widget.queue || q.id === widget.queue) ?? [];
  const agents = [
    ...new Map(queues.flatMap((q) => q.agents.list).map((a) => [a.name, a])).values(),
  ].sort(
    (a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.name.localeCompare(b.name),
  );
  return (
    <WidgetFrame widget={widget} title={widget.title ?? t('agentStates')} freshness={freshness}>
      {!data ? (
        <NoData />
      ) : agents.length === 0 ? (
        <NoData message={t('agentsNone')} />
      ) : (
        <ul className="flex min-h-0 flex-1 flex-col gap-[0.3rem] overflow-hidden pt-[0.5rem]">
          {agents.slice(0, fits(widget.h, agents.length)).map((agent) => (
            <li
              key={agent.name}
              className="flex items-baseline justify-between gap-[1rem] text-[1.6rem]"
            >
              <span className="truncate">{agent.name}</span>
              <span className={`font-semibold ${statusClass[agent.status]}`}>
                {t(`status.${agent.status}`)}
              </span>
            </li>
          ))}
          {agents.length > fits(widget.h, agents.length) && (
            <li className="text-[1.4rem] text-tv-muted">
              {t('more', { count: agents.length - fits(widget.h, agents.length) })}
            </li>
          )}
        </ul>
      )}
    </WidgetFrame>
  );
}
