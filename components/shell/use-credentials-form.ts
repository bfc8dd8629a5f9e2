"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { safeCallback } from "@/lib/safe-callback";

export type SignInOutcome = "ok" | "refused" | { waitSeconds: number };

/** What the sign-in and sign-up forms share: submit state, and signing in then going on. */
export function useCredentialsForm(callbackUrl: string) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  /**
   * Wraps a submit handler that returns an error message or null. Not a form action: React
   * would reset the fields after a failed attempt, and people should not retype their email.
   */
  function handleSubmit(run: (form: FormData) => Promise<string | null>) {
    return async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = new FormData(event.currentTarget);
      setPending(true);
      setError(null);
      const problem = await run(form);
      setPending(false);
      setError(problem);
    };
  }

  /**
   * "ok" when next-auth accepted the credentials (the user is then sent on to where they were going),
   * the seconds to wait when the sign-in limiter refused (HTTP 429), else "refused".
   */
  async function signInAndContinue(email: string, password: string): Promise<SignInOutcome> {
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.status === 429) return { waitSeconds: Number(/rate-limited:(\d+)/.exec(result.error ?? "")?.[1] ?? 60) };
    if (!result || result.error) return "refused";
    router.push(safeCallback(callbackUrl));
    router.refresh();
    return "ok";
  }

  return { error, pending, handleSubmit, signInAndContinue };
}
