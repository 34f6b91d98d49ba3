/** The simulator's single call model: every dialect is a view of these records. */

export type Direction = 'incoming' | 'outgoing' | 'internal';

/** Final outcome of a call as a whole. */
export type Outcome =
  | 'answered'
  | 'abandoned' // caller hung up while queued (ABANDON)
  | 'timeout' // queue max wait reached (EXITWITHTIMEOUT)
  | 'empty' // no logged-in member (EXITEMPTY)
  | 'key' // caller left with a key press (EXITWITHKEY)
  | 'noanswer' // outgoing/internal: rang out
  | 'busy'
  | 'failed';

/** Asterisk queue_log event that closed a queue call (null for non-queue calls). */
export type QueueEvent =
  | 'COMPLETEAGENT'
  | 'COMPLETECALLER'
  | 'TRANSFER'
  | 'ABANDON'
  | 'EXITWITHTIMEOUT'
  | 'EXITEMPTY'
  | 'EXITWITHKEY';

export interface CallRecord {
  /** Asterisk uniqueid of the caller channel, e.g. "1763900000.123". */
  uniqueid: string;
  /** Uniqueid of the agent leg (CONNECT info2), null if no agent was bridged. */
  agentLegUniqueid: string | null;
  direction: Direction;
  /** Asterisk queue name for incoming queue calls. */
  queue: string | null;
  agentId: string | null;
  agentName: string | null;
  agentExtension: string | null;
  /** Calling party: customer for incoming, extension for outgoing/internal. */
  callerNumber: string;
  callerName: string;
  /** Called party: DID for incoming, customer for outgoing, extension for internal. */
  calledNumber: string;
  /** DID dialled by the customer (incoming only). */
  did: string | null;
  /** Trunk number used: the DID for incoming, the caller-id trunk for outgoing. */
  externalNumber: string | null;
  /** Internal calls: the callee's agent id when the callee is an agent. */
  targetAgentId: string | null;
  /** Call start: queue entry (incoming) or dial start (outgoing/internal). Epoch ms. */
  enterMs: number;
  /** When the answering agent (incoming) or far end (outgoing/internal) began ringing. */
  ringStartMs: number | null;
  connectMs: number | null;
  endMs: number;
  /** Seconds in queue until connect or exit (0 for non-queue calls). */
  waitSec: number;
  ringSec: number;
  talkSec: number;
  /** Whole call, end - enter. */
  durationSec: number;
  outcome: Outcome;
  event: QueueEvent | null;
  /** Queue position on entry and on exit (1-based), null for non-queue calls. */
  startPosition: number | null;
  endPosition: number | null;
  recording: string | null;
}

export type AgentStatus = 'loggedOff' | 'available' | 'paused' | 'ringing' | 'busy';
export type Activity = 'inbound' | 'outbound' | 'internal';

/** One stretch of time an agent's phone was occupied. */
export interface AgentActivity {
  agentId: string;
  kind: Activity;
  /** 'ringing' spans ringStart..connect (or until the caller left). */
  phase: 'ringing' | 'talking';
  startMs: number;
  endMs: number;
  uniqueid: string;
  queue: string | null;
  /** The other party's number. */
  peer: string;
}

export interface Interval {
  startMs: number;
  endMs: number;
}

export interface PauseInterval extends Interval {
  reason: string;
}

export interface AgentDay {
  agentId: string;
  sessions: Interval[];
  pauses: PauseInterval[];
  activities: AgentActivity[];
}

export interface GeneratedDay {
  dayKey: string;
  startMs: number;
  endMs: number;
  /** Sorted by enterMs, then uniqueid. */
  calls: CallRecord[];
  agents: Map<string, AgentDay>;
  generationMs: number;
}
