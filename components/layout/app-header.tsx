'use client';

import Link from 'next/link';
import { signOut } from 'next-auth/react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';

export function AppHeader({ userName }: { userName: string }) {
  const t = useTranslations('app');
  return (
    <header className="flex items-center justify-between border-b border-border px-6 py-3">
      <div className="flex items-center gap-6">
        <span className="text-lg font-semibold tracking-tight">{t('name')}</span>
        <nav aria-label={t('navigation')} className="flex gap-4 text-sm">
          <Link href="/" className="text-muted hover:text-foreground">
            {t('overview')}
          </Link>
          <Link href="/reports" className="text-muted hover:text-foreground">
            {t('reports')}
          </Link>
        </nav>
      </div>
      <div className="flex items-center gap-4 text-sm text-muted">
        <span>{userName}</span>
        <Button variant="outline" size="sm" onClick={() => signOut({ callbackUrl: '/login' })}>
          {t('signOut')}
        </Button>
      </div>
    </header>
  );
}
