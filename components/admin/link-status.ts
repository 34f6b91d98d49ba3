import type { DisplayLinkInfo } from '@/lib/model/admin';

/** Active, revoked or expired, as the server decides it (revoked wins over expired). */
export function linkStatus(link: DisplayLinkInfo, now: number): 'active' | 'revoked' | 'expired' {
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt && Date.parse(link.expiresAt) <= now) return 'expired';
  return 'active';
}
