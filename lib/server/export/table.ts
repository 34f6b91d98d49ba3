/** One exported cell; null is a figure the source cannot tell and stays an empty cell, never 0. */
export type Cell = string | number | null;

/** A report flattened for export: the header row's names and the data rows, cell for cell. */
export interface Table {
  columns: string[];
  rows: Cell[][];
}
