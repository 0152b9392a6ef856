// spec/LINKEDIN-FACTS.md: every row cites a source and names the tests that enforce it; those tests must exist.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const ledger = readFileSync(new URL("spec/LINKEDIN-FACTS.md", root), "utf8");
const rows = ledger.split("\n").filter((line) => /^\|\s*\d+\s*\|/.test(line));

/** The cells of a Markdown table row. */
const cells = (row: string) =>
  row
    .slice(1, -1)
    .split("|")
    .map((c) => c.trim());

describe("the LinkedIn facts ledger", () => {
  it("has rows, each with a fact, a source, an evidence grade and its enforcement", () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) {
      const [n, fact, source, evidence, enforced] = cells(row);
      expect(fact, `row ${n}`).not.toBe("");
      expect(source, `row ${n}`).not.toBe("");
      expect(evidence, `row ${n}`).toMatch(/Docs|Postman|LinkedIn code|Issues|Third party/);
      expect(enforced, `row ${n}`).toMatch(/test\/[\w/.-]+\.test\.ts/);
    }
  });

  it("names test files that exist, and test titles that are in them", () => {
    for (const row of rows) {
      const [n, , , , enforced] = cells(row);
      // `test/x.test.ts` "title", "other title"; a title may end in … (a prefix).
      for (const [, file, titles] of enforced!.matchAll(/`(test\/[\w/.-]+\.test\.ts)`((?: "[^"]+",?)*)/g)) {
        const path = new URL(file!, root);
        expect(existsSync(path), `row ${n}: ${file}`).toBe(true);
        const text = readFileSync(path, "utf8");
        for (const [, title] of titles!.matchAll(/"([^"]+)"/g)) {
          const prefix = title!.replace(/ ?…$/, "");
          expect(text.includes(prefix), `row ${n}: ${file} has no test titled "${title}"`).toBe(true);
        }
      }
    }
  });

  it("cites LinkedIn's pages by their learn.microsoft.com address", () => {
    const docs = rows.filter((row) => cells(row)[3]!.startsWith("Docs"));
    expect(docs.length).toBeGreaterThanOrEqual(12);
    for (const row of docs) expect(cells(row)[2], cells(row)[0]).toMatch(/learn\.microsoft\.com\/en-us\/linkedin\//);
  });
});
