/**
 * The unlock screen. It names only "Polku", never the topic, so a passer-by learns nothing.
 * Passphrase unlock with a progress bar while Argon2id runs, the back-off wait, and a way to the
 * recovery code. The storage module (Dexie, hash-wasm) loads only when this screen mounts.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { whenIdle } from '../../lib/whenIdle';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { SecretField } from '../../ui/SecretField';
import { WorkingIndicator } from '../../ui/WorkingIndicator';
import { BackoffNotice } from './BackoffNotice';
import { useBackoff } from './useBackoff';
import { useVaultTask } from './useVaultTask';
import { preloadVaultActions, unlockWithPassphrase } from '../../storage/vaultActions';

// Rarely needed, and it brings the new-passphrase fields: loaded only when asked for.
const RecoveryUnlock = lazy(() => import('./RecoveryUnlock').then((m) => ({ default: m.RecoveryUnlock })));

/**
 * "My safety plan", only when the person chose to keep a read-only copy outside the vault. The
 * check loads the small storage module after the screen is up; the tools strings load only then.
 */
function usePlanCopy(): boolean {
  const [exists, setExists] = useState(false);
  useEffect(() => {
    let live = true;
    import('../../storage/outsideCopy')
      .then((m) => m.hasOutsideCopy())
      .then(
        (found) => live && setExists(found),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, []);
  return exists;
}

function PlanCopyLink() {
  const { t } = useTranslation('tools');
  return (
    <p className="lock-screen__plan">
      <Link to="/plan">{t('outside.title')}</Link>
    </p>
  );
}

type LockScreenProps = {
  /** Called as an unlock starts, so the screen behind the lock can load while the key is derived. */
  onUnlockStart?: () => void;
};

export function LockScreen({ onUnlockStart }: LockScreenProps = {}) {
  const { t } = useTranslation('vault');
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [empty, setEmpty] = useState(false);
  const task = useVaultTask();
  const backoff = useBackoff();
  const planCopy = usePlanCopy();

  useEffect(
    () =>
      // Warm the storage chunk and the Argon2id worker while the person types, once the screen is up.
      whenIdle(() => {
        preloadVaultActions();
        void import('../../vault/argon2Derive').then(({ prewarmKdf }) => prewarmKdf());
      }),
    [],
  );

  if (mode === 'recovery') return <RecoveryUnlock onBack={() => setMode('passphrase')} onUnlockStart={onUnlockStart} />;

  const unlock = async () => {
    if (task.busy || backoff.secondsLeft > 0) return;
    if (passphrase === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    onUnlockStart?.();
    const typed = passphrase;
    const ok = await task.run(async (onStage) => {
      await unlockWithPassphrase(typed, onStage);
    });
    // PRIVACY: the passphrase leaves the DOM whether it worked or not.
    setPassphrase('');
    if (!ok) backoff.refresh();
  };

  const errorText = empty ? t('lock.empty') : task.error && task.error.code !== 'backoff' ? t(task.error.messageKey) : undefined;
  return (
    <Page title={t('lock.title')} lead={t('lock.lead')}>
      <SecretField
        label={t('lock.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        showLabel={t('field.show')}
        hideLabel={t('field.hide')}
        onEnter={() => void unlock()}
        error={errorText}
        disabled={task.busy}
        autoFocus
      />
      <BackoffNotice secondsLeft={backoff.secondsLeft} />
      {task.busy ? <WorkingIndicator label={t(`working.${task.stage ?? 'starting'}`)} value={task.stageValue} /> : null}
      <div className="lock-screen__actions">
        <Button variant="primary" onClick={() => void unlock()} disabled={task.busy || backoff.secondsLeft > 0}>
          {t('lock.unlock')}
        </Button>
        <Button variant="quiet" onClick={() => setMode('recovery')} disabled={task.busy}>
          {t('lock.forgot')}
        </Button>
      </div>
      {task.error?.code === 'upgrade-blocked' || task.error?.code === 'outdated-tab' ? (
        <Button onClick={() => window.location.reload()}>{t('lock.reload')}</Button>
      ) : null}
      {planCopy ? (
        <Suspense fallback={null}>
          <PlanCopyLink />
        </Suspense>
      ) : null}
    </Page>
  );
}
