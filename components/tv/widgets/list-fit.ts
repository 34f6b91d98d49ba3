/** Rows a list widget shows: what fits its height (about 4 per grid row of 3), the rest counted. */
export function fits(rowSpan: number, total: number): number {
  const room = rowSpan * 4 + (rowSpan - 1);
  return total <= room ? total : room - 1;
}
