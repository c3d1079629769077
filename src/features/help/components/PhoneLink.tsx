import { useTranslation } from 'react-i18next';
import type { PhoneNumber } from '../../../content/servicesPhone';
import { buttonClass, type ButtonVariant } from '../../../ui/Button';

export type PhoneLinkProps = {
  phone: PhoneNumber;
  variant?: ButtonVariant;
  /** A number inside running text: a plain link reading just the number, not a "Call …" button. */
  inline?: boolean;
};

/**
 * One number, shown exactly as the service writes it, as a direct `tel:` link: in a crisis every
 * tap counts, and the phone's own dialler already asks before it calls. Websites and e-mail still
 * show the one-line notice first (see LeaveAppLink).
 */
export function PhoneLink({ phone, variant = 'secondary', inline = false }: PhoneLinkProps) {
  const { t } = useTranslation('help');
  const spoken = phone.label ? `${phone.display} (${t(`service.phone-label.${phone.label}`)})` : phone.display;
  if (inline) return <a href={`tel:${phone.dial}`}>{spoken}</a>;
  return (
    <a className={buttonClass(variant, 'phone-link')} href={`tel:${phone.dial}`}>
      {t('leave.phone', { number: spoken })}
    </a>
  );
}
