import type { ReactNode } from 'react';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';

/** A report section: title and its export buttons on one line, then the body. */
export function ReportCard({
  title,
  actions,
  children,
  testId,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card data-testid={testId} aria-label={title} role="region">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <CardTitle className="pt-1">{title}</CardTitle>
        {actions}
      </CardHeader>
      <CardContent className="flex flex-col gap-3">{children}</CardContent>
    </Card>
  );
}

/** One line saying why a section the source cannot give is absent. */
export function AbsentNote({ children, testId }: { children: string; testId?: string }) {
  return (
    <p
      data-testid={testId}
      className="rounded-xl border border-border px-4 py-3 text-sm text-muted"
    >
      {children}
    </p>
  );
}
