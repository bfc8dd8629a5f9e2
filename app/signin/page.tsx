import { redirect } from "next/navigation";
import { SignInForm } from "@/components/shell/sign-in-form";
import { safeCallback } from "@/lib/safe-callback";
import { getCurrentUser } from "@/lib/server/session";
import { demoEnabled } from "@/lib/server/demo";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const target = safeCallback(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="page narrow">
      <SignInForm callbackUrl={target} showDemoHint={demoEnabled()} />
    </div>
  );
}
