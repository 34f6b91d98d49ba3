'use client';

import { useLocale, useTranslations } from 'use-intl';
import type { ExternalNumberStats } from '@/lib/model/stats';
import type { Cell } from '@/lib/reports/table-rows';
import { formatCount } from '@/components/ui/format';
import { SortableTable, type Column } from '@/components/ui/sortable-table';

interface NumberRow {
  [key: string]: Cell;
  number: string;
  incomingTotal: number | null;
  incomingNotAnswered: number | null;
  outgoingTotal: number | null;
  internalTotal: number | null;
  /** All calls over the directions the source reports: the initial order, busiest first. */
  busiest: number;
}

function numberRow(n: ExternalNumberStats): NumberRow {
  return {
    number: n.number,
    incomingTotal: n.incoming?.total ?? null,
    incomingNotAnswered: n.incoming?.notAnswered ?? null,
    outgoingTotal: n.outgoing?.total ?? null,
    internalTotal: n.internal?.total ?? null,
    busiest: [n.incoming, n.outgoing, n.internal].reduce((s, c) => s + (c?.total ?? 0), 0),
  };
}

/** Today's calls per external (trunk) number, busiest first, with a totals row. */
export function ExternalNumbersTable({ numbers }: { numbers: readonly ExternalNumberStats[] }) {
  const t = useTranslations('numbersTable');
  const locale = useLocale();
  const count = (value: Cell) => formatCount(typeof value === 'number' ? value : null, '—', locale);
  if (numbers.length === 0) return <p className="text-sm text-muted">{t('none')}</p>;
  const rows = numbers.map(numberRow).sort((a, b) => b.busiest - a.busiest);
  const columns: Column<NumberRow>[] = [
    { key: 'number', label: t('number') },
    ...(['incomingTotal', 'incomingNotAnswered', 'outgoingTotal', 'internalTotal'] as const).map(
      (key) => ({ key, label: t(key), numeric: true, format: count }),
    ),
  ];
  return (
    <SortableTable
      label={t('title')}
      testId="external-numbers-table"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.number}
      rowAttributes={(row) => ({ 'data-number': row === 'totals' ? 'totals' : row.number })}
      defaultSort={null}
      hideUnknownColumns
      totalsLabel={() => t('totals')}
    />
  );
}
