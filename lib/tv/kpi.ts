import type { KpiMetric } from '@/lib/model/board';
import type { LiveQueue } from '@/lib/model/live-queues';

/** How a KPI's figure is read and shown: a count, seconds, or a percentage. */
export const kpiUnit: Record<KpiMetric, 'count' | 'seconds' | 'percent'> = {
  waiting: 'count',
  longestWaitSeconds: 'seconds',
  available: 'count',
  busy: 'count',
  paused: 'count',
  loggedOff: 'count',
  answered: 'count',
  unanswered: 'count',
  abandoned: 'count',
  abandonRate: 'percent',
  avgWaitSeconds: 'seconds',
  avgTalkSeconds: 'seconds',
  serviceLevel: 'percent',
};

function one(queue: LiveQueue, metric: KpiMetric): number | null {
  switch (metric) {
    case 'waiting':
      return queue.waiting.length;
    case 'longestWaitSeconds':
      return queue.longestWaitSeconds;
    case 'available':
    case 'busy':
    case 'paused':
    case 'loggedOff':
      return queue.agents[metric];
    default:
      return queue.today[metric];
  }
}

/**
 * One queue's figure, or across all queues: counts add up, the longest wait is the longest,
 * and rates and averages are weighted by each queue's answered + unanswered calls. Unknown
 * anywhere means unknown (null), never a partial sum shown as the whole.
 */
export function kpiValue(queues: LiveQueue[], metric: KpiMetric, queueId?: string): number | null {
  const chosen = queueId ? queues.filter((q) => q.id === queueId) : queues;
  if (chosen.length === 0) return null;
  const values = chosen.map((q) => one(q, metric));
  if (values.some((v) => v === null)) return null;
  const known = values as number[];
  if (metric === 'longestWaitSeconds') return Math.max(...known);
  if (kpiUnit[metric] === 'count') return known.reduce((a, b) => a + b, 0);
  const weights = chosen.map((q) => (q.today.answered ?? 0) + (q.today.unanswered ?? 0));
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return chosen.length === 1 ? (known[0] ?? null) : null;
  return known.reduce((sum, v, i) => sum + v * (weights[i] ?? 0), 0) / total;
}
