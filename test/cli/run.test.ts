import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/run.js";
import { BUNDLED, minimalCorpus } from "../helpers.js";

/** Text in pieces of an awkward size, so every test also exercises reading across piece boundaries. */
function inPieces(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
}

/** Run the CLI in-process with an in-memory file system. */
function run(argv: string[], files: Record<string, string> = {}, options: Partial<CliIo> = {}) {
  let stdout = "";
  let stderr = "";
  const written: Record<string, string> = {};
  const status = runCli(argv, {
    readFile: (path) => {
      const text = path in files ? files[path]! : path === BUNDLED ? readFileSync(BUNDLED, "utf8") : undefined;
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return inPieces(text, 997);
    },
    writeFile: (path, chunks) => {
      if (path.startsWith("/readonly/")) throw Object.assign(new Error("EACCES"), { code: "EACCES" });
      written[path] = [...chunks].join("");
    },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTTY: false,
    env: {},
    defaultCorpus: BUNDLED,
    version: "9.9.9",
    ...options,
  });
  return { status, stdout, stderr, written };
}

const agreeing = JSON.stringify(minimalCorpus());
const conflicting = (() => {
  const c = minimalCorpus() as { claims: object[] };
  c.claims.push({ id: "b2", source: "b", subject: "paris-agreement", predicate: "signedOn", value: { type: "date", value: "2015-12" }, quote: "December 2015" });
  return JSON.stringify(c);
})();

describe("corroborate check", () => {
  it("checks the bundled corpus when no file is given, and exits 1 for its discrepancies", () => {
    const { status, stdout, stderr } = run(["check", "--format", "json"]);
    expect(status).toBe(1);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout).format).toBe("corroborate-report/v1");
  });

  it("exits 0 when there is no discrepancy", () => {
    expect(run(["check", "a.json"], { "a.json": agreeing }).status).toBe(0);
  });

  it("exits 1 when there is a discrepancy", () => {
    expect(run(["check", "a.json"], { "a.json": conflicting }).status).toBe(1);
  });

  it("writes JSON when stdout is not a terminal, text when it is", () => {
    expect(run(["check", "a.json"], { "a.json": agreeing }).stdout.startsWith("{")).toBe(true);
    const text = run(["check", "a.json"], { "a.json": agreeing }, { stdoutIsTTY: true }).stdout.replace(/\u001b\[\d+m/g, "");
    expect(text).toMatch(/✔ 0 discrepancies/);
  });

  it("colours text only on a terminal without NO_COLOR", () => {
    const esc = "\u001b[";
    expect(run(["check", "a.json", "--format", "text"], { "a.json": agreeing }).stdout).not.toContain(esc);
    expect(run(["check", "a.json"], { "a.json": agreeing }, { stdoutIsTTY: true }).stdout).toContain(esc);
    expect(run(["check", "a.json"], { "a.json": agreeing }, { stdoutIsTTY: true, env: { NO_COLOR: "1" } }).stdout).not.toContain(esc);
  });

  it.each(["text", "json", "markdown", "html"])("writes --format %s to --output, and nothing to stdout", (format) => {
    const { status, stdout, written } = run(["check", "a.json", "--format", format, "--output", "out"], { "a.json": conflicting });
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(written.out!.length).toBeGreaterThan(100);
  });

  it("checks several files as one corpus", () => {
    const second = JSON.stringify({
      format: "corroborate/v1",
      sources: [{ id: "c", outlet: "C" }],
      claims: [{ id: "c1", source: "c", subject: "paris-agreement", predicate: "signedOn", value: { type: "date", value: "2014" }, quote: "2014" }],
    });
    const { status, stdout } = run(["check", "a.json", "b.json", "--format", "json"], { "a.json": agreeing, "b.json": second });
    expect(status).toBe(1);
    expect(JSON.parse(stdout).summary.sources).toBe(3);
  });

  it("prints rule timings to stderr with --timing", () => {
    const { stderr } = run(["check", "a.json", "--timing"], { "a.json": agreeing });
    expect(stderr).toMatch(/^Rule +\| Time \(ms\) \| Relative/);
    expect(stderr).toContain("date-consistency");
  });

  it("prints help and the version", () => {
    expect(run(["--help"])).toMatchObject({ status: 0, stdout: expect.stringContaining("Usage: corroborate check") });
    expect(run(["--version"])).toMatchObject({ status: 0, stdout: "9.9.9\n" });
  });
});

describe("bad input and usage exit 2, with one line per problem and nothing on stdout", () => {
  const bad = (argv: string[], files: Record<string, string>, lines: string[]) => {
    const { status, stdout, stderr } = run(argv, files);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toEqual(lines);
    expect(stderr).not.toMatch(/\bat \w+ \(|node:internal/);
  };

  it("an unreadable file", () => bad(["check", "missing.json"], {}, ["missing.json: cannot read the file: no such file"]));

  it("invalid JSON, with its line and column", () =>
    bad(["check", "a.json"], { "a.json": '{\n  "format": }' }, ["a.json: invalid JSON at line 2, column 13: Unexpected token '}'"]));

  it("a schema violation, a missing source, a duplicate id and an impossible date, all at once", () => {
    const c = minimalCorpus() as any;
    c.claims[0].value.value = "2023-02-30";
    c.claims[1].source = "zzz";
    c.sources.push({ id: "a", outlet: "again" });
    c.extra = 1;
    bad(["check", "c.json"], { "c.json": JSON.stringify(c) }, [
      'c.json: claims[0].value.value: "2023-02-30" is not a calendar date: 2023-02 has 28 days',
      'c.json: claims[1].source: no source has the id "zzz"',
      'c.json: extra: unknown key "extra"',
      'c.json: sources[2].id: duplicate source id "a" (already used by sources[0])',
    ]);
  });

  it("problems in two files are reported together", () => {
    const { status, stderr } = run(["check", "a.json", "b.json"], { "a.json": "[]", "b.json": "nope" });
    expect(status).toBe(2);
    expect(stderr.trimEnd().split("\n")).toEqual([
      "b.json: invalid JSON at line 1, column 1: Unexpected token 'o'",
      "a.json: (root): expected an object, got an array",
    ]);
  });

  it("an unknown format", () => {
    const { status, stderr } = run(["check", "--format", "pdf"]);
    expect(status).toBe(2);
    expect(stderr.split("\n")[0]).toBe("corroborate: unknown format 'pdf': use one of text, json, ndjson, markdown, html");
  });

  it("an unknown option or command", () => {
    expect(run(["check", "--fromat", "json"]).status).toBe(2);
    expect(run(["verify"]).stderr.split("\n")[0]).toBe("corroborate: unknown command 'verify': the command is 'check'");
    expect(run([]).status).toBe(2);
  });

  it("a report that cannot be written", () => {
    const { status, stderr } = run(["check", "a.json", "--output", "/readonly/out.json"], { "a.json": agreeing });
    expect(status).toBe(2);
    expect(stderr).toBe("corroborate: /readonly/out.json: cannot write the report: permission denied\n");
  });
});

describe("the CLI under arbitrary input", () => {
  const settings = { seed: 7, numRuns: 200 };

  it("always exits 0, 1 or 2 and never prints a report with a problem", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))), (text) => {
        const { status, stdout, stderr } = run(["check", "f.json"], { "f.json": text });
        expect([0, 1, 2]).toContain(status);
        if (status === 2) {
          expect(stdout).toBe("");
          for (const line of stderr.trimEnd().split("\n")) expect(line.startsWith("f.json: ")).toBe(true);
        }
      }),
      settings,
    );
  });

  it("answers any argument list with 0, 1 or 2", () => {
    const arg = fc.oneof(fc.constantFrom("check", "--format", "json", "html", "--output", "-o", "--timing", "--help", "-v", "x.json"), fc.string());
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 6 }), (argv) => {
        expect([0, 1, 2]).toContain(run(argv, { "x.json": agreeing }).status);
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

  it("is read from a .ndjson file and checked like JSON", () => {
    const good = ndjson.split("\n").slice(0, 3).join("\n");
    const { status, stdout } = run(["check", "c.ndjson", "--format", "json"], { "c.ndjson": good });
    expect(status).toBe(0);
    expect(JSON.parse(stdout).summary.claims).toBe(1);
  });

  it("names lines instead of array indices in its problems", () => {
    const { status, stderr } = run(["check", "c.ndjson"], { "c.ndjson": ndjson });
    expect(status).toBe(2);
    expect(stderr.trimEnd().split("\n")).toEqual([
      'c.ndjson: line 4: claim.source: no source has the id "zzz"',
      'c.ndjson: line 4: claim.value.value: "2016-02-30" is not a calendar date: 2016-02 has 29 days',
    ]);
  });
});

describe("progress", () => {
  it("is shown on stderr when it is a terminal, and cleared; stdout carries only the report", () => {
    const { status, stdout, stderr } = run(["check", "a.json", "--format", "text"], { "a.json": agreeing }, { stderrIsTTY: true });
    expect(status).toBe(0);
    expect(stdout).toMatch(/✔ 0 discrepancies/);
    expect(stderr).toContain("corroborate: reading a.json");
    expect(stderr).toContain("corroborate: rule 1/9: date-consistency");
    expect(stderr.endsWith("\r\u001b[K")).toBe(true);
  });

  it("goes on while a streamed JSON report is written to a file, and stops while one is written to stdout", () => {
    const toFile = run(["check", "a.json", "--format", "json", "--output", "out.json"], { "a.json": agreeing }, { stderrIsTTY: true });
    expect(toFile.stderr).toContain("corroborate: rule 9/9: single-source");
    const toStdout = run(["check", "a.json", "--format", "json"], { "a.json": agreeing }, { stderrIsTTY: true });
    expect(toStdout.stderr).not.toContain("rule 1/9");
    expect(JSON.parse(toStdout.stdout).summary.discrepancies).toBe(0);
  });

  it("is never shown when stderr is not a terminal", () => {
    expect(run(["check", "a.json"], { "a.json": agreeing }).stderr).toBe("");
  });
});
