/** The simulated call center: queues, trunks/DIDs, agents and back-office extensions. */

export interface QueueDef {
  /** Asterisk queue name (words and numbers mixed, as on real PBXs). */
  name: string;
  /** Asternic queue_id. */
  asternicId: string;
  /** The DID (and trunk external number) customers dial to reach this queue. */
  did: string;
  /** Share of the daily incoming volume. */
  share: number;
  /** Queue timeout (Asterisk queue `timeout` for the caller), seconds. */
  maxWaitSec: number;
  patienceMedianSec: number;
  talkMedianSec: number;
  talkSigma: number;
  /** Volume multiplier on Saturday and Sunday. */
  weekend: [number, number];
  /** Multiplier for 21:00-08:00 (business lines get few night calls). */
  night: number;
}

export type ShiftPattern = 'early' | 'day' | 'mid' | 'late' | 'night';

export interface Membership {
  queue: string;
  penalty: number;
}

export interface AgentDef {
  /** Asternic agent_id. */
  id: string;
  name: string;
  extension: string;
  queues: Membership[];
  pattern: ShiftPattern;
  /** Mean outbound calls per worked shift. */
  outboundPerShift: number;
}

export interface BackOfficeExtension {
  extension: string;
  name: string;
}

/** Local shift hours [start, end); 24 means midnight ending the day. */
export const SHIFT_HOURS: Record<ShiftPattern, [number, number]> = {
  early: [8, 17],
  day: [9, 18],
  mid: [10, 19],
  late: [15, 24],
  night: [0, 8],
};

export const QUEUES: readonly QueueDef[] = [
  q('support', '1', '781130590', 0.45, 600, 120, 210, 0.7, [0.5, 0.4], 1),
  q('sales', '2', '781130591', 0.24, 300, 100, 170, 0.75, [0.5, 0.3], 0.3),
  q('billing', '4', '712005060', 0.17, 420, 110, 150, 0.6, [0.35, 0.2], 0.3),
  q('600', '3', '781130599', 0.09, 180, 90, 240, 0.7, [0.25, 0.15], 0.2),
  q('700', '6', '781130577', 0.05, 300, 100, 200, 0.7, [0.4, 0.3], 0.3),
];

/** Caller-id trunks used for outgoing calls (UTEL-style external numbers). */
export const OUTBOUND_TRUNKS: readonly string[] = ['781130592', '781130590'];

export const AGENTS: readonly AgentDef[] = [
  a('11', 'Dilnoza Karimova', '101', 'early', 0, ['support', 0], ['billing', 1]),
  a('12', 'Aziz Rakhimov', '102', 'day', 1, ['support', 0]),
  a('13', 'Olga Petrova', '103', 'day', 1, ['support', 0], ['700', 1]),
  a('14', 'Jasur Tursunov', '104', 'day', 14, ['sales', 0], ['600', 1]),
  a('15', 'Malika Yusupova', '105', 'mid', 14, ['sales', 0]),
  a('16', 'Sardor Alimov', '106', 'late', 8, ['sales', 0], ['support', 1]),
  a('17', 'Nodira Saidova', '107', 'early', 2, ['billing', 0], ['support', 1]),
  a('18', 'Bekzod Nazarov', '108', 'day', 3, ['billing', 0]),
  a('19', 'Elena Kim', '109', 'day', 1, ['700', 0], ['support', 1]),
  a('20', 'Timur Khodjaev', '110', 'day', 6, ['600', 0], ['sales', 1]),
  a('21', 'Gulnora Ismoilova', '111', 'mid', 4, ['600', 0], ['billing', 1]),
  a('22', 'Rustam Abdullaev', '112', 'late', 1, ['support', 0]),
  a('23', 'Shahnoza Ergasheva', '113', 'day', 3, ['support', 0], ['sales', 1]),
  a('24', 'Dmitry Sokolov', '114', 'late', 1, ['support', 0], ['700', 0]),
  a('25', 'Kamola Rashidova', '115', 'early', 10, ['sales', 0], ['billing', 1]),
  a('26', 'Otabek Umarov', '116', 'night', 0, ['support', 0]),
  a('27', 'Zarina Mirzaeva', '117', 'late', 2, ['billing', 0], ['600', 1]),
  a('28', 'Farrukh Sultanov', '118', 'night', 0, ['support', 0], ['billing', 1]),
  a('29', 'Anna Lee', '119', 'mid', 4, ['700', 0], ['sales', 1], ['support', 2]),
  a('30', 'Javlon Hasanov', '120', 'late', 12, ['sales', 0]),
  a('31', 'Madina Qodirova', '121', 'early', 1, ['support', 0]),
  a('32', 'Sherzod Normatov', '122', 'early', 2, ['support', 0], ['600', 1]),
  a('33', 'Lola Azimova', '123', 'mid', 2, ['billing', 0], ['support', 1]),
  a('34', 'Ilyos Fayzullaev', '124', 'night', 0, ['support', 0]),
];

export const BACK_OFFICE: readonly BackOfficeExtension[] = [
  { extension: '200', name: 'Supervisor' },
  { extension: '201', name: 'Reception' },
  { extension: '202', name: 'IT Helpdesk' },
  { extension: '210', name: 'Accounting' },
];

/** Weekday incoming volume on an ordinary Tuesday-Thursday. */
export const BASE_DAILY_INCOMING = 1350;

/** The size of a simulated center: who works there and how many calls an ordinary day brings. */
export interface CenterShape {
  agents: readonly AgentDef[];
  dailyIncoming: number;
}

export const DEFAULT_CENTER: CenterShape = { agents: AGENTS, dailyIncoming: BASE_DAILY_INCOMING };

/**
 * A smaller or larger center than the default (the demo gives each source its own): `agents` of
 * the roster, picked evenly through it so that the shift patterns keep people, plus the first
 * member of any queue left with none; and `volume` times the default daily calls.
 */
export function centerShape(agents: number, volume: number): CenterShape {
  const total = AGENTS.length;
  const count = Math.max(1, Math.min(total, Math.round(agents)));
  const picked = new Set(
    AGENTS.filter(
      (_, i) => Math.floor(((i + 1) * count) / total) > Math.floor((i * count) / total),
    ),
  );
  for (const queue of QUEUES) {
    const serves = (a: AgentDef) => a.queues.some((m) => m.queue === queue.name);
    const first = AGENTS.find(serves);
    if (first && ![...picked].some(serves)) picked.add(first);
  }
  // Roster order, so that a center's agents read like the default one's.
  return {
    agents: AGENTS.filter((a) => picked.has(a)),
    dailyIncoming: BASE_DAILY_INCOMING * volume,
  };
}

export function queueByName(name: string): QueueDef | undefined {
  return QUEUES.find((queue) => queue.name === name);
}

export function membersOf(queue: string): AgentDef[] {
  return AGENTS.filter((agent) => agent.queues.some((m) => m.queue === queue));
}

function q(
  name: string,
  asternicId: string,
  did: string,
  share: number,
  maxWaitSec: number,
  patienceMedianSec: number,
  talkMedianSec: number,
  talkSigma: number,
  weekend: [number, number],
  night: number,
): QueueDef {
  const base = { name, asternicId, did, share, maxWaitSec, patienceMedianSec };
  return { ...base, talkMedianSec, talkSigma, weekend, night };
}

function a(
  id: string,
  name: string,
  extension: string,
  pattern: ShiftPattern,
  outboundPerShift: number,
  ...queues: [string, number][]
): AgentDef {
  const memberships = queues.map(([queue, penalty]) => ({ queue, penalty }));
  return { id, name, extension, pattern, outboundPerShift, queues: memberships };
}
