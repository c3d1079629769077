import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../ui/BackLink';

export function BackToTools() {
  const { t } = useTranslation('tools');
  return (
    <p className="tools-back">
      <BackLink to="/tools">{t('back')}</BackLink>
    </p>
  );
}
