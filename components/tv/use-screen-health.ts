'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { jitteredDelayMs, reloadReason } from '@/lib/tv/self-heal';

export type LinkState = 'active' | 'revoked' | 'expired' | 'invalid';

/** A screen checks in this often: a revoked link shows so within one live refresh period. */
export const heartbeatMs = 5000;

interface PerformanceWithMemory {
  memory?: { usedJSHeapSize: number };
}

function heapUsed(): number | null {
  const { memory } = performance as Performance & PerformanceWithMemory;
  return memory ? memory.usedJSHeapSize : null;
}

/** Reloads only when our server answers, so a screen never reloads into a browser error page. */
export async function reloadWhenServerAnswers(): Promise<void> {
  for (;;) {
    const answered = await fetch('/api/health', { cache: 'no-store' })
      .then((r) => r.ok)
      .catch(() => false);
    if (answered) {
      window.location.reload();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 15_000 + Math.random() * 15_000));
  }
}

/**
 * The screen's heartbeat (reports version, uptime and memory; learns whether its link still works
 * and whether an admin asked for a reload) and its watchdog (reload after 5 minutes without a good
 * update, or past the heap limit, at a jittered moment).
 */
export function useScreenHealth(version: string) {
  const [linkState, setLinkState] = useState<LinkState>('active');
  const [loadedAt] = useState(() => new Date());
  const lastGood = useRef(0);
  const reloading = useRef(false);

  const markGood = useCallback(() => {
    lastGood.current = Date.now();
  }, []);

  const beat = useCallback(async () => {
    // A screen runs for weeks: its requests' timing entries (a heartbeat every 5 s, polls, the
    // streams) would fill the browser's buffer and sit there. Nothing on a TV reads them.
    performance.clearResourceTimings();
    performance.clearMarks();
    performance.clearMeasures();
    const memory = heapUsed();
    const response = await fetch('/api/tv/heartbeat', {
      method: 'POST',
      cache: 'no-store',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        version,
        uptimeSeconds: Math.round((Date.now() - loadedAt.getTime()) / 1000),
        memoryMb: memory === null ? null : Math.round(memory / 1048576),
        loadedAt: loadedAt.toISOString(),
      }),
    }).catch(() => null);
    if (!response) return; // server unreachable: keep showing the last data, marked stale
    if (response.status === 401) return setLinkState('invalid');
    const body = (await response.json().catch(() => null)) as {
      state?: LinkState;
      reload?: boolean;
    } | null;
    if (body?.state) setLinkState(body.state);
    if (body?.reload && !reloading.current) {
      reloading.current = true;
      void reloadWhenServerAnswers();
    }
  }, [version, loadedAt]);

  useEffect(() => {
    const first = setTimeout(() => void beat(), 0);
    const timer = setInterval(() => void beat(), heartbeatMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [beat]);

  useEffect(() => {
    lastGood.current = Date.now();
    const timer = setInterval(() => {
      if (reloading.current) return;
      const reason = reloadReason({
        now: Date.now(),
        lastGoodUpdateAt: lastGood.current,
        heapUsedBytes: heapUsed(),
      });
      if (!reason) return;
      reloading.current = true;
      setTimeout(() => void reloadWhenServerAnswers(), jitteredDelayMs(Math.random()));
    }, 15_000);
    return () => clearInterval(timer);
  }, []);

  return { linkState, markGood, checkLink: beat };
}
