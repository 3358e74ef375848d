import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

export default async function Home() {
  redirect((await auth())?.user ? "/dashboard" : "/sign-in");
}
