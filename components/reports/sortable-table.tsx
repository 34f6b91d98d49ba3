'use client';

import { useMemo, useState } from 'react';
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
}

const unknown = '—';
const plain = (value: Cell) => (value === null ? unknown : String(value));

/**
 * A table with sortable column headers (click again to reverse), an optional search over its
 * text columns, and a totals row over the rows shown.
 */
export function SortableTable<R extends Record<string, Cell>>({
  label,
  columns,
  rows,
  rowKey,
  search,
  totalsLabel,
  noMatch,
  testId,
}: {
  label: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  search?: { label: string; fields: (keyof R & string)[] };
  totalsLabel: (count: number) => string;
  noMatch: (query: string) => string;
  testId?: string;
}) {
  const firstNumeric = columns.find((column) => column.numeric)?.key ?? columns[0]?.key;
  const [sort, setSort] = useState<{ key: keyof R & string; direction: SortDirection } | null>(
    firstNumeric ? { key: firstNumeric, direction: 'desc' } : null,
  );
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const found = search ? searchRows(rows, query, search.fields) : rows;
    return sort ? sortRows(found, sort.key, sort.direction) : found;
  }, [rows, query, search, sort]);
  const numericKeys = columns.filter((column) => column.numeric).map((column) => column.key);
  const totals = totalRow(shown, numericKeys);

  function toggle(column: Column<R>) {
    setSort((current) =>
      current?.key === column.key
        ? { key: column.key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key: column.key, direction: column.numeric ? 'desc' : 'asc' },
    );
  }

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
            {columns.map((column) => {
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
              <TableCell colSpan={columns.length} className="text-center text-muted">
                {noMatch(query)}
              </TableCell>
            </TableRow>
          ) : (
            shown.map((row) => (
              <TableRow key={rowKey(row)}>
                {columns.map((column) => (
                  <TableCell
                    key={column.key}
                    className={column.numeric ? 'text-right tabular-nums' : undefined}
                  >
                    {(column.format ?? plain)(row[column.key] ?? null)}
                  </TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
        <TableFooter>
          <TableRow data-testid="totals-row">
            {columns.map((column, index) => (
              <TableCell
                key={column.key}
                className={column.numeric ? 'text-right tabular-nums' : undefined}
              >
                {index === 0
                  ? totalsLabel(shown.length)
                  : column.numeric
                    ? (column.format ?? plain)(totals[column.key] ?? null)
                    : ''}
              </TableCell>
            ))}
          </TableRow>
        </TableFooter>
      </Table>
    </div>
  );
}
