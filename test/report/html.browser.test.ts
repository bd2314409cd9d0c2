/**
 * The HTML report as a person sees it, in real headless Chromium (Debian's
 * package driven by playwright-core). Skips cleanly when Chromium is not
 * installed; CI installs it. Screenshots go to test-artifacts/ (not committed).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { check } from "../../src/engine/check.js";
import { formatHtml } from "../../src/report/html.js";
import { bundledReport, corpusOf, fixture, ROOT } from "../helpers.js";
import { copyingReport, hostileReport, unbrokenReport, untrustedReport } from "./reports.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = `${ROOT}test-artifacts/`;

/** Write a report to disk and open it, recording every request other than the page itself. */
async function open(browser: Browser, name: string, html: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}${name}.html`;
  writeFileSync(path, html);
  const url = pathToFileURL(path).href;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  await page.route("**/*", (route) => {
    if (route.request().url() !== url) requests.push(route.request().url());
    return route.request().url() === url ? route.continue() : route.abort();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  return { page, requests, errors };
}

describe.skipIf(!existsSync(CHROMIUM))("the HTML report in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows every dated claim on the timeline, in date order from left to right", async () => {
    const report = bundledReport();
    const { page, requests, errors } = await open(browser, "bundled-report", formatHtml(report));
    const marks = await page.$$eval(".timeline-svg .mark", (nodes) =>
      nodes.map((n) => ({ claim: n.getAttribute("data-claim")!, start: n.getAttribute("data-start")!, x: n.getBoundingClientRect().left })),
    );
    const dated = new Set(
      report.findings.flatMap((f) =>
        f.claims.filter((id) => {
          const e = report.claims[id]!;
          return ((e.type === "date" || e.type === "datetime") && e.resolved !== null) || e.asOf !== undefined;
        }),
      ),
    );
    expect(new Set(marks.map((m) => m.claim))).toEqual(dated);
    for (const id of ["xinhua-signed-on", "tasnim-deadline", "tehran-times-status-complete", "xinhua-status-fully-implement"]) {
      expect(marks.some((m) => m.claim === id)).toBe(true);
    }
    const byDate = [...marks].sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < byDate.length; i++) expect(byDate[i]!.x).toBeGreaterThanOrEqual(byDate[i - 1]!.x - 0.5);
    // The signing, the deadline, the completion claim and the 2024 calls sit in that order.
    const x = (id: string) => marks.find((m) => m.claim === id)!.x;
    expect(x("xinhua-signed-on")).toBeLessThan(x("tasnim-deadline"));
    expect(x("tasnim-deadline")).toBeLessThan(x("tehran-times-status-complete"));
    expect(x("tehran-times-status-complete")).toBeLessThan(x("menafn-status-fully-implementing"));
    expect(x("menafn-status-fully-implementing")).toBeLessThan(x("xinhua-status-fully-implement"));
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}bundled-report.png`, fullPage: true });
    await page.close();
  });

  it("filters findings by kind and severity", async () => {
    const { page } = await open(browser, "bundled-report-filter", formatHtml(bundledReport()));
    const visible = (selector: string) => page.$$eval(selector, (nodes) => nodes.filter((n) => !(n as HTMLElement).hidden).length);
    const notes = await visible(".finding[data-kind=note]");
    expect(notes).toBeGreaterThan(0);
    await page.uncheck("input[name=kind][value=note]");
    expect(await visible(".finding[data-kind=note]")).toBe(0);
    expect(await visible(".finding[data-kind=discrepancy]")).toBe(3);
    await page.uncheck("input[name=severity][value=warning]");
    expect(await visible(".finding[data-kind=discrepancy]")).toBe(0);
    await page.check("input[name=kind][value=note]");
    await page.check("input[name=severity][value=warning]");
    expect(await visible(".finding[data-kind=note]")).toBe(notes);
    await page.close();
  });

  it("works with the keyboard: filters toggle and findings open", async () => {
    const { page } = await open(browser, "bundled-report-keyboard", formatHtml(bundledReport()));
    await page.focus("input[name=kind][value=agreement]");
    await page.keyboard.press("Space");
    expect(await page.$$eval(".finding[data-kind=agreement]", (n) => n.every((x) => (x as HTMLElement).hidden))).toBe(true);
    await page.focus(".finding[data-kind=discrepancy] summary");
    await page.keyboard.press("Enter");
    expect(await page.$eval(".finding[data-kind=discrepancy] details", (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  it("respects prefers-color-scheme", async () => {
    const { page } = await open(browser, "bundled-report-dark", formatHtml(bundledReport()));
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: "light" });
    const light = await background();
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await background()).not.toBe(light);
    await page.screenshot({ path: `${ARTIFACTS}bundled-report-dark.png` });
    await page.close();
  });

  it("prints legibly: no filters, every finding shown and opened, black on white", async () => {
    const { page } = await open(browser, "bundled-report-print", formatHtml(bundledReport()));
    await page.uncheck("input[name=kind][value=note]");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await page.$eval(".filters", (f) => getComputedStyle(f).display)).toBe("none");
    expect(await page.$$eval(".finding", (all) => all.every((f) => getComputedStyle(f).display !== "none"))).toBe(true);
    expect(await page.$$eval("details", (all) => all.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
    expect(await page.$eval(".timeline-svg .row-label", (t) => getComputedStyle(t).fill)).toBe("rgb(0, 0, 0)");
    await page.pdf({ path: `${ARTIFACTS}bundled-report.pdf` }).catch(() => undefined);
    await page.close();
  });

  it("runs nothing and fetches nothing from a hostile corpus", async () => {
    const html = formatHtml(check(corpusOf(fixture("hostile.json"))));
    const { page, requests, errors } = await open(browser, "hostile-report", html);
    await page.$$eval("details", (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.hover("text=Name").catch(() => undefined);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.$$eval("a[href^='javascript:' i]", (n) => n.length)).toBe(0);
    // The hostile strings are there, as text.
    expect(await page.textContent("h1")).toContain("<script>window.__pwned = 'title'</script>");
    await page.close();
  });

  it("never grows wider than the window, however long an unbroken corpus string", async () => {
    const { page, errors } = await open(browser, "unbroken-report", formatHtml(unbrokenReport(20_000)));
    await page.$$eval("details", (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    for (const width of [1280, 420]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows bidi overrides in an outlet's name instead of letting them reverse it", async () => {
    const { page } = await open(browser, "hostile-bidi-report", formatHtml(hostileReport()));
    const legend = await page.$$eval(".legend li", (items) => items.map((li) => li.textContent));
    expect(legend).toContain("AP‹U+202E›noisiv‹U+202C›");
    // What the page shows holds no character that reorders it, but the report's own isolates.
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/[\u202a-\u202e\u2066\u2067\u200e\u200f\u061c]/);
    await page.close();
  });

  describe("the sources view", () => {
    const shownFindings = (page: Page) => page.$$eval(".finding", (all) => all.filter((f) => (f as HTMLElement).offsetParent !== null).map((f) => f.id));
    const at = (id: string) => copyingReport().sources.findIndex((s) => s.id === id);

    it("filters the findings to those a source decides when it is selected, and back", async () => {
      const { page, requests, errors } = await open(browser, "copying-report", formatHtml(copyingReport()));
      expect(await shownFindings(page)).toEqual(["finding-0", "finding-2", "finding-1"]);
      await page.click(`.copy-graph a.source-node[data-filter-sources="${at("mytrip")}"]`);
      expect(await shownFindings(page)).toEqual(["finding-0"]);
      expect(await page.textContent(".source-filter-text")).toBe("Showing 1 finding decided by \u2068MyTrip\u2069.");
      // A heading with no finding left under it is hidden too.
      expect(await page.$$eval(".predicate-group", (all) => all.map((g) => (g as HTMLElement).hidden))).toEqual([false, true, true]);
      await page.click(".source-filter-clear");
      expect(await shownFindings(page)).toEqual(["finding-0", "finding-2", "finding-1"]);
      expect(await page.isHidden(".source-filter")).toBe(true);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      await page.screenshot({ path: `${ARTIFACTS}copying-report.png`, fullPage: true });
      await page.close();
    });

    it("filters to the findings a copy decides: those that hold both sources", async () => {
      const { page } = await open(browser, "copying-report-edge", formatHtml(copyingReport()));
      await page.click(`.copy-graph a.copy-link[data-filter-sources="${at("mytrip")} ${at("orbitz")}"]`);
      expect(await shownFindings(page)).toEqual(["finding-0"]);
      await page.click(`button[data-filter-sources="${at("flightview")}"]`);
      expect(await shownFindings(page)).toEqual(["finding-0", "finding-1"]);
      // The filter works together with the kind filter.
      await page.uncheck("input[name=kind][value=discrepancy]");
      expect(await shownFindings(page)).toEqual([]);
      await page.close();
    });

    it("works with the keyboard: a source node is reached by Tab and selected by Enter, and focus moves to the result", async () => {
      const { page } = await open(browser, "copying-report-keyboard", formatHtml(copyingReport()));
      await page.focus(`button[data-filter-sources="${at("panynj")}"]`);
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press("Shift+Tab");
        reached = await page.evaluate((index) => document.activeElement?.getAttribute("data-filter-sources") === String(index) && document.activeElement?.classList.contains("source-node"), at("orbitz"));
      }
      expect(reached).toBe(true);
      await page.keyboard.press("Enter");
      expect(await shownFindings(page)).toEqual(["finding-0", "finding-1"]);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("source-filter");
      await page.close();
    });

    it("follows a finding number from the sources table to its finding, opened", async () => {
      const { page } = await open(browser, "copying-report-refs", formatHtml(copyingReport()));
      await page.click(`#source-${at("mytrip")} .finding-refs a`);
      expect(await page.$eval("#finding-0 details", (d) => (d as HTMLDetailsElement).open)).toBe(true);
      await page.close();
    });

    it("is readable in dark mode: bars and graph drawn in the dark palette", async () => {
      const { page } = await open(browser, "copying-report-dark", formatHtml(copyingReport()));
      const colours = () =>
        page.evaluate(() => ({
          bar: getComputedStyle(document.querySelector(".bar-fill")!).fill,
          track: getComputedStyle(document.querySelector(".bar-track")!).fill,
          label: getComputedStyle(document.querySelector(".copy-graph .node-label")!).fill,
          background: getComputedStyle(document.body).backgroundColor,
        }));
      await page.emulateMedia({ colorScheme: "light" });
      const light = await colours();
      await page.emulateMedia({ colorScheme: "dark" });
      const dark = await colours();
      expect(dark.background).not.toBe(light.background);
      expect(dark.label).not.toBe(light.label);
      expect(dark.bar).not.toBe(dark.track);
      await page.locator("section.sources").screenshot({ path: `${ARTIFACTS}copying-report-sources-dark.png` });
      await page.close();
    });

    it("prints every finding and the finding numbers, without the buttons", async () => {
      const { page } = await open(browser, "copying-report-print", formatHtml(copyingReport()));
      await page.click(`.copy-graph a.source-node[data-filter-sources="${at("mytrip")}"]`);
      await page.emulateMedia({ media: "print" });
      expect(await page.$$eval(".finding", (all) => all.every((f) => getComputedStyle(f).display !== "none"))).toBe(true);
      expect(await page.$$eval(".predicate-group", (all) => all.every((f) => getComputedStyle(f).display !== "none"))).toBe(true);
      expect(await page.$eval(".source-filter", (f) => getComputedStyle(f).display)).toBe("none");
      expect(await page.$$eval(".source-table button", (all) => all.every((b) => getComputedStyle(b).display === "none"))).toBe(true);
      expect(await page.$$eval(".finding-refs", (all) => all.every((r) => getComputedStyle(r).display !== "none"))).toBe(true);
      expect(await page.$eval(".copy-graph", (g) => getComputedStyle(g).display)).not.toBe("none");
      await page.close();
    });

    it("says there is no evidence for trust rather than drawing empty bars", async () => {
      const { page } = await open(browser, "untrusted-report", formatHtml(untrustedReport()));
      expect(await page.textContent(".no-trust")).toContain("too little evidence");
      expect(await page.$$(".source-table .bar")).toHaveLength(0);
      await page.close();
    });
  });
});
