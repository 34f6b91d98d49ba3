'use client';

import {
  createContext,
  useContext,
  useId,
  useState,
  type ComponentProps,
  type KeyboardEvent,
} from 'react';
import { cn } from './cn';

interface TabsContextValue {
  baseId: string;
  value: string;
  /** False when the tabs switch a view outside them (no TabsContent): no aria-controls then. */
  panels: boolean;
  select: (value: string) => void;
}

const TabsContext = createContext<TabsContextValue | null>(null);

function useTabs(): TabsContextValue {
  const context = useContext(TabsContext);
  if (!context) throw new Error('Tabs parts must be used inside <Tabs>');
  return context;
}

const slug = (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, '_');

/** WAI-ARIA tabs: arrow keys move between tabs, only the selected panel is shown. */
export function Tabs({
  defaultValue,
  value: controlled,
  onValueChange,
  panels = true,
  className,
  ...props
}: Omit<ComponentProps<'div'>, 'defaultValue'> & {
  defaultValue: string;
  value?: string;
  onValueChange?: (value: string) => void;
  panels?: boolean;
}) {
  const baseId = useId();
  const [own, setOwn] = useState(defaultValue);
  const value = controlled ?? own;
  const select = (next: string) => {
    setOwn(next);
    onValueChange?.(next);
  };
  return (
    <TabsContext value={{ baseId, value, select, panels }}>
      <div className={cn('flex flex-col gap-3', className)} {...props} />
    </TabsContext>
  );
}

export function TabsList({ className, ...props }: ComponentProps<'div'>) {
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const current = tabs.findIndex((tab) => tab === document.activeElement);
    const last = tabs.length - 1;
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? last
          : event.key === 'ArrowRight'
            ? (current + 1) % tabs.length
            : (current - 1 + tabs.length) % tabs.length;
    event.preventDefault();
    tabs[next]?.focus();
    tabs[next]?.click();
  }
  return (
    <div
      role="tablist"
      onKeyDown={onKeyDown}
      className={cn(
        'inline-flex w-fit items-center gap-1 rounded-lg border border-border bg-surface p-1',
        className,
      )}
      {...props}
    />
  );
}

export function TabsTrigger({
  value,
  className,
  ...props
}: Omit<ComponentProps<'button'>, 'value'> & { value: string }) {
  const tabs = useTabs();
  const selected = tabs.value === value;
  return (
    <button
      type="button"
      role="tab"
      id={`${tabs.baseId}-tab-${slug(value)}`}
      aria-controls={tabs.panels ? `${tabs.baseId}-panel-${slug(value)}` : undefined}
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      onClick={() => tabs.select(value)}
      className={cn(
        'rounded-md px-3 py-1 text-sm font-medium text-muted transition-colors hover:text-foreground focus-visible:outline-2 focus-visible:outline-focus',
        selected && 'bg-surface-overlay text-foreground',
        className,
      )}
      {...props}
    />
  );
}

export function TabsContent({
  value,
  className,
  ...props
}: ComponentProps<'div'> & { value: string }) {
  const tabs = useTabs();
  if (tabs.value !== value) return null;
  return (
    <div
      role="tabpanel"
      id={`${tabs.baseId}-panel-${slug(value)}`}
      aria-labelledby={`${tabs.baseId}-tab-${slug(value)}`}
      tabIndex={0}
      className={cn('focus-visible:outline-2 focus-visible:outline-focus', className)}
      {...props}
    />
  );
}
