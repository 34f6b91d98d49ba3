'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { IntlProvider } from 'use-intl';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';
import { ThemeContext } from '@/components/ui/theme-context';
import type { ThemeChoice } from '@/lib/theme/themes';

/** Browser-side providers: one QueryClient per browser tab, and this person's UI strings and theme. */
export function Providers({
  children,
  locale,
  messages,
  theme,
}: {
  children: ReactNode;
  locale: Locale;
  messages: Messages;
  theme: ThemeChoice;
}) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true, staleTime: 2000 } },
      }),
  );
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="UTC">
      <ThemeContext value={theme}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ThemeContext>
    </IntlProvider>
  );
}
