/**
 * The one piece of the person's own text that may live outside the vault, and only if they chose
 * it: a read-only copy of their safety plan, so it can be read from the lock screen in a hard
 * moment. One plaintext row (id 'plan-copy') in the meta table; turning the choice off deletes it,
 * and "Delete everything" deletes it with the database.
 * PRIVACY: anyone with the device can read this row; the safety plan screen says so before the
 * person turns it on. Nothing else the person writes is ever stored here.
 */
import { z } from '../lib/zod';
import { MAX_TEXT } from '../lib/textLimits';
import { openDb } from './db';

export const PLAN_COPY_ID = 'plan-copy';

export const outsideCopySchema = z.strictObject({
  v: z.literal(1),
  /** The plan's steps in order: a step id and the person's lines. */
  sections: z.array(z.strictObject({ step: z.string().regex(/^[a-z-]{1,40}$/), items: z.array(z.string().max(MAX_TEXT)).max(20) })).max(10),
  /** Crisis numbers from the directory, as shown when the copy was made. */
  lines: z.array(z.strictObject({ name: z.string().max(200), display: z.string().max(40), dial: z.string().regex(/^\+?\d{3,15}$/) })).max(20),
});
export type OutsideCopy = z.infer<typeof outsideCopySchema>;

export async function writeOutsideCopy(copy: OutsideCopy): Promise<void> {
  const checked = outsideCopySchema.parse(copy);
  const db = await openDb();
  await db.meta.put({ id: PLAN_COPY_ID, ...checked });
}

/** The copy, or undefined when there is none (or it no longer fits its shape). */
export async function readOutsideCopy(): Promise<OutsideCopy | undefined> {
  const db = await openDb();
  const row = await db.meta.get(PLAN_COPY_ID);
  if (!row) return undefined;
  const { id: _id, ...rest } = row;
  const parsed = outsideCopySchema.safeParse(rest);
  return parsed.success ? parsed.data : undefined;
}

export async function hasOutsideCopy(): Promise<boolean> {
  return (await readOutsideCopy()) !== undefined;
}

export async function clearOutsideCopy(): Promise<void> {
  const db = await openDb();
  await db.meta.delete(PLAN_COPY_ID);
}
