'use client';

import { useLocale, useTranslations } from 'use-intl';
import type { WaitingCaller } from '@/lib/model/live-queues';
import { defaultThresholds, toneClasses, toneFor } from '@/components/tiles/thresholds';
import { formatSeconds } from '@/components/ui/format';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';

function callerLabel(caller: WaitingCaller, unknown: string): string {
  if (caller.callerName && caller.callerNumber)
    return `${caller.callerName} (${caller.callerNumber})`;
  return caller.callerName ?? caller.callerNumber ?? unknown;
}

/** Callers waiting now, by position; waits count up each second between updates. */
export function WaitingCallers({
  callers,
  ageSeconds,
  label,
}: {
  callers: readonly WaitingCaller[];
  ageSeconds: number;
  label: string;
}) {
  const t = useTranslations('waiting');
  const locale = useLocale();
  if (callers.length === 0) return <p className="py-3 text-sm text-muted">{t('none')}</p>;
  const sorted = [...callers].sort((a, b) => a.position - b.position);
  return (
    <Table aria-label={label} data-testid="waiting-callers">
      <TableHeader>
        <TableRow>
          <TableHead scope="col" className="w-20">
            {t('position')}
          </TableHead>
          <TableHead scope="col">{t('caller')}</TableHead>
          <TableHead scope="col" className="text-right">
            {t('wait')}
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((caller) => {
          const wait = caller.waitSeconds === null ? null : caller.waitSeconds + ageSeconds;
          return (
            <TableRow key={`${caller.position}-${caller.callerNumber ?? ''}`}>
              <TableCell className="tabular-nums">{caller.position}</TableCell>
              <TableCell>{callerLabel(caller, t('unknownCaller'))}</TableCell>
              <TableCell
                className={`text-right font-medium tabular-nums ${toneClasses[toneFor(wait, defaultThresholds.longestWaitSeconds)]}`}
              >
                {formatSeconds(wait, '—', locale)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
