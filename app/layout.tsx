import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { messagesByLocale } from '@/lib/i18n/messages';
import { requestLocale } from '@/lib/server/request-locale';
import { requestTheme } from '@/lib/theme/request-theme';
import { themeAttribute } from '@/lib/theme/themes';
import './globals.css';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: 'Callboard',
  description: 'Real-time call-center wallboard',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  // The theme is on <html> in the first byte of HTML: no script, so no flash and nothing for the CSP.
  const theme = await requestTheme();
  return (
    <html lang={locale} data-theme={themeAttribute(theme)}>
      <body className="min-h-screen">
        <Providers locale={locale} messages={messagesByLocale[locale]} theme={theme}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
