import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { randomId } from '../../../vault/random';
import { buildIcs, isValidTime, WEEKDAYS, type Weekday } from '../model/ics';

/** Hands the file to the browser's download; nothing leaves the device. */
function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'polku.ics';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Reminders without a server: the person picks days and a time and downloads a calendar file for
 * their own calendar app. The choice is not stored (the calendar keeps it).
 */
export function RemindersSection() {
  const { t } = useTranslation('tools');
  const id = useId();
  const [days, setDays] = useState<Weekday[]>([]);
  const [time, setTime] = useState('19:00');
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);

  const toggle = (day: Weekday, on: boolean) => setDays((current) => (on ? [...current, day] : current.filter((d) => d !== day)));
  const make = () => {
    if (days.length === 0) return setMessage({ kind: 'error', text: t('reminders.no-days') });
    if (!isValidTime(time)) return setMessage({ kind: 'error', text: t('reminders.bad-time') });
    download(buildIcs({ days, time }, `${randomId()}@polku.invalid`));
    setMessage({ kind: 'done', text: t('reminders.ready') });
  };

  return (
    <section className="tools-reminders card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reminders.title')}</h2>
      <p>{t('reminders.lead')}</p>
      <fieldset className="tools-days">
        <legend>{t('reminders.days')}</legend>
        {WEEKDAYS.map((day) => (
          <label key={day} className="tools-check">
            <input type="checkbox" checked={days.includes(day)} onChange={(event) => toggle(day, event.target.checked)} />
            {t(`reminders.weekdays.${day}`)}
          </label>
        ))}
      </fieldset>
      <div className="entry-field">
        <label htmlFor={`${id}-time`} className="entry-field__label">
          {t('reminders.time')}
        </label>
        <input id={`${id}-time`} type="time" value={time} onChange={(event) => setTime(event.target.value)} className="tools-time" />
      </div>
      <div className="page__actions">
        <Button variant="primary" onClick={make}>
          {t('reminders.download')}
        </Button>
      </div>
      <div role="alert">{message?.kind === 'error' ? <p>{message.text}</p> : null}</div>
      <p role="status">{message?.kind === 'done' ? message.text : ''}</p>
    </section>
  );
}
