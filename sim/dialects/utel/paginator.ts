/** Laravel's LengthAwarePaginator as a JSON resource collection: `{data, links, meta}`. */

interface PageLink {
  url: string | null;
  label: string;
  active: boolean;
}

/** PHP `http_build_query` with RFC 3986 encoding, as `url()` builds page links. */
function buildQuery(pairs: [string, string][]): string {
  const enc = (s: string): string =>
    encodeURIComponent(s).replace(
      /[!'()*]/g,
      (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  return pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

const ON_EACH_SIDE = 3;

/** Laravel's UrlWindow: page numbers, with "..." gaps once there are 14 or more pages. */
function pageElements(current: number, last: number): (number[] | '...')[] {
  const range = (a: number, b: number): number[] =>
    Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
  if (last < ON_EACH_SIDE * 2 + 8) return [range(1, last)];
  const window = ON_EACH_SIDE + 4;
  if (current <= window) return [range(1, window + ON_EACH_SIDE), '...', range(last - 1, last)];
  if (current > last - window) {
    return [range(1, 2), '...', range(last - (window + (ON_EACH_SIDE - 1)), last)];
  }
  return [
    range(1, 2),
    '...',
    range(current - ON_EACH_SIDE, current + ON_EACH_SIDE),
    '...',
    range(last - 1, last),
  ];
}

export interface PageRequest {
  /** Absolute URL of the endpoint without query (`meta.path`). */
  path: string;
  /** The request's query, kept in every link (withQueryString). */
  query: URLSearchParams;
  page: number;
  perPage: number;
}

export function paginate<T, R>(
  items: readonly T[],
  req: PageRequest,
  map: (item: T) => R,
): unknown {
  const total = items.length;
  const last = Math.max(1, Math.ceil(total / req.perPage));
  const current = req.page;
  const start = (current - 1) * req.perPage;
  const data = items.slice(start, start + req.perPage).map(map);
  const pairs = new Map<string, string>();
  for (const key of req.query.keys()) pairs.set(key, req.query.getAll(key).at(-1) ?? '');
  const url = (page: number): string => {
    const withPage = new Map(pairs).set('page', String(page));
    return `${req.path}?${buildQuery([...withPage.entries()])}`;
  };
  const links: PageLink[] = [
    { url: current > 1 ? url(current - 1) : null, label: '&laquo; Previous', active: false },
  ];
  for (const element of pageElements(current, last)) {
    if (element === '...') links.push({ url: null, label: '...', active: false });
    else
      for (const p of element) links.push({ url: url(p), label: String(p), active: p === current });
  }
  links.push({
    url: current < last ? url(current + 1) : null,
    label: 'Next &raquo;',
    active: false,
  });
  return {
    data,
    links: {
      first: url(1),
      last: url(last),
      prev: current > 1 ? url(current - 1) : null,
      next: current < last ? url(current + 1) : null,
    },
    meta: {
      current_page: current,
      from: data.length > 0 ? start + 1 : null,
      last_page: last,
      links,
      path: req.path,
      per_page: req.perPage,
      to: data.length > 0 ? start + data.length : null,
      total,
    },
  };
}

/** Laravel's resolveCurrentPage: anything but an integer ≥ 1 means page 1. */
export function pageParam(params: URLSearchParams): number {
  const raw = params.getAll('page').at(-1)?.trim() ?? '';
  return /^\d{1,9}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
}
