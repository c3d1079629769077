import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/zod';
import { ListEditor } from '../../../ui/ListEditor';
import { RangeField } from '../../../ui/RangeField';
import { SensitiveField } from '../../../ui/SensitiveField';
import { answerKey, freeText, MAX_LIST, rating, type ExerciseProps } from './answerParts';

import { TIME_BANDS, type UrgeEntry, type UrgeLogAnswer } from './answerSchemas';

const emptyEntry = (): UrgeEntry => ({ band: null, intensity: null, triggers: [], whatIDid: '', howItWent: '' });

type EntryProps = {
  entry: UrgeEntry;
  tags: readonly string[];
  tagLabel: (id: string) => string;
  update: (next: UrgeEntry) => void;
};

function UrgeLogEntry({ entry, tags, tagLabel, update }: EntryProps) {
  const { t } = useTranslation('course');
  const bandName = useId();
  const toggle = (tag: string, on: boolean) => {
    const next = on ? [...entry.triggers, tag] : entry.triggers.filter((x) => x !== tag);
    update({ ...entry, triggers: tags.filter((x) => next.includes(x)) });
  };
  return (
    <>
      <fieldset className="course-choices course-choices--row">
        <legend className="course-choices__legend">{t('urge-log.band')}</legend>
        {TIME_BANDS.map((band) => (
          <label key={band} className="course-choice">
            <input type="radio" name={bandName} checked={entry.band === band} onChange={() => update({ ...entry, band })} />
            <span>{t(`urge-log.bands.${band}`)}</span>
          </label>
        ))}
      </fieldset>
      <RangeField
        label={t('urge-log.intensity')}
        minLabel={t('urge-log.intensity-min')}
        maxLabel={t('urge-log.intensity-max')}
        value={entry.intensity}
        onChange={(intensity) => update({ ...entry, intensity })}
      />
      <fieldset className="course-choices">
        <legend className="course-choices__legend">{t('urge-log.triggers')}</legend>
        {tags.map((tag) => (
          <label key={tag} className="course-choice">
            <input type="checkbox" checked={entry.triggers.includes(tag)} onChange={(e) => toggle(tag, e.target.checked)} />
            <span>{tagLabel(tag)}</span>
          </label>
        ))}
      </fieldset>
      <SensitiveField label={t('urge-log.what-i-did')} value={entry.whatIDid} rows={2} onChange={(whatIDid) => update({ ...entry, whatIDid })} />
      <SensitiveField label={t('urge-log.how-it-went')} value={entry.howItWent} rows={2} onChange={(howItWent) => update({ ...entry, howItWent })} />
    </>
  );
}

/** Several entries: time-of-day band, intensity 0–10, trigger tags from the content, what I did, how it went. */
export function UrgeLogExercise({ exercise, strings, value, onChange }: ExerciseProps<'urge-log', UrgeLogAnswer>) {
  const { t } = useTranslation('course');
  return (
    <div className="exercise-fields">
      <ListEditor
        grouped
        items={value?.entries ?? []}
        max={MAX_LIST}
        empty={emptyEntry}
        onChange={(entries) => onChange({ type: 'urge-log', entries })}
        itemLabel={(index) => t('urge-log.entry', { number: index + 1 })}
        addLabel={t('urge-log.add')}
        renderItem={(entry, update) => (
          <UrgeLogEntry entry={entry} tags={exercise.triggerTags} tagLabel={(id) => strings.options?.[id] ?? id} update={update} />
        )}
      />
    </div>
  );
}
