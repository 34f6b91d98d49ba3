import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { SsoButton } from '@/components/auth/sso-button';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { ThemeSwitch } from '@/components/layout/theme-switch';
import { oidcSettingsFromEnv } from '@/lib/auth/oidc';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { sessionCaller } from '@/lib/auth/current-caller';
import { requestLocale } from '@/lib/server/request-locale';
import { serverTranslator } from '@/lib/i18n/server';
import { getAppContext } from '@/lib/server/app-context';

export const dynamic = 'force-dynamic';

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;
}) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await sessionCaller(getAppContext().config.auth)) redirect(target);
  const t = serverTranslator('login', await requestLocale());
  const sso = oidcSettingsFromEnv(process.env);
  return (
    <main className="relative flex min-h-screen items-center justify-center p-6">
      <div className="absolute top-4 right-6 flex gap-3 text-sm text-muted">
        <LanguageSwitch />
        <ThemeSwitch />
      </div>
      <div className="w-full max-w-sm rounded-2xl border border-border bg-surface-raised p-8 shadow-xl">
        <h1 className="mb-6 text-2xl font-semibold">{t('title')}</h1>
        {error === 'AccessDenied' && (
          <p
            role="alert"
            className="mb-4 rounded-lg border border-alert/60 bg-alert/15 px-3 py-2 text-sm text-foreground"
          >
            {t('ssoDenied')}
          </p>
        )}
        <LoginForm callbackUrl={target} />
        {sso && (
          <div className="mt-6 flex flex-col gap-3">
            <p className="text-center text-sm text-muted">{t('or')}</p>
            <SsoButton name={sso.name} callbackUrl={target} />
          </div>
        )}
      </div>
    </main>
  );
}
