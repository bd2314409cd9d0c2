import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/report/json.js";
import { formatMarkdown } from "../../src/report/markdown.js";
import { formatText } from "../../src/report/text.js";
import { bundledReport, ROOT } from "../helpers.js";

const report = bundledReport();
const GOLDEN = `${ROOT}test/fixtures/golden/`;

/**
 * Golden files pin the whole report of the bundled corpus: any change to it is a
 * reviewed change. Regenerate with `UPDATE_GOLDEN=1 npm test` and read the diff.
 */
function golden(name: string, actual: string): void {
  const path = GOLDEN + name;
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`${name} is missing: run UPDATE_GOLDEN=1 npm test and review it`);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("the report of the bundled corpus", () => {
  it("is pinned as JSON", () => golden("bundled-report.json", formatJson(report)));
  it("is pinned as text", () => golden("bundled-report.txt", formatText(report)));
  it("is pinned as Markdown", () => golden("bundled-report.md", formatMarkdown(report)));

  const find = (rule: string, predicate: string, messageId?: string) =>
    report.findings.filter((f) => f.rule === rule && f.predicate === predicate && (messageId === undefined || f.messageId === messageId));

  it("finds one agreement on the signing date and no discrepancy about it", () => {
    const signing = report.findings.filter((f) => f.predicate === "signedOn");
    expect(signing.filter((f) => f.kind === "discrepancy")).toEqual([]);
    const [agreement] = find("date-consistency", "signedOn");
    expect(agreement).toMatchObject({ kind: "agreement", clusters: [{ value: "2023-03-19", independentSources: 5 }] });
    expect(agreement!.message).toMatch(/^The signedOn of border-security-agreement: 2023-03-19, as .* agree\.$/);
    expect(agreement!.note).toContain("give only the month: they agree at month precision");
    const relative = signing.filter((f) => f.rule === "relative-date").map((f) => f.data.expr);
    expect(relative).toEqual(expect.arrayContaining(["March last year", "in March", "on Sunday"]));
  });

  it("agrees on the deadline's date and flags its framing between Tasnim and the Tehran Times", () => {
    expect(find("date-consistency", "implementationDeadline")[0]).toMatchObject({ kind: "agreement", clusters: [{ value: "2023-09-19" }] });
    const [framing] = find("framing-conflict", "implementationDeadline");
    expect(framing).toMatchObject({ kind: "discrepancy", claims: ["tasnim-deadline", "tehran-times-deadline"] });
    expect(framing!.message).toContain("setBy: Tasnim News Agency 'Iran' vs Tehran Times 'Iraqi government'");
  });

  it("reports the 23 September completion as late, single-source and contested", () => {
    expect(find("status-timeline", "implementationStatus", "lateCompletion")[0]?.data).toMatchObject({ days: 4, deadline: "2023-09-19", completeAt: "2023-09-23" });
    expect(find("single-source", "implementationStatus").find((f) => f.claims.includes("tehran-times-status-complete"))?.message).toContain(
      "attributed to Iraqi Foreign Minister Fuad Hussein",
    );
    const [contested] = find("status-timeline", "implementationStatus", "contested");
    expect(contested!.data.laterBy).toBe("MENAFN (2024-09-11) and Xinhua (run by China Daily) (2024-11-12)");
  });

  it("sees two foreign ministers at two times as a change, not a discrepancy", () => {
    const fm = report.findings.filter((f) => f.subject === "iran" && f.predicate === "foreignMinister");
    expect(fm.filter((f) => f.kind === "discrepancy")).toEqual([]);
    expect(fm.find((f) => f.messageId === "changed")?.clusters?.map((c) => c.value)).toEqual(["hossein-amir-abdollahian", "abbas-araghchi"]);
  });

  it("sees every spelling of al-Sudani as one person", () => {
    const [pm] = find("entity-consistency", "primeMinister");
    expect(pm).toMatchObject({ kind: "agreement", clusters: [{ value: "mohammed-shia-al-sudani", independentSources: 3 }] });
  });

  it("has exactly the discrepancies a reader should look at", () => {
    expect(report.findings.filter((f) => f.kind === "discrepancy").map((f) => `${f.rule} ${f.predicate}`)).toEqual([
      "framing-conflict implementationDeadline",
      "text-consistency groupsRelocatedTo",
      "status-timeline implementationStatus",
    ]);
  });
});
