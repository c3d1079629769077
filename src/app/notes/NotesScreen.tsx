/**
 * "My notes" (`/notes`, behind the vault): everything the person wrote, from the course, the
 * tracker and the tools, grouped, newest first within a group, each opening in its place. The
 * search runs in memory over what is already decrypted. PRIVACY: nothing is indexed or stored;
 * the query lives in this screen's state only and goes when the screen does (also on lock).
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCourseNotes } from '../../features/course/notes/useCourseNotes';
import { useToolNotes } from '../../features/tools/notes/useToolNotes';
import { useTrackerNotes } from '../../features/tracker/notes/useTrackerNotes';
import { excerptOf, groupNotes, matchesQuery, type NoteItem, type NotesState } from '../../lib/noteItem';
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

export default function NotesScreen() {
  const { t, i18n } = useTranslation(['notes', 'tools', 'course', 'tracker']);
  const searchId = useId();
  const [query, setQuery] = useState('');
  const course = useCourseNotes();
  const tracker = useTrackerNotes();
  const tools = useToolNotes();
  const state = combine([course, tracker, tools]);
  const language = i18n.language;
  const groups = useMemo(
    () => (state.status === 'ready' ? groupNotes(state.items.filter((item) => matchesQuery(item, query, language))) : []),
    [state, query, language],
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
          {query.trim() ? t('notes:search.found', { count: shown }) : t('notes:count', { count: shown })}
        </p>
        {groups.map(({ group, items }) => (
          <section key={group.id} aria-labelledby={`notes-${group.id}`} className="notes-group">
            <h2 id={`notes-${group.id}`}>{group.label}</h2>
            <ul className="notes-list">
              {items.map((item) => (
                <NoteEntry key={item.key} item={item} query={query} language={language} />
              ))}
            </ul>
          </section>
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
