import { useTranslation } from 'react-i18next';
import { LeaveAppLink } from './LeaveAppLink';

/** An organisation's e-mail address; the mail app opens only after a confirm. */
export function EmailLink({ address }: { address: string }) {
  const { t } = useTranslation('help');
  return (
    <LeaveAppLink
      kind="email"
      href={`mailto:${address}`}
      label={t('leave.email', { address })}
      confirmLabel={t('leave.email-open', { address })}
      variant="quiet"
    />
  );
}
