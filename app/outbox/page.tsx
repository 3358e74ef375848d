import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { listOutbox } from "@/db/queries/email-log";
import { outboxVisible } from "@/lib/outbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

export default async function OutboxPage() {
  await connection();
  if (!outboxVisible()) notFound();
  const [t, format, messages] = await Promise.all([getTranslations("outbox"), getFormatter(), listOutbox()]);
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <PageHeader title={t("title")} description={t("description")} />
      {messages.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <p className="mb-2 text-sm text-muted-foreground">{t("count", { count: messages.length })}</p>
          <ul className="divide-y rounded-lg border bg-card">
            {messages.map((m) => (
              <li key={m.id}>
                <Link href={`/outbox/${m.id}`} className="flex min-h-14 flex-col gap-0.5 px-4 py-3 hover:bg-muted sm:flex-row sm:items-center sm:gap-4">
                  <span className="min-w-0 flex-1 truncate font-medium">{m.subject}</span>
                  <span className="truncate text-sm text-muted-foreground">{m.to}</span>
                  <time dateTime={m.createdAt.toISOString()} className="shrink-0 text-sm text-muted-foreground">
                    {format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short" })}
                  </time>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
