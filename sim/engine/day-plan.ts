import type { DayContext } from './day-context';
import { clamp, poisson } from './distributions';
import { createRng, hashSeed, hashString, type Rng } from './prng';
import { BACK_OFFICE, QUEUES, SHIFT_HOURS, type AgentDef, type ShiftPattern } from './roster';

export interface PausePlan {
  atMs: number;
  durationMs: number;
  reason: string;
}

export interface InternalPlan {
  atMs: number;
  /** Extension dialled: another agent or a back-office phone. */
  target: string;
}

export interface AgentPlan {
  agent: AgentDef;
  loginMs: number;
  logoffMs: number;
  pauses: PausePlan[];
  outbound: number[];
  internal: InternalPlan[];
}

const MIN = 60;
const HOUR = 3600;

/** Who works today and what they intend to do: shifts, breaks, outbound and internal calls. */
export function planAgents(ctx: DayContext, seed: number): AgentPlan[] {
  const { agents } = ctx.center;
  const working = new Set(agents.filter((agent) => worksToday(ctx, seed, agent)).map((a) => a.id));
  ensureCoverage(ctx, seed, working);
  const plans: AgentPlan[] = [];
  for (const agent of agents) {
    if (!working.has(agent.id)) continue;
    plans.push(
      planShift(ctx, createRng(hashSeed(seed, ctx.ordinal, hashString(agent.id), 2)), agent),
    );
  }
  return plans;
}

function worksToday(ctx: DayContext, seed: number, agent: AgentDef): boolean {
  if (agent.pattern === 'night') {
    const nightAgents = ctx.center.agents.filter((a) => a.pattern === 'night');
    return nightAgents[ctx.ordinal % nightAgents.length]?.id === agent.id;
  }
  const rng = createRng(hashSeed(seed, ctx.ordinal, hashString(agent.id), 1));
  if (ctx.weekday === 6) return rng.chance(0.55);
  if (ctx.weekday === 0) return rng.chance(0.4);
  return !rng.chance(0.06);
}

/** Every queue keeps a member in the morning and in the evening, so it stays staffed (thinly). */
function ensureCoverage(ctx: DayContext, seed: number, working: Set<string>): void {
  const rng = createRng(hashSeed(seed, ctx.ordinal, 0xc0fe));
  const bands: ShiftPattern[][] = [
    ['early', 'day'],
    ['mid', 'late'],
  ];
  for (const queue of QUEUES) {
    for (const band of bands) {
      const members = ctx.center.agents.filter(
        (a) => band.includes(a.pattern) && a.queues.some((m) => m.queue === queue.name),
      );
      if (members.length === 0 || members.some((a) => working.has(a.id))) continue;
      working.add(rng.pick(members).id);
    }
  }
}

function planShift(ctx: DayContext, rng: Rng, agent: AgentDef): AgentPlan {
  const [startHour, endHour] = SHIFT_HOURS[agent.pattern];
  const night = agent.pattern === 'night';
  const login = night ? rng.int(0, 3 * MIN) : startHour * HOUR + rng.int(-8 * MIN, 12 * MIN);
  const plannedEnd = endHour * HOUR + rng.int(-5 * MIN, 10 * MIN);
  // Nobody stays past 23:59 so that no agent activity crosses into the next generated day.
  const logoff = clamp(plannedEnd, login + HOUR, 86_400 - MIN);
  const pauses = planPauses(rng, login, logoff, night);
  const weekend = ctx.weekday === 0 || ctx.weekday === 6;
  const outboundCount = poisson(rng, agent.outboundPerShift * (weekend ? 0.5 : 1));
  const internalCount = poisson(rng, night ? 0.5 : 2.5);
  const within = (): number =>
    rng.int(login + 15 * MIN, Math.max(login + 16 * MIN, logoff - 15 * MIN));
  const outbound = Array.from({ length: outboundCount }, () => ctx.msAt(within()));
  const internal = Array.from({ length: internalCount }, () => ({
    atMs: ctx.msAt(within()),
    target: internalTarget(rng, agent, ctx.center.agents),
  }));
  return {
    agent,
    loginMs: ctx.msAt(login),
    logoffMs: ctx.msAt(logoff),
    pauses: pauses.map((p) => ({ ...p, atMs: ctx.msAt(p.atMs) })),
    outbound: outbound.sort((x, y) => x - y),
    internal: internal.sort((x, y) => x.atMs - y.atMs),
  };
}

/** Pause plans in local seconds (converted by the caller). */
function planPauses(rng: Rng, login: number, logoff: number, night: boolean): PausePlan[] {
  const length = logoff - login;
  const out: PausePlan[] = [];
  const add = (at: number, minutes: [number, number], reason: string): void => {
    if (at > login && at < logoff - 10 * MIN) {
      out.push({
        atMs: at,
        durationMs: rng.int(minutes[0] * MIN, minutes[1] * MIN) * 1000,
        reason,
      });
    }
  };
  if (night) {
    add(login + rng.int(3 * HOUR, 4 * HOUR), [15, 25], 'Break');
  } else {
    add(login + 2 * HOUR + rng.int(-30 * MIN, 30 * MIN), [10, 15], 'Break');
    if (length >= 7 * HOUR) add(login + 4 * HOUR + rng.int(-40 * MIN, 40 * MIN), [30, 55], 'Lunch');
    if (length >= 8 * HOUR)
      add(login + 6.5 * HOUR + rng.int(-30 * MIN, 30 * MIN), [10, 15], 'Break');
  }
  const extra = poisson(rng, night ? 0.5 : 1.3);
  for (let i = 0; i < extra; i += 1) {
    const reason = rng.weighted(['After call work', 'Technical', 'Meeting'], [5, 2, 1]);
    add(
      rng.int(login + 20 * MIN, logoff - 20 * MIN),
      reason === 'Meeting' ? [15, 30] : [2, 8],
      reason,
    );
  }
  return out.sort((x, y) => x.atMs - y.atMs);
}

function internalTarget(rng: Rng, self: AgentDef, agents: readonly AgentDef[]): string {
  if (rng.chance(0.3)) return rng.pick(BACK_OFFICE).extension;
  const others = agents.filter((a) => a.id !== self.id);
  return rng.pick(others).extension;
}
