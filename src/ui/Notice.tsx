import './fields.css';
import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning';

export type NoticeProps = {
  tone?: NoticeTone;
  /**
   * 'status' (the default) makes it a polite live region. A live region must exist before its
   * text arrives to be announced, so render the Notice always and pass no children until there is
   * something to say: an empty Notice takes no space.
   */
  role?: 'status' | 'none';
  children?: ReactNode;
};

/** A message about what just happened (saved, done) or what needs attention, in one style. */
export function Notice({ tone = 'info', role = 'status', children }: NoticeProps) {
  return (
    <p className={`notice notice--${tone}`} role={role === 'none' ? undefined : role}>
      {children}
    </p>
  );
}
