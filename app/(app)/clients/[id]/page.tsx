import { Download, Pencil, ShoppingBag } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { z } from "zod";
import { TagBadge } from "@/components/ui/tag-badge";
import { localeOptions } from "@/components/layout/locale-options";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { clientFigures, getClientCard } from "@/db/queries/clients";
import { listCustomFields } from "@/db/queries/custom-fields";
import { listActivities, listNotes } from "@/db/queries/notes";
import { listBoughtProducts, listClientOrders } from "@/db/queries/orders";
import { listMembers } from "@/db/queries/workspaces";
import { ageOn } from "@/lib/birthday";
import { formatMoney } from "@/lib/money";
import { formatPhone, telLink } from "@/lib/phone";
import { requireMember } from "@/lib/request-context";
import { activityValues } from "./_components/activity-values";
import { ClientWishlist } from "./_components/client-wishlist";
import { BoughtProducts } from "./_components/bought-products";
import { ArchiveButton, EraseButton } from "./_components/card-actions";
import { ClientReminders } from "./_components/client-reminders";
import { ClientContacts, ContactQuickActions } from "./_components/client-contacts";
import { contactChannels, contactDirections, type ContactChannel, type ContactDirection, type OrderStatus, type ReminderKind } from "@/db/schema";
import { reminderTitle } from "@/lib/reminder-title";
import { ClientOrders } from "./_components/client-orders";
import { CompanyDialog } from "./_components/company-dialog";
import { NoteComposer, NoteItem } from "./_components/notes";

type Params = { params: Promise<{ id: string }> };

async function loadCard(params: Params["params"]) {
  const id = z.uuid().safeParse((await params).id);
  const member = await requireMember();
  return { member, card: id.success ? await getClientCard(member.workspace.id, id.data) : null };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { card } = await loadCard(params);
  return { title: card ? `${card.client.lastName} ${card.client.firstName}` : undefined };
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(7rem,40%)_1fr] gap-2 py-1.5 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

export default async function ClientPage({ params }: Params) {
  const { member, card } = await loadCard(params);
  if (!card) notFound();
  const ws = member.workspace.id;
  const c = card.client;
  const [t, to, format, locale, figures, orders, bought, notes, activity, members, customFields, languages] = await Promise.all([
    getTranslations("clients.card"),
    getTranslations("orders"),
    getFormatter(),
    getLocale(),
    clientFigures(ws, c.id),
    listClientOrders(ws, c.id),
    listBoughtProducts(ws, c.id),
    listNotes(ws, c.id),
    listActivities(ws, c.id),
    listMembers(ws),
    listCustomFields(ws),
    localeOptions(),
  ]);
  const tf = await getTranslations("clients.form");
  const money = (minor: number) => formatMoney(minor, member.workspace.currency, locale);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const phone = card.phones.find((p) => p.isPrimary) ?? card.phones[0];
  const email = card.emails.find((e) => e.isPrimary) ?? card.emails[0];
  const dayMonth = (day: number | null, month: number | null, year?: number | null) =>
    day && month
      ? format.dateTime(new Date(Date.UTC(year ?? 2000, month - 1, day)), year ? { dateStyle: "long", timeZone: "UTC" } : { day: "numeric", month: "long", timeZone: "UTC" })
      : null;
  const age = c.birthYear && c.birthMonth && c.birthDay ? ageOn(c.birthYear, c.birthMonth, c.birthDay, new Date(), member.workspace.timeZone) : null;
  const responsible = members.find((m) => m.id === c.responsibleId)?.name;
  const empty = <span className="text-muted-foreground">{t("fields.empty")}</span>;
  const consent = (at: Date | null) => (at ? t("fields.consentGiven", { date: date(at) }) : t("fields.consentMissing"));
  const fieldNames = (fields: unknown) =>
    [...new Set((Array.isArray(fields) ? fields : []).map((f) => (t.has(`changedFields.${f}` as "changedFields.lastName") ? t(`changedFields.${f}` as "changedFields.lastName") : String(f))))].join(", ");
  const [tr, tcon] = await Promise.all([getTranslations(), getTranslations("contacts")]);
  const clientName = [c.lastName, c.firstName].join(" ");
  const activityFormat = {
    fields: fieldNames,
    status: (s: OrderStatus) => to(`status.${s}`),
    money,
    reminder: (d: Record<string, unknown>) =>
      reminderTitle(tr, { kind: (d.reminderKind as ReminderKind) ?? "manual", title: String(d.title ?? ""), step: typeof d.step === "number" ? d.step : null, orderNumber: typeof d.number === "number" ? d.number : null, clientName }),
    date: (iso: string, allDay: boolean) => format.dateTime(new Date(iso), allDay ? { dateStyle: "medium", timeZone: member.workspace.timeZone } : { dateStyle: "medium", timeStyle: "short", timeZone: member.workspace.timeZone }),
    contact: (channel: string, direction: string) => ({
      channel: contactChannels.includes(channel as ContactChannel) ? tcon(`channel.${channel as ContactChannel}`) : channel,
      direction: contactDirections.includes(direction as ContactDirection) ? tcon(`direction.${direction as ContactDirection}`).toLocaleLowerCase(locale) : direction,
    }),
    field: (f: string) => fieldNames([f]),
    yesNo: (v: boolean) => t(v ? "fields.yes" : "fields.no"),
  };
  const figure = (label: string, value: string | number) => (
    <div className="rounded-lg border bg-card p-3">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
  const quick = (href: string, label: string, icon: ReactNode, external = false) => (
    <a href={href} className={buttonVariants({ variant: "outline" })} {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
      {icon}
      {label}
    </a>
  );

  return (
    <div className="flex max-w-5xl flex-col gap-5">
      {c.archivedAt ? (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-warning/40 bg-warning/10 p-3 text-sm">
          <span className="flex-1">{t("archived", { date: date(c.archivedAt) })}</span>
          <ArchiveButton clientId={c.id} archived />
          <EraseButton clientId={c.id} lastName={c.lastName} />
        </div>
      ) : null}

      <header className="flex flex-col gap-2">
        <p className="text-sm text-muted-foreground">{t("number", { number: c.number })}</p>
        <h1 className="text-2xl font-semibold tracking-tight break-words">{[c.lastName, c.firstName, c.middleName].filter(Boolean).join(" ")}</h1>
        {card.company ? <CompanyDialog clientId={c.id} company={card.company} /> : null}
        {card.tags.length ? (
          <div className="flex flex-wrap gap-1">
            {card.tags.map((tag) => (
              <TagBadge key={tag.id} name={tag.name} color={tag.color} />
            ))}
          </div>
        ) : null}
      </header>

      <div className="flex flex-wrap gap-2">
<ContactQuickActions clientId={c.id} phone={phone?.e164 ?? null} email={email?.address ?? null} />
        {c.archivedAt ? null : (
          <Link href={`/orders/new?client=${c.id}`} className={buttonVariants({ variant: "outline" })}>
            <ShoppingBag aria-hidden className="size-4" />
            {to("new")}
          </Link>
        )}
        {quick(`/clients/${c.id}/vcard`, t("actions.vcard"), <Download aria-hidden className="size-4" />)}
        <Link href={`/clients/${c.id}/edit`} className={buttonVariants()}>
          <Pencil aria-hidden className="size-4" />
          {t("actions.edit")}
        </Link>
        {c.archivedAt ? null : <ArchiveButton clientId={c.id} archived={false} />}
      </div>

      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {figure(t("figures.orders"), format.number(figures.orders))}
        {figure(t("figures.sold"), money(figures.sold))}
        {figure(t("figures.paid"), money(figures.paid))}
        {figure(t("figures.balance"), money(figures.balance))}
        {figure(t("figures.visits"), format.number(figures.visits))}
        {figure(t("figures.lastOrder"), figures.lastOrderAt ? date(figures.lastOrderAt) : t("figures.never"))}
      </dl>

      <div className="grid gap-5 lg:grid-cols-[1fr_1.2fr]">
        <div className="flex flex-col gap-4">
          <section className="rounded-lg border bg-card p-4">
            <h2 className="mb-2 font-semibold">{tf("sections.basic")}</h2>
            <dl>
              <Row label={t("fields.birthday")}>
                {dayMonth(c.birthDay, c.birthMonth, c.birthYear) ?? empty}
                {age !== null ? <span className="text-muted-foreground"> · {t("fields.age", { age })}</span> : null}
              </Row>
              <Row label={t("fields.nameDay")}>{dayMonth(c.nameDayDay, c.nameDayMonth) ?? empty}</Row>
              <Row label={t("fields.responsible")}>{responsible ?? empty}</Row>
              <Row label={t("fields.locale")}>{languages.find((l) => l.value === c.locale)?.label ?? empty}</Row>
            </dl>
          </section>
          <section className="rounded-lg border bg-card p-4">
            <h2 className="mb-2 font-semibold">{tf("sections.contacts")}</h2>
            <dl>
              <Row label={t("fields.phones")}>
                {card.phones.length
                  ? card.phones.map((p) => (
                      <a key={p.id} href={telLink(p.e164)} className="block min-h-8 hover:text-primary">
                        {formatPhone(p.e164)} <span className="text-xs text-muted-foreground">{tf(`phoneLabels.${p.label}`)}{p.isPrimary ? ` · ${tf("primary")}` : ""}</span>
                      </a>
                    ))
                  : empty}
              </Row>
              <Row label={t("fields.emails")}>
                {card.emails.length
                  ? card.emails.map((e) => (
                      <a key={e.id} href={`mailto:${e.address}`} className="block min-h-8 break-all hover:text-primary">
                        {e.address} <span className="text-xs text-muted-foreground">{tf(`emailLabels.${e.label}`)}{e.isPrimary ? ` · ${tf("primary")}` : ""}</span>
                      </a>
                    ))
                  : empty}
              </Row>
              {card.addresses.map((a) => (
                <Row key={a.id} label={tf(`addressKinds.${a.kind}`)}>
                  {[a.line1, a.line2, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(", ")}
                </Row>
              ))}
            </dl>
          </section>
          <section className="rounded-lg border bg-card p-4">
            <h2 className="mb-2 font-semibold">{tf("sections.additional")}</h2>
            <dl>
              <Row label={t("fields.source")}>{c.source ?? empty}</Row>
              <Row label={t("fields.registered")}>{c.registeredAt ? format.dateTime(c.registeredAt, { dateStyle: "medium", timeZone: member.workspace.timeZone }) : t("fields.no")}</Row>
              {card.siteAccountEmail ? (
                <Row label={t("fields.siteAccount")}>
                  <a href={`mailto:${card.siteAccountEmail}`} className="break-all hover:text-primary">{card.siteAccountEmail}</a>
                </Row>
              ) : null}
              <Row label={t("fields.loyaltyCard")}>{c.loyaltyCard ?? empty}</Row>
              <Row label={t("fields.discount")}>{c.discountPercent !== null ? `${c.discountPercent}%` : empty}</Row>
              <Row label={t("fields.idDoc")}>{[c.idDocType, c.idDocSeries, c.idDocNumber].filter(Boolean).join(" ") || empty}</Row>
              <Row label={t("fields.description")}><span className="whitespace-pre-wrap">{c.description ?? empty}</span></Row>
              <Row label={t("fields.remarks")}><span className="whitespace-pre-wrap">{c.remarks ?? empty}</span></Row>
            </dl>
          </section>
          <section className="rounded-lg border bg-card p-4">
            <h2 className="mb-2 font-semibold">{tf("sections.consents")}</h2>
            <dl>
              <Row label={tf("consents.notifications")}>{consent(c.consentNotificationsAt)}</Row>
              <Row label={tf("consents.dataProcessing")}>{consent(c.consentDataProcessingAt)}</Row>
              <Row label={tf("consents.commercial")}>{consent(c.consentCommercialAt)}</Row>
              <Row label={tf("consents.thirdParty")}>{consent(c.consentThirdPartyAt)}</Row>
              <Row label={t("fields.optOut")}>{c.emailOptOutAt ? t("fields.optOutSince", { date: date(c.emailOptOutAt), source: c.emailOptOutSource === "site" || c.emailOptOutSource === "manual" ? t(`fields.optOutSource.${c.emailOptOutSource}`) : (c.emailOptOutSource ?? "") }) : t("fields.no")}</Row>
            </dl>
          </section>
          {customFields.length ? (
            <section className="rounded-lg border bg-card p-4">
              <h2 className="mb-2 font-semibold">{tf("sections.custom")}</h2>
              <dl>
                {customFields.map((f) => {
                  const v = c.customFields[f.key];
                  return (
                    <Row key={f.id} label={f.label}>
                      {v === undefined || v === "" ? empty : typeof v === "boolean" ? (v ? t("fields.yes") : t("fields.no")) : String(v)}
                    </Row>
                  );
                })}
              </dl>
            </section>
          ) : null}
        </div>

        <Tabs defaultValue="activity" className="min-w-0">
          <TabsList className="flex h-auto w-full flex-wrap justify-start">
            {(["activity", "notes", "orders", "reminders", "contacts", "products", "files"] as const).map((tab) => (
              <TabsTrigger key={tab} value={tab}>{t(`tabs.${tab}`)}</TabsTrigger>
            ))}
          </TabsList>
          <TabsContent value="activity">
            {activity.length ? (
              <ol className="flex flex-col gap-2">
                {activity.map((a) => (
                  <li key={a.id} className="rounded-lg border bg-card p-3 text-sm">
                    <p>
                      {t(a.kind === "updated" && a.data.by === "customer" ? "activity.updated_by_customer" : `activity.${a.kind}`, {
                        actor: a.actor ?? t("activity.someone"),
                        ...activityValues(a.data, activityFormat),
                      })}
                    </p>
                    {a.note ? <p className="mt-1 whitespace-pre-wrap text-muted-foreground">{a.note}</p> : null}
                    <p className="mt-1 text-xs text-muted-foreground">{format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
                  </li>
                ))}
              </ol>
            ) : (
              <EmptyState title={t("activity.empty")} />
            )}
          </TabsContent>
          <TabsContent value="notes" className="flex flex-col gap-3">
            <NoteComposer clientId={c.id} />
            {notes.length ? (
              <ul className="flex flex-col gap-2">
                {notes.map((n) => (
                  <NoteItem
                    key={n.id}
                    clientId={c.id}
                    note={{
                      id: n.id,
                      body: n.body,
                      author: n.author,
                      mine: n.authorId === member.user.id,
                      when: format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                      edited: n.updatedAt.getTime() - n.createdAt.getTime() > 1000,
                    }}
                  />
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">{t("notes.empty")}</p>
            )}
          </TabsContent>
          <TabsContent value="orders">
            <ClientOrders clientId={c.id} rows={orders} canOrder={!c.archivedAt} money={money} date={date} />
          </TabsContent>
          <TabsContent value="products">
            <div className="flex flex-col gap-6">
              <BoughtProducts rows={bought} money={money} date={date} />
              <ClientWishlist workspaceId={ws} clientId={c.id} money={money} date={date} canRecommend={!c.archivedAt} />
            </div>
          </TabsContent>
          <TabsContent value="reminders">
            <ClientReminders workspaceId={ws} clientId={c.id} timeZone={member.workspace.timeZone} canAdd={!c.archivedAt} />
          </TabsContent>
          <TabsContent value="contacts">
            <ClientContacts workspaceId={ws} clientId={c.id} timeZone={member.workspace.timeZone} />
          </TabsContent>
          {(["files"] as const).map((tab) => (
            <TabsContent key={tab} value={tab}>
              <EmptyState title={t(`tabs.${tab}`)} description={t("comingSoon")} />
            </TabsContent>
          ))}
        </Tabs>
      </div>
    </div>
  );
}
