'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'use-intl';
import { LanguageSwitch } from './language-switch';

export function AppHeader({ userName }: { userName: string }) {
  const t = useTranslations('app');
  return (
    <header className="flex items-center justify-between border-b border-slate-800 px-6 py-3">
      <span className="text-lg font-semibold tracking-tight">{t('name')}</span>
      <div className="flex items-center gap-4 text-sm text-slate-400">
        <LanguageSwitch />
        <span>{userName}</span>
        <button
          type="button"
          onClick={() => signOut({ callbackUrl: '/login' })}
          className="rounded-lg border border-slate-700 px-3 py-1 hover:bg-slate-800"
        >
          {t('signOut')}
        </button>
      </div>
    </header>
  );
}
