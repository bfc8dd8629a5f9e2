import * as fontkit from "fontkit";
import type { LabelStyle } from "../io/chart-scene";
import type { LabelWriter } from "../io/chart-to-svg";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";

interface Face {
  prefix: string;
  font: fontkit.Font;
  /** Code point → glyph id and advance (font units), cached: the same few letters repeat on every card. */
  glyphs: Map<number, { id: number; advance: number }>;
}

let faces: { regular: Face; bold: Face } | null = null;

function loadFaces(): { regular: Face; bold: Face } {
  faces ??= {
    regular: { prefix: "r", font: fontkit.openSync(FONT_REGULAR) as fontkit.Font, glyphs: new Map() },
    bold: { prefix: "b", font: fontkit.openSync(FONT_BOLD) as fontkit.Font, glyphs: new Map() },
  };
  return faces;
}

/**
 * Labels as references to glyph outlines defined once per drawing, for rasterising with resvg.
 * resvg lays out <text> itself, but re-reads the whole font file for every glyph it outlines
 * (fontdb's file source), which cost about 5 s for 2,000 cards; a glyph used 10,000 times is
 * outlined here once. Letters are placed by their advance widths (no kerning), with the shipped
 * DejaVu font, so accented Italian text looks the same as in the SVG export.
 */
export function glyphLabels(): LabelWriter {
  const { regular, bold } = loadFaces();
  const used = new Map<string, string>();

  const glyphOf = (face: Face, codePoint: number) => {
    let glyph = face.glyphs.get(codePoint);
    if (!glyph) {
      const found = face.font.glyphForCodePoint(codePoint);
      glyph = { id: found.id, advance: found.advanceWidth };
      face.glyphs.set(codePoint, glyph);
    }
    return { key: `${face.prefix}${glyph.id}`, id: glyph.id, advance: glyph.advance };
  };

  return {
    line(text: string, x: number, y: number, style: LabelStyle): string {
      const face = style.bold ? bold : regular;
      const uses: string[] = [];
      let pen = 0;
      for (const char of text) {
        const codePoint = char.codePointAt(0) as number;
        const glyph = glyphOf(face, codePoint);
        // Spaces have no outline; only their advance matters.
        if (char.trim() !== "") {
          if (!used.has(glyph.key)) used.set(glyph.key, face.font.getGlyph(glyph.id).path.toSVG());
          uses.push(`<use href="#${glyph.key}" x="${pen}"/>`);
        }
        pen += glyph.advance;
      }
      const scale = style.size / face.font.unitsPerEm;
      const left = style.anchor === "middle" ? x - (pen * scale) / 2 : x;
      // Font units have y pointing up.
      return `<g transform="translate(${round(left)} ${y}) scale(${scale} ${-scale})" fill="${style.fill}">${uses.join("")}</g>`;
    },
    defs(): string {
      return `<defs>${[...used].map(([key, d]) => `<path id="${key}" d="${d}"/>`).join("")}</defs>`;
    },
  };
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
