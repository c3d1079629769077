import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetSaveState, setSaveState, failureOf, useSaveStatus } from '../../../storage/autosave/saveStatus';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { RangeField } from '../../../ui/RangeField';
import { SaveStatusLine } from '../../../ui/SaveStatusLine';
import { BackToTools } from '../components/BackToTools';
import { SurfHistory } from '../components/SurfHistory';
import { newSession, SURF_MINUTES, surfStore, type SurfSession } from '../data/surfSessions';
import { useIdleLockHold } from '../../../ui/useIdleLockHold';
import { usePrefersReducedMotion } from '../../../ui/usePrefersReducedMotion';
import { formatClock, secondsLeft } from '../../../lib/countdown';
import { wavePart, type WavePart } from '../model/surf';

type Phase = 'ready' | 'running' | 'paused' | 'done';

/** Saves a session and says so on the save line (a failure keeps the numbers on screen). */
function saveSession(session: SurfSession): void {
  setSaveState({ kind: 'saving' });
  surfStore.save(session).then(
    () => setSaveState({ kind: 'saved' }),
    (error: unknown) => setSaveState({ kind: 'failed', failure: failureOf(error) }),
  );
}

/**
 * The guided urge surf: choose 5 or 15 minutes, rate the urge 0–10, start. Calm guidance follows
 * the wave (settle, rise, peak, pass); a polite live region speaks each new part and each whole
 * minute, never every second. The growing and shrinking wave is left out under reduced motion:
 * the clock, a bar and the words carry the same information. Each session is saved when it starts
 * and updated when it ends and when the after rating is given.
 */
export function UrgeSurfPage() {
  const { t } = useTranslation('tools');
  const reducedMotion = usePrefersReducedMotion();
  const status = useSaveStatus();
  const [minutes, setMinutes] = useState<5 | 15>(5);
  const [before, setBefore] = useState<number | null>(null);
  const [phase, setPhase] = useState<Phase>('ready');
  // Sitting still with the timer is the exercise: inactivity must not lock Polku meanwhile.
  useIdleLockHold(phase === 'running');
  const [left, setLeft] = useState(5 * 60);
  const [spoken, setSpoken] = useState('');
  const session = useRef<SurfSession | null>(null);
  const [after, setAfter] = useState<number | null>(null);
  const endAt = useRef(0);
  const lastLeft = useRef(0);
  const total = minutes * 60;
  useEffect(() => resetSaveState(), []);

  useEffect(() => {
    if (phase !== 'running') return undefined;
    const tick = () => {
      const now = secondsLeft(endAt.current, Date.now());
      const previous = lastLeft.current;
      lastLeft.current = now;
      setLeft(now);
      if (now === 0) {
        setPhase('done');
        setSpoken(t('surf.finished'));
        if (session.current) {
          session.current = { ...session.current, completed: true };
          saveSession(session.current);
        }
        return;
      }
      if (wavePart(total, now) !== wavePart(total, previous)) setSpoken(t(`surf.guide.${wavePart(total, now)}`));
      else if (Math.floor((previous - 1) / 60) !== Math.floor((now - 1) / 60) && now % 60 === 0) setSpoken(t('surf.minutes-left', { count: now / 60 }));
    };
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
  }, [phase, t, total]);

  const start = () => {
    endAt.current = Date.now() + total * 1000;
    lastLeft.current = total;
    setLeft(total);
    setAfter(null);
    setPhase('running');
    setSpoken(`${t('surf.started', { time: formatClock(total) })} ${t('surf.guide.settle')}`);
    session.current = newSession(minutes, before);
    saveSession(session.current);
  };
  const pause = () => {
    lastLeft.current = secondsLeft(endAt.current, Date.now());
    setLeft(lastLeft.current);
    setPhase('paused');
    setSpoken(t('surf.paused'));
  };
  const resume = () => {
    endAt.current = Date.now() + left * 1000;
    setPhase('running');
    setSpoken('');
  };
  const stop = () => {
    setPhase('done');
    setSpoken(t('surf.stopped'));
  };
  const rateAfter = (value: number) => {
    setAfter(value);
    if (session.current) {
      session.current = { ...session.current, after: value };
      saveSession(session.current);
    }
  };
  const again = () => {
    setBefore(null);
    setAfter(null);
    session.current = null;
    setLeft(total);
    setPhase('ready');
    setSpoken('');
  };

  const part: WavePart = phase === 'ready' ? 'settle' : phase === 'done' && left > 0 ? 'pass' : wavePart(total, left);
  const percent = Math.round(((total - left) / total) * 100);
  return (
    <Page title={t('surf.title')} lead={t('surf.lead')}>
      <BackToTools />
      <p className="tools-note">{t('surf.safety')}</p>
      {phase === 'ready' ? (
        <>
          <fieldset className="tools-length">
            <legend>{t('surf.length-label')}</legend>
            {SURF_MINUTES.map((m) => (
              <label key={m} className="tools-check">
                <input
                  type="radio"
                  name="surf-length"
                  value={m}
                  checked={minutes === m}
                  onChange={() => {
                    setMinutes(m);
                    setLeft(m * 60);
                  }}
                />
                {t('surf.length', { count: m })}
              </label>
            ))}
          </fieldset>
          <RangeField label={t('surf.before')} minLabel={t('scale.min')} maxLabel={t('scale.max')} value={before} onChange={setBefore} emphasis />
        </>
      ) : null}
      <div className={`tools-surf tools-surf--${part}${reducedMotion ? ' tools-surf--still' : ''}`}>
        {reducedMotion ? null : <div className="tools-surf__wave" aria-hidden="true" />}
        <p className="tools-surf__clock" role="timer" aria-label={t('surf.clock-label')}>
          {formatClock(left)}
        </p>
        <div className="tools-surf__bar" aria-hidden="true">
          <div className="tools-surf__fill" style={{ width: `${percent}%` }} />
        </div>
        {phase !== 'ready' ? <p className="tools-surf__guide">{t(`surf.guide.${phase === 'done' ? 'end' : part}`)}</p> : null}
        <div className="page__actions">
          {phase === 'ready' ? (
            <Button variant="primary" onClick={start}>
              {t('surf.start')}
            </Button>
          ) : null}
          {phase === 'running' ? <Button onClick={pause}>{t('surf.pause')}</Button> : null}
          {phase === 'paused' ? (
            <Button variant="primary" onClick={resume}>
              {t('surf.resume')}
            </Button>
          ) : null}
          {phase === 'running' || phase === 'paused' ? (
            <Button variant="quiet" onClick={stop}>
              {t('surf.stop')}
            </Button>
          ) : null}
        </div>
        <p className="visually-hidden" aria-live="polite">
          {spoken}
        </p>
      </div>
      {phase === 'done' ? (
        <>
          <RangeField label={t('surf.after')} minLabel={t('scale.min')} maxLabel={t('scale.max')} value={after} onChange={rateAfter} emphasis />
          <div className="page__actions">
            <Button onClick={again}>{t('surf.again')}</Button>
          </div>
        </>
      ) : null}
      <SaveStatusLine {...status} />
      <p className="entry-field__hint">{t('surf.saved-note')}</p>
      <SurfHistory />
    </Page>
  );
}
