import { readFileSync } from 'node:fs';
import type { SourceKind } from '@/lib/model/source';

/** The text of a vendor fixture: `lib/providers/<kind>/fixtures/<name>`. */
export function readFixture(kind: SourceKind, name: string): string {
  return readFileSync(new URL(`../providers/${kind}/fixtures/${name}`, import.meta.url), 'utf8');
}
