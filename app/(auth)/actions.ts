"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { isUniqueViolation } from "@/db/errors";
import {
  createPasswordResetToken,
  createUserWithWorkspace,
  findUserByEmail,
  resetPasswordWithToken,
} from "@/db/queries/users";
import { passwordResetEmail } from "@/components/emails/password-reset-email";
import { createAction, fail } from "@/lib/action";
import { signInOrFail } from "@/lib/sign-in";
import { sendEmail } from "@/lib/email";
import { events, send } from "@/inngest/client";
import { isLocale } from "@/lib/locales";
import { hashPassword } from "@/lib/password";
import { hashResetToken, newResetToken } from "@/lib/password-reset";
import { appOrigin } from "@/lib/request-context";
import { DUE_DIALOG_COOKIE } from "@/lib/due-dialog";
import { slugFromName } from "@/lib/slug";
import { regionDefaults } from "@/lib/workspace-options";

const email = z.string().trim().toLowerCase().max(254).pipe(z.email());
const newPassword = z.string().min(8).max(200);

/** Signs in to the app; a new sign-in shows today's reminders again, even if "Later" was chosen today. */
async function signInToApp(credentials: { email: string; password: string }) {
  (await cookies()).delete(DUE_DIALOG_COOKIE);
  await signInOrFail(credentials, "/dashboard");
}

export const signInAction = createAction(
  { input: z.object({ email, password: z.string().min(1).max(200) }), access: "public" },
  async (input) => signInToApp(input),
);

export const signUpAction = createAction(
  { input: z.object({ name: z.string().trim().min(1).max(100), email, password: newPassword }), access: "public" },
  async (input, { locale }) => {
    const region = regionDefaults[locale];
    try {
      const { user, workspace } = await createUserWithWorkspace({
        name: input.name,
        email: input.email,
        passwordHash: await hashPassword(input.password),
        locale,
        workspace: { name: input.name, slug: slugFromName(input.name), defaultLocale: locale, ...region },
      });
      send(events.userSignedUp.create({ userId: user.id, workspaceId: workspace.id }));
    } catch (error) {
      if (isUniqueViolation(error)) fail({ fieldErrors: { email: "emailTaken" } });
      throw error;
    }
    await signInToApp(input);
  },
);

/** Always answers the same, so the form does not reveal which e-mails have accounts. */
export const forgotPasswordAction = createAction(
  { input: z.object({ email }), access: "public" },
  async (input, { locale }) => {
    const user = await findUserByEmail(input.email);
    if (!user) return;
    const { token, hash, expiresAt } = newResetToken();
    await createPasswordResetToken(user.id, hash, expiresAt);
    await sendEmail({
      to: user.email,
      template: passwordResetEmail,
      templateName: "password-reset",
      props: { name: user.name, url: `${await appOrigin()}/reset-password?token=${token}` },
      locale: isLocale(user.locale) ? user.locale : locale,
    });
  },
);

export const resetPasswordAction = createAction(
  {
    input: z
      .object({ token: z.string().min(1).max(200), password: newPassword, confirm: z.string() })
      .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "passwordMismatch" }),
    access: "public",
  },
  async (input) => {
    const ok = await resetPasswordWithToken(hashResetToken(input.token), await hashPassword(input.password));
    if (!ok) fail({ formError: "resetLinkInvalid" });
  },
);

