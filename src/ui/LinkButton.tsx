import { Link, type LinkProps } from 'react-router';
import { buttonClass, type ButtonVariant } from './Button';

export type LinkButtonProps = LinkProps & { variant?: ButtonVariant };

/** A router link that looks like a button, for navigation that is the screen's main action. */
export function LinkButton({ variant = 'secondary', className, ...rest }: LinkButtonProps) {
  return <Link className={buttonClass(variant, className)} {...rest} />;
}
