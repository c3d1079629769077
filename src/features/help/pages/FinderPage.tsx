import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page';
import { BackToHelp } from '../components/BackToHelp';
import { FinderForm, type FinderDraft } from '../components/FinderForm';
import { FinderResults } from '../components/FinderResults';
import { useCountry } from '../hooks/useCountry';
import { useHelpLanguage } from '../hooks/useHelpLanguage';
import { catalogue } from '../model/catalogue';
import { suggestServices, type FinderAnswers } from '../model/finder';

/**
 * A few questions and a ranked shortlist, worked out on this device. PRIVACY: answers and results
 * are component state only; leaving the page forgets them.
 */
export function FinderPage() {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  const { country } = useCountry();
  const { services, serviceCountries, serviceLanguages } = catalogue();
  const [answers, setAnswers] = useState<FinderAnswers | null>(null);
  const form = useRef<HTMLDivElement>(null);

  const initial: FinderDraft = { who: null, country, language, kind: 'any', anonymity: 'no-matter' };
  const suggestions = useMemo(() => (answers ? suggestServices(services, answers) : []), [answers, services]);

  return (
    <Page title={t('finder.title')} lead={t('finder.lead')}>
      <BackToHelp />
      <div ref={form}>
        <FinderForm initial={initial} countries={serviceCountries} languages={serviceLanguages} onSubmit={setAnswers} />
      </div>
      {answers ? (
        <FinderResults
          answers={answers}
          suggestions={suggestions}
          onChangeAnswers={() => form.current?.querySelector<HTMLInputElement>('input')?.focus()}
        />
      ) : null}
    </Page>
  );
}
