'use client';

import { useTranslations } from 'use-intl';
import type { HealthStatus } from '@/lib/model/source';
import { Badge } from '@/components/ui/badge';

const look = {
  ok: { tone: 'ok', icon: '✓' },
  degraded: { tone: 'warn', icon: '▲' },
  down: { tone: 'alert', icon: '✕' },
} as const;

/** A source's health as icon, word and colour (never colour alone). */
export function HealthBadge({ status }: { status: HealthStatus }) {
  const t = useTranslations('health');
  const { tone, icon } = look[status];
  return (
    <Badge tone={tone} data-testid="health-status" data-status={status}>
      <span aria-hidden="true">{icon}</span>
      {t(status)}
    </Badge>
  );
}
