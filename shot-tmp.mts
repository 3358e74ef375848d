import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const paths = (process.env.PATHS ?? "/orders").split(" ");
for (const [w, h, name] of [[1280, 900, "desk"], [390, 844, "phone"]] as const) {
  const ctx = await b.newContext({ viewport: { width: w, height: h }, locale: "ru-RU" });
  const p = await ctx.newPage();
  await p.goto("http://localhost:3300/sign-in");
  await p.fill('input[name="email"]', "demo@clientbook.app");
  await p.fill('input[name="password"]', "demo-password");
  await p.press('input[name="password"]', "Enter");
  await p.waitForURL(/dashboard/);
  for (const path of paths) {
    await p.goto(`http://localhost:3300${path}`);
    await p.waitForTimeout(700);
    const file = `/tmp/shot-${name}-${path.replace(/[^a-z0-9]+/gi, "_")}.png`;
    await p.screenshot({ path: file, fullPage: process.env.FULL === "1" });
    const overflow = await p.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
    console.log(name, path, "overflow", overflow, p.url());
  }
  await ctx.close();
}
await b.close();
