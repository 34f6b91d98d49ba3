import { cn } from '@/components/ui/cn';
import type { ReactNode } from 'react';

/** Says that what is below is the last good data, how old it is and why it is not live. */
export function StaleNotice({
  title,
  children,
  className,
}: {
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role="status"
      data-testid="stale-notice"
      className={cn(
        'rounded-lg border-2 border-dashed border-warn bg-warn/10 px-4 py-2 text-sm',
        className,
      )}
    >
      <p className="font-semibold text-warn">
        <span aria-hidden="true">⚠ </span>
        {title}
      </p>
      <p className="text-foreground">{children}</p>
    </div>
  );
}
