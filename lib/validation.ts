import type { z } from "zod";
import type { Messages, Translator } from "./translator";

export type ErrorKey = keyof Messages["errors"];

/**
 * FormData as a plain object for zod: a name sent once is a string, a name sent several
 * times (checkbox groups, repeated rows) an array. Next's internal `$ACTION_` fields are
 * dropped.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (key in out) {
      const prev = out[key];
      out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * zod issues as translated messages per field. A schema may name its own message as an
 * error key (`{ message: "slugFormat" }`); otherwise the issue code picks one.
 */
export function translateIssues(issues: z.core.$ZodIssue[], t: Translator): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = issue.path.join(".") || "_form";
    (out[field] ??= []).push(translateIssue(issue, t));
  }
  return out;
}

function translateIssue(issue: z.core.$ZodIssue, t: Translator): string {
  if (isErrorKey(issue.message, t)) return t(`errors.${issue.message}`);
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === "" ? t("errors.required") : t("errors.invalidValue");
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1 ? t("errors.required") : t("errors.tooShort", { min: Number(issue.minimum) });
      }
      if (issue.origin === "array" || issue.origin === "set") return t("errors.required");
      return t("errors.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return t("errors.tooLong", { max: Number(issue.maximum) });
      return t("errors.tooBig", { max: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("errors.invalidEmail") : t("errors.invalidValue");
    default:
      return t("errors.invalidValue");
  }
}

function isErrorKey(message: string, t: Translator): message is ErrorKey {
  return /^[a-zA-Z]+$/.test(message) && t.has(`errors.${message}` as `errors.${ErrorKey}`);
}
