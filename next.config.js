/** @type {import('next').NextConfig} */
const nextConfig = {
  // dockerode pulls in ssh2 (native, optional deps) which Turbopack cannot bundle.
  serverExternalPackages: ["dockerode", "docker-modem"],
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
