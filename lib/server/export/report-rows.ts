import type {
  AgentsResponse,
  ExternalNumbersResponse,
  SeriesResponse,
  StatsAnswer,
  SummaryResponse,
  AgentDirection,
  BucketCounts,
  DirectionTotals,
} from '@/lib/model/stats';
import type { Cell, Table } from './table';

const directions = ['incoming', 'outgoing', 'internal'] as const;
const agentDirections = ['incoming', 'outgoing'] as const;

const countColumns = (direction: string) => [`${direction} total`, `${direction} not answered`];
const countCells = (counts: BucketCounts | null): Cell[] => [
  counts?.total ?? null,
  counts?.notAnswered ?? null,
];

/** One row per direction; a direction the source has no data for is a row of empty cells. */
export function summaryTable(body: SummaryResponse): Table {
  return {
    columns: [
      'direction',
      'total',
      'answered',
      'not answered',
      'busy',
      'failed',
      'duration seconds',
      'talk seconds',
    ],
    rows: directions.map((direction) => [direction, ...totalsCells(body[direction])]),
  };
}

function totalsCells(totals: DirectionTotals | null): Cell[] {
  return [
    totals?.total ?? null,
    totals?.answered ?? null,
    totals?.notAnswered ?? null,
    totals?.busy ?? null,
    totals?.failed ?? null,
    totals?.durationSeconds ?? null,
    totals?.talkSeconds ?? null,
  ];
}

export function seriesTable(body: SeriesResponse): Table {
  return {
    columns: ['start', ...directions.flatMap(countColumns)],
    rows: body.points.map((point) => [
      point.start,
      ...directions.flatMap((direction) => countCells(point[direction])),
    ]),
  };
}

export function agentsTable(body: AgentsResponse): Table {
  return {
    columns: [
      'agent id',
      'name',
      'extension',
      ...agentDirections.flatMap((direction) => [
        `${direction} calls`,
        `${direction} answered`,
        `${direction} not answered`,
        `${direction} duration seconds`,
        `${direction} talk seconds`,
      ]),
    ],
    rows: body.agents.map((agent) => [
      agent.id,
      agent.name,
      agent.extension,
      ...agentDirections.flatMap((direction) => agentCells(agent[direction])),
    ]),
  };
}

function agentCells(figures: AgentDirection | null): Cell[] {
  return [
    figures?.calls ?? null,
    figures?.answered ?? null,
    figures?.notAnswered ?? null,
    figures?.durationSeconds ?? null,
    figures?.talkSeconds ?? null,
  ];
}

export function externalNumbersTable(body: ExternalNumbersResponse): Table {
  return {
    columns: ['number', ...directions.flatMap(countColumns)],
    rows: body.numbers.map((entry) => [
      entry.number,
      ...directions.flatMap((direction) => countCells(entry[direction])),
    ]),
  };
}

/** Flattens a statistics body into the rows of its export. */
export function reportTable(answer: StatsAnswer): Table {
  switch (answer.report) {
    case 'summary':
      return summaryTable(answer.body);
    case 'series':
      return seriesTable(answer.body);
    case 'agents':
      return agentsTable(answer.body);
    case 'external-numbers':
      return externalNumbersTable(answer.body);
  }
}
