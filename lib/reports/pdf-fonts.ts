import type { jsPDF } from 'jspdf';

/** The family the PDF's text and chart labels are set in once the Unicode font is loaded. */
export const pdfFontFamily = 'DejaVuSans';

/** DejaVu Sans (public/fonts, Bitstream Vera licence beside it): Latin, Cyrillic and Uzbek ʻ. */
const files = [
  { style: 'normal', url: '/fonts/DejaVuSans.ttf' },
  { style: 'bold', url: '/fonts/DejaVuSans-Bold.ttf' },
] as const;

/** Bytes as the "binary string" jsPDF's virtual file system takes for a TrueType file. */
export function binaryString(bytes: Uint8Array): string {
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return out;
}

/**
 * Embeds DejaVu Sans into `pdf` and answers its family, or null when the font cannot be fetched;
 * the caller then falls back to the standard Latin-1 fonts rather than failing the export.
 */
export async function embedUnicodeFont(pdf: jsPDF): Promise<string | null> {
  try {
    const bodies = await Promise.all(
      files.map(async ({ url }) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      }),
    );
    files.forEach(({ style }, index) => {
      const name = `${pdfFontFamily}-${style}.ttf`;
      pdf.addFileToVFS(name, binaryString(bodies[index] ?? new Uint8Array()));
      pdf.addFont(name, pdfFontFamily, style);
    });
    return pdfFontFamily;
  } catch (error) {
    console.warn('PDF export: the Unicode font could not be loaded; using Helvetica', error);
    return null;
  }
}
