import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page';
import { CrisisBlock } from '../components/CrisisBlock';
import { HelpNav } from '../components/HelpNav';
import { Prose } from '../components/Prose';
import { helpPageText } from '../content/helpPages';
import { useHelpLanguage } from '../hooks/useHelpLanguage';

/** /help: crisis first, then the way to everything else. Works without unlocking, offline. */
export function HelpHome() {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  return (
    <Page title={t('home.title')}>
      <CrisisBlock />
      <h2>{t('nav.more')}</h2>
      <HelpNav />
      <p className="help-note">{t('home.not-crisis-care')}</p>
      <section aria-labelledby="about-list">
        <h2 id="about-list">{t('about.title')}</h2>
        <Prose text={helpPageText('about-list', language)} />
      </section>
    </Page>
  );
}
