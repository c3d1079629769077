/**
 * Browser side of the vault benchmark (served by a Vite dev server, never shipped): ten years of
 * synthetic data written through the app's own records layer (encrypted pages), the same values in
 * a plain Dexie database, and timings for unlock, encrypted versus plain reads, unlock to a
 * rendered summary, and one autosave. Reads go through the same code as after a real unlock.
 * The data is made up; no real person's text is involved.
 */
import Dexie from 'dexie';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Suspense, type ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import i18next from 'i18next';
import { z } from 'zod';
import { ANSWER_VERSION } from '../../src/features/course/data/answerRecord';
import { answerStore, progressStore } from '../../src/features/course/data/courseRecords';
import { emptyProgress } from '../../src/features/course/model/progress';
import HomeScreen from '../../src/app/home/HomeScreen';
import TrackerRoute from '../../src/features/tracker/TrackerRoute';
import { CHECKIN_VERSION, checkinStore as checkins, type Checkin } from '../../src/features/tracker/data/checkinRecord';
import { QUESTIONNAIRE_VERSION, questionnaireStore as questionnaires, type QuestionnaireRecord } from '../../src/features/tracker/data/questionnaireRecord';
import { WEEKLY_VERSION, weeklyStore as weekly, type WeeklyReview } from '../../src/features/tracker/data/weeklyRecord';
import { isoWeekKey } from '../../src/features/tracker/model/dates';
import { DEFINITIONS, MEASURES } from '../../src/features/tracker/model/questionnaires';
import { setupI18n } from '../../src/i18n/i18n';
import { defineRecords } from '../../src/storage/records';
import { createVault, unlockWithPassphrase } from '../../src/storage/vaultKeys';
import { deriveArgon2id, prewarmKdf } from '../../src/vault/argon2Derive';
import { utf8Encode } from '../../src/vault/bytes';
import { DEFAULT_ARGON2, SALT_BYTES } from '../../src/vault/kdfParams';
import { loadPages, pageStats } from '../../src/storage/pageStore';
import { holdSession, lockVault, requireSession } from '../../src/vault/vaultState';

const PASS = 'benchmark passphrase with six words';

const day = (i: number) => new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const sentence = (n: number) => `Synthetic note ${n}: a calm day with a walk, some work and a short call with a friend.`;

// The tracker's real record types (features/tracker/data) for check-ins, weekly reviews and
// questionnaires; stand-ins for urge logs and settings: same sizes and spans.
const urgeSchema = z.object({ id: z.string(), at: z.string(), band: z.string(), strength: z.number(), tags: z.array(z.string()), whatIDid: z.string(), howItWent: z.string() });
const settingsSchema = z.object({ id: z.string(), reminders: z.boolean(), questionnaireWeeks: z.number() });
const urges = defineRecords({ collection: 'urges', schema: urgeSchema, idOf: (u) => u.id, spanOf: (u) => u.at.slice(0, 7) });
const settings = defineRecords({ collection: 'settings', schema: settingsSchema, idOf: (s) => s.id, spanOf: () => '' });

function synthetic() {
  const tags = ['stress', 'alone', 'night', 'bored', 'tired'];
  return {
    checkins: Array.from({ length: 3650 }, (_, i): Checkin => ({
      kind: 'tracker-checkin',
      v: CHECKIN_VERSION,
      date: day(i),
      used: i % 23 === 0 ? 'yes' : i % 17 ? 'no' : 'skip',
      urge: (i * 7) % 11,
      urgeCount: (['0', '1', '2-3', '4+'] as const)[i % 4] ?? '0',
      mood: i % 11,
      stress: (i * 3) % 11,
      lonely: (i * 5) % 11,
      triggers: (['stress', 'alone', 'night'] as const).slice(0, i % 3),
      ownTriggers: tags.slice(3, 3 + (i % 2)),
      coping: (['walk', 'talk'] as const).slice(0, i % 3),
      copingNote: sentence(i).slice(0, 60),
      copingHelp: (i * 2) % 11,
    })),
    weekly: Array.from({ length: 520 }, (_, i): WeeklyReview => ({
      kind: 'tracker-weekly',
      v: WEEKLY_VERSION,
      week: isoWeekKey(day(i * 7 + 6)),
      endsOn: day(i * 7 + 6),
      useDays: i % 8,
      timeBand: (['0', 'under-1h', '1-3h'] as const)[i % 3] ?? '0',
      confidence: i % 11,
      reflection: sentence(i),
    })),
    questionnaires: Array.from({ length: 260 }, (_, i): QuestionnaireRecord => {
      const measure = MEASURES[i % 3] ?? 'phq9';
      const { items, values } = DEFINITIONS[measure];
      return { kind: 'tracker-questionnaire', v: QUESTIONNAIRE_VERSION, id: `q${i}`, measure, date: day(i * 14), answers: Array.from({ length: items }, (_, j) => values[(i + j) % values.length] ?? 0) };
    }),
    urges: Array.from({ length: 5000 }, (_, i) => ({ id: `u${i}`, at: day(Math.floor(i * 0.73)), band: ['morning', 'day', 'evening', 'night'][i % 4] ?? 'day', strength: i % 11, tags: tags.slice(i % 4), whatIDid: sentence(i), howItWent: sentence(i + 1).slice(0, 40) })),
    answers: Array.from({ length: 12 * 5 }, (_, i) => ({
      kind: 'course-answer' as const,
      v: ANSWER_VERSION as typeof ANSWER_VERSION,
      exerciseId: `m${String((i % 12) + 1).padStart(2, '0')}-exercise-${Math.floor(i / 12)}`,
      answer: { type: 'journal' as const, entries: { first: `${sentence(i)} ${sentence(i + 1)}`.repeat(3), second: sentence(i + 2) } },
      updatedAt: i,
    })),
  };
}

const plain = new Dexie('bench-plain');
plain.version(1).stores({ checkins: 'id', weekly: 'id', urges: 'id', answers: 'id', progress: 'id', settings: 'id', questionnaires: 'id' });
const TOTAL = 3650 + 520 + 5000 + 60 + 12 + 1 + 260;

async function setup(): Promise<{ records: number }> {
  await createVault(PASS);
  const data = synthetic();
  const progress = Array.from({ length: 12 }, (_, i) => ({ ...emptyProgress(`m${String(i + 1).padStart(2, '0')}`, i), finished: i < 6 }));
  await Promise.all([
    ...data.checkins.map((c) => checkins.save(c)),
    ...data.weekly.map((w) => weekly.save(w)),
    ...data.questionnaires.map((q) => questionnaires.save(q)),
    ...data.urges.map((u) => urges.save(u)),
    ...data.answers.map((a) => answerStore.save(a)),
    ...progress.map((p) => progressStore.save(p)),
    settings.save({ id: 'main', reminders: false, questionnaireWeeks: 2 }),
  ]);
  await plain.table('checkins').bulkPut(data.checkins.map((c) => ({ id: c.date, ...c })));
  await plain.table('weekly').bulkPut(data.weekly.map((w) => ({ id: w.week, ...w })));
  await plain.table('urges').bulkPut(data.urges);
  await plain.table('questionnaires').bulkPut(data.questionnaires);
  await plain.table('answers').bulkPut(data.answers.map((a) => ({ id: a.exerciseId, ...a })));
  await plain.table('progress').bulkPut(progress.map((p) => ({ id: p.moduleId, ...p })));
  await plain.table('settings').put({ id: 'main', reminders: false, questionnaireWeeks: 2 });
  return { records: TOTAL };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function unlockOnce(): Promise<number> {
  lockVault();
  // As the lock screen does when it appears: start the worker before the passphrase is entered.
  await prewarmKdf();
  await settle();
  return timed(() => unlockWithPassphrase(PASS));
}

async function loadAll(): Promise<number> {
  const maps = await Promise.all([checkins.load(), weekly.load(), urges.load(), answerStore.load(), progressStore.load(), settings.load(), questionnaires.load()]);
  return maps.reduce((n, map) => n + map.size, 0);
}

/**
 * Every record decrypted from IndexedDB, as after an unlock: the cache is dropped (lock) and the
 * same session keys held again, so the timing has no Argon2id in it, only reading and decrypting.
 */
async function readEncrypted(): Promise<number> {
  const { keys } = requireSession();
  lockVault();
  holdSession(keys);
  return timed(async () => {
    if ((await loadAll()) !== TOTAL) throw new Error('missing records');
  });
}

async function readPlain(): Promise<number> {
  return timed(async () => {
    const all = await Promise.all(plain.tables.map((table) => table.toArray()));
    if (all.reduce((n, list) => n + list.length, 0) !== TOTAL) throw new Error('missing records');
  });
}

const root = createRoot(document.getElementById('root') ?? document.body);

// The strings of every screen rendered here, loaded once.
let i18nReady: Promise<unknown> | undefined;
const loadStrings = () => setupI18n('en').then(() => i18next.loadNamespaces(['common', 'fields', 'tracker', 'home', 'course', 'tools', 'settings']));

/** Resolves once `done()` holds for the page, checked after every change to it. */
function rendered(done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) {
      resolve();
      return;
    }
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

/** Home with its data: course progress, today's check-in and recent activity shown, nothing still loading. */
const homeShown = () => document.querySelector('.home-recent li') !== null && document.querySelector('#root [role="status"]') === null;

/** The tracker page shows its charts (four SVG images). */
const chartsShown = () => document.querySelectorAll('svg[role="img"]').length >= 4;

/** The real home screen (progress, today's check-in, recent activity, tools, backup reminder). */
const HOME = (
  <MemoryRouter initialEntries={['/']}>
    <Suspense fallback={null}>
      <HomeScreen />
    </Suspense>
  </MemoryRouter>
);

/** The real tracker page (TrackerRoute: its record stores, overview, history and the lazily loaded charts). */
const TRACKER = (
  <MemoryRouter initialEntries={['/tracker']}>
    <Suspense fallback={null}>
      <Routes>
        <Route path="/tracker/*" element={<TrackerRoute />} />
      </Routes>
    </Suspense>
  </MemoryRouter>
);

function renderUntil(screen: ReactNode, shown: () => boolean): Promise<void> {
  const done = rendered(shown);
  root.render(screen);
  return done;
}

/**
 * Locks and empties the page, warms the worker as the lock screen does while the person types,
 * then times the unlock (Argon2id, every page decrypted) to `screen` rendered with its data.
 */
async function timeUnlockTo(screen: ReactNode, shown: () => boolean): Promise<number> {
  i18nReady ??= loadStrings();
  await i18nReady;
  lockVault();
  flushSync(() => root.render(null));
  await prewarmKdf();
  await settle();
  return timed(async () => {
    await unlockWithPassphrase(PASS);
    await renderUntil(screen, shown);
  });
}

const unlockToRendered = () => timeUnlockTo(HOME, homeShown);
const unlockToTracker = () => timeUnlockTo(TRACKER, chartsShown);

/** Argon2id alone in the warm worker, as the unlock runs it: what this machine gives the budget today. */
async function argon2Alone(): Promise<number> {
  await prewarmKdf();
  await settle();
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return timed(() => deriveArgon2id(utf8Encode(PASS), salt, DEFAULT_ARGON2));
}

/**
 * The app's own share of unlock-to-tracker: the session keys held again (as the unlock does once
 * the key is derived), every page decrypted, the tracker's records checked and its page rendered.
 */
async function trackerAfterKey(): Promise<number> {
  i18nReady ??= loadStrings();
  await i18nReady;
  const { keys } = requireSession();
  lockVault();
  flushSync(() => root.render(null));
  await settle();
  return timed(async () => {
    holdSession(keys);
    await loadPages();
    await renderUntil(TRACKER, chartsShown);
  });
}

/** One autosave of a journal answer, to the moment its page is stored, with all the data present. */
async function autosaveOnce(): Promise<number> {
  await loadAll();
  const exerciseId = 'm04-exercise-1';
  const current = answerStore.peek()?.get(exerciseId);
  if (!current) throw new Error('no answer to edit');
  return timed(() => answerStore.save({ ...current, answer: { type: 'journal', entries: { first: `${sentence(Date.now())} edited` } }, updatedAt: Date.now() }));
}

function storedSize(): { rows: number; bytes: number; pages: number } {
  const stats = pageStats();
  if (!stats) throw new Error('not loaded');
  return stats;
}

(window as unknown as { __vaultBench: unknown }).__vaultBench = { setup, unlockOnce, readEncrypted, readPlain, unlockToRendered, unlockToTracker, autosaveOnce, storedSize, argon2Alone, trackerAfterKey };
