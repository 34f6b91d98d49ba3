'use client';

import { useLocale, useTranslations } from 'use-intl';
import type { AgentStats } from '@/lib/model/stats';
import type { Cell } from '@/lib/reports/table-rows';
import { formatCount, formatSeconds } from '@/components/ui/format';
import { SortableTable, type Column } from '@/components/ui/sortable-table';
import { agentRow, agentTotals, type AgentRow } from './agent-table-data';

/** Today's figures per agent, sortable by any column, with a totals row. */
export function AgentTable({ agents }: { agents: readonly AgentStats[] }) {
  const t = useTranslations('agentTable');
  const locale = useLocale();
  const count = (value: Cell) => formatCount(typeof value === 'number' ? value : null, '—', locale);
  const seconds = (value: Cell) =>
    formatSeconds(typeof value === 'number' ? value : null, '—', locale);
  if (agents.length === 0) return <p className="text-sm text-muted">{t('none')}</p>;
  // By name first, so that agents with equal figures keep that order when sorted.
  const rows = agents.map(agentRow).sort((a, b) => a.name.localeCompare(b.name));
  const columns: Column<AgentRow>[] = [
    {
      key: 'name',
      label: t('name'),
      render: (row) => (
        <>
          {row.name}
          {row.extension && row.extension !== row.name && (
            <span className="ml-2 text-xs text-muted">{row.extension}</span>
          )}
        </>
      ),
    },
    { key: 'incomingCalls', label: t('incomingCalls'), numeric: true, format: count },
    { key: 'answered', label: t('answered'), numeric: true, format: count },
    { key: 'notAnswered', label: t('notAnswered'), numeric: true, format: count },
    { key: 'talkSeconds', label: t('talkSeconds'), numeric: true, format: seconds },
    { key: 'avgTalkSeconds', label: t('avgTalkSeconds'), numeric: true, format: seconds },
    { key: 'outgoingCalls', label: t('outgoingCalls'), numeric: true, format: count },
    { key: 'outgoingTalkSeconds', label: t('outgoingTalkSeconds'), numeric: true, format: seconds },
  ];
  return (
    <SortableTable
      label={t('title')}
      testId="agent-table"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      rowAttributes={(row) => ({ 'data-agent-id': row === 'totals' ? 'totals' : row.id })}
      defaultSort={{ key: 'answered', direction: 'desc' }}
      hideUnknownColumns
      totals={agentTotals}
      totalsLabel={() => t('totals')}
    />
  );
}
