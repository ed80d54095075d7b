import type { ButtonHTMLAttributes } from 'react';

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'className'> {
  /** Another look than the main action's: a secondary action, or one not taken back lightly. */
  variant?: 'secondary' | 'danger';
}

/**
 * A button that acts on the page, in the site's look. It is never a form's
 * submit button (type="button"), which a bare button inside a form would be.
 */
export function Button({ variant, ...props }: ButtonProps) {
  return (
    <button
      type="button"
      className={variant === undefined ? 'button' : `button button--${variant}`}
      {...props}
    />
  );
}
