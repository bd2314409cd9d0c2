import { describe, expect, it } from "vitest";
import { parseCommand, startArguments } from "../../src/cli/args.js";

const check = (argv: string[]) => parseCommand(["check", ...argv]);

describe("parseCommand", () => {
  it("reads a check with every option", () => {
    expect(check(["a.json", "-", "--format", "ndjson", "-o", "out.ndjson", "--config=c.json", "--rule", "x=warn", "--rule", "y=[2, {}]", "-q", "--timing"])).toEqual({
      command: "check",
      files: ["a.json", "-"],
      format: "ndjson",
      output: "out.ndjson",
      config: "c.json",
      rules: [
        { text: "x=warn", id: "x", setting: "warn" },
        { text: "y=[2, {}]", id: "y", setting: [2, {}] },
      ],
      quiet: true,
      timing: true,
    });
  });

  it("has defaults for what is not given", () => {
    expect(check([])).toEqual({ command: "check", files: [], format: undefined, output: undefined, config: undefined, rules: [], quiet: false, timing: false });
  });

  it("takes a value after =, glued to a short option, or as the next argument", () => {
    expect(check(["--output=r.json"])).toMatchObject({ output: "r.json" });
    expect(check(["-or.json"])).toMatchObject({ output: "r.json" });
    expect(check(["-o", "r.json"])).toMatchObject({ output: "r.json" });
    expect(check(["--format=", "x"])).toMatchObject({ error: expect.stringContaining("unknown format ''") });
  });

  it("reads severity numbers as numbers", () => {
    expect(check(["--rule", "x=0", "--rule", "y=2"])).toMatchObject({ rules: [{ setting: 0 }, { setting: 2 }] });
  });

  it("takes - as standard input, and --output - as standard output", () => {
    expect(check(["-"])).toMatchObject({ files: ["-"] });
    expect(check(["--output", "-"])).toMatchObject({ output: undefined });
  });

  it("reads everything after -- as files", () => {
    expect(check(["--", "--odd-name.json", "-x"])).toMatchObject({ files: ["--odd-name.json", "-x"] });
  });

  it("puts help and version before any mistake in the command", () => {
    expect(parseCommand(["nonsense", "--help"])).toEqual({ command: "help" });
    expect(parseCommand(["-v"])).toEqual({ command: "version" });
  });

  it.each([
    [["--fromat", "json"], "unknown option '--fromat' (did you mean '--format'?)"],
    [["--qiet"], "unknown option '--qiet' (did you mean '--quiet'?)"],
    [["--rules", "x=1"], "unknown option '--rules' (did you mean '--rule'?)"],
    [["--zzzzzz"], "unknown option '--zzzzzz'"],
    // Names of Object.prototype's members are no options either.
    [["--constructor"], "unknown option '--constructor'"],
    [["--toString"], "unknown option '--toString'"],
    [["--__proto__"], "unknown option '--__proto__'"],
    [["-x"], "unknown option '-x'"],
    [["--format"], "option '--format' needs a value"],
    [["--output", "--quiet"], "option '--output' needs a value"],
    [["--quiet=yes"], "option '--quiet' takes no value"],
    [["-", "-"], "standard input ('-') can be read only once"],
    [["--output", ""], "--output needs a file name"],
    [["--config", "-"], "--config needs a file name"],
    [["--rule", "=warn"], "--rule '=warn': expected ID=SEVERITY (say, single-source=off)"],
  ])("says what is wrong with %j in one line", (argv, error) => {
    expect(check(argv)).toEqual({ error });
  });
});

describe("startArguments (npm start -- …)", () => {
  it.each([
    [[], ["check", "--format", "text"]],
    [["--format", "json"], ["check", "--format", "json"]],
    [["--format=ndjson", "--quiet"], ["check", "--format=ndjson", "--quiet"]],
    [["check", "a.json", "-q"], ["check", "--format", "text", "a.json", "-q"]],
    [["-o", "report.html"], ["check", "-o", "report.html"]],
    [["--help"], ["check", "--help"]],
    [["--fromat", "json"], ["check", "--fromat", "json"]],
  ])("%j runs %j", (extra, argv) => {
    expect(startArguments(extra)).toEqual(argv);
  });

  it("the user's --format wins: what it runs parses to that format", () => {
    const parsed = parseCommand(startArguments(["--format", "json"]));
    expect("command" in parsed && parsed.command === "check" && parsed.format).toBe("json");
  });
});
