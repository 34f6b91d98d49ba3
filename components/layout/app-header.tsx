'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';

export function AppHeader({ userName }: { userName: string }) {
  const t = useTranslations('app');
  return (
    <header className="flex items-center justify-between border-b border-border px-6 py-3">
      <span className="text-lg font-semibold tracking-tight">{t('name')}</span>
      <div className="flex items-center gap-4 text-sm text-muted">
        <span>{userName}</span>
        <Button variant="outline" size="sm" onClick={() => signOut({ callbackUrl: '/login' })}>
          {t('signOut')}
        </Button>
      </div>
    </header>
  );
}
