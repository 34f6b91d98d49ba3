import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { TelecomxError } from './errors';

/** Login tokens live 15 minutes after their last use (sliding), on the simulated clock. */
export const LOGIN_TTL_MS = 15 * 60_000;
/** Expired login tokens keep answering `expired` this long before they are forgotten. */
const FORGET_AFTER_MS = 24 * 3_600_000;

type Kind = 'login' | 'persist' | 'machine';

interface Session {
  employeeId: string;
  kind: Kind;
  lastUsedMs: number;
}

export interface SessionStore {
  /** A login token: 15-minute sliding, or never expiring with `persist`. */
  login(employeeId: string, persist: boolean, nowMs: number): string;
  /** A machine (M2M) token: never expires, survives logout. */
  machine(employeeId: string, token?: string): string;
  /** The employee id behind a valid token (and refreshes its expiry); throws 401 otherwise. */
  verify(headers: IncomingHttpHeaders, nowMs: number): string;
  /** Logout: drops the employee's login tokens (machine tokens stay). */
  logout(employeeId: string): void;
  revokeMachine(employeeId: string, token: string): boolean;
}

export function createSessionStore(): SessionStore {
  const sessions = new Map<string, Session>();
  const issue = (session: Session, token = randomBytes(24).toString('hex')): string => {
    sessions.set(token, session);
    return token;
  };
  const prune = (nowMs: number): void => {
    for (const [token, s] of sessions) {
      if (s.kind === 'login' && nowMs - s.lastUsedMs >= LOGIN_TTL_MS + FORGET_AFTER_MS) {
        sessions.delete(token);
      }
    }
  };
  return {
    login: (employeeId, persist, nowMs) => {
      prune(nowMs);
      return issue({ employeeId, kind: persist ? 'persist' : 'login', lastUsedMs: nowMs });
    },
    machine: (employeeId, token) =>
      issue(
        { employeeId, kind: 'machine', lastUsedMs: 0 },
        token ?? randomBytes(24).toString('hex'),
      ),
    verify: (headers, nowMs) => {
      const header = headers.authorization;
      if (header === undefined || header === '') {
        throw new TelecomxError(401, 'invalid_token', 'Please login');
      }
      const match = /^Bearer +(\S+)$/i.exec(header);
      if (!match?.[1]) {
        throw new TelecomxError(
          401,
          'format_error',
          'Authorization header format is Authorization: Bearer <token>',
        );
      }
      const session = sessions.get(match[1]);
      if (!session) throw new TelecomxError(401, 'invalid_token', 'Undecipherable');
      if (session.kind === 'login') {
        if (nowMs - session.lastUsedMs >= LOGIN_TTL_MS) {
          throw new TelecomxError(401, 'expired', 'Session has expired, please login');
        }
        session.lastUsedMs = Math.max(session.lastUsedMs, nowMs);
      }
      return session.employeeId;
    },
    logout: (employeeId) => {
      for (const [token, s] of sessions) {
        if (s.employeeId === employeeId && s.kind !== 'machine') sessions.delete(token);
      }
    },
    revokeMachine: (employeeId, token) => {
      const s = sessions.get(token);
      if (!s || s.kind !== 'machine' || s.employeeId !== employeeId) return false;
      return sessions.delete(token);
    },
  };
}
