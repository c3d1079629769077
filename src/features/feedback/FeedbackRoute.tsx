import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../ui/LinkButton';
import { Page } from '../../ui/Page';
import { readAnswers } from './data/feedbackRecords';
import { useFeedbackRecords } from './data/useFeedbackRecords';
import { ExportSection } from './components/ExportSection';
import { Questionnaire } from './components/Questionnaire';
import { ResetSection } from './components/ResetSection';
import './feedback.css';

/** The opt-in feedback questionnaire and the anonymous export (behind the vault). */
export default function FeedbackRoute() {
  const { t } = useTranslation(['feedback', 'common']);
  const loaded = useFeedbackRecords();
  return (
    <Page title={t('feedback:title')} lead={t('feedback:lead')}>
      <p>{t('feedback:choice')}</p>
      <LinkButton to="/">{t('feedback:skip')}</LinkButton>
      {loaded.status === 'ready' ? (
        <>
          <Questionnaire answers={readAnswers(loaded.records)} />
          <ExportSection />
          <ResetSection />
        </>
      ) : loaded.status === 'error' ? (
        <p role="alert">{t('feedback:save-failed')}</p>
      ) : (
        <p role="status">{t('common:app.loading')}</p>
      )}
    </Page>
  );
}
