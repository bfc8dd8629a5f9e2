import PDFDocument from "pdfkit";
import { FONT_REGULAR } from "./fonts";

/** The margin of every page of our PDFs, in points; page numbers go in the bottom one. */
export const PDF_MARGIN = 40;

/**
 * An A4 landscape document in the shipped font, its pages kept until the end so each can be
 * numbered, and its bytes once it ends. Fonts are chosen by their file (`doc.font(FONT_BOLD)`),
 * never by a registered name: pdfkit re-reads and parses a font file every time a registered
 * name is chosen whose face is already loaded under another key, which made the 30,000 labels
 * of a 10,000-card chart take over 80 s.
 */
export function createPdf(title: string, options: { autoFirstPage?: boolean } = {}): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margin: PDF_MARGIN, bufferPages: true, font: FONT_REGULAR, info: { Title: title }, ...options });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return { doc, done };
}

/** Writes each page's footer (`footer(page, pages)`, 1-based) and ends the document. */
export function finishPdf(doc: PDFKit.PDFDocument, footer: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would make pdfkit start a new page: each footer was on a blank page of its own.
    doc.page.margins.bottom = 0;
    doc.font(FONT_REGULAR).fontSize(9).fillColor("#64748b");
    doc.text(footer(i + 1, range.count), PDF_MARGIN, doc.page.height - PDF_MARGIN + 12, { width: doc.page.width - 2 * PDF_MARGIN, align: "right", lineBreak: false });
  }
  doc.end();
}
