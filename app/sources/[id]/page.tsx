import { notFound, redirect } from 'next/navigation';
import { AppHeader } from '@/components/layout/app-header';
import { sessionCaller } from '@/lib/auth/current-caller';
import { getAppContext } from '@/lib/server/app-context';
import { SourceView } from './source-view';

export const dynamic = 'force-dynamic';

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const caller = await sessionCaller(getAppContext().config.auth);
  if (!caller) redirect('/login');
  const { id } = await params;
  if (!getAppContext().sources.has(id)) notFound();
  return (
    <>
      <AppHeader userName={caller.name} />
      <main className="mx-auto flex max-w-screen-2xl flex-col gap-6 p-6">
        <SourceView sourceId={id} />
      </main>
    </>
  );
}
