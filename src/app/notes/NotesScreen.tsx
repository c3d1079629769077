/**
 * "My notes" (`/notes`, behind the vault): everything the person wrote, from the course, the
 * tracker and the tools, grouped, newest first within a group, each opening in its place. The
 * search runs in memory over what is already decrypted. PRIVACY: nothing is indexed or stored;
 * the query lives in this screen's state only and goes when the screen does (also on lock).
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCourseNotes } from '../../features/course/notes/useCourseNotes';
import { useToolNotes } from '../../features/tools/notes/useToolNotes';
import { useTrackerNotes } from '../../features/tracker/notes/useTrackerNotes';
import { excerptOf, groupNotes, matchesQuery, type NoteItem, type NotesState } from '../../lib/noteItem';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import './notes.css';

function combine(states: readonly NotesState[]): NotesState {
  if (states.some((s) => s.status === 'error')) return { status: 'error' };
  const items: NoteItem[] = [];
  for (const s of states) {
    if (s.status !== 'ready') return { status: 'loading' };
    items.push(...s.items);
  }
  return { status: 'ready', items };
}

function NoteEntry({ item, query, language }: { item: NoteItem; query: string; language: string }) {
  return (
    <li className="notes-item">
      <h3 className="notes-item__title">
        <Link to={item.href} onClick={item.onOpen}>
          {item.title}
        </Link>
      </h3>
      <p className="notes-item__text" translate="no">
        {excerptOf(item.text, query, language)}
      </p>
    </li>
  );
}

/** Notes shown per group at first: ten years of check-ins stay quick to list and to read. */
export const GROUP_PAGE = 20;

function NoteGroupSection({ group, items, query, language }: { group: NoteItem['group']; items: NoteItem[]; query: string; language: string }) {
  const { t } = useTranslation('notes');
  const [shown, setShown] = useState(GROUP_PAGE);
  const more = items.length - shown;
  return (
    <section aria-labelledby={`notes-${group.id}`} className="notes-group">
      <h2 id={`notes-${group.id}`}>{group.label}</h2>
      <ul className="notes-list">
        {items.slice(0, shown).map((item) => (
          <NoteEntry key={item.key} item={item} query={query} language={language} />
        ))}
      </ul>
      {more > 0 ? (
        <Button onClick={() => setShown((n) => n + GROUP_PAGE * 5)}>
          {t('more', { count: Math.min(more, GROUP_PAGE * 5) })}
          <span className="visually-hidden">: {group.label}</span>
        </Button>
      ) : null}
    </section>
  );
}

export default function NotesScreen() {
  const { t, i18n } = useTranslation(['notes', 'tools', 'course', 'tracker']);
  const searchId = useId();
  const [query, setQuery] = useState('');
  const course = useCourseNotes();
  const tracker = useTrackerNotes();
  const tools = useToolNotes();
  const state = combine([course, tracker, tools]);
  const language = i18n.language;
  // The field answers at once; the list follows when there is time (long lists on slow phones).
  const deferredQuery = useDeferredValue(query);
  const groups = useMemo(
    () => (state.status === 'ready' ? groupNotes(state.items.filter((item) => matchesQuery(item, deferredQuery, language))) : []),
    [state, deferredQuery, language],
  );
  const shown = groups.reduce((sum, g) => sum + g.items.length, 0);

  let body;
  if (state.status === 'error') {
    body = <p role="alert">{t('notes:failed')}</p>;
  } else if (state.status === 'loading') {
    body = <p role="status">{t('notes:loading')}</p>;
  } else if (state.items.length === 0) {
    body = (
      <div className="card">
        <p>{t('notes:empty.body')}</p>
        <ul>
          <li>{t('notes:empty.course')}</li>
          <li>{t('notes:empty.tracker')}</li>
          <li>{t('notes:empty.tools')}</li>
        </ul>
        <p>
          <Link to="/course">{t('notes:empty.start')}</Link>
        </p>
      </div>
    );
  } else {
    body = (
      <>
        <div className="notes-search" role="search">
          <label htmlFor={searchId}>{t('notes:search.label')}</label>
          <p id={`${searchId}-hint`} className="notes-search__hint">
            {t('notes:search.hint')}
          </p>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby={`${searchId}-hint`}
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            translate="no"
            data-sensitive=""
          />
        </div>
        <p role="status" className="notes-count">
          {deferredQuery.trim() ? t('notes:search.found', { count: shown }) : t('notes:count', { count: shown })}
        </p>
        {groups.map(({ group, items }) => (
          // Keyed by the query too: a new search starts each group at its first page again.
          <NoteGroupSection key={`${group.id}\n${deferredQuery}`} group={group} items={items} query={deferredQuery} language={language} />
        ))}
      </>
    );
  }

  return (
    <Page title={t('notes:title')} lead={t('notes:lead')}>
      {body}
    </Page>
  );
}
