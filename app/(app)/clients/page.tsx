import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { UserPlus } from "lucide-react";
import { PageHeader } from "@/components/layout/page-header";
import { buttonVariants } from "@/components/ui/button";
import { listClients } from "@/db/queries/client-list";
import { listCustomFields } from "@/db/queries/custom-fields";
import { getTableSetup } from "@/db/queries/table-views";
import { openDefaultView } from "@/components/data-table/default-view";
import { listTags } from "@/db/queries/tags";
import { listMembers } from "@/db/queries/workspaces";
import { activeFilterCount, parseClientListParams, pageSizes } from "@/lib/client-list-params";
import { formatPhone } from "@/lib/phone";
import { requireMember } from "@/lib/request-context";
import { ClientsTable } from "./_components/clients-table";
import { ClientsToolbar } from "./_components/clients-toolbar";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clients"))("title") };
}

export default async function ClientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember();
  const workspaceId = member.workspace.id;
  const raw = await searchParams;
  const params = parseClientListParams(raw);
  const owner = { workspaceId, userId: member.user.id, tableKey: "clients" };
  const [{ rows, total, more }, tags, members, customFields, t, locale, { views, columnLayout }] = await Promise.all([
    listClients(workspaceId, params, { timeZone: member.workspace.timeZone }),
    listTags(workspaceId),
    listMembers(workspaceId),
    listCustomFields(workspaceId),
    getTranslations("clients"),
    getLocale(),
    getTableSetup(owner),
  ]);
  openDefaultView("/clients", views, raw);
  // Phones and dates are formatted here: the browser then needs no phone-number metadata,
  // and Kazakh dates come out right even where a browser lacks Kazakh calendar data. Three
  // formatters serve the page's 400 dates (format.dateTime would resolve its options each time).
  const { timeZone } = member.workspace;
  const short = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeZone });
  const birthDate = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeZone: "UTC" });
  const birthDay = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", timeZone: "UTC" });
  const date = (iso: string | null) => (iso ? short.format(new Date(iso)) : "");
  const birthday = (r: (typeof rows)[number]) =>
    r.birthDay && r.birthMonth ? (r.birthYear ? birthDate : birthDay).format(new Date(Date.UTC(r.birthYear ?? 2000, r.birthMonth - 1, r.birthDay))) : "";
  // Only what the columns draw goes to the browser: every byte of a row is paid 100 times.
  const view = rows.map((r) => ({
    id: r.id,
    number: r.number,
    lastName: r.lastName,
    firstName: r.firstName,
    middleName: r.middleName,
    company: r.company,
    primaryPhone: r.primaryPhone,
    primaryEmail: r.primaryEmail,
    tags: r.tags,
    customFields: r.customFields,
    phoneDisplay: r.primaryPhone ? formatPhone(r.primaryPhone) : null,
    birthdayDisplay: birthday(r),
    createdDisplay: date(r.createdAt),
    lastOrderDisplay: date(r.lastOrderAt),
    // The day she registered as the workspace sees it, not the server's.
    registeredDisplay: date(r.registeredAt),
  }));

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t(more ? "countAtLeast" : "count", { count: total })}
        actions={
          <Link href="/clients/new" className={buttonVariants()}>
            <UserPlus aria-hidden className="size-4" />
            {t("new")}
          </Link>
        }
      />
      <ClientsToolbar
        params={params}
        filterCount={activeFilterCount(params.filters)}
        tags={tags}
        members={members}
        customFields={customFields.map((f) => ({ key: f.key, label: f.label, type: f.type, options: f.options }))}
      />
      <ClientsTable
        rows={view}
        total={total}
        more={more}
        params={params}
        pageSizes={pageSizes}
        tags={tags}
        members={members}
        customFields={customFields.map((f) => ({ key: f.key, label: f.label, type: f.type }))}
        columnLayout={columnLayout}
        views={views}
      />
    </>
  );
}
