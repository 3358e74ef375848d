import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { connection } from "next/server";
import { Plus } from "lucide-react";
import { PageHeader } from "@/components/layout/page-header";
import { buttonVariants } from "@/components/ui/button";
import { listContacts } from "@/db/queries/contact-list";
import { getTableSetup } from "@/db/queries/table-views";
import { openDefaultView } from "@/components/data-table/default-view";
import { listTags } from "@/db/queries/tags";
import { listMembers } from "@/db/queries/workspaces";
import { activeContactFilterCount, pageSizes, parseContactListParams } from "@/lib/contact-list-params";
import { requireMember } from "@/lib/request-context";
import type { ContactRow } from "./_components/contacts-columns";
import { ContactsTable } from "./_components/contacts-table";
import { ContactsToolbar } from "./_components/contacts-toolbar";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts"))("title") };
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const member = await requireMember();
  const { id: workspaceId, timeZone } = member.workspace;
  const raw = await searchParams;
  const params = parseContactListParams(raw);
  const owner = { workspaceId, userId: member.user.id, tableKey: "contacts" };
  const [{ rows, total, more }, members, tags, t, format, { views, columnLayout }] = await Promise.all([
    listContacts(workspaceId, params, { timeZone }),
    listMembers(workspaceId),
    listTags(workspaceId),
    getTranslations("contacts"),
    getFormatter(),
    getTableSetup(owner),
  ]);
  openDefaultView("/contacts", views, raw);
  // Times are formatted here, in the workspace's time zone.
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short", timeZone });
  const view: ContactRow[] = rows.map((r) => ({
    id: r.id,
    clientId: r.clientId,
    clientName: r.clientName,
    direction: r.direction,
    channel: r.channel,
    information: r.information,
    category: r.category,
    memberName: r.memberName,
    address: r.address,
    reminderDone: r.reminderDone,
    atDisplay: when(r.at),
    reminderDisplay: r.reminderDueAt ? when(r.reminderDueAt) : null,
  }));
  const filterCount = activeContactFilterCount(params.filters);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t(more ? "list.countAtLeast" : "list.count", { count: total })}
        actions={
          <Link href="/contacts/new" className={buttonVariants()}>
            <Plus aria-hidden className="size-4" />
            {t("new")}
          </Link>
        }
      />
      <ContactsToolbar
        params={params}
        filterCount={filterCount}
        options={{
          members: members.map((m) => ({ id: m.id, name: m.name })),
          tags: tags.map((tag) => ({ id: tag.id, name: tag.name })),
          // A client's contacts all carry her name: no query needed to label the filter.
          clientName: params.filters.client ? (rows[0]?.clientName ?? null) : null,
        }}
      />
      <ContactsTable rows={view} total={total} more={more} params={params} filtered={filterCount > 0} pageSizes={pageSizes} columnLayout={columnLayout} views={views} />
    </>
  );
}
