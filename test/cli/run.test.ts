import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/engine/define-rule.js";
import { minimalCorpus } from "../helpers.js";
import { agreeing, conflicting, CWD, lines, run } from "./harness.js";

const parse = (stdout: string) => JSON.parse(stdout) as { summary: { discrepancies: number; sources: number; claims: number }; findings: { kind: string; severity: string; rule: string }[] };

describe("corroborate check", () => {
  it("checks the bundled corpus when no file is given, and exits 1 for its discrepancies", async () => {
    const { status, stdout, stderr } = await run(["check", "--format", "json"]);
    expect(status).toBe(1);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout).format).toBe("corroborate-report/v1");
  });

  it("exits 0 when there is no discrepancy", async () => {
    expect((await run(["check", "a.json"], { files: { "a.json": agreeing } })).status).toBe(0);
  });

  it("exits 1 when there is a discrepancy", async () => {
    expect((await run(["check", "a.json"], { files: { "a.json": conflicting } })).status).toBe(1);
  });

  it("writes JSON when stdout is not a terminal, text when it is", async () => {
    expect((await run(["check", "a.json"], { files: { "a.json": agreeing } })).stdout.startsWith("{")).toBe(true);
    const text = (await run(["check", "a.json"], { files: { "a.json": agreeing }, io: { stdoutIsTTY: true } })).stdout.replace(/\u001b\[\d+m/g, "");
    expect(text).toMatch(/✔ 0 discrepancies/);
  });

  it("colours text only on a terminal without NO_COLOR", async () => {
    const esc = "\u001b[";
    const files = { "a.json": agreeing };
    expect((await run(["check", "a.json", "--format", "text"], { files })).stdout).not.toContain(esc);
    expect((await run(["check", "a.json"], { files, io: { stdoutIsTTY: true } })).stdout).toContain(esc);
    expect((await run(["check", "a.json"], { files, io: { stdoutIsTTY: true, env: { NO_COLOR: "1" } } })).stdout).not.toContain(esc);
  });

  it.each(["text", "json", "ndjson", "markdown", "html"])("writes --format %s to --output, and nothing to stdout", async (format) => {
    const { status, stdout, written } = await run(["check", "a.json", "--format", format, "--output", "out"], { files: { "a.json": conflicting } });
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(written.out!.length).toBeGreaterThan(100);
  });

  it("checks several files as one corpus", async () => {
    const second = JSON.stringify({
      format: "corroborate/v1",
      sources: [{ id: "c", outlet: "C" }],
      claims: [{ id: "c1", source: "c", subject: "paris-agreement", predicate: "signedOn", value: { type: "date", value: "2014" }, quote: "2014" }],
    });
    const { status, stdout } = await run(["check", "a.json", "b.json", "--format", "json"], { files: { "a.json": agreeing, "b.json": second } });
    expect(status).toBe(1);
    expect(parse(stdout).summary.sources).toBe(3);
  });

  it("prints help that documents every option and the exit statuses", async () => {
    const { status, stdout } = await run(["--help"]);
    expect(status).toBe(0);
    for (const word of ["--format", "ndjson", "--output", "--config", "corroborate.config.json", "--rule ID=SEVERITY", "warn", "--quiet", "--timing", " - ", "Exit status", "severity error"]) {
      expect(stdout).toContain(word);
    }
    expect(stdout).toMatch(/summary still counts everything/);
    for (const line of stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it("prints the version", async () => {
    expect(await run(["--version"])).toMatchObject({ status: 0, stdout: "9.9.9\n" });
  });
});

describe("the exit status", () => {
  const failing = defineRule({
    id: "always-fails",
    meta: { description: "Crashes.", messages: { m: "m" } },
    create() {
      throw new Error("boom");
    },
  });
  const stern = defineRule({
    id: "stern-note",
    meta: { description: "One error note.", messages: { m: "Something is wrong." } },
    create(ctx) {
      ctx.report({ kind: "note", severity: "error", messageId: "m", subject: null, predicate: null, claims: [] });
    },
  });
  const withRules = (...extraRules: unknown[]) => ({ [`${CWD}/corroborate.config.mjs`]: { default: { extraRules } } });

  it("is 1 when a rule fails, even with no discrepancy, and the failure is in the report", async () => {
    const { status, stdout } = await run(["check", "a.json"], { files: { "a.json": agreeing }, modules: withRules(failing) });
    expect(status).toBe(1);
    expect(parse(stdout).findings).toContainEqual(expect.objectContaining({ rule: "always-fails", severity: "error" }));
  });

  it("is 1 when any finding has severity error", async () => {
    expect((await run(["check", "a.json"], { files: { "a.json": agreeing }, modules: withRules(stern) })).status).toBe(1);
    expect((await run(["check", "a.json", "--rule", "stern-note=warn"], { files: { "a.json": agreeing }, modules: withRules(stern) })).status).toBe(0);
  });

  it("is 1 when a setting raises an agreement's rule to error", async () => {
    const files = { "a.json": agreeing };
    expect((await run(["check", "a.json", "--rule", "single-source=error"], { files })).status).toBe(1);
    expect((await run(["check", "a.json", "--rule", "single-source=2", "--format", "text"], { files })).status).toBe(1);
  });

  it("sees every finding, in every format, whatever --quiet hides", async () => {
    for (const format of ["json", "ndjson", "text"]) {
      const { status } = await run(["check", "a.json", "--quiet", "--format", format], { files: { "a.json": agreeing }, modules: withRules(failing) });
      expect(status).toBe(1);
    }
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

describe("--quiet", () => {
  it("keeps only discrepancies and findings of severity warning or error; the summary still counts everything", async () => {
    const files = { "a.json": conflicting };
    const all = parse((await run(["check", "a.json"], { files })).stdout);
    const quiet = parse((await run(["check", "a.json", "--quiet"], { files })).stdout);
    expect(all.findings.some((f) => f.kind !== "discrepancy" && f.severity === "info")).toBe(true);
    expect(quiet.findings).toEqual(all.findings.filter((f) => f.kind === "discrepancy" || f.severity !== "info"));
    expect(quiet.findings.length).toBeGreaterThan(0);
    expect(quiet.summary).toEqual(all.summary);
  });

  it("filters the text and NDJSON reports alike", async () => {
    const files = { "a.json": agreeing };
    // Both findings are informational notes: the quiet text leaves them out, and its summary still counts them.
    const notes = parse((await run(["check", "a.json"], { files })).stdout).findings as unknown as { message: string }[];
    expect(notes).toHaveLength(2);
    const full = (await run(["check", "a.json", "--format", "text"], { files })).stdout;
    const text = (await run(["check", "a.json", "--quiet", "--format", "text"], { files })).stdout;
    expect(full).toContain(notes[0]!.message.slice(0, 40));
    expect(text).not.toContain(notes[0]!.message.slice(0, 40));
    expect(lines(text).at(-1)).toBe("✔ 0 discrepancies, 0 agreements, 2 notes in 2 claims from 2 sources");
    const ndjson = (await run(["check", "a.json", "-q", "--format", "ndjson"], { files })).stdout;
    expect(lines(ndjson).filter((l) => l.startsWith('{"finding"'))).toEqual([]);
  });
});

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

describe("the format", () => {
  it.each([
    ["report.json", "{\n"],
    ["report.ndjson", '{"report":'],
    ["report.jsonl", '{"report":'],
    ["report.md", "# "],
    ["report.html", "<!doctype html>"],
    ["REPORT.HTML", "<!doctype html>"],
    ["report.txt", "paris-agreement"],
  ])("is taken from the extension of --output %s", async (output, start) => {
    const { written } = await run(["check", "a.json", "--output", output], { files: { "a.json": agreeing }, io: { stdoutIsTTY: true } });
    expect(written[output]!.toLowerCase().startsWith(start.toLowerCase())).toBe(true);
  });

  it("is JSON for an output file whose extension says nothing, even from a terminal", async () => {
    const { written } = await run(["check", "a.json", "--output", "report.out"], { files: { "a.json": agreeing }, io: { stdoutIsTTY: true } });
    expect(written["report.out"]!.startsWith("{\n")).toBe(true);
  });

  it("given with --format wins over the extension", async () => {
    const { written } = await run(["check", "a.json", "--output", "report.html", "--format", "json"], { files: { "a.json": agreeing } });
    expect(written["report.html"]!.startsWith("{\n")).toBe(true);
  });

  it("ndjson streams one tagged object a line, the summary last", async () => {
    const { status, stdout } = await run(["check", "a.json", "--format", "ndjson"], { files: { "a.json": conflicting } });
    expect(status).toBe(1);
    const tags = lines(stdout).map((l) => Object.keys(JSON.parse(l) as object));
    for (const keys of tags) expect(keys).toHaveLength(1);
    expect(tags[0]).toEqual(["report"]);
    expect(tags.at(-1)).toEqual(["summary"]);
    expect(tags.flat()).toEqual(expect.arrayContaining(["source", "finding", "claim"]));
  });

  it("--output - is standard output", async () => {
    const { stdout, written } = await run(["check", "a.json", "--output", "-"], { files: { "a.json": agreeing } });
    expect(stdout.startsWith("{")).toBe(true);
    expect(written).toEqual({});
  });
});

describe("the report never overwrites an input", () => {
  it.each([
    ["the corpus", ["check", "in.json", "--output", "in.json"], "in.json", {}],
    ["the corpus, spelt another way", ["check", "in.json", "--output", `${CWD}/in.json`], "in.json", {}],
    ["the corpus, through a link", ["check", "in.json", "--output", "link.json"], "in.json", { "link.json": "in.json" }],
    ["the config file", ["check", "in.json", "--config", "rules.json", "--output", "rules.json"], "rules.json", {}],
  ])("refuses to write over %s", async (_, argv, input, links) => {
    const { status, stdout, stderr, written } = await run(argv as string[], { files: { "in.json": agreeing, "rules.json": "{}" }, links });
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(written).toEqual({});
    expect(stderr).toBe(`corroborate: --output ${argv.at(-1)} is the input ${input}: refusing to overwrite it\n`);
  });

  it("refuses to write over the file standard input comes from", async () => {
    const io = { fileIdentity: (path: string) => (path === "-" || path === "in.json" ? "same" : undefined) };
    const { status, stderr } = await run(["check", "-", "--output", "in.json"], { stdin: agreeing, io });
    expect(status).toBe(2);
    expect(stderr).toBe("corroborate: --output in.json is the input <stdin>: refusing to overwrite it\n");
  });

  it("writes a new file, or another file, as asked", async () => {
    const { status, written } = await run(["check", "in.json", "--output", "out.json"], { files: { "in.json": agreeing, "out.json": "old" } });
    expect(status).toBe(0);
    expect(Object.keys(written)).toEqual(["out.json"]);
  });
});

describe("standard output that fails", () => {
  const failingStdout = (code: string) => ({
    stdout: () => {
      throw Object.assign(new Error(`${code}: write`), { code });
    },
  });

  it("on a full disk is one line and status 2, not a stack trace", async () => {
    const { status, stderr } = await run(["check", "a.json"], { files: { "a.json": conflicting }, io: failingStdout("ENOSPC") });
    expect(status).toBe(2);
    expect(stderr).toBe("corroborate: cannot write the report to standard output: no space left on the device\n");
  });

  it("because the reader has gone (EPIPE) is quiet, and the exit status is still the verdict", async () => {
    for (const format of ["json", "ndjson", "text"]) {
      const conflict = await run(["check", "a.json", "--format", format], { files: { "a.json": conflicting }, io: failingStdout("EPIPE") });
      expect(conflict).toMatchObject({ status: 1, stderr: "" });
      const agreement = await run(["check", "a.json", "--format", format], { files: { "a.json": agreeing }, io: failingStdout("EPIPE") });
      expect(agreement).toMatchObject({ status: 0, stderr: "" });
    }
  });

  it("for help is one line too", async () => {
    expect(await run(["--help"], { io: failingStdout("ENOSPC") })).toMatchObject({
      status: 2,
      stderr: "corroborate: cannot write to standard output: no space left on the device\n",
    });
  });
});

describe("bad input and usage exit 2, with one line per problem and nothing on stdout", () => {
  const bad = async (argv: string[], files: Record<string, string>, expected: string[]) => {
    const { status, stdout, stderr } = await run(argv, { files });
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(lines(stderr)).toEqual(expected);
    expect(stderr).not.toMatch(/\bat \w+ \(|node:internal/);
  };

  it("an unreadable file", () => bad(["check", "missing.json"], {}, ["missing.json: cannot read the file: no such file"]));

  it("invalid JSON, with its line and column", () =>
    bad(["check", "a.json"], { "a.json": '{\n  "format": }' }, [expect.stringMatching(/^a\.json: invalid JSON at line 2, column 13: /) as unknown as string]));

  it("a schema violation, a missing source, a duplicate id and an impossible date, all at once", () => {
    const c = minimalCorpus() as any;
    c.claims[0].value.value = "2023-02-30";
    c.claims[1].source = "zzz";
    c.sources.push({ id: "a", outlet: "again" });
    c.extra = 1;
    // Pretty-printed, so each record starts on a line of its own, which the problem names.
    const text = JSON.stringify(c, null, 2);
    const rows = text.split("\n");
    // The record's "{" is the line above its "id" (1-based, so the id's 0-based index).
    const lineOf = (id: string, nth = 0) => rows.flatMap((row, i) => (row.includes(`"id": "${id}"`) ? [i] : []))[nth]!;
    return bad(["check", "c.json"], { "c.json": text }, [
      `c.json: line ${lineOf("a1")}: claims[0].value.value: "2023-02-30" is not a calendar date: 2023-02 has 28 days`,
      `c.json: line ${lineOf("b1")}: claims[1].source: no source has the id "zzz"`,
      'c.json: extra: unknown key "extra"',
      `c.json: line ${lineOf("a", 1)}: sources[2].id: duplicate source id "a" (already used by sources[0])`,
    ]);
  });

  it("problems in two files are reported together", async () => {
    const { status, stderr } = await run(["check", "a.json", "b.json"], { files: { "a.json": "[]", "b.json": "nope" } });
    expect(status).toBe(2);
    expect(lines(stderr)).toEqual([expect.stringMatching(/^b\.json: invalid JSON at line 1, column 1: /), "a.json: (root): expected an object, got an array"]);
  });

  it("an unknown format, with a guess when it is close", async () => {
    expect((await run(["check", "--format", "pdf"])).stderr).toBe("corroborate: unknown format 'pdf': use one of text, json, ndjson, markdown, html\n");
    expect((await run(["check", "--format", "markdwn"])).stderr).toBe(
      "corroborate: unknown format 'markdwn' (did you mean 'markdown'?): use one of text, json, ndjson, markdown, html\n",
    );
  });

  it("an unknown option is one line with a guess, never Node's parseArgs text", async () => {
    const { status, stdout, stderr } = await run(["check", "--fromat", "json"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("corroborate: unknown option '--fromat' (did you mean '--format'?)\n");
  });

  it("an unknown command, and no command", async () => {
    expect(await run(["verify"])).toMatchObject({ status: 2, stderr: "corroborate: unknown command 'verify': the command is 'check'\n" });
    expect(await run(["--quiet"])).toMatchObject({ status: 2, stderr: "corroborate: missing command: use 'corroborate check [FILE ...]'\n" });
    const bare = await run([]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain("Usage: corroborate check");
  });

  it("a report that cannot be written", async () => {
    const { status, stderr } = await run(["check", "a.json", "--output", "/readonly/out.json"], { files: { "a.json": agreeing } });
    expect(status).toBe(2);
    expect(stderr).toBe("corroborate: /readonly/out.json: cannot write the report: permission denied\n");
  });

  it("an internal error is one line, never a stack trace", async () => {
    const io = { fileIdentity: () => { throw new TypeError("something broke\n    at secret (/x.js:1:1)"); } };
    const broken = await run(["check", "a.json", "--output", "out.json"], { files: { "a.json": agreeing }, io });
    expect(broken).toMatchObject({ status: 2, stdout: "", stderr: "corroborate: internal error: something broke\n" });
  });
});

describe("what reaches stderr from a corpus or a file name is shown, never obeyed", () => {
  it("escapes control characters in problem lines", async () => {
    const c = minimalCorpus() as any;
    c.claims[1].source = "zzz\u001b]52;c;ZXZpbA==\u0007\u001b[2J";
    const { status, stderr } = await run(["check", "c\u001b[31m.json"], { files: { "c\u001b[31m.json": JSON.stringify(c) } });
    expect(status).toBe(2);
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(stderr).toBe('c‹U+001B›[31m.json: line 1: claims[1].source: no source has the id "zzz‹U+001B›]52;c;ZXZpbA==‹U+0007›‹U+001B›[2J"\n');
  });

  it("escapes them in progress lines and read errors", async () => {
    const name = "evil\u202e\u001b[2J.json";
    const { stderr } = await run(["check", name], { io: { stderrIsTTY: true } });
    const ours = stderr.replaceAll("\r\u001b[K", "");
    expect(ours).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(ours).toContain("evil‹U+202E›‹U+001B›[2J.json: cannot read the file: no such file");
  });
});

describe("--timing", () => {
  it("prints each phase, then each rule, to stderr", async () => {
    const { stdout, stderr } = await run(["check", "a.json", "--timing"], { files: { "a.json": agreeing } });
    expect(JSON.parse(stdout)).toBeTruthy();
    const phases = lines(stderr).map((l) => l.split(" ")[0]);
    expect(phases[0]).toBe("Phase");
    expect(phases).toEqual(expect.arrayContaining(["reading", "validating", "resolving", "consensus", "checking", "writing", "total", "Rule", "date-consistency"]));
    expect(phases.indexOf("total")).toBeLessThan(phases.indexOf("Rule"));
  });

  it("counts rules under checking, whatever the format", async () => {
    for (const format of ["json", "text"]) {
      const { stderr } = await run(["check", "a.json", "--timing", "--format", format], { files: { "a.json": agreeing } });
      const row = (name: string) => Number(lines(stderr).find((l) => l.startsWith(`${name} `))!.split("|")[1]);
      const rules = lines(stderr).slice(lines(stderr).findIndex((l) => l.startsWith("Rule")) + 2);
      const sum = rules.reduce((s, l) => s + Number(l.split("|")[1]), 0);
      expect(row("checking")).toBeCloseTo(sum, 1);
    }
  });
});

describe("the CLI under arbitrary input", () => {
  const settings = { seed: 7, numRuns: 150 };

  it("always exits 0, 1 or 2 and never prints a report with a problem", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))), async (text) => {
        const { status, stdout, stderr } = await run(["check", "f.json"], { files: { "f.json": text } });
        expect([0, 1, 2]).toContain(status);
        if (status === 2) {
          expect(stdout).toBe("");
          for (const line of lines(stderr)) expect(line.startsWith("f.json: ")).toBe(true);
        }
      }),
      settings,
    );
  });

  it("answers any argument list with 0, 1 or 2, and any mistake with one line", async () => {
    const arg = fc.oneof(
      fc.constantFrom("check", "--format", "json", "ndjson", "html", "--output", "-o", "--timing", "--quiet", "--rule", "x=1", "single-source=warn", "--config", "--help", "-v", "x.json", "-", "--"),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(arg, { maxLength: 6 }), async (argv) => {
        const { status, stderr } = await run(argv, { files: { "x.json": agreeing }, stdin: agreeing });
        expect([0, 1, 2]).toContain(status);
        if (status === 2 && argv.length > 0 && stderr.startsWith("corroborate: ")) expect(lines(stderr)).toHaveLength(1);
      }),
      settings,
    );
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
});

describe("progress", () => {
  it("is shown on stderr when it is a terminal, and cleared; stdout carries only the report", async () => {
    const { status, stdout, stderr } = await run(["check", "a.json", "--format", "text"], { files: { "a.json": agreeing }, io: { stderrIsTTY: true } });
    expect(status).toBe(0);
    expect(stdout).toMatch(/✔ 0 discrepancies/);
    expect(stderr).toContain("corroborate: reading a.json");
    expect(stderr).toMatch(/corroborate: rule 1\/\d+: date-consistency/);
    expect(stderr.endsWith("\r\u001b[K")).toBe(true);
  });

  it("goes on while a streamed JSON report is written to a file, and stops while one is written to stdout", async () => {
    const files = { "a.json": agreeing };
    const toFile = await run(["check", "a.json", "--format", "json", "--output", "out.json"], { files, io: { stderrIsTTY: true } });
    expect(toFile.stderr).toMatch(/corroborate: rule (\d+)\/\1: single-source/);
    const toStdout = await run(["check", "a.json", "--format", "json"], { files, io: { stderrIsTTY: true } });
    expect(toStdout.stderr).not.toContain("rule 1/");
    expect(parse(toStdout.stdout).summary.discrepancies).toBe(0);
  });

  it("is never shown when stderr is not a terminal", async () => {
    expect((await run(["check", "a.json"], { files: { "a.json": agreeing } })).stderr).toBe("");
  });
});
