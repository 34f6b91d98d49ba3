import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { parseFaultFlag, parseFaultSpec } from './parse';
import {
  malformedBody,
  mapJsonBody,
  stringifyWithTrailingCommas,
  withExtraFields,
  withoutKeys,
} from './transforms';

describe('body transforms', () => {
  const value = { a: { b: [1, { c: 'x,}' }], e: [] }, f: {}, g: null };

  it('adds trailing commas only where JSON5 allows them', () => {
    const text = stringifyWithTrailingCommas(value);
    expect(text).toBe('{"a":{"b":[1,{"c":"x,}",},],"e":[],},"f":{},"g":null,}');
    expect(() => JSON.parse(text)).toThrow();
    expect(JSON5.parse(text)).toEqual(value);
  });

  it('drops given keys or the first one, and adds extra fields two levels deep', () => {
    expect(withoutKeys(value, ['a', 'g'])).toEqual({ f: {} });
    expect(withoutKeys(value, undefined)).toEqual({ f: {}, g: null });
    expect(withExtraFields({ a: { b: 1 }, l: [{ c: 1 }, 2], s: 's' })).toEqual({
      a: { b: 1, extraField: 'unexpected' },
      l: [{ c: 1, extraField: 'unexpected' }, 2],
      s: 's',
      apiVersion: '99.1-sim',
    });
  });

  it('leaves non-2xx and non-JSON answers alone; malformed bodies never parse', () => {
    const notJson = { status: 200, body: '<html>' };
    expect(mapJsonBody(notJson, () => 'x')).toBe(notJson);
    const err = { status: 404, body: '{"error":"x"}' };
    expect(mapJsonBody(err, () => 'x')).toBe(err);
    for (const body of ['', '{}', '{"a":[1,2,3]}']) {
      expect(() => JSON.parse(malformedBody(body))).toThrow();
    }
  });
});

describe('fault spec parsing', () => {
  it('fills defaults and parses CLI flags', () => {
    expect(parseFaultSpec({ mode: 'slow' })).toEqual({ mode: 'slow', delayMs: 3000 });
    expect(parseFaultSpec({ mode: 'rate-limit' })).toEqual({
      mode: 'rate-limit',
      retryAfterSeconds: 30,
    });
    expect(parseFaultFlag('asternic=slow,delayMs=500,count=2,path=entity=realtime')).toEqual({
      api: 'asternic',
      spec: { mode: 'slow', delayMs: 500, count: 2, paths: ['entity=realtime'] },
    });
    expect(() => parseFaultFlag('asternic')).toThrow(/api=mode/);
    expect(() => parseFaultFlag('asternic=boom')).toThrow(/mode/);
  });
});
