import type { LiveQueue, QueueToday } from '@/lib/model/live-queues';
import { addOrNull } from '@/lib/providers/shared/wire-values';
import type { AsternicCell } from './report-cells';
import type { WindowCells } from './report-stats';

/** One queue's calls of the business day, recounted from the detail reports' rows. */
export interface QueueDay {
  answered: number;
  unanswered: number;
  /** null when the unanswered rows carry no `event`. */
  abandoned: number | null;
  /** Hold time of the answered calls, summed; null once a value was unreadable. */
  answeredWaitSeconds: number | null;
  talkSeconds: number | null;
  /** Answered within the queue's threshold; null once a hold time was unreadable. */
  withinThreshold: number | null;
}

function emptyDay(): QueueDay {
  return {
    answered: 0,
    unanswered: 0,
    abandoned: 0,
    answeredWaitSeconds: 0,
    talkSeconds: 0,
    withinThreshold: 0,
  };
}

/**
 * Per queue, from the answered and unanswered detail rows of the business day (both reports
 * fetched, no filter). A row that names no queue is left out: it belongs to no queue's KPIs.
 */
export function queueDayFigures(windows: readonly WindowCells[]): Map<string, QueueDay> {
  const days = new Map<string, QueueDay>();
  const dayOf = (cell: AsternicCell) => {
    if (cell.queue === null) return undefined;
    let day = days.get(cell.queue);
    if (!day) {
      day = emptyDay();
      days.set(cell.queue, day);
    }
    return day;
  };
  for (const { answered, unanswered } of windows) {
    for (const cell of answered) {
      const day = dayOf(cell);
      if (!day) continue;
      day.answered += cell.calls;
      day.answeredWaitSeconds = addOrNull(day.answeredWaitSeconds, cell.waitSeconds);
      day.talkSeconds = addOrNull(day.talkSeconds, cell.talkSeconds);
      day.withinThreshold = addOrNull(day.withinThreshold, cell.withinThreshold);
    }
    for (const cell of unanswered ?? []) {
      const day = dayOf(cell);
      if (!day) continue;
      day.unanswered += cell.calls;
      day.abandoned = addOrNull(day.abandoned, cell.abandoned);
    }
  }
  return days;
}

/** Percent with two decimals, as Asternic writes its rates; null for 0 of 0 (nothing offered). */
function percentOf(part: number | null, whole: number): number | null {
  if (part === null || whole === 0) return null;
  return Math.round((part / whole) * 10_000) / 100;
}

/** A mean in whole seconds, as Asternic's realtime summary gives its averages. */
function meanOf(sum: number | null, count: number): number | null {
  if (sum === null || count === 0) return count === 0 && sum !== null ? 0 : null;
  return Math.round(sum / count);
}

/**
 * Service level = answered within the queue's threshold ÷ offered (answered + unanswered), per
 * queue. When the business day does not start at midnight, the realtime summary's figures (the
 * PBX's calendar day) are replaced by the recount too, so every "today" figure covers one period.
 */
export function withQueueDays(
  queues: readonly LiveQueue[],
  days: ReadonlyMap<string, QueueDay> | null,
  replaceToday: boolean,
): LiveQueue[] {
  return queues.map((queue) => {
    if (days === null) {
      // Without the rows, a recount that should replace the vendor's figures is unknown.
      return replaceToday ? { ...queue, today: unknownToday } : queue;
    }
    const day = days.get(queue.id) ?? emptyDay();
    const offered = day.answered + day.unanswered;
    const serviceLevel = percentOf(day.withinThreshold, offered);
    const today: QueueToday = replaceToday
      ? {
          answered: day.answered,
          unanswered: day.unanswered,
          abandoned: day.abandoned,
          abandonRate:
            offered === 0 ? (day.abandoned === null ? null : 0) : percentOf(day.abandoned, offered),
          avgWaitSeconds: meanOf(day.answeredWaitSeconds, day.answered),
          avgTalkSeconds: meanOf(day.talkSeconds, day.answered),
          maxWaitSeconds: null,
          serviceLevel,
        }
      : { ...queue.today, serviceLevel };
    return { ...queue, today };
  });
}

const unknownToday: QueueToday = {
  answered: null,
  unanswered: null,
  abandoned: null,
  abandonRate: null,
  avgWaitSeconds: null,
  avgTalkSeconds: null,
  maxWaitSeconds: null,
  serviceLevel: null,
};
