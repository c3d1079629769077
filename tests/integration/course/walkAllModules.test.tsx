/**
 * Every module, every step, every exercise, in every shipped language: the test opens step 1 of
 * each module listed in course.json, checks each screen's heading, fills each exercise through the
 * real screens (labels in the language under test), moves on with Next (which flushes autosave)
 * and ends on the finish screen. Then it drops every decrypted cache, unlocks again and checks
 * that the vault holds exactly the answers given, and that "my plan" gathers its part of them.
 * One test per language, so it stays quick on a small machine: fields are filled with change
 * events, not typed key by key.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, test, vi } from 'vitest';
import { courseLoader, type LoadedModule } from '../../../src/content/courseLoader';
import type { ExerciseStrings, ExerciseStructure, ExerciseType } from '../../../src/content/moduleSchema';
import { answerStore } from '../../../src/features/course/data/courseRecords';
import { QUADRANTS, type ExerciseAnswer } from '../../../src/features/course/exercises/answerSchemas';
import type { Language } from '../../../src/i18n/languages';
import { useRealI18n } from '../../support/i18n';
import { currentPath, reload, renderCourse, useCourseVault } from './support';

useCourseVault('en');

const LANGUAGES: readonly Language[] = ['en', 'fi', 'sv'];
const ALL_TYPES: readonly ExerciseType[] = [
  'journal',
  'scale',
  'checklist',
  'quiz',
  'decisional-balance',
  'worksheet',
  'thought-record',
  'chain-plan',
  'if-then',
  'card-builder',
  'urge-log',
  'timer',
];

type Fill = { section: HTMLElement; strings: ExerciseStrings; t: TFunction<'course'>; text: (key: string) => string };

function type(field: HTMLElement, value: string): void {
  fireEvent.change(field, { target: { value } });
}

function textboxes(scope: HTMLElement): HTMLElement[] {
  return within(scope).queryAllByRole('textbox');
}

function sliders(scope: HTMLElement): HTMLElement[] {
  return within(scope).queryAllByRole('slider');
}

/** The fields named by prompts (journal, worksheet, chain plan), in content order. */
function fillNamed(section: HTMLElement, ids: readonly string[], name: (id: string, index: number) => string, text: (key: string) => string) {
  const fields = textboxes(section);
  expect(fields).toHaveLength(ids.length);
  const filled: Record<string, string> = {};
  ids.forEach((id, index) => {
    const field = fields[index] as HTMLElement;
    expect(field).toHaveAccessibleName(name(id, index));
    filled[id] = text(id);
    type(field, filled[id]);
  });
  return filled;
}

/** Two items of a list editor (if-then plans, coping cards): the blank first one, then one added. */
function fillPairs<K extends string>(section: HTMLElement, group: (n: number) => string, add: string, labels: Record<K, string>, text: (key: string) => string) {
  const keys = Object.keys(labels) as K[];
  const items: Array<Record<K, string>> = [];
  for (const number of [1, 2]) {
    if (number === 2) fireEvent.click(within(section).getByRole('button', { name: add }));
    const item = within(section).getByRole('group', { name: group(number) });
    const values = {} as Record<K, string>;
    for (const key of keys) {
      values[key] = text(`${number}-${key}`);
      type(within(item).getByRole('textbox', { name: labels[key] }), values[key]);
    }
    items.push(values);
  }
  return items;
}

/** Fills one exercise through its screen and returns the answer the vault should now hold. */
function fill(exercise: ExerciseStructure, { section, strings, t, text }: Fill): ExerciseAnswer {
  switch (exercise.type) {
    case 'journal':
      return { type: 'journal', entries: fillNamed(section, exercise.prompts, (id) => strings.prompts?.[id]?.label ?? id, text) };
    case 'worksheet':
      return { type: 'worksheet', fields: fillNamed(section, exercise.fields.map((f) => f.id), (id) => strings.prompts?.[id]?.label ?? id, text) };
    case 'chain-plan':
      return {
        type: 'chain-plan',
        links: fillNamed(section, exercise.links, (id, index) => t('chain.link', { number: index + 1, total: exercise.links.length, label: strings.prompts?.[id]?.label ?? id }), text),
      };
    case 'scale': {
      const rulers = sliders(section);
      expect(rulers).toHaveLength(exercise.items.length);
      const values: Record<string, number> = {};
      exercise.items.forEach((item, index) => {
        const ruler = rulers[index] as HTMLElement;
        expect(ruler).toHaveAccessibleName(strings.items?.[item.id]?.label ?? item.id);
        // Never the middle: the thumb rests there until a number is chosen.
        values[item.id] = index % 2 === 0 ? item.max : item.min + 1;
        fireEvent.change(ruler, { target: { value: String(values[item.id]) } });
      });
      return { type: 'scale', values };
    }
    case 'checklist': {
      const chosen = exercise.options.slice(0, Math.min(2, exercise.maxSelected ?? 2));
      for (const id of chosen) fireEvent.click(within(section).getByRole('checkbox', { name: strings.options?.[id] ?? id }));
      let other = '';
      if (exercise.allowOther) {
        other = text('other');
        type(within(section).getByRole('textbox', { name: t('checklist.other') }), other);
      }
      return { type: 'checklist', selected: chosen, other };
    }
    case 'quiz': {
      const questions = within(section).getAllByRole('group');
      expect(questions).toHaveLength(exercise.questions.length);
      const answers: Record<string, { selected: string[]; checked: boolean }> = {};
      exercise.questions.forEach((question, index) => {
        const group = questions[index] as HTMLElement;
        const text = strings.questions?.[question.id];
        expect(group).toHaveAccessibleName(`${t('quiz.question', { number: index + 1 })} ${text?.prompt ?? question.id}`);
        const right = question.options.filter((o) => o.correct).map((o) => o.id);
        for (const id of right) {
          fireEvent.click(within(group).getByRole(question.multiple ? 'checkbox' : 'radio', { name: text?.options[id]?.label ?? id }));
        }
        if (question.multiple) fireEvent.click(within(group).getByRole('button', { name: t('quiz.check') }));
        // The explanation of the chosen option shows once answered.
        const explanation = text?.options[right[0] as string]?.explanation ?? '';
        expect(group.querySelector('.course-question__feedback')?.textContent).toContain(explanation.slice(0, 20).replace(/[*_]/g, ''));
        answers[question.id] = { selected: right, checked: true };
      });
      return { type: 'quiz', answers };
    }
    case 'decisional-balance': {
      const quadrants = { 'continue-gains': [] as string[], 'continue-costs': [] as string[], 'stop-gains': [] as string[], 'stop-costs': [] as string[] };
      for (const quadrant of QUADRANTS) {
        const list = within(section).getByRole('region', { name: t(`balance.${quadrant}`) });
        quadrants[quadrant] = [text(quadrant)];
        type(within(list).getByRole('textbox'), quadrants[quadrant][0] as string);
      }
      return { type: 'decisional-balance', quadrants };
    }
    case 'thought-record': {
      const keys = ['situation', 'thought', 'feeling', 'evidenceFor', 'evidenceAgainst', 'balancedThought'] as const;
      const answer: ExerciseAnswer = {
        type: 'thought-record',
        situation: '',
        thought: '',
        feeling: '',
        feelingStrength: 8,
        evidenceFor: '',
        evidenceAgainst: '',
        balancedThought: '',
        feelingAfter: 3,
      };
      for (const key of keys) {
        answer[key] = text(key);
        type(within(section).getByRole('textbox', { name: t(`thought-record.${key}.label`) }), answer[key]);
      }
      fireEvent.change(within(section).getByRole('slider', { name: t('thought-record.strength') }), { target: { value: '8' } });
      fireEvent.change(within(section).getByRole('slider', { name: t('thought-record.after') }), { target: { value: '3' } });
      return answer;
    }
    case 'if-then':
      return {
        type: 'if-then',
        plans: fillPairs(section, (number) => t('if-then.plan', { number }), t('if-then.add'), { situation: t('if-then.situation'), response: t('if-then.response') }, text),
      };
    case 'card-builder':
      return {
        type: 'card-builder',
        cards: fillPairs(section, (number) => t('cards.card', { number }), t('cards.add'), { front: t('cards.front'), back: t('cards.back') }, text),
      };
    case 'urge-log': {
      const entry = within(section).getByRole('group', { name: t('urge-log.entry', { number: 1 }) });
      fireEvent.click(within(entry).getByRole('radio', { name: t('urge-log.bands.evening') }));
      fireEvent.change(within(entry).getByRole('slider', { name: t('urge-log.intensity') }), { target: { value: '8' } });
      const triggers = exercise.triggerTags.slice(0, 2);
      for (const tag of [...triggers].reverse()) fireEvent.click(within(entry).getByRole('checkbox', { name: strings.options?.[tag] ?? tag }));
      const whatIDid = text('what-i-did');
      const howItWent = text('how-it-went');
      type(within(entry).getByRole('textbox', { name: t('urge-log.what-i-did') }), whatIDid);
      type(within(entry).getByRole('textbox', { name: t('urge-log.how-it-went') }), howItWent);
      return { type: 'urge-log', entries: [{ band: 'evening', intensity: 8, triggers, whatIDid, howItWent }] };
    }
    case 'timer': {
      fireEvent.change(within(section).getByRole('slider', { name: t('timer.before') }), { target: { value: '7' } });
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
      try {
        fireEvent.click(within(section).getByRole('button', { name: t('timer.start') }));
        act(() => vi.advanceTimersByTime(exercise.seconds * 1000 + 1000));
        expect(within(section).getByRole('timer')).toHaveTextContent('0:00');
      } finally {
        vi.useRealTimers();
      }
      expect(within(section).getByText(t('timer.completed', { count: 1 }))).toBeInTheDocument();
      fireEvent.change(within(section).getByRole('slider', { name: t('timer.after') }), { target: { value: '3' } });
      return { type: 'timer', before: 7, after: 3, completed: 1 };
    }
  }
}

const STEP_TIMEOUT = 10_000;

async function walk(module: LoadedModule, t: TFunction<'course'>, language: Language, expected: Map<string, ExerciseAnswer>, types: Set<ExerciseType>) {
  const { id, structure, strings } = module;
  const total = structure.steps.length;
  const view = renderCourse(`/course/${id}/1`);
  for (const [index, step] of structure.steps.entries()) {
    const number = index + 1;
    const title = strings.steps[step.id]?.title;
    expect(title, `${language} ${step.id} has a title`).toBeTruthy();
    // Next first saves the answer in the vault; on a loaded machine that can take longer than
    // waitFor's default second.
    await waitFor(
      () => {
        expect(currentPath()).toBe(`/course/${id}/${number}`);
        expect(document.querySelector('h1')?.textContent).toBe(title);
      },
      { timeout: STEP_TIMEOUT },
    );
    expect(screen.getByText(t('step.progress', { current: number, total }))).toBeInTheDocument();
    if (step.kind === 'exercise') {
      const exerciseStrings = strings.steps[step.id]?.exercise;
      if (!exerciseStrings) throw new Error(`${language} ${step.id}: no exercise strings`);
      const heading = screen.getByRole('heading', { level: 2, name: exerciseStrings.title });
      const section = heading.closest('section');
      if (!section) throw new Error(`${step.id}: no exercise section`);
      const exercise = step.exercise;
      const text = (key: string) => `${language} ${exercise.id} ${key}`;
      expected.set(exercise.id, fill(exercise, { section, strings: exerciseStrings, t, text }));
      types.add(exercise.type);
    } else {
      // The reading text is there (its first paragraph's words, whatever the markdown around them).
      const prose = document.querySelector('.course-prose')?.textContent ?? '';
      expect(prose.length, `${language} ${step.id} has text`).toBeGreaterThan(100);
    }
    const nav = screen.getByRole('navigation', { name: t('step.nav-label') });
    fireEvent.click(within(nav).getByRole('button', { name: number < total ? t('step.next') : t('step.to-finish') }));
  }
  await waitFor(() => expect(currentPath()).toBe(`/course/${id}/finish`), { timeout: STEP_TIMEOUT });
  await screen.findByRole('heading', { level: 1, name: t('finish.title') });
  view.unmount();
}

describe.each(LANGUAGES)('the whole programme in %s', (language) => {
  test('every step of every module opens, every exercise is filled, and every answer is in the vault', async () => {
    await useRealI18n(language);
    const t = i18next.getFixedT(language, 'course');
    const index = await courseLoader.loadIndex();
    if (!index.ok) throw new Error('course.json does not load');
    expect(index.value.modules).toHaveLength(12);

    const expected = new Map<string, ExerciseAnswer>();
    const types = new Set<ExerciseType>();
    for (const moduleId of index.value.modules) {
      const loaded = await courseLoader.loadModule(moduleId, language);
      if (!loaded.ok) throw new Error(`${moduleId}/${language} does not load: ${JSON.stringify(loaded.error)}`);
      await walk(loaded.value, t, language, expected, types);
    }
    expect([...types].sort()).toEqual([...ALL_TYPES].sort());

    // What was saved, decrypted again from IndexedDB after every cache is gone.
    await reload(() => undefined);
    const answers = await answerStore.load();
    expect([...answers.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [exerciseId, answer] of expected) {
      expect(answers.get(exerciseId)?.answer, exerciseId).toEqual(answer);
    }

    // "My plan" gathers, in the same language, what was just written in its six exercises.
    renderCourse('/course/plan');
    await screen.findByRole('heading', { level: 1, name: t('plan.title') });
    const plan = document.querySelector('.plan-page')?.textContent ?? '';
    for (const part of ['m04-pathway-builder trigger', 'm05-if-then-plans 2-response', 'm06-coping-cards 1-front', 'm08-thought-record balancedThought', 'm11-online-rules 1-situation', 'm12-relapse-prevention-plan my-reasons']) {
      expect(plan).toContain(`${language} ${part}`);
    }
    expect(plan).not.toContain(`${language} m08-thought-record thought`);
    expect(screen.queryByText(t('plan.empty'))).toBeNull();
  }, 300_000);
});
