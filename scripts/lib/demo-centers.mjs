// The demo's simulated call centers: one per source, each its own size (seed, agents, volume) and
// each in a time zone where it is business hours when the demo starts, so the demo is busy at any
// hour of the day. Pure: `node scripts/demo.mjs` turns it into simulator flags and config values.

/** Real zones, one for about every whole-hour offset from UTC−11 to UTC+14. */
export const candidateZones = [
  'Pacific/Pago_Pago',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Denver',
  'America/Mexico_City',
  'America/New_York',
  'America/Halifax',
  'America/Sao_Paulo',
  'Atlantic/South_Georgia',
  'Atlantic/Azores',
  'Europe/London',
  'Europe/Copenhagen',
  'Europe/Helsinki',
  'Europe/Moscow',
  'Asia/Dubai',
  'Asia/Tashkent',
  'Asia/Dhaka',
  'Asia/Bangkok',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Brisbane',
  'Pacific/Noumea',
  'Pacific/Auckland',
  'Pacific/Tongatapu',
  'Pacific/Kiritimati',
];

/**
 * Each source's center: the simulator API it speaks, the local hour it should be at start-up
 * (inside the day's busy stretch, different per source so the clocks differ), and its size.
 * The default center (24 agents, volume 1) is the Asternic one, which the tests know.
 */
export const demoCenterPlan = [
  { source: 'hq', api: 'asternic', localHour: 11, seed: 42, agents: 24, volume: 1 },
  { source: 'cloud', api: 'utel', localHour: 15, seed: 7, agents: 10, volume: 0.35 },
  { source: 'ru', api: 'telphin', localHour: 10, seed: 19, agents: 6, volume: 0.25 },
  { source: 'dk', api: 'telecomx', localHour: 14, seed: 23, agents: 14, volume: 0.6 },
  { source: 'switch', api: 'enswitch', localHour: 12, seed: 31, agents: 16, volume: 0.8 },
];

/** Local hour (with fraction) of `atMs` in `zone`. */
export function localHourAt(atMs, zone) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(atMs));
  const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') + get('minute') / 60;
}

/** The candidate zone whose local time at `atMs` is nearest to `hour` (ties: the first). */
export function zoneForLocalHour(atMs, hour) {
  let best = candidateZones[0];
  let bestDistance = Infinity;
  for (const zone of candidateZones) {
    const diff = Math.abs(localHourAt(atMs, zone) - (hour + 0.5));
    const distance = Math.min(diff, 24 - diff);
    if (distance < bestDistance) {
      best = zone;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The demo's centers at `atMs`: each source in a zone where its hour has come, or all in
 * `fixedZone` when one is asked for (SIM_TIMEZONE: to show a given zone, summer time included).
 */
export function demoCenters(atMs, fixedZone) {
  return demoCenterPlan.map((center) => ({
    ...center,
    timeZone: fixedZone ?? zoneForLocalHour(atMs, center.localHour),
  }));
}

/** `--center` flags for every API but the shared engine's (Asternic, given by --seed/--timezone). */
export function centerFlags(centers) {
  return centers
    .filter((c) => c.api !== 'asternic')
    .flatMap((c) => [
      '--center',
      `${c.api}:seed=${c.seed},agents=${c.agents},volume=${c.volume},timezone=${c.timeZone}`,
    ]);
}
