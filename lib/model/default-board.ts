import type { Board, KpiMetric, Threshold, Widget } from './board';

/** The board created for a configured source on first start: its live queues and today. */
export function defaultBoardFor(source: { id: string; name: string }): Board {
  const id = `${source.id}-tv`.slice(0, 64);
  return {
    id,
    name: `${source.name} — TV`,
    sound: false,
    pages: [
      {
        title: source.name,
        durationSeconds: 30,
        columns: 4,
        rows: 3,
        widgets: [
          kpi(source.id, 'waiting', 1, {
            direction: 'above',
            warning: 3,
            alert: 8,
            consecutive: 2,
          }),
          kpi(source.id, 'longestWaitSeconds', 2, {
            direction: 'above',
            warning: 60,
            alert: 180,
            consecutive: 2,
          }),
          kpi(source.id, 'serviceLevel', 3, {
            direction: 'below',
            warning: 80,
            alert: 60,
            consecutive: 2,
          }),
          { kind: 'clock', x: 4, y: 1, w: 1, h: 1 },
          { kind: 'hourly-chart', source: source.id, x: 1, y: 2, w: 2, h: 2 },
          { kind: 'waiting-callers', source: source.id, x: 3, y: 2, w: 1, h: 2 },
          { kind: 'agent-states', source: source.id, x: 4, y: 2, w: 1, h: 2 },
        ],
      },
    ],
  };
}

function kpi(source: string, metric: KpiMetric, x: number, threshold: Threshold): Widget {
  return { kind: 'kpi', source, metric, x, y: 1, w: 1, h: 1, threshold };
}
