import { formatCount, formatDuration } from '@/components/ui/format';
import type { AgentRow, Cell, NumberRow } from '@/lib/reports/table-rows';
import type { Column } from '@/components/ui/sortable-table';

/** Cell formats in one language: counts grouped, durations with the language's units. */
function formats(locale: string) {
  return {
    count: (value: Cell) => (typeof value === 'number' ? formatCount(value, '—', locale) : '—'),
    duration: (value: Cell) => (typeof value === 'number' ? formatDuration(value, locale) : '—'),
  };
}

type Label = (key: string) => string;

/** The agent table's columns, shared by the page and the PDF. */
export function agentColumns(label: Label, locale: string): Column<AgentRow>[] {
  const { count, duration } = formats(locale);
  return [
    { key: 'agent', label: label('agent') },
    { key: 'extension', label: label('extension') },
    { key: 'inCalls', label: label('inCalls'), numeric: true, format: count },
    { key: 'inAnswered', label: label('inAnswered'), numeric: true, format: count },
    { key: 'inNotAnswered', label: label('inNotAnswered'), numeric: true, format: count },
    { key: 'inTalkSeconds', label: label('inTalkSeconds'), numeric: true, format: duration },
    { key: 'outCalls', label: label('outCalls'), numeric: true, format: count },
    { key: 'outTalkSeconds', label: label('outTalkSeconds'), numeric: true, format: duration },
  ];
}

/** The external-number table's columns, shared by the page and the PDF. */
export function numberColumns(label: Label, locale: string): Column<NumberRow>[] {
  const { count } = formats(locale);
  return [
    { key: 'number', label: label('number') },
    { key: 'inTotal', label: label('inTotal'), numeric: true, format: count },
    { key: 'inNotAnswered', label: label('inNotAnswered'), numeric: true, format: count },
    { key: 'outTotal', label: label('outTotal'), numeric: true, format: count },
    { key: 'outNotAnswered', label: label('outNotAnswered'), numeric: true, format: count },
    { key: 'internalTotal', label: label('internalTotal'), numeric: true, format: count },
  ];
}
