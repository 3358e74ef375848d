import type { ReactNode } from "react";

// A4 with print margins; the sheet itself sets no page size so the browser's own header and
// footer settings still apply.
const pageCss = "@page { size: A4; margin: 14mm 12mm; }";

/** Printable sheets: no app navigation, a light backdrop on screen, plain paper when printed. */
export default function PrintLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <style>{pageCss}</style>
      <main className="min-h-dvh bg-muted/40 px-3 py-4 sm:px-6 sm:py-8 print:min-h-0 print:bg-white print:p-0">{children}</main>
    </>
  );
}
