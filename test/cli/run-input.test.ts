/** runCli: where the corpus comes from (files, standard input, NDJSON) and how the report points back at it. */
import { describe, expect, it } from "vitest";
import { MAX_PROBLEM_LINES } from "../../src/cli/run.js";
import { agreeing, conflicting, lines, run } from "./harness.js";

const parse = (stdout: string) => JSON.parse(stdout) as { summary: { discrepancies: number; sources: number; claims: number }; findings: { kind: string; severity: string; rule: string }[] };

describe("standard input", () => {
  it("is read for the file argument -, as JSON", async () => {
    const { status, stdout } = await run(["check", "-", "--format", "json"], { stdin: conflicting });
    expect(status).toBe(1);
    expect(parse(stdout).summary.claims).toBe(3);
  });

  it("is read as NDJSON when its first line is a tagged record", async () => {
    const stdin = ['{"corpus":{"format":"corroborate/v1"}}', '{"source":{"id":"a","outlet":"A"}}'].join("\n");
    const { status, stdout } = await run(["check", "-"], { stdin });
    expect(status).toBe(0);
    expect(parse(stdout).summary.sources).toBe(1);
  });

  it("is checked together with files", async () => {
    const other = JSON.stringify({ format: "corroborate/v1", sources: [{ id: "z", outlet: "Z" }], claims: [] });
    expect(parse((await run(["check", "a.json", "-"], { files: { "a.json": agreeing }, stdin: other })).stdout).summary.sources).toBe(3);
  });

  it("is named <stdin> in problems", async () => {
    const { status, stderr } = await run(["check", "-"], { stdin: '{"format": "corroborate/v1", "sources": [], "claims": [], "sorces": []}' });
    expect(status).toBe(2);
    expect(lines(stderr)).toEqual(['<stdin>: sorces: unknown key "sorces" (did you mean "sources"?)']);
  });

  it("is read once only", async () => {
    expect((await run(["check", "-", "-"], { stdin: agreeing })).stderr).toBe("corroborate: standard input ('-') can be read only once\n");
  });

  it("that cannot be read is one line", async () => {
    const io = { readStdin: () => { throw Object.assign(new Error("EIO"), { code: "EIO" }); } };
    expect((await run(["check", "-"], { io })).stderr).toBe("<stdin>: cannot read standard input: input/output error\n");
  });
});

describe("input that is not UTF-8", () => {
  const latin1 = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));
  const corpus = latin1('{"format": "corroborate/v1", "title": "Caf\u00e9",\n "sources": [], "claims": []}');
  const said = "line 1, column 43: not UTF-8 (byte 0xE9); save the file as UTF-8";

  it.each([
    ["a JSON file", ["check", "l.json"], `l.json: ${said}`],
    ["standard input", ["check", "-"], `<stdin>: ${said}`],
    ["one of several files", ["check", "a.json", "l.json"], `l.json: ${said}`],
  ])("%s is one problem with the byte's line and column, never its text", async (_, argv, line) => {
    const { status, stdout, stderr } = await run(argv, { files: { "l.json": corpus, "a.json": new TextEncoder().encode(agreeing) }, stdin: corpus });
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(lines(stderr)).toEqual([line]);
  });

  it("an NDJSON file names the line of the record", async () => {
    const ndjson = latin1('{"corpus":{"format":"corroborate/v1"}}\n{"source":{"id":"a","outlet":"Caf\u00e9"}}\n');
    const { status, stderr } = await run(["check", "l.ndjson"], { files: { "l.ndjson": ndjson } });
    expect(status).toBe(2);
    expect(lines(stderr)).toEqual(["l.ndjson: line 2, column 34: not UTF-8 (byte 0xE9); save the file as UTF-8"]);
  });

  it("a config file too", async () => {
    const { status, stderr } = await run(["check", "a.json", "--config", "rules.json"], { files: { "a.json": agreeing, "rules.json": latin1('{"rules": {"caf\u00e9": "off"}}') } });
    expect(status).toBe(2);
    expect(lines(stderr)).toEqual(["rules.json: line 1, column 16: not UTF-8 (byte 0xE9); save the file as UTF-8"]);
  });

  it("UTF-8 bytes, with a byte order mark, are read as their text", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(conflicting.replace('"format"', '"title": "Mosul – al-Araji €", "format"'))]);
    const { status, stdout } = await run(["check", "a.json", "--format", "json"], { files: { "a.json": bytes } });
    expect(status).toBe(1);
    expect(parse(stdout).summary.claims).toBe(3);
  });
});

describe("NDJSON input", () => {
  const ndjson = [
    '{"corpus":{"format":"corroborate/v1"}}',
    '{"source":{"id":"a","outlet":"A","publishedAt":"2016-04-25"}}',
    '{"claim":{"id":"a1","source":"a","subject":"s","predicate":"signedOn","value":{"type":"date","value":"2016-04-22"},"quote":"q"}}',
    '{"claim":{"id":"a2","source":"zzz","subject":"s","predicate":"signedOn","value":{"type":"date","value":"2016-02-30"},"quote":"q"}}',
  ].join("\n");

  it("is read from a .ndjson file and checked like JSON", async () => {
    const good = ndjson.split("\n").slice(0, 3).join("\n");
    const { status, stdout } = await run(["check", "c.ndjson", "--format", "json"], { files: { "c.ndjson": good } });
    expect(status).toBe(0);
    expect(parse(stdout).summary.claims).toBe(1);
  });

  it("names lines instead of array indices in its problems", async () => {
    const { status, stderr } = await run(["check", "c.ndjson"], { files: { "c.ndjson": ndjson } });
    expect(status).toBe(2);
    expect(lines(stderr)).toEqual([
      'c.ndjson: line 4: claim.source: no source has the id "zzz"',
      'c.ndjson: line 4: claim.value.value: "2016-02-30" is not a calendar date: 2016-02 has 29 days',
    ]);
  });
  it("names the right file and line when several files are checked together", async () => {
    const first = ['{"corpus":{"format":"corroborate/v1"}}', '{"source":{"id":"a","outlet":"A"}}', '{"claim":{"id":"a1","source":"a","subject":"s","predicate":"p","value":{"type":"date","value":"2016"},"quote":"q"}}'].join("\n");
    const second = ['{"corpus":{"format":"corroborate/v1"}}', "", '{"source":{"id":"b","outlet":"B"}}', '{"claim":{"id":"a1","source":"b","subject":"s","predicate":"p","value":{"type":"date","value":"2016"},"quote":"q"}}'].join("\n");
    const duplicate = await run(["check", "a.ndjson", "b.ndjson"], { files: { "a.ndjson": first, "b.ndjson": second } });
    expect(duplicate.status).toBe(2);
    expect(lines(duplicate.stderr)).toEqual([expect.stringMatching(/^b\.ndjson: line 4: claim\.id: .*"a1".*line 3 of a\.ndjson/)]);
    const missing = await run(["check", "a.ndjson", "b.ndjson"], { files: { "a.ndjson": first, "b.ndjson": `${second.replace('"a1","source":"b"', '"b1","source":"zzz"')}` } });
    expect(lines(missing.stderr)).toEqual(['b.ndjson: line 4: claim.source: no source has the id "zzz"']);
  });
});

describe("where each claim came from", () => {
  const claim = (id: string, source: string) =>
    JSON.stringify({ id, source, subject: "s", predicate: "signedOn", value: { type: "date", value: "2016" }, quote: "q" });
  const json = ['{"format": "corroborate/v1",', '"sources": [{"id": "a", "outlet": "A"}],', '"claims": [', `${claim("a1", "a")},`, claim("a2", "a"), "]}"].join("\n");
  const ndjson = ['{"corpus": {"format": "corroborate/v1"}}', '{"source": {"id": "b", "outlet": "B"}}', "", `{"claim": ${claim("b1", "b")}}`].join("\n");
  const evidence = (stdout: string) => (JSON.parse(stdout) as { claims: Record<string, { file?: string; line?: number }> }).claims;

  it("is in the report: the file and the line its record starts on, for JSON and NDJSON alike", async () => {
    const { stdout } = await run(["check", "a.json", "b.ndjson"], { files: { "a.json": json, "b.ndjson": ndjson } });
    expect(Object.fromEntries(Object.entries(evidence(stdout)).map(([id, e]) => [id, [e.file, e.line]]))).toEqual({
      a1: ["a.json", 4],
      a2: ["a.json", 5],
      b1: ["b.ndjson", 4],
    });
  });

  it("names standard input <stdin>", async () => {
    const { stdout } = await run(["check", "-"], { stdin: ndjson });
    expect(evidence(stdout).b1).toMatchObject({ file: "<stdin>", line: 4 });
  });

  it("is in the NDJSON report's claim lines too", async () => {
    const { stdout } = await run(["check", "b.ndjson", "--format", "ndjson"], { files: { "b.ndjson": ndjson } });
    const claims = lines(stdout).map((l) => JSON.parse(l) as { claim?: object }).filter((r) => r.claim);
    expect(claims).toEqual([{ claim: expect.objectContaining({ id: "b1", file: "b.ndjson", line: 4 }) }]);
  });
});

describe("every problem at once", () => {
  const big = (corpus: any) => JSON.stringify(corpus, null, 1).replace(/"value": 1(\d)\b/g, '"value": 900719925474099$1');
  function withEveryProblem() {
    const c = JSON.parse(conflicting);
    c.claims[0].predicate = c.claims[1].predicate = "casualties";
    c.claims[0].value = { type: "number", value: 13 };
    c.claims[1].value = { type: "number", value: 15 };
    c.claims[1].colour = "red";
    c.claims[2].source = "zz";
    c.claims[2].predicate = "heldOn";
    c.claims[2].value = { type: "date", value: "2023-02-30" };
    return big(c);
  }

  it("a document JSON can still read is validated too: two imprecise numbers, an unknown key, a missing source and 2023-02-30 in one run", async () => {
    const { status, stderr } = await run(["check", "a.json"], { files: { "a.json": withEveryProblem() } });
    expect(status).toBe(2);
    const said = lines(stderr);
    expect(said.map((l) => l.replace(/line \d+/, "line L").replace(/ is beyond.*/, " is beyond…"))).toEqual([
      "a.json: line L, column 14: claims[0].value.value: the number 9007199254740993 is beyond…",
      'a.json: line L: claims[1].colour: unknown key "colour"',
      "a.json: line L, column 14: claims[1].value.value: the number 9007199254740995 is beyond…",
      'a.json: line L: claims[2].source: no source has the id "zz"',
      'a.json: line L: claims[2].value.value: "2023-02-30" is not a calendar date: 2023-02 has 28 days',
    ]);
    expect(stderr).not.toMatch(/more problem/);
  });

  it("NDJSON too, a duplicate key beside a missing source", async () => {
    const ndjson = ['{"corpus":{"format":"corroborate/v1"}}', '{"source":{"id":"a","outlet":"A","outlet":"B"}}', '{"claim":{"id":"c","source":"zz","subject":"x","predicate":"p","value":{"type":"text","value":"v"},"quote":"q"}}'].join("\n");
    const { status, stderr } = await run(["check", "a.ndjson"], { files: { "a.ndjson": ndjson } });
    expect(status).toBe(2);
    expect(lines(stderr)).toEqual([
      'a.ndjson: line 2, column 34: source.outlet: duplicate key "outlet": JSON keeps only one of its values',
      'a.ndjson: line 3: claim.source: no source has the id "zz"',
    ]);
  });

  it("a syntax error still stops validation: what follows it cannot be read", async () => {
    const { status, stderr } = await run(["check", "a.json", "b.json"], { files: { "a.json": '{"format": "corroborate/v1", "sorces": [] ', "b.json": withEveryProblem() } });
    expect(status).toBe(2);
    const said = lines(stderr);
    expect(said[0]).toMatch(/^a\.json: invalid JSON at line 1/);
    expect(said.slice(1).filter((l) => l.startsWith("b.json: "))).toHaveLength(5);
  });

  it(`prints at most ${MAX_PROBLEM_LINES} problems, then how many more there are`, async () => {
    const c = JSON.parse(agreeing);
    c.claims = Array.from({ length: MAX_PROBLEM_LINES + 5 }, (_, i) => ({ ...c.claims[0], id: `c${i}`, source: "zz" }));
    const { status, stderr } = await run(["check", "a.json"], { files: { "a.json": JSON.stringify(c) } });
    expect(status).toBe(2);
    const said = lines(stderr);
    expect(said).toHaveLength(MAX_PROBLEM_LINES + 1);
    expect(said.at(-1)).toBe(`corroborate: and 5 more problems (${MAX_PROBLEM_LINES + 5} in all)`);
  });
});
