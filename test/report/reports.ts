/**
 * Reports built by hand for the format tests: large ones (one huge agreement,
 * many subjects) and ones carrying hostile strings in every corpus-derived
 * field. Building the report directly keeps these tests about the formats,
 * not the engine, and quick.
 */
import { readFileSync } from "node:fs";
import type { ConsensusEntry, Evidence, Finding, Report, ReportSource } from "../../src/engine/types.js";

export function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    source: "a",
    subject: "treaty",
    predicate: "signedOn",
    type: "date",
    outlet: "Outlet A",
    publishedAt: "2023-03-20",
    written: "March 19, 2023",
    resolved: "2023-03-19",
    quote: "signed on March 19, 2023",
    ...overrides,
  };
}

/** A finding, an agreement unless told otherwise (a discrepancy given no clusters gets none: the formats must cope). */
export function finding(overrides: Partial<Omit<Finding, "kind">> & { readonly kind?: Finding["kind"] } = {}): Finding {
  return {
    rule: "date-consistency",
    kind: "agreement",
    severity: "info",
    subject: "treaty",
    predicate: "signedOn",
    claims: [],
    message: "Outlet A and Outlet B agree on the signedOn of treaty: 2023-03-19.",
    messageId: "agree",
    data: {},
    clusters: [],
    ...overrides,
  } as Finding;
}

/** A report of the given findings; sources and claims as given, the summary counted. */
export function reportOf(parts: {
  readonly title?: string;
  readonly sources?: readonly ReportSource[];
  readonly findings: readonly Finding[];
  readonly claims: Readonly<Record<string, Evidence>>;
  readonly consensus?: readonly ConsensusEntry[];
}): Report {
  const sources = parts.sources ?? [
    { id: "a", outlet: "Outlet A", publishedAt: "2023-03-20" },
    { id: "b", outlet: "Outlet B", publishedAt: "2023-03-21" },
  ];
  const count = (kind: Finding["kind"]) => parts.findings.filter((f) => f.kind === kind).length;
  return {
    format: "corroborate-report/v1",
    ...(parts.title !== undefined ? { title: parts.title } : {}),
    summary: { sources: sources.length, claims: Object.keys(parts.claims).length, agreements: count("agreement"), discrepancies: count("discrepancy"), notes: count("note") },
    sources,
    findings: parts.findings,
    consensus: parts.consensus ?? [],
    claims: parts.claims,
  };
}

/** One agreement about one date, backed by `n` claims on days spread over a decade. */
export function hugeAgreement(n: number): Report {
  const claims: Record<string, Evidence> = {};
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `c${i}`;
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + (i % 12)).padStart(2, "0");
    claims[id] = evidence({ source: i % 2 === 0 ? "a" : "b", outlet: i % 2 === 0 ? "Outlet A" : "Outlet B", resolved: `${2015 + (i % 10)}-${month}-${day}` });
    ids.push(id);
  }
  return reportOf({ findings: [finding({ claims: ids, clusters: [{ value: "2023-03-19", claims: ids, independentSources: 2, sources: ["a", "b"] }] })], claims });
}

/** `n` subjects with one dated claim and one agreement each. */
export function manySubjects(n: number): Report {
  const claims: Record<string, Evidence> = {};
  const findings: Finding[] = [];
  for (let i = 0; i < n; i++) {
    claims[`c${i}`] = evidence({ subject: `subject-${i}` });
    findings.push(finding({ subject: `subject-${i}`, claims: [`c${i}`] }));
  }
  return reportOf({ findings, claims });
}

/**
 * Terminal commands, bidi overrides and Markdown/HTML markup, as a corpus
 * could put them in any string the report shows.
 */
export const PAYLOADS = {
  clearScreen: "\u001b[2J\u001b[H",
  title: "\u001b]0;pwned\u0007",
  clipboard: "\u001b]52;c;ZXZpbA==\u0007",
  cursorUp: "\u001b[1A\u001b[2K",
  c1: "\u009b31m",
  rtl: "\u202Enoisiv\u202C",
  forged: "\r✔ 0 discrepancies",
} as const;

const ALL = Object.values(PAYLOADS).join("");

/** A report whose every corpus-derived string carries every payload. */
export function hostileReport(): Report {
  const sources: ReportSource[] = [
    { id: `a${ALL}`, outlet: `Reuters${ALL}`, publishedAt: "2023-03-20", title: `T${ALL}`, url: `https://example.org/${ALL}`, note: `N${ALL}`, republishes: `b${ALL}` },
    { id: "b", outlet: `AP${PAYLOADS.rtl}`, publishedAt: null },
  ];
  const claims: Record<string, Evidence> = {
    [`c1${ALL}`]: evidence({
      source: `a${ALL}`,
      subject: `treaty${ALL}`,
      predicate: `signedOn${ALL}`,
      outlet: `Reuters${ALL}`,
      written: `March 19${ALL}`,
      resolved: `2023-03-19`,
      how: `read${ALL}`,
      asOf: "2023-03",
      attributedTo: `minister${ALL}`,
      quote: `signed on March 19${ALL}\n# Heading\r- item\u2028<b>bold</b>\u2029[link](https://evil.example)\r\n1. one`,
    }),
    c2: evidence({ source: "b", outlet: `AP${PAYLOADS.rtl}`, subject: `treaty${ALL}`, predicate: `signedOn${ALL}`, written: `2023-03-19`, resolved: "2023-03-19", quote: `quoted${PAYLOADS.forged}` }),
  };
  return reportOf({
    title: `Report${ALL}`,
    sources,
    findings: [
      finding({
        rule: `rule${ALL}`,
        kind: "discrepancy",
        severity: "warning",
        subject: `treaty${ALL}`,
        predicate: `signedOn${ALL}`,
        claims: Object.keys(claims),
        message: `Reuters${ALL} and AP disagree${PAYLOADS.forged}`,
        note: `note${ALL}`,
      }),
    ],
    claims,
  });
}

/** Characters a terminal obeys or that reorder text: C0 (but tab and line feed), DEL, C1, bidi controls, line separators. */
export const OBEYED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A report whose every corpus-derived string is one unbroken word of `length` characters. */
export function unbrokenReport(length: number): Report {
  const word = (prefix: string) => prefix + "W".repeat(length);
  const claims: Record<string, Evidence> = {
    [word("c")]: evidence({ source: word("s"), outlet: word("o"), subject: word("subject"), predicate: word("p"), written: word("w"), resolved: "2023-03-19", how: word("h"), attributedTo: word("m"), quote: word("q") }),
  };
  return reportOf({
    title: word("t"),
    sources: [{ id: word("s"), outlet: word("o"), publishedAt: "2023-03-20", title: word("t"), url: `https://example.org/${word("u")}`, note: word("n"), republishes: word("r") }],
    findings: [finding({ rule: word("r"), subject: word("subject"), predicate: word("p"), claims: Object.keys(claims), message: word("message"), note: word("n") })],
    claims,
  });
}

/** A hand-made report with consensus, trust and copying: two flights, seven sites, four of which copy one (test/fixtures/report/copying.json). */
export function copyingReport(): Report {
  return JSON.parse(readFileSync(new URL("../fixtures/report/copying.json", import.meta.url), "utf8")) as Report;
}

/** The same report as a corpus with no evidence for trust would give: no trust, no learned copies (a declared republication stays). */
export function untrustedReport(): Report {
  const report = copyingReport();
  return { ...report, sources: report.sources.map(({ trust: _trust, dependsOn: _dependsOn, ...s }) => s) };
}
