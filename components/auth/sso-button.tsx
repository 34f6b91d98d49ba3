'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';

/** Starts single sign-on with the configured OpenID Connect provider. */
export function SsoButton({ name, callbackUrl }: { name: string; callbackUrl: string }) {
  const t = useTranslations('login');
  return (
    <Button variant="outline" onClick={() => void signIn('oidc', { callbackUrl })}>
      {t('sso', { name })}
    </Button>
  );
}
