import { Resvg } from "@resvg/resvg-js";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodePng } from "./encode-png";

/** The chunks of a PNG file: type and data, checking each length fits. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.toString("latin1", at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe("encodePng", () => {
  it("writes the pixels back exactly, row by row, in a file another PNG reader accepts", () => {
    const width = 3;
    const height = 2;
    // Opaque, so that a reader's premultiplied pixels are the same bytes.
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));
    const png = encodePng(rgba, width, height);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const parts = chunks(png);
    expect(parts.map((part) => part.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    const header = parts[0]?.data as Buffer;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([width, height, 8, 6]);
    const rows = inflateSync(parts[1]?.data as Buffer);
    expect([...rows]).toEqual([0, ...rgba.slice(0, 12), 0, ...rgba.slice(12)]);
    // resvg decodes it (CRCs included) as an image of the same size.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="3" height="2"><image width="3" height="2" href="data:image/png;base64,${png.toString("base64")}"/></svg>`;
    const image = new Resvg(svg).render();
    expect([image.width, image.height]).toEqual([3, 2]);
    expect([...image.pixels]).toEqual([...rgba]);
  });

  it("refuses pixels that do not match the size", () => {
    expect(() => encodePng(new Uint8Array(7), 1, 2)).toThrow(/expected 8 bytes/);
  });
});
