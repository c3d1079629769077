/**
 * One questionnaire (PHQ-9, GAD-7 or WHO-5) in its published wording, answered item by item and
 * saved once with "Save answers". PHQ-9 item 9 above 0 shows crisis routes at once, before any
 * score exists. PHQ-9's difficulty question follows item 9 once any problem is checked off; it is
 * stored with the answers and never scored. A second save of the same questionnaire on the same
 * day is refused.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../ui/BackLink';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { newQuestionnaire, questionnaireStore } from '../data/questionnaireRecord';
import type { TrackerData } from '../data/useTrackerData';
import { failureOf } from '../../../storage/autosave/saveStatus';
import { todayIso } from '../model/dates';
import { DEFINITIONS, DIFFICULTY_VALUES, asksDifficulty, needsCrisisRoutes, scoreOf, type Difficulty, type Measure, type Score } from '../model/questionnaires';
import { CrisisRoutes } from './CrisisRoutes';
import { RadioChoices } from './Choices';
import { ScoreText } from './ScoreText';

type Status = { kind: 'editing' } | { kind: 'saving' } | { kind: 'saved'; score: Score } | { kind: 'refused'; reason: 'already-today' | 'nothing-answered' | 'failed' | 'locked' | 'storage-full' };

export function QuestionnairePage({ measure, data }: { measure: Measure; data: TrackerData }) {
  const { t } = useTranslation('tracker');
  const def = DEFINITIONS[measure];
  const [answers, setAnswers] = useState<Array<number | null>>(() => Array.from({ length: def.items }, () => null));
  const [difficulty, setDifficulty] = useState<Difficulty | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'editing' });
  const crisis = needsCrisisRoutes(measure, answers);
  const difficultyAsked = asksDifficulty(measure, answers);

  // A ref, not the status, guards the write: two taps can both run before a re-render.
  const saving = useRef(false);

  const submit = async () => {
    if (saving.current) return;
    const today = todayIso();
    const stored = questionnaireStore.peek() ?? data.questionnaires;
    if ([...stored.values()].some((q) => q.measure === measure && q.date === today)) {
      setStatus({ kind: 'refused', reason: 'already-today' });
      return;
    }
    if (answers.every((a) => a === null)) {
      setStatus({ kind: 'refused', reason: 'nothing-answered' });
      return;
    }
    saving.current = true;
    setStatus({ kind: 'saving' });
    try {
      await questionnaireStore.save(newQuestionnaire(measure, today, answers, difficulty));
      setStatus({ kind: 'saved', score: scoreOf(measure, answers) });
    } catch (error) {
      setStatus({ kind: 'refused', reason: failureOf(error) });
    } finally {
      saving.current = false;
    }
  };

  return (
    <Page title={t(`q.${measure}.name`)} lead={t(`q.${measure}.intro`)}>
      {status.kind === 'saved' ? (
        <section className="card" aria-labelledby="tracker-q-result">
          <h2 id="tracker-q-result">{t('q.result')}</h2>
          <p role="status">
            <ScoreText measure={measure} score={status.score} />
          </p>
          <p>{t('q.not-diagnosis')}</p>
        </section>
      ) : (
        <form
          className="tracker-form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          {answers.map((answer, index) => (
            <div key={index}>
              <RadioChoices
                legend={`${index + 1}. ${t(`q.${measure}.items.${index + 1}` as 'q.phq9.items.1')}`}
                options={def.values}
                value={answer}
                onChange={(next) => setAnswers((current) => current.map((a, i) => (i === index ? next : a)))}
                labelOf={(v) => t(`q.${measure}.options.${v}` as 'q.phq9.options.0')}
              />
              {measure === 'phq9' && index === 8 && crisis ? <CrisisRoutes /> : null}
            </div>
          ))}
          {difficultyAsked ? (
            <div>
              <RadioChoices
                legend={t('q.phq9.difficulty.question')}
                options={DIFFICULTY_VALUES}
                value={difficulty}
                onChange={setDifficulty}
                labelOf={(v) => t(`q.phq9.difficulty.options.${v}`)}
              />
              <p className="field__hint">{t('q.phq9.difficulty.not-scored')}</p>
            </div>
          ) : null}
          <p className="field__hint">{t('q.optional')}</p>
          <div role="alert">{status.kind === 'refused' ? <p className="field__error">{t(`q.refused.${status.reason}`)}</p> : null}</div>
          <div className="page__actions">
            <Button type="submit" variant="primary" aria-disabled={status.kind === 'saving' || undefined}>
              {t('q.save')}
            </Button>
          </div>
        </form>
      )}
      {status.kind === 'saved' && crisis ? <CrisisRoutes /> : null}
      <p className="tracker-attribution">{t(`q.${measure}.attribution`)}</p>
      <BackLink to="/tracker">{t('back')}</BackLink>
    </Page>
  );
}
