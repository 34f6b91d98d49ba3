'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('login');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        username: String(form.get('username') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      if (result?.ok) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setError(result?.error === 'CredentialsSignin' ? t('failed') : t('error'));
    } catch {
      setError(t('error'));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      <label className="flex flex-col gap-1 text-sm">
        {t('username')}
        <input
          name="username"
          autoComplete="username"
          required
          className="rounded-lg border border-border-strong bg-surface px-3 py-2 text-base"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t('password')}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="rounded-lg border border-border-strong bg-surface px-3 py-2 text-base"
        />
      </label>
      {error && (
        <p
          role="alert"
          className="rounded-lg border border-alert/60 bg-alert/15 px-3 py-2 text-sm text-foreground"
        >
          {error}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
