import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { AppHeader } from '@/components/layout/app-header';
import { sessionCaller } from '@/lib/auth/current-caller';
import { roleMay } from '@/lib/auth/permissions';
import { serverTranslator } from '@/lib/i18n/server';
import { requestLocale } from '@/lib/server/request-locale';
import { getAppContext } from '@/lib/server/app-context';
import { AdminNav, adminSections, type AdminSection } from './admin-nav';

/** Every /admin page: signed in (else to the sign-in page), admins only, with the section links. */
export async function AdminPage({
  section,
  children,
}: {
  section: AdminSection;
  children: ReactNode;
}) {
  const caller = await sessionCaller(getAppContext().config.auth);
  const path = adminSections.find(({ key }) => key === section)?.href ?? '/admin';
  if (!caller) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  const locale = await requestLocale();
  const t = serverTranslator('admin', locale);
  const a = serverTranslator('accounts', locale);
  const labels = {
    boards: a('sectionBoards'),
    users: a('sectionUsers'),
    tokens: a('sectionTokens'),
    audit: a('sectionAudit'),
  };
  return (
    <>
      <AppHeader userName={caller.name} />
      <main className="mx-auto flex max-w-screen-2xl flex-col gap-6 p-6">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {roleMay(caller.role, 'admin') ? (
          <>
            <AdminNav current={section} labels={labels} label={a('sections')} />
            {children}
          </>
        ) : (
          <p role="alert" data-testid="admin-forbidden" className="text-lg text-alert">
            {t('forbidden')}
          </p>
        )}
      </main>
    </>
  );
}
