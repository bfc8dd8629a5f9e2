import { inflateSync } from "node:zlib";

/**
 * The text a pdfkit PDF draws, page by page, one string per text object (a card's line, a
 * caption), read back through each font's ToUnicode map: what a reader's search or copy sees.
 * Test-only, and only for what pdfkit writes (Flate-compressed streams, Identity-H fonts).
 */
export function pdfTextByPage(pdf: Buffer): string[][] {
  const raw = pdf.toString("latin1");
  const objects = new Map<number, { dict: string; stream: string | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2] as string;
    const at = body.indexOf("stream\n");
    if (at < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const start = (match.index ?? 0) + match[0].indexOf(body) + at + "stream\n".length;
    const end = raw.indexOf("\nendstream", start);
    const data = pdf.subarray(start, end);
    objects.set(Number(match[1]), { dict: body.slice(0, at), stream: (/FlateDecode/.test(body.slice(0, at)) ? inflateSync(data) : data).toString("latin1") });
  }
  const object = (ref: string) => objects.get(Number(ref)) ?? { dict: "", stream: null };

  const unicodeOf = new Map<string, Map<number, string>>();
  const cmap = (fontRef: string) => {
    let map = unicodeOf.get(fontRef);
    if (map) return map;
    map = new Map();
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(object(fontRef).dict)?.[1];
    for (const range of (toUnicode ? (object(toUnicode).stream ?? "") : "").matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
      let code = parseInt(range[1] as string, 16);
      for (const entry of (range[2] as string).matchAll(/<([0-9a-f ]+)>/gi)) map.set(code++, String.fromCharCode(...(entry[1] as string).split(" ").map((hex) => parseInt(hex, 16))));
    }
    unicodeOf.set(fontRef, map);
    return map;
  };

  const root = [...objects.values()].find((entry) => /\/Type \/Pages/.test(entry.dict));
  const pageRefs = [...(/\/Kids \[([^\]]*)\]/.exec(root?.dict ?? "")?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((match) => match[1] as string);
  return pageRefs.map((pageRef) => {
    const page = object(pageRef).dict;
    const resourcesRef = /\/Resources (\d+) 0 R/.exec(page)?.[1];
    const resources = resourcesRef ? object(resourcesRef).dict : page;
    const fonts = new Map([...resources.matchAll(/\/(F\d+) (\d+) 0 R/g)].map((match) => [match[1] as string, match[2] as string]));
    const content = object(/\/Contents (\d+) 0 R/.exec(page)?.[1] ?? "").stream ?? "";
    const texts: string[] = [];
    let font = "";
    for (const op of content.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (op[1]) font = op[1];
      else {
        const map = cmap(fonts.get(font) ?? "");
        const hex = [...(op[2] as string).matchAll(/<([0-9a-f]*)>/gi)].map((match) => match[1] as string).join("");
        texts.push(hex.match(/.{4}/g)?.map((glyph) => map.get(parseInt(glyph, 16)) ?? "\ufffd").join("") ?? "");
      }
    }
    return texts;
  });
}
