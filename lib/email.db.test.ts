import { afterEach, describe, expect, it, vi } from "vitest";
import { findOutboxMessage, listOutbox } from "@/db/queries/email-log";
import { withTestDb } from "@/db/test-db";
import { passwordResetEmail } from "@/components/emails/password-reset-email";
import { locales } from "./locales";

const resend = vi.hoisted(() => ({ send: vi.fn(), constructed: 0 }));
vi.mock("resend", () => ({
  Resend: class {
    constructor() {
      resend.constructed++;
    }
    emails = { send: resend.send };
  },
}));

const { sendEmail } = await import("./email");

withTestDb();

const reset = (to: string, locale: (typeof locales)[number]) =>
  sendEmail({ to, template: passwordResetEmail, templateName: "password-reset", props: { name: "Дана", url: "https://app.example/reset-password?token=abc" }, locale });

describe("sendEmail", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resend.send.mockReset();
  });

  it("keeps mail in the outbox, rendered in the recipient's language, when no Resend key is set", async () => {
    vi.stubEnv("RESEND_API_KEY", "");
    const subjects = new Set<string>();
    for (const locale of locales) {
      const { ok, id } = await reset(`${locale}@example.kz`, locale);
      expect(ok).toBe(true);
      const mail = await findOutboxMessage(id);
      expect(mail).toMatchObject({ provider: "outbox", status: "sent", locale, template: "password-reset", to: `${locale}@example.kz` });
      expect(mail?.html).toContain(`lang="${locale}"`);
      expect(mail?.html).toContain("https://app.example/reset-password?token=abc");
      expect(mail?.text.toLowerCase()).toContain("дана");
      subjects.add(mail!.subject);
    }
    expect(subjects.size).toBe(locales.length); // one subject per language, none left untranslated
    expect(resend.constructed).toBe(0);
    expect((await listOutbox()).map((m) => m.to)).toContain("kk@example.kz");
  });

  it("sends through Resend when configured, with the sender name, and logs the provider id", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_test");
    vi.stubEnv("EMAIL_FROM", "Clientbook <mail@clientbook.app>");
    resend.send.mockResolvedValue({ data: { id: "re_123" }, error: null });
    const result = await sendEmail({
      to: "client@example.kz", template: passwordResetEmail, templateName: "password-reset",
      props: { name: "A", url: "https://x" }, locale: "kk", fromName: "Aigerim <Beauty>",
    });
    expect(result.ok).toBe(true);
    expect(resend.send).toHaveBeenCalledWith(expect.objectContaining({ from: "Aigerim Beauty <mail@clientbook.app>", to: "client@example.kz" }));
    expect(await findOutboxMessage(result.id)).toBeNull(); // not an outbox message
  });

  it("records a provider failure instead of throwing", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_test");
    resend.send.mockResolvedValueOnce({ data: null, error: { name: "validation_error", message: "bad from" } });
    await expect(reset("x@example.kz", "ru")).resolves.toMatchObject({ ok: false });
    resend.send.mockRejectedValueOnce(new Error("network down"));
    await expect(reset("y@example.kz", "ru")).resolves.toMatchObject({ ok: false });
  });
});
