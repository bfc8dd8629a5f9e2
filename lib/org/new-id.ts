const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** 62^14 ≈ 2^83: a chart would need ~10^12 ids for a one-in-a-million chance of a clash. */
const LENGTH = 14;
/** Bytes at or above 248 (= 4 × 62) are dropped so every character is equally likely. */
const UNBIASED_LIMIT = 248;

/**
 * A random id safe in URLs, JSON and CSS selectors, made where the edit happens (browser,
 * server or CLI) so an optimistic edit needs no round-trip. Uses the Web Crypto global, which
 * both browsers and Node ≥ 19 provide.
 */
export function newId(prefix = ""): string {
  let id = prefix;
  while (id.length < prefix.length + LENGTH) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(LENGTH * 2));
    for (const byte of bytes) {
      if (byte >= UNBIASED_LIMIT) continue;
      id += ALPHABET[byte % ALPHABET.length];
      if (id.length === prefix.length + LENGTH) break;
    }
  }
  return id;
}
