/**
 * Scores the classifier on labelled phrase files (lib/rules/fixtures/*-phrases.json): the share
 * of right duties, right roles and out-of-scope phrases answered "no duty", and the misses.
 * Used to score a fresh round unseen before tuning on it (lib/rules/fixtures/ROUNDS.md).
 *
 *   npx tsx scripts/score-phrases.ts lib/rules/fixtures/round-9-phrases.json [--quiet] [--lexicon-only]
 *
 * --lexicon-only leaves the learned model out, to report the lexicon's share of a round's score.
 */
import { readFileSync } from "node:fs";
import { DUTIES, isDutyId, type DutyId } from "../lib/rules/catalog";
import { classifyResponsibility, classifyWithLexiconOnly } from "../lib/rules/classify-responsibility";

const roleOf = (duty: DutyId | null) => (duty === null ? null : DUTIES[duty].owner);
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

const args = process.argv.slice(2);
const quiet = args.includes("--quiet");
const classify = args.includes("--lexicon-only") ? classifyWithLexiconOnly : classifyResponsibility;
for (const path of args.filter((arg) => !arg.startsWith("--"))) {
  const phrases = JSON.parse(readFileSync(path, "utf8")) as { text: string; duty: string | null }[];
  let withDuty = 0;
  let rightDuty = 0;
  let rightRole = 0;
  let outOfScope = 0;
  let rejected = 0;
  const misses: string[] = [];
  for (const { text, duty } of phrases) {
    if (duty !== null && !isDutyId(duty)) throw new Error(`${path}: unknown duty ${duty}`);
    const got = classify(text).duty;
    if (duty === null) {
      outOfScope++;
      if (got === null) rejected++;
    } else {
      withDuty++;
      if (got === duty) rightDuty++;
      if (roleOf(got) === roleOf(duty)) rightRole++;
    }
    if (got !== duty) misses.push(`  ${text}\n      expected ${duty ?? "no duty"}, got ${got ?? "no duty"}`);
  }
  console.log(
    `${path}: ${phrases.length} phrases; duty ${percent(rightDuty, withDuty)} and role ${percent(rightRole, withDuty)} of the ${withDuty} with a duty; rejected ${percent(rejected, outOfScope)} of ${outOfScope} out of scope`,
  );
  if (!quiet && misses.length > 0) console.log(misses.join("\n"));
}
