'use client';

import { useMemo, useState, type ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import {
  searchRows,
  sortRows,
  totalRow,
  type Cell,
  type SortDirection,
} from '@/lib/reports/table-rows';

export interface Column<R> {
  key: keyof R & string;
  label: string;
  /** Numbers are right-aligned, summed in the totals row and sorted largest first. */
  numeric?: boolean;
  format?: (value: Cell) => string;
  /** The body cell's content when it is more than the formatted value (a name and extension). */
  render?: (row: R) => ReactNode;
}

type Totals<R> = Partial<Record<keyof R & string, Cell>>;

const unknown = '—';
const plain = (value: Cell) => (value === null ? unknown : String(value));

/**
 * The one sortable table of the source page and the reports: sortable column headers (click
 * again to reverse; unknown values last either way, ties in the given order), an optional search
 * over its text columns, and a totals row over the rows shown: sums by default (unknown when any
 * part is), or what `totals` works out, e.g. an average over all calls rather than of averages.
 * The first column heads each row; every cell names its column in `data-column`.
 */
export function SortableTable<R extends Record<string, Cell>>({
  label,
  columns,
  rows,
  rowKey,
  search,
  totalsLabel,
  totals,
  noMatch,
  defaultSort,
  hideUnknownColumns = false,
  rowAttributes,
  testId,
}: {
  label: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  search?: { label: string; fields: (keyof R & string)[] };
  totalsLabel: (count: number) => string;
  totals?: (shown: readonly R[]) => Totals<R>;
  noMatch?: (query: string) => string;
  /** The first numeric column, largest first, unless given; null keeps the rows' own order. */
  defaultSort?: { key: keyof R & string; direction: SortDirection } | null;
  /** Leaves out numeric columns no row knows (e.g. outgoing calls from a queue report). */
  hideUnknownColumns?: boolean;
  /** `data-*` attributes of a body row, and of the totals row under the key `totals`. */
  rowAttributes?: (row: R | 'totals') => Record<`data-${string}`, string>;
  testId?: string;
}) {
  const shownColumns = hideUnknownColumns
    ? columns.filter(
        (column, index) =>
          index === 0 || !column.numeric || rows.some((row) => row[column.key] !== null),
      )
    : columns;
  const firstNumeric = columns.find((column) => column.numeric)?.key ?? columns[0]?.key;
  const [sort, setSort] = useState<{ key: keyof R & string; direction: SortDirection } | null>(
    defaultSort !== undefined
      ? defaultSort
      : firstNumeric
        ? { key: firstNumeric, direction: 'desc' }
        : null,
  );
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const found = search ? searchRows(rows, query, search.fields) : rows;
    return sort ? sortRows(found, sort.key, sort.direction) : found;
  }, [rows, query, search, sort]);
  const numericKeys = columns.filter((column) => column.numeric).map((column) => column.key);
  const totalValues: Totals<R> = totals ? totals(shown) : totalRow(shown, numericKeys);

  function toggle(column: Column<R>) {
    setSort((current) =>
      current?.key === column.key
        ? { key: column.key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key: column.key, direction: column.numeric ? 'desc' : 'asc' },
    );
  }

  const align = (column: Column<R>) => (column.numeric ? 'text-right tabular-nums' : undefined);
  const value = (column: Column<R>, cell: Cell | undefined) =>
    (column.format ?? plain)(cell ?? null);

  return (
    <div className="flex flex-col gap-3" data-testid={testId}>
      {search && (
        <input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-label={search.label}
          placeholder={search.label}
          className="h-9 w-full max-w-xs rounded-lg border border-border-strong bg-surface px-3 text-sm text-foreground placeholder:text-muted focus-visible:outline-2 focus-visible:outline-focus"
        />
      )}
      <Table aria-label={label}>
        <TableHeader>
          <TableRow>
            {shownColumns.map((column) => {
              const active = sort?.key === column.key;
              const ariaSort = active
                ? sort.direction === 'asc'
                  ? 'ascending'
                  : 'descending'
                : 'none';
              return (
                <TableHead
                  key={column.key}
                  scope="col"
                  aria-sort={ariaSort}
                  className={column.numeric ? 'text-right' : undefined}
                >
                  <button
                    type="button"
                    onClick={() => toggle(column)}
                    className="inline-flex items-center gap-1 uppercase hover:text-foreground focus-visible:outline-2 focus-visible:outline-focus"
                  >
                    {column.label}
                    <span aria-hidden="true" className={active ? 'text-foreground' : 'opacity-30'}>
                      {active && sort.direction === 'asc' ? '▲' : '▼'}
                    </span>
                  </button>
                </TableHead>
              );
            })}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.length === 0 ? (
            <TableRow>
              <TableCell colSpan={shownColumns.length} className="text-center text-muted">
                {noMatch?.(query)}
              </TableCell>
            </TableRow>
          ) : (
            shown.map((row) => (
              <TableRow key={rowKey(row)} {...rowAttributes?.(row)}>
                {shownColumns.map((column, index) =>
                  index === 0 ? (
                    <TableHead
                      key={column.key}
                      scope="row"
                      data-column={column.key}
                      className="text-sm font-medium normal-case tracking-normal text-foreground"
                    >
                      {column.render ? column.render(row) : value(column, row[column.key])}
                    </TableHead>
                  ) : (
                    <TableCell key={column.key} data-column={column.key} className={align(column)}>
                      {column.render ? column.render(row) : value(column, row[column.key])}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))
          )}
        </TableBody>
        <TableFooter>
          <TableRow data-testid="totals-row" {...rowAttributes?.('totals')}>
            {shownColumns.map((column, index) => (
              <TableCell key={column.key} data-column={column.key} className={align(column)}>
                {index === 0
                  ? totalsLabel(shown.length)
                  : column.numeric
                    ? value(column, totalValues[column.key])
                    : ''}
              </TableCell>
            ))}
          </TableRow>
        </TableFooter>
      </Table>
    </div>
  );
}
