import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass, type ButtonVariant } from '../../../ui/Button';

/** Phone numbers are direct `tel:` links (PhoneLink): the dialler asks before calling. */
export type LeaveKind = 'web' | 'email';

export type LeaveAppLinkProps = {
  kind: LeaveKind;
  /** https://… or mailto:… */
  href: string;
  /** Text of the first button, which only reveals the notice. */
  label: ReactNode;
  /** Text of the real link inside the notice. */
  confirmLabel: string;
  variant?: ButtonVariant;
};

/**
 * Leaving Polku takes two explicit taps. The first shows a one-line notice that this leaves the
 * offline app; only the second, on a real link, opens the page or the mail app.
 * PRIVACY: until that second tap there is no link in the page at all, so nothing can prefetch it;
 * web links open in a new tab with no referrer.
 */
export function LeaveAppLink({ kind, href, label, confirmLabel, variant = 'secondary' }: LeaveAppLinkProps) {
  const { t } = useTranslation('help');
  const [open, setOpen] = useState(false);
  const noticeId = useId();
  const confirm = useRef<HTMLAnchorElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) confirm.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  const notice = t(`leave.${kind}-notice`);
  const web = kind === 'web' ? { target: '_blank' } : {};

  return (
    <div className="leave">
      <button
        ref={trigger}
        type="button"
        className={buttonClass(variant, 'leave__trigger')}
        aria-expanded={open}
        aria-controls={open ? noticeId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
      </button>
      {open ? (
        <div id={noticeId} className="leave__confirm" role="group" aria-label={notice} onKeyDown={onKeyDown}>
          <p className="leave__notice">{notice}</p>
          <div className="leave__actions">
            <a
              ref={confirm}
              className={buttonClass(variant === 'crisis' ? 'crisis' : 'primary')}
              href={href}
              rel="noreferrer noopener"
              referrerPolicy="no-referrer"
              {...web}
              onClick={() => setOpen(false)}
            >
              {confirmLabel}
            </a>
            <button type="button" className={buttonClass('quiet')} onClick={close}>
              {t('leave.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
