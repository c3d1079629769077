import type { ReactNode } from 'react';
import './statusPill.css';

export type StatusTone = 'neutral' | 'active' | 'done';

export type StatusPillProps = {
  tone?: StatusTone;
  /** Read before the status by screen readers, e.g. "Status:". */
  label?: string;
  children: ReactNode;
};

/**
 * A status in words ("Not started", "Done"). Deliberately not button-like: no border box, no
 * pointer, a small dot, so nobody tries to press it.
 */
export function StatusPill({ tone = 'neutral', label, children }: StatusPillProps) {
  return (
    <span className={`status-pill status-pill--${tone}`}>
      {label ? <span className="visually-hidden">{label} </span> : null}
      {children}
    </span>
  );
}
