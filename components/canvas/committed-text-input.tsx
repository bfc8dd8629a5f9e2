"use client";

import { useState, type InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> & {
  value: string;
  /** Called on every keystroke; returns false when the edit was refused (e.g. a blank title). */
  onCommit: (text: string) => boolean;
};

/**
 * A text input that saves as you type but keeps what you typed while an edit is refused (an empty
 * title mid-retype), and follows the stored value when it changes elsewhere (undo, a colleague).
 */
export function CommittedTextInput({ value, onCommit, className, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [refused, setRefused] = useState(false);
  if (value !== seen) {
    // The stored value moved without this input: adopt it (adjusting state while rendering).
    setSeen(value);
    setDraft(value);
    setRefused(false);
  }
  return (
    <input
      {...rest}
      className={`${className ?? ""} ${refused ? "is-invalid" : ""}`}
      aria-invalid={refused}
      value={draft}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const ok = onCommit(text);
        setRefused(!ok);
        if (ok) setSeen(text);
      }}
    />
  );
}
