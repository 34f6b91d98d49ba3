/** What a polite live region last said, and when. */
export interface Announced {
  text: string;
  atMs: number;
}

/**
 * Whether `text` should be announced now. The first reading sets the baseline silently (the page
 * itself is read on arrival); after that only a changed text is announced, and never sooner than
 * `minIntervalMs` after the last announcement, so figures that refresh every 5 s do not chatter.
 * `waitMs` says when to ask again for a change that has to wait.
 */
export function announcementDue(
  last: Announced | null,
  text: string,
  nowMs: number,
  minIntervalMs: number,
): { announce: boolean; baseline: boolean; waitMs: number } {
  if (last === null) return { announce: false, baseline: true, waitMs: 0 };
  if (text === last.text) return { announce: false, baseline: false, waitMs: 0 };
  const waitMs = last.atMs + minIntervalMs - nowMs;
  return waitMs <= 0
    ? { announce: true, baseline: false, waitMs: 0 }
    : { announce: false, baseline: false, waitMs };
}
