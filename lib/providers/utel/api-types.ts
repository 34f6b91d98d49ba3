import { z } from 'zod';

/**
 * Raw UTEL `/statistic/*` shapes (FACTS §1, D1, D2). Documented fields are required; what the
 * vendor leaves open (the bucket label's key, empty lists as `[]` or `{}`) is tolerated here.
 */

/** An int as documented; a digit string too, since PHP/PDO can send SUM()/COUNT() as strings. */
export const UtelCountWire = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .regex(/^\d+$/)
    .transform((text) => Number(text)),
]);

/** A Laravel list: `[...]`, or `{}`/`{"0": …}` when a keyed collection is serialized. */
function laravelList<T extends z.ZodType>(item: T) {
  return z
    .union([z.array(item), z.record(z.string(), item)])
    .transform((list): z.output<T>[] => (Array.isArray(list) ? list : Object.values(list)));
}

/** Laravel's `{message, errors}` (422, 401) or UTEL's `{status: "error", code, message}`. */
export const UtelErrorWire = z.looseObject({
  status: z.string().optional(),
  code: z.union([z.number(), z.string()]).optional(),
  message: z.string().optional(),
  errors: z.record(z.string(), z.union([z.array(z.string()), z.string()])).optional(),
});
export type UtelErrorWire = z.infer<typeof UtelErrorWire>;

/** `POST /auth/login`: the production envelope, or the bare string the sandbox spec declares. */
export const UtelLoginWire = z.union([
  z
    .string()
    .min(1)
    .transform((token) => ({ token })),
  z
    .looseObject({ result: z.looseObject({ access_token: z.string().min(1) }) })
    .transform((body) => ({ token: body.result.access_token })),
]);
export type UtelLoginWire = z.output<typeof UtelLoginWire>;

const UtelDirectionCountWire = z.looseObject({
  answered: UtelCountWire,
  not_answered: UtelCountWire,
  total: UtelCountWire,
});

/** `/statistic/calls-count`. */
// Every statistics answer is `{status, code, result, message}`; only `result` is read.
export const UtelCallsCountWire = z
  .looseObject({
    result: z.looseObject({
      all: z
        .looseObject({
          incoming: UtelCountWire.optional(),
          outgoing: UtelCountWire.optional(),
          internal: UtelCountWire.optional(),
        })
        .optional(),
      incoming: UtelDirectionCountWire,
      outgoing: UtelDirectionCountWire,
      internal: UtelDirectionCountWire,
    }),
  })
  .transform((body) => body.result);
export type UtelCallsCountWire = z.output<typeof UtelCallsCountWire>;

/**
 * One group: `call_count` plus exactly one label key, whatever it is called (D1: `date_hour`,
 * `date`, `month`, `external_number`, …). A number label becomes a string; `null` stays null.
 */
export const UtelBucketItemWire = z.record(z.string(), z.unknown()).transform((item, ctx) => {
  const labelKeys = Object.keys(item).filter((key) => key !== 'call_count');
  const count = UtelCountWire.safeParse(item.call_count);
  const [labelKey] = labelKeys;
  const label = labelKey === undefined ? undefined : item[labelKey];
  if (!count.success) {
    ctx.addIssue({ code: 'custom', message: 'call_count must be a non-negative integer' });
    return z.NEVER;
  }
  if (labelKey === undefined || labelKeys.length !== 1) {
    ctx.addIssue({ code: 'custom', message: 'expected exactly one key besides call_count' });
    return z.NEVER;
  }
  if (label !== null && typeof label !== 'string' && typeof label !== 'number') {
    ctx.addIssue({ code: 'custom', message: `${labelKey} must be a string` });
    return z.NEVER;
  }
  return { labelKey, label: label === null ? null : String(label), callCount: count.data };
});
export type UtelBucketItemWire = z.output<typeof UtelBucketItemWire>;

const UtelDirectionGroupsWire = z.looseObject({
  all: laravelList(UtelBucketItemWire),
  not_answered: laravelList(UtelBucketItemWire),
});
export type UtelDirectionGroupsWire = z.output<typeof UtelDirectionGroupsWire>;

/** `/statistic/calls-by-hour|day|month|external-number`: lists only groups that have calls. */
export const UtelGroupedWire = z
  .looseObject({
    result: z.looseObject({
      incoming: UtelDirectionGroupsWire,
      outgoing: UtelDirectionGroupsWire,
      internal: UtelDirectionGroupsWire,
    }),
  })
  .transform((body) => body.result);
export type UtelGroupedWire = z.output<typeof UtelGroupedWire>;

export const UtelUserRowWire = z.looseObject({
  number: z.union([z.string(), z.number()]).transform((value) => String(value)),
  outgoing_count: UtelCountWire,
  outgoing_duration: UtelCountWire,
  outgoing_conversation: UtelCountWire,
  incoming_count: UtelCountWire,
  incoming_duration: UtelCountWire,
  incoming_conversation: UtelCountWire,
});
export type UtelUserRowWire = z.output<typeof UtelUserRowWire>;

/** `/statistic/calls-by-users`. */
export const UtelUsersWire = z
  .looseObject({ result: laravelList(UtelUserRowWire) })
  .transform((body) => body.result);
export type UtelUsersWire = z.output<typeof UtelUsersWire>;
