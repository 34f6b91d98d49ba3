'use client';

import { useEffect, useRef, useState } from 'react';
import { announcementDue, type Announced } from './announce-throttle';

/**
 * A polite live region for figures that refresh often: it speaks `message` only when it changed,
 * at most once per `minIntervalMs` (the latest change waits its turn), and never on arrival.
 */
export function LiveAnnouncer({
  message,
  minIntervalMs = 30_000,
}: {
  message: string;
  minIntervalMs?: number;
}) {
  const [spoken, setSpoken] = useState('');
  const last = useRef<Announced | null>(null);
  const latest = useRef(message);

  useEffect(() => {
    latest.current = message;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const text = latest.current;
      const now = Date.now();
      const due = announcementDue(last.current, text, now, minIntervalMs);
      if (due.baseline || due.announce) last.current = { text, atMs: due.baseline ? 0 : now };
      if (due.announce) setSpoken(text);
      else if (due.waitMs > 0) timer = setTimeout(check, due.waitMs);
    };
    check();
    return () => clearTimeout(timer);
  }, [message, minIntervalMs]);

  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {spoken}
    </div>
  );
}
