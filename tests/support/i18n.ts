/** Real i18next with the real resource files, as the app loads them, every namespace ready. */
import i18next from 'i18next';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setupI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';

const namespaces = readdirSync(join(import.meta.dirname, '..', '..', 'src', 'i18n', 'locales', 'en')).map((f) => f.replace(/\.json$/, ''));

export async function useRealI18n(language: Language = 'en'): Promise<void> {
  await setupI18n(language);
  // The app fetches a namespace when a screen first asks for it; tests render screens directly.
  await i18next.loadNamespaces(namespaces);
}
