/**
 * The part of fontkit (a dependency of pdfkit, used directly to outline labels) that
 * lib/io-node/glyph-labels.ts uses; fontkit ships no types.
 */
declare module "fontkit" {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    path: { toSVG(): string };
  }
  export interface Font {
    unitsPerEm: number;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(id: number): Glyph;
  }
  export function openSync(path: string): Font | { fonts: Font[] };
}
