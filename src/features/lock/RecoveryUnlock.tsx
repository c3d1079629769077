/**
 * Unlock with the recovery code for a forgotten passphrase; a new passphrase is set in the same
 * step. For someone who has lost both, an explicit, confirmed way to delete and start again.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteEverything, unlockWithRecoveryCode } from '../../storage/vaultActions';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { SecretField } from '../../ui/SecretField';
import { WorkingIndicator } from '../../ui/WorkingIndicator';
import { BackoffNotice } from './BackoffNotice';
import { LazyNewPassphraseFields } from '../../vault/LazyNewPassphraseFields';
import { useBackoff } from './useBackoff';
import { useVaultTask } from './useVaultTask';

export function RecoveryUnlock({ onBack, onUnlockStart }: { onBack: () => void; onUnlockStart?: () => void }) {
  const { t } = useTranslation(['vault', 'recovery']);
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [ready, setReady] = useState(false);
  const [tried, setTried] = useState(false);
  const [startOver, setStartOver] = useState(false);
  const [badGroups, setBadGroups] = useState<number[]>([]);
  const task = useVaultTask();
  const backoff = useBackoff();
  const onReadyChange = useCallback((value: boolean) => setReady(value), []);

  const submit = async () => {
    setTried(true);
    if (!ready || task.busy || backoff.secondsLeft > 0) return;
    // A typing error in a group is named at once and never counts as a failed attempt.
    const { checkRecoveryCode } = await import('../../vault/recoveryCode');
    const checked = checkRecoveryCode(code);
    setBadGroups(!checked.ok && checked.reason === 'groups' ? checked.groups : []);
    if (!checked.ok && checked.reason === 'groups') return;
    onUnlockStart?.();
    const ok = await task.run(async (onStage) => {
      await unlockWithRecoveryCode(code, passphrase, onStage);
    });
    if (!ok) backoff.refresh();
  };

  const codeError =
    badGroups.length > 0
      ? t('recovery:recovery.code-group', { count: badGroups.length, groups: badGroups.join(', ') })
      : task.error && ['wrong-recovery-code', 'malformed-recovery-code', 'damaged-key-slot'].includes(task.error.code)
        ? t(task.error.messageKey)
        : undefined;
  const otherError = task.error && !codeError && task.error.code !== 'backoff' ? t(task.error.messageKey) : undefined;
  return (
    <Page title={t('recovery:recovery.title')} lead={t('recovery:recovery.lead')}>
      <SecretField
        label={t('recovery:recovery.code')}
        hint={t('recovery:recovery.code-hint')}
        value={code}
        onChange={(value) => {
          setBadGroups([]);
          setCode(value);
        }}
        showLabel={t('field.show')}
        hideLabel={t('field.hide')}
        masked={false}
        error={codeError}
        disabled={task.busy}
        autoFocus
      />
      <LazyNewPassphraseFields
        value={passphrase}
        onChange={setPassphrase}
        confirm={confirm}
        onConfirmChange={setConfirm}
        onReadyChange={onReadyChange}
        showErrors={tried}
        disabled={task.busy}
      />
      <BackoffNotice secondsLeft={backoff.secondsLeft} />
      {otherError ? (
        <p className="field__error" role="alert">
          {otherError}
        </p>
      ) : null}
      {task.busy ? <WorkingIndicator label={t(`working.${task.stage ?? 'starting'}`)} value={task.stageValue} /> : null}
      <div className="lock-screen__actions">
        <Button variant="primary" onClick={() => void submit()} disabled={task.busy || backoff.secondsLeft > 0}>
          {t('recovery:recovery.submit')}
        </Button>
        <Button variant="quiet" onClick={onBack} disabled={task.busy}>
          {t('recovery:recovery.back')}
        </Button>
      </div>
      <section aria-labelledby="start-over-title">
        <h2 id="start-over-title">{t('recovery:recovery.start-over')}</h2>
        <p>{t('recovery:recovery.no-code')}</p>
        <label className="check">
          <input type="checkbox" checked={startOver} onChange={(event) => setStartOver(event.target.checked)} />
          <span>{t('recovery:recovery.start-over-confirm')}</span>
        </label>
        <Button onClick={() => void deleteEverything()} disabled={!startOver || task.busy}>
          {t('recovery:recovery.start-over')}
        </Button>
      </section>
    </Page>
  );
}
