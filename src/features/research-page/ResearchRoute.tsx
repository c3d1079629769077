import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';

/** Lazy-loaded: researchers are few, and the aggregator must not weigh on anyone else's first screen. */
export default function ResearchRoute() {
  const { t } = useTranslation();
  return <Page title={t('research.title')} lead={t('research.body')} />;
}
