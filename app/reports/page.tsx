import { getAppContext } from '@/lib/server/app-context';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { ReportsView } from '@/components/reports/reports-view';
import { sessionCaller } from '@/lib/auth/current-caller';
import { roleMay } from '@/lib/auth/permissions';
import { serverTranslator } from '@/lib/i18n/server';
import { requestLocale } from '@/lib/server/request-locale';

export const dynamic = 'force-dynamic';

export default async function ReportsPage() {
  const caller = await sessionCaller(getAppContext().config.auth);
  if (!caller) redirect('/login?callbackUrl=%2Freports');
  const t = serverTranslator('accounts', await requestLocale());
  return (
    <>
      <AppHeader userName={caller.name} />
      <main className="mx-auto flex max-w-screen-2xl flex-col gap-6 p-6">
        {/* The view reads the URL's query string, which Next.js gives client components in a
            Suspense boundary. */}
        {roleMay(caller.role, 'reports') ? (
          <Suspense>
            <ReportsView />
          </Suspense>
        ) : (
          // The API refuses reports to this role anyway (403); say so instead of failing tiles.
          <p role="alert" data-testid="reports-forbidden" className="text-lg text-alert">
            {t('reportsForbidden')}
          </p>
        )}
      </main>
    </>
  );
}
