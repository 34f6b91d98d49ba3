import { z } from 'zod';

/** The body of POST /api/v1/admin/display-links. */
export const CreateDisplayLink = z.strictObject({
  boardId: z.string().min(1),
  name: z.string().trim().min(1).max(80),
  /** Hours until the link stops working; absent: never. */
  expiresInHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 366)
    .optional(),
});

/** A display link as /admin lists it; its key is never stored or shown again after creation. */
export const DisplayLinkInfo = z.object({
  id: z.string(),
  boardId: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  /** What the screen last reported on its heartbeat. */
  screen: z
    .object({
      version: z.string(),
      uptimeSeconds: z.number(),
      memoryMb: z.number().nullable(),
      userAgent: z.string(),
    })
    .nullable(),
  reloadRequestedAt: z.string().nullable(),
});
