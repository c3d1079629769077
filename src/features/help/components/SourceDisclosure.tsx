import { useTranslation } from 'react-i18next';
import type { Service } from '../../../content/servicesSchema';
import { useHelpLanguage } from '../hooks/useHelpLanguage';
import { formatListDate, siteName } from '../model/dates';
import { ExternalLink } from './ExternalLink';

/**
 * "Where this comes from": the source, the line it was read from, and the sources behind later
 * corrections. A quiet native disclosure, not a button that looks like an action; the links inside
 * still show the leave-the-app notice first.
 */
export function SourceDisclosure({ service }: { service: Service }) {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  const date = (value: string) => formatListDate(value, language) ?? t('service.undated');
  return (
    <details className="source">
      <summary className="source__summary">{t('service.source-title')}</summary>
      <div className="source__body">
        <ExternalLink url={service.sourceUrl} label={`${t('service.source')}: ${siteName(service.sourceUrl)}`} />
        {service.evidence ? (
          <figure className="source__evidence">
            <figcaption>{t('service.evidence')}</figcaption>
            <blockquote>{service.evidence}</blockquote>
          </figure>
        ) : null}
        {service.moreSources && service.moreSources.length > 0 ? (
          <>
            <p className="source__more-title">{t('service.more-sources')}</p>
            <ul className="source__more">
              {service.moreSources.map((source, index) => (
                <li key={`${source.field}-${index}`}>
                  <p>
                    {t('service.source-field-line', {
                      field: t(`service.source-field.${source.field}`),
                      site: siteName(source.url),
                      date: date(source.seen),
                    })}
                  </p>
                  {source.evidence ? <blockquote>{source.evidence}</blockquote> : null}
                  <ExternalLink url={source.url} label={`${t('service.source')}: ${siteName(source.url)}`} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </details>
  );
}
