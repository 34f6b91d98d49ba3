import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { ReportsView } from '@/components/reports/reports-view';
import { sessionCaller } from '@/lib/auth/current-caller';
import { roleMay } from '@/lib/auth/permissions';
import { serverTranslator } from '@/lib/i18n/server';
import { firstSeriesPath } from '@/lib/reports/first-request';
import { getAppContext } from '@/lib/server/app-context';
import { requestLocale } from '@/lib/server/request-locale';
import { listSourcesFor } from '@/lib/server/sources/list-sources';

export const dynamic = 'force-dynamic';

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const app = getAppContext();
  const caller = await sessionCaller(app.config.auth);
  if (!caller) redirect('/login?callbackUrl=%2Freports');
  const t = serverTranslator('accounts', await requestLocale());
  const mayReport = roleMay(caller.role, 'reports');
  // The source list goes into the HTML, and the chart's data request into its head as a preload:
  // the browser fetches both while it loads the scripts, rather than one after the other after.
  const sources = mayReport ? await listSourcesFor(app, caller) : undefined;
  const series =
    sources && firstSeriesPath(queryOf(await searchParams), sources.sources, new Date());
  return (
    <>
      {/* In the markup itself (react-dom's preload() reached the browser only with the scripts):
          the browser's preload scanner starts it as the HTML arrives. */}
      {series && <link rel="preload" href={series} as="fetch" crossOrigin="anonymous" />}
      <AppHeader userName={caller.name} />
      <main className="mx-auto flex max-w-screen-2xl flex-col gap-6 p-6">
        {/* The view reads the URL's query string, which Next.js gives client components in a
            Suspense boundary. */}
        {sources ? (
          <Suspense>
            <ReportsView initialSources={sources} />
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

function queryOf(params: SearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      query.append(name, one);
    }
  }
  return query;
}
