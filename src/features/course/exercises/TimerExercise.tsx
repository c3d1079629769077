import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/zod';
import { Button } from '../../../ui/Button';
import { Markdown } from '../components/Markdown';
import { RangeField } from '../../../ui/RangeField';
import { useIdleLockHold } from '../../../ui/useIdleLockHold';
import { usePrefersReducedMotion } from '../../../ui/usePrefersReducedMotion';
import { announcementFor, formatClock, secondsLeft } from '../../../lib/countdown';
import { rating, type ExerciseProps } from './answerParts';

import { type TimerAnswer } from './answerSchemas';

const EMPTY: TimerAnswer = { type: 'timer', before: null, after: null, completed: 0 };

type Phase = 'ready' | 'running' | 'paused' | 'finished';

/**
 * A countdown with a 0–10 rating before and after. The clock on screen moves every second but is
 * not a live region; a separate polite region speaks only each whole minute, the last 30 seconds
 * and the end. The breathing circle is left out when the person prefers reduced motion.
 */
export function TimerExercise({ exercise, strings, value, onChange }: ExerciseProps<'timer', TimerAnswer>) {
  const { t } = useTranslation('course');
  const reducedMotion = usePrefersReducedMotion();
  const answer = value ?? EMPTY;
  const latest = useRef(answer);
  latest.current = answer;
  const [phase, setPhase] = useState<Phase>('ready');
  useIdleLockHold(phase === 'running');
  const [left, setLeft] = useState(exercise.seconds);
  const [spoken, setSpoken] = useState('');
  const endAt = useRef(0);

  const leftRef = useRef(exercise.seconds);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (phase !== 'running') return undefined;
    const id = setInterval(() => {
      const now = secondsLeft(endAt.current, Date.now());
      const said = announcementFor(leftRef.current, now);
      leftRef.current = now;
      setLeft(now);
      if (said?.kind === 'minutes') setSpoken(t('timer.minutes-left', { count: said.minutes }));
      if (said?.kind === 'seconds') setSpoken(t('timer.seconds-left', { count: said.seconds }));
      if (now === 0) {
        setPhase('finished');
        setSpoken(t('timer.finished'));
        onChangeRef.current({ ...latest.current, completed: latest.current.completed + 1 });
      }
    }, 250);
    return () => clearInterval(id);
  }, [phase, t]);

  const start = (seconds: number) => {
    endAt.current = Date.now() + seconds * 1000;
    leftRef.current = seconds;
    setLeft(seconds);
    setPhase('running');
    setSpoken(t('timer.started', { time: formatClock(seconds) }));
  };
  const pause = () => {
    leftRef.current = secondsLeft(endAt.current, Date.now());
    setLeft(leftRef.current);
    setPhase('paused');
    setSpoken(t('timer.paused'));
  };

  const reset = () => {
    leftRef.current = exercise.seconds;
    setLeft(exercise.seconds);
    setPhase('ready');
    setSpoken('');
  };

  const percent = Math.round((left / exercise.seconds) * 100);
  return (
    <div className="exercise-fields">
      {strings.guidance ? <Markdown headingLevel={3}>{strings.guidance}</Markdown> : null}
      <RangeField
        label={t('timer.before')}
        minLabel={t('timer.scale-min')}
        maxLabel={t('timer.scale-max')}
        value={answer.before}
        onChange={(before) => onChange({ ...answer, before })}
      />
      <div className="course-timer">
        {!reducedMotion && phase === 'running' ? <div className="course-timer__breath" aria-hidden="true" /> : null}
        <p className="course-timer__clock" role="timer" aria-label={t('timer.clock-label')}>
          {formatClock(left)}
        </p>
        <div className="course-timer__bar" aria-hidden="true">
          <div className="course-timer__fill" style={{ width: `${percent}%` }} />
        </div>
        <div className="page__actions">
          {phase === 'running' ? (
            <Button onClick={pause}>{t('timer.pause')}</Button>
          ) : (
            <Button variant="primary" onClick={() => start(phase === 'paused' ? left : exercise.seconds)}>
              {phase === 'paused' ? t('timer.resume') : phase === 'finished' ? t('timer.again') : t('timer.start')}
            </Button>
          )}
          {phase === 'paused' ? (
            <Button variant="quiet" onClick={reset}>
              {t('timer.reset')}
            </Button>
          ) : null}
        </div>
        <p className="visually-hidden" aria-live="polite">
          {spoken}
        </p>
        {answer.completed > 0 ? <p className="course-field__hint">{t('timer.completed', { count: answer.completed })}</p> : null}
      </div>
      <RangeField
        label={t('timer.after')}
        minLabel={t('timer.scale-min')}
        maxLabel={t('timer.scale-max')}
        value={answer.after}
        onChange={(after) => onChange({ ...answer, after })}
      />
    </div>
  );
}
