export type TextEncodingName = "utf-8" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

/**
 * Decodes a spreadsheet's bytes: UTF-8 with or without a BOM, else Windows-1252 (Excel's "CSV"
 * save). The legacy decoder is passed in because Node's TextDecoder decodes windows-1252 as
 * Latin-1 (0x80 → U+0080, not €): the server and the CLI pass iconv-lite, browsers their own.
 */
export function decodeText(bytes: Uint8Array, decodeWindows1252: (bytes: Uint8Array) => string, forced?: TextEncodingName): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (forced === "windows-1252") return { text: decodeWindows1252(body), encoding: "windows-1252", bom: false };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8", bom };
  } catch {
    if (forced === "utf-8") return { text: new TextDecoder("utf-8").decode(body), encoding: "utf-8", bom };
    return { text: decodeWindows1252(body), encoding: "windows-1252", bom: false };
  }
}
