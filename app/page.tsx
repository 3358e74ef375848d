import { redirect } from "next/navigation";
import { sessionUserId } from "@/lib/request-context";

export default async function Home() {
  redirect((await sessionUserId()) ? "/dashboard" : "/sign-in");
}
