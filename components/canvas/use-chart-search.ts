"use client";

import { useCallback, useRef, useState } from "react";
import { searchChart } from "@/lib/org/search-chart";
import type { Chart } from "@/lib/org/types";

export interface SearchInputs {
  chart: Chart;
  select: (ids: readonly string[]) => void;
  highlight: (ids: readonly string[]) => void;
  centreOn: (id: string) => void;
}

/**
 * The search box: every hit is highlighted, and the current one is selected and centred; the
 * arrows step through the hits, wrapping around.
 */
export function useChartSearch({ chart, select, highlight, centreOn }: SearchInputs) {
  const [search, setSearch] = useState<{ hits: string[]; index: number }>({ hits: [], index: 0 });
  // Ctrl/Cmd+F focuses the box from anywhere in the editor.
  const searchInput = useRef<HTMLInputElement>(null);

  const onSearch = useCallback(
    (query: string) => {
      const hits = searchChart(chart, query).map((hit) => hit.nodeId);
      setSearch({ hits, index: 0 });
      highlight(hits);
      const first = hits[0];
      if (first !== undefined) {
        select([first]);
        centreOn(first);
      }
    },
    [centreOn, chart, highlight, select],
  );

  const onSearchStep = useCallback(
    (delta: 1 | -1) => {
      if (search.hits.length === 0) return;
      const index = (search.index + delta + search.hits.length) % search.hits.length;
      setSearch({ hits: search.hits, index });
      const id = search.hits[index] as string;
      select([id]);
      centreOn(id);
    },
    [centreOn, search, select],
  );

  return { search, searchInput, onSearch, onSearchStep };
}
