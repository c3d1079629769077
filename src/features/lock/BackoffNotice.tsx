import { useTranslation } from 'react-i18next';

/** Says plainly how long to wait; minutes once the wait is long. */
export function BackoffNotice({ secondsLeft }: { secondsLeft: number }) {
  const { t } = useTranslation('vault');
  if (secondsLeft <= 0) return null;
  const text = secondsLeft > 90 ? t('lock.wait-minutes', { count: Math.ceil(secondsLeft / 60) }) : t('lock.wait', { count: secondsLeft });
  return (
    <p className="notice notice--warning" role="status">
      {text}
    </p>
  );
}
