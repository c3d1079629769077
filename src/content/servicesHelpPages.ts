/**
 * The prose pages of the help section, one Markdown file per language in
 * modules-content/help/<lang>/<page>.md. Every page exists in every shipped language.
 */
export const HELP_PAGES = ['urge-now', 'harm-now', 'family', 'professionals', 'harmed', 'youth', 'about-list'] as const;
export type HelpPage = (typeof HELP_PAGES)[number];
