/**
 * What a RuleTester case expects of a finding, how a finding is compared with
 * it, and how a fixture folder's `findings.json` is read and written.
 */
import type { Cluster, Finding, FindingKind, Severity } from "../engine/types.js";

/** A cluster's agreed value: an ISO date or date-time, a name, a number, a text, a status, a code, or a list of names. */
export type ClusterValue = Cluster["value"];

/** A cluster a case expects: its value, and optionally its claims and independent sources. */
export interface ExpectedCluster {
  readonly value: ClusterValue;
  /** Claim ids, in corpus order. */
  readonly claims?: readonly string[];
  readonly independentSources?: number;
}

/**
 * A finding a case expects. `messageId` and `claims` are always checked; every
 * other field only when given: a field left out is not checked.
 */
export interface ExpectedFinding<MessageIds extends string = string> {
  readonly messageId: MessageIds;
  /** The claim ids, in corpus order. */
  readonly claims: readonly string[];
  readonly kind?: FindingKind;
  readonly severity?: Severity;
  /** The message exactly, or a pattern it must match. */
  readonly message?: string | RegExp;
  readonly subject?: string | null;
  readonly predicate?: string | null;
  /** The note exactly, or a pattern it must match (a finding without a note fails either). */
  readonly note?: string | RegExp;
  /** The documentation link the finding carries (its rule's `meta.docsUrl`). */
  readonly url?: string;
  /** Checked key by key: every key given must equal the finding's; keys left out are not checked. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** The clusters in order: each a value, or `{ value, claims?, independentSources? }` to check more of it. */
  readonly clusters?: readonly (ClusterValue | ExpectedCluster)[];
}

const show = (value: unknown): string => (value instanceof RegExp ? String(value) : JSON.stringify(value) ?? "undefined");
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Whether text is exactly a string, or matches a pattern (whatever its flags: `search` ignores `lastIndex`). */
function fits(text: string | undefined, wanted: string | RegExp): boolean {
  if (text === undefined) return false;
  return typeof wanted === "string" ? text === wanted : text.search(wanted) !== -1;
}

function isExpectedCluster(c: ClusterValue | ExpectedCluster): c is ExpectedCluster {
  return typeof c === "object" && !Array.isArray(c);
}

/**
 * How a finding differs from what a case expects, one line per field; empty when it matches.
 *
 * @example
 * ```ts
 * findingDifferences(finding, { messageId: "conflict", claims: ["a1", "b1"], clusters: ["2016-04-22", "2015-12"] });
 * // ['clusters[1].value: expected "2015-12", got "2016"']
 * ```
 * @internal
 */
export function findingDifferences(f: Finding, e: ExpectedFinding): string[] {
  const out: string[] = [];
  const check = (field: string, actual: unknown, wanted: unknown) => {
    if (!same(actual, wanted)) out.push(`${field}: expected ${show(wanted)}, got ${show(actual)}`);
  };
  check("messageId", f.messageId, e.messageId);
  check("claims", f.claims, e.claims);
  if (e.kind !== undefined) check("kind", f.kind, e.kind);
  if (e.severity !== undefined) check("severity", f.severity, e.severity);
  if (e.message !== undefined && !fits(f.message, e.message)) out.push(`message: expected ${show(e.message)}, got ${show(f.message)}`);
  if (e.subject !== undefined) check("subject", f.subject, e.subject);
  if (e.predicate !== undefined) check("predicate", f.predicate, e.predicate);
  if (e.note !== undefined && !fits(f.note, e.note)) out.push(`note: expected ${show(e.note)}, got ${show(f.note)}`);
  if (e.url !== undefined) check("url", f.url, e.url);
  for (const [key, value] of Object.entries(e.data ?? {})) check(`data.${key}`, f.data[key], value);
  if (e.clusters !== undefined) {
    const actual = f.clusters ?? [];
    if (actual.length !== e.clusters.length) {
      out.push(`clusters: expected ${e.clusters.length} (${show(e.clusters.map((c) => (isExpectedCluster(c) ? c.value : c)))}), got ${actual.length} (${show(actual.map((c) => c.value))})`);
    } else {
      e.clusters.forEach((wanted, i) => {
        const got = actual[i]!;
        const spec = isExpectedCluster(wanted) ? wanted : { value: wanted };
        check(`clusters[${i}].value`, got.value, spec.value);
        if (spec.claims !== undefined) check(`clusters[${i}].claims`, got.claims, spec.claims);
        if (spec.independentSources !== undefined) check(`clusters[${i}].independentSources`, got.independentSources, spec.independentSources);
      });
    }
  }
  return out;
}

/**
 * A finding as a fixture's `findings.json` records it: everything a reader of
 * the diff needs, and nothing that is the same for every finding of the rule
 * (its `url`).
 *
 * @internal
 */
export function toExpected(f: Finding): ExpectedFinding {
  return {
    messageId: f.messageId,
    kind: f.kind,
    severity: f.severity,
    subject: f.subject,
    predicate: f.predicate,
    claims: f.claims,
    message: f.message,
    data: f.data,
    ...(f.clusters && { clusters: f.clusters.map((c) => ({ value: c.value, claims: c.claims, independentSources: c.independentSources })) }),
    ...(f.note !== undefined && { note: f.note }),
  };
}

const KINDS: readonly unknown[] = ["agreement", "discrepancy", "note"];
const SEVERITIES: readonly unknown[] = ["info", "warning", "error"];
const FIELDS = new Set(["messageId", "claims", "kind", "severity", "message", "subject", "predicate", "note", "url", "data", "clusters"]);

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const isClusterValue = (v: unknown): boolean => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)) || isStringArray(v);

/**
 * Read the expected findings of a fixture folder (the parsed `findings.json`),
 * strictly: an unknown field is a typo, not a field that goes unchecked.
 *
 * @internal
 */
export function readExpected(json: unknown): { readonly ok: true; readonly findings: ExpectedFinding[] } | { readonly ok: false; readonly problems: string[] } {
  if (!Array.isArray(json)) return { ok: false, problems: ["expected an array of findings"] };
  const problems: string[] = [];
  json.forEach((item: unknown, i) => {
    const at = (field: string, what: string) => problems.push(`[${i}]${field === "" ? "" : `.${field}`}: ${what}`);
    if (!isRecord(item)) return at("", "a finding is an object");
    for (const key of Object.keys(item)) if (!FIELDS.has(key)) at(key, `unknown field (the fields are ${[...FIELDS].join(", ")})`);
    if (typeof item.messageId !== "string") at("messageId", "required, a string");
    if (!isStringArray(item.claims)) at("claims", "required, an array of claim ids");
    if (item.kind !== undefined && !KINDS.includes(item.kind)) at("kind", "agreement, discrepancy or note");
    if (item.severity !== undefined && !SEVERITIES.includes(item.severity)) at("severity", "info, warning or error");
    for (const field of ["message", "note", "url"] as const) if (item[field] !== undefined && typeof item[field] !== "string") at(field, "a string");
    for (const field of ["subject", "predicate"] as const) if (item[field] !== undefined && item[field] !== null && typeof item[field] !== "string") at(field, "a string or null");
    if (item.data !== undefined && !(isRecord(item.data) && Object.values(item.data).every((v) => typeof v === "string" || typeof v === "number"))) {
      at("data", "an object of strings and numbers");
    }
    if (item.clusters !== undefined) {
      const ok =
        Array.isArray(item.clusters) &&
        item.clusters.every(
          (c: unknown) =>
            isClusterValue(c) ||
            (isRecord(c) &&
              isClusterValue(c.value) &&
              Object.keys(c).every((k) => k === "value" || k === "claims" || k === "independentSources") &&
              (c.claims === undefined || isStringArray(c.claims)) &&
              (c.independentSources === undefined || typeof c.independentSources === "number")),
        );
      if (!ok) at("clusters", "an array of values or { value, claims?, independentSources? }");
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, findings: json as ExpectedFinding[] };
}
