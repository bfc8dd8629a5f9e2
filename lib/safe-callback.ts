/**
 * Only same-site paths are followed after sign-in, so a crafted link cannot send users elsewhere.
 * Parsing (not prefix checks) decides: browsers strip tabs and newlines and read "\" as "/",
 * which turns strings like "/\t/evil.example" into another origin.
 */
export function safeCallback(raw: string | null | undefined): string {
  const fallback = "/dashboard";
  // eslint-disable-next-line no-control-regex
  if (!raw || !raw.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(raw)) return fallback;
  const probe = "http://orgplan.invalid";
  try {
    const url = new URL(raw, probe);
    return url.origin === probe ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
