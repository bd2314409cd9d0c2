import { describe, expect, it } from "vitest";
import { check, checkStream } from "../../src/engine/check.js";
import type { ConsensusEntry, Report } from "../../src/engine/types.js";
import { formatReport, formatReportChunks } from "../../src/report/index.js";
import { formatJson } from "../../src/report/json.js";
import { formatNdjson, formatNdjsonChunks, formatNdjsonStream } from "../../src/report/ndjson.js";
import { corpusOf, fixture, minimalCorpus } from "../helpers.js";

const consensus: ConsensusEntry[] = [
  { subject: "paris-agreement", predicate: "signedOn", value: "2016-04-22", confidence: 0.94, claims: ["a1"], independentSources: 1 },
];
const checked = check(corpusOf(minimalCorpus()));
const report: Report = { ...checked, title: "A title", consensus, sources: checked.sources.map((s) => ({ ...s, trust: 0.5 })) };

const records = (text: string) => text.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

/** The JSON layout's document, rebuilt from NDJSON lines. */
function asJson(text: string): unknown {
  const out: Record<string, unknown> = { sources: [], findings: [], consensus: [], claims: {} };
  for (const record of records(text)) {
    const [tag, body] = Object.entries(record)[0]! as [string, Record<string, unknown>];
    if (tag === "report") Object.assign(out, body);
    else if (tag === "summary") out.summary = body;
    else if (tag === "claim") {
      const { id, ...evidence } = body;
      (out.claims as Record<string, unknown>)[id as string] = evidence;
    } else (out[tag === "consensus" ? "consensus" : `${tag}s`] as unknown[]).push(body);
  }
  return out;
}

describe("the NDJSON report", () => {
  it("is one object a line, each tagged by its only key", () => {
    for (const record of records(formatNdjson(report))) expect(Object.keys(record)).toHaveLength(1);
  });

  it("opens with the report line and its sources, then findings, consensus and claims, and ends with the summary", () => {
    const tags = records(formatNdjson(report)).map((r) => Object.keys(r)[0]);
    const runs = tags.filter((tag, i) => tag !== tags[i - 1]);
    expect(runs).toEqual(["report", "source", "finding", "consensus", "claim", "summary"]);
    expect(tags.filter((t) => t === "finding")).toHaveLength(report.findings.length);
    expect(tags.filter((t) => t === "claim")).toHaveLength(Object.keys(report.claims).length);
  });

  it("carries the same content as the JSON report", () => {
    expect(asJson(formatNdjson(report))).toEqual(JSON.parse(formatJson(report)));
  });

  it("puts each claim's id in its line", () => {
    const claims = records(formatNdjson(report)).filter((r) => "claim" in r).map((r) => r.claim as Record<string, unknown>);
    expect(claims.map((c) => c.id)).toEqual(Object.keys(report.claims));
    expect(claims[0]).toMatchObject({ id: "a1", source: "a", resolved: "2016-04-22" });
  });

  it("gives the same bytes whole, in chunks, and streamed from checkStream", () => {
    const corpus = corpusOf(fixture("paris-agreement.json"));
    const whole = formatNdjson(check(corpus));
    expect([...formatNdjsonChunks(check(corpus), 50)].join("")).toBe(whole);
    expect([...formatNdjsonStream(checkStream(corpus), 50)].join("")).toBe(whole);
    expect(formatReport(check(corpus), "ndjson")).toBe(whole);
    expect([...formatReportChunks(check(corpus), "ndjson")].join("")).toBe(whole);
  });

  it("reads a stream's findings once, as it writes them", () => {
    const stream = checkStream(corpusOf(fixture("paris-agreement.json")));
    const chunks = formatNdjsonStream(stream, 1);
    const first = chunks.next().value as string;
    expect(first.startsWith('{"report":')).toBe(true);
    // Before the findings have been read, the stream cannot know its summary.
    expect(() => stream.summary()).toThrow();
    expect([...chunks].at(-1)!.startsWith('{"summary":')).toBe(true);
  });
});
