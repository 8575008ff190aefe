/** @type {import('next').NextConfig} */
const nextConfig = {
  // dockerode pulls in ssh2 (native, optional deps) which Turbopack cannot bundle.
  serverExternalPackages: ["dockerode", "docker-modem"],
  poweredByHeader: false,
  // Parallel builds (several developers or checkouts on one machine) each need their own output dir.
  distDir: process.env.BERTH_DIST_DIR || ".next",
  reactStrictMode: true,
};

module.exports = nextConfig;
