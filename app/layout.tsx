import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { messagesByLocale } from '@/lib/i18n/messages';
import { requestLocale } from '@/lib/i18n/request-locale';
import './globals.css';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: 'Callboard',
  description: 'Real-time call-center wallboard',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <Providers locale={locale} messages={messagesByLocale[locale]}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
