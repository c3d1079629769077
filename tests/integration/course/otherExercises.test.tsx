/**
 * The exercise types m01–m04 do not use yet (thought record, if-then, card builder, urge log,
 * timer), with small in-test structures and strings: fill, autosave into the vault, reload, see
 * it, edit it, reload, see the edit.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ExerciseStrings, ExerciseStructure } from '../../../src/content/moduleSchema';
import { ExerciseHost } from '../../../src/features/course/components/ExerciseHost';
import { answerStore } from '../../../src/features/course/data/courseRecords';
import { reload, renderInVault, saved, useCourseVault } from './support';

useCourseVault('en');

// Each test types a few hundred keystrokes, each one rendered and autosaved into the vault; on a
// loaded 2-core machine that has taken 24 s, past the suite's default 20 s.
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.useRealTimers();
});

async function show(exercise: ExerciseStructure, strings: ExerciseStrings) {
  await answerStore.load();
  return renderInVault(<ExerciseHost exercise={exercise} strings={strings} />);
}

const base = (title: string): ExerciseStrings => ({ title, intro: 'Intro.' });

describe('thought record', () => {
  const exercise: ExerciseStructure = { id: 'm90-thought-record', type: 'thought-record' };

  test('situation, thought, feeling 0–10, evidence both ways, balanced thought, feeling after', async () => {
    const user = userEvent.setup();
    let view = await show(exercise, base('Thought record'));
    await user.type(screen.getByRole('textbox', { name: 'Situation' }), 'Evening, alone');
    await user.type(screen.getByRole('textbox', { name: 'Thought' }), 'Just once');
    const feeling = screen.getByRole('group', { name: 'Feeling' });
    await user.type(within(feeling).getByRole('textbox', { name: 'What I felt' }), 'Restless');
    fireEvent.change(within(feeling).getByRole('slider', { name: 'How strong was the feeling?' }), { target: { value: '8' } });
    await user.type(screen.getByRole('textbox', { name: 'What speaks against the thought' }), 'It is never once');
    await user.type(screen.getByRole('textbox', { name: 'A more balanced thought' }), 'I can wait it out');
    fireEvent.change(screen.getByRole('slider', { name: 'How strong is the feeling now?' }), { target: { value: '4' } });
    await saved();

    await reload(view.unmount);
    view = await show(exercise, base('Thought record'));
    expect(screen.getByRole('textbox', { name: 'Situation' })).toHaveValue('Evening, alone');
    expect(screen.getByRole('textbox', { name: 'What I felt' })).toHaveValue('Restless');
    expect(screen.getByRole('slider', { name: 'How strong was the feeling?' })).toHaveValue('8');
    expect(screen.getByRole('slider', { name: 'How strong is the feeling now?' })).toHaveValue('4');
    await user.type(screen.getByRole('textbox', { name: 'What supports the thought' }), 'Nothing much');
    await saved();

    await reload(view.unmount);
    await show(exercise, base('Thought record'));
    expect(screen.getByRole('textbox', { name: 'What supports the thought' })).toHaveValue('Nothing much');
    expect(screen.getByRole('textbox', { name: 'A more balanced thought' })).toHaveValue('I can wait it out');
  });
});

describe('if-then plans', () => {
  const exercise: ExerciseStructure = { id: 'm90-if-then', type: 'if-then', maxPlans: 2 };
  const strings: ExerciseStrings = { ...base('If-then plans'), examples: ['If I am alone late, then I call a helpline.'] };

  test('plans are added up to maxPlans, saved, edited and removed', async () => {
    const user = userEvent.setup();
    let view = await show(exercise, strings);
    await user.click(screen.getByText('Show examples'));
    expect(screen.getByText('If I am alone late, then I call a helpline.')).toBeVisible();
    const first = screen.getByRole('group', { name: 'Plan 1' });
    await user.type(within(first).getByRole('textbox', { name: 'If this happens…' }), 'Alone late');
    await user.type(within(first).getByRole('textbox', { name: '…then I will' }), 'Go to bed');
    await user.click(screen.getByRole('button', { name: 'Add a plan' }));
    const second = screen.getByRole('group', { name: 'Plan 2' });
    expect(within(second).getByRole('textbox', { name: 'If this happens…' })).toHaveFocus();
    await user.keyboard('Bored');
    expect(screen.queryByRole('button', { name: 'Add a plan' })).toBeNull();
    expect(screen.getByText(/the most this list holds \(2\)/)).toBeInTheDocument();
    await saved();

    await reload(view.unmount);
    view = await show(exercise, strings);
    expect(within(screen.getByRole('group', { name: 'Plan 2' })).getByRole('textbox', { name: 'If this happens…' })).toHaveValue('Bored');
    await user.click(screen.getByRole('button', { name: /^Remove.*Plan 1$/ }));
    expect(screen.getByRole('button', { name: 'Add a plan' })).toHaveFocus();
    await saved();

    await reload(view.unmount);
    await show(exercise, strings);
    expect(screen.getAllByRole('group', { name: /^Plan/ })).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'If this happens…' })).toHaveValue('Bored');
  });
});

describe('card builder', () => {
  const exercise: ExerciseStructure = { id: 'm90-cards', type: 'card-builder', maxCards: 12 };

  test('coping cards with a heading and a text', async () => {
    const user = userEvent.setup();
    let view = await show(exercise, base('My coping cards'));
    await user.type(screen.getByRole('textbox', { name: 'Heading of the card' }), 'When it rises');
    await user.type(screen.getByRole('textbox', { name: 'What the card says' }), 'It peaks and passes.');
    await saved();

    await reload(view.unmount);
    view = await show(exercise, base('My coping cards'));
    const card = screen.getByRole('group', { name: 'Card 1' });
    expect(within(card).getByRole('textbox', { name: 'What the card says' })).toHaveValue('It peaks and passes.');
    await user.click(screen.getByRole('button', { name: 'Add a card' }));
    await user.keyboard('Late at night');
    await saved();

    await reload(view.unmount);
    await show(exercise, base('My coping cards'));
    expect(within(screen.getByRole('group', { name: 'Card 2' })).getByRole('textbox', { name: 'Heading of the card' })).toHaveValue('Late at night');
  });
});

describe('urge log', () => {
  const exercise: ExerciseStructure = { id: 'm90-urge-log', type: 'urge-log', triggerTags: ['alone', 'tired', 'alcohol'] };
  const strings: ExerciseStrings = { ...base('Urge log'), options: { alone: 'Alone', tired: 'Tired', alcohol: 'Alcohol' } };

  test('entries with time-of-day band, intensity, trigger tags, what I did and how it went', async () => {
    const user = userEvent.setup();
    let view = await show(exercise, strings);
    const entry = screen.getByRole('group', { name: 'Entry 1' });
    await user.click(within(entry).getByRole('radio', { name: 'Night' }));
    fireEvent.change(within(entry).getByRole('slider', { name: 'How strong was the urge?' }), { target: { value: '6' } });
    await user.click(within(entry).getByRole('checkbox', { name: 'Tired' }));
    await user.click(within(entry).getByRole('checkbox', { name: 'Alone' }));
    await user.type(within(entry).getByRole('textbox', { name: 'What I did' }), 'Went for a walk');
    await user.type(within(entry).getByRole('textbox', { name: 'How it went' }), 'It passed');
    await saved();

    await reload(view.unmount);
    view = await show(exercise, strings);
    const again = screen.getByRole('group', { name: 'Entry 1' });
    expect(within(again).getByRole('radio', { name: 'Night' })).toBeChecked();
    expect(within(again).getByRole('slider', { name: 'How strong was the urge?' })).toHaveValue('6');
    expect(within(again).getByRole('checkbox', { name: 'Alone' })).toBeChecked();
    expect(within(again).getByRole('checkbox', { name: 'Alcohol' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Add an entry' }));
    const second = screen.getByRole('group', { name: 'Entry 2' });
    await user.click(within(second).getByRole('radio', { name: 'Morning' }));
    await user.click(within(again).getByRole('radio', { name: 'Evening' }));
    await saved();

    await reload(view.unmount);
    await show(exercise, strings);
    expect(within(screen.getByRole('group', { name: 'Entry 1' })).getByRole('radio', { name: 'Evening' })).toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Entry 2' })).getByRole('radio', { name: 'Morning' })).toBeChecked();
  });
});

describe('timer', () => {
  const exercise: ExerciseStructure = { id: 'm90-urge-surf', type: 'timer', seconds: 90 };
  const strings: ExerciseStrings = { ...base('Urge surfing'), guidance: 'Notice the urge **rise and fall**.' };

  test('counts down with a rating before and after, speaking only now and then', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    let view = await show(exercise, strings);
    expect(screen.getByText('rise and fall')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: /Before you start/ }), { target: { value: '7' } });
    await saved();

    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await user.click(screen.getByRole('button', { name: 'Start the timer' }));
    const clock = screen.getByRole('timer', { name: 'Time left' });
    expect(clock).toHaveTextContent('1:30');
    const polite = screen.getByText('Timer started: 1:30.');
    expect(polite).toHaveAttribute('aria-live', 'polite');

    act(() => vi.advanceTimersByTime(5_000));
    expect(clock).toHaveTextContent('1:25');
    expect(polite).toHaveTextContent('Timer started: 1:30.');
    act(() => vi.advanceTimersByTime(25_000));
    expect(polite).toHaveTextContent('1 minute left.');
    act(() => vi.advanceTimersByTime(30_000));
    expect(polite).toHaveTextContent('30 seconds left.');
    act(() => vi.advanceTimersByTime(31_000));
    expect(clock).toHaveTextContent('0:00');
    expect(polite).toHaveTextContent('Time is up. How strong is it now?');
    vi.useRealTimers();

    fireEvent.change(screen.getByRole('slider', { name: /After the timer/ }), { target: { value: '3' } });
    expect(screen.getByText('You have let the timer run to the end once.')).toBeInTheDocument();
    await saved();

    await reload(view.unmount);
    view = await show(exercise, strings);
    expect(screen.getByRole('slider', { name: /Before you start/ })).toHaveValue('7');
    expect(screen.getByRole('slider', { name: /After the timer/ })).toHaveValue('3');
    fireEvent.change(screen.getByRole('slider', { name: /After the timer/ }), { target: { value: '2' } });
    await saved();

    await reload(view.unmount);
    await show(exercise, strings);
    expect(screen.getByRole('slider', { name: /After the timer/ })).toHaveValue('2');
    expect(screen.getByText('You have let the timer run to the end once.')).toBeInTheDocument();
  });

  test('leaves out the breathing animation when the person prefers reduced motion', async () => {
    const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({ matches: query.includes('reduce'), media: query, addEventListener: () => undefined, removeEventListener: () => undefined }) as unknown as MediaQueryList,
    );
    const user = userEvent.setup();
    const view = await show(exercise, strings);
    await user.click(screen.getByRole('button', { name: 'Start the timer' }));
    expect(view.container.querySelector('.course-timer__breath')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    matchMedia.mockRestore();
  });
});
