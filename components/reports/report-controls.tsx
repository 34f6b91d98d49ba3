'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { cn } from '@/components/ui/cn';
import { isCalendarDate, isPresetId, presetIds } from '@/lib/reports/presets';
import type { ReportSource } from '@/lib/reports/report-source';
import type { ReportState, ReportUrlState } from '@/lib/reports/url-state';
import { ReportFilters } from './report-filters';

const label = 'flex flex-col gap-1 text-xs font-medium tracking-wide text-muted uppercase';
const dateInput =
  'h-9 rounded-lg border border-border-strong bg-surface px-3 text-sm text-foreground normal-case focus-visible:outline-2 focus-visible:outline-focus [color-scheme:dark]';

/** Source, period (preset or dates), bucket and filters; every change goes to the URL. */
export function ReportControls({
  state,
  sources,
  onChange,
}: {
  state: ReportState;
  sources: readonly ReportSource[];
  onChange: (change: Partial<ReportUrlState>) => void;
}) {
  const t = useTranslations('reports');
  return (
    <section
      aria-label={t('controls.label')}
      className="flex flex-wrap items-end gap-x-6 gap-y-4 rounded-2xl border border-border bg-surface-raised p-4"
    >
      <label className={label}>
        {t('controls.source')}
        <Select
          value={state.source.id}
          onChange={(event) => onChange({ source: event.target.value })}
          className="normal-case"
        >
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}
            </option>
          ))}
        </Select>
      </label>
      <label className={label}>
        {t('controls.period')}
        <Select
          value={state.preset ?? 'custom'}
          onChange={(event) => {
            const value = event.target.value;
            if (isPresetId(value)) onChange({ preset: value });
          }}
          className="normal-case"
        >
          {presetIds.map((preset) => (
            <option key={preset} value={preset}>
              {t(`preset.${preset}`)}
            </option>
          ))}
          <option value="custom" disabled={state.preset !== null}>
            {t('controls.custom')}
          </option>
        </Select>
      </label>
      <CustomRange
        key={`${state.range.from}_${state.range.to}`}
        state={state}
        onChange={onChange}
      />
      <BucketChoice state={state} onChange={onChange} />
      <p className="self-center text-xs text-muted">
        {t('controls.timeZone', { zone: state.source.timezone })}
        {state.dayStart && ` · ${t('controls.dayStart', { start: state.dayStart })}`}
      </p>
      <ReportFilters state={state} onChange={onChange} />
    </section>
  );
}

function CustomRange({
  state,
  onChange,
}: {
  state: ReportState;
  onChange: (change: Partial<ReportUrlState>) => void;
}) {
  const t = useTranslations('reports.controls');
  const [from, setFrom] = useState(state.range.from);
  const [to, setTo] = useState(state.range.to);
  const valid = isCalendarDate(from) && isCalendarDate(to) && from <= to;
  const changed = from !== state.range.from || to !== state.range.to;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (valid) onChange({ from, to });
  }
  return (
    <form onSubmit={submit} className="flex items-end gap-2" aria-label={t('custom')}>
      <label className={label}>
        {t('from')}
        <input
          type="date"
          value={from}
          max={to}
          onChange={(e) => setFrom(e.target.value)}
          className={dateInput}
        />
      </label>
      <label className={label}>
        {t('to')}
        <input
          type="date"
          value={to}
          min={from}
          onChange={(e) => setTo(e.target.value)}
          className={dateInput}
        />
      </label>
      <Button
        type="submit"
        variant="outline"
        size="sm"
        className="h-9"
        disabled={!valid || !changed}
      >
        {t('apply')}
      </Button>
      {!valid && (
        <p role="alert" className="self-center text-xs text-alert">
          {t('badRange')}
        </p>
      )}
    </form>
  );
}

function BucketChoice({
  state,
  onChange,
}: {
  state: ReportState;
  onChange: (change: Partial<ReportUrlState>) => void;
}) {
  const t = useTranslations('reports');
  if (state.source.capabilities.series.length === 0) return null;
  return (
    <div className={label}>
      <span id="bucket-label">{t('controls.bucket')}</span>
      <div
        role="group"
        aria-labelledby="bucket-label"
        className="flex gap-1 rounded-lg border border-border bg-surface p-1"
      >
        {state.buckets.map((choice) => {
          const name = t(`bucket.${choice.bucket}`);
          const why = choice.available
            ? undefined
            : choice.reason === 'unsupported'
              ? t('bucket.unsupported', { source: state.source.name, bucket: name.toLowerCase() })
              : choice.reason === 'business-day'
                ? t('bucket.businessDay', {
                    start: state.dayStart ?? '',
                    bucket: name.toLowerCase(),
                  })
                : t('bucket.tooLong', { bucket: name.toLowerCase() });
          const selected = state.bucket === choice.bucket;
          return (
            <button
              key={choice.bucket}
              type="button"
              aria-pressed={selected}
              disabled={!choice.available}
              title={why}
              onClick={() => onChange({ bucket: choice.bucket })}
              className={cn(
                'h-7 rounded-md px-3 text-sm font-medium normal-case text-muted transition-colors hover:text-foreground disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:text-muted',
                selected && 'bg-surface-overlay text-foreground',
              )}
            >
              {name}
            </button>
          );
        })}
      </div>
    </div>
  );
}
