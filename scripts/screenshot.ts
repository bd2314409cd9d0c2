/**
 * Renders the HTML report of the bundled corpus in headless Chromium and saves
 * the top of it as data/report-screenshot.png, the picture in the README:
 *   npm run screenshot
 * Needs Debian's chromium (apt-get install -y chromium) or CHROMIUM_PATH.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { check, formatHtml, parseCorpus } from "../src/index.js";

const parsed = parseCorpus(JSON.parse(readFileSync("data/iran-iraq-border-security-2023.json", "utf8")));
if (!parsed.ok) throw new Error("the bundled corpus is invalid: run npm test");
const page = join(tmpdir(), "corroborate-report.html");
writeFileSync(page, formatHtml(check(parsed.corpus)));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const tab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await tab.goto(pathToFileURL(page).href);
// Open the first discrepancy, as a reader following a red mark would.
await tab.click(".finding.discrepancy summary");
await tab.evaluate("window.scrollTo(0, 0)");
await tab.screenshot({ path: "data/report-screenshot.png" });
await browser.close();
console.log("wrote data/report-screenshot.png");
