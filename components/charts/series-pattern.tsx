import type { SeriesPattern } from './chart-palette';

/**
 * An SVG fill pattern: colour plus texture, so series stay apart for colour-blind readers and in
 * grey-scale prints. Place inside an <svg>'s <defs> and fill with `url(#id)`.
 */
export function SeriesPatternDef({
  id,
  color,
  pattern,
}: {
  id: string;
  color: string;
  pattern: SeriesPattern;
}) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill={color} />
      {pattern === 'stripes' && (
        <path
          d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2"
          stroke="var(--color-surface)"
          strokeWidth="1.5"
        />
      )}
      {pattern === 'dots' && <circle cx="3" cy="3" r="1.3" fill="var(--color-surface)" />}
    </pattern>
  );
}

/** A legend swatch drawn with the series' own pattern. */
export function SeriesSwatch({
  id,
  color,
  pattern,
}: {
  id: string;
  color: string;
  pattern: SeriesPattern;
}) {
  return (
    <svg width="14" height="14" aria-hidden="true" className="shrink-0 rounded-sm">
      <defs>
        <SeriesPatternDef id={id} color={color} pattern={pattern} />
      </defs>
      <rect width="14" height="14" fill={`url(#${id})`} />
    </svg>
  );
}
