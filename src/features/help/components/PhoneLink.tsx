import { useTranslation } from 'react-i18next';
import type { PhoneNumber } from '../../../content/servicesPhone';
import { buttonClass, type ButtonVariant } from '../../../ui/Button';

export type PhoneLinkProps = { phone: PhoneNumber; variant?: ButtonVariant };

/**
 * One number, shown exactly as the service writes it, as a direct `tel:` link: in a crisis every
 * tap counts, and the phone's own dialler already asks before it calls. Websites and e-mail still
 * show the one-line notice first (see LeaveAppLink).
 */
export function PhoneLink({ phone, variant = 'secondary' }: PhoneLinkProps) {
  const { t } = useTranslation('help');
  const spoken = phone.label ? `${phone.display} (${t(`service.phone-label.${phone.label}`)})` : phone.display;
  return (
    <a className={buttonClass(variant, 'phone-link')} href={`tel:${phone.dial}`}>
      {t('leave.phone', { number: spoken })}
    </a>
  );
}
