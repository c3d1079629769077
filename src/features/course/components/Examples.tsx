import { useTranslation } from 'react-i18next';

/** The content's examples, folded away so they help a person start without filling the screen. */
export function Examples({ examples }: { examples: readonly string[] | undefined }) {
  const { t } = useTranslation('course');
  if (!examples || examples.length === 0) return null;
  return (
    <details className="course-examples">
      <summary>{t('examples.show')}</summary>
      <ul>
        {examples.map((example) => (
          <li key={example}>{example}</li>
        ))}
      </ul>
    </details>
  );
}
