/**
 * The module player as a person moves through it: overview and statuses, intro with the
 * confidence slider, steps with progress and focus, resume, finish and done, lock, failed saves.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { progressStore } from '../../../src/features/course/data/courseRecords';
import { markFinished, visit } from '../../../src/features/course/model/progress';
import { currentPath, lockAndUnlock, reload, renderCourse, saved, useCourseVault } from './support';

useCourseVault('en');

afterEach(() => {
  vi.restoreAllMocks();
});

function card(title: RegExp) {
  const link = screen.getByRole('link', { name: title });
  const article = link.closest('article');
  if (!article) throw new Error('no card');
  return within(article);
}

describe('course overview', () => {
  test('lists every module in the recommended order with time and status', async () => {
    renderCourse('/course');
    await screen.findByRole('heading', { level: 1, name: 'Programme' });
    const items = within(screen.getByRole('list', { name: 'Modules' })).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    expect(within(items[0] as HTMLElement).getByText('Module 1')).toBeInTheDocument();
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Starting safely and why change' })).toHaveAttribute('href', '/course/m01');
    expect(within(items[2] as HTMLElement).getByText('About 30 minutes')).toBeInTheDocument();
    expect(screen.getAllByText('Not started')).toHaveLength(12);
    expect(screen.getByRole('link', { name: 'Start module 1' })).toHaveAttribute('href', '/course/m01');
    expect(document.title).not.toMatch(/Starting|Course/);
  });

  test('shows done and in progress, and continues where the person left off', async () => {
    await progressStore.load();
    await progressStore.save(markFinished(undefined, 'm01', 100));
    await progressStore.save(visit(undefined, 'm02', 'm02-law', 300));
    await progressStore.save(visit(undefined, 'm04', 'm04-what-is-a-pathway', 200));
    const view = renderCourse('/course');
    await screen.findByRole('heading', { level: 1, name: 'Programme' });
    expect(card(/Starting safely/).getByText('Done')).toBeInTheDocument();
    expect(card(/Attraction is not action/).getByText('In progress')).toBeInTheDocument();
    expect(card(/How CSAM harms/).getByText('Not started')).toBeInTheDocument();
    expect(card(/My pathway/).getByText('In progress')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue where you left off' })).toHaveAttribute('href', '/course/m02/3');

    await reload(view.unmount);
    renderCourse('/course');
    await screen.findByRole('heading', { level: 1, name: 'Programme' });
    expect(screen.getByRole('link', { name: 'Continue where you left off' })).toHaveAttribute('href', '/course/m02/3');
  });
});

describe('a module from start to done', () => {
  test('intro, confidence before, steps with progress and focus, finish, done', async () => {
    const user = userEvent.setup();
    const view = renderCourse('/course/m04');
    const title = await screen.findByRole('heading', { level: 1, name: 'My pathway' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.getByRole('heading', { level: 2, name: 'What this module is for' })).toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: 'How confident am I that I can reach what this module aims for?' }), { target: { value: '3' } });
    await saved();
    await user.click(screen.getByRole('link', { name: 'Start' }));

    expect(currentPath()).toBe('/course/m04/1');
    expect(await screen.findByText('Step 1 of 7')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Step 1 of 7' })).toHaveAttribute('value', '1');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(currentPath()).toBe('/course/m04/2'));
    expect(await screen.findByText('Step 2 of 7')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(currentPath()).toBe('/course/m04/1'));
    await user.click(await screen.findByRole('button', { name: 'Back to the start' }));
    await waitFor(() => expect(currentPath()).toBe('/course/m04'));
    view.unmount();

    renderCourse('/course/m04/7');
    await user.click(await screen.findByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(currentPath()).toBe('/course/m04/finish'));
    expect(await screen.findByText('Before you started, you chose 3.')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: 'How confident am I that I can reach what this module aims for?' }), { target: { value: '6' } });
    await user.click(screen.getByRole('button', { name: 'Finish the module' }));
    await waitFor(() => expect(currentPath()).toBe('/course/m04/done'));

    const done = await screen.findByRole('heading', { level: 1, name: 'You have finished this module' });
    await waitFor(() => expect(done).toHaveFocus());
    expect(screen.getByText(/Help is one tap away/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /tracker/ })).toHaveAttribute('href', '/tracker');
    expect(screen.getByRole('link', { name: 'Tools for hard moments' })).toHaveAttribute('href', '/tools');
    expect(screen.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help');
    expect(screen.getByRole('link', { name: 'Go on to module 5' })).toHaveAttribute('href', '/course/m05');
    expect(progressStore.peek()?.get('m04')).toMatchObject({ finished: true, confidenceBefore: 3, confidenceAfter: 6 });
  });

  test('the heavy module says before it begins that help is one tap away', async () => {
    renderCourse('/course/m03');
    await screen.findByRole('heading', { level: 1, name: 'How CSAM harms' });
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(/help is one tap away/);
    expect(within(note).getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help');
  });

  test('a lighter module has no such note', async () => {
    renderCourse('/course/m01');
    await screen.findByRole('heading', { level: 1, name: 'Starting safely and why change' });
    expect(screen.queryByRole('note')).toBeNull();
  });

  test('the intro resumes at the step last shown', async () => {
    const user = userEvent.setup();
    let view = renderCourse('/course/m02/5');
    await screen.findByText('Step 5 of 8');
    await waitFor(() => expect(progressStore.peek()?.get('m02')?.position).toBe('m02-labels'));
    await progressStore.settled();
    await reload(view.unmount);
    view = renderCourse('/course/m02');
    const resume = await screen.findByRole('link', { name: 'Continue where you left off' });
    expect(screen.getByRole('link', { name: 'Start from the beginning' })).toHaveAttribute('href', '/course/m02/1');
    await user.click(resume);
    expect(currentPath()).toBe('/course/m02/5');
    expect(await screen.findByText('Step 5 of 8')).toBeInTheDocument();
  });

  test('an unknown module or step shows a calm message with a way back', async () => {
    let view = renderCourse('/course/m99');
    expect(await screen.findByRole('heading', { level: 1, name: 'This page of the programme does not exist' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All modules' })).toHaveAttribute('href', '/course');
    view.unmount();
    view = renderCourse('/course/m01/99');
    expect(await screen.findByRole('heading', { level: 1, name: 'This page of the programme does not exist' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the module' })).toHaveAttribute('href', '/course/m01');
    view.unmount();
    renderCourse('/course/Starting-safely');
    expect(await screen.findByRole('heading', { level: 1, name: 'This page of the programme does not exist' })).toBeInTheDocument();
  });
});

describe('answers across lock and failures', () => {
  test('what was saved before a lock is back after unlocking', async () => {
    const user = userEvent.setup();
    renderCourse('/course/m03/4');
    const field = await screen.findByRole('textbox', { name: /What do children need/ });
    await user.type(field, 'Safe adults.');
    await saved();
    await lockAndUnlock();
    expect(await screen.findByRole('textbox', { name: /What do children need/ })).toHaveValue('Safe adults.');
  });

  test('a change made just before leaving the step is saved on the way', async () => {
    const user = userEvent.setup();
    const view = renderCourse('/course/m04/3');
    await user.type(await screen.findByRole('textbox', { name: /When in your life did things get harder/ }), 'After the move.');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(currentPath()).toBe('/course/m04/4'));
    await reload(view.unmount);
    renderCourse('/course/m04/3');
    expect(await screen.findByRole('textbox', { name: /When in your life did things get harder/ })).toHaveValue('After the move.');
  });

  test('a save that fails because storage is full says so, keeps the text and can be retried', async () => {
    const user = userEvent.setup();
    renderCourse('/course/m02/7');
    const field = await screen.findByRole('textbox', { name: /What is it like to carry this/ });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.type(field, 'Tired of hiding.');
    const alert = await screen.findByText(/could not be saved because this device's storage is full/, {}, { timeout: 4000 });
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(field).toHaveValue('Tired of hiding.');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(currentPath()).toBe('/course/m02/7');
    expect(field).toHaveValue('Tired of hiding.');

    put.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Try saving again' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.queryByText(/storage is full/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(currentPath()).toBe('/course/m02/8'));
  });

  test('locking with unsaved typing neither crashes nor leaves decrypted text behind', async () => {
    const user = userEvent.setup();
    renderCourse('/course/m02/7');
    await user.type(await screen.findByRole('textbox', { name: /What is it like to carry this/ }), 'x');
    await lockAndUnlock();
    expect(await screen.findByRole('heading', { level: 1, name: 'A letter from a kind friend' })).toBeInTheDocument();
  });
});

describe('autosave timing', () => {
  test('switching to another app writes a pending answer at once, without waiting for the pause', async () => {
    const view = renderCourse('/course/m03/4');
    const field = await screen.findByRole('textbox', { name: /What do children need/ });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.change(field, { target: { value: 'Listening.' } });
      const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      fireEvent(document, new Event('visibilitychange'));
      visibility.mockRestore();
    } finally {
      vi.useRealTimers();
    }
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    await reload(view.unmount);
    renderCourse('/course/m03/4');
    expect(await screen.findByRole('textbox', { name: /What do children need/ })).toHaveValue('Listening.');
  });
});
