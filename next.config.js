/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver modules stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@resvg/resvg-js", "pdfkit"],
  // An import sends the file itself (up to lib/io/import-limits.ts's 10 MB) to a server action.
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
  poweredByHeader: false,
  reactStrictMode: true,
  typescript: { ignoreBuildErrors: false },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
