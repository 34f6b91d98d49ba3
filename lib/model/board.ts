import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';

/** Board and source ids share the URL-safe shape of source ids in the configuration. */
export const BoardId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
  message: 'expected 1–64 characters: lowercase letters, digits and "-", not starting with "-"',
});

const sourceId = z.string().min(1);

/**
 * Warning and alert levels for one figure. `above`: higher is worse (waiting callers);
 * `below`: lower is worse (service level). A level changes only after `consecutive` readings.
 */
export const Threshold = z
  .strictObject({
    direction: z.enum(['above', 'below']).default('above'),
    warning: z.number(),
    alert: z.number(),
    consecutive: z.number().int().min(1).max(20).default(2),
  })
  .refine((t) => (t.direction === 'above' ? t.alert >= t.warning : t.alert <= t.warning), {
    message: 'alert must be at or beyond warning in the threshold direction',
  });
export type Threshold = z.output<typeof Threshold>;

/** Figures a KPI widget can show, all read from a source's live queues. */
export const kpiMetrics = [
  'waiting',
  'longestWaitSeconds',
  'available',
  'busy',
  'paused',
  'loggedOff',
  'answered',
  'unanswered',
  'abandoned',
  'abandonRate',
  'avgWaitSeconds',
  'avgTalkSeconds',
  'serviceLevel',
] as const;
export const KpiMetric = z.enum(kpiMetrics);
export type KpiMetric = z.infer<typeof KpiMetric>;

/** Where a widget sits on its page's grid (1-based column and row, spans). */
const placement = {
  x: z.number().int().min(1).max(24),
  y: z.number().int().min(1).max(24),
  w: z.number().int().min(1).max(24).default(1),
  h: z.number().int().min(1).max(24).default(1),
  title: z.string().max(80).optional(),
};

export const Widget = z.discriminatedUnion('kind', [
  z.strictObject({
    ...placement,
    kind: z.literal('queue'),
    source: sourceId,
    queue: z.string().min(1),
    waiting: Threshold.optional(),
    longestWait: Threshold.optional(),
  }),
  z.strictObject({
    ...placement,
    kind: z.literal('kpi'),
    source: sourceId,
    /** One queue's figure; without it, the sum (or the worst, for waits) over all queues. */
    queue: z.string().min(1).optional(),
    metric: KpiMetric,
    threshold: Threshold.optional(),
  }),
  z.strictObject({ ...placement, kind: z.literal('hourly-chart'), source: sourceId }),
  z.strictObject({
    ...placement,
    kind: z.literal('waiting-callers'),
    source: sourceId,
    queue: z.string().min(1).optional(),
  }),
  z.strictObject({
    ...placement,
    kind: z.literal('agent-states'),
    source: sourceId,
    queue: z.string().min(1).optional(),
  }),
  z.strictObject({ ...placement, kind: z.literal('clock'), timezone: z.string().optional() }),
  z.strictObject({
    ...placement,
    kind: z.literal('text'),
    text: z.string().min(1).max(500),
    ticker: z.boolean().default(false),
  }),
]);
export type Widget = z.output<typeof Widget>;

export const BoardPage = z.strictObject({
  title: z.string().max(80).optional(),
  durationSeconds: z.number().int().min(3).max(86_400).default(30),
  columns: z.number().int().min(1).max(24).default(4),
  rows: z.number().int().min(1).max(24).default(3),
  widgets: z.array(Widget).max(48),
});
export type BoardPage = z.output<typeof BoardPage>;

/** A TV board: rotating pages of widgets. Its JSON is what /admin imports and exports. */
export const Board = z
  .strictObject({
    id: BoardId,
    name: z.string().min(1).max(120),
    /** A chime when a widget turns to alert; off unless set (a screen's audio is opt-in). */
    sound: z.boolean().default(false),
    /** The language its screens show; without it, each screen's browser language. */
    locale: z.enum(locales).optional(),
    pages: z.array(BoardPage).min(1).max(20),
  })
  .superRefine((board, ctx) => {
    board.pages.forEach((page, p) =>
      page.widgets.forEach((widget, w) => {
        if (widget.x + widget.w - 1 > page.columns || widget.y + widget.h - 1 > page.rows) {
          ctx.addIssue({
            code: 'custom',
            path: ['pages', p, 'widgets', w],
            message: `does not fit the page's ${page.columns}×${page.rows} grid`,
          });
        }
      }),
    );
  });
export type Board = z.output<typeof Board>;
export type BoardInput = z.input<typeof Board>;

/** Every source a board reads: exactly what its display links may read. */
export function boardSources(board: Board): string[] {
  const ids = board.pages.flatMap((page) =>
    page.widgets.flatMap((widget) => ('source' in widget ? [widget.source] : [])),
  );
  return [...new Set(ids)].sort();
}

/** Which sources need today's hourly series (the only statistics a display link may read). */
export function boardNeedsSeries(board: Board, source: string): boolean {
  return board.pages.some((page) =>
    page.widgets.some((w) => w.kind === 'hourly-chart' && w.source === source),
  );
}
