/**
 * What to do right now, the same words the help page shows under "If you might harm yourself"
 * (harm-now) and "If you feel you might act on an urge" (urge-now): bundled with the screen that
 * shows them, so a crisis panel never waits for the network.
 */
import type { Language } from '../i18n/languages';

export type CrisisGuidance = 'harm-now' | 'urge-now';

const files = import.meta.glob<string>('../../modules-content/help/*/{harm-now,urge-now}.md', { query: '?raw', import: 'default', eager: true });

export function crisisGuidanceText(page: CrisisGuidance, language: Language): string {
  return files[`../../modules-content/help/${language}/${page}.md`] ?? '';
}
