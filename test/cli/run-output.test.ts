/** runCli: what the report is written as, where, what it shows, and the exit status it ends with. */
import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/engine/define-rule.js";
import { agreeing, conflicting, CWD, lines, run } from "./harness.js";

const parse = (stdout: string) => JSON.parse(stdout) as { summary: { discrepancies: number; sources: number; claims: number }; findings: { kind: string; severity: string; rule: string }[] };

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
    ["the corpus", ["check", "in.json", "--output", "in.json"], "the input in.json", {}],
    ["the corpus, spelt another way", ["check", "in.json", "--output", `${CWD}/in.json`], "the input in.json", {}],
    ["the corpus, through a link", ["check", "in.json", "--output", "link.json"], "the input in.json", { "link.json": "in.json" }],
    ["the config file", ["check", "in.json", "--config", "rules.json", "--output", "rules.json"], "the config file rules.json", {}],
  ])("refuses to write over %s", async (_, argv, input, links) => {
    const { status, stdout, stderr, written } = await run(argv as string[], { files: { "in.json": agreeing, "rules.json": "{}" }, links });
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(written).toEqual({});
    expect(stderr).toBe(`corroborate: --output ${argv.at(-1)} is ${input}: refusing to overwrite it\n`);
  });

  it("says why an output path cannot be written before reading anything", async () => {
    const io = { outputProblem: (path: string) => (path === "w/../in.json" ? "the folder w does not exist" : undefined) };
    const { status, stdout, stderr, written } = await run(["check", "in.json", "--output", "w/../in.json"], { files: { "in.json": agreeing }, io });
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(written).toEqual({});
    expect(stderr).toBe("corroborate: --output w/../in.json: cannot write the report: the folder w does not exist\n");
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
