'use client';

import { useTranslations } from 'use-intl';
import type { Level } from '@/lib/tv/levels';

const icon: Record<Level, string> = { ok: '●', warning: '▲', alert: '■' };
const word = { ok: 'levelOk', warning: 'levelWarning', alert: 'levelAlert' } as const;

export const levelText: Record<Level, string> = {
  ok: 'text-ok',
  warning: 'text-warn',
  alert: 'text-alert',
};

/** A level as colour, icon and word together, so it reads without colour vision too. */
export function LevelBadge({ level }: { level: Level }) {
  const t = useTranslations('tv');
  return (
    <span
      data-testid="tv-level"
      data-level={level}
      className={`inline-flex items-center gap-[0.4em] font-bold uppercase ${levelText[level]}`}
    >
      <span aria-hidden="true">{icon[level]}</span>
      {t(word[level])}
    </span>
  );
}
