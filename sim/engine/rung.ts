import type { Engine } from './engine';
import type { CallRecord } from './types';

/**
 * Which agent a queue call rang: the answering agent, or for a caller who left while a phone was
 * ringing, the agent whose phone rang (from the day's agent activities). null = nobody was rung.
 */
export function createRungLookup(engine: Engine): (call: CallRecord) => string | null {
  const byDay = new Map<string, Map<string, string>>();
  const ringsOf = (dayKey: string): Map<string, string> => {
    let rings = byDay.get(dayKey);
    if (!rings) {
      rings = new Map();
      for (const agent of engine.day(dayKey).agents.values()) {
        for (const a of agent.activities) {
          if (a.kind === 'inbound' && a.phase === 'ringing') rings.set(a.uniqueid, a.agentId);
        }
      }
      byDay.set(dayKey, rings);
    }
    return rings;
  };
  return (call) => {
    if (call.direction !== 'incoming') return null;
    if (call.agentId !== null) return call.agentId;
    return ringsOf(engine.dayKeyOf(call.enterMs)).get(call.uniqueid) ?? null;
  };
}
