import type { Rng } from './prng';
import { createRng, hashSeed } from './prng';

const MOBILE_PREFIXES = ['90', '91', '93', '94', '95', '97', '98', '99', '33', '88', '77'];
const COMPANIES = [
  'Artel LLC',
  'Uzum Market',
  'Korzinka',
  'Anor Bank',
  'Beeline UZ',
  'Makro',
  'Hamkorbank',
  'Texnomart',
  'Yandex Go',
  'Akfa Group',
];

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += String(rng.int(0, 9));
  return out;
}

/** A random Uzbek customer number, as trunks deliver it (with or without 998). */
export function randomCustomerNumber(rng: Rng): string {
  const landline = rng.chance(0.12);
  const national = landline
    ? `71${digits(rng, 7)}`
    : `${rng.pick(MOBILE_PREFIXES)}${digits(rng, 7)}`;
  return rng.chance(0.7) ? `998${national}` : national;
}

/** Repeat callers: a per-seed pool of numbers that call again across days. */
export function repeatCallerPool(seed: number): string[] {
  const rng = createRng(hashSeed(seed, 0x5eed));
  return Array.from({ length: 400 }, () => randomCustomerNumber(rng));
}

export function customerNumber(rng: Rng, pool: readonly string[]): string {
  return rng.chance(0.2) ? rng.pick(pool) : randomCustomerNumber(rng);
}

/** Caller-id name: usually the number itself; corporate lines often carry a company name. */
export function callerName(rng: Rng, number: string, corporate: boolean): string {
  if (corporate && rng.chance(0.5)) return rng.pick(COMPANIES);
  return number;
}
