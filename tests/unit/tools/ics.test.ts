/**
 * The reminder file against RFC 5545: CRLF line ends, lines folded at 75 octets, the required
 * properties, a weekly RRULE with the chosen BYDAY, and nothing about the topic. The file is parsed
 * back (unfolded, split into properties) by a small reader written here from the RFC.
 */
import { describe, expect, it } from 'vitest';
import { buildIcs, firstOccurrence, foldLine, isValidTime, WEEKDAYS } from '../../../src/features/tools/model/ics';

type Property = { name: string; params: string; value: string };

/** RFC 5545 §3.1: unfold (CRLF followed by one space or tab), then split `name;params:value`. */
function parseIcs(text: string): Property[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([A-Z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
      if (!match) throw new Error(`not a content line: ${line}`);
      return { name: match[1] ?? '', params: match[2] ?? '', value: match[3] ?? '' };
    });
}

const NOW = new Date(2026, 10, 27, 12, 0, 0); // Friday 27 November 2026, local time
const UID = '5f0c9a8e-1b2c-4d3e-8f40-123456789abc@polku.invalid';

describe('reminder .ics', () => {
  const text = buildIcs({ days: ['WE', 'MO', 'FR'], time: '19:30' }, UID, NOW);
  const props = parseIcs(text);
  const value = (name: string) => props.find((p) => p.name === name)?.value;

  it('uses CRLF line ends only and no line longer than 75 octets', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has one calendar with one event and the properties RFC 5545 requires', () => {
    expect(props[0]).toEqual({ name: 'BEGIN', params: '', value: 'VCALENDAR' });
    expect(props.at(-1)).toEqual({ name: 'END', params: '', value: 'VCALENDAR' });
    expect(value('VERSION')).toBe('2.0');
    expect(value('PRODID')).toBeTruthy();
    expect(props.filter((p) => p.name === 'BEGIN' && p.value === 'VEVENT')).toHaveLength(1);
    expect(value('UID')).toBe(UID);
    expect(value('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    // BEGIN and END pair up in order.
    const stack: string[] = [];
    for (const p of props) {
      if (p.name === 'BEGIN') stack.push(p.value);
      if (p.name === 'END') expect(stack.pop()).toBe(p.value);
    }
    expect(stack).toEqual([]);
  });

  it('repeats weekly on the chosen days, in calendar order, at the chosen local time', () => {
    expect(value('RRULE')).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR');
    // The first chosen day from Friday 27 November on is that same Friday, as floating local time.
    expect(value('DTSTART')).toBe('20261127T193000');
    expect(value('DURATION')).toBe('PT15M');
  });

  it('is titled "Polku" and says nothing else about the topic', () => {
    expect(value('SUMMARY')).toBe('Polku');
    const words = props.filter((p) => !['UID', 'DTSTAMP', 'DTSTART', 'RRULE', 'PRODID'].includes(p.name)).map((p) => p.value).join(' ');
    expect(words).not.toMatch(/urge|child|sexual|abuse|csam|therapy|check-in|tracker|mielihalu|sug|lapsi|barn/i);
    expect(text).not.toMatch(/DESCRIPTION:(?!Polku)/);
    expect(text).not.toMatch(/LOCATION|URL|ATTENDEE|ORGANIZER/);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = `SUMMARY:${'ä'.repeat(100)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(folded.split('\r\n').slice(1).every((line) => line.startsWith(' '))).toBe(true);
  });

  it('starts on the next chosen day and refuses no days or a bad time', () => {
    expect(firstOccurrence({ days: ['MO'], time: '07:05' }, NOW)).toBe('20261130T070500');
    expect(firstOccurrence({ days: ['SU'], time: '23:59' }, NOW)).toBe('20261129T235900');
    expect(() => buildIcs({ days: [], time: '19:00' }, UID, NOW)).toThrow(RangeError);
    for (const bad of ['24:00', '7:00', '', '12:60']) expect(isValidTime(bad)).toBe(false);
    expect(() => buildIcs({ days: ['MO'], time: '25:00' }, UID, NOW)).toThrow(RangeError);
    expect(parseIcs(buildIcs({ days: [...WEEKDAYS], time: '00:00' }, UID, NOW)).find((p) => p.name === 'RRULE')?.value).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU');
  });
});
