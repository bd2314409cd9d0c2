import { describe, expect, it } from "vitest";
import { copyGroups, sourceLinks } from "../../src/report/source-links.js";
import { copyingReport, reportOf, untrustedReport } from "./reports.js";

const ids = (report: ReturnType<typeof copyingReport>, list: readonly number[]) => list.map((i) => report.sources[i]!.id);

describe("sourceLinks: the findings each source decides", () => {
  it("links a source to the findings whose clusters hold its claims, and nothing else", () => {
    const report = copyingReport();
    const links = sourceLinks(report);
    // MyTrip gives only the first flight's departure; the note about the gate has no clusters.
    expect(links.sourcesOf.map((list) => ids(report, list))).toEqual([
      ["aa", "panynj", "flightview", "travelocity", "orbitz", "mytrip", "gofly"],
      ["aa", "panynj", "flightview", "travelocity", "orbitz", "gofly"],
      [],
    ]);
    expect(links.findingsOf[report.sources.findIndex((s) => s.id === "flightview")]).toEqual([0, 1]);
    expect(links.findingsOf[report.sources.findIndex((s) => s.id === "mytrip")]).toEqual([0]);
    expect(links.findingsOf[report.sources.findIndex((s) => s.id === "weather")]).toEqual([]);
  });
});

describe("copyGroups: who copies whom", () => {
  it("joins sources that copy one another, directly or through others, into groups", () => {
    const report = copyingReport();
    const { groups, independent } = copyGroups(report);
    expect(groups.map((g) => ids(report, g.members))).toEqual([
      ["panynj", "gofly"],
      ["flightview", "travelocity", "orbitz", "mytrip"],
    ]);
    expect(ids(report, independent)).toEqual(["aa", "weather"]);
  });

  it("keeps each copy's direction and probability; a declared one has none", () => {
    const report = copyingReport();
    const edges = copyGroups(report).groups.flatMap((g) => g.edges.map((e) => `${report.sources[e.copier]!.id}→${report.sources[e.original]!.id} ${e.probability}`));
    expect(edges).toEqual(["gofly→panynj null", "travelocity→flightview 0.97", "orbitz→flightview 0.95", "mytrip→flightview 0.9", "mytrip→orbitz 0.41"]);
  });

  it("reads a declared copy by source id or by outlet, and leaves out one that names neither", () => {
    const report = reportOf({
      sources: [
        { id: "a", outlet: "Reuters", publishedAt: null },
        { id: "b", outlet: "Daily", publishedAt: null, republishes: "Reuters" },
        { id: "c", outlet: "Weekly", publishedAt: null, republishes: "nobody we know" },
        { id: "d", outlet: "Other", publishedAt: null, republishes: "d" },
      ],
      findings: [],
      claims: {},
    });
    const { groups, independent } = copyGroups(report);
    expect(groups.map((g) => g.members)).toEqual([[0, 1]]);
    expect(independent).toEqual([2, 3]);
  });

  it("finds no learned copies when the corpus gave no evidence, only the declared one", () => {
    const report = untrustedReport();
    expect(copyGroups(report).groups.map((g) => ids(report, g.members))).toEqual([["panynj", "gofly"]]);
  });

  it("does not depend on the order in which copies are listed", () => {
    const report = copyingReport();
    const reversed = { ...report, sources: report.sources.map((s) => (s.dependsOn ? { ...s, dependsOn: [...s.dependsOn].reverse() } : s)) };
    expect(copyGroups(reversed).groups.map((g) => g.members)).toEqual(copyGroups(report).groups.map((g) => g.members));
  });
});
