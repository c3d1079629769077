import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type Section = { id: string; title: string };

/** The level-2 headings of a help page's Markdown, with neutral ids (no topic words in the address bar). */
export function proseSections(text: string, prefix = 'section'): Section[] {
  return [...text.matchAll(/^## +(.+?)\s*#*\s*$/gm)].map((match, index) => ({ id: `${prefix}-${index + 1}`, title: match[1] ?? '' }));
}

/**
 * A short "On this page" list for the longer help pages. The links move focus and scroll in place
 * instead of adding a history entry (Polku keeps one entry, see replaceOnlyHistory.ts).
 */
export function OnThisPage({ sections }: { sections: Section[] }) {
  const { t } = useTranslation();
  if (sections.length < 3) return null;
  const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <nav className="on-this-page" aria-labelledby="on-this-page-title">
      <h2 id="on-this-page-title" className="on-this-page__title">
        {t('nav.on-this-page')}
      </h2>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} onClick={(event) => jump(event, section.id)}>
              {section.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
