import type { Role } from '@/lib/config/schema';

/** Who made a request: a signed-in person or a script with an API token. */
export interface Caller {
  kind: 'user' | 'token';
  name: string;
  role: Role;
}
