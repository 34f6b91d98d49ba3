import Link from 'next/link';
import { serverTranslator } from '@/lib/i18n/server';
import { requestLocale } from '@/lib/server/request-locale';

export default async function SourceNotFound() {
  const t = serverTranslator('source', await requestLocale());
  return (
    <main className="mx-auto flex max-w-xl flex-col items-start gap-4 p-12">
      <p className="text-sm font-medium text-muted">404</p>
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="text-muted">{t('notFoundGeneric')}</p>
      <Link href="/" className="text-accent hover:underline">
        {t('notFoundBack')}
      </Link>
    </main>
  );
}
