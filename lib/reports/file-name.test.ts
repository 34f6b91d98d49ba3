import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';

const range = { from: '2026-12-01', to: '2026-12-04' };

describe('exportFileName', () => {
  it('says source, report, detail and range', () => {
    expect(
      exportFileName({ source: 'hq', report: 'series', detail: 'hour', range, extension: 'png' }),
    ).toBe('hq-series-hour-2026-12-01_2026-12-04.png');
    expect(exportFileName({ source: 'hq', report: 'agents', range, extension: 'xlsx' })).toBe(
      'hq-agents-2026-12-01_2026-12-04.xlsx',
    );
    expect(
      exportFileName({ source: 'dk', report: 'report', detail: null, range, extension: 'pdf' }),
    ).toBe('dk-report-2026-12-01_2026-12-04.pdf');
  });

  it('keeps names safe for every file system', () => {
    expect(
      exportFileName({
        source: 'hq',
        report: 'Calls by outcome',
        detail: '../day',
        range: { from: '2026/12/01', to: '2026-12-04' },
        extension: 'svg',
      }),
    ).toBe('hq-calls-by-outcome-day-2026-12-01_2026-12-04.svg');
  });
});

describe('exportFileName in other languages', () => {
  const ru: Record<string, string> = {
    agents: 'операторы',
    series: 'звонки',
    'external-numbers': 'внешние номера',
    hour: 'час',
    outcome: 'исход',
  };
  const words = (word: string) => ru[word] ?? word;

  it('names the report and its detail in the language, keeping letters of any script', () => {
    expect(exportFileName({ source: 'hq', report: 'agents', range, extension: 'csv', words })).toBe(
      'hq-операторы-2026-12-01_2026-12-04.csv',
    );
    expect(
      exportFileName({
        source: 'hq',
        report: 'series',
        detail: 'hour-outcome',
        range,
        extension: 'png',
        words,
      }),
    ).toBe('hq-звонки-час-исход-2026-12-01_2026-12-04.png');
    expect(
      exportFileName({ source: 'hq', report: 'external-numbers', range, extension: 'xlsx', words }),
    ).toBe('hq-внешние-номера-2026-12-01_2026-12-04.xlsx');
  });

  it('keeps the Uzbek letter ʻ and drops path characters', () => {
    expect(
      exportFileName({
        source: 'hq',
        report: 'series',
        range,
        extension: 'csv',
        words: () => 'qoʻngʻiroqlar/../x',
      }),
    ).toBe('hq-qoʻngʻiroqlar-x-2026-12-01_2026-12-04.csv');
  });
});
