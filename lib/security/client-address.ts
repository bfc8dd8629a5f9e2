/**
 * The address of the client that sent a request. `next start` fills `X-Forwarded-For` with the
 * socket's address only when the header is absent, and a reverse proxy appends the address it saw.
 * So the entry `trustedProxies` places from the right is the one written by our own proxy (or by
 * Next itself when there is no proxy, `trustedProxies` = 0 meaning the last entry); entries left of
 * it came from the client and may be forged.
 */
export function clientAddress(forwardedFor: string | null, trustedProxies = 0): string {
  const entries = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const index = entries.length - 1 - Math.max(0, trustedProxies - 1);
  const address = entries[Math.max(0, index)] ?? "unknown";
  // A bound on what reaches the database and the audit log.
  return address.slice(0, 64);
}
