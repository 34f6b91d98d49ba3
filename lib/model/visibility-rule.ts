import { z } from 'zod';

const queueName = z.string().trim().min(1).max(64);

/** A visibility rule as stored and edited: `{ "hq": null, "dk": ["sales", "support"] }`. */
export const VisibilityRule = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, { message: 'a source id' }),
  z.array(queueName).max(200).nullable(),
);
export type VisibilityRule = z.infer<typeof VisibilityRule>;
