import QRCode from "qrcode";

// QR codes drawn on the server as SVG: the browser loads no QR library, and the code stays
// sharp at any size, on screen and in print.

/**
 * A QR code of `text` as an SVG document: black on white, with the standard quiet zone of
 * four modules, no fixed size (it fills its box). Medium error correction survives a
 * smudged print.
 */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } });
}

/** An SVG document as a data: URL, for a link that downloads it. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
