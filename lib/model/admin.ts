import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';

/** Bodies of the /api/v1/admin routes, as the admin page reads them. */
export const BoardsResponse = z.object({
  boards: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      pages: z.number(),
      locale: z.enum(locales).nullable(),
      updatedAt: z.string(),
    }),
  ),
});

export const ScreenInfo = z.object({
  version: z.string(),
  uptimeSeconds: z.number(),
  memoryMb: z.number().nullable(),
  userAgent: z.string(),
});

export const DisplayLinkInfo = z.object({
  id: z.string(),
  boardId: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  screen: ScreenInfo.nullable(),
  reloadRequestedAt: z.string().nullable(),
});
export type DisplayLinkInfo = z.infer<typeof DisplayLinkInfo>;

export const DisplayLinksResponse = z.object({ links: z.array(DisplayLinkInfo) });
export const CreatedDisplayLink = z.object({ link: DisplayLinkInfo, url: z.string() });
