import { jsPDF } from 'jspdf';
import 'svg2pdf.js';
import { embedUnicodeFont } from './pdf-fonts';
import { pdfText } from './pdf-text';

export interface PdfChart {
  title: string;
  /** A standalone SVG document (see chartSvgDocument). */
  markup: string;
  width: number;
  height: number;
}

export interface PdfTable {
  title: string;
  columns: string[];
  rows: string[][];
  /** Shown instead of rows when the table is absent or empty. */
  note?: string;
  /** The last row is a totals row (set in bold). */
  totalsLast?: boolean;
}

export interface PdfReport {
  headerLines: string[];
  charts: PdfChart[];
  tables: PdfTable[];
}

const margin = 36;
const rowHeight = 14;

/**
 * The whole report as one A4 landscape PDF: header, charts (vector, via svg2pdf), then tables
 * that continue over pages with their column titles repeated.
 */
export async function buildReportPdf(report: PdfReport): Promise<Blob> {
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4' });
  // With DejaVu embedded, Cyrillic and Uzbek print as written; without it, Latin-1 only.
  const unicode = await embedUnicodeFont(pdf);
  const family = unicode ?? 'helvetica';
  const text = (value: string) => (unicode ? value : pdfText(value));
  const pageWidth = pdf.internal.pageSize.getWidth();
  const pageHeight = pdf.internal.pageSize.getHeight();
  const contentWidth = pageWidth - margin * 2;
  let y = margin;

  const ensure = (height: number) => {
    if (y + height > pageHeight - margin) {
      pdf.addPage();
      y = margin;
    }
  };

  report.headerLines.forEach((line, index) => {
    pdf.setFont(family, index === 0 ? 'bold' : 'normal');
    pdf.setFontSize(index === 0 ? 18 : 11);
    pdf.text(text(line), margin, y + (index === 0 ? 14 : 10));
    y += index === 0 ? 24 : 16;
  });
  y += 8;

  for (const chart of report.charts) {
    const scale = Math.min(1, contentWidth / chart.width);
    const height = chart.height * scale;
    ensure(height);
    await drawSvg(pdf, chart.markup, unicode, margin, y, chart.width * scale, height);
    y += height + 16;
  }

  for (const table of report.tables) {
    ensure(rowHeight * 4);
    pdf.setFont(family, 'bold');
    pdf.setFontSize(13);
    pdf.text(text(table.title), margin, y + 12);
    y += 22;
    pdf.setFontSize(9);
    if (table.note) {
      pdf.setFont(family, 'normal');
      pdf.text(text(table.note), margin, y + 9);
      y += rowHeight + 10;
      continue;
    }
    const widths = columnWidths(table, contentWidth);
    const drawRow = (cells: string[], bold: boolean) => {
      pdf.setFont(family, bold ? 'bold' : 'normal');
      let x = margin;
      cells.forEach((cell, index) => {
        const width = widths[index] ?? 60;
        const line = pdf.splitTextToSize(text(cell), width - 6)[0] ?? '';
        if (index === 0) pdf.text(line, x, y + 10);
        else pdf.text(line, x + width - 6, y + 10, { align: 'right' });
        x += width;
      });
      y += rowHeight;
    };
    drawRow(table.columns, true);
    table.rows.forEach((row, index) => {
      if (y + rowHeight > pageHeight - margin) {
        pdf.addPage();
        y = margin;
        drawRow(table.columns, true);
      }
      drawRow(row, Boolean(table.totalsLast) && index === table.rows.length - 1);
    });
    y += 14;
  }
  return pdf.output('blob');
}

/** The first column (names) gets what the number columns leave; numbers share the rest evenly. */
function columnWidths(table: PdfTable, total: number): number[] {
  const count = table.columns.length;
  if (count <= 1) return [total];
  const first = Math.max(140, total * 0.28);
  const rest = (total - first) / (count - 1);
  return [first, ...Array.from({ length: count - 1 }, () => rest)];
}

async function drawSvg(
  pdf: jsPDF,
  markup: string,
  fontFamily: string | null,
  x: number,
  y: number,
  width: number,
  height: number,
) {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  // svg2pdf picks fonts by family name: point every label at the embedded Unicode font.
  if (fontFamily) {
    parsed.setAttribute('font-family', fontFamily);
    parsed.querySelectorAll('[font-family]').forEach((node) => node.removeAttribute('font-family'));
    parsed.querySelectorAll<SVGElement>('[style*="font-family"]').forEach((node) => {
      node.style.removeProperty('font-family');
    });
  }
  // svg2pdf measures text through the DOM, so the element is attached while it draws.
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;';
  host.append(document.importNode(parsed, true));
  document.body.append(host);
  try {
    const element = host.firstElementChild;
    if (element) await pdf.svg(element, { x, y, width, height });
  } finally {
    host.remove();
  }
}
