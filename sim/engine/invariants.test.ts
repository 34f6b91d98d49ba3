import { describe, it, expect } from 'vitest';
import { createEngine } from './engine';
import { queueByName } from './roster';
import type { CallRecord, GeneratedDay } from './types';
import { addDays } from './zoned-time';

const engine = createEngine({ seed: 42 });
const days: GeneratedDay[] = Array.from({ length: 10 }, (_, i) =>
  engine.day(addDays('2025-11-12', i)),
);
const allCalls: CallRecord[] = days.flatMap((d) => d.calls);

describe('queue invariants', () => {
  it('keeps times ordered and durations consistent', () => {
    for (const c of allCalls) {
      expect(c.waitSec).toBeGreaterThanOrEqual(0);
      expect(c.endMs).toBeGreaterThanOrEqual(c.enterMs);
      expect(c.durationSec).toBe((c.endMs - c.enterMs) / 1000);
      expect(Number.isInteger(c.waitSec) && Number.isInteger(c.talkSec)).toBe(true);
      if (c.connectMs !== null) {
        expect(c.connectMs).toBeGreaterThan(c.enterMs);
        expect(c.endMs).toBeGreaterThan(c.connectMs);
        expect(c.talkSec).toBe((c.endMs - c.connectMs) / 1000);
        expect(c.outcome).toBe('answered');
      } else {
        expect(c.outcome).not.toBe('answered');
        expect(c.talkSec).toBe(0);
      }
    }
  });

  it('gives queue calls a consistent queue_log story', () => {
    const incoming = allCalls.filter((c) => c.direction === 'incoming');
    expect(incoming.length).toBeGreaterThan(5000);
    for (const c of incoming) {
      const queue = queueByName(c.queue ?? '');
      expect(queue).toBeDefined();
      expect(c.did).toBe(queue?.did);
      expect(c.startPosition).toBeGreaterThanOrEqual(1);
      expect(c.endPosition).toBeGreaterThanOrEqual(1);
      if (c.outcome === 'answered') {
        expect(['COMPLETEAGENT', 'COMPLETECALLER', 'TRANSFER']).toContain(c.event);
        expect(c.agentName).not.toBeNull();
        expect(c.waitSec).toBe(((c.connectMs ?? 0) - c.enterMs) / 1000);
        expect(c.ringSec).toBeGreaterThan(0);
        expect(c.ringSec).toBeLessThanOrEqual(c.waitSec);
      } else {
        expect(c.agentName).toBeNull();
        expect(c.waitSec).toBeLessThanOrEqual(queue?.maxWaitSec ?? 0);
        const byOutcome = {
          abandoned: 'ABANDON',
          timeout: 'EXITWITHTIMEOUT',
          empty: 'EXITEMPTY',
          key: 'EXITWITHKEY',
        };
        expect(c.event).toBe(byOutcome[c.outcome as keyof typeof byOutcome]);
      }
    }
    const timeouts = incoming.filter((c) => c.outcome === 'timeout');
    for (const c of timeouts) expect(c.waitSec).toBe(queueByName(c.queue ?? '')?.maxWaitSec);
  });

  it('never puts an agent on two calls at once, and only while logged in and unpaused', () => {
    for (const day of days) {
      for (const agent of day.agents.values()) {
        const acts = [...agent.activities].sort((a, b) => a.startMs - b.startMs);
        for (let i = 1; i < acts.length; i += 1) {
          expect(acts[i]?.startMs ?? 0).toBeGreaterThanOrEqual(acts[i - 1]?.endMs ?? 0);
        }
        for (const a of acts) {
          const inSession = agent.sessions.some(
            (s) => s.startMs <= a.startMs && a.endMs <= s.endMs,
          );
          expect(inSession).toBe(true);
          expect(agent.pauses.some((p) => p.startMs < a.endMs && a.startMs < p.endMs)).toBe(false);
          expect(a.endMs).toBeLessThanOrEqual(day.endMs);
        }
        for (const s of agent.sessions) {
          expect(s.startMs).toBeGreaterThanOrEqual(day.startMs);
          expect(s.endMs).toBeLessThanOrEqual(day.endMs);
        }
      }
    }
  });

  it('links every answered queue call to the answering agent activity', () => {
    const day = days[3];
    if (!day) throw new Error('no day');
    for (const c of day.calls.filter((x) => x.direction === 'incoming' && x.connectMs !== null)) {
      const acts = day.agents.get(c.agentId ?? '')?.activities ?? [];
      const talk = acts.find((a) => a.uniqueid === c.uniqueid && a.phase === 'talking');
      expect(talk?.startMs).toBe(c.connectMs);
      expect(talk?.endMs).toBe(c.endMs);
    }
  });

  it('serves FIFO within a queue (earlier callers are connected first)', () => {
    const day = days[2];
    if (!day) throw new Error('no day');
    for (const queue of engine.queues) {
      const answered = day.calls.filter((c) => c.queue === queue.name && c.ringStartMs !== null);
      for (let i = 1; i < answered.length; i += 1) {
        const prev = answered[i - 1];
        const cur = answered[i];
        if (prev && cur) expect(cur.ringStartMs ?? 0).toBeGreaterThanOrEqual(prev.ringStartMs ?? 0);
      }
    }
  });
});
