/**
 * The common shapes features hand to the app shell's "My notes" and home screens, so features
 * never import each other: each feature turns its own records into these, and src/app composes.
 * PRIVACY: a NoteItem holds the person's own words and lives only in memory while the vault is
 * open; an ActivityItem never does (home must tell a passer-by nothing).
 */

export type NoteGroup = {
  /** Stable id, unique across features (for example `course-m03`, `tracker-checkins`). */
  id: string;
  /** The heading the group is listed under. */
  label: string;
};

export type NoteItem = {
  key: string;
  group: NoteGroup;
  /** What the note is (an exercise's title, a day, a card's number); never the person's text. */
  title: string;
  /** Everything the person wrote here, in one string: searched, and shown in part. */
  text: string;
  /** Date.now() of the last change, or a local day `YYYY-MM-DD`; null when the record keeps none. */
  updatedAt: number | string | null;
  /** Where the note opens: a neutral in-app address. */
  href: string;
  /** Runs just before opening, for places that take their target from memory (a check-in's day). */
  onOpen?: () => void;
};

export type NotesState = { status: 'loading' } | { status: 'ready'; items: NoteItem[] } | { status: 'error' };

/** Something the person did, named by kind only (no text of theirs), for home's recent list. */
export type ActivityItem = {
  key: string;
  /** Neutral words: "Daily check-in", "An exercise in module 4". */
  label: string;
  /** Local day `YYYY-MM-DD`. */
  day: string;
  /** Date.now() where known, to order items within one day. */
  at: number | null;
  href: string;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment. */
export function localDayOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Compares two `updatedAt` values, newest first; notes without one keep their given order. */
function sortValue(value: number | string | null): string | null {
  if (value === null) return null;
  // Milliseconds and days compare on one scale: the local day, then the time within it.
  return typeof value === 'number' ? `${localDayOf(value)}T${String(value).padStart(16, '0')}` : `${value}T`;
}

/** Groups in the order they first appear; within a group, newest first (stable for ties). */
export function groupNotes(items: readonly NoteItem[]): { group: NoteGroup; items: NoteItem[] }[] {
  const groups = new Map<string, { group: NoteGroup; items: NoteItem[] }>();
  for (const item of items) {
    const entry = groups.get(item.group.id) ?? { group: item.group, items: [] };
    entry.items.push(item);
    groups.set(item.group.id, entry);
  }
  for (const entry of groups.values()) {
    entry.items = entry.items
      .map((item, index) => ({ item, index, value: sortValue(item.updatedAt) }))
      .sort((a, b) => {
        if (a.value !== null && b.value !== null && a.value !== b.value) return a.value < b.value ? 1 : -1;
        return a.index - b.index;
      })
      .map(({ item }) => item);
  }
  return [...groups.values()];
}

function fold(value: string, language: string): string {
  return value.toLocaleLowerCase(language).normalize('NFC');
}

/** True when every word of the query occurs in the note's title, group or text (case ignored). */
export function matchesQuery(item: NoteItem, query: string, language: string): boolean {
  const words = fold(query, language).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${item.group.label}\n${item.title}\n${item.text}`, language);
  return words.every((word) => haystack.includes(word));
}

/**
 * A short piece of the text to show: its start, or, when searching, the part around the first
 * word found, so the person sees why the note matched.
 */
export function excerptOf(text: string, query: string, language: string, length = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const word = fold(query, language).split(/\s+/).find(Boolean);
  const at = word ? fold(flat, language).indexOf(word) : -1;
  const start = at > length / 2 ? Math.min(at - Math.floor(length / 3), flat.length - length) : 0;
  const piece = flat.slice(start, start + length).trim();
  return `${start > 0 ? '…' : ''}${piece}${start + length < flat.length ? '…' : ''}`;
}
