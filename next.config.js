/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver modules stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@resvg/resvg-js", "pdfkit"],
  // An import sends the file itself (up to lib/io/import-limits.ts's 10 MB) to a server action.
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
  poweredByHeader: false,
  reactStrictMode: true,
  typescript: { ignoreBuildErrors: false },
  // Pages, routes and streams get their headers (with a per-request CSP nonce) from proxy.ts; these
  // cover what proxy.ts skips: the static build files and the live edit routes.
  async headers() {
    const fixed = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "same-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      // script-src: the import's Web Worker is a static file running under this policy, and loads its own chunks.
      { key: "Content-Security-Policy", value: "default-src 'none'; script-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    ];
    return [
      { source: "/_next/static/:path*", headers: fixed },
      { source: "/favicon.ico", headers: fixed },
      // The live edit and presence routes take every keystroke and pointer move of a workshop: they
      // skip proxy.ts (which cost about a third of an edit's CPU) and carry these instead.
      { source: "/api/charts/:chartId/ops", headers: fixed },
      { source: "/api/charts/:chartId/presence", headers: fixed },
      {
        source: "/_next/static/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

export default nextConfig;
