import type { ReactNode } from 'react';

/** One labelled figure; the formula or meaning shows on hover. */
export function Stat({
  label,
  hint,
  children,
  className = '',
}: {
  label: string;
  hint: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div title={hint} className="flex flex-col">
      <dt className="text-xs uppercase tracking-wide text-slate-400">{label}</dt>
      <dd className={`text-2xl font-semibold tabular-nums ${className}`}>{children}</dd>
    </div>
  );
}
