import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['Oʻzbekiston', 'Oʻzbekiston'],
  ])('writes %j as %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+998781130590', "'+998781130590"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('defuses the formula-like text %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it('writes numbers as they are, even negative, and null as an empty field', () => {
    expect(csvField(0)).toBe('0');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends every line with CRLF and keeps nulls empty', () => {
    const csv = toCsv({
      columns: ['agent id', 'name', 'incoming calls'],
      rows: [
        ['101', 'Каримова, Дилноза', 0],
        ['102', null, null],
      ],
    });
    expect(csv).toBe(
      '\uFEFFagent id,name,incoming calls\r\n101,"Каримова, Дилноза",0\r\n102,,\r\n',
    );
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes only the header row for an empty table', () => {
    expect(toCsv({ columns: ['number', 'incoming total'], rows: [] })).toBe(
      '\uFEFFnumber,incoming total\r\n',
    );
  });
});
