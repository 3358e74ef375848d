// The "today's reminders" dialog on the dashboard, where signing in lands [003]: "Later"
// hides it until the next sign-in or the next day. The cookie holds the local day it was put away; signing in
// deletes it.

export const DUE_DIALOG_COOKIE = "due-dialog-later";

/** Whether to show the dialog, given the cookie's value and today's local date ("2026-11-26"). */
export function showDueDialog(cookie: string | undefined, today: string): boolean {
  return cookie !== today;
}
