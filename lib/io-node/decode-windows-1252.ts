import iconv from "iconv-lite";

/** Node's TextDecoder reads windows-1252 as Latin-1 (0x80 is not €): iconv-lite gets it right. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252");
}
