import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text';

describe('pdfText', () => {
  it('keeps Latin-1, plains typographic dashes, marks the rest', () => {
    expect(pdfText('Period: 2026-12-01 – 2026-12-04 · UTC')).toBe(
      'Period: 2026-12-01 - 2026-12-04 · UTC',
    );
    expect(pdfText('Fetching…')).toBe('Fetching...');
    expect(pdfText('Ørsted Åse')).toBe('Ørsted Åse');
    expect(pdfText('Иван')).toBe('????');
  });
});
