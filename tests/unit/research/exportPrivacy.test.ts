/**
 * security.md §7.3 check 37, feedback export privacy, on a real vault (fake-indexeddb, real Web
 * Crypto) through the feature's own path (`prepareExport`, then the text and name the screen
 * saves): the file validates against the strict schema; holds no free text, no vault or record
 * ids and no exact time (only ISO weeks, bands and small counts); no canary from anything the
 * person wrote; the weekly figures are randomised; the file name is neutral.
 * "Two exports share no stable identifier" is kept with the one exception the export design
 * (reference/exports-and-style.md A3.3) makes on purpose: exports of one install carry the same
 * random install id, so the aggregator keeps only the latest. That id is 128 random bits made on
 * the device, stored only inside the vault, different in every vault even with identical data,
 * and replaced by "Replace the random code", after which nothing links the files.
 */
import { describe, expect, it } from 'vitest';
import { prepareExport, resetInstallId } from '../../../src/features/feedback/model/prepareExport';
import { answersRecordOf, feedbackStore } from '../../../src/features/feedback/data/feedbackRecords';
import { checkinStore, emptyCheckin } from '../../../src/features/tracker/data/checkinRecord';
import { weeklyStore } from '../../../src/features/tracker/data/weeklyRecord';
import { cardsRecord, saveCards } from '../../../src/features/tools/data/copingCards';
import { answerStore } from '../../../src/features/course/data/courseRecords';
import { compactText, exportFileName, exportText } from '../../../src/research/buildExport';
import { exportV1Schema, INSTALL_ID_PATTERN, type ExportV1 } from '../../../src/research/exportSchema';
import { addWeeks, isoWeekOf } from '../../../src/research/isoWeek';
import { useDaysBand } from '../../../src/research/items';
import { resetDbForTests } from '../../../src/storage/db';
import { createVault } from '../../../src/storage/vaultKeys';
import { dropDataKey } from '../../../src/vault/vaultState';
import { findCanary } from '../../fixtures/vault/canarySearch';
import { dumpBytes, rawDump } from '../storage/support';
import { PASSPHRASE, useUnlockedVault } from '../../support/vaultScreens';

const CANARY = 'EXPORTCANARY-Lumi-4e1b';
const CARD_ID = 'card-id-9c0d7e21';
/** A Wednesday afternoon: the export may say which ISO week it is, never the day or the time. */
const NOW = new Date(2026, 10, 25, 13, 47, 12);
const WEEK = isoWeekOf(NOW);

function day(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
const daysBefore = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

/** Four weeks of tracker data, each with text of the person's; a course answer; a coping card. */
async function writeEverything(): Promise<string[]> {
  const days: string[] = [];
  for (let w = 1; w <= 4; w += 1) {
    const week = addWeeks(WEEK, -w);
    await weeklyStore.save({ kind: 'tracker-weekly', v: 1, week, endsOn: day(daysBefore(7 * w - 3)), useDays: 3, timeBand: '1-3h', confidence: 6, reflection: `${CANARY} reflection ${w}` });
    const date = day(daysBefore(7 * w));
    days.push(date);
    await checkinStore.save({ ...emptyCheckin(date), urge: 8, ownTriggers: [`${CANARY}-tag`], copingNote: `${CANARY} note ${w}` });
  }
  await saveCards(cardsRecord([{ id: CARD_ID, text: `${CANARY} card` }]).cards);
  await answerStore.save({ kind: 'course-answer', v: 1, exerciseId: 'm02-journal', answer: { type: 'journal', entries: { what: `${CANARY} journal` } }, updatedAt: NOW.getTime() });
  await feedbackStore.save(answersRecordOf({ useChange: 'decreased', mostHelpful: 'tracker', wouldChange: ['audio', 'reminders'], keepConfidence: 4, soughtHelp: 'planning', weeksUsing: '5-8', modulesDone: '1-3' }));
  return days;
}

/** Every leaf of a JSON value, with its path. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

/** The saved file, read back as a researcher would: JSON text, then the strict schema. */
function asSaved(file: ExportV1): { text: string; parsed: ExportV1 } {
  const text = exportText(file);
  return { text, parsed: exportV1Schema.parse(JSON.parse(text)) };
}

describe('feedback export privacy (check 37)', () => {
  useUnlockedVault('fi');

  it('validates against the strict schema and holds no free text, ids, exact times or canary', async () => {
    const days = await writeEverything();
    const file = await prepareExport('fi', NOW);
    const { text, parsed } = asSaved(file);
    expect(parsed).toEqual(file);
    // The person's data did reach the export (so the searches below search a real file).
    expect(parsed.weekly).toHaveLength(4);
    expect(Object.keys(parsed.answers)).toHaveLength(7);
    // Extra keys anywhere are refused, so nothing can ride along unnoticed.
    expect(() => exportV1Schema.parse({ ...file, note: 'x' })).toThrow();
    expect(() => exportV1Schema.parse({ ...file, app: { ...file.app, userAgent: 'x' } })).toThrow();

    // No free text: every string is a short token without spaces; every number a small integer
    // (a timestamp in seconds or milliseconds would not fit).
    for (const [path, value] of leaves(parsed)) {
      if (typeof value === 'string') expect(value, path).toMatch(/^[A-Za-z0-9_.+-]{1,22}$/);
      else if (typeof value === 'number') expect(Number.isInteger(value) && Math.abs(value) <= 9999, `${path}=${value}`).toBe(true);
      else expect(typeof value, path).toBe('boolean');
    }
    // The only link to a date is the ISO week; no day, time of day or time zone.
    expect(parsed.exportWeek).toBe(WEEK);
    // (The random install id is masked first: its 22 random characters could spell anything.)
    for (const form of [text, compactText(file)].map((t) => t.replaceAll(parsed.installId, 'ID'))) {
      expect(form).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|T\d{2}|Z"|[+-]\d{2}:?\d{2}"/);
      for (const date of days) expect(form).not.toContain(date);
      expect(form).not.toContain(String(NOW.getTime()));
      expect(form).not.toContain(String(Math.floor(NOW.getTime() / 1000)));
    }

    // No canary, in any form it could take, from any of the person's texts.
    for (const form of [text, compactText(file), exportFileName(file)]) expect(findCanary(new TextEncoder().encode(form), CANARY)).toEqual([]);

    // No ids: neither a record's own id nor any key of the vault's pages is in the file, and the
    // install id is kept only inside the vault (encrypted), never in clear on disk.
    const dump = await rawDump();
    expect(text).not.toContain(CARD_ID);
    expect(text).not.toContain('m02-journal');
    const pageKeys = dump.flatMap((store) => store.rows.map((row) => row.key)).filter((key): key is string => typeof key === 'string' && key.length >= 8);
    expect(pageKeys.length).toBeGreaterThan(3);
    for (const key of pageKeys) expect(text).not.toContain(key);
    expect(findCanary(dumpBytes(dump), parsed.installId)).toEqual([]);

    // The file name is neutral: no app, no topic, no day or time.
    expect(exportFileName(file)).toBe(`export-${WEEK}-1.json`);
    expect(exportFileName(file)).toMatch(/^export-\d{4}-W\d{2}-\d{1,4}\.json$/);
  });

  it('weekly figures are coarse bands, randomised once per week and repeated, never the true values alone', async () => {
    await writeEverything();
    const truth = useDaysBand(3);
    const reported: number[] = [];
    for (let install = 0; install < 40; install += 1) {
      await resetInstallId();
      const { parsed } = asSaved(await prepareExport('fi', NOW));
      expect(parsed.weekly.map((w) => w.weekOffset)).toEqual([-1, -2, -3, -4]);
      for (const week of parsed.weekly) {
        expect(week.useDaysBand).toBeGreaterThanOrEqual(0);
        expect(week.useDaysBand).toBeLessThan(4);
        expect(week.urgeBand).toBeGreaterThanOrEqual(0);
        expect(week.urgeBand).toBeLessThan(3);
        reported.push(week.useDaysBand ?? -1);
      }
      // The same install exporting again repeats every randomised code: nothing to average away.
      const again = asSaved(await prepareExport('fi', NOW)).parsed;
      expect(again.weekly).toEqual(parsed.weekly);
    }
    // Every week's truth is band 1; with e^1 odds (p ≈ 0.48) both the truth and other bands
    // appear among 160 draws (each miss has a probability below 10^-40).
    expect(reported).toContain(truth);
    expect(reported.some((code) => code !== truth)).toBe(true);
  });

  it('two exports share no stable identifier beyond the random, replaceable install id', async () => {
    await writeEverything();
    const first = asSaved(await prepareExport('fi', NOW)).parsed;
    const second = asSaved(await prepareExport('fi', NOW)).parsed;
    // Within one install the files differ only in the sequence number (the noise is memoised).
    expect({ ...second, exportSeq: first.exportSeq }).toEqual(first);
    expect(second.exportSeq).toBe(first.exportSeq + 1);
    expect(first.installId).toMatch(INSTALL_ID_PATTERN);

    // The install id is the only value that is not a constant, a code, a band, a count or the week.
    const free = leaves(first).filter(([path]) => !/^(format|schemaVersion|studyId|exportSeq|exportWeek|app\.(version|language)|privacy\.\w+|weekly\[\d\]\.\w+|questionnaireId|answers\.\w+(\[\d\])?)$/.test(path));
    expect(free.map(([path]) => path)).toEqual(['installId']);

    // Replacing the random code: a new id, the count starts again, no earlier value links the files.
    await resetInstallId();
    const replaced = asSaved(await prepareExport('fi', NOW)).parsed;
    expect(replaced.installId).not.toBe(first.installId);
    expect(replaced.exportSeq).toBe(1);

    // Another vault with the same passphrase and the same data gets an unrelated id: it is derived
    // from nothing about the person.
    dropDataKey('checking');
    await resetDbForTests();
    await createVault(PASSPHRASE, undefined, { m: 19456, t: 2, p: 1 });
    await writeEverything();
    const other = asSaved(await prepareExport('fi', NOW)).parsed;
    expect([first.installId, replaced.installId]).not.toContain(other.installId);
    expect(other.exportSeq).toBe(1);
  });
});
