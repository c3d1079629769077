/**
 * Every exercise type used by m01–m04, through the real course screens: fill, autosave into the
 * vault, reload (caches dropped, decrypted again from IndexedDB), see it, edit it, reload, see the edit.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { reload, renderCourse, saved, useCourseVault } from './support';

useCourseVault('en');

async function open(path: string, heading: RegExp | string) {
  const view = renderCourse(path);
  await screen.findByRole('heading', { level: 1, name: heading });
  return view;
}

describe('m01', () => {
  test('checklist: values are chosen, up to five, with one of my own', async () => {
    const user = userEvent.setup();
    let view = await open('/course/m01/4', 'What matters to me');
    await user.click(screen.getByRole('checkbox', { name: 'Family' }));
    await user.click(screen.getByRole('checkbox', { name: 'Honesty' }));
    await user.type(screen.getByRole('textbox', { name: 'Something else that matters to me' }), 'Music');
    await saved();

    await reload(view.unmount);
    view = await open('/course/m01/4', 'What matters to me');
    expect(screen.getByRole('checkbox', { name: 'Family' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Honesty' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Something else that matters to me' })).toHaveValue('Music');

    await user.click(screen.getByRole('checkbox', { name: 'Family' }));
    for (const name of ['Health and well-being', 'Self-respect', 'Kindness and helping others', 'Responsibility']) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    expect(screen.getByText(/You have chosen 5/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Family' })).toBeDisabled();
    await saved();

    await reload(view.unmount);
    await open('/course/m01/4', 'What matters to me');
    expect(screen.getByRole('checkbox', { name: 'Family' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Responsibility' })).toBeChecked();
  });

  test('decisional balance: four lists of entries, added and removed', async () => {
    const user = userEvent.setup();
    let view = await open('/course/m01/6', /weighing it up/);
    const gains = screen.getByRole('region', { name: 'Continuing: what it gives me' });
    await user.type(within(gains).getByRole('textbox'), 'A break from stress');
    const stop = screen.getByRole('region', { name: 'Stopping: what I gain' });
    await user.type(within(stop).getByRole('textbox'), 'No secret');
    await user.click(within(stop).getByRole('button', { name: 'Add an entry' }));
    expect(within(stop).getByRole('textbox', { name: 'Stopping: what I gain, entry 2' })).toHaveFocus();
    await user.keyboard('Peace of mind');
    await saved();

    await reload(view.unmount);
    view = await open('/course/m01/6', /weighing it up/);
    const stopAgain = screen.getByRole('region', { name: 'Stopping: what I gain' });
    expect(within(stopAgain).getAllByRole('textbox').map((t) => (t as HTMLTextAreaElement).value)).toEqual(['No secret', 'Peace of mind']);
    expect(within(screen.getByRole('region', { name: 'Continuing: what it gives me' })).getByRole('textbox')).toHaveValue('A break from stress');

    await user.click(within(stopAgain).getByRole('button', { name: /^Remove.*entry 1$/ }));
    expect(within(stopAgain).getByRole('button', { name: 'Add an entry' })).toHaveFocus();
    await saved();

    await reload(view.unmount);
    await open('/course/m01/6', /weighing it up/);
    expect(within(screen.getByRole('region', { name: 'Stopping: what I gain' })).getByRole('textbox')).toHaveValue('Peace of mind');
  });

  test('scale: two 0–10 rulers with labelled ends', async () => {
    let view = await open('/course/m01/8', 'How important, how confident?');
    const importance = screen.getByRole('slider', { name: 'How important is this change to you right now?' });
    expect(importance).toHaveAttribute('aria-valuetext', 'Not answered yet');
    fireEvent.change(importance, { target: { value: '7' } });
    expect(importance).toHaveAttribute('aria-valuetext', '7 of 10');
    await saved();

    await reload(view.unmount);
    view = await open('/course/m01/8', 'How important, how confident?');
    expect(screen.getByRole('slider', { name: /How important/ })).toHaveValue('7');
    const confidence = screen.getByRole('slider', { name: /How confident are you/ });
    fireEvent.change(confidence, { target: { value: '10' } });
    expect(confidence).toHaveAttribute('aria-valuetext', '10 of 10, Completely confident');
    await saved();

    await reload(view.unmount);
    await open('/course/m01/8', 'How important, how confident?');
    expect(screen.getByRole('slider', { name: /How confident are you/ })).toHaveValue('10');
    expect(screen.getByRole('slider', { name: /How important/ })).toHaveValue('7');
  });
});

describe('m02', () => {
  test('quiz: the explanation of the chosen option shows after answering, and stays after reload', async () => {
    const user = userEvent.setup();
    let view = await open('/course/m02/4', 'Myth or fact?');
    const first = screen.getByRole('group', { name: /Question 1: Everyone who is sexually attracted/ });
    expect(within(first).queryByText(/Many people with a sexual interest in children never act on it/)).toBeNull();
    await user.click(within(first).getByRole('radio', { name: 'Myth' }));
    expect(within(first).getByText(/Right, this is a myth/)).toBeInTheDocument();
    await saved();

    await reload(view.unmount);
    view = await open('/course/m02/4', 'Myth or fact?');
    const again = screen.getByRole('group', { name: /Question 1/ });
    expect(within(again).getByRole('radio', { name: 'Myth' })).toBeChecked();
    expect(within(again).getByText(/Right, this is a myth/)).toBeInTheDocument();
    await user.click(within(again).getByRole('radio', { name: 'Fact' }));
    expect(within(again).getByText(/This is actually a myth/)).toBeInTheDocument();
    await saved();

    await reload(view.unmount);
    await open('/course/m02/4', 'Myth or fact?');
    expect(within(screen.getByRole('group', { name: /Question 1/ })).getByRole('radio', { name: 'Fact' })).toBeChecked();
  });

  test('journal: a letter in three parts', async () => {
    const user = userEvent.setup();
    let view = await open('/course/m02/7', 'A letter from a kind friend');
    const field = screen.getByRole('textbox', { name: /What is it like to carry this/ });
    await user.type(field, 'Lonely, mostly.');
    await saved();

    await reload(view.unmount);
    view = await open('/course/m02/7', 'A letter from a kind friend');
    const again = screen.getByRole('textbox', { name: /What is it like to carry this/ });
    expect(again).toHaveValue('Lonely, mostly.');
    await user.type(again, ' And tired.');
    await saved();

    await reload(view.unmount);
    await open('/course/m02/7', 'A letter from a kind friend');
    expect(screen.getByRole('textbox', { name: /What is it like to carry this/ })).toHaveValue('Lonely, mostly. And tired.');
  });

  test('worksheet: named fields', async () => {
    const user = userEvent.setup();
    let view = await open('/course/m02/8', 'My commitment');
    await user.type(screen.getByRole('textbox', { name: 'What I commit to' }), 'I will not search.');
    await user.type(screen.getByRole('textbox', { name: 'My first step this week' }), 'Phone out of the bedroom.');
    await saved();

    await reload(view.unmount);
    view = await open('/course/m02/8', 'My commitment');
    expect(screen.getByRole('textbox', { name: 'What I commit to' })).toHaveValue('I will not search.');
    await user.clear(screen.getByRole('textbox', { name: 'My first step this week' }));
    await user.type(screen.getByRole('textbox', { name: 'My first step this week' }), 'Work through module 3.');
    await saved();

    await reload(view.unmount);
    await open('/course/m02/8', 'My commitment');
    expect(screen.getByRole('textbox', { name: 'My first step this week' })).toHaveValue('Work through module 3.');
  });
});

describe('m03', () => {
  test('grouped worksheet: fields under their group headings', async () => {
    const user = userEvent.setup();
    let view = await open('/course/m03/7', 'My consequences, short and long term');
    const forMe = screen.getByRole('group', { name: 'For me' });
    await user.type(within(forMe).getByRole('textbox', { name: 'Short term' }), 'Shame the next day.');
    await saved();

    await reload(view.unmount);
    view = await open('/course/m03/7', 'My consequences, short and long term');
    expect(within(screen.getByRole('group', { name: 'For me' })).getByRole('textbox', { name: 'Short term' })).toHaveValue('Shame the next day.');
    const children = screen.getByRole('group', { name: 'For children' });
    await user.type(within(children).getByRole('textbox', { name: 'Long term' }), 'More demand.');
    await saved();

    await reload(view.unmount);
    await open('/course/m03/7', 'My consequences, short and long term');
    expect(within(screen.getByRole('group', { name: 'For children' })).getByRole('textbox', { name: 'Long term' })).toHaveValue('More demand.');
  });

  test('every free-text field keeps text private and reminds not to identify anyone', async () => {
    await open('/course/m03/7', 'My consequences, short and long term');
    const fields = screen.getAllByRole('textbox');
    expect(fields).toHaveLength(8);
    for (const field of fields) {
      expect(field).toHaveAttribute('spellcheck', 'false');
      expect(field).toHaveAttribute('autocomplete', 'off');
      expect(field).toHaveAttribute('autocorrect', 'off');
      expect(field).toHaveAttribute('translate', 'no');
      expect(field).toHaveAttribute('data-sensitive');
      expect(field).toHaveAccessibleDescription(/Please don't write names, places, usernames, links, file names or other details that could identify anyone/);
    }
  });
});

describe('m04', () => {
  test('chain plan: the links in order', async () => {
    const user = userEvent.setup();
    let view = await open('/course/m04/6', 'Build my pathway');
    const links = screen.getAllByRole('listitem');
    expect(links).toHaveLength(7);
    await user.type(screen.getByRole('textbox', { name: /^2\. Trigger/ }), 'Alone, late.');
    await saved();

    await reload(view.unmount);
    view = await open('/course/m04/6', 'Build my pathway');
    expect(screen.getByRole('textbox', { name: /^2\. Trigger/ })).toHaveValue('Alone, late.');
    await user.type(screen.getByRole('textbox', { name: /^7\. Long-term cost/ }), 'Fear.');
    await saved();

    await reload(view.unmount);
    await open('/course/m04/6', 'Build my pathway');
    expect(screen.getByRole('textbox', { name: /^7\. Long-term cost/ })).toHaveValue('Fear.');
    expect(screen.getByRole('textbox', { name: /^2\. Trigger/ })).toHaveValue('Alone, late.');
  });
});
