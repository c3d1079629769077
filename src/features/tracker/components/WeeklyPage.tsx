/**
 * The weekly review of the seven days ending today: days with use (prefilled from the check-ins
 * when they answer it), time spent, confidence for next week and a short reflection. Saved as the
 * person answers; one per calendar week, a later edit replaces it.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAutosave } from '../../../storage/autosave/useAutosave';
import { resetSaveState, useSaveStatus } from '../../../storage/autosave/saveStatus';
import { Button } from '../../../ui/Button';
import { BackLink } from '../../../ui/BackLink';
import { Page } from '../../../ui/Page';
import { RangeField } from '../../../ui/RangeField';
import { SaveStatusLine } from '../../../ui/SaveStatusLine';
import { SensitiveField } from '../../../ui/SensitiveField';
import type { TrackerData } from '../data/useTrackerData';
import { TIME_BANDS, weeklyStore, type WeeklyReview } from '../data/weeklyRecord';
import { addDays, isoWeekKey, todayIso } from '../model/dates';
import { newWeeklyReview, prefillWeek } from '../model/weekly';
import { RadioChoices } from './Choices';
import { formatDay } from './format';

const USE_DAYS = [0, 1, 2, 3, 4, 5, 6, 7] as const;

function writeReview(value: WeeklyReview): Promise<void> {
  return weeklyStore.save(value);
}

export function WeeklyPage({ data }: { data: TrackerData }) {
  const { t, i18n } = useTranslation('tracker');
  const navigate = useNavigate();
  const today = todayIso();
  const [value, setValue] = useState<WeeklyReview>(() => {
    const existing = data.weekly.get(isoWeekKey(today));
    return existing ? { ...existing, endsOn: today } : newWeeklyReview(data.checkins, today);
  });
  const prefill = prefillWeek(data.checkins, today);
  const { schedule, flush } = useAutosave(writeReview);
  const save = useSaveStatus();
  const [finishing, setFinishing] = useState(false);

  useEffect(() => resetSaveState(), []);

  const update = useCallback(
    (change: Partial<WeeklyReview>) => {
      setValue((current) => {
        const next = { ...current, ...change };
        schedule(next);
        return next;
      });
    },
    [schedule],
  );

  const finish = async () => {
    if (finishing) return;
    setFinishing(true);
    schedule(value);
    const ok = await flush();
    setFinishing(false);
    if (ok) void navigate('/tracker');
  };

  const from = formatDay(addDays(today, -6), i18n.language);
  const to = formatDay(today, i18n.language);

  return (
    <Page title={t('weekly.title')} lead={t('weekly.lead', { from, to })}>
      <div className="tracker-form">
        <RadioChoices legend={t('weekly.use-days')} options={USE_DAYS} value={value.useDays} onChange={(useDays) => update({ useDays })} labelOf={(n) => String(n)} />
        {prefill.useDays !== null ? <p className="field__hint">{t('weekly.prefilled', { count: prefill.answeredDays, days: prefill.useDays })}</p> : null}
        <RadioChoices legend={t('weekly.time')} options={TIME_BANDS} value={value.timeBand} onChange={(timeBand) => update({ timeBand })} labelOf={(b) => t(`weekly.band.${b}`)} />
        <RangeField label={t('weekly.confidence.label')} minLabel={t('weekly.confidence.min')} maxLabel={t('weekly.confidence.max')} value={value.confidence} onChange={(confidence) => update({ confidence })} />
        <SensitiveField label={t('weekly.reflection')} hint={t('weekly.reflection-hint')} value={value.reflection} onChange={(reflection) => update({ reflection: reflection.slice(0, 2000) })} rows={3} />
      </div>
      <SaveStatusLine {...save} />
      <div className="page__actions">
        <Button variant="primary" onClick={() => void finish()}>
          {t('weekly.done')}
        </Button>
        <BackLink to="/tracker">{t('back')}</BackLink>
      </div>
    </Page>
  );
}
