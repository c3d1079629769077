import { useTranslation } from 'react-i18next';
import { DEFINITIONS, type Measure, type Score } from '../model/questionnaires';

/** "Total 7 of 27: mild" or "Not scored: too many questions left unanswered". */
export function ScoreText({ measure, score }: { measure: Measure; score: Score }) {
  const { t, i18n } = useTranslation('tracker');
  if (!score.complete) return <>{t('q.incomplete', { answered: score.answered, items: DEFINITIONS[measure].items })}</>;
  const total = new Intl.NumberFormat(i18n.language).format(score.total);
  return (
    <>
      {t('q.total', { total, max: DEFINITIONS[measure].maxTotal })}
      {score.percent !== undefined ? ` (${new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(score.percent / 100)})` : ''}
      {': '}
      {t(`q.band.${measure}.${score.band}` as 'q.band.phq9.minimal')}
      {score.prorated ? ` ${t('q.prorated')}` : ''}
    </>
  );
}
