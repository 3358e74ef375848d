import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./messages/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WASM and extension bundles from its own folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
