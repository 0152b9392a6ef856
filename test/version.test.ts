import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../src/errors.js";
import { assertLinkedInVersion, isLinkedInVersion, SDK_VERSION, versionLifecycle } from "../src/version.js";
import { createLinkedInClient, type ClientWarning } from "../src/index.js";
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

describe("version lifecycle", () => {
  const at = (iso: string) => new Date(iso);
  it("matches LinkedIn's observed sunsets", () => {
    expect(versionLifecycle("202411", at("2025-11-10T00:00:00Z")).status).toBe("nearing-sunset");
    expect(versionLifecycle("202411", at("2025-11-18T00:00:00Z")).status).toBe("probably-sunset");
    expect(versionLifecycle("202603", at("2027-03-14T00:00:00Z")).sunsetOn.toISOString().slice(0, 10)).toBe(
      "2027-03-15",
    );
  });
  it("current, nearing, sunset and future", () => {
    expect(versionLifecycle("202610", at("2026-11-29T00:00:00Z"))).toMatchObject({ status: "current", daysLeft: 320 });
    expect(versionLifecycle("202601", at("2026-11-29T00:00:00Z")).status).toBe("nearing-sunset");
    expect(versionLifecycle("202401", at("2026-11-29T00:00:00Z")).status).toBe("probably-sunset");
    expect(versionLifecycle("202701", at("2026-11-29T00:00:00Z")).status).toBe("future");
    expect(versionLifecycle("202508.02", at("2026-11-29T00:00:00Z")).status).toBe("probably-sunset");
  });
  it("rejects a malformed version", () => {
    expect(() => versionLifecycle("2024-01")).toThrow(ConfigurationError);
  });
});

describe("client version warnings", () => {
  const base = { accessToken: "t0ken-value", now: () => new Date("2026-11-29T00:00:00Z") };
  it("warns once through onWarning when the version is probably sunset", () => {
    const warnings: ClientWarning[] = [];
    createLinkedInClient({ ...base, version: "202401", onWarning: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: "version-sunset" });
    expect(warnings[0]?.message).toContain("202401");
  });
  it("falls back to logger.warn, and says nothing for a current version", () => {
    const lines: string[] = [];
    createLinkedInClient({ ...base, version: "202601", logger: { warn: (m) => lines.push(m) } });
    createLinkedInClient({ ...base, version: "202610", logger: { warn: (m) => lines.push(m) } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/202601 reaches its estimated sunset/);
  });
});
