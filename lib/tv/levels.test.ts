import { describe, expect, it } from 'vitest';
import { initialLevelState, nextLevelState, rawLevel, type Level, type LevelState } from './levels';

const above = { direction: 'above', warning: 5, alert: 10, consecutive: 3 } as const;
const below = { direction: 'below', warning: 80, alert: 60, consecutive: 3 } as const;

function feed(readings: Level[], consecutive: number, from: LevelState = initialLevelState) {
  const shown: Level[] = [];
  let state = from;
  for (const reading of readings) {
    state = nextLevelState(state, reading, consecutive);
    shown.push(state.level);
  }
  return shown;
}

describe('rawLevel', () => {
  it('reads limits upward for "above" and downward for "below", limits included', () => {
    expect([4, 5, 9, 10, 50].map((v) => rawLevel(v, above))).toEqual([
      'ok',
      'warning',
      'warning',
      'alert',
      'alert',
    ]);
    expect([95, 80, 61, 60, 0].map((v) => rawLevel(v, below))).toEqual([
      'ok',
      'warning',
      'warning',
      'alert',
      'alert',
    ]);
  });

  it('never raises an alarm for an unknown value', () => {
    expect(rawLevel(null, above)).toBe('ok');
    expect(rawLevel(null, below)).toBe('ok');
  });
});

describe('nextLevelState', () => {
  it('changes level only after N consecutive readings at the new level', () => {
    expect(feed(['alert', 'alert', 'alert', 'alert'], 3)).toEqual(['ok', 'ok', 'alert', 'alert']);
  });

  it('restarts the count when a reading breaks the run', () => {
    expect(feed(['alert', 'alert', 'ok', 'alert', 'alert', 'alert'], 3)).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
      'alert',
    ]);
    expect(feed(['alert', 'warning', 'alert', 'warning'], 2)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('needs the same run to go back down', () => {
    const alerting: LevelState = { level: 'alert', candidate: null, count: 0 };
    expect(feed(['ok', 'ok', 'alert', 'ok', 'ok'], 2, alerting)).toEqual([
      'alert',
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
  });

  it('with N = 1 follows every reading at once', () => {
    expect(feed(['warning', 'alert', 'ok'], 1)).toEqual(['warning', 'alert', 'ok']);
  });
});
