import { formatDuration } from '@/components/ui/format';
import type { AgentRow, Cell, NumberRow } from '@/lib/reports/table-rows';
import type { Column } from '@/components/ui/sortable-table';

const duration = (value: Cell) => (typeof value === 'number' ? formatDuration(value) : '—');

type Label = (key: string) => string;

/** The agent table's columns, shared by the page and the PDF. */
export function agentColumns(label: Label): Column<AgentRow>[] {
  return [
    { key: 'agent', label: label('agent') },
    { key: 'extension', label: label('extension') },
    { key: 'inCalls', label: label('inCalls'), numeric: true },
    { key: 'inAnswered', label: label('inAnswered'), numeric: true },
    { key: 'inNotAnswered', label: label('inNotAnswered'), numeric: true },
    { key: 'inTalkSeconds', label: label('inTalkSeconds'), numeric: true, format: duration },
    { key: 'outCalls', label: label('outCalls'), numeric: true },
    { key: 'outTalkSeconds', label: label('outTalkSeconds'), numeric: true, format: duration },
  ];
}

/** The external-number table's columns, shared by the page and the PDF. */
export function numberColumns(label: Label): Column<NumberRow>[] {
  return [
    { key: 'number', label: label('number') },
    { key: 'inTotal', label: label('inTotal'), numeric: true },
    { key: 'inNotAnswered', label: label('inNotAnswered'), numeric: true },
    { key: 'outTotal', label: label('outTotal'), numeric: true },
    { key: 'outNotAnswered', label: label('outNotAnswered'), numeric: true },
    { key: 'internalTotal', label: label('internalTotal'), numeric: true },
  ];
}
