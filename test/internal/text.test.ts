// One way to match names as people type them, for li.entities.find, the CLI's find and the test server's typeahead.
import { describe, expect, it } from "vitest";
import { fold, matchesAllWords, words } from "../../src/internal/text.js";

describe("name matching", () => {
  it("folds case, accents, letters without a decomposition, ligatures and full-width forms", () => {
    expect(fold("Côte")).toBe("cote");
    expect(words("Łódź, Tromsø  Straße")).toEqual(["lodz", "tromso", "strasse"]);
    expect(words("ﬁnance ＩＴ")).toEqual(["finance", "it"]);
    expect(words("  human   resources ")).toEqual(["human", "resources"]);
    expect(words("— ")).toEqual([]);
  });

  it("every query word must start some name word", () => {
    const name = words("Human Resources");
    expect(matchesAllWords(words("hum res"), name)).toBe(true);
    expect(matchesAllWords(words("resources"), name)).toBe(true);
    expect(matchesAllWords(words("res x"), name)).toBe(false);
    expect(matchesAllWords(words("uman"), name)).toBe(false);
  });
});
