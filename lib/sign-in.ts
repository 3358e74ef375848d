import { AuthError } from "next-auth";
import { fail } from "./action";
import { signIn } from "./auth";

/**
 * Signs in through Auth.js's credentials provider (the app's and the personal sites' forms
 * alike); its redirect is thrown and passes the action wrapper, a refusal becomes the form's
 * error.
 */
export async function signInOrFail(credentials: { email: string; password: string }, redirectTo: string) {
  try {
    await signIn("credentials", { ...credentials, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      fail({ formError: (error as AuthError & { code?: string }).code === "rate_limited" ? "rateLimited" : "invalidCredentials" });
    }
    throw error;
  }
}
