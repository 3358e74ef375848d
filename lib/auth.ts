import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { findUserByEmail } from "@/db/queries/users";
import { recordRateEvent } from "@/db/queries/rate-events";
import { clientIp, isRateLimited } from "./rate-limit";
import { burnPasswordCheck, verifyPassword } from "./password";
import { authSecret } from "./secret";

/** Too many failed attempts for this e-mail or IP: the sign-in form says so. */
export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({ email: z.string().trim().email().max(254), password: z.string().min(1).max(200) });

/** Checks e-mail and password; wrong password and unknown e-mail look the same. */
export async function authorizeCredentials(raw: unknown, headers: Headers) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIp(headers);
  if (await isRateLimited("sign_in", email, ip)) throw new TooManyAttempts();
  const user = await findUserByEmail(email);
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!ok) await recordRateEvent("sign_in", email, ip);
  return ok && user ? { id: user.id, name: user.name, email: user.email } : null;
}

// The config is a function so that the secret is read (or generated) at request time, not
// while `next build` imports this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, request) => authorizeCredentials(credentials, request.headers),
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
