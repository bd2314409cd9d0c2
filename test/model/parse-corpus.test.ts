import { describe, expect, it } from "vitest";
import { fastValidate } from "../../src/model/fast-validate.js";
import { corpusJsonSchema, CORPUS_SCHEMA_ID } from "../../src/model/json-schema.js";
import { parseCorpus } from "../../src/model/parse-corpus.js";
import { CorpusSchema } from "../../src/model/schema.js";
import { ndjsonCorpusReader } from "../../src/model/stream-reader.js";
import { minimalCorpus } from "../helpers.js";

/** Apply a change to a fresh minimal corpus and return its problems as "path: message" lines. */
function problemsAfter(change: (c: any) => void): string[] {
  const corpus = minimalCorpus();
  change(corpus);
  const result = parseCorpus(corpus);
  if (result.ok) return [];
  return result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe("parseCorpus", () => {
  it("returns a typed, frozen corpus for a valid document", () => {
    const result = parseCorpus(minimalCorpus());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.corpus.claims).toHaveLength(2);
    expect(Object.isFrozen(result.corpus.claims[0])).toBe(true);
    expect(Object.isFrozen(result.corpus.claims[0]!.value)).toBe(true);
  });

  it("infers an undeclared predicate's type from its claims, with cardinality one", () => {
    const result = parseCorpus(minimalCorpus());
    expect(result.ok && result.corpus.predicates.signedBy).toEqual({ type: "entity", cardinality: "one", changesOverTime: false, declared: false });
  });

  it("fills a declared predicate's defaults", () => {
    const result = parseCorpus(minimalCorpus());
    expect(result.ok && result.corpus.predicates.signedOn).toEqual({ type: "date", cardinality: "one", changesOverTime: false, declared: true });
  });

  it("never throws, whatever it is given", () => {
    for (const input of [undefined, null, 0, "corpus", [], {}, { format: 1 }]) {
      const result = parseCorpus(input);
      expect(result.ok).toBe(false);
    }
  });

  it("reports a document that is not an object at the root", () => {
    const result = parseCorpus([]);
    expect(!result.ok && result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual(["(root): expected an object, got an array"]);
  });
});

describe("parseCorpus reports every problem with its JSON path", () => {
  it("an unknown top-level key, with a suggestion", () => {
    expect(problemsAfter((c) => (c.sorces = []))).toEqual(['sorces: unknown key "sorces" (did you mean "sources"?)']);
  });

  it("an unknown key inside a record", () => {
    expect(problemsAfter((c) => (c.claims[1].quotee = "x"))).toEqual(['claims[1].quotee: unknown key "quotee" (did you mean "quote"?)']);
  });

  it("a missing required key", () => {
    expect(problemsAfter((c) => delete c.claims[0].quote)).toEqual(['claims[0].quote: required key "quote" is missing']);
  });

  it("a wrong type, naming what it got", () => {
    expect(problemsAfter((c) => (c.sources[0].outlet = 3))).toEqual(["sources[0].outlet: expected a string, got the number 3"]);
  });

  it("an empty quote", () => {
    expect(problemsAfter((c) => (c.claims[0].quote = "  "))).toEqual(["claims[0].quote: a quote must not be empty"]);
  });

  it("the wrong format", () => {
    expect(problemsAfter((c) => (c.format = "corroborate/v2"))).toEqual(['format: format must be "corroborate/v1"']);
  });

  it("an impossible day", () => {
    expect(problemsAfter((c) => (c.claims[0].value.value = "2023-02-30"))).toEqual([
      'claims[0].value.value: "2023-02-30" is not a calendar date: 2023-02 has 28 days',
    ]);
  });

  it("an impossible month", () => {
    expect(problemsAfter((c) => (c.sources[0].publishedAt = "2023-13-01"))).toEqual([
      'sources[0].publishedAt: "2023-13-01" has no month 13 (months run 01 to 12)',
    ]);
  });

  it("a date that is not a partial ISO date", () => {
    expect(problemsAfter((c) => (c.claims[0].value.value = "19/03/2023"))).toEqual([
      'claims[0].value.value: "19/03/2023" is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it("a 29 February outside a leap year, but not inside one", () => {
    expect(problemsAfter((c) => (c.claims[0].value.value = "2023-02-29"))).toHaveLength(1);
    expect(problemsAfter((c) => (c.claims[0].value.value = "2024-02-29"))).toEqual([]);
  });

  it("a date value with both value and expr, or neither", () => {
    expect(problemsAfter((c) => (c.claims[0].value.expr = "on Friday"))).toEqual(['claims[0].value.expr: a date value has either "value" or "expr", not both']);
    expect(problemsAfter((c) => delete c.claims[0].value.value)).toEqual(['claims[0].value: a date value needs "value" (an ISO date) or "expr" (words)']);
  });

  it("an anchor on a date that has no expression", () => {
    expect(problemsAfter((c) => (c.claims[0].value.anchor = "2016"))).toEqual(['claims[0].value.anchor: "anchor" only applies to an "expr" date']);
  });

  it("an unknown value type", () => {
    expect(problemsAfter((c) => (c.claims[0].value = { type: "color", value: "red" }))).toEqual([
      'claims[0].value.type: a value is an object whose "type" is one of "date", "entity", "text", "number", "status", "datetime", "code", "names"',
    ]);
  });

  it("an unknown status", () => {
    expect(problemsAfter((c) => (c.claims[0].value = { type: "status", value: "done" }))).toEqual([
      'claims[0].value.type: the predicate "signedOn" is declared with type "date", but this value is a "status"',
      'claims[0].value.value: a status is one of "not-started", "in-progress", "complete"',
    ]);
  });

  it("an asOf that is not a date value", () => {
    expect(problemsAfter((c) => (c.claims[0].asOf = { type: "entity", value: "x" }))).toEqual([
      'claims[0].asOf.type: expected a date value ("type": "date")',
      'claims[0].asOf.value: "x" is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it("duplicate source ids", () => {
    expect(problemsAfter((c) => (c.sources[1].id = "a"))).toEqual([
      'claims[1].source: no source has the id "b"',
      'sources[1].id: duplicate source id "a" (already used by sources[0])',
    ]);
  });

  it("duplicate claim ids", () => {
    expect(problemsAfter((c) => (c.claims[1].id = "a1"))).toEqual(['claims[1].id: duplicate claim id "a1" (already used by claims[0])']);
  });

  it("a claim naming a source that does not exist, with a suggestion", () => {
    expect(problemsAfter((c) => (c.claims[0].source = "aa"))).toEqual(['claims[0].source: no source has the id "aa" (did you mean "a"?)']);
  });

  it("an entity alias used twice", () => {
    expect(problemsAfter((c) => c.entities.push({ id: "jk", names: ["john kerry"] }))).toEqual([
      'entities[1].names[0]: the name "john kerry" is already a name of entity "kerry"',
    ]);
  });

  it("a value whose type differs from its predicate's declared type", () => {
    expect(problemsAfter((c) => (c.claims[0].value = { type: "entity", value: "Paris" }))).toEqual([
      'claims[0].value.type: the predicate "signedOn" is declared with type "date", but this value is a "entity"',
    ]);
  });

  it("claims of an undeclared predicate that carry different types", () => {
    expect(
      problemsAfter((c) =>
        c.claims.push({ id: "b2", source: "b", subject: "paris-agreement", predicate: "signedBy", value: { type: "number", value: 2 }, quote: "two" }),
      ),
    ).toEqual([
      'claims[2].value.type: the predicate "signedBy" is not declared and its first claim (claims[1]) carries a "entity" value, but this value is a "number"',
    ]);
  });

  it("cross-record problems together with shape problems", () => {
    const problems = problemsAfter((c) => {
      c.claims[0].quote = "";
      c.claims[1].source = "nowhere";
      c.sources[1].id = "a";
    });
    expect(problems).toEqual([
      "claims[0].quote: a quote must not be empty",
      'claims[1].source: no source has the id "nowhere"',
      'sources[1].id: duplicate source id "a" (already used by sources[0])',
    ]);
  });

  it("several problems at once, in document order", () => {
    const problems = problemsAfter((c) => {
      c.claims[1].quote = "";
      c.sources[0].publishedAt = "2023-02-30";
      c.extra = true;
    });
    expect(problems.map((p) => p.split(":")[0])).toEqual(["claims[1].quote", "extra", "sources[0].publishedAt"]);
  });

  it("a key named __proto__, wherever it is", () => {
    const json = JSON.parse(
      '{"format":"corroborate/v1","sources":[],"claims":[],"predicates":{"__proto__":{"type":"date"}}}',
    );
    const result = parseCorpus(json);
    expect(!result.ok && result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['predicates.__proto__: the key "__proto__" is not allowed']);
  });
});

describe("prototype safety", () => {
  it("a corpus cannot pollute Object.prototype", () => {
    const json = JSON.parse(
      '{"__proto__":{"polluted":1},"format":"corroborate/v1","sources":[{"id":"a","outlet":"A","constructor":{"prototype":{"polluted":1}}}],"claims":[]}',
    );
    parseCorpus(json);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a predicate called constructor or toString is an ordinary predicate", () => {
    const corpus = minimalCorpus();
    (corpus.claims as any[]).push(
      { id: "c1", source: "a", subject: "s", predicate: "constructor", value: { type: "text", value: "x" }, quote: "x" },
      { id: "c2", source: "a", subject: "s", predicate: "toString", value: { type: "number", value: 1 }, quote: "1" },
    );
    const result = parseCorpus(corpus);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.corpus.predicates.constructor).toMatchObject({ type: "text", declared: false });
    expect(result.corpus.predicates.toString).toMatchObject({ type: "number", declared: false });
    expect(Object.getPrototypeOf(result.corpus.predicates)).toBeNull();
  });
});

describe("input that is not JSON data", () => {
  const messages = (input: unknown) => {
    const result = parseCorpus(input);
    return result.ok ? [] : result.problems.map((p) => `${p.code} ${p.path}: ${p.message}`);
  };

  it("a document that refers back to itself is a problem with its path, never a hang", () => {
    const doc = minimalCorpus();
    doc.self = doc;
    (doc.claims as any[])[1].value.loop = (doc.claims as any[])[1];
    expect(messages(doc)).toEqual([
      "circular_reference claims[1].value.loop: the value refers back to itself (it is claims[1], which contains it)",
      "circular_reference self: the value refers back to itself (it is (root), which contains it)",
    ]);
  });

  it("a value shared at every level of a deep nesting is walked once, not once per path", () => {
    // 80 levels, each holding the next twice: 2^80 paths to the bottom, 80 objects.
    let shared: unknown = { bottom: true };
    for (let i = 0; i < 80; i++) shared = { left: shared, right: shared };
    const doc = { ...minimalCorpus(), extra: shared };
    expect(messages(doc)).toEqual(['unknown_key extra: unknown key "extra"']);
  });

  it("a list with holes, however long, is reported at once", () => {
    const claims: unknown[] = [];
    claims.length = 2 ** 32 - 1;
    expect(messages({ ...minimalCorpus(), claims })).toEqual(["invalid_value claims[4294967294]: the list has a hole here (it is not a JSON list)"]);
  });

  it("a getter that throws, or a revoked proxy, is a problem, not an exception", () => {
    const trap = Object.defineProperty(minimalCorpus(), "claims", {
      enumerable: true,
      get() {
        throw new RangeError("secret detail");
      },
    });
    const { proxy, revoke } = Proxy.revocable(minimalCorpus(), {});
    revoke();
    for (const input of [trap, proxy]) {
      const [message] = messages(input);
      expect(message).toMatch(/^invalid_value \(root\): the document could not be read \(reading it threw \w+\)/);
      expect(message).not.toContain("secret");
    }
  });

  it("an integer beyond 2^53 - 1 in a number value is a problem, in a claim's value or a qualifier", () => {
    const doc = minimalCorpus() as any;
    doc.claims.push({ id: "n1", source: "a", subject: "s", predicate: "count", value: { type: "number", value: 2 ** 53 }, quote: "q" });
    doc.claims.push({ id: "n2", source: "a", subject: "s", predicate: "count", value: { type: "number", value: 1.5 }, quote: "q", qualifiers: { of: { type: "number", value: -(2 ** 60) } } });
    expect(messages(doc)).toEqual([
      "imprecise_number claims[2].value.value: the number 9007199254740992 is beyond ±9007199254740991, where numbers lose precision; write it as a code value, or in a larger unit",
      "imprecise_number claims[3].qualifiers.of.value: the number -1152921504606847000 is beyond ±9007199254740991, where numbers lose precision; write it as a code value, or in a larger unit",
    ]);
    doc.claims[2].value.value = 9007199254740991;
    doc.claims[3].qualifiers.of.value = 6.5e15;
    expect(messages(doc)).toEqual([]);
  });
});

describe("a top-level $schema, for editors", () => {
  const withSchema = (schema: unknown) => ({ $schema: schema, ...minimalCorpus() });

  it("is accepted as a string, by the fast path and by the schema alike, and the corpus does not carry it", () => {
    const doc = withSchema(CORPUS_SCHEMA_ID);
    expect(fastValidate(doc)).toBe(true);
    expect(CorpusSchema.safeParse(doc).success).toBe(true);
    const result = parseCorpus(doc);
    expect(result.ok && Object.keys(result.corpus)).not.toContain("$schema");
    // The slow path too: a document the fast path leaves to zod (an unknown key elsewhere) is not faulted for its $schema.
    const slow = parseCorpus({ ...doc, sorces: [] });
    expect(!slow.ok && slow.problems.map((p) => p.path)).toEqual(["sorces"]);
  });

  it("is a string or nothing", () => {
    const result = parseCorpus(withSchema(1));
    expect(!result.ok && result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual(["$schema: expected a string, got the number 1"]);
  });

  it("is read from an NDJSON corpus record too", () => {
    const reader = ndjsonCorpusReader();
    reader.push(`{"corpus":{"$schema":"${CORPUS_SCHEMA_ID}","format":"corroborate/v1"}}\n{"source":{"id":"a","outlet":"A"}}\n`);
    const read = reader.end();
    expect(read.ok && parseCorpus(read.document).ok).toBe(true);
  });

  it("is in the shipped JSON Schema's properties", () => {
    expect((corpusJsonSchema() as { properties: Record<string, unknown> }).properties.$schema).toMatchObject({ type: "string" });
  });
});
