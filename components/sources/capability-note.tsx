/** Says why a part of the page is absent: the source cannot give it (never a silent gap). */
export function CapabilityNote({ children }: { children: string }) {
  return (
    <p
      data-testid="capability-note"
      className="rounded-lg border border-dashed border-border-strong px-4 py-3 text-sm text-muted"
    >
      {children}
    </p>
  );
}
