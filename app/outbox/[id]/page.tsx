import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { findOutboxMessage } from "@/db/queries/email-log";
import { outboxVisible } from "@/lib/outbox";

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  if (!outboxVisible() || !id.success) notFound();
  const message = await findOutboxMessage(id.data);
  if (!message) notFound();
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8">
      <Link href="/outbox" className="min-h-11 self-start py-2 text-sm text-primary underline-offset-4 hover:underline">
        ← {t("back")}
      </Link>
      <h1 className="text-xl font-semibold">{message.subject}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted-foreground">{t("to")}</dt>
        <dd className="break-all">{message.to}</dd>
        <dt className="text-muted-foreground">{t("date")}</dt>
        <dd>{format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
      </dl>
      {/* The mail's own HTML, isolated from the app: no scripts, no same-origin access. */}
      <iframe title={message.subject} srcDoc={message.html} sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" className="h-[70vh] w-full rounded-lg border bg-white" />
    </main>
  );
}
