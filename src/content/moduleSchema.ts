/**
 * Zod schemas for the course content in modules-content/modules/<id>/.
 *
 * A module is split in two: `module.json` holds the language-neutral structure (stable ids, step
 * order, exercise definitions) and `locales/<lang>.json` holds every word a person reads. Ids are
 * persisted with the person's answers, so they are never renamed or reused with another meaning.
 */
import { z } from '../lib/zod';

/** Stable ids: lowercase, digits and dashes, starting with the module id for everything inside it. */
export const contentId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids use lowercase letters, digits and single dashes');

const scaleItem = z.strictObject({
  id: contentId,
  min: z.number().int().default(0),
  max: z.number().int().default(10),
});

const quizOption = z.strictObject({ id: contentId, correct: z.boolean() });
const quizQuestion = z.strictObject({
  id: contentId,
  multiple: z.boolean().default(false),
  options: z.array(quizOption).min(2),
});

const worksheetField = z.strictObject({
  id: contentId,
  multiline: z.boolean().default(true),
  /** Optional group id: fields sharing a group are shown together under the group's heading. */
  group: contentId.optional(),
});

/** The twelve exercise types of CONTENT-GUIDE.md, one structure each. */
export const exerciseStructureSchema = z.discriminatedUnion('type', [
  z.strictObject({ id: contentId, type: z.literal('journal'), prompts: z.array(contentId).min(1) }),
  z.strictObject({ id: contentId, type: z.literal('scale'), items: z.array(scaleItem).min(1) }),
  z.strictObject({
    id: contentId,
    type: z.literal('checklist'),
    options: z.array(contentId).min(2),
    allowOther: z.boolean().default(false),
    maxSelected: z.number().int().positive().optional(),
  }),
  z.strictObject({ id: contentId, type: z.literal('quiz'), questions: z.array(quizQuestion).min(1) }),
  z.strictObject({ id: contentId, type: z.literal('decisional-balance') }),
  z.strictObject({ id: contentId, type: z.literal('worksheet'), fields: z.array(worksheetField).min(1) }),
  z.strictObject({ id: contentId, type: z.literal('thought-record') }),
  z.strictObject({ id: contentId, type: z.literal('chain-plan'), links: z.array(contentId).min(2) }),
  z.strictObject({
    id: contentId,
    type: z.literal('if-then'),
    maxPlans: z.number().int().min(1).max(20).default(8),
  }),
  z.strictObject({
    id: contentId,
    type: z.literal('card-builder'),
    maxCards: z.number().int().min(1).max(30).default(12),
  }),
  z.strictObject({ id: contentId, type: z.literal('urge-log'), triggerTags: z.array(contentId).min(2) }),
  z.strictObject({
    id: contentId,
    type: z.literal('timer'),
    seconds: z.number().int().min(30).max(3600),
  }),
]);
export type ExerciseStructure = z.infer<typeof exerciseStructureSchema>;
export type ExerciseType = ExerciseStructure['type'];

const stepSchema = z.discriminatedUnion('kind', [
  z.strictObject({ id: contentId, kind: z.literal('reading') }),
  z.strictObject({ id: contentId, kind: z.literal('exercise'), exercise: exerciseStructureSchema }),
]);
export type ModuleStep = z.infer<typeof stepSchema>;

export const moduleStructureSchema = z.strictObject({
  id: z.string().regex(/^m\d{2}$/, 'module ids look like m01'),
  estimatedMinutes: z.number().int().min(5).max(120),
  /** The intro says, before the person begins, that this module can feel heavy and help is one tap away. */
  heavy: z.boolean().default(false),
  steps: z.array(stepSchema).min(2),
});
export type ModuleStructure = z.infer<typeof moduleStructureSchema>;

const markdown = z.string().trim().min(1);
const label = z.string().trim().min(1).max(300);
const labelledText = z.strictObject({ label, hint: z.string().trim().min(1).optional() });

/** Strings for one exercise; which keys must be present depends on the structure (see checkParity). */
export const exerciseStringsSchema = z.strictObject({
  title: label,
  intro: markdown,
  /** journal prompts, worksheet fields, chain links */
  prompts: z.record(contentId, labelledText).optional(),
  /** scale items */
  items: z
    .record(contentId, z.strictObject({ label, minLabel: label, maxLabel: label }))
    .optional(),
  /** checklist options and urge-log trigger tags */
  options: z.record(contentId, label).optional(),
  /** quiz */
  questions: z
    .record(
      contentId,
      z.strictObject({
        prompt: label,
        options: z.record(contentId, z.strictObject({ label, explanation: markdown })),
      }),
    )
    .optional(),
  /** worksheet group headings */
  groups: z.record(contentId, label).optional(),
  /** examples shown to help a person start (if-then plans, coping cards, decisional balance) */
  examples: z.array(label).optional(),
  /** guidance paragraphs for timers */
  guidance: markdown.optional(),
});
export type ExerciseStrings = z.infer<typeof exerciseStringsSchema>;

export const moduleStringsSchema = z.strictObject({
  title: label,
  summary: label,
  goal: markdown,
  steps: z.record(
    contentId,
    z.strictObject({ title: label, body: markdown.optional(), exercise: exerciseStringsSchema.optional() }),
  ),
});
export type ModuleStrings = z.infer<typeof moduleStringsSchema>;

export const courseIndexSchema = z.strictObject({
  contentVersion: z.string().regex(/^\d{4}\.\d{2}(\.\d+)?$/, 'contentVersion looks like 2026.11'),
  /** Recommended order. Every listed module must exist and be complete in every shipped language. */
  modules: z.array(z.string().regex(/^m\d{2}$/)).min(1),
});
