import type { ChartScene } from "../io/chart-scene";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";

/**
 * A chart scene drawn as vectors (rectangles, lines, text in the embedded font, so it can be
 * searched and copied) at `scale` points per canvas pixel, its top-left corner at (left, top),
 * clipped to the scene, so it prints sharp.
 */
export function drawScenePdf(doc: PDFKit.PDFDocument, scene: ChartScene, left: number, top: number, scale: number): void {
  doc.save();
  doc.rect(left, top, scene.width * scale, scene.height * scale).clip();
  doc.translate(left - scene.x * scale, top - scene.y * scale).scale(scale);
  doc.lineWidth(1.5);
  for (const edge of scene.edges) {
    const [first, ...rest] = edge.points;
    if (!first) continue;
    doc.moveTo(first[0], first[1]);
    for (const [x, y] of rest) doc.lineTo(x, y);
    if (edge.dotted) doc.dash(6, { space: 5 }).stroke("#a855f7").undash();
    else doc.stroke("#64748b");
  }
  for (const card of scene.cards) {
    if (card.dashed) doc.dash(6, { space: 4 });
    doc.lineWidth(card.strokeWidth).roundedRect(card.x, card.y, card.width, card.height, 10).fillAndStroke(card.fill, card.stroke);
    if (card.dashed) doc.undash();
    if (card.badge) doc.circle(card.x + card.badge.cx, card.y + card.badge.cy, card.badge.r).fill(card.badge.fill);
    for (const line of card.lines) {
      doc.font(line.bold ? FONT_BOLD : FONT_REGULAR).fontSize(line.size).fillColor(line.fill);
      const shift = line.anchor === "middle" ? doc.widthOfString(line.text) / 2 : 0;
      doc.text(line.text, card.x + line.x - shift, card.y + line.y, { lineBreak: false, baseline: "alphabetic" });
    }
  }
  doc.restore();
}
