import { useTranslation } from 'react-i18next';
import type { PhoneNumber } from '../../../content/servicesPhone';
import type { ButtonVariant } from '../../../ui/Button';
import { LeaveAppLink } from './LeaveAppLink';

export type PhoneLinkProps = { phone: PhoneNumber; variant?: ButtonVariant };

/** One number, shown exactly as the service writes it; the call starts only after a confirm. */
export function PhoneLink({ phone, variant }: PhoneLinkProps) {
  const { t } = useTranslation('help');
  const spoken = phone.label ? `${phone.display} (${t(`service.phone-label.${phone.label}`)})` : phone.display;
  return (
    <LeaveAppLink
      kind="phone"
      href={`tel:${phone.dial}`}
      label={t('leave.phone', { number: spoken })}
      confirmLabel={t('leave.phone-open', { number: phone.display })}
      variant={variant ?? 'secondary'}
    />
  );
}
