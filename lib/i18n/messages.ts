import en from '@/messages/en.json';

/** UI strings; Russian and Uzbek join English here as more message files. */
export const defaultLocale = 'en';
export const messagesByLocale = { en } as const;
export type Messages = typeof en;
export const messages: Messages = messagesByLocale[defaultLocale];
