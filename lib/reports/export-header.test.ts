import { describe, expect, it } from 'vitest';
import {
  composeChartSvg,
  exportHeaderLines,
  headerHeight,
  resolveCssVariables,
} from './export-header';

const labels = { period: 'Period', timeZone: 'Time zone', generated: 'Generated' };

describe('exportHeaderLines', () => {
  it('says title, source, period, time zone and generation time in the source zone', () => {
    const lines = exportHeaderLines(
      {
        title: 'Calls by direction',
        sourceName: 'HQ call center',
        range: { from: '2026-12-01', to: '2026-12-04' },
        timeZone: 'Europe/Copenhagen',
        generatedAt: new Date('2026-10-25T01:30:00Z'),
      },
      labels,
    );
    expect(lines).toEqual([
      'Calls by direction',
      'HQ call center',
      'Period: 2026-12-01 – 2026-12-04 · Time zone: Europe/Copenhagen',
      // 01:30 UTC on the autumn change day is 02:30 CET (+01:00), after the clocks went back.
      'Generated: 2026-10-25 02:30:00 +01:00',
    ]);
  });

  it('writes a one-day period once', () => {
    const [, , period] = exportHeaderLines(
      {
        title: 't',
        sourceName: 's',
        range: { from: '2026-12-04', to: '2026-12-04' },
        timeZone: 'UTC',
        generatedAt: new Date(0),
      },
      labels,
    );
    expect(period).toBe('Period: 2026-12-04 · Time zone: UTC');
  });

  it('writes a business day with its start and end times', () => {
    const [, , period] = exportHeaderLines(
      {
        title: 't',
        sourceName: 's',
        range: { from: '2026-12-04', to: '2026-12-04' },
        timeZone: 'UTC',
        generatedAt: new Date(0),
        dayStart: '06:00',
      },
      labels,
    );
    expect(period).toBe('Period: 2026-12-04 06:00 – 2026-12-05 06:00 · Time zone: UTC');
  });
});

describe('composeChartSvg', () => {
  const style = { background: '#020617', title: '#fff', text: '#ccc', fontFamily: 'sans-serif' };

  it('puts the header above the chart and grows the height by it', () => {
    const lines = ['Calls <by> direction', 'HQ & co'];
    const svg = composeChartSvg(
      { markup: '<rect width="10"/>', width: 600, height: 300 },
      lines,
      style,
    );
    const top = headerHeight(lines);
    expect(svg).toMatch(
      new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="600" height="${300 + top}"`),
    );
    expect(svg).toContain('Calls &lt;by&gt; direction');
    expect(svg).toContain('HQ &amp; co');
    expect(svg).toContain(`<g transform="translate(0 ${top})"><rect width="10"/></g>`);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('draws a legend row, since the page legend is not part of the chart SVG', () => {
    const legend = [
      { label: 'Incoming', color: 'rgb(86, 180, 233)' },
      { label: 'Outgoing', color: 'rgb(230, 159, 0)' },
    ];
    const svg = composeChartSvg({ markup: '', width: 600, height: 300 }, ['t'], style, legend);
    expect(headerHeight(['t'], legend)).toBe(headerHeight(['t']) + 20);
    expect(svg).toContain(`height="${300 + headerHeight(['t'], legend)}"`);
    expect(svg).toContain('fill="rgb(86, 180, 233)"');
    expect(svg).toContain('>Outgoing</text>');
  });
});

describe('resolveCssVariables', () => {
  const vars: Record<string, string> = { '--color-ok': ' oklch(0.72 0.17 150)' };
  const lookup = (name: string) => vars[name];

  it('writes out theme colours, falling back when a variable is unknown', () => {
    expect(resolveCssVariables('<rect fill="var(--color-ok)"/>', lookup)).toBe(
      '<rect fill="oklch(0.72 0.17 150)"/>',
    );
    expect(resolveCssVariables('fill="var(--nope, rgb(1, 2, 3))"', lookup)).toBe(
      'fill="rgb(1, 2, 3)"',
    );
    expect(resolveCssVariables('stroke="var(--nope)"', lookup)).toBe('stroke="currentColor"');
  });
});
