/**
 * The anonymous export: prepared on request, shown in full, then saved as a file with a neutral
 * name or copied in its one-line form. Nothing leaves the device unless the person does this.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { currentLanguage } from '../../../i18n/i18n';
import { compactText, exportFileName, exportText } from '../../../research/buildExport';
import type { ExportV1 } from '../../../research/exportSchema';
import { prepareExport } from '../model/prepareExport';
import { ExportWords } from './ExportPreview';

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'failed' } | { kind: 'ready'; file: ExportV1 };

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportSection() {
  const { t } = useTranslation('feedback');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [note, setNote] = useState('');
  const compactRef = useRef<HTMLTextAreaElement>(null);
  const compactId = useId();

  function prepare() {
    setState({ kind: 'working' });
    setNote('');
    prepareExport(currentLanguage()).then(
      (file) => setState({ kind: 'ready', file }),
      () => setState({ kind: 'failed' }),
    );
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setNote(t('export.copied'));
    } catch {
      compactRef.current?.select();
      setNote(t('export.copy-failed'));
    }
  }

  return (
    <section aria-labelledby="feedback-export" className="feedback__export">
      <h2 id="feedback-export">{t('export.heading')}</h2>
      <p>{t('export.body')}</p>
      <Button onClick={prepare} disabled={state.kind === 'working'}>
        {state.kind === 'working' ? t('export.preparing') : t('export.prepare')}
      </Button>
      {state.kind === 'failed' ? <p role="alert">{t('export.failed')}</p> : null}
      {state.kind === 'ready' ? (
        <div className="feedback__preview">
          <div className="notice">
            <h3>{t('export.randomised-heading')}</h3>
            <p>{t('export.randomised')}</p>
          </div>
          <h3>{t('export.words-heading')}</h3>
          <ExportWords file={state.file} />
          <h3>{t('export.json-heading')}</h3>
          <pre className="feedback__json" tabIndex={0} role="region" aria-label={t('export.json-label')}>
            {exportText(state.file)}
          </pre>
          <p>{t('export.file-name', { name: exportFileName(state.file) })}</p>
          <div className="page__actions">
            <Button
              variant="primary"
              onClick={() => {
                download(exportFileName(state.file), exportText(state.file));
                setNote(t('export.saved', { name: exportFileName(state.file) }));
              }}
            >
              {t('export.save')}
            </Button>
            <Button onClick={() => void copy(compactText(state.file))}>{t('export.copy')}</Button>
          </div>
          <div className="field">
            <label htmlFor={compactId}>{t('export.compact-label')}</label>
            <textarea id={compactId} ref={compactRef} readOnly rows={4} className="feedback__compact" value={compactText(state.file)} />
          </div>
        </div>
      ) : null}
      <p role="status">{note}</p>
    </section>
  );
}
