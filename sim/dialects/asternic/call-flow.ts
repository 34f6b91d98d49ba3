import type { Engine } from '../../engine/engine';
import type { CallRecord } from '../../engine/types';
import { createRowDateFormatter, paginate, type Paging, type Row } from './format';

/** queue_log's placeholder for "no member" (queue-level events). */
const NONE = 'NONE';
/** FreePBX/Issabel dialplan context agents transfer from. */
const TRANSFER_CONTEXT = 'from-internal';
/** The one exit key the simulated IVR offers while waiting ("press 0 to leave a message"). */
const EXIT_KEY = '0';

interface LogEvent {
  atMs: number;
  agent: string;
  event: string;
  info: string[];
}

/** Is this a queue call the queue_log (and so Asternic) knows about, ended by `nowMs`? */
export function isVisibleQueueCall(call: CallRecord, nowMs: number): boolean {
  return call.direction === 'incoming' && call.queue !== null && call.endMs <= nowMs;
}

/** Deterministic back-office extension a transferred call went to. */
function transferTarget(engine: Engine, uniqueid: string): string {
  const list = engine.backOffice;
  let hash = 0;
  for (const ch of uniqueid) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_003;
  return list[hash % Math.max(1, list.length)]?.extension ?? '200';
}

/** The member rung when the caller left (RINGCANCELED), from the agents' day activities. */
function cancelledRing(engine: Engine, call: CallRecord): LogEvent | null {
  const day = engine.day(engine.dayKeyOf(call.enterMs));
  for (const agentDay of day.agents.values()) {
    const ring = agentDay.activities.find(
      (a) => a.uniqueid === call.uniqueid && a.phase === 'ringing' && a.kind === 'inbound',
    );
    if (!ring) continue;
    const name = engine.agents.find((a) => a.id === agentDay.agentId)?.name ?? NONE;
    const info = [String(ring.endMs - ring.startMs)];
    return { atMs: ring.endMs, agent: name, event: 'RINGCANCELED', info };
  }
  return null;
}

/** The Asterisk queue_log lines of one queue call, in the order Asterisk writes them. */
export function queueLogEvents(engine: Engine, call: CallRecord): LogEvent[] {
  const pos = String(call.startPosition ?? 1);
  const endPos = String(call.endPosition ?? 1);
  const wait = String(call.waitSec);
  const events: LogEvent[] = [
    { atMs: call.enterMs, agent: NONE, event: 'ENTERQUEUE', info: ['', call.callerNumber, pos] },
  ];
  const agent = call.agentName ?? NONE;
  if (call.outcome === 'answered' && call.connectMs !== null) {
    const connect = [wait, call.agentLegUniqueid ?? '', String(call.ringSec)];
    events.push({ atMs: call.connectMs, agent, event: 'CONNECT', info: connect });
    const talk = String(call.talkSec);
    const info =
      call.event === 'TRANSFER'
        ? [transferTarget(engine, call.uniqueid), TRANSFER_CONTEXT, wait, talk, pos]
        : [wait, talk, pos];
    events.push({ atMs: call.endMs, agent, event: call.event ?? 'COMPLETECALLER', info });
    return events;
  }
  const ring = cancelledRing(engine, call);
  if (ring) events.push(ring);
  const info = call.event === 'EXITWITHKEY' ? [EXIT_KEY, endPos, pos, wait] : [endPos, pos, wait];
  events.push({ atMs: call.endMs, agent: NONE, event: call.event ?? 'ABANDON', info });
  return events;
}

/** `call/<uniqueid>` rows: `id` counts 1, 2, … within the call. */
export function callFlowRows(engine: Engine, call: CallRecord): Row[] {
  const fmt = createRowDateFormatter(engine.timeZone, 'log');
  const queue = call.queue ?? NONE;
  return queueLogEvents(engine, call).map((e, i) => {
    const row: Row = {
      id: String(i + 1),
      uniqueid: call.uniqueid,
      datetime: fmt(e.atMs),
      queue,
      agent: e.agent,
      event: e.event,
    };
    for (let n = 1; n <= 5; n++) row[`info${n}`] = e.info[n - 1] ?? '';
    return { ...row, agentName: e.agent, queueName: queue };
  });
}

/** `entity=call/<uniqueid>`: an unknown, non-queue or not yet ended call is an empty page. */
export function callEntity(
  engine: Engine,
  uniqueid: string,
  paging: Paging,
  nowMs: number,
): Record<string, unknown> {
  // Only "<epoch>.<seq>" ids up to now can exist; anything else must not make the engine build a day.
  const shaped = /^\d{1,11}\.\d{1,9}$/.test(uniqueid);
  const sec = Number(uniqueid.split('.')[0]);
  const call = shaped && sec * 1000 <= nowMs ? engine.findCall(uniqueid) : undefined;
  const rows = call && isVisibleQueueCall(call, nowMs) ? callFlowRows(engine, call) : [];
  const { page, pages, items } = paginate(rows, paging);
  return {
    totalpages: String(pages),
    currpage: String(page),
    totalrecords: String(rows.length),
    data: items,
  };
}
