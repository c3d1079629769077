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
import { needsCrisisFirst, urgentRoutes } from '../model/urgentRoutes';

/**
 * A few questions and a ranked shortlist, worked out on this device. PRIVACY: answers and results
 * are component state only; leaving the page forgets them.
 */
export function FinderPage() {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  const { country } = useCountry();
  const { services, serviceCountries, serviceLanguages, routes, byId } = catalogue();
  const [answers, setAnswers] = useState<FinderAnswers | null>(null);
  const form = useRef<HTMLDivElement>(null);

  const initial: FinderDraft = { who: null, urgent: 'no', country, language, kind: 'any', anonymity: 'no-matter' };
  const suggestions = useMemo(() => (answers ? suggestServices(services, answers) : []), [answers, services]);
  const urgent = useMemo(() => (answers && needsCrisisFirst(answers) ? urgentRoutes(answers, routes, byId) : null), [answers, routes, byId]);

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
          urgent={urgent}
          onChangeAnswers={() => form.current?.querySelector<HTMLInputElement>('input')?.focus()}
        />
      ) : null}
    </Page>
  );
}
