import { redirect } from "next/navigation";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Membership } from "@/db/queries/workspaces";
import type { Locale } from "./locales";

const context = vi.hoisted(() => ({ locale: "ru" as Locale, member: null as Membership | null }));
vi.mock("./request-context", () => ({
  currentLocale: async () => context.locale,
  currentMember: async () => context.member,
}));

const { createAction, fail } = await import("./action");

function member(role: "owner" | "staff"): Membership {
  return {
    user: { id: "u1", name: "Anna", email: "anna@example.com", locale: "ru" },
    workspace: { id: "w1" } as Membership["workspace"],
    role,
  };
}

function form(fields: Record<string, string | string[]>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of [v].flat()) fd.append(k, item);
  return fd;
}

const schema = z.object({ name: z.string().trim().min(1).max(5), email: z.email(), password: z.string().min(8) });

describe("createAction", () => {
  beforeEach(() => {
    context.locale = "ru";
    context.member = member("owner");
  });
  afterEach(() => vi.restoreAllMocks());

  it("returns translated field errors in the reader's language and does not run the handler", async () => {
    const handler = vi.fn();
    const action = createAction({ input: schema }, handler);
    const ru = await action(null, form({ name: "", email: "nope", password: "short" }));
    expect(ru).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Заполните это поле"], email: [expect.stringContaining("e-mail")], password: [expect.stringContaining("8")] },
    });
    context.locale = "pl";
    const pl = await action(null, form({ name: "", email: "nope", password: "short" }));
    expect(pl?.ok).toBe(false);
    expect(pl && !pl.ok && pl.fieldErrors.name[0]).not.toBe("Заполните это поле");
    expect(handler).not.toHaveBeenCalled();
  });

  it("gives the handler parsed input and the workspace, and returns its data", async () => {
    const action = createAction({ input: schema }, async (input, ctx) => `${input.name}@${ctx.workspaceId}`);
    await expect(action(null, form({ name: " Anna ", email: "a@b.kz", password: "12345678" }))).resolves.toEqual({
      ok: true,
      data: "Anna@w1",
    });
  });

  it("refuses members' actions when signed out, and owners' actions to staff", async () => {
    const handler = vi.fn();
    context.member = null;
    const signedOut = await createAction({ input: z.object({}) }, handler)(null, form({}));
    expect(signedOut).toMatchObject({ ok: false, formError: "Сессия закончилась. Войдите снова." });
    context.member = member("staff");
    const staff = await createAction({ input: z.object({}), access: "owner" }, handler)(null, form({}));
    expect(staff).toMatchObject({ ok: false, formError: "Это может сделать только владелец" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("lets public actions run without a session", async () => {
    context.member = null;
    const action = createAction({ input: z.object({}), access: "public" }, async (_input, ctx) => ctx.member);
    await expect(action(null, form({}))).resolves.toEqual({ ok: true, data: null });
  });

  it("translates expected failures raised by the handler", async () => {
    const action = createAction({ input: z.object({ slug: z.string() }) }, async () => fail({ fieldErrors: { slug: "slugTaken" } }));
    await expect(action(null, form({ slug: "demo" }))).resolves.toMatchObject({
      ok: false,
      fieldErrors: { slug: ["Этот адрес уже занят, выберите другой"] },
      values: { slug: "demo" },
    });
  });

  it("passes on a failure the handler translated itself (a message with figures)", async () => {
    const action = createAction({ input: z.object({ amount: z.string() }) }, async () => fail({ fieldErrors: { amount: { text: "Осталось 3 000 ₸" } }, formError: { text: "Нет" } }));
    await expect(action(null, form({ amount: "9000" }))).resolves.toMatchObject({
      ok: false,
      fieldErrors: { amount: ["Осталось 3 000 ₸"] },
      formError: "Нет",
      values: { amount: "9000" },
    });
  });

  it("hides unexpected errors behind a translated message with an id, and logs them", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = createAction({ input: z.object({}) }, async () => {
      throw new Error("relation secret_table does not exist");
    });
    const result = await action(null, form({}));
    expect(result).toMatchObject({ ok: false, formError: expect.stringMatching(/^Что-то пошло не так \(код [0-9a-f]{8}\)/) });
    expect(JSON.stringify(result)).not.toContain("secret_table");
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^\[action [0-9a-f]{8}\]$/), expect.any(Error));
  });

  it("lets redirects through", async () => {
    const action = createAction({ input: z.object({}) }, async () => redirect("/dashboard"));
    await expect(action(null, form({}))).rejects.toThrow("NEXT_REDIRECT");
  });

  it("never echoes passwords back to the form", async () => {
    const action = createAction({ input: schema }, async () => undefined);
    const result = await action(null, form({ name: "too long name", email: "a@b.kz", password: "12345678", confirm: "x" }));
    expect(result).toMatchObject({ ok: false, values: { name: "too long name", email: "a@b.kz" } });
    expect(result && !result.ok && result.values).not.toHaveProperty("password");
    expect(result && !result.ok && result.values).not.toHaveProperty("confirm");
  });

  it("collects repeated fields into arrays", async () => {
    const action = createAction({ input: z.object({ n: z.array(z.coerce.number()).length(3) }) }, async ({ n }) => n);
    await expect(action(null, form({ n: ["2", "14", "60"] }))).resolves.toEqual({ ok: true, data: [2, 14, 60] });
    const bad = await action(null, form({ n: ["2", "x", "60"] }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { "n.1": [expect.any(String)] } });
  });
});

describe("validate", () => {
  it("turns a run-time schema's failures into translated field errors", async () => {
    const { validate } = await import("./action");
    context.locale = "ru";
    context.member = member("owner");
    const action = createAction({ input: z.object({ phone: z.string() }) }, async (raw) =>
      validate(z.object({ phone: z.string().refine((v) => v.startsWith("+"), { message: "invalidPhone" }) }), raw),
    );
    const result = await action(null, form({ phone: "123" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { phone: [expect.stringContaining("телефон")] }, values: { phone: "123" } });
  });
});
