import { useTranslation } from 'react-i18next';
import { NotReadyYet } from '../../ui/NotReadyYet';

export default function ToolsRoute() {
  const { t } = useTranslation();
  return <NotReadyYet title={t('tools.title')} />;
}
