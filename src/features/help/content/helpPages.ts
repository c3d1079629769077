/**
 * The help pages' prose, one Markdown file per page and language in modules-content/help/. Bundled
 * into the help chunk so every page reads offline; rendered by react-markdown, never as HTML.
 */
import type { HelpPage } from '../../../content/servicesHelpPages';
import type { Language } from '../../../i18n/languages';

const files = import.meta.glob<string>('../../../../modules-content/help/*/*.md', { query: '?raw', import: 'default', eager: true });

export function helpPageText(page: HelpPage, language: Language): string {
  return files[`../../../../modules-content/help/${language}/${page}.md`] ?? '';
}
