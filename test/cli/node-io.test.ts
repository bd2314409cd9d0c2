/**
 * The real process: what only a child process can show (standard streams that
 * fail, signals, files on disk). The command line is bundled once with esbuild
 * (as tsup bundles dist/cli.js; esbuild comes with tsup and vitest), so each
 * test starts plain node in a fraction of a second.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BUNDLED, minimalCorpus, ROOT } from "../helpers.js";

/** The bundled command line and the test's config module, beside a package.json that names the package (node-io looks for it). */
let bin: string;
beforeAll(() => {
  bin = mkdtempSync(join(tmpdir(), "corroborate-bin-"));
  buildSync({
    entryPoints: { cli: join(ROOT, "src/cli/bin.ts"), "paused-rule.config": join(ROOT, "test/fixtures/cli/paused-rule.config.mjs") },
    outdir: bin,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
  });
  writeFileSync(join(bin, "package.json"), JSON.stringify({ name: "corroborate", version: "0.0.0-test", corroborate: { exampleCorpus: "corpus.json" } }));
  writeFileSync(join(bin, "corpus.json"), readFileSync(BUNDLED));
});
afterAll(() => {
  rmSync(bin, { recursive: true, force: true });
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "corroborate-cli-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Child {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Start the command line; `started` is called once it runs, with the process. */
function corroborate(
  args: string[],
  options: { stdin?: string | Uint8Array; stdout?: number | "pipe"; env?: Record<string, string>; started?: (child: ReturnType<typeof spawn>) => void } = {},
): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(bin, "cli.mjs"), ...args], {
      cwd: dir,
      env: { ...process.env, ...options.env },
      stdio: ["pipe", options.stdout ?? "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin!.end(options.stdin ?? "");
    options.started?.(child);
  });
}

const conflicting = (() => {
  const c = minimalCorpus() as { claims: object[] };
  c.claims.push({ id: "b2", source: "b", subject: "paris-agreement", predicate: "signedOn", value: { type: "date", value: "2015-12" }, quote: "December 2015" });
  return JSON.stringify(c);
})();

describe("the corroborate process", () => {
  it("reads the corpus from standard input and streams NDJSON", async () => {
    const { status, stdout, stderr } = await corroborate(["check", "-", "--format", "ndjson", "--quiet"], { stdin: conflicting });
    expect(stderr).toBe("");
    expect(status).toBe(1);
    const tags = stdout.trimEnd().split("\n").map((l) => Object.keys(JSON.parse(l) as object)[0]);
    expect(tags[0]).toBe("report");
    expect(tags).toContain("finding");
    expect(tags.at(-1)).toBe("summary");
  });

  it("says in one line, with status 2, that standard output is full (> /dev/full)", async () => {
    const full = openSync("/dev/full", "w");
    try {
      const { status, stderr } = await corroborate(["check", "--format", "json"], { stdout: full });
      expect(stderr).toBe("corroborate: cannot write the report to standard output: no space left on the device\n");
      expect(status).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it("stops quietly when the reader of standard output has gone, with the verdict as its status", async () => {
    const { status, stderr } = await corroborate(["check", "--format", "text"], { started: (child) => child.stdout!.destroy() });
    expect(stderr).toBe("");
    expect(status).toBe(1);
  });

  it("refuses to write the report over its corpus, even through a link", async () => {
    writeFileSync(join(dir, "in.json"), conflicting);
    symlinkSync("in.json", join(dir, "link.json"));
    const { status, stderr } = await corroborate(["check", "in.json", "--output", "link.json"]);
    expect(status).toBe(2);
    expect(stderr).toBe("corroborate: --output link.json is the input in.json: refusing to overwrite it\n");
    expect(readFileSync(join(dir, "in.json"), "utf8")).toBe(conflicting);
  });

  it("never writes the report over its corpus through a `..` the file system would refuse (no folder w)", async () => {
    writeFileSync(join(dir, "in.json"), conflicting);
    const { status, stdout, stderr } = await corroborate(["check", "in.json", "--output", "./w/../in.json"]);
    expect(stderr).toBe("corroborate: --output ./w/../in.json: cannot write the report: the folder ./w does not exist\n");
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(readFileSync(join(dir, "in.json"), "utf8")).toBe(conflicting);
  });

  it("reads files and standard input as strict UTF-8: a Latin-1 byte is named with its line and column", async () => {
    const latin1 = Buffer.from('{"format": "corroborate/v1",\n "title": "Caf\u00e9", "sources": [], "claims": []}', "latin1");
    writeFileSync(join(dir, "l.json"), latin1);
    const said = "line 2, column 15: not UTF-8 (byte 0xE9); save the file as UTF-8";
    const file = await corroborate(["check", "l.json"]);
    expect([file.status, file.stderr]).toEqual([2, `l.json: ${said}\n`]);
    const stdin = await corroborate(["check", "-"], { stdin: latin1 });
    expect([stdin.status, stdin.stderr]).toEqual([2, `<stdin>: ${said}\n`]);
  });

  it("an ES module config in a CommonJS package is one line, with no warning from Node", async () => {
    writeFileSync(join(dir, "package.json"), '{"type": "commonjs"}');
    writeFileSync(join(dir, "corroborate.config.js"), 'export default { rules: { "single-source": "off" } };\n');
    writeFileSync(join(dir, "in.json"), conflicting);
    const { status, stdout, stderr } = await corroborate(["check", "in.json"]);
    expect(stderr).toBe('corroborate.config.js: ES module syntax in a CommonJS .js file: rename it to corroborate.config.mjs or set "type": "module" in package.json\n');
    expect(status).toBe(2);
    expect(stdout).toBe("");
    writeFileSync(join(dir, "package.json"), '{"type": "module"}');
    expect((await corroborate(["check", "in.json", "--format", "json"])).status).toBe(1);
  });

  it("on Ctrl-C while writing --output, removes its temporary file, keeps the old report and exits 130", async () => {
    writeFileSync(join(dir, "in.json"), conflicting);
    writeFileSync(join(dir, "out.json"), "old report");
    const started = join(dir, "started");
    const go = join(dir, "go");
    const config = join(bin, "paused-rule.config.mjs");
    const { status } = await corroborate(["check", "in.json", "--config", config, "--output", "out.json"], {
      env: { CORROBORATE_TEST_STARTED: started, CORROBORATE_TEST_GO: go },
      started: (child) => {
        const poll = setInterval(() => {
          if (!existsSync(started)) return;
          clearInterval(poll);
          // The temporary file exists now; interrupt, then let the rule finish.
          expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toHaveLength(1);
          child.kill("SIGINT");
          writeFileSync(go, "");
        }, 10);
      },
    });
    expect(status).toBe(130);
    expect(readdirSync(dir).sort()).toEqual(["go", "in.json", "out.json", "started"]);
    expect(readFileSync(join(dir, "out.json"), "utf8")).toBe("old report");
  });
});
