import {
  emailField,
  expect,
  msg,
  newUser,
  passwordField,
  signIn,
  signOut,
  signUp,
  submitSignIn,
  test,
  uniqueEmail,
} from "./helpers";

const L = "ru" as const;

test.describe("auth", () => {
  test("sign up → sign out → sign in", async ({ page }) => {
    const user = await signUp(page, newUser());
    await signOut(page, L);

    // Signed out means signed out: the app sends back to the sign-in page.
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in$/);

    await signIn(page, user, L);
  });

  test("sign-in page links to password reset and sign-up", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("link", { name: msg(L, "auth.signIn.forgot"), exact: true }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "auth.forgot.title"));

    await page.goto("/sign-in");
    await page.getByRole("link", { name: msg(L, "auth.signIn.signUp"), exact: true }).click();
    await expect(page).toHaveURL(/\/sign-up$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "auth.signUp.title"));
  });

  test("wrong password and unknown e-mail show the same message and stay on /sign-in", async ({ page }) => {
    const user = await signUp(page, newUser());
    await signOut(page, L);

    // The form's own alert (Next's route announcer is an empty role=alert outside the form).
    const alert = page.locator("form").getByRole("alert");

    await submitSignIn(page, user.email, "not-the-password-1", L);
    await expect(alert).toHaveText(msg(L, "errors.invalidCredentials"));
    await expect(page).toHaveURL(/\/sign-in$/);
    const wrongPasswordText = await alert.innerText();
    // The typed e-mail is kept, the password is not.
    await expect(emailField(page, L)).toHaveValue(user.email);
    await expect(passwordField(page, L)).toHaveValue("");

    await submitSignIn(page, uniqueEmail("nobody"), "whatever-password-1", L);
    await expect(alert).toHaveText(msg(L, "errors.invalidCredentials"));
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(await alert.innerText()).toBe(wrongPasswordText);

    // Still not signed in.
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("password reset through the outbox, end to end", async ({ page }) => {
    const user = await signUp(page, newUser());
    const newPassword = "Brand-new-pass-456";
    await signOut(page, L);

    // 1. Request the link.
    await page.getByRole("link", { name: msg(L, "auth.signIn.forgot"), exact: true }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await emailField(page, L).fill(user.email);
    await page.getByRole("button", { name: msg(L, "auth.forgot.submit"), exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(msg(L, "auth.forgot.sent"));

    // 2. The newest mail to this address in the local outbox.
    await page.goto("/outbox");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "outbox.title"));
    const mail = page
      .getByRole("link")
      .filter({ hasText: user.email })
      .filter({ hasText: msg(L, "emails.passwordReset.subject") })
      .first(); // the list is newest first
    await expect(mail).toBeVisible();
    await mail.click();
    await expect(page).toHaveURL(/\/outbox\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "emails.passwordReset.subject"));

    // 3. The link inside the mail (rendered in a sandboxed iframe): read its href.
    const frame = page.frameLocator("iframe");
    await expect(frame.getByText(msg(L, "emails.passwordReset.greeting", { name: user.name }))).toBeVisible();
    const button = frame.getByRole("link", { name: msg(L, "emails.passwordReset.button") });
    await expect(button).toHaveAttribute("href", /\/reset-password\?token=[^&\s]+/);
    const href = (await button.getAttribute("href"))!;
    const resetUrl = new URL(href);
    expect(resetUrl.pathname).toBe("/reset-password");
    expect(resetUrl.searchParams.get("token")).toBeTruthy();

    // 4. Set the new password.
    await page.goto(resetUrl.pathname + resetUrl.search);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "auth.reset.title"));
    await page.getByLabel(msg(L, "auth.reset.password"), { exact: true }).fill(newPassword);
    await page.getByLabel(msg(L, "auth.reset.confirm"), { exact: true }).fill(newPassword);
    await page.getByRole("button", { name: msg(L, "auth.reset.submit"), exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(msg(L, "auth.reset.done"));

    // 5. The link works once only.
    await page.goto(resetUrl.pathname + resetUrl.search);
    await expect(page.getByRole("alert").filter({ hasText: msg(L, "auth.reset.invalid") })).toBeVisible();
    await expect(page.getByRole("link", { name: msg(L, "auth.reset.requestNew"), exact: true })).toBeVisible();

    // 6. The old password no longer works, the new one does.
    await submitSignIn(page, user.email, user.password, L);
    await expect(page.getByRole("alert").filter({ hasText: msg(L, "errors.invalidCredentials") })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);

    await signIn(page, { ...user, password: newPassword }, L);
  });

  test("reset form refuses mismatched passwords", async ({ page }) => {
    const user = await signUp(page, newUser());
    await signOut(page, L);
    await page.goto("/forgot-password");
    await emailField(page, L).fill(user.email);
    await page.getByRole("button", { name: msg(L, "auth.forgot.submit"), exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(msg(L, "auth.forgot.sent"));

    await page.goto("/outbox");
    await page.getByRole("link").filter({ hasText: user.email }).first().click();
    const href = await page
      .frameLocator("iframe")
      .getByRole("link", { name: msg(L, "emails.passwordReset.button") })
      .getAttribute("href");
    const url = new URL(href!);
    await page.goto(url.pathname + url.search);
    const confirm = page.getByLabel(msg(L, "auth.reset.confirm"), { exact: true });
    await page.getByLabel(msg(L, "auth.reset.password"), { exact: true }).fill("First-pass-111");
    await confirm.fill("Other-pass-222");
    await page.getByRole("button", { name: msg(L, "auth.reset.submit"), exact: true }).click();
    await expect(confirm).toHaveAttribute("aria-invalid", "true");
    await expect(confirm).toHaveAccessibleDescription(msg(L, "errors.passwordMismatch"));
    await expect(page.getByRole("status")).toHaveCount(0);

    // Nothing changed: the old password still signs in.
    await signIn(page, user, L);
  });

  test("forgot-password answers the same for an unknown e-mail and sends nothing", async ({ page }) => {
    const email = uniqueEmail("ghost");
    await page.goto("/forgot-password");
    await emailField(page, L).fill(email);
    await page.getByRole("button", { name: msg(L, "auth.forgot.submit"), exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(msg(L, "auth.forgot.sent"));
    await page.goto("/outbox");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "outbox.title"));
    await expect(page.getByRole("link").filter({ hasText: email })).toHaveCount(0);
  });
});
