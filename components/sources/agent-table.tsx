'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import type { AgentStats } from '@/lib/model/stats';
import { formatCount, formatSeconds } from '@/components/ui/format';
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
  agentRow,
  agentTotals,
  sortAgentRows,
  type AgentColumn,
  type AgentRow,
  type SortDirection,
} from './agent-table-data';

const columns: { key: AgentColumn; kind: 'text' | 'count' | 'seconds' }[] = [
  { key: 'name', kind: 'text' },
  { key: 'incomingCalls', kind: 'count' },
  { key: 'answered', kind: 'count' },
  { key: 'notAnswered', kind: 'count' },
  { key: 'talkSeconds', kind: 'seconds' },
  { key: 'avgTalkSeconds', kind: 'seconds' },
  { key: 'outgoingCalls', kind: 'count' },
  { key: 'outgoingTalkSeconds', kind: 'seconds' },
];

function cell(
  value: string | number | null,
  kind: 'text' | 'count' | 'seconds',
  locale: string,
): string {
  if (typeof value === 'string') return value;
  return kind === 'seconds' ? formatSeconds(value, '—', locale) : formatCount(value, '—', locale);
}

/** Today's figures per agent, sortable by any column, with a totals row. */
export function AgentTable({ agents }: { agents: readonly AgentStats[] }) {
  const t = useTranslations('agentTable');
  const locale = useLocale();
  const [sort, setSort] = useState<{ column: AgentColumn; direction: SortDirection }>({
    column: 'answered',
    direction: 'descending',
  });
  if (agents.length === 0) return <p className="text-sm text-muted">{t('none')}</p>;
  const rows = agents.map(agentRow);
  // A figure no agent has (e.g. outgoing calls from a queue report) is a column left out.
  const shown = columns.filter(
    ({ key }) => key === 'name' || rows.some((row) => row[key] !== null),
  );
  const sorted = sortAgentRows(rows, sort.column, sort.direction);
  const totals = agentTotals(rows);

  function toggle(column: AgentColumn) {
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: column === 'name' ? 'ascending' : 'descending' },
    );
  }

  return (
    <Table aria-label={t('title')} data-testid="agent-table">
      <TableHeader>
        <TableRow>
          {shown.map(({ key, kind }) => (
            <TableHead
              key={key}
              scope="col"
              aria-sort={sort.column === key ? sort.direction : 'none'}
              className={kind === 'text' ? undefined : 'text-right'}
            >
              <button
                type="button"
                onClick={() => toggle(key)}
                className="inline-flex items-center gap-1 uppercase hover:text-foreground focus-visible:outline-2 focus-visible:outline-focus"
              >
                {t(key)}
                <span aria-hidden="true" className="w-3">
                  {sort.column === key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((row: AgentRow) => (
          <TableRow key={row.id} data-agent-id={row.id}>
            {shown.map(({ key, kind }) =>
              key === 'name' ? (
                <TableHead
                  key={key}
                  scope="row"
                  className="text-sm font-medium normal-case tracking-normal text-foreground"
                >
                  {row.name}
                  {row.extension && row.extension !== row.name && (
                    <span className="ml-2 text-xs text-muted">{row.extension}</span>
                  )}
                </TableHead>
              ) : (
                <TableCell key={key} data-column={key} className="text-right tabular-nums">
                  {cell(row[key], kind, locale)}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow data-agent-id="totals">
          {shown.map(({ key, kind }) =>
            key === 'name' ? (
              <TableHead
                key={key}
                scope="row"
                className="text-sm normal-case tracking-normal text-foreground"
              >
                {t('totals')}
              </TableHead>
            ) : (
              <TableCell key={key} data-column={key} className="text-right tabular-nums">
                {cell(totals[key], kind, locale)}
              </TableCell>
            ),
          )}
        </TableRow>
      </TableFooter>
    </Table>
  );
}
