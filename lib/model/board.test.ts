import { describe, expect, it } from 'vitest';
import { Board, boardSources } from './board';
import { defaultBoardFor } from './default-board';

const minimal = {
  id: 'lobby',
  name: 'Lobby',
  pages: [{ widgets: [{ kind: 'kpi', source: 'hq', metric: 'waiting', x: 1, y: 1 }] }],
};

describe('Board', () => {
  it('fills defaults: page duration and grid, widget spans, threshold direction and N', () => {
    const board = Board.parse({
      ...minimal,
      pages: [
        {
          widgets: [
            {
              kind: 'kpi',
              source: 'hq',
              metric: 'waiting',
              x: 1,
              y: 1,
              threshold: { warning: 3, alert: 5 },
            },
          ],
        },
      ],
    });
    expect(board.pages[0]).toMatchObject({ durationSeconds: 30, columns: 4, rows: 3 });
    expect(board.pages[0]?.widgets[0]).toMatchObject({
      w: 1,
      h: 1,
      threshold: { direction: 'above', warning: 3, alert: 5, consecutive: 2 },
    });
  });

  it('round-trips its own JSON (export, then import)', () => {
    const board = defaultBoardFor({ id: 'hq', name: 'HQ' });
    expect(Board.parse(JSON.parse(JSON.stringify(board)))).toEqual(board);
  });

  it('refuses widgets outside the grid, inverted thresholds, unknown fields and bad ids', () => {
    const outside = structuredClone(minimal);
    Object.assign(outside.pages[0]?.widgets[0] ?? {}, { x: 4, w: 2 });
    expect(Board.safeParse(outside).success).toBe(false);
    const inverted = {
      ...minimal,
      pages: [
        {
          widgets: [
            {
              ...minimal.pages[0]?.widgets[0],
              threshold: { direction: 'below', warning: 60, alert: 80 },
            },
          ],
        },
      ],
    };
    expect(Board.safeParse(inverted).success).toBe(false);
    expect(Board.safeParse({ ...minimal, colour: 'red' }).success).toBe(false);
    expect(Board.safeParse({ ...minimal, id: 'Lobby TV' }).success).toBe(false);
    expect(
      Board.safeParse({ ...minimal, pages: [{ durationSeconds: 1, widgets: [] }] }).success,
    ).toBe(false);
  });

  it('has its own language, one the app speaks, or none (each screen’s own)', () => {
    expect(Board.parse({ ...minimal, locale: 'ru' }).locale).toBe('ru');
    expect(Board.parse(minimal).locale).toBeUndefined();
    expect(Board.safeParse({ ...minimal, locale: 'de' }).success).toBe(false);
  });

  it('lists the sources a board reads, once each', () => {
    const board = Board.parse({
      ...minimal,
      pages: [
        ...minimal.pages,
        {
          widgets: [
            { kind: 'hourly-chart', source: 'dk', x: 1, y: 1 },
            { kind: 'agent-states', source: 'hq', x: 2, y: 1 },
            { kind: 'clock', x: 3, y: 1 },
          ],
        },
      ],
    });
    expect(boardSources(board)).toEqual(['dk', 'hq']);
  });
});
