import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function BackToTools() {
  const { t } = useTranslation('tools');
  return (
    <p className="tools-back">
      <Link to="/tools">{t('back')}</Link>
    </p>
  );
}
