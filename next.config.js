/** @type {import('next').NextConfig} */
const nextConfig = {
  // dockerode pulls in ssh2 (native, optional deps) and better-sqlite3 is native: Turbopack cannot bundle them.
  serverExternalPackages: ["dockerode", "docker-modem", "better-sqlite3"],
  poweredByHeader: false,
  // Parallel builds (several developers or checkouts on one machine) each need their own output dir.
  distDir: process.env.BERTH_DIST_DIR || ".next",
  reactStrictMode: true,
};

module.exports = nextConfig;
