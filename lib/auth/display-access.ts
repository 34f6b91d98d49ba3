/** What one display link may read: its board's sources, and today's hourly series for charts. */
export interface DisplayAccess {
  linkId: string;
  boardId: string;
  liveSources: string[];
  seriesSources: string[];
}

/** The cookie a display link's key is kept in (httpOnly; the key, not a session, so restarts keep it). */
export const displayCookieName = 'callboard-display';

const livePath = /^\/api\/v1\/sources\/([^/]+)\/queues\/live(?:\/stream)?$/;
const seriesPath = /^\/api\/v1\/sources\/([^/]+)\/series$/;

/**
 * Whether a display link may make this request: reads only, and exactly what its board shows —
 * live queues (JSON or stream) of its sources, and today's hourly series where it has a chart.
 */
export function displayMayRead(access: DisplayAccess, method: string, url: URL): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const live = livePath.exec(url.pathname);
  if (live?.[1]) {
    return (
      [...url.searchParams.keys()].length === 0 && access.liveSources.includes(decode(live[1]))
    );
  }
  const series = seriesPath.exec(url.pathname);
  if (series?.[1]) {
    const params = [...url.searchParams.entries()];
    const todayByHour =
      params.length === 1 && params[0]?.[0] === 'bucket' && params[0][1] === 'hour';
    return todayByHour && access.seriesSources.includes(decode(series[1]));
  }
  return false;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** Reads one cookie from a Cookie header (route handlers get the raw request). */
export function cookieValue(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=') || null;
  }
  return null;
}
