import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On every help sub-page: one tap back to the crisis numbers. */
export function BackToHelp() {
  const { t } = useTranslation('help');
  return (
    <p className="back-to-help">
      <Link to="/help">{t('nav.back')}</Link>
    </p>
  );
}
