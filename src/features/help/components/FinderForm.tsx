import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { useNames } from '../hooks/useNames';
import {
  ANONYMITY_NEEDS,
  HARMED_WHEN,
  HELP_KINDS,
  PROFESSIONAL_NEEDS,
  URGENCY,
  WHO_OPTIONS,
  type FinderAnswers,
  type Who,
} from '../model/finder';
import { CountryPicker } from './CountryPicker';
import { RadioGroup } from './RadioGroup';

export type FinderDraft = Omit<FinderAnswers, 'who'> & { who: Who | null };

export type FinderFormProps = {
  initial: FinderDraft;
  countries: readonly string[];
  languages: readonly string[];
  onSubmit: (answers: FinderAnswers) => void;
};

/** The finder's questions. PRIVACY: the answers stay in this component's state only. */
export function FinderForm({ initial, countries, languages, onSubmit }: FinderFormProps) {
  const { t, i18n } = useTranslation('help');
  const { languageName } = useNames();
  const [draft, setDraft] = useState(initial);
  const [whoMissing, setWhoMissing] = useState(false);
  const [needMissing, setNeedMissing] = useState(false);
  const needGroup = useRef<HTMLDivElement>(null);
  const languageId = useId();
  const whoGroup = useRef<HTMLDivElement>(null);
  const set = <K extends keyof FinderDraft>(key: K, value: FinderDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.who === null) {
      setWhoMissing(true);
      whoGroup.current?.querySelector('input')?.focus();
      return;
    }
    setWhoMissing(false);
    // A professional's two needs lead to different help, so the finder does not guess between them.
    if (draft.who === 'professional' && draft.professionalNeed === undefined) {
      setNeedMissing(true);
      needGroup.current?.querySelector('input')?.focus();
      return;
    }
    setNeedMissing(false);
    // Only the follow-up question that belongs to the chosen person is part of the answers.
    const { professionalNeed, harmedWhen, ...rest } = draft;
    onSubmit({
      ...rest,
      who: draft.who,
      ...(draft.who === 'professional' && professionalNeed ? { professionalNeed } : {}),
      ...(draft.who === 'harmed' ? { harmedWhen: harmedWhen ?? 'not-say' } : {}),
    });
  };

  const sortedLanguages = [...languages].sort((a, b) => languageName(a).localeCompare(languageName(b), i18n.language));

  return (
    <form className="finder" onSubmit={submit} noValidate>
      <div ref={whoGroup}>
        <RadioGroup
          legend={t('finder.who')}
          name="who"
          options={WHO_OPTIONS}
          value={draft.who}
          label={(o) => t(`finder.who-option.${o}`)}
          onChange={(v) => {
            set('who', v);
            setWhoMissing(false);
          }}
          error={whoMissing ? t('finder.who-missing') : undefined}
        />
      </div>
      {draft.who === 'professional' ? (
        <div ref={needGroup}>
          <RadioGroup
            legend={t('finder.professional-need')}
            name="professional-need"
            options={PROFESSIONAL_NEEDS}
            value={draft.professionalNeed ?? null}
            label={(o) => t(`finder.professional-need-option.${o}`)}
            onChange={(v) => {
              set('professionalNeed', v);
              setNeedMissing(false);
            }}
            error={needMissing ? t('finder.professional-need-missing') : undefined}
          />
        </div>
      ) : null}
      {draft.who === 'harmed' ? (
        <RadioGroup
          legend={t('finder.harmed-when')}
          name="harmed-when"
          options={HARMED_WHEN}
          value={draft.harmedWhen ?? null}
          label={(o) => t(`finder.harmed-when-option.${o}`)}
          onChange={(v) => set('harmedWhen', v)}
        />
      ) : null}
      <RadioGroup
        legend={t('finder.urgent')}
        hint={t('finder.urgent-hint')}
        name="urgent"
        options={URGENCY}
        value={draft.urgent}
        label={(o) => t(`finder.urgent-option.${o}`)}
        onChange={(v) => set('urgent', v)}
      />
      <CountryPicker value={draft.country} onChange={(v) => set('country', v)} countries={countries} label={t('finder.where')} />
      <div className="field">
        <label htmlFor={languageId}>{t('finder.language')}</label>
        <select id={languageId} value={draft.language} onChange={(e) => set('language', e.target.value)}>
          {sortedLanguages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </div>
      <RadioGroup
        legend={t('finder.kind')}
        name="kind"
        options={HELP_KINDS}
        value={draft.kind}
        label={(o) => t(`finder.kind-option.${o}`)}
        onChange={(v) => set('kind', v)}
      />
      <RadioGroup
        legend={t('finder.anonymity')}
        name="anonymity"
        options={ANONYMITY_NEEDS}
        value={draft.anonymity}
        label={(o) => t(`finder.anonymity-option.${o}`)}
        onChange={(v) => set('anonymity', v)}
      />
      <Button type="submit" variant="primary">
        {t('finder.submit')}
      </Button>
    </form>
  );
}
