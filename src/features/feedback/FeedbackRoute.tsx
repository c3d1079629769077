import { useTranslation } from 'react-i18next';
import { NotReadyYet } from '../../ui/NotReadyYet';

export default function FeedbackRoute() {
  const { t } = useTranslation();
  return <NotReadyYet title={t('feedback.title')} />;
}
