/**
 * The researcher's page (public, lazy-loaded): files chosen or dropped here are read in this
 * browser by the shared aggregator core (src/research) and never uploaded. Shows the summary,
 * charts of the de-biased weekly estimates with their intervals (tables as the alternative), the
 * questionnaire answers, the files not counted with reasons, and the downloads.
 */
import { useId, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { EPSILON_PER_VALUE, K_MIN } from '../../research/items';
import { BandChart } from './components/BandChart';
import { FeedbackTable, NotCounted, StrataTable, WeeklyTable, type Formats } from './components/ResultTables';
import { readFiles, type Result } from './model/readFiles';
import './research.css';

type State = { kind: 'idle' } | { kind: 'reading'; done: number; total: number } | { kind: 'done'; result: Result };

function save(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Lazy-loaded: researchers are few, and the aggregator must not weigh on anyone else's first screen. */
export default function ResearchRoute() {
  const { t, i18n } = useTranslation('research');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const f: Formats = useMemo(() => {
    const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
    const int = new Intl.NumberFormat(i18n.language);
    return { share: (n) => pct.format(n), count: (n) => int.format(n) };
  }, [i18n.language]);

  function read(list: FileList | null) {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    setState({ kind: 'reading', done: 0, total: files.length });
    void readFiles(files, (done) => setState({ kind: 'reading', done, total: files.length })).then((result) => setState({ kind: 'done', result }));
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    read(event.dataTransfer.files);
  }

  const result = state.kind === 'done' ? state.result : undefined;
  const weeks = result ? [...new Set(result.tables.weekly.map((r) => r.iso_week))].sort() : [];
  const latest = weeks.at(-1);

  return (
    <Page title={t('title')} lead={t('lead')}>
      <p>{t('local')}</p>
      <div
        className={`research__drop${dragging ? ' research__drop--over' : ''}`}
        role="group"
        aria-label={t('pick.drop-label')}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className="research__pick-label">
          {t('pick.label')}
        </label>
        <input id={inputId} type="file" multiple accept=".json,.jsonl,.txt,application/json" onChange={(e) => read(e.target.files)} disabled={state.kind === 'reading'} />
        <p>{t('pick.drop')}</p>
      </div>
      <p role="status" className="research__status">
        {state.kind === 'reading' ? t('pick.reading', { done: state.done, total: state.total }) : state.kind === 'idle' ? t('empty') : ''}
      </p>
      {result ? (
        <>
          <section aria-labelledby="research-summary">
            <h2 id="research-summary">{t('summary.heading')}</h2>
            <ul>
              <li>{t('summary.files', { count: result.summary.files })}</li>
              {(['accepted', 'duplicate', 'superseded', 'conflict', 'rejected'] as const).map((o) => (
                <li key={o}>{t(`summary.${o}`, { count: result.summary.byOutcome[o] })}</li>
              ))}
            </ul>
            <p>{t('privacy.k', { k: K_MIN })}</p>
            <Button onClick={() => setState({ kind: 'idle' })}>{t('pick.again')}</Button>
          </section>
          <section aria-labelledby="research-weekly">
            <h2 id="research-weekly">{t('weekly.heading')}</h2>
            <p>{t('privacy.epsilon', { epsilon: EPSILON_PER_VALUE })}</p>
            {latest ? (
              <div className="research__charts">
                {(['useDaysBand', 'urgeBand'] as const).map((item) => {
                  const title = `${item === 'useDaysBand' ? t('weekly.use') : t('weekly.urge')}: ${t('weekly.chart', { week: latest })}`;
                  return (
                    <figure key={item} className="research__figure">
                      <figcaption>{title}</figcaption>
                      <BandChart title={title} rows={result.tables.weekly.filter((r) => r.iso_week === latest && r.item_id === item)} format={f.share} />
                    </figure>
                  );
                })}
              </div>
            ) : null}
            <WeeklyTable rows={result.tables.weekly} f={f} />
          </section>
          <section aria-labelledby="research-feedback">
            <h2 id="research-feedback">{t('feedback.heading')}</h2>
            <FeedbackTable rows={result.tables.feedback} f={f} />
          </section>
          <section aria-labelledby="research-strata">
            <h2 id="research-strata">{t('strata.heading')}</h2>
            <StrataTable rows={result.tables.strata} f={f} />
          </section>
          <section aria-labelledby="research-rejected">
            <h2 id="research-rejected">{t('rejected.heading')}</h2>
            <NotCounted log={result.log} />
          </section>
          <section aria-labelledby="research-download">
            <h2 id="research-download">{t('download.heading')}</h2>
            <p>{t('download.body')}</p>
            <div className="page__actions research__downloads">
              {result.files.map((file) => (
                <Button key={file.name} onClick={() => save(file.name, file.text, file.name.endsWith('.csv') ? 'text/csv' : 'application/json')}>
                  {file.name}
                </Button>
              ))}
            </div>
          </section>
        </>
      ) : null}
    </Page>
  );
}
