import { useTranslation } from 'react-i18next';
import type { CrisisLine } from '../model/crisisLines';

type ShownLine = { name: string; display: string; dial: string; kind?: CrisisLine['kind'] };

/** The country's crisis numbers as tel: links, the emergency number first. */
export function CrisisLines({ lines }: { lines: readonly ShownLine[] }) {
  const { t } = useTranslation('tools');
  return (
    <ul className="tools-lines">
      {lines.map((line) => (
        <li key={`${line.dial}-${line.name}`}>
          {line.kind ? <span className="tools-lines__kind">{t(`plan.kinds.${line.kind}`)}</span> : null}
          <a className="tools-lines__link" href={`tel:${line.dial}`} aria-label={t('plan.call', { name: line.name, number: line.display })}>
            <span className="tools-lines__name">{line.name}</span> <span className="tools-lines__number">{line.display}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
