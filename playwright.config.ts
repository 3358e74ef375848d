import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// The e2e run serves the production build on its own port and its own fresh data folder
// (scripts/test-all.ts prepares both). E2E_BASE_URL points the specs at a running dev server.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${port}`;
// Debian's Chromium here; elsewhere Playwright's own browser if it was installed.
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: "ru-RU",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } } },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        // The demo account and its site /s/demo are seeded first (idempotent; it migrates too).
        command: "npm run db:seed && npm start",
        url: `${baseURL}/api/health`,
        timeout: 120_000,
        reuseExistingServer: !process.env.CI,
        env: {
          PORT: String(port),
          DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e",
          SHOW_OUTBOX: "1",
          NEXT_TELEMETRY_DISABLED: "1",
        },
      },
});
