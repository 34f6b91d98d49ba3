import { describe, expect, it } from 'vitest';
import { splitAgents, trackAgentStates } from './agent-state-tracker';

describe('trackAgentStates', () => {
  it('marks states found on the first look as having begun earlier', () => {
    const seen = trackAgentStates(
      new Map(),
      [{ key: 'q/ann', status: 'busy', paused: false }],
      1000,
    );
    expect(seen.get('q/ann')).toEqual({
      status: 'busy',
      paused: false,
      sinceMs: 1000,
      beganBeforeFirstLook: true,
    });
  });

  it('keeps the start while the state lasts and restarts it on a change', () => {
    const first = trackAgentStates(
      new Map(),
      [
        { key: 'q/ann', status: 'busy', paused: false },
        { key: 'q/bob', status: 'available', paused: false },
      ],
      1000,
    );
    const second = trackAgentStates(
      first,
      [
        { key: 'q/ann', status: 'busy', paused: false },
        { key: 'q/bob', status: 'available', paused: true },
      ],
      6000,
    );
    expect(second.get('q/ann')).toMatchObject({ sinceMs: 1000, beganBeforeFirstLook: true });
    // Pausing is a change of state too; this one Callboard saw begin.
    expect(second.get('q/bob')).toMatchObject({ sinceMs: 6000, beganBeforeFirstLook: false });
  });

  it('forgets agents no longer listed, and treats one who returns as first seen', () => {
    const first = trackAgentStates(
      new Map(),
      [{ key: 'q/ann', status: 'busy', paused: false }],
      1000,
    );
    const gone = trackAgentStates(first, [], 2000);
    expect(gone.size).toBe(0);
    const back = trackAgentStates(gone, [{ key: 'q/ann', status: 'busy', paused: false }], 3000);
    expect(back.get('q/ann')).toMatchObject({ sinceMs: 3000, beganBeforeFirstLook: true });
  });
});

describe('splitAgents', () => {
  it('orders logged-in agents by state then name, and sets logged-off ones apart', () => {
    const agents = [
      { name: 'Zed', status: 'available' as const },
      { name: 'Ann', status: 'loggedOff' as const },
      { name: 'Bob', status: 'busy' as const },
      { name: 'Cid', status: 'available' as const },
      { name: 'Dan', status: 'paused' as const },
    ];
    const { active, loggedOff } = splitAgents(agents);
    expect(active.map((a) => a.name)).toEqual(['Bob', 'Cid', 'Zed', 'Dan']);
    expect(loggedOff.map((a) => a.name)).toEqual(['Ann']);
  });
});
