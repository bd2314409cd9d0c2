import { describe, expect, it } from "vitest";
import { check, checkStream } from "../../src/engine/check.js";
import type { ConsensusEntry, Report } from "../../src/engine/types.js";
import { formatJson, formatJsonChunks, formatJsonStream, jsonPieces, reportParts, utf8Chunks } from "../../src/report/json.js";
import { formatNdjson, ndjsonPieces } from "../../src/report/ndjson.js";
import { corpusOf, fixture, minimalCorpus } from "../helpers.js";

/** A checked report, with consensus and source trust added by hand so the layout is tested apart from how they are learned. */
function withConsensus(report: Report): Report {
  const consensus: ConsensusEntry[] = [
    { subject: "paris-agreement", predicate: "signedOn", value: "2016-04-22", confidence: 0.94, claims: ["a1"], independentSources: 1 },
    { subject: "paris-agreement", predicate: "signedBy", value: ["John Kerry"], confidence: 0.5, claims: ["b1"], independentSources: 1, asOf: "2016" },
  ];
  const sources = report.sources.map((s, i) => (i === 0 ? { ...s, trust: 0.91, dependsOn: [{ source: "b", probability: 0.97 }] } : s));
  return { ...report, sources, consensus };
}

const report = withConsensus(check(corpusOf(minimalCorpus())));

describe("the JSON report", () => {
  it("has the contract's keys, consensus after the findings and the summary after the consensus", () => {
    const json = formatJson(report);
    expect(Object.keys(JSON.parse(json))).toEqual(["format", "sources", "findings", "consensus", "summary", "claims"]);
    expect(json.indexOf('"consensus"')).toBeGreaterThan(json.indexOf('"findings"'));
  });

  it("carries the consensus and each source's trust and dependence as they are", () => {
    const parsed = JSON.parse(formatJson(report)) as Report;
    expect(parsed.consensus).toEqual(report.consensus);
    expect(parsed.sources[0]).toEqual({ id: "a", outlet: "Outlet A", publishedAt: "2016-04-25", trust: 0.91, dependsOn: [{ source: "b", probability: 0.97 }] });
    expect(parsed.sources[1]).not.toHaveProperty("trust");
  });

  it("writes one source, finding, consensus entry or claim per line", () => {
    const lines = formatJson(report).split("\n");
    const records = lines.filter((l) => l.startsWith("    "));
    expect(records).toHaveLength(report.sources.length + report.findings.length + report.consensus.length + Object.keys(report.claims).length);
    expect(lines).toContain(`    ${JSON.stringify(report.consensus[1])}`);
  });

  it("writes an empty consensus as [] on the line that opens it", () => {
    expect(formatJson({ ...report, consensus: [] })).toContain(`"consensus": [],\n`);
  });

  it("gives the same bytes for the same report, whole, in chunks of any size, or streamed", () => {
    const corpus = corpusOf(fixture("paris-agreement.json"));
    const whole = formatJson(check(corpus));
    expect(formatJson(check(corpus))).toBe(whole);
    expect([...formatJsonChunks(check(corpus), 64)].join("")).toBe(whole);
    expect([...formatJsonStream(checkStream(corpus), 64)].join("")).toBe(whole);
    expect([...formatJsonStream(checkStream(corpus))].join("")).toBe(whole);
  });

  it("cuts large reports into chunks of about the size asked", () => {
    const chunks = [...formatJsonChunks(report, 100)];
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(100);
  });
});

describe("the report as UTF-8 bytes", () => {
  const decode = (chunks: Iterable<Uint8Array>) => Buffer.concat([...chunks].map((c) => Buffer.from(c))).toString("utf8");
  const pieces = ["{", "\"Qāsim al-ʿArajī\"", "😀", "x".repeat(50), "\u00e9", "}"];

  it("encodes every piece whole, whatever the chunk size, multi-byte letters and astral characters included", () => {
    for (const size of [1, 3, 4, 7, 64, 1 << 20]) expect(decode(utf8Chunks(pieces, size))).toBe(pieces.join(""));
  });

  it("gives chunks of at most the size asked for, or one piece too large for it alone", () => {
    const chunks = [...utf8Chunks(pieces, 16)].map((c) => Buffer.from(c));
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(c.length <= 16 || pieces.includes(c.toString("utf8"))).toBe(true);
    expect(chunks.map((c) => c.toString("utf8"))).toContain("x".repeat(50));
  });

  it("writes the JSON and NDJSON layouts byte for byte as their text", () => {
    const parts = reportParts(report);
    expect(decode(utf8Chunks(jsonPieces(parts), 100))).toBe(formatJson(report));
    expect(decode(utf8Chunks(ndjsonPieces(reportParts(report)), 100))).toBe(formatNdjson(report));
  });
});
