import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/translator";
import type { SavedView } from "./view-switcher";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }), usePathname: () => "/clients" }));
vi.mock("@/app/(app)/actions", () => ({ deleteViewAction: async () => null, setDefaultViewAction: async () => null }));

const { ViewSwitcher } = await import("./view-switcher");
const messages = await loadMessages("ru");

const mine: SavedView = { id: "11111111-1111-4111-8111-111111111111", name: "Мои VIP", query: "tags=x", isDefault: true, shared: true, owner: null };
const theirs: SavedView = { id: "22222222-2222-4222-8222-222222222222", name: "Алматы", query: "city=x", isDefault: false, shared: true, owner: "Дана" };
const render = (activeId: string | null) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="ru" messages={messages} timeZone="Asia/Almaty">
      <ViewSwitcher tableKey="clients" views={[mine, theirs]} activeId={activeId} columns={["name"]} query="" />
    </NextIntlClientProvider>,
  );

describe("the view switcher", () => {
  it("lists her views, then her colleagues' shared ones under their own heading with the author", () => {
    const html = render(null);
    expect(html).toContain(`<option value="${mine.id}">Мои VIP (по умолчанию)</option>`);
    expect(html).toContain(`<optgroup label="Виды коллег"><option value="${theirs.id}">Алматы · Дана</option></optgroup>`);
  });

  it("offers delete for her own open view, but not for a colleague's", () => {
    expect(render(mine.id)).toContain('aria-label="Удалить вид"');
    expect(render(theirs.id)).not.toContain('aria-label="Удалить вид"');
    expect(render(theirs.id)).not.toContain('aria-label="Открывать этот вид по умолчанию"');
  });
});
