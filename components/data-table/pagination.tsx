"use client";

import { ChevronFirst, ChevronLast, ChevronLeft, ChevronRight } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { useUrlState } from "./use-url-state";

type Props = { page: number; size: number; rows: number; total: number; more: boolean; pageSizes: readonly number[]; defaultSize: number };

/** "Rows 21–40 of 1,234", page size, and first / previous / next / last. */
export function Pagination({ page, size, rows, total, more, pageSizes, defaultSize }: Props) {
  const t = useTranslations("dataTable");
  const format = useFormatter();
  const { hrefWith, navigate } = useUrlState();
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  const to = total === 0 ? 0 : (page - 1) * size + rows;
  const link = (target: number, label: string, Icon: typeof ChevronLeft, disabled: boolean) =>
    disabled ? (
      <span aria-disabled="true" className={cn(buttonVariants({ variant: "outline", size: "icon" }), "pointer-events-none opacity-40")}>
        <Icon aria-hidden className="size-4" />
        <span className="sr-only">{label}</span>
      </span>
    ) : (
      <Link href={hrefWith({ page: target > 1 ? target : undefined })} scroll={false} aria-label={label} className={buttonVariants({ variant: "outline", size: "icon" })}>
        <Icon aria-hidden className="size-4" />
      </Link>
    );

  return (
    <nav aria-label={t("page", { page, pages })} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm">
      <p className="text-muted-foreground" aria-live="polite">
        {t("rows", { from: format.number(from), to: format.number(to), total: `${format.number(total)}${more ? "+" : ""}` })}
      </p>
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-2">
          <span className="hidden text-muted-foreground sm:inline">{t("pageSize")}</span>
          <select
            aria-label={t("pageSize")}
            value={size}
            onChange={(e) => navigate({ size: Number(e.target.value) === defaultSize ? undefined : e.target.value, page: undefined })}
            className="h-11 rounded-md border bg-card px-2"
          >
            {pageSizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        {link(1, t("first"), ChevronFirst, page <= 1)}
        {link(page - 1, t("previous"), ChevronLeft, page <= 1)}
        {link(page + 1, t("next"), ChevronRight, page >= pages && !more)}
        {link(pages, t("last"), ChevronLast, page >= pages || more)}
      </div>
    </nav>
  );
}
