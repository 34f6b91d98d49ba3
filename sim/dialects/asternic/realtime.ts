import type { Engine } from '../../engine/engine';
import type { AgentLive, LiveState } from '../../engine/live-state';

type StringMap = Record<string, string>;

/** PHP json_encode turns an empty array into [], so empty per-queue maps come out as []. */
function phpMap<T>(entries: [string, T][]): Record<string, T> | [] {
  return entries.length === 0 ? [] : Object.fromEntries(entries);
}

function agentStatus(agent: AgentLive): string {
  switch (agent.status) {
    case 'loggedOff':
      return 'unavailable';
    case 'ringing':
      return 'ringing';
    case 'busy':
      return agent.activity === 'outbound' ? 'dialout' : 'busy';
    default:
      return 'not in use';
  }
}

function agentEntry(agent: AgentLive, queue: string, live: LiveState): StringMap {
  const penalty = agent.queues.find((m) => m.queue === queue)?.penalty ?? 0;
  const onCall = agent.status === 'busy' || agent.status === 'ringing';
  return {
    status: agentStatus(agent),
    paused: agent.status === 'paused' ? '1' : '0',
    location: `SIP/${agent.extension}`,
    penalty: String(penalty),
    callerid: onCall ? (agent.peer ?? '') : '',
    duration: String(Math.max(0, Math.floor((live.atMs - agent.sinceMs) / 1000))),
  };
}

function abandonRate(abandoned: number, total: number): string {
  // The vendor example shows a bare "0" for queues without calls.
  return total === 0 ? '0' : ((abandoned / total) * 100).toFixed(2);
}

/** `entity=realtime`: one valid JSON object with waiting calls, v2 summary and agents. */
export function realtime(engine: Engine, nowMs: number, filter: Set<string> | null): unknown {
  const live = engine.liveState(nowMs);
  const stats = new Map(engine.todayStatsAll(nowMs).map((s) => [s.queue, s]));
  const queues = engine.queues.filter((q) => filter === null || filter.has(q.name));
  const waiting: [string, unknown][] = [];
  const summary: [string, StringMap][] = [];
  const agents: [string, unknown][] = [];
  for (const queue of queues) {
    const callers = live.waiting.filter((w) => w.queue === queue.name);
    const entries = callers.map((w): [string, StringMap] => [
      String(w.position),
      { calleridNum: w.callerNumber, calleridName: w.callerName, waitTime: String(w.waitSec) },
    ]);
    waiting.push([queue.name, phpMap(entries)]);
    const s = stats.get(queue.name);
    if (!s) continue;
    summary.push([
      queue.name,
      {
        Waiting: String(s.waiting),
        Agents: String(s.members - s.loggedOff),
        Penalty: String(s.penalized),
        'Logged Off': String(s.loggedOff),
        Busy: String(s.busy),
        Paused: String(s.paused),
        Answered: String(s.answered),
        Unanswered: String(s.unanswered),
        Abandoned: String(s.abandoned),
        'Abandon Rate': abandonRate(s.abandoned, s.answered + s.unanswered),
        'Avg Wait': String(s.avgWaitSec),
        'Avg Duration': String(s.avgTalkSec),
        'Max. wait time': String(s.maxWaitNowSec),
      },
    ]);
    const members = live.agents.filter((a) => a.queues.some((m) => m.queue === queue.name));
    agents.push([
      queue.name,
      phpMap(members.map((a) => [a.name, agentEntry(a, queue.name, live)])),
    ]);
  }
  return {
    'waiting calls': phpMap(waiting),
    summary: { queue: phpMap(summary) },
    agents: phpMap(agents),
  };
}
