import { ChevronLeft } from 'lucide-react';
import { Link, type LinkProps } from 'react-router';
import './backLink.css';

export type BackLinkProps = Omit<LinkProps, 'className'>;

/**
 * The one way back to a parent screen: a plain link with a chevron, the same on every screen, so
 * it never competes with the screen's main action (a button) for attention.
 */
export function BackLink({ children, ...rest }: BackLinkProps) {
  return (
    <Link className="back-link" {...rest}>
      <ChevronLeft aria-hidden="true" focusable="false" className="back-link__icon" />
      <span>{children}</span>
    </Link>
  );
}
