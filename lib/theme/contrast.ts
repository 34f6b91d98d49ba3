/**
 * WCAG contrast for the colour notations the theme tokens use (oklch and #hex), so a test can hold
 * every text/background pair of every theme to 4.5:1 (7:1 on TV boards) without a browser.
 */

type Rgb = [number, number, number];

function oklchToLinearRgb(l: number, c: number, hDegrees: number): Rgb {
  const h = (hDegrees * Math.PI) / 180;
  const a = c * Math.cos(h);
  const b = c * Math.sin(h);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
}

function srgbToLinear(channel: number): number {
  const v = channel / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** Linear sRGB of `oklch(L C H)` or `#rrggbb`, clipped to the sRGB gamut as a screen would. */
export function linearRgb(color: string): Rgb {
  const oklch = /^oklch\(\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\)$/.exec(color.trim());
  if (oklch) {
    const [l, c, h] = oklch.slice(1).map(Number) as Rgb;
    return oklchToLinearRgb(l, c, h).map((v) => Math.min(1, Math.max(0, v))) as Rgb;
  }
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(color.trim());
  if (hex) return hex.slice(1).map((part) => srgbToLinear(parseInt(part, 16))) as Rgb;
  throw new Error(`unsupported colour: ${color}`);
}

export function relativeLuminance(color: string): number {
  const [r, g, b] = linearRgb(color);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

function linearToSrgb(v: number): number {
  const c = v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, c)) * 255);
}

/** `color` at `alpha` painted over `background` (as browsers blend: in gamma-encoded sRGB). */
export function compositeOver(color: string, alpha: number, background: string): string {
  const fg = linearRgb(color).map(linearToSrgb);
  const bg = linearRgb(background).map(linearToSrgb);
  return `#${fg
    .map((c, i) => Math.round(c * alpha + (bg[i] ?? 0) * (1 - alpha)))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}
