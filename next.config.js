// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers are required at run time, never bundled (better-sqlite3 is a native addon).
  serverExternalPackages: ['better-sqlite3', 'pg'],
  poweredByHeader: false,
};

module.exports = nextConfig;
