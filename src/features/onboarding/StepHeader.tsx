import { useTranslation } from 'react-i18next';

export function StepHeader({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation('onboarding');
  return <p className="onboarding__step">{t('onboarding.step', { current, total })}</p>;
}
