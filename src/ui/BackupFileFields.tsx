/**
 * Choosing a backup file and typing its passphrase: the same two fields, and the same "opening"
 * progress, on the first-run restore and in settings. The caller keeps the state and the buttons
 * (the first run has Back beside Open; settings has Open alone). Strings from the `backup` and
 * `vault` namespaces, which both screens load.
 * PRIVACY: the passphrase is a SecretField (no spellcheck, no autofill); the file is only read
 * when the caller opens it.
 */
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SecretField } from './SecretField';
import { WorkingIndicator } from './WorkingIndicator';
import './fields.css';

export type BackupFileFieldsProps = {
  passphrase: string;
  onPassphraseChange: (value: string) => void;
  onFileChange: (file: File | undefined) => void;
  /** Enter in the passphrase field. */
  onOpen: () => void;
  busy: boolean;
  /** The one translated message of a failed open, shown under the passphrase. */
  error?: string | undefined;
  /** Lets the caller clear the chosen file after a restore. */
  fileInputRef?: Ref<HTMLInputElement>;
};

export function BackupFileFields({ passphrase, onPassphraseChange, onFileChange, onOpen, busy, error, fileInputRef }: BackupFileFieldsProps) {
  const { t } = useTranslation(['backup', 'vault']);
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('backup:file')}</label>
        <input ref={fileInputRef} id={`${id}-file`} type="file" onChange={(event) => onFileChange(event.target.files?.[0])} disabled={busy} />
      </div>
      <SecretField
        label={t('backup:passphrase')}
        value={passphrase}
        onChange={onPassphraseChange}
        showLabel={t('vault:field.show')}
        hideLabel={t('vault:field.hide')}
        onEnter={onOpen}
        disabled={busy}
        error={error}
      />
      {busy ? <WorkingIndicator label={t('backup:opening')} /> : null}
    </>
  );
}
