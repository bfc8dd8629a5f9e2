import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "lib/server/generated/**", "test-results/**", "playwright-report/**", ".e2e/**", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
    },
  },
  {
    // The pure core runs in the browser, the server and the CLI: no framework, no database, no Node APIs.
    files: ["lib/org/**/*.ts", "lib/io/**/*.ts", "lib/rules/**/*.ts", "lib/layout/**/*.ts", "lib/history/**/*.ts", "lib/i18n/**/*.ts", "lib/sync/**/*.ts", "lib/security/**/*.ts", "lib/comments/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "next-auth", "next-auth/*", "@prisma/*", "@xyflow/*", "node:*"], message: "lib/ domain code must stay framework-free." },
            { group: ["**/server/**"], message: "Domain code must not reach into the server layer." },
          ],
        },
      ],
    },
  },
);
