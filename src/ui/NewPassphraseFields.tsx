import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { SecretField } from './SecretField';
import './fields.css';

export type StrengthView = { score: 0 | 1 | 2 | 3 | 4; acceptable: boolean; reasons: string[] };
export type WordListChoice = 'en' | 'sv' | 'fi';
const WORD_LISTS: readonly WordListChoice[] = ['fi', 'sv', 'en'];

export type NewPassphraseFieldsProps = {
  value: string;
  onChange: (value: string) => void;
  confirm: string;
  onConfirmChange: (value: string) => void;
  /**
   * Strength check (zxcvbn in the vault), injected so this component stays presentational.
   * `generated` says the generator filled the field and it was not edited since.
   */
  assess: (passphrase: string, options: { generated: boolean }) => Promise<StrengthView>;
  /** Called when the fields unmount: ends the strength check's worker (and the passphrase in it). */
  release?: () => void;
  /** Word-list generator (the vault's CSPRNG), injected likewise. */
  generate: (list: WordListChoice) => Promise<string>;
  defaultWordList: WordListChoice;
  /** Tells the parent whether the pair may be used: strong enough and typed the same twice. */
  onReadyChange: (ready: boolean) => void;
  showErrors: boolean;
  disabled?: boolean;
};

/**
 * New passphrase + confirmation, with a strength meter that names the reason a passphrase is
 * refused, and a word-list generator. A suggestion is shown in plain text at once (the person is
 * asked to write it down), with a Hide button; typed passphrases stay masked until Show.
 * PRIVACY: the generated words are shown in the field only.
 */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { value, onChange, confirm, onConfirmChange, assess, release, generate, defaultWordList, onReadyChange, showErrors, disabled } = props;
  // Its strings are their own namespace, so the lock screen (which never shows these fields) skips them.
  const { t } = useTranslation(['passphrase', 'vault']);
  const meterId = useId();
  const [strength, setStrength] = useState<StrengthView | undefined>();
  const [list, setList] = useState<WordListChoice>(defaultWordList);
  const [generated, setGenerated] = useState(false);
  const [shown, setShown] = useState(false);
  const [toolsMissing, setToolsMissing] = useState(false);

  useEffect(() => () => release?.(), [release]);

  useEffect(() => {
    let live = true;
    if (value === '') {
      setStrength(undefined);
      return;
    }
    const timer = setTimeout(() => {
      assess(value, { generated }).then(
        (result) => {
          if (!live) return;
          setStrength(result);
          setToolsMissing(false);
        },
        // The check's dictionaries are cached on first use; offline before that they cannot load.
        () => live && setToolsMissing(true),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [value, generated, assess]);

  const matches = value === confirm;
  const ready = !!strength?.acceptable && matches && value !== '';
  useEffect(() => onReadyChange(ready), [ready, onReadyChange]);

  const suggest = async () => {
    let words: string;
    try {
      words = await generate(list);
    } catch {
      setToolsMissing(true);
      return;
    }
    onChange(words);
    onConfirmChange('');
    setGenerated(true);
    setShown(true);
  };

  const weak = strength && !strength.acceptable;
  return (
    <div>
      {toolsMissing ? (
        <p className="field__error" role="alert">
          {t('new-passphrase.tools-offline')}
        </p>
      ) : null}
      <SecretField
        label={t('new-passphrase.label')}
        hint={t('new-passphrase.hint')}
        value={value}
        onChange={(next) => {
          setGenerated(false);
          onChange(next);
        }}
        showLabel={t('vault:field.show')}
        hideLabel={t('vault:field.hide')}
        visible={shown}
        onVisibleChange={setShown}
        disabled={disabled}
        error={showErrors && weak ? t('new-passphrase.too-weak') : undefined}
      />
      <div className="strength" aria-live="polite">
        <label htmlFor={meterId}>
          {t('new-passphrase.strength-label')}: {strength ? t(`new-passphrase.score.${strength.score}`) : t('new-passphrase.score.none')}
        </label>
        <meter id={meterId} min={0} max={4} low={2} high={3} optimum={4} value={strength?.score ?? 0} />
        {weak && strength.reasons.length > 0 ? (
          <ul>
            {strength.reasons.map((reason) => (
              <li key={reason}>{t(`new-passphrase.reason.${reason}`, { defaultValue: t('new-passphrase.reason.guessable') })}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${meterId}-list`}>{t('new-passphrase.word-list')}</label>
        <div className="field__row">
          <select id={`${meterId}-list`} value={list} onChange={(event) => setList(WORD_LISTS.find((l) => l === event.target.value) ?? 'en')} disabled={disabled}>
            {WORD_LISTS.map((l) => (
              <option key={l} value={l}>
                {t(`new-passphrase.word-list-${l}`)}
              </option>
            ))}
          </select>
          <Button onClick={() => void suggest()} disabled={disabled}>
            {t('new-passphrase.generate')}
          </Button>
        </div>
        {generated ? <p className="field__hint">{t('new-passphrase.generated-note')}</p> : null}
      </div>
      <SecretField
        label={t('new-passphrase.confirm')}
        value={confirm}
        onChange={onConfirmChange}
        showLabel={t('vault:field.show')}
        hideLabel={t('vault:field.hide')}
        disabled={disabled}
        error={showErrors && confirm !== '' && !matches ? t('new-passphrase.mismatch') : showErrors && confirm === '' ? t('new-passphrase.confirm-missing') : undefined}
      />
    </div>
  );
}
