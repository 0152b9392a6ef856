import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../src/errors.js";
import { assertLinkedInVersion, isLinkedInVersion, SDK_VERSION } from "../src/version.js";
import { defaultLinkedInVersion } from "../generated/metadata.js";

describe("versions", () => {
  it("SDK_VERSION matches package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(SDK_VERSION).toBe(pkg.version);
  });

  it("accepts YYYYMM and YYYYMM.RR only", () => {
    for (const v of ["202610", "202508.02", "202401"]) expect(isLinkedInVersion(v)).toBe(true);
    for (const v of ["2024-01", "20240", "202413", "202400", "202401.2", " 202401", 202401])
      expect(isLinkedInVersion(v)).toBe(false);
  });

  it("says the expected form when the version is malformed", () => {
    expect(() => assertLinkedInVersion("2024-01")).toThrow(ConfigurationError);
    expect(() => assertLinkedInVersion("2024-01")).toThrow(/expected "YYYYMM".*"YYYYMM\.RR"/);
  });

  it("the generated default is a well-formed version, not the spec's sunset example", () => {
    expect(isLinkedInVersion(defaultLinkedInVersion)).toBe(true);
    expect(defaultLinkedInVersion).not.toBe("202401");
  });
});
