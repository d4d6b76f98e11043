// Building blocks shared by every seed record: ids, sources, dates with precision.
import { z } from 'zod';
import { tryParsePrecisionDate } from '../../server/seedEntry.js';

export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/,
    'must be a lowercase slug (a-z, 0-9, -), e.g. persontjenesten',
  );

/** A date in canonical precision form (2022-10-15, 2022-10, 2023-Q1, 2022-H2, 2029). YAML gives 2029 as a number. */
export const precisionDateSchema = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .refine((v) => tryParsePrecisionDate(v)?.text === v, {
    // Only the canonical form: what the paper wrote goes to the *Text field beside it.
    message:
      'is not a date with precision in canonical form (use 2022-10-15, 2022-10, 2023-Q1, 2022-H2 or 2029)',
  });

export const sourceSchema = z.strictObject({
  doc: z
    .string()
    .regex(/^\d{3}_[0-9a-f]+\.txt$/, 'must be a paper file name such as 002_a0ef8617a5154810.txt'),
  lines: z
    .tuple([z.number().int().positive(), z.number().int().positive()])
    .refine(([from, to]) => from <= to, { message: 'must be [from, to] with from ≤ to' }),
  sak: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^\d{1,3}\/\d{2}$/, 'must be a sak number such as 35/23'))
    .optional(),
  quote: z.string().trim().min(3, 'must quote the paper (at least 3 characters)').max(600),
});

export type SourceRef = z.infer<typeof sourceSchema>;

export const sourcesSchema = z.array(sourceSchema).min(1, 'every record needs at least one source');

/** Free text that YAML may have read as a number or boolean. */
export const textSchema = z.union([z.string(), z.number()]).transform(String);

/** On every record: whether it is concluded rather than stated, and free notes (e.g. where papers disagree). */
export const inferenceFields = {
  inferred: z.boolean().optional(),
  note: textSchema.optional(),
  notes: z.array(textSchema).optional(),
};
