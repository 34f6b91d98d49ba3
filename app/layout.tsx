import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { defaultLocale } from '@/lib/i18n/messages';
import './globals.css';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: 'Callboard',
  description: 'Real-time call-center wallboard',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={defaultLocale}>
      <body className="min-h-screen">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
