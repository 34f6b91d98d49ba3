import { redirect } from 'next/navigation';
import { AppHeader } from '@/components/layout/app-header';
import { Wallboard } from '@/components/wallboard/wallboard';
import { sessionCaller } from '@/lib/auth/current-caller';
import { requestLocale } from '@/lib/server/request-locale';
import { serverTranslator } from '@/lib/i18n/server';
import { getAppContext } from '@/lib/server/app-context';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const caller = await sessionCaller(getAppContext().config.auth);
  if (!caller) redirect('/login');
  const t = serverTranslator('wallboard', await requestLocale());
  return (
    <>
      <AppHeader userName={caller.name} />
      <main className="mx-auto flex max-w-screen-2xl flex-col gap-6 p-6">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <Wallboard />
      </main>
    </>
  );
}
