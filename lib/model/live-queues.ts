import { z } from 'zod';

/** Agent state in the normalized model; vendors' own state strings are mapped onto these. */
export const agentStatuses = [
  'available',
  'busy',
  'ringing',
  'paused',
  'loggedOff',
  'unknown',
] as const;
export const AgentStatus = z.enum(agentStatuses);
export type AgentStatus = z.infer<typeof AgentStatus>;

const count = z.number().int().nonnegative();
const seconds = z.number().nonnegative();

export const WaitingCaller = z.object({
  position: z.number().int().positive(),
  callerNumber: z.string().nullable(),
  callerName: z.string().nullable(),
  waitSeconds: seconds.nullable(),
});
export type WaitingCaller = z.infer<typeof WaitingCaller>;

export const LiveAgent = z.object({
  name: z.string(),
  status: AgentStatus,
  paused: z.boolean(),
});
export type LiveAgent = z.infer<typeof LiveAgent>;

/** Counts are null when the source cannot tell, never a made-up 0. */
export const QueueAgents = z.object({
  total: count.nullable(),
  available: count.nullable(),
  busy: count.nullable(),
  paused: count.nullable(),
  loggedOff: count.nullable(),
  list: z.array(LiveAgent),
});
export type QueueAgents = z.infer<typeof QueueAgents>;

/** Today's figures for one queue, since the business-day start in the source's time zone. */
export const QueueToday = z.object({
  answered: count.nullable(),
  unanswered: count.nullable(),
  abandoned: count.nullable(),
  /** Percent, 0–100. */
  abandonRate: z.number().nonnegative().nullable(),
  avgWaitSeconds: seconds.nullable(),
  avgTalkSeconds: seconds.nullable(),
  maxWaitSeconds: seconds.nullable(),
  /** Percent of offered calls answered within the queue's service-level threshold. */
  serviceLevel: z.number().nonnegative().nullable(),
});
export type QueueToday = z.infer<typeof QueueToday>;

export const LiveQueue = z.object({
  id: z.string(),
  name: z.string(),
  waiting: z.array(WaitingCaller),
  longestWaitSeconds: seconds.nullable(),
  agents: QueueAgents,
  today: QueueToday,
});
export type LiveQueue = z.infer<typeof LiveQueue>;

/** Body of GET /api/v1/sources/{id}/queues/live (docs/api.md). */
export const LiveQueuesResponse = z.object({
  source: z.string(),
  fetchedAt: z.string().nullable(),
  ageSeconds: z.number().nonnegative().nullable(),
  stale: z.boolean(),
  /** Why the data is stale (absent when fresh); never contains a secret. */
  staleReason: z.string().optional(),
  queues: z.array(LiveQueue),
});
export type LiveQueuesResponse = z.infer<typeof LiveQueuesResponse>;
