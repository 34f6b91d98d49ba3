'use client';

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';

interface SourceProblem {
  name: string;
  reason: string;
}

interface SourceStatusContextValue {
  report: (sourceId: string, problem: SourceProblem | null) => void;
  problems: Map<string, SourceProblem>;
}

const SourceStatusContext = createContext<SourceStatusContextValue | null>(null);

/** Collects which sources are failing, so one page-level banner can name them all. */
export function SourceStatusProvider({ children }: { children: ReactNode }) {
  const [problems, setProblems] = useState(() => new Map<string, SourceProblem>());
  const value = useMemo<SourceStatusContextValue>(
    () => ({
      problems,
      report: (sourceId, problem) =>
        setProblems((current) => {
          const existing = current.get(sourceId);
          if (existing?.reason === problem?.reason && Boolean(existing) === Boolean(problem)) {
            return current;
          }
          const next = new Map(current);
          if (problem) next.set(sourceId, problem);
          else next.delete(sourceId);
          return next;
        }),
    }),
    [problems],
  );
  return <SourceStatusContext value={value}>{children}</SourceStatusContext>;
}

/** Tells the page whether this source's data is currently failing, and why. */
export function useReportSourceStatus(sourceId: string, problem: SourceProblem | null): void {
  const context = useContext(SourceStatusContext);
  const report = context?.report;
  const name = problem?.name;
  const reason = problem?.reason;
  useEffect(() => {
    report?.(sourceId, name !== undefined && reason !== undefined ? { name, reason } : null);
  }, [report, sourceId, name, reason]);
  useEffect(() => () => report?.(sourceId, null), [report, sourceId]);
}

/** The page-level banner: shown while any source is down, naming each one and the reason. */
export function SourceStatusBanner() {
  const t = useTranslations('wallboard');
  const context = useContext(SourceStatusContext);
  if (!context || context.problems.size === 0) return null;
  return (
    <div
      role="alert"
      data-testid="outage-banner"
      className="rounded-xl border-2 border-warn bg-warn/15 p-4 text-foreground"
    >
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {t('outageTitle')}
      </p>
      <ul className="mt-1 list-inside list-disc text-sm">
        {[...context.problems.entries()].map(([id, problem]) => (
          <li key={id}>{t('sourceDown', { source: problem.name, reason: problem.reason })}</li>
        ))}
      </ul>
    </div>
  );
}
