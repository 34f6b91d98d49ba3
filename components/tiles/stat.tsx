import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { Tooltip } from '@/components/ui/tooltip';

/** One labelled figure; its formula or meaning shows on hover and on keyboard focus. */
export function Stat({
  label,
  hint,
  children,
  className,
}: {
  label: string;
  hint: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className="flex flex-col">
      <dt className="text-xs tracking-wide text-muted uppercase">
        <Tooltip content={hint}>
          <span className="cursor-help decoration-dotted underline-offset-2 hover:underline focus-visible:underline focus-visible:outline-none">
            {label}
          </span>
        </Tooltip>
      </dt>
      <dd className={cn('text-2xl font-semibold tabular-nums', className)}>{children}</dd>
    </div>
  );
}
