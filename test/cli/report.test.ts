// The HTML report in a real browser: Debian's headless Chromium (driven by playwright-core) opens each report
// file with the network cut off (every request routed to abort, and counted). Asserted: no console error, no
// failed or attempted request, one bar per segment in every chart, a screenshot that is not blank (saved under
// test/.artifacts/), and a print layout that keeps charts whole. Without /usr/bin/chromium the check is skipped
// with a notice, except in CI (CI set), where it fails (.ci/run installs chromium).
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtCli, cli, hasExecutable, root } from "./support.js";

const CHROMIUM = "/usr/bin/chromium";
const present = hasExecutable(CHROMIUM);
const inCi = Boolean(process.env.CI);
if (!present && !inCi) {
  console.warn(
    `NOTICE: ${CHROMIUM} not found: the browser check of the HTML report is SKIPPED. apt-get install chromium`,
  );
}

const artifacts = join(root, "test/.artifacts");
const FINANCE = ["--include", "locations=United States", "--include", "jobFunctions=Finance"];
const REPORTS: Record<string, string[]> = {
  insights: ["insights", ...FINANCE, "--exclude", "seniorities=Entry", "--group-by", "interests"],
  compare: ["compare", ...FINANCE, "--group-by", "interests"],
  profile: ["profile", ...FINANCE, "--group-by", "interests,seniorities,industries,jobFunctions,skills"],
};

/** Segments each chart of a report must show, from the same command's --json (the test server is deterministic). */
function expectedBars(name: string, json: Record<string, unknown>): number[] {
  if (name === "compare") return [(json.segments as unknown[]).length];
  return (json.breakdowns as { segments: unknown[] }[]).map((b) => b.segments.length);
}

describe.skipIf(!present)("the HTML report in headless Chromium, offline", () => {
  const work = mkdtempSync(join(tmpdir(), "li-audience-report-"));
  let context: BrowserContext;
  beforeAll(async () => {
    await builtCli();
    mkdirSync(artifacts, { recursive: true });
    context = await chromium.launchPersistentContext(join(work, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1100, height: 900 },
    });
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it.each(Object.keys(REPORTS))(
    "%s: opens offline, no errors, one bar per segment, not blank, prints",
    async (name) => {
      const file = join(work, `${name}.html`);
      const args = [...REPORTS[name]!, "--test-server"];
      const run = await cli([...args, "--html", file]);
      expect(run.code, run.stderr).toBe(0);
      const json = JSON.parse((await cli([...args, "--json"])).stdout) as Record<string, unknown>;
      const bars = expectedBars(name, json);
      expect(bars.every((n) => n > 0)).toBe(true);

      const attempted: string[] = [];
      const failed: string[] = [];
      const consoleErrors: string[] = [];
      const page = await context.newPage();
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file:")) return route.continue();
        attempted.push(url);
        return route.abort();
      });
      page.on("requestfailed", (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ""}`));
      page.on("console", (m) => void (m.type() === "error" && consoleErrors.push(m.text())));
      page.on("pageerror", (e) => consoleErrors.push(e.message));
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });

      expect(await page.title()).toMatch(/^LinkedIn audience (report|comparison)$/);
      const charts = page.locator("figure.chart");
      expect(await charts.count()).toBe(bars.length);
      for (let i = 0; i < bars.length; i++) {
        const chart = charts.nth(i);
        expect(Number(await chart.getAttribute("data-segments"))).toBe(bars[i]);
        const rects = chart.locator("rect.bar");
        expect(await rects.count()).toBe(bars[i]);
        for (let j = 0; j < bars[i]!; j++) {
          const box = await rects.nth(j).boundingBox();
          expect(box!.width).toBeGreaterThan(0); // drawn, not just present
          expect(box!.height).toBeGreaterThan(5);
        }
        // Every label is drawn whole inside its chart (a long segment name once ran off the left edge).
        const frame = (await chart.locator("svg").boundingBox())!;
        const labels = chart.locator("text.label");
        for (let j = 0; j < (await labels.count()); j++) {
          const box = (await labels.nth(j).boundingBox())!;
          expect(box.x, (await labels.nth(j).textContent()) ?? "").toBeGreaterThanOrEqual(frame.x);
        }
      }
      await expect
        .poll(() => page.locator("p.persona").first().innerText())
        .toMatch(/Members whose location is United States/);
      expect(await page.locator("footer").innerText()).toMatch(
        /LinkedIn-Version \d{6}[\s\S]*LinkedIn request ids: \S+/,
      );

      const shot = join(artifacts, `report-${name}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(20_000); // a blank page is ~9 KB
      // Pixels: decode the screenshot in the browser and measure how much of it is ink.
      const probe = await context.newPage();
      const stats = await probe.evaluate(
        async (b64: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const canvas = document.createElement("canvas");
          canvas.width = img.width;
          canvas.height = img.height;
          const g = canvas.getContext("2d")!;
          g.drawImage(img, 0, 0);
          const { data } = g.getImageData(0, 0, img.width, img.height);
          const colors = new Set<number>();
          let ink = 0;
          for (let p = 0; p < data.length; p += 4) {
            const [r, gr, b] = [data[p]!, data[p + 1]!, data[p + 2]!];
            colors.add((r << 16) | (gr << 8) | b);
            if (r + gr + b < 600) ink++;
          }
          return { colors: colors.size, ink: ink / (data.length / 4) };
        },
        (await import("node:fs")).readFileSync(shot).toString("base64"),
      );
      await probe.close();
      expect(stats.colors).toBeGreaterThan(50);
      expect(stats.ink).toBeGreaterThan(0.01);

      // Print: charts and tables are kept whole, and Chromium makes a PDF of it.
      await page.emulateMedia({ media: "print" });
      expect(await charts.first().evaluate((e) => getComputedStyle(e).breakInside)).toBe("avoid");
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      writeFileSync(join(artifacts, `report-${name}.pdf`), pdf);
      await page.close();

      expect(attempted).toEqual([]);
      expect(failed).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
  );
});

describe.runIf(!present && inCi)("the HTML report in headless Chromium, in CI", () => {
  it("needs chromium: CI must run the browser check", () => {
    throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install -y chromium).`);
  });
});
