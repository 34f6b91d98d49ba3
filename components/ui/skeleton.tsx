import type { ComponentProps } from 'react';
import { cn } from './cn';

/** A placeholder block shown while data loads; hidden from screen readers (say "loading" once). */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      aria-hidden="true"
      className={cn('animate-pulse rounded-lg bg-surface-overlay', className)}
      {...props}
    />
  );
}
