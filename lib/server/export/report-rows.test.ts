import { describe, expect, it } from 'vitest';
import type {
  AgentsResponse,
  ExternalNumbersResponse,
  SeriesResponse,
  SummaryResponse,
} from '@/lib/model/stats';
import { parseStatsAnswer } from '@/lib/model/stats';
import { reportTable } from './report-rows';

const envelope = {
  source: 'hq',
  from: '2026-01-01T00:00:00+05:00',
  to: '2026-01-02T00:00:00+05:00',
  fetchedAt: '2026-01-02T09:00:00+05:00',
  stale: false,
};

describe('reportTable', () => {
  it('gives summary one row per direction, nulls kept apart from zeros', () => {
    const body: SummaryResponse = {
      ...envelope,
      incoming: {
        total: 120,
        answered: 100,
        notAnswered: 20,
        busy: 0,
        failed: null,
        durationSeconds: 5400,
        talkSeconds: 4800.5,
      },
      outgoing: {
        total: 30,
        answered: 25,
        notAnswered: 5,
        busy: 3,
        failed: 2,
        durationSeconds: 900,
        talkSeconds: 800,
      },
      internal: null,
    };
    expect(reportTable({ report: 'summary', body })).toEqual({
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
      rows: [
        ['incoming', 120, 100, 20, 0, null, 5400, 4800.5],
        ['outgoing', 30, 25, 5, 3, 2, 900, 800],
        ['internal', null, null, null, null, null, null, null],
      ],
    });
  });

  it('gives series one row per point', () => {
    const body: SeriesResponse = {
      ...envelope,
      bucket: 'hour',
      points: [
        {
          start: '2026-01-01T09:00:00+05:00',
          incoming: { total: 12, notAnswered: 1 },
          outgoing: { total: 4, notAnswered: 0 },
          internal: null,
        },
        {
          start: '2026-01-01T10:00:00+05:00',
          incoming: { total: 0, notAnswered: 0 },
          outgoing: { total: 7, notAnswered: null },
          internal: null,
        },
      ],
    };
    expect(reportTable({ report: 'series', body })).toEqual({
      columns: [
        'start',
        'incoming total',
        'incoming not answered',
        'outgoing total',
        'outgoing not answered',
        'internal total',
        'internal not answered',
      ],
      rows: [
        ['2026-01-01T09:00:00+05:00', 12, 1, 4, 0, null, null],
        ['2026-01-01T10:00:00+05:00', 0, 0, 7, null, null, null],
      ],
    });
  });

  it('gives agents one row per agent', () => {
    const body: AgentsResponse = {
      ...envelope,
      agents: [
        {
          id: '101',
          name: 'Дилноза Каримова',
          extension: '101',
          incoming: {
            calls: 40,
            answered: 38,
            notAnswered: 2,
            durationSeconds: 3600,
            talkSeconds: 3300,
          },
          outgoing: null,
        },
        {
          id: 'a-7',
          name: null,
          extension: null,
          incoming: null,
          outgoing: {
            calls: 5,
            answered: 4,
            notAnswered: 1,
            durationSeconds: null,
            talkSeconds: 120,
          },
        },
      ],
    };
    expect(reportTable({ report: 'agents', body })).toEqual({
      columns: [
        'agent id',
        'name',
        'extension',
        'incoming calls',
        'incoming answered',
        'incoming not answered',
        'incoming duration seconds',
        'incoming talk seconds',
        'outgoing calls',
        'outgoing answered',
        'outgoing not answered',
        'outgoing duration seconds',
        'outgoing talk seconds',
      ],
      rows: [
        ['101', 'Дилноза Каримова', '101', 40, 38, 2, 3600, 3300, null, null, null, null, null],
        ['a-7', null, null, null, null, null, null, null, 5, 4, 1, null, 120],
      ],
    });
  });

  it('gives external numbers one row per number', () => {
    const body: ExternalNumbersResponse = {
      ...envelope,
      numbers: [
        {
          number: '+998781130590',
          incoming: { total: 50, notAnswered: 6 },
          outgoing: { total: 10, notAnswered: 2 },
          internal: null,
        },
      ],
    };
    expect(reportTable({ report: 'external-numbers', body })).toEqual({
      columns: [
        'number',
        'incoming total',
        'incoming not answered',
        'outgoing total',
        'outgoing not answered',
        'internal total',
        'internal not answered',
      ],
      rows: [['+998781130590', 50, 6, 10, 2, null, null]],
    });
  });

  it('refuses a body that does not match the report', () => {
    expect(() => parseStatsAnswer('agents', { ...envelope, numbers: [] })).toThrow();
  });
});
