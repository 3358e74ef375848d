import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrCodeSvg, svgDataUrl } from "./qr-code";

/** The dark cells an SVG from qrCodeSvg draws, read back from its path ("M2 2.5h7m1 0h1…"). */
function darkCells(svg: string): Set<string> {
  const d = svg.match(/<path stroke="#000000" d="([^"]+)"/)?.[1] ?? "";
  const cells = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (op === "M") [x, y] = [Number(a), Math.floor(Number(b))];
    else if (op === "m") [x, y] = [x + Number(a), y + Math.floor(Number(b))];
    else for (let i = 0; i < Number(a); i++) cells.add(`${x++},${y}`);
  }
  return cells;
}

describe("qrCodeSvg", () => {
  it("draws exactly the QR code of the URL, with a four-module quiet zone", async () => {
    const url = "https://clientbook.app/s/aigerim-beauty";
    const svg = await qrCodeSvg(url);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    const code = QRCode.create(url, { errorCorrectionLevel: "M" });
    const size = code.modules.size;
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    const expected = new Set<string>();
    for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) if (code.modules.get(row, col)) expected.add(`${col + 4},${row + 4}`);
    expect(darkCells(svg)).toEqual(expected);
  });

  it("gives another code for another address, and a data: URL that holds the same SVG", async () => {
    const a = await qrCodeSvg("https://clientbook.app/s/demo");
    const b = await qrCodeSvg("https://clientbook.app/s/dana");
    expect(a).not.toBe(b);
    const href = svgDataUrl(a);
    expect(href.startsWith("data:image/svg+xml;charset=utf-8,")).toBe(true);
    expect(decodeURIComponent(href.slice(href.indexOf(",") + 1))).toBe(a);
  });
});
