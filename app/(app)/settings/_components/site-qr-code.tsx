import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { qrCodeSvg, svgDataUrl } from "@/lib/qr-code";

/**
 * The personal site's address as a QR code, drawn on the server, with a link that downloads
 * the same SVG for print. A server component: the browser loads no QR code library.
 */
export async function SiteQrCode({ url, slug }: { url: string; slug: string }) {
  const [svg, t] = await Promise.all([qrCodeSvg(url), getTranslations("settings.site")]);
  return (
    <div className="flex flex-wrap items-center gap-4">
      <div
        role="img"
        aria-label={t("qrAlt", { url })}
        className="size-36 shrink-0 rounded-md border bg-white [&>svg]:size-full"
        // The markup is the qrcode package's own drawing (paths only, no text from anyone).
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <div className="flex min-w-0 flex-1 basis-40 flex-col gap-1">
        <p className="text-sm text-muted-foreground">{t("qrHint")}</p>
        <a href={svgDataUrl(svg)} download={`${slug}-qr.svg`} className="inline-flex min-h-11 items-center gap-2 self-start font-medium text-primary underline-offset-4 hover:underline">
          <Download aria-hidden className="size-4" />
          {t("qrDownload")}
        </a>
      </div>
    </div>
  );
}
