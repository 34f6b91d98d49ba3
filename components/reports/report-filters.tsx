'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { filterPatterns, sourceFilters, type StatsFilterName } from '@/lib/reports/report-source';
import type {
  ReportFilters as Filters,
  ReportState,
  ReportUrlState,
} from '@/lib/reports/url-state';

const input =
  'h-9 w-40 rounded-lg border border-border-strong bg-surface px-3 text-sm text-foreground normal-case placeholder:text-muted focus-visible:outline-2 focus-visible:outline-focus aria-invalid:border-alert';

/** Text filters the source honours (none shown when it lists none); applied with Enter. */
export function ReportFilters({
  state,
  onChange,
}: {
  state: ReportState;
  onChange: (change: Partial<ReportUrlState>) => void;
}) {
  const offered = sourceFilters(state.source);
  if (offered.length === 0) return null;
  return (
    <FilterForm
      key={JSON.stringify(state.filters) + state.source.id}
      offered={offered}
      applied={state.filters}
      onApply={(filters) => onChange({ filters })}
    />
  );
}

function FilterForm({
  offered,
  applied,
  onApply,
}: {
  offered: StatsFilterName[];
  applied: Filters;
  onApply: (filters: Filters) => void;
}) {
  const t = useTranslations('reports');
  const [values, setValues] = useState<Filters>(applied);
  const invalid = offered.filter((name) => {
    const value = values[name]?.trim();
    return Boolean(value) && !filterPatterns[name].test(value ?? '');
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (invalid.length > 0) return;
    const next: Filters = {};
    for (const name of offered) {
      const value = values[name]?.trim();
      if (value) next[name] = value;
    }
    onApply(next);
  }
  const hasAny = offered.some((name) => applied[name]);
  return (
    <form
      onSubmit={submit}
      aria-label={t('controls.filters')}
      className="flex flex-wrap items-end gap-2"
    >
      {offered.map((name) => (
        <label
          key={name}
          className="flex flex-col gap-1 text-xs font-medium tracking-wide text-muted uppercase"
        >
          {t(`filter.${name}`)}
          <input
            type="search"
            name={name}
            value={values[name] ?? ''}
            aria-invalid={invalid.includes(name)}
            onChange={(event) =>
              setValues((current) => ({ ...current, [name]: event.target.value }))
            }
            className={input}
          />
        </label>
      ))}
      <Button
        type="submit"
        variant="outline"
        size="sm"
        className="h-9"
        disabled={invalid.length > 0}
      >
        {t('controls.apply')}
      </Button>
      {hasAny && (
        <Button variant="ghost" size="sm" className="h-9" onClick={() => onApply({})}>
          {t('controls.clear')}
        </Button>
      )}
      {invalid.map((name) => (
        <p key={name} role="alert" className="self-center text-xs text-alert">
          {t('controls.filterInvalid', { name: t(`filter.${name}`) })}
        </p>
      ))}
    </form>
  );
}
