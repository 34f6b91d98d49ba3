'use client';

import { useLocale, useTranslations } from 'use-intl';
import type { BucketCounts, ExternalNumberStats } from '@/lib/model/stats';
import { formatCount } from '@/components/ui/format';
import {
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';

type Column = 'incomingTotal' | 'incomingNotAnswered' | 'outgoingTotal' | 'internalTotal';

const pick: Record<Column, (n: ExternalNumberStats) => number | null> = {
  incomingTotal: (n) => n.incoming?.total ?? null,
  incomingNotAnswered: (n) => n.incoming?.notAnswered ?? null,
  outgoingTotal: (n) => n.outgoing?.total ?? null,
  internalTotal: (n) => n.internal?.total ?? null,
};

function sumKnown(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
}

/** Today's calls per external (trunk) number, busiest first, with a totals row. */
export function ExternalNumbersTable({ numbers }: { numbers: readonly ExternalNumberStats[] }) {
  const t = useTranslations('numbersTable');
  const locale = useLocale();
  if (numbers.length === 0) return <p className="text-sm text-muted">{t('none')}</p>;
  const columns = (Object.keys(pick) as Column[]).filter((column) =>
    numbers.some((n) => pick[column](n) !== null),
  );
  const busiest = (n: ExternalNumberStats) =>
    [n.incoming, n.outgoing, n.internal].reduce(
      (sum, counts: BucketCounts | null) => sum + (counts?.total ?? 0),
      0,
    );
  const sorted = [...numbers].sort((a, b) => busiest(b) - busiest(a));
  return (
    <Table aria-label={t('title')} data-testid="external-numbers-table">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t('number')}</TableHead>
          {columns.map((column) => (
            <TableHead key={column} scope="col" className="text-right">
              {t(column)}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((entry) => (
          <TableRow key={entry.number} data-number={entry.number}>
            <TableHead
              scope="row"
              className="text-sm font-medium normal-case tracking-normal text-foreground"
            >
              {entry.number}
            </TableHead>
            {columns.map((column) => (
              <TableCell key={column} data-column={column} className="text-right tabular-nums">
                {formatCount(pick[column](entry), '—', locale)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableHead scope="row" className="text-sm normal-case tracking-normal text-foreground">
            {t('totals')}
          </TableHead>
          {columns.map((column) => (
            <TableCell key={column} data-column={column} className="text-right tabular-nums">
              {formatCount(sumKnown(numbers.map(pick[column])), '—', locale)}
            </TableCell>
          ))}
        </TableRow>
      </TableFooter>
    </Table>
  );
}
