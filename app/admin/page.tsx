import { getAppContext } from '@/lib/server/app-context';
import { redirect } from 'next/navigation';
import { BoardsPanel } from '@/components/admin/boards-panel';
import { LinksPanel } from '@/components/admin/links-panel';
import { ScreensPanel } from '@/components/admin/screens-panel';
import { AppHeader } from '@/components/layout/app-header';
import { sessionCaller } from '@/lib/auth/current-caller';
import { serverTranslator } from '@/lib/i18n/server';
import { requestLocale } from '@/lib/i18n/request-locale';

export const dynamic = 'force-dynamic';

/** Admins only: boards, display links and the screens behind them. */
export default async function AdminPage() {
  const caller = await sessionCaller(getAppContext().config.auth);
  if (!caller) redirect('/login?callbackUrl=%2Fadmin');
  const t = serverTranslator('admin', await requestLocale());
  return (
    <>
      <AppHeader userName={caller.name} />
      <main className="mx-auto flex max-w-screen-2xl flex-col gap-6 p-6">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {caller.role === 'admin' ? (
          <>
            <LinksPanel />
            <ScreensPanel />
            <BoardsPanel />
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
