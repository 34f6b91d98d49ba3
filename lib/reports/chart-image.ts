import {
  composeChartSvg,
  headerHeight,
  resolveCssVariables,
  type LegendItem,
  type SvgHeaderStyle,
} from './export-header';

/** The rendered chart's SVG inside `container`, with its drawn size. */
export function findChartSvg(container: Element): SVGSVGElement | null {
  return container.querySelector('svg.recharts-surface');
}

/**
 * Any CSS colour (theme tokens are oklch) as rgb(), by painting one pixel: SVG viewers and the PDF
 * renderer do not all read oklch, every one reads rgb.
 */
export function toRgb(color: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const context = canvas.getContext('2d');
  if (!context) return color;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return a === 255
    ? `rgb(${r}, ${g}, ${b})`
    : `rgba(${r}, ${g}, ${b}, ${((a ?? 0) / 255).toFixed(3)})`;
}

/** Reads a theme token (e.g. `--color-surface`) as rgb. */
export function themeColor(name: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value ? toRgb(value) : '';
}

export function headerStyle(): SvgHeaderStyle {
  return {
    background: themeColor('--color-surface-raised'),
    title: themeColor('--color-foreground'),
    text: themeColor('--color-muted'),
    // Names every renderer maps: the canvas, SVG viewers and the PDF's standard Helvetica.
    fontFamily: 'Helvetica, Arial, sans-serif',
  };
}

/**
 * A standalone SVG of the chart with the header above it; theme variables and the page's
 * `currentColor` are written out so the file looks the same outside the page.
 */
export function chartSvgDocument(
  svg: SVGSVGElement,
  lines: readonly string[],
  legend: readonly LegendItem[],
): {
  markup: string;
  width: number;
  height: number;
} {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error('chart is not an SVG');
  const inner = new XMLSerializer()
    .serializeToString(clone)
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>$/, '');
  const style = headerStyle();
  const resolved = resolveCssVariables(inner, themeColor).replace(/currentColor/g, style.text);
  const colours = legend.map((item) => ({
    label: item.label,
    color: resolveCssVariables(item.color, themeColor),
  }));
  const markup = composeChartSvg({ markup: resolved, width, height }, lines, style, colours);
  return {
    markup,
    width: Math.round(width),
    height: Math.round(height + headerHeight(lines, colours)),
  };
}

/** Rasterizes an SVG document to PNG at its own pixel size (one CSS pixel, one image pixel). */
export async function svgToPng(markup: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart image could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas to draw the chart on');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
