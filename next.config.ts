import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./messages/request.ts",
  // The ICU messages are compiled at build time: no message parser in the browser's bundle,
  // and a server render formats them without parsing each one again for every request.
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  // PGlite loads its WASM and extension bundles from its own folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
