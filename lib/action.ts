import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Membership } from "@/db/queries/workspaces";
import type { Role } from "@/db/schema";
import { currentLocale, currentMember } from "./request-context";
import { getTranslator, type Translator } from "./translator";
import { formDataToObject, translateIssues, type ErrorKey } from "./validation";
import type { Locale } from "./locales";

/** What every action returns to its form (read with useActionState). */
export type ActionState<T = void> =
  | { ok: true; data: T; message?: string }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string; values?: Record<string, string | string[]> }
  | null;

/**
 * An error for the form: a key of messages.errors, or a text the handler has already
 * translated because it carries figures ("3 000 ₸ is left to pay").
 */
export type ErrorMessage = ErrorKey | { text: string };

/** Thrown (or returned via `fail`) by a handler to report an expected, translatable error. */
export class ActionError extends Error {
  constructor(
    readonly errors: { formError?: ErrorMessage; fieldErrors?: Record<string, ErrorMessage> },
  ) {
    super("ActionError");
  }
}
export function fail(errors: ActionError["errors"]): never {
  throw new ActionError(errors);
}

/** Thrown by `validate` when input fails a schema built at run time (e.g. per workspace). */
class ValidationFailure extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super("ValidationFailure");
  }
}

/**
 * Parses with a schema that depends on the workspace (its country, its custom fields);
 * failures come back to the form as translated field errors, like the wrapper's own.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationFailure(parsed.error.issues);
  return parsed.data;
}

type Access = "public" | "member" | "owner";
type Context<A extends Access> = { locale: Locale; t: Translator } & (A extends "public"
  ? { member: Membership | null }
  : { member: Membership; workspaceId: string });

/**
 * The one way to write a mutating server action: resolve the session and membership, check
 * the role, parse FormData with zod, run the handler, and turn every failure into a
 * translated `{ ok: false }`. No exception reaches the browser; redirects pass through.
 */
export function createAction<S extends z.ZodType, A extends Access = "member", T = void>(
  options: { input: S; access?: A },
  handler: (input: z.output<S>, ctx: Context<A>) => Promise<T>,
) {
  const access = options.access ?? "member";
  return async function action(_prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> {
    let t: Translator | undefined;
    // A failed form shows what was typed again (React resets forms after an action).
    const values = echoValues(formData);
    try {
      const locale = await currentLocale();
      t = await getTranslator(locale);
      const member = await currentMember();
      if (access !== "public" && !member) return { ok: false, fieldErrors: {}, formError: t("errors.signedOut") };
      if (access === "owner" && member?.role !== ("owner" satisfies Role)) {
        return { ok: false, fieldErrors: {}, formError: t("errors.forbidden") };
      }
      const parsed = options.input.safeParse(formDataToObject(formData));
      if (!parsed.success) return { ok: false, fieldErrors: translateIssues(parsed.error.issues, t), values };
      const ctx = { locale, t, member, workspaceId: member?.workspace.id } as Context<A>;
      const data = await handler(parsed.data, ctx);
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      t ??= await getTranslator("ru");
      if (error instanceof ValidationFailure) return { ok: false, fieldErrors: translateIssues(error.issues, t), values };
      if (error instanceof ActionError) {
        const say = (m: ErrorMessage) => (typeof m === "string" ? t!(`errors.${m}`) : m.text);
        const fieldErrors = Object.fromEntries(Object.entries(error.errors.fieldErrors ?? {}).map(([field, m]) => [field, [say(m)]]));
        const formError = error.errors.formError ? say(error.errors.formError) : undefined;
        return { ok: false, fieldErrors, formError, values };
      }
      const id = randomUUID().slice(0, 8);
      console.error(`[action ${id}]`, error);
      return { ok: false, fieldErrors: {}, formError: t("errors.unexpected", { id }), values };
    }
  };
}

/** The submitted text fields, minus secrets, to refill a form that failed. */
function echoValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || /password|confirm|token/i.test(key)) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : [prev, value].flat();
  }
  return out;
}
