import { Plus } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listReminders, type ReminderListRow } from "@/db/queries/reminder-list";
import { cn } from "@/lib/cn";
import { parseReminderListParams } from "@/lib/reminder-list-params";
import { reminderTitle } from "@/lib/reminder-title";
import { ReminderMenu } from "../../../reminders/_components/reminder-menu";
import { ReminderTick } from "../../../reminders/_components/reminder-row-actions";

/** The card's Reminders tab: her open reminders (soonest first), then the last done ones, crossed out. */
export async function ClientReminders({ workspaceId, clientId, timeZone, canAdd }: { workspaceId: string; clientId: string; timeZone: string; canAdd: boolean }) {
  const list = (state: "open" | "done", dir: "asc" | "desc") =>
    listReminders(workspaceId, { ...parseReminderListParams({ client: clientId, state, dir }), size: 50 }, { timeZone, countLimit: 50 });
  const [open, done, t, tr, format] = await Promise.all([list("open", "asc"), list("done", "desc"), getTranslations("reminders"), getTranslations(), getFormatter()]);
  const now = new Date().getTime();
  const back = `/clients/${clientId}`;
  const item = (r: ReminderListRow) => {
    const title = reminderTitle(tr, r);
    const due = new Date(r.dueAt);
    const overdue = !r.doneAt && (r.allDay ? now - due.getTime() > 86_400_000 : due.getTime() < now);
    return (
      <li key={r.id} className="flex items-start gap-3 rounded-lg border bg-card p-3 text-sm" data-reminder>
        <ReminderTick id={r.id} done={Boolean(r.doneAt)} title={title} />
        <div className="min-w-0 flex-1">
          <Link href={`/reminders/${r.id}/edit?back=${encodeURIComponent(back)}`} className="reminder-title font-medium break-words hover:text-primary hover:underline">
            {title}
          </Link>
          <p className={cn("text-xs", overdue ? "text-destructive" : "text-muted-foreground")}>
            {r.allDay ? `${format.dateTime(due, { dateStyle: "medium", timeZone })}, ${t("allDay")}` : format.dateTime(due, { dateStyle: "medium", timeStyle: "short", timeZone })}
            {overdue ? ` · ${t("overdue")}` : ""}
            {r.assigneeName ? ` · ${r.assigneeName}` : ""}
          </p>
          {r.description ? <p className="mt-1 whitespace-pre-wrap text-muted-foreground">{r.description}</p> : null}
          {r.category ? <Badge variant="secondary" className="mt-1">{t(`category.${r.category}`)}</Badge> : null}
        </div>
        <ReminderMenu id={r.id} title={title} done={Boolean(r.doneAt)} back={back} />
      </li>
    );
  };
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        {canAdd ? (
          <Link href={`/reminders/new?client=${clientId}&back=${encodeURIComponent(back)}`} className={buttonVariants({ variant: "outline" })}>
            <Plus aria-hidden />
            {t("tab.add")}
          </Link>
        ) : null}
        {open.rows.length + done.rows.length ? (
          <Link href={`/reminders?client=${clientId}&state=all`} className={buttonVariants({ variant: "ghost" })}>
            {t("title")}
          </Link>
        ) : null}
      </div>
      {open.rows.length + done.rows.length ? (
        <ul className="flex flex-col gap-2" data-testid="client-reminders">
          {open.rows.map(item)}
          {done.rows.map(item)}
        </ul>
      ) : (
        <EmptyState title={t("tab.empty")} />
      )}
    </div>
  );
}
