import { describe, expect, test } from 'vitest';
import { storedAnswerSchema, upgradeAnswer } from '../../../src/features/course/data/answerRecord';
import { exerciseAnswerSchema, type ExerciseAnswer } from '../../../src/features/course/exercises/answerSchemas';
import { MAX_TEXT } from '../../../src/lib/textLimits';
import {
  cardBuilderAnswerSchema,
  chainPlanAnswerSchema,
  checklistAnswerSchema,
  decisionalBalanceAnswerSchema,
  ifThenAnswerSchema,
  journalAnswerSchema,
  quizAnswerSchema,
  scaleAnswerSchema,
  thoughtRecordAnswerSchema,
  timerAnswerSchema,
  urgeLogAnswerSchema,
  worksheetAnswerSchema,
} from '../../../src/features/course/exercises/answerSchemas';

const long = 'x'.repeat(MAX_TEXT + 1);

/** One valid answer per exercise type, and answers each schema must refuse. */
const cases = [
  {
    schema: journalAnswerSchema,
    valid: { type: 'journal', entries: { 'what-it-is-like': 'heavy', other: '' } },
    invalid: [{ type: 'journal', entries: { 'Bad Key': 'x' } }, { type: 'journal', entries: { a: long } }, { type: 'journal' }],
  },
  {
    schema: scaleAnswerSchema,
    valid: { type: 'scale', values: { importance: 7, confidence: 0 } },
    invalid: [{ type: 'scale', values: { importance: 7.5 } }, { type: 'scale', values: { importance: '7' } }],
  },
  {
    schema: checklistAnswerSchema,
    valid: { type: 'checklist', selected: ['family', 'health'], other: 'my own' },
    invalid: [{ type: 'checklist', selected: 'family', other: '' }, { type: 'checklist', selected: [], other: long }],
  },
  {
    schema: quizAnswerSchema,
    valid: { type: 'quiz', answers: { 'thoughts-are-crimes': { selected: ['myth'], checked: true } } },
    invalid: [{ type: 'quiz', answers: { q: { selected: ['myth'] } } }, { type: 'quiz', answers: { q: 'myth' } }],
  },
  {
    schema: decisionalBalanceAnswerSchema,
    valid: {
      type: 'decisional-balance',
      quadrants: { 'continue-gains': ['relief'], 'continue-costs': [], 'stop-gains': ['peace'], 'stop-costs': [''] },
    },
    invalid: [
      { type: 'decisional-balance', quadrants: { 'continue-gains': [] } },
      {
        type: 'decisional-balance',
        quadrants: { 'continue-gains': [], 'continue-costs': [], 'stop-gains': [], 'stop-costs': [], extra: [] },
      },
    ],
  },
  {
    schema: worksheetAnswerSchema,
    valid: { type: 'worksheet', fields: { commitment: 'I will not search.', 'first-step': '' } },
    invalid: [{ type: 'worksheet', fields: { commitment: 3 } }],
  },
  {
    schema: thoughtRecordAnswerSchema,
    valid: {
      type: 'thought-record',
      situation: 'late evening',
      thought: 'just once',
      feeling: 'restless',
      feelingStrength: 8,
      evidenceFor: '',
      evidenceAgainst: 'it never stays once',
      balancedThought: 'I can wait',
      feelingAfter: null,
    },
    invalid: [
      { type: 'thought-record', situation: '', thought: '', feeling: '', feelingStrength: 11, evidenceFor: '', evidenceAgainst: '', balancedThought: '', feelingAfter: null },
      { type: 'thought-record', situation: '' },
    ],
  },
  {
    schema: chainPlanAnswerSchema,
    valid: { type: 'chain-plan', links: { trigger: 'tired', behaviour: 'searched' } },
    invalid: [{ type: 'chain-plan', links: ['tired'] }],
  },
  {
    schema: ifThenAnswerSchema,
    valid: { type: 'if-then', plans: [{ situation: 'alone at night', response: 'phone off, go for a walk' }] },
    invalid: [{ type: 'if-then', plans: [{ situation: 'x' }] }, { type: 'if-then', plans: Array(21).fill({ situation: '', response: '' }) }],
  },
  {
    schema: cardBuilderAnswerSchema,
    valid: { type: 'card-builder', cards: [{ front: 'When it rises', back: 'It peaks and passes.' }] },
    invalid: [{ type: 'card-builder', cards: [{ front: 'x', back: 'y', colour: 'red' }] }],
  },
  {
    schema: urgeLogAnswerSchema,
    valid: {
      type: 'urge-log',
      entries: [{ band: 'night', intensity: 6, triggers: ['alone', 'tired'], whatIDid: 'walked', howItWent: 'it passed' }],
    },
    invalid: [
      { type: 'urge-log', entries: [{ band: '23:40', intensity: 6, triggers: [], whatIDid: '', howItWent: '' }] },
      { type: 'urge-log', entries: [{ band: null, intensity: -1, triggers: [], whatIDid: '', howItWent: '' }] },
    ],
  },
  {
    schema: timerAnswerSchema,
    valid: { type: 'timer', before: 7, after: 3, completed: 1 },
    invalid: [{ type: 'timer', before: 7, after: 3, completed: -1 }, { type: 'timer', before: 7 }],
  },
] as const;

describe('answer schemas', () => {
  test('cover all twelve exercise types', () => {
    expect(new Set(cases.map((c) => c.valid.type)).size).toBe(12);
  });

  for (const { schema, valid, invalid } of cases) {
    test(`${valid.type}: accepts a valid answer and refuses malformed ones`, () => {
      expect(schema.parse(valid)).toEqual(valid);
      expect(exerciseAnswerSchema.parse(valid)).toEqual(valid);
      for (const bad of invalid) expect(schema.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
      expect(schema.safeParse({ ...valid, type: 'other' }).success).toBe(false);
    });
  }
});

describe('storedAnswerSchema', () => {
  const answer: ExerciseAnswer = { type: 'journal', entries: { a: 'text' } };

  test('wraps an answer with its version, exercise id and time', () => {
    const stored = { kind: 'course-answer', v: 1, exerciseId: 'm02-self-compassion-letter', answer, updatedAt: 1 };
    expect(storedAnswerSchema.parse(stored)).toEqual(stored);
  });

  test('an answer stored before versions existed is brought up to v1; today\'s shape passes unchanged', () => {
    const before = { kind: 'course-answer', exerciseId: 'm02-self-compassion-letter', answer, updatedAt: 1 };
    expect(storedAnswerSchema.parse(upgradeAnswer(before))).toEqual({ ...before, v: 1 });
    const current = { ...before, v: 1 };
    expect(upgradeAnswer(current)).toBe(current);
  });

  test('refuses records of other features and unknown fields', () => {
    expect(storedAnswerSchema.safeParse({ kind: 'check-in', v: 1, exerciseId: 'x', answer, updatedAt: 1 }).success).toBe(false);
    expect(storedAnswerSchema.safeParse({ kind: 'course-answer', v: 1, exerciseId: 'x', answer, updatedAt: 1, at: 'now' }).success).toBe(false);
    expect(storedAnswerSchema.safeParse({ kind: 'course-answer', v: 2, exerciseId: 'x', answer, updatedAt: 1 }).success).toBe(false);
  });
});
