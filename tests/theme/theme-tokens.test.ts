import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compositeOver, contrastRatio } from '@/lib/theme/contrast';

const css = readFileSync(join(__dirname, '..', '..', 'app', 'globals.css'), 'utf8');

/** The `--color-*` declarations of the first block that follows `opener`. */
function tokens(opener: string): Record<string, string> {
  const start = css.indexOf(opener);
  expect(start, `globals.css has ${opener}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--color-([\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

const dark = tokens('@theme {');
const lightPinned = tokens(":root[data-theme='light']:not(:has(.tv-root)) {");
const lightSystem = tokens(':root:not([data-theme]):not(:has(.tv-root)) {');
const light = { ...dark, ...lightPinned };

const text = ['foreground', 'muted', 'accent', 'ok', 'warn', 'alert', 'stale'];
const backgrounds = ['surface', 'surface-raised', 'surface-overlay'];

describe('theme tokens', () => {
  it('the light theme is the same whether picked or followed from the system', () => {
    expect(lightSystem).toEqual(lightPinned);
  });

  it('the light theme sets every colour the dark one does, except the TV tokens', () => {
    const themed = Object.keys(dark).filter((name) => !name.startsWith('tv-'));
    expect(Object.keys(lightPinned).sort()).toEqual(themed.sort());
  });

  for (const [name, theme] of [
    ['dark', dark],
    ['light', light],
  ] as const) {
    it(`${name}: every text colour reads at 4.5:1 on every surface`, () => {
      for (const fg of text) {
        for (const bg of backgrounds) {
          const ratio = contrastRatio(theme[fg] ?? '', theme[bg] ?? '');
          expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      expect(
        contrastRatio(theme['accent-foreground'] ?? '', theme['accent-strong'] ?? ''),
      ).toBeGreaterThanOrEqual(4.5);
    });

    it(`${name}: status badges (text on a 15 % tint of its colour) read at 4.5:1`, () => {
      for (const tone of ['ok', 'warn', 'alert', 'accent']) {
        for (const bg of backgrounds) {
          const tint = compositeOver(theme[tone] ?? '', 0.15, theme[bg] ?? '');
          const ratio = contrastRatio(theme[tone] ?? '', tint);
          expect(ratio, `${tone} on its tint over ${bg}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    it(`${name}: focus ring, control borders and chart colours reach 3:1 (WCAG 1.4.11)`, () => {
      const graphics = [
        'focus',
        'border-strong',
        ...Object.keys(theme).filter((k) => k.startsWith('chart-')),
      ];
      for (const fg of graphics) {
        for (const bg of ['surface', 'surface-raised']) {
          expect(
            contrastRatio(theme[fg] ?? '', theme[bg] ?? ''),
            `${fg} on ${bg}`,
          ).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }

  it('TV boards keep 7:1 for text and figures', () => {
    for (const fg of ['tv-text', 'tv-muted', 'tv-ok', 'tv-warn', 'tv-alert']) {
      for (const bg of ['tv-bg', 'tv-panel']) {
        expect(
          contrastRatio(dark[fg] ?? '', dark[bg] ?? ''),
          `${fg} on ${bg}`,
        ).toBeGreaterThanOrEqual(7);
      }
    }
  });
});
