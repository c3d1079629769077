/** Real i18next with the real resource files, as the app loads them. */
import { setupI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';

export async function useRealI18n(language: Language = 'en'): Promise<void> {
  await setupI18n(language);
}
