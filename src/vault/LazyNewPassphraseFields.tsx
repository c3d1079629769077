/**
 * The new-passphrase fields as every screen that sets a passphrase uses them (first run, recovery
 * unlock, change passphrase, a backup's own passphrase): the lazy strength check in its worker,
 * ended when the fields go, the lazy generator, and the word list of the language in use.
 * It lives here, not in src/ui, because shared components may not import the vault.
 */
import { useTranslation } from 'react-i18next';
import { NewPassphraseFields, type NewPassphraseFieldsProps } from '../ui/NewPassphraseFields';
import { assessLazily, endStrengthCheck, generateLazily, wordListFor } from './passphraseLazy';

export type LazyNewPassphraseFieldsProps = Omit<NewPassphraseFieldsProps, 'assess' | 'release' | 'generate' | 'defaultWordList'>;

export function LazyNewPassphraseFields(props: LazyNewPassphraseFieldsProps) {
  // The same namespaces as the fields themselves, so this adds no string chunk of its own.
  const { i18n } = useTranslation(['passphrase', 'vault']);
  return (
    <NewPassphraseFields
      {...props}
      assess={assessLazily}
      release={endStrengthCheck}
      generate={generateLazily}
      defaultWordList={wordListFor(i18n.language)}
    />
  );
}
