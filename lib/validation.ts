import type { z } from "zod";
import type { Messages, Translator } from "./translator";

export type ErrorKey = keyof Messages["errors"];

/**
 * FormData as a plain object for zod: a name sent once is a string, a name sent several
 * times (checkbox groups) an array, and dotted names nest ("phones.0.e164" →
 * { phones: [{ e164 }] }), so zod's error paths name the very input that was wrong.
 * Next's internal `$ACTION_` fields are dropped.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const path = key.split(".");
    let node: Record<string, unknown> = out;
    for (let i = 0; i < path.length - 1; i++) {
      const next = /^\d+$/.test(path[i + 1]) ? [] : {};
      node = (node[path[i]] ??= next) as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    const prev = node[last];
    node[last] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return compactArrays(out) as Record<string, unknown>;
}

/** Rows removed from the middle of a form leave holes in their arrays: close them. */
function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (value && typeof value === "object" && !(value instanceof Blob)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactArrays(v)]));
  }
  return value;
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
