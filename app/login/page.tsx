import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { sessionCaller } from '@/lib/auth/current-caller';
import { serverTranslator } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: an open redirect after sign-in would be a phishing aid.
  const target = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/';
  if (await sessionCaller()) redirect(target);
  const t = serverTranslator('login');
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-2xl border border-border bg-surface-raised p-8 shadow-xl">
        <h1 className="mb-6 text-2xl font-semibold">{t('title')}</h1>
        <LoginForm callbackUrl={target} />
      </div>
    </main>
  );
}
