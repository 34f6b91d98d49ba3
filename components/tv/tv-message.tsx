'use client';

import { useTranslations } from 'use-intl';

export type TvMessageKind = 'revoked' | 'expired' | 'invalid' | 'wrongBoard' | 'missing';

const titles = {
  revoked: 'revokedTitle',
  expired: 'expiredTitle',
  invalid: 'invalidTitle',
  wrongBoard: 'wrongBoardTitle',
  missing: 'missingTitle',
} as const;

/** A full-screen notice instead of a board: readable across the room, with what to do. */
export function TvMessage({ kind }: { kind: TvMessageKind }) {
  const t = useTranslations('tv');
  return (
    <main
      data-testid="tv-message"
      data-kind={kind}
      className="tv-root fixed inset-0 flex flex-col items-center justify-center gap-[2rem] bg-tv-bg p-[4rem] text-center text-tv-text"
    >
      <h1 className="text-[4rem] font-bold">
        <span aria-hidden="true" className="text-warn">
          ⚠{' '}
        </span>
        {t(titles[kind])}
      </h1>
      <p className="text-[2rem] text-tv-muted">
        {t(kind === 'revoked' || kind === 'expired' ? 'revokedBody' : 'invalidBody')}
      </p>
    </main>
  );
}
