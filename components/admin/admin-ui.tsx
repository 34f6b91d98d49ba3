import type { ReactNode } from 'react';
import { Button, type ButtonProps } from '@/components/ui/button';
import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import {
  Table as UiTable,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';

/** The admin page's panels, buttons and tables: the design system's, with the admin's few variants. */
export function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card role="region" aria-label={title}>
      <CardHeader>
        <h2 className="text-xl leading-tight font-semibold">{title}</h2>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">{children}</CardContent>
    </Card>
  );
}

export function AdminButton({
  tone = 'default',
  className,
  ...props
}: ButtonProps & { tone?: 'default' | 'primary' | 'danger' }) {
  return (
    <Button
      size="sm"
      variant={tone === 'primary' ? 'primary' : 'outline'}
      className={cn(tone === 'danger' && 'border-alert text-alert', className)}
      {...props}
    />
  );
}

export function Table({ head, children }: { head: string[]; children: ReactNode }) {
  return (
    <UiTable>
      <TableHeader>
        <TableRow>
          {head.map((h) => (
            <TableHead key={h}>{h}</TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </UiTable>
  );
}

export { TableRow as Row };

export function Cell({ children, className }: { children: ReactNode; className?: string }) {
  return <TableCell className={className}>{children}</TableCell>;
}

export function ErrorText({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="text-sm text-alert">
      {children}
    </p>
  );
}

export const inputClass =
  'h-9 rounded-lg border border-border-strong bg-surface px-3 text-sm text-foreground focus:border-accent';

export const linkButtonClass =
  'inline-flex h-8 items-center rounded-lg border border-border-strong px-3 text-sm font-medium hover:bg-surface-overlay';

/** A labelled control of an admin form: the text above, the input, select or box below. */
export function Field({ children }: { children: ReactNode }) {
  return <label className="flex flex-col gap-1 text-sm">{children}</label>;
}

/** An admin "add" form: its fields in a row, submitted without a page load. */
export function CreateForm({
  label,
  onSubmit,
  children,
}: {
  label?: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** A destructive action (revoke, delete) that runs only once the browser's confirm says yes. */
export function ConfirmButton({
  question,
  onConfirm,
  children,
}: {
  question: string;
  onConfirm: () => void;
  children: ReactNode;
}) {
  return (
    <AdminButton tone="danger" onClick={() => window.confirm(question) && onConfirm()}>
      {children}
    </AdminButton>
  );
}
