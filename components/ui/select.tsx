import type { ComponentProps } from 'react';
import { cn } from './cn';

/**
 * A styled native select: the browser's own list is accessible and works on touch screens and
 * TVs without a custom popup. Pass <option> children.
 */
export function Select({ className, ...props }: ComponentProps<'select'>) {
  return (
    <select
      className={cn(
        'h-9 rounded-lg border border-border-strong bg-surface px-3 text-sm text-foreground focus-visible:outline-2 focus-visible:outline-focus disabled:opacity-60',
        className,
      )}
      {...props}
    />
  );
}
