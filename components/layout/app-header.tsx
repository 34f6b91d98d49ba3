'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { useTranslations } from 'use-intl';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';
import { Button } from '@/components/ui/button';

const links = [
  { href: '/', label: 'overview' },
  { href: '/reports', label: 'reports' },
] as const;

export function AppHeader({ userName }: { userName: string }) {
  const t = useTranslations('app');
  const pathname = usePathname();
  return (
    <header className="flex items-center justify-between border-b border-border px-6 py-3">
      <div className="flex items-center gap-6">
        <span className="text-lg font-semibold tracking-tight">{t('name')}</span>
        <nav aria-label={t('navigation')} className="flex gap-4 text-sm">
          {links.map(({ href, label }) => (
            <Link
              key={href}
              href={href}
              aria-current={pathname === href ? 'page' : undefined}
              className="text-muted hover:text-foreground aria-[current=page]:text-foreground"
            >
              {t(label)}
            </Link>
          ))}
        </nav>
      </div>
      <div className="flex items-center gap-4 text-sm text-muted">
        <LanguageSwitch remember />
        <ThemeSwitch />
        <span>{userName}</span>
        <Button variant="outline" size="sm" onClick={() => signOut({ callbackUrl: '/login' })}>
          {t('signOut')}
        </Button>
      </div>
    </header>
  );
}
