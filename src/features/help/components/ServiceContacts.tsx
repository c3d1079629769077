import { useTranslation } from 'react-i18next';
import type { Service } from '../../../content/servicesSchema';
import { phoneNumbers } from '../../../content/servicesPhone';
import type { ButtonVariant } from '../../../ui/Button';
import { useHelpLanguage } from '../hooks/useHelpLanguage';
import { contactGap } from '../model/serviceFacts';
import { EmailLink } from './EmailLink';
import { ExternalLink } from './ExternalLink';
import { PhoneLink } from './PhoneLink';

export type ServiceContactsProps = { service: Service; phoneVariant?: ButtonVariant };

/**
 * Every way to reach a service that the list has, exactly as the source wrote it. A missing detail
 * is said in words rather than left out silently.
 */
export function ServiceContacts({ service, phoneVariant }: ServiceContactsProps) {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  const gap = contactGap(service);
  const others = service.otherPhones ?? [];
  return (
    <div className="contacts">
      <div className="contacts__row">
        {phoneNumbers(service.contact.phone).map((phone) => (
          <PhoneLink key={phone.display} phone={phone} variant={phoneVariant} />
        ))}
        {service.contact.url ? <ExternalLink url={service.contact.url} /> : null}
        {service.contact.email ? <EmailLink address={service.contact.email} /> : null}
      </div>
      {others.length > 0 ? (
        <div className="contacts__other">
          <p className="contacts__other-title">{t('service.other-numbers')}</p>
          <ul className="contacts__other-list">
            {others.map((other) =>
              phoneNumbers(other.phone).map((phone) => (
                <li key={phone.display}>
                  <span className="contacts__note">{other.note[language]}</span>
                  <PhoneLink phone={phone} />
                </li>
              )),
            )}
          </ul>
        </div>
      ) : null}
      {gap ? <p className="contacts__gap">{t(`service.gap.${gap}`)}</p> : null}
    </div>
  );
}
