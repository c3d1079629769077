/**
 * The opt-in questionnaire: every question may be left unanswered (its first choice), each
 * change is saved into the vault at once. Choices only: there is no free-text field to fill.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIDENCE_MAX, CONFIDENCE_MIN, SINGLE_CHOICE_ITEMS, WOULD_CHANGE, type SingleChoiceItem } from '../../../research/items';
import type { Answers } from '../../../research/exportSchema';
import { answersRecordOf, feedbackStore } from '../data/feedbackRecords';

const CONFIDENCE = Array.from({ length: CONFIDENCE_MAX - CONFIDENCE_MIN + 1 }, (_, i) => String(CONFIDENCE_MIN + i));
const ORDER: Array<SingleChoiceItem | 'keepConfidence' | 'wouldChange'> = ['useChange', 'mostHelpful', 'wouldChange', 'keepConfidence', 'soughtHelp', 'weeksUsing', 'modulesDone'];

export function Questionnaire({ answers }: { answers: Answers }) {
  const { t } = useTranslation('feedback');
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');

  function save(next: Answers) {
    feedbackStore.save(answersRecordOf(next)).then(
      () => setStatus('saved'),
      () => setStatus('failed'),
    );
  }

  function setSingle(item: SingleChoiceItem | 'keepConfidence', value: string) {
    const next: Record<string, unknown> = { ...answers };
    if (value === '') delete next[item];
    else next[item] = item === 'keepConfidence' ? Number(value) : value;
    save(next as Answers);
  }

  function toggle(option: (typeof WOULD_CHANGE)[number], on: boolean) {
    const chosen = new Set(answers.wouldChange ?? []);
    if (on) chosen.add(option);
    else chosen.delete(option);
    save({ ...answers, wouldChange: WOULD_CHANGE.filter((o) => chosen.has(o)) });
  }

  return (
    <section aria-labelledby="feedback-questions" className="feedback__questions">
      <h2 id="feedback-questions">{t('questions')}</h2>
      {ORDER.map((item) => {
        if (item === 'wouldChange') {
          return (
            <fieldset key={item} className="feedback__question">
              <legend>{t('q.wouldChange.legend')}</legend>
              {WOULD_CHANGE.map((option) => (
                <label key={option} className="check">
                  <input type="checkbox" checked={answers.wouldChange?.includes(option) ?? false} onChange={(e) => toggle(option, e.target.checked)} />
                  {t(`q.wouldChange.options.${option}`)}
                </label>
              ))}
            </fieldset>
          );
        }
        const codes: readonly string[] = item === 'keepConfidence' ? CONFIDENCE : SINGLE_CHOICE_ITEMS[item];
        const current = answers[item] === undefined ? '' : String(answers[item]);
        return (
          <fieldset key={item} className="feedback__question">
            <legend>{t(`q.${item}.legend`)}</legend>
            <label className="check">
              <input type="radio" name={item} value="" checked={current === ''} onChange={() => setSingle(item, '')} />
              {t('clear')}
            </label>
            {codes.map((code) => (
              <label key={code} className="check">
                <input type="radio" name={item} value={code} checked={current === code} onChange={() => setSingle(item, code)} />
                {t(`q.${item}.options.${code}` as 'q.useChange.options.stopped')}
              </label>
            ))}
          </fieldset>
        );
      })}
      <p role="status" className="feedback__status">
        {status === 'saved' ? t('saved') : status === 'failed' ? t('save-failed') : ''}
      </p>
    </section>
  );
}
