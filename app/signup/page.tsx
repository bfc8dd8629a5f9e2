import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/shell/sign-up-form";
import { safeCallback } from "@/lib/safe-callback";
import { getCurrentUser } from "@/lib/server/session";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const target = safeCallback(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="page narrow">
      <SignUpForm callbackUrl={target} />
    </div>
  );
}
