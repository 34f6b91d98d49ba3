'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { z } from 'zod';
import { isLocale, localeNames, locales, type Locale } from '@/lib/i18n/locales';
import { adminWrite } from '@/lib/queries/admin';
import { fetchApi } from '@/lib/queries/fetch-api';
import { ErrorText, inputClass } from './admin-ui';

const viewers = 'viewer';

/**
 * A board's own language: its screens show it whatever their browser prefers. Saved by reading
 * the board's JSON and importing it back with the language set, as the import would.
 */
export function BoardLanguage({
  id,
  name,
  locale,
}: {
  id: string;
  name: string;
  locale: Locale | null;
}) {
  const t = useTranslations('boardLanguage');
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: async (next: Locale | null) => {
      const path = `/api/v1/admin/boards/${encodeURIComponent(id)}`;
      const board = await fetchApi(path, z.record(z.string(), z.unknown()));
      const body = { ...board, locale: next ?? undefined };
      return adminWrite('POST', '/api/v1/admin/boards', z.unknown(), body);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
  return (
    <div className="flex flex-col gap-1">
      <select
        aria-label={t('label', { name })}
        value={locale ?? viewers}
        disabled={save.isPending}
        onChange={(event) => {
          const value = event.target.value;
          save.mutate(isLocale(value) ? value : null);
        }}
        className={inputClass}
      >
        <option value={viewers}>{t('viewers')}</option>
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
      {save.error && <ErrorText>{save.error.message}</ErrorText>}
    </div>
  );
}
