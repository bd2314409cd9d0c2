import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimalCorpus } from "../helpers.js";
import { agreeing, conflicting, lines, run } from "./harness.js";

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

  it("problems in two files are reported together, in the order of the files", async () => {
    const { status, stderr } = await run(["check", "a.json", "b.json"], { files: { "a.json": "[]", "b.json": "nope" } });
    expect(status).toBe(2);
    expect(lines(stderr)).toEqual(["a.json: (root): expected an object, got an array", expect.stringMatching(/^b\.json: invalid JSON at line 1, column 1: /)]);
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
    expect(stderr).toBe("corroborate: --output /readonly/out.json: cannot write the report: permission denied\n");
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
