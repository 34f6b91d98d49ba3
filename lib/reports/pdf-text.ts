/**
 * Text for the PDF's standard fonts, which know Latin-1 only: typographic dashes and the ellipsis
 * become plain ones, and any other character outside Latin-1 becomes "?" rather than garbage.
 */
export function pdfText(text: string): string {
  return text
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[^\u0000-\u00ff]/g, '?');
}
