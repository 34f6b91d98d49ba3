'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'use-intl';

/** Starts single sign-on with the configured OpenID Connect provider. */
export function SsoButton({ name, callbackUrl }: { name: string; callbackUrl: string }) {
  const t = useTranslations('login');
  return (
    <button
      type="button"
      onClick={() => void signIn('oidc', { callbackUrl })}
      className="rounded-lg border border-slate-600 px-4 py-2 font-medium hover:bg-slate-800"
    >
      {t('sso', { name })}
    </button>
  );
}
