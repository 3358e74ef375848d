"use server";

import { z } from "zod";
import { createAction } from "@/lib/action";
import { signOut } from "@/lib/auth";

export const signOutAction = createAction({ input: z.object({}), access: "public" }, async () => {
  await signOut({ redirectTo: "/sign-in" });
});
