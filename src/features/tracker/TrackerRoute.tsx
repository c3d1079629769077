import { useTranslation } from 'react-i18next';
import { NotReadyYet } from '../../ui/NotReadyYet';

export default function TrackerRoute() {
  const { t } = useTranslation();
  return <NotReadyYet title={t('tracker.title')} />;
}
