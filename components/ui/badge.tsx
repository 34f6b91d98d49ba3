import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps } from 'react';
import { cn } from './cn';

export const badgeVariants = cva(
  'inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap',
  {
    variants: {
      tone: {
        neutral: 'border-border-strong bg-surface-overlay text-foreground',
        accent: 'border-accent/50 bg-accent/15 text-accent',
        ok: 'border-ok/50 bg-ok/15 text-ok',
        warn: 'border-warn/50 bg-warn/15 text-warn',
        alert: 'border-alert/60 bg-alert/15 text-alert',
        stale: 'border-dashed border-stale bg-stale/15 text-muted',
      },
    },
    defaultVariants: { tone: 'neutral' },
  },
);

export type BadgeProps = ComponentProps<'span'> & VariantProps<typeof badgeVariants>;

/** A short status word; the word carries the meaning, the colour only repeats it. */
export function Badge({ className, tone, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
