import type { Role } from '@/lib/config/schema';
import type { DisplayAccess } from './display-access';
import type { Visibility } from './visibility';

/** Who made a request: a signed-in person, a script with an API token, or a TV's display link. */
export interface Caller {
  kind: 'user' | 'token' | 'display';
  name: string;
  role: Role;
  /** Set for display links: the only data this caller may read. */
  display?: DisplayAccess;
  /** The sources and queues this caller may see; absent or null: every one (lib/auth/visibility.ts). */
  visibility?: Visibility;
  /** Set for a database user's session: their row in the users table (their stored language). */
  uid?: string;
}
