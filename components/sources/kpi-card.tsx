import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { Tooltip } from '@/components/ui/tooltip';

/** A KPI: its name (with the formula on hover and keyboard focus) and the figure. */
export function KpiCard({
  id,
  label,
  formula,
  children,
  className,
}: {
  id: string;
  label: string;
  formula: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <Card className="flex flex-col gap-1 px-4 py-3" data-testid={`kpi-${id}`}>
      <Tooltip content={formula} side="bottom">
        <span className="w-fit cursor-help text-xs tracking-wide text-muted uppercase decoration-dotted underline-offset-2 hover:underline focus-visible:underline focus-visible:outline-none">
          {label}
        </span>
      </Tooltip>
      <span
        data-testid="kpi-value"
        className={cn('text-2xl font-semibold tabular-nums', className)}
      >
        {children}
      </span>
    </Card>
  );
}
