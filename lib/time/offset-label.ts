/**
 * How a UTC offset reads to people, for telling apart the two hours of an autumn change
 * ("02:00 (UTC+2)", "02:00 (UTC+1)"): "+05:30" → "UTC+5:30", "-03:00" → "UTC−3", "Z" → "UTC".
 */
export function offsetLabel(offset: string): string {
  if (offset === 'Z' || offset === '+00:00' || offset === '-00:00') return 'UTC';
  const sign = offset.startsWith('-') ? '−' : '+';
  const [hours = '0', minutes = '00'] = offset.slice(1).split(':');
  return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}
