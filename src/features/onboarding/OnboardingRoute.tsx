/**
 * First run at /welcome/*: what Polku is and is not, 18+ declaration (with a kind route for
 * under-18s), privacy in plain words, passphrase, recovery code (shown once, confirmed),
 * storage persistence and backup advice, then the start page. Language comes from the header.
 * "I have a backup" on the first screen restores a backup instead (then the recovery code and storage).
 */
import { lazy, startTransition, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { whenIdle } from '../../lib/whenIdle';
import { getVaultStatus, subscribeVaultStatus } from '../../vault/vaultState';
import { Button } from '../../ui/Button';
import { LinkButton } from '../../ui/LinkButton';
import { Page } from '../../ui/Page';
import { AboutStep } from './AboutStep';
import { StepHeader } from './StepHeader';

// Only the first step is on the first screen's critical path; the others load while it is read
// (see the idle preload below) and each step change is a transition, so the current step stays
// on screen instead of a fallback if one is still loading.
const loadAge = () => import('./AgeStep');
const loadPrivacy = () => import('./PrivacyStep');
const loadPassphrase = () => import('./PassphraseStep');
const loadRecovery = () => import('./RecoveryStep');
const loadStorage = () => import('./StorageStep');
const loadRestore = () => import('./RestoreStep');
const AgeStep = lazy(() => loadAge().then((m) => ({ default: m.AgeStep })));
const PrivacyStep = lazy(() => loadPrivacy().then((m) => ({ default: m.PrivacyStep })));
const PassphraseStep = lazy(() => loadPassphrase().then((m) => ({ default: m.PassphraseStep })));
const RecoveryStep = lazy(() => loadRecovery().then((m) => ({ default: m.RecoveryStep })));
const StorageStep = lazy(() => loadStorage().then((m) => ({ default: m.StorageStep })));
const RestoreStep = lazy(() => loadRestore().then((m) => ({ default: m.RestoreStep })));
const preloadSteps = () => Promise.all([loadAge(), loadPrivacy(), loadPassphrase(), loadRecovery(), loadStorage(), loadRestore()]);

const STEPS = ['about', 'age', 'privacy', 'passphrase', 'recovery', 'storage'] as const;
type Step = (typeof STEPS)[number] | 'restore';

export default function OnboardingRoute() {
  const { t } = useTranslation('onboarding');
  const navigate = useNavigate();
  const status = useSyncExternalStore(subscribeVaultStatus, getVaultStatus, getVaultStatus);
  const [step, setStep] = useState<Step>('about');
  const [recoveryCode, setRecoveryCode] = useState<string | undefined>();
  const [createdHere, setCreatedHere] = useState(false);
  // The strength dictionaries stay out of the precache (size budget); fetching them while the person
  // reads the first steps puts them in the service worker's cache before they are needed offline.
  useEffect(
    () =>
      whenIdle(() => {
        void preloadSteps().catch(() => undefined);
        void import('../../vault/passphraseLazy').then((m) => m.preloadStrengthLazily()).catch(() => undefined);
      }),
    [],
  );

  // A restore creates the vault part-way through its own step, so that step stays on screen.
  if ((status === 'locked' || status === 'unlocked') && !createdHere && step !== 'restore') {
    return (
      <Page title={t('onboarding.exists.title')}>
        <LinkButton variant="primary" to="/" replace>
          {t('onboarding.exists.go')}
        </LinkButton>
      </Page>
    );
  }

  // Locked after creating the vault here (idle, hidden, another tab, quick exit): the recovery code
  // leaves the screen and this component's state at once, and the lock screen takes over.
  if (createdHere && status !== 'unlocked') return <Navigate to="/" replace />;

  const go = (next: Step) => startTransition(() => setStep(next));
  const index = step === 'restore' ? 0 : STEPS.indexOf(step) + 1;
  let screen;
  switch (step) {
    case 'about':
      screen = <AboutStep onNext={() => go('age')} />;
      break;
    case 'age':
      screen = <AgeStep onAdult={() => go('privacy')} onBack={() => go('about')} />;
      break;
    case 'privacy':
      screen = <PrivacyStep onNext={() => go('passphrase')} onBack={() => go('age')} />;
      break;
    case 'passphrase':
      screen = (
        <PassphraseStep
          onCreated={(code) => {
            setCreatedHere(true);
            setRecoveryCode(code);
            go('recovery');
          }}
          onBack={() => go('privacy')}
        />
      );
      break;
    case 'recovery':
      screen = (
        <RecoveryStep
          code={recoveryCode ?? ''}
          onConfirmed={() => {
            setRecoveryCode(undefined);
            go('storage');
          }}
        />
      );
      break;
    case 'storage':
      screen = <StorageStep onDone={() => navigate('/', { replace: true })} />;
      break;
    case 'restore':
      screen = (
        <RestoreStep
          onBack={() => go('about')}
          onCreating={() => setCreatedHere(true)}
          onRestored={(code) => {
            setRecoveryCode(code);
            go('recovery');
          }}
        />
      );
      break;
  }
  return (
    <div className="onboarding">
      {step === 'restore' ? null : <StepHeader current={index} total={STEPS.length} />}
      <Suspense fallback={<p role="status">{t('common:app.loading' as never)}</p>}>{screen}</Suspense>
      {step === 'about' ? (
        <div className="page__actions">
          <Button onClick={() => go('restore')}>{t('have-backup')}</Button>
        </div>
      ) : null}
    </div>
  );
}
