'use client';

import {
  cloneElement,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { cn } from './cn';

interface TriggerProps {
  'aria-describedby'?: string;
  tabIndex?: number;
}

/**
 * Shows `content` while the trigger is hovered or keyboard-focused; Escape hides it. The content
 * stays in the document and describes the trigger (aria-describedby), so screen readers read it
 * whether or not it is shown. The trigger should be focusable; a non-focusable one gets tabIndex 0.
 */
export function Tooltip({
  content,
  children,
  className,
  side = 'top',
}: {
  content: ReactNode;
  children: ReactElement<TriggerProps>;
  className?: string;
  side?: 'top' | 'bottom';
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [shift, setShift] = useState(0);
  const contentRef = useRef<HTMLSpanElement>(null);
  // Keep an open tooltip inside the viewport: near an edge, slide it sideways.
  useLayoutEffect(() => {
    const box = contentRef.current?.getBoundingClientRect();
    if (!open || !box) return;
    const margin = 8;
    const overRight = box.right - (window.innerWidth - margin);
    const overLeft = margin - box.left;
    setShift((current) =>
      overRight > 0 ? current - overRight : overLeft > 0 ? current + overLeft : current,
    );
  }, [open]);
  const trigger = cloneElement(children, {
    'aria-describedby': cn(children.props['aria-describedby'], id),
    tabIndex: children.props.tabIndex ?? 0,
  });
  function close() {
    setOpen(false);
    setShift(0);
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') close();
  }
  return (
    <span
      className={cn('relative inline-flex', className)}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => close()}
      onFocus={() => setOpen(true)}
      onBlur={() => close()}
      onKeyDown={onKeyDown}
    >
      {trigger}
      <span
        role="tooltip"
        id={id}
        ref={contentRef}
        data-state={open ? 'open' : 'closed'}
        style={open ? { marginLeft: shift } : undefined}
        // Closed, it is visually hidden but stays in the accessibility tree for aria-describedby.
        className={
          open
            ? cn(
                'pointer-events-none absolute left-1/2 z-50 w-max max-w-72 -translate-x-1/2 rounded-md border border-border-strong bg-surface-overlay px-3 py-2 text-left text-xs font-normal tracking-normal text-foreground normal-case shadow-lg',
                side === 'top' ? 'bottom-full mb-2' : 'top-full mt-2',
              )
            : 'sr-only'
        }
      >
        {content}
      </span>
    </span>
  );
}
