import { execFileSync } from "node:child_process";
import { chmodSync, constants, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, closeSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileIdentity, outputProblem, resolveLinks, writeReportFile } from "../../src/cli/write-file.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "corroborate-write-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const at = (name: string) => join(dir, name);
const entries = () => readdirSync(dir).sort();

describe("writing the report to a file", () => {
  it("creates a new file whole", async () => {
    await writeReportFile(at("r.json"), ["{", "}\n"]);
    expect(readFileSync(at("r.json"), "utf8")).toBe("{}\n");
    expect(entries()).toEqual(["r.json"]);
  });

  it("replaces an existing file, keeping its mode", async () => {
    writeFileSync(at("r.json"), "old");
    chmodSync(at("r.json"), 0o640);
    await writeReportFile(at("r.json"), ["new"]);
    expect(readFileSync(at("r.json"), "utf8")).toBe("new");
    expect(statSync(at("r.json")).mode & 0o7777).toBe(0o640);
  });

  it("writes through a symbolic link, which stays a link", async () => {
    mkdirSync(at("reports"));
    writeFileSync(at("reports/real.json"), "old");
    symlinkSync("reports/real.json", at("link.json"));
    await writeReportFile(at("link.json"), ["new"]);
    expect(lstatSync(at("link.json")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(at("link.json"))).toBe("reports/real.json");
    expect(readFileSync(at("reports/real.json"), "utf8")).toBe("new");
    expect(readdirSync(at("reports"))).toEqual(["real.json"]);
  });

  it("writes through a chain of links, and creates the file a dangling link names", async () => {
    symlinkSync("b.json", at("a.json"));
    symlinkSync("c.json", at("b.json"));
    await writeReportFile(at("a.json"), ["new"]);
    expect(readFileSync(at("c.json"), "utf8")).toBe("new");
    expect(lstatSync(at("a.json")).isSymbolicLink()).toBe(true);
    expect(lstatSync(at("b.json")).isSymbolicLink()).toBe(true);
  });

  it("reads a relative link from the folder it really is in", () => {
    mkdirSync(at("real"));
    symlinkSync("real", at("alias"));
    symlinkSync("../target.json", at("real/link.json"));
    expect(resolveLinks(at("alias/link.json"))).toBe(at("target.json"));
  });

  it("lets the file system resolve `..`: a missing folder before it is an error, never a shortcut", async () => {
    writeFileSync(at("in.json"), "corpus");
    expect(() => resolveLinks(`${dir}/w/../in.json`)).toThrow("the folder " + `${dir}/w` + " does not exist");
    await expect(writeReportFile(`${dir}/w/../in.json`, ["report"])).rejects.toThrow("does not exist");
    expect(readFileSync(at("in.json"), "utf8")).toBe("corpus");
    expect(outputProblem(`${dir}/w/../in.json`)).toBe(`the folder ${dir}/w does not exist`);
    expect(outputProblem(`${dir}/in.json/x.json`)).toBe(`${dir}/in.json is not a folder`);
  });

  it("follows `..` from where a linked folder really is, as the shell does", async () => {
    mkdirSync(at("other/deep"), { recursive: true });
    symlinkSync("other/deep", at("d"));
    await writeReportFile(`${dir}/d/../r.json`, ["report"]);
    expect(readFileSync(at("other/r.json"), "utf8")).toBe("report");
    expect(entries()).toEqual(["d", "other"]);
  });

  it("reads `..` in a link's target through the file system too", async () => {
    mkdirSync(at("other/deep"), { recursive: true });
    symlinkSync("other/deep", at("d"));
    symlinkSync("d/../r.json", at("link.json"));
    expect(resolveLinks(at("link.json"))).toBe(at("other/r.json"));
  });

  it("a path that names a folder is refused", () => {
    mkdirSync(at("sub"));
    expect(outputProblem(`${dir}/sub/`)).toBe("it is a directory");
    expect(outputProblem(`${dir}/sub/..`)).toBe("it is a directory");
    expect(outputProblem(`${dir}/sub`)).toBe("it is a directory");
    expect(outputProblem(`${dir}/missing/`)).toBe(`the folder ${dir}/missing does not exist`);
    expect(outputProblem(at("new.json"))).toBeUndefined();
  });

  it.runIf(existsSync("/proc/version"))("a file in a folder that takes no new files is said to be not writable, not missing", async () => {
    await expect(writeReportFile("/proc/version", ["report"])).rejects.toThrow("cannot create a file in the folder /proc: it takes no new files (not writable)");
  });

  it("refuses a loop of links", () => {
    symlinkSync("b", at("a"));
    symlinkSync("a", at("b"));
    expect(() => resolveLinks(at("a"))).toThrow(expect.objectContaining({ code: "ELOOP" }));
  });

  it("keeps a hard link whole: every name sees the new report", async () => {
    writeFileSync(at("r.json"), "old");
    linkSync(at("r.json"), at("other-name.json"));
    await writeReportFile(at("r.json"), ["new"]);
    expect(readFileSync(at("other-name.json"), "utf8")).toBe("new");
    expect(statSync(at("r.json")).ino).toBe(statSync(at("other-name.json")).ino);
    expect(statSync(at("r.json")).nlink).toBe(2);
    expect(entries()).toEqual(["other-name.json", "r.json"]);
  });

  it("writes a FIFO in place instead of replacing it", async () => {
    execFileSync("mkfifo", [at("pipe")]);
    // A reader that does not block, so the writer can open the FIFO.
    const reader = openSync(at("pipe"), constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      await writeReportFile(at("pipe"), ["through ", "the pipe"]);
      const buffer = Buffer.alloc(100);
      const n = readSync(reader, buffer);
      expect(buffer.subarray(0, n).toString()).toBe("through the pipe");
    } finally {
      closeSync(reader);
    }
    expect(statSync(at("pipe")).isFIFO()).toBe(true);
    expect(entries()).toEqual(["pipe"]);
  });

  it("writes a character device in place (/dev/null stays a device)", async () => {
    await writeReportFile("/dev/null", ["nothing"]);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("says a directory is a directory", async () => {
    mkdirSync(at("folder"));
    await expect(writeReportFile(at("folder"), ["x"])).rejects.toMatchObject({ code: "EISDIR" });
  });

  it("never follows a link planted where a temporary file of a guessable name would be", async () => {
    writeFileSync(at("victim"), "precious");
    writeFileSync(at("r.json"), "old");
    for (const name of [`r.json.${process.pid}.tmp`, ".r.json.tmp", "r.json.tmp"]) symlinkSync(at("victim"), at(name));
    await writeReportFile(at("r.json"), ["new"]);
    expect(readFileSync(at("victim"), "utf8")).toBe("precious");
    expect(readFileSync(at("r.json"), "utf8")).toBe("new");
  });

  it("names its temporary file unpredictably, beside the target", async () => {
    const seen: string[] = [];
    for (let i = 0; i < 2; i++) {
      await writeReportFile(at("r.json"), (function* () {
        seen.push(...entries().filter((e) => e !== "r.json"));
        yield "x";
      })());
    }
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatch(/^\.r\.json\.[0-9a-f]{16}\.tmp$/);
    expect(seen[0]).not.toBe(seen[1]);
  });

  it("leaves the old file and no temporary file when computing the report fails", async () => {
    writeFileSync(at("r.json"), "old");
    const failing = (function* () {
      yield "half a rep";
      throw new Error("a rule crashed");
    })();
    await expect(writeReportFile(at("r.json"), failing)).rejects.toThrow("a rule crashed");
    expect(readFileSync(at("r.json"), "utf8")).toBe("old");
    expect(entries()).toEqual(["r.json"]);
  });

  it("removes the temporary file when interrupted, through the guard, and withdraws the guard after", async () => {
    writeFileSync(at("r.json"), "old");
    let interrupt: (() => void) | undefined;
    let withdrawn = false;
    const guard = (cleanup: () => void) => {
      interrupt = cleanup;
      return () => {
        withdrawn = true;
      };
    };
    const chunks = (function* () {
      yield "part";
      expect(entries()).toHaveLength(2);
      interrupt!(); // what the SIGINT handler does before it exits
      expect(entries()).toEqual(["r.json"]);
      yield "more";
    })();
    await expect(writeReportFile(at("r.json"), chunks, { guard })).rejects.toThrow();
    expect(entries()).toEqual(["r.json"]);
    expect(readFileSync(at("r.json"), "utf8")).toBe("old");
    expect(withdrawn).toBe(true);
  });

  it("lets the event loop run between chunks", async () => {
    const order: string[] = [];
    const chunks = (function* () {
      yield "a";
      order.push("second chunk");
      yield "b";
    })();
    await writeReportFile(at("r.json"), chunks, { pause: async () => void order.push("pause") });
    expect(order).toEqual(["pause", "second chunk", "pause"]);
  });
});

describe("which file a path is", () => {
  it("is the same through a link, a hard link or another spelling, and none for what is not a regular file", () => {
    writeFileSync(at("in.json"), "{}");
    symlinkSync("in.json", at("sym.json"));
    linkSync(at("in.json"), at("hard.json"));
    const id = fileIdentity(at("in.json"));
    expect(id).toBeDefined();
    expect(fileIdentity(at("sym.json"))).toBe(id);
    expect(fileIdentity(at("hard.json"))).toBe(id);
    expect(fileIdentity(`${dir}/./in.json`)).toBe(id);
    expect(fileIdentity(at("missing.json"))).toBeUndefined();
    expect(fileIdentity(dir)).toBeUndefined();
    expect(fileIdentity("/dev/null")).toBeUndefined();
  });
});
