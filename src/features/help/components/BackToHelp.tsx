import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../ui/BackLink';

/** On every help sub-page: one tap back to the crisis numbers. */
export function BackToHelp() {
  const { t } = useTranslation('help');
  return (
    <p className="back-to-help">
      <BackLink to="/help">{t('nav.back')}</BackLink>
    </p>
  );
}
