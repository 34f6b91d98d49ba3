import { describe, expect, it } from 'vitest';
import { startCdrHarness } from './test-kit';

const h = startCdrHarness();
const { rows, cdrstats } = h;

describe('telecomx cdrstats options and formats', () => {
  it('filters employees, picks fields (array or string) and sorts', async () => {
    const all = await rows({ fields: 'employeeId,employeeName' });
    expect(all.map((r) => Object.keys(r))).toContainEqual(['employeeId', 'employeeName', 'data']);
    const ids = [all[3]?.employeeId, all[1]?.employeeId];
    const two = await rows({
      employees: ids,
      fields: ['employeeName', 'inboundCalls'],
      sort: 'employeeName',
    });
    expect(two.map((r) => r.employeeName)).toEqual(
      [all[3]?.employeeName, all[1]?.employeeName].sort(),
    );
    for (const r of two) {
      for (const c of Object.values(r.data)) expect(Object.keys(c)).toEqual(['inboundCalls']);
    }
    const one = await rows({ employee: ids[0], employees: [] });
    expect(one).toHaveLength(1);
    expect(Object.keys(one[0] ?? {})).toEqual([
      'employeeId',
      'employeeName',
      'extensionId',
      'extensionNumber',
      'data',
    ]);
    expect(one[0]?.employeeId).toMatch(/^[0-9a-f]{24}$/);
    expect(await rows({ employees: ['ffffffffffffffffffffffff'] })).toEqual([]);
  });

  it('reads naive times and bare dates as PBX-local time, zoned ones as instants', async () => {
    const to = '2025-11-10T23:59:59';
    const naive = await rows({ from: '2025-11-10', to });
    expect(await rows({ from: '2025-11-10T00:00:00+05:00', to: '2025-11-10T18:59:59Z' })).toEqual(
      naive,
    );
    expect(await rows({ from: Date.parse('2025-11-09T19:00:00Z'), to })).toEqual(naive);
    expect(naive.some((r) => Object.keys(r.data).join() === '10')).toBe(true);
  });

  it('rejects bad input with the vendor error shape', async () => {
    const cases: [unknown, number, string][] = [
      [{ from: '2020-01-01-T00:00:00.000Z' }, 422, 'from'],
      [{ from: '2025-11-02T00:00:00Z', to: '2025-11-01T00:00:00Z' }, 422, 'from'],
      [{ from: '2024-01-01T00:00:00Z', to: '2025-11-01T00:00:00Z' }, 422, 'from'],
      [{ groupingInterval: 'YEAR' }, 422, 'groupingInterval'],
      [{ direction: 'SIDEWAYS' }, 422, 'direction'],
      [{ format: 'PDF' }, 422, 'format'],
      [{ fields: ['nope'] }, 422, 'fields'],
      [{ sort: 'inboundCalls' }, 422, 'sort'],
      [{ sort: 'employeeName', fields: ['extensionNumber'] }, 422, 'sort'],
      [{ ignoreBelow: -1 }, 422, 'ignoreBelow'],
      [{ ignoreLocal: 'maybe' }, 422, 'ignoreLocal'],
      [{ employees: ['xyz'] }, 422, 'employees'],
      [{ customer: '12345678901234567890abcd' }, 403, 'access_denied'],
      [[1, 2], 400, 'bad_request'],
    ];
    for (const [body, status, code] of cases) {
      const res = await cdrstats(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      const err = (JSON.parse(res.text) as { error: Record<string, unknown> }).error;
      expect(err).toMatchObject({ code, status });
      expect(typeof err.message).toBe('string');
    }
    const groupErr = await cdrstats({ groupingInterval: 'x' });
    expect(JSON.parse(groupErr.text)).toEqual({
      error: {
        message: 'Invalid grouping interval - use MONTH, WEEK, DAY or HOUR',
        code: 'groupingInterval',
        status: 422,
      },
    });
  });

  it('exports CSV with a header row and the same numbers as JSON', async () => {
    const body = {
      from: '2025-11-01T00:00:00',
      to: '2025-11-03T23:59:59',
      fields: ['extensionNumber', 'inboundCalls', 'outboundSeconds'],
    };
    const json = await rows(body);
    const csv = await cdrstats({ ...body, format: 'CSV' });
    expect(csv.type).toMatch(/^text\/csv/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('extensionNumber,interval,outboundSeconds,inboundCalls');
    const expected = json.flatMap((r) =>
      Object.entries(r.data).map(
        ([k, c]) => `${r.extensionNumber},${k},${c.outboundSeconds},${c.inboundCalls}`,
      ),
    );
    expect(lines.slice(1)).toEqual(expected);
  });

  it('exports EXCEL as an Excel XML workbook', async () => {
    const res = await cdrstats({ format: 'excel', fields: 'employeeName,inboundCalls' });
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/vnd.ms-excel');
    expect(res.text).toContain('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"');
    expect(res.text).toContain('<Data ss:Type="String">employeeName</Data>');
  });
});
