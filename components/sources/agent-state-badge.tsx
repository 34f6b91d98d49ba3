'use client';

import { useTranslations } from 'use-intl';
import type { AgentStatus } from '@/lib/model/live-queues';
import { Badge, type BadgeProps } from '@/components/ui/badge';

const look: Record<AgentStatus, { tone: BadgeProps['tone']; icon: string }> = {
  available: { tone: 'ok', icon: '●' },
  busy: { tone: 'accent', icon: '☎' },
  ringing: { tone: 'warn', icon: '♪' },
  paused: { tone: 'warn', icon: '❚❚' },
  loggedOff: { tone: 'neutral', icon: '○' },
  unknown: { tone: 'stale', icon: '?' },
};

/** An agent's state as word, icon and colour. */
export function AgentStateBadge({ status }: { status: AgentStatus }) {
  const t = useTranslations('agentStates');
  const { tone, icon } = look[status];
  return (
    <Badge tone={tone}>
      <span aria-hidden="true">{icon}</span>
      {t(status === 'paused' ? 'pausedState' : status)}
    </Badge>
  );
}
