/**
 * The daily check-in: every item optional, saved as the person answers (autosave), one record per
 * day; choosing another day opens that day's check-in, so a later edit replaces the earlier one.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAutosave } from '../../../storage/autosave/useAutosave';
import { resetSaveState, useSaveStatus } from '../../../storage/autosave/saveStatus';
import { Button } from '../../../ui/Button';
import { BackLink } from '../../../ui/BackLink';
import { Page } from '../../../ui/Page';
import { RangeField } from '../../../ui/RangeField';
import { SaveStatusLine } from '../../../ui/SaveStatusLine';
import { SensitiveField } from '../../../ui/SensitiveField';
import { COPING_TAGS, TRIGGER_TAGS, URGE_COUNTS, USE_ANSWERS, checkinStore, emptyCheckin, isEmptyCheckin, type Checkin } from '../data/checkinRecord';
import type { TrackerData } from '../data/useTrackerData';
import { todayIso } from '../model/dates';
import { takeEditTarget } from '../model/editTarget';
import { checkinProblems, dateProblem, type EntryProblem } from '../model/validation';
import { CheckChoices, RadioChoices } from './Choices';
import { CrisisRoutes } from './CrisisRoutes';
import { formatDay } from './format';

async function writeCheckin(value: Checkin): Promise<void> {
  if (checkinProblems(value, todayIso()).length > 0) return;
  if (isEmptyCheckin(value)) {
    if (checkinStore.peek()?.has(value.date)) await checkinStore.remove(value.date);
    return;
  }
  await checkinStore.save(value);
}

export function CheckinPage({ data }: { data: TrackerData }) {
  const { t, i18n } = useTranslation('tracker');
  const navigate = useNavigate();
  const today = todayIso();
  const [date, setDate] = useState(() => takeEditTarget() ?? today);
  const [value, setValue] = useState<Checkin>(() => data.checkins.get(date) ?? emptyCheckin(date));
  const [dateDraft, setDateDraft] = useState(date);
  const [problem, setProblem] = useState<EntryProblem | undefined>();
  const [newTag, setNewTag] = useState('');
  const [finishing, setFinishing] = useState(false);
  // "I might act now": opens the crisis routes here; nothing about it is stored.
  const [actNow, setActNow] = useState(false);
  const dateId = useId();
  const { schedule, flush } = useAutosave(writeCheckin);
  const save = useSaveStatus();

  useEffect(() => resetSaveState(), []);

  const update = useCallback(
    (change: Partial<Checkin>) => {
      setValue((current) => {
        const next = { ...current, ...change };
        schedule(next);
        return next;
      });
    },
    [schedule],
  );

  const knownOwnTags = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of data.checkins.values()) for (const tag of c.ownTriggers) seen.set(tag.toLocaleLowerCase(), tag);
    for (const tag of value.ownTriggers) seen.set(tag.toLocaleLowerCase(), tag);
    return [...seen.values()].sort((a, b) => a.localeCompare(b)).slice(-30);
  }, [data.checkins, value.ownTriggers]);

  const chooseDate = async () => {
    const found = dateProblem(dateDraft, today);
    setProblem(found);
    if (found || dateDraft === date) return;
    await flush();
    setDate(dateDraft);
    setValue(checkinStore.peek()?.get(dateDraft) ?? data.checkins.get(dateDraft) ?? emptyCheckin(dateDraft));
  };

  const addTag = () => {
    const tag = newTag.trim().slice(0, 40);
    if (!tag) return;
    if (value.ownTriggers.some((own) => own.toLocaleLowerCase() === tag.toLocaleLowerCase())) {
      setProblem('duplicate-tag');
      return;
    }
    setProblem(undefined);
    if (value.ownTriggers.length >= 12) return;
    update({ ownTriggers: [...value.ownTriggers, tag] });
    setNewTag('');
  };

  const finish = async () => {
    if (finishing) return;
    setFinishing(true);
    const ok = await flush();
    setFinishing(false);
    if (ok) void navigate('/tracker');
  };

  const isToday = date === today;
  const dayName = formatDay(date, i18n.language);
  const range = (key: 'urge' | 'mood' | 'stress' | 'lonely' | 'copingHelp') => (
    <RangeField label={t(`checkin.${key}.label`)} minLabel={t(`checkin.${key}.min`)} maxLabel={t(`checkin.${key}.max`)} value={value[key]} onChange={(n) => update({ [key]: n })} />
  );

  return (
    <Page title={isToday ? t('checkin.title-today') : t('checkin.title-day', { day: dayName })} lead={t('checkin.lead')}>
      <div className="tracker-form">
        <div className="field tracker-date">
          <label htmlFor={dateId}>{t('checkin.day')}</label>
          <div className="field__row">
            <input
              id={dateId}
              type="date"
              value={dateDraft}
              max={today}
              aria-invalid={problem?.startsWith('date') ? true : undefined}
              aria-describedby={`${dateId}-now`}
              onChange={(event) => setDateDraft(event.target.value)}
            />
            <Button onClick={() => void chooseDate()}>{t('checkin.open-day')}</Button>
          </div>
          <p id={`${dateId}-now`} className="field__hint">
            {t('checkin.showing', { day: dayName })}
          </p>
        </div>
        <div role="alert">{problem ? <p className="field__error">{t(`problem.${problem}`)}</p> : null}</div>

        <RadioChoices legend={t('checkin.used.label')} options={USE_ANSWERS} value={value.used} onChange={(used) => update({ used })} labelOf={(o) => t(`checkin.used.${o}`)} />
        {value.used === 'yes' ? (
          <p className="tracker-note">
            {t('lapse.short')} <Link to="/course/m12">{t('lapse.link')}</Link>
          </p>
        ) : null}
        {range('urge')}
        <div>
          <Button variant="crisis" aria-expanded={actNow} aria-controls={actNow ? `${dateId}-act-now` : undefined} onClick={() => setActNow((open) => !open)}>
            {t('checkin.act-now')}
          </Button>
        </div>
        {actNow ? <CrisisRoutes reason="urge" id={`${dateId}-act-now`} /> : null}
        <RadioChoices legend={t('checkin.count.label')} options={URGE_COUNTS} value={value.urgeCount} onChange={(urgeCount) => update({ urgeCount })} labelOf={(o) => t(`checkin.count.${o}`)} />
        {range('mood')}
        {range('stress')}
        {range('lonely')}
        <CheckChoices legend={t('checkin.triggers.label')} options={TRIGGER_TAGS} value={value.triggers} onChange={(triggers) => update({ triggers })} labelOf={(o) => t(`checkin.triggers.${o}`)} />
        <fieldset className="tracker-choices">
          <legend className="tracker-choices__legend">{t('checkin.own.label')}</legend>
          {knownOwnTags.length > 0 ? (
            <div className="tracker-choices__row">
              {knownOwnTags.map((tag) => (
                <label key={tag} className="tracker-choice" translate="no">
                  <input
                    type="checkbox"
                    checked={value.ownTriggers.includes(tag)}
                    onChange={(event) => update({ ownTriggers: event.target.checked ? [...value.ownTriggers, tag] : value.ownTriggers.filter((own) => own !== tag) })}
                  />
                  <span data-sensitive="">{tag}</span>
                </label>
              ))}
            </div>
          ) : null}
          <div className="tracker-add-tag">
            <SensitiveField label={t('checkin.own.new')} value={newTag} onChange={setNewTag} multiline={false} />
            <Button onClick={addTag}>{t('checkin.own.add')}</Button>
          </div>
        </fieldset>
        <CheckChoices legend={t('checkin.coping.label')} options={COPING_TAGS} value={value.coping} onChange={(coping) => update({ coping })} labelOf={(o) => t(`checkin.coping.${o}`)} />
        <SensitiveField label={t('checkin.coping.note')} value={value.copingNote} onChange={(copingNote) => update({ copingNote: copingNote.slice(0, 200) })} multiline={false} />
        {range('copingHelp')}
      </div>
      <SaveStatusLine {...save} />
      <div className="page__actions">
        <Button variant="primary" onClick={() => void finish()} aria-disabled={finishing || undefined}>
          {t('checkin.done')}
        </Button>
        <BackLink to="/tracker">{t('back')}</BackLink>
      </div>
    </Page>
  );
}
