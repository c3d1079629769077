import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../../ui/Button';

/** Shown at once when an answer says the person may be in danger: emergency number, Get help now. */
export function CrisisRoutes() {
  const { t } = useTranslation('tracker');
  return (
    <section className="tracker-crisis" role="alert" aria-labelledby="tracker-crisis-title">
      <h2 id="tracker-crisis-title">{t('crisis.title')}</h2>
      <p>{t('crisis.body')}</p>
      <div className="page__actions">
        <a className={buttonClass('crisis')} href="tel:112">
          {t('crisis.call')}
        </a>
        <Link className={buttonClass('crisis')} to="/help">
          {t('crisis.help')}
        </Link>
      </div>
      <p>{t('crisis.plan')}</p>
    </section>
  );
}
