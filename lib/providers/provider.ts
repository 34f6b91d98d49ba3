import type { LiveQueue } from '@/lib/model/live-queues';
import type { Capabilities, SourceKind } from '@/lib/model/source';

/** Per-call settings the server passes to every provider call. */
export interface CallContext {
  /** Per upstream attempt; the hub keeps it below the refresh period. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** The configured source id, for metrics and messages. */
  sourceId?: string;
  /** Told each time a known vendor quirk was met and tolerated (counted in metrics). */
  onQuirk?: (quirk: string) => void;
}

/** One configured upstream, speaking the normalized model. Created once per source. */
export interface Provider {
  readonly kind: SourceKind;
  readonly capabilities: Capabilities;
  /** Live queue state; defined only when `capabilities.liveQueues` is true. */
  fetchLiveQueues?(context: CallContext): Promise<LiveQueue[]>;
  /** A cheap call that proves the upstream is reachable and accepts our credentials. */
  checkHealth(context: CallContext): Promise<void>;
}
