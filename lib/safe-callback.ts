/** Only same-site paths are followed after sign-in, so a crafted link cannot send users elsewhere. */
export function safeCallback(raw: string | null | undefined): string {
  return raw && raw.startsWith("/") && !raw.startsWith("//") && !raw.startsWith("/\\") ? raw : "/dashboard";
}
