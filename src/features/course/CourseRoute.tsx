import { useTranslation } from 'react-i18next';
import { NotReadyYet } from '../../ui/NotReadyYet';

export default function CourseRoute() {
  const { t } = useTranslation();
  return <NotReadyYet title={t('nav.course')} />;
}
