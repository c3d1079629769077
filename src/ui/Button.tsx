import type { ButtonHTMLAttributes } from 'react';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'crisis';

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

/** Every button is at least 44 px high and wide (WCAG 2.5.8 and comfortable thumbs). */
export function Button({ variant = 'secondary', className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, className)} {...rest} />;
}

export function buttonClass(variant: ButtonVariant = 'secondary', extra?: string): string {
  return ['button', variant === 'secondary' ? '' : `button--${variant}`, extra ?? ''].filter(Boolean).join(' ');
}
