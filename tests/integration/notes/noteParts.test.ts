/**
 * The pure parts behind "My notes": which words of an answer count as writing, how notes are
 * grouped and ordered (dates as milliseconds and as days together), the in-memory search and the
 * excerpt around a match.
 */
import { describe, expect, test } from 'vitest';
import { answerText } from '../../../src/features/course/notes/answerText';
import { excerptOf, groupNotes, matchesQuery, type NoteItem } from '../../../src/lib/noteItem';

const note = (key: string, group: string, updatedAt: NoteItem['updatedAt'], text = key): NoteItem => ({
  key,
  group: { id: group, label: `Group ${group}` },
  title: `Title ${key}`,
  text,
  updatedAt,
  href: '/',
});

describe('answerText', () => {
  test('keeps what the person wrote and leaves out choices and ratings', () => {
    expect(answerText({ type: 'journal', entries: { a: ' first ', b: '', c: 'second' } })).toBe('first\nsecond');
    expect(answerText({ type: 'checklist', selected: ['x'], other: '' })).toBe('');
    expect(answerText({ type: 'if-then', plans: [{ situation: 'Late night', response: 'Phone off' }, { situation: '', response: '' }] })).toBe('Late night → Phone off');
    expect(answerText({ type: 'card-builder', cards: [{ front: 'Breathe', back: '' }] })).toBe('Breathe');
    expect(answerText({ type: 'urge-log', entries: [{ band: 'night', intensity: 6, triggers: ['alone'], whatIDid: 'Walked', howItWent: 'Better' }] })).toBe('Walked\nBetter');
    expect(answerText({ type: 'decisional-balance', quadrants: { 'continue-gains': ['a'], 'continue-costs': [], 'stop-gains': ['b'], 'stop-costs': [] } })).toBe('a\nb');
    expect(answerText({ type: 'scale', values: { x: 3 } })).toBe('');
    expect(answerText({ type: 'quiz', answers: {} })).toBe('');
    expect(answerText({ type: 'timer', before: 5, after: 2, completed: 1 })).toBe('');
  });
});

describe('groupNotes', () => {
  test('groups in order of first appearance; newest first within a group; undated notes keep their order', () => {
    const day = (d: string) => new Date(`${d}T12:00:00`).getTime();
    const groups = groupNotes([
      note('old', 'a', day('2026-01-01')),
      note('undated-1', 'b', null),
      note('new', 'a', day('2026-03-01')),
      note('day-only', 'a', '2026-02-01'),
      note('undated-2', 'b', null),
    ]);
    expect(groups.map((g) => [g.group.id, g.items.map((i) => i.key)])).toEqual([
      ['a', ['new', 'day-only', 'old']],
      ['b', ['undated-1', 'undated-2']],
    ]);
  });
});

describe('search and excerpt', () => {
  test('every word must occur, in any case, in the title, group or text', () => {
    const item = note('k', 'g', null, 'Walked by the Harbour at dusk');
    expect(matchesQuery(item, 'harbour DUSK', 'en')).toBe(true);
    expect(matchesQuery(item, 'harbour dawn', 'en')).toBe(false);
    expect(matchesQuery(item, 'group g', 'en')).toBe(true);
    expect(matchesQuery(item, '   ', 'en')).toBe(true);
    expect(matchesQuery(note('k', 'g', null, 'ÄITI soitti'), 'äiti', 'fi')).toBe(true);
  });

  test('a long text shows the part around the first match', () => {
    const text = `${'a '.repeat(200)}the harbour ${'b '.repeat(200)}`;
    const piece = excerptOf(text, 'harbour', 'en', 60);
    expect(piece).toContain('harbour');
    expect(piece.startsWith('…')).toBe(true);
    expect(piece.endsWith('…')).toBe(true);
    expect(excerptOf(text, '', 'en', 60).startsWith('a a')).toBe(true);
    expect(excerptOf('short  text\nhere', 'x', 'en')).toBe('short text here');
  });
});
