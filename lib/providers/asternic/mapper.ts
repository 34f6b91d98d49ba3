import type {
  AgentStatus,
  LiveAgent,
  LiveQueue,
  QueueAgents,
  QueueToday,
  WaitingCaller,
} from '@/lib/model/live-queues';
import {
  parseWireCount,
  parseWireNumber,
  wireTextOrNull,
} from '@/lib/providers/shared/wire-values';
import type {
  AsternicAgentWire,
  AsternicAgentsWire,
  AsternicQueueSummaryWire,
  AsternicQueuesWire,
  AsternicRealtimeWire,
  AsternicReportsWire,
  AsternicWaitingCallerWire,
} from './api-types';

// ---- scalars: a value that does not parse is null, never 0 -----------------------------------

// Plain numbers, counts (the newer UI's `-1`, "not known", becomes null) and text come from
// shared/wire-values; percentages and `HH:MM:SS` durations are Asternic's own forms.

/** Percent 0–100 from `"3.17"`, `"3.17 %"` or `3.17`. */
export function parseWirePercent(value: unknown): number | null {
  const number = parseWireNumber(typeof value === 'string' ? value.replace(/%\s*$/, '') : value);
  return number !== null && number >= 0 && number <= 100 ? number : null;
}

/** Seconds from `"80"`, `80` or `"HH:MM:SS"` (`"00:01:20"`); two-part clocks are ambiguous. */
export function parseWireSeconds(value: unknown): number | null {
  if (typeof value === 'string') {
    const clock = /^(\d+):([0-5]\d):([0-5]\d)$/.exec(value.trim());
    if (clock) {
      const [, hours = '', minutes = '', seconds = ''] = clock;
      return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
    }
  }
  const number = parseWireNumber(value);
  return number !== null && number >= 0 ? number : null;
}

// ---- agents ------------------------------------------------------------------------------------

type DeviceState = Exclude<AgentStatus, 'paused'>;

/** Asterisk device states, lowercased by Asternic; AMI spellings (`NOT_INUSE`) are accepted too. */
const deviceStates = new Map<string, DeviceState>([
  ['not in use', 'available'],
  ['not inuse', 'available'],
  ['busy', 'busy'],
  ['in use', 'busy'],
  ['inuse', 'busy'],
  ['dialout', 'busy'],
  ['on hold', 'busy'],
  ['onhold', 'busy'],
  ['ringing', 'ringing'],
  ['ring', 'ringing'],
  ['ringinuse', 'ringing'],
  ['unavailable', 'loggedOff'],
  ['invalid', 'loggedOff'],
]);

/** Unknown or missing states stay `unknown`: guessing would miscount the board. */
export function mapDeviceState(status: unknown): DeviceState {
  const key = wireTextOrNull(status)?.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
  return (key !== undefined && deviceStates.get(key)) || 'unknown';
}

function isPausedFlag(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return ['1', 'true', 'yes'].includes(String(value).trim().toLowerCase());
}

const loggedInStates: readonly DeviceState[] = ['available', 'busy', 'ringing'];

interface MappedAgent {
  agent: LiveAgent;
  state: DeviceState;
}

/** A paused, logged-in member shows as `paused`; `paused` on the agent is the vendor flag as is. */
export function mapAgent(name: string, wire: AsternicAgentWire): MappedAgent {
  const state = mapDeviceState(wire.status);
  const paused = isPausedFlag(wire.paused);
  const status: AgentStatus = paused && loggedInStates.includes(state) ? 'paused' : state;
  return { agent: { name, status, paused }, state };
}

// ---- summary -----------------------------------------------------------------------------------

interface SummaryFigures {
  agents: Omit<QueueAgents, 'list'>;
  today: QueueToday;
  longestWaitSeconds: number | null;
}

/** Both key sets onto one shape; what a version does not report is null (see README). */
export function summaryFigures(summary: AsternicQueueSummaryWire | undefined): SummaryFigures {
  if (summary?.version === 'v1') {
    const s = summary.fields;
    return {
      agents: {
        total: null,
        available: null,
        busy: parseWireCount(s.talking),
        paused: parseWireCount(s.auxiliary),
        loggedOff: null,
      },
      today: {
        answered: parseWireCount(s.answeredCals ?? s.answeredCalls),
        unanswered: parseWireCount(s.unansweredCalls),
        abandoned: null,
        abandonRate: parseWirePercent(s.abandonRate),
        avgWaitSeconds: parseWireSeconds(s.averageWaitTime),
        avgTalkSeconds: parseWireSeconds(s.averageCallTime),
        maxWaitSeconds: null,
        serviceLevel: null,
      },
      longestWaitSeconds: parseWireSeconds(s.maxWaitTime),
    };
  }
  const s = summary?.fields ?? {};
  const loggedOff = parseWireCount(s['Logged Off']);
  const loggedIn = parseWireCount(s.Agents);
  return {
    agents: {
      // `Agents` counts logged-in members only (the vendor's queue 103: Agents 0, Logged Off 1), so
      // all members are the two together; without `Logged Off` the member total is unknown.
      total: loggedIn !== null && loggedOff !== null ? loggedIn + loggedOff : null,
      available: parseWireCount(s.Available),
      busy: parseWireCount(s.Busy),
      paused: parseWireCount(s.Paused),
      loggedOff,
    },
    today: {
      answered: parseWireCount(s.Answered),
      unanswered: parseWireCount(s.Unanswered),
      abandoned: parseWireCount(s.Abandoned),
      abandonRate: parseWirePercent(s['Abandon Rate']),
      avgWaitSeconds: parseWireSeconds(s['Avg Wait']),
      avgTalkSeconds: parseWireSeconds(s['Avg Duration']),
      maxWaitSeconds: null,
      serviceLevel: null,
    },
    longestWaitSeconds: parseWireSeconds(s['Max. wait time']),
  };
}

// ---- realtime ----------------------------------------------------------------------------------

/** Callers by position; a 0-based PHP list (or odd keys) falls back to the order given. */
export function mapWaitingCallers(
  callers: Record<string, AsternicWaitingCallerWire>,
): WaitingCaller[] {
  const entries = Object.entries(callers).map(([key, caller]) => {
    const position = parseWireCount(key);
    return { position: position !== null && position > 0 ? position : null, caller };
  });
  const keyed = new Set(entries.map((entry) => entry.position));
  const useKeys = !keyed.has(null) && keyed.size === entries.length;
  if (useKeys) entries.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  return entries.map(({ position, caller }, index) => ({
    position: (useKeys ? position : null) ?? index + 1,
    callerNumber: wireTextOrNull(caller.calleridNum),
    callerName: wireTextOrNull(caller.calleridName),
    waitSeconds: parseWireSeconds(caller.waitTime),
  }));
}

/** Counts from the member list when every state is known; otherwise the summary's. */
function agentCounts(agents: MappedAgent[], summary: SummaryFigures['agents']): QueueAgents {
  const list = agents.map((mapped) => mapped.agent);
  if (agents.length === 0) return { ...summary, list };
  if (agents.some((mapped) => mapped.state === 'unknown')) {
    return { ...summary, total: agents.length, list };
  }
  const count = (test: (mapped: MappedAgent) => boolean) => agents.filter(test).length;
  return {
    total: agents.length,
    available: count(({ state, agent }) => state === 'available' && !agent.paused),
    busy: count(({ state }) => state === 'busy'),
    paused: count(({ state, agent }) => agent.paused && loggedInStates.includes(state)),
    loggedOff: count(({ state }) => state === 'loggedOff'),
    list,
  };
}

/** Longest current wait: the summary's, else the longest listed caller (0 when none wait). */
function longestWait(fromSummary: number | null, waiting: WaitingCaller[] | null): number | null {
  if (fromSummary !== null || waiting === null) return fromSummary;
  if (waiting.length === 0) return 0;
  const waits = waiting.flatMap((caller) =>
    caller.waitSeconds === null ? [] : [caller.waitSeconds],
  );
  return waits.length > 0 ? Math.max(...waits) : null;
}

/** One queue per Asterisk queue name found in any section; summary order first. */
export function mapRealtime(wire: AsternicRealtimeWire): LiveQueue[] {
  const waitingByQueue = wire['waiting calls'] ?? {};
  const agentsByQueue = wire.agents ?? {};
  const names = new Set([
    ...Object.keys(wire.summary.queue),
    ...Object.keys(waitingByQueue),
    ...Object.keys(agentsByQueue),
  ]);
  return [...names].map((name) => {
    const figures = summaryFigures(wire.summary.queue[name]);
    const waitingWire = waitingByQueue[name];
    const waiting = waitingWire ? mapWaitingCallers(waitingWire) : null;
    const agents = Object.entries(agentsByQueue[name] ?? {}).map(([agentName, agent]) =>
      mapAgent(agentName, agent),
    );
    return {
      id: name,
      name,
      waiting: waiting ?? [],
      longestWaitSeconds: longestWait(figures.longestWaitSeconds, waiting),
      agents: agentCounts(agents, figures.agents),
      today: figures.today,
    };
  });
}

// ---- lists -------------------------------------------------------------------------------------

export interface AsternicQueueRef {
  queueId: string;
  queue: string;
  name: string;
}

export interface AsternicAgentRef {
  agentId: string;
  agent: string;
  name: string;
}

/** `ALL` (id -1) and `NONE` are selector rows of the stats database, not queues or agents. */
function isPseudoRow(id: string | null, key: string): boolean {
  return id === '-1' || key.toUpperCase() === 'ALL' || key.toUpperCase() === 'NONE';
}

export function mapQueueList(wire: AsternicQueuesWire): AsternicQueueRef[] {
  return wire.data.flatMap((row) => {
    const queueId = wireTextOrNull(row.queue_id);
    const queue = wireTextOrNull(row.queue);
    if (queueId === null || queue === null || isPseudoRow(queueId, queue)) return [];
    return [{ queueId, queue, name: wireTextOrNull(row.queue_name) ?? queue }];
  });
}

export function mapAgentList(wire: AsternicAgentsWire): AsternicAgentRef[] {
  return wire.data.flatMap((row) => {
    const agentId = wireTextOrNull(row.agent_id);
    const agent = wireTextOrNull(row.agent);
    if (agentId === null || agent === null || isPseudoRow(agentId, agent)) return [];
    return [{ agentId, agent, name: wireTextOrNull(row.agent_name) ?? agent }];
  });
}

export function mapReportNames(wire: AsternicReportsWire): string[] {
  return wire.data.map((row) => row.report);
}
