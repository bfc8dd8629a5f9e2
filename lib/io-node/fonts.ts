import { join } from "node:path";

/**
 * DejaVu Sans ships with the project (npm package dejavu-fonts-ttf): accented Italian, € and
 * curly quotes render the same on every machine, with no system fonts and no network. Resolved
 * from the working directory, which is the project for `next start`, the CLI and the benches.
 */
const FONT_DIR = join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
export const FONT_REGULAR = join(FONT_DIR, "DejaVuSans.ttf");
export const FONT_BOLD = join(FONT_DIR, "DejaVuSans-Bold.ttf");
