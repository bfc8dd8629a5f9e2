"use client";

import { forwardRef, useState } from "react";
import { useCanvasI18n } from "./canvas-i18n-context";

/**
 * Search by name, title or person. Typing jumps to the best match; Enter / Shift+Enter step
 * through the others; Escape clears.
 */
export const SearchBox = forwardRef<HTMLInputElement, { count: number; index: number; onQuery: (query: string) => void; onStep: (delta: 1 | -1) => void }>(
  function SearchBox({ count, index, onQuery, onStep }, ref) {
    const { t } = useCanvasI18n();
    const [query, setQuery] = useState("");
    return (
      <div className="oc-search" role="search">
        <input
          ref={ref}
          type="search"
          className="oc-input"
          value={query}
          placeholder={t("canvas.search")}
          aria-label={t("canvas.search")}
          data-testid="search-input"
          onChange={(event) => {
            setQuery(event.target.value);
            onQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              onStep(event.shiftKey ? -1 : 1);
            } else if (event.key === "Escape") {
              setQuery("");
              onQuery("");
            }
          }}
        />
        {query.trim() !== "" && (
          <span className="oc-search-count" data-testid="search-count" aria-live="polite">
            {count === 0 ? t("canvas.searchNoMatch") : t("canvas.searchCount", { index: index + 1, count })}
          </span>
        )}
      </div>
    );
  },
);
