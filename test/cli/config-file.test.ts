import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineRule } from "../../src/engine/define-rule.js";
import { agreeing, CWD, lines, run } from "./harness.js";

const rulesOf = (stdout: string) => (JSON.parse(stdout) as { findings: { rule: string; severity: string }[] }).findings.map((f) => `${f.rule}:${f.severity}`);
const files = (config: Record<string, string> = {}) => ({ "a.json": agreeing, ...config });

const echo = defineRule({
  id: "echo",
  meta: { description: "Says its option.", messages: { m: "The word is {word}." } },
  options: z.object({ word: z.string().default("unset") }),
  create(ctx) {
    ctx.report({ kind: "note", messageId: "m", data: { word: ctx.options.word }, subject: null, predicate: null, claims: [] });
  },
});

const shout = defineRule({
  id: "shout",
  meta: { description: "One note.", messages: { m: "Hello." } },
  create(ctx) {
    ctx.report({ kind: "note", messageId: "m", subject: null, predicate: null, claims: [] });
  },
});

describe("the rule configuration", () => {
  it("is read from corroborate.config.json in the working directory", async () => {
    const { status, stdout } = await run(["check", "a.json"], { files: files({ "corroborate.config.json": '{"rules": {"single-source": "off"}}' }) });
    expect(status).toBe(0);
    expect(rulesOf(stdout)).toEqual([]);
    expect(rulesOf((await run(["check", "a.json"], { files: files() })).stdout)).toEqual(["single-source:info", "single-source:info"]);
  });

  it("is read from the file --config names, and accepts ESLint's severity numbers and words", async () => {
    const { status, stdout } = await run(["check", "a.json", "--config", "conf/rules.json"], {
      files: files({ "conf/rules.json": '{"rules": {"single-source": 1, "date-consistency": ["warn"], "text-consistency": 0}}' }),
    });
    expect(status).toBe(0);
    expect(rulesOf(stdout)).toEqual(["single-source:warning", "single-source:warning"]);
  });

  it("is found as corroborate.config.cjs too, the name the CommonJS-syntax message suggests", async () => {
    const modules = { [`${CWD}/corroborate.config.cjs`]: { default: { rules: { "single-source": "off" }, extraRules: [shout] } } };
    const { stdout } = await run(["check", "a.json"], { files: files({ "corroborate.config.cjs": "module.exports = {}" }), modules });
    expect(rulesOf(stdout)).toEqual(["shout:info"]);
  });

  it("is read from a JavaScript module's default export, custom rules included", async () => {
    const modules = { [`${CWD}/corroborate.config.js`]: { default: { rules: { "single-source": "off" }, extraRules: [shout] } } };
    const { stdout } = await run(["check", "a.json"], { files: files(), modules });
    expect(rulesOf(stdout)).toEqual(["shout:info"]);
  });

  it("loads a real .mjs file with import()", async () => {
    const fixture = fileURLToPath(new URL("../fixtures/cli/corroborate.config.mjs", import.meta.url));
    const { status, stdout, stderr } = await run(["check", "a.json", "--config", fixture], {
      files: files(),
      io: { exists: () => true, importModule: (path) => import(pathToFileURL(path).href) },
    });
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(rulesOf(stdout)).toEqual(["quote-length:warning"]);
  });

  it("is overridden by --rule", async () => {
    const config = '{"rules": {"single-source": "off", "date-consistency": "error"}}';
    const { stdout } = await run(["check", "a.json", "--rule", "single-source=error", "--rule", "date-consistency=off"], {
      files: files({ "corroborate.config.json": config }),
    });
    expect(rulesOf(stdout)).toEqual(["single-source:error", "single-source:error"]);
  });

  it("keeps the options the file gave when --rule sets only a severity, as ESLint does", async () => {
    const modules = { [`${CWD}/corroborate.config.mjs`]: { default: { rules: { echo: ["info", { word: "kept" }] }, extraRules: [echo] } } };
    const { stdout } = await run(["check", "a.json", "--rule", "echo=warn", "--rule", "single-source=off"], { files: files(), modules });
    expect(JSON.parse(stdout).findings).toEqual([expect.objectContaining({ rule: "echo", severity: "warning", message: "The word is kept." })]);
  });

  it("takes [severity, options] as JSON on the command line", async () => {
    const { status, stderr } = await run(["check", "a.json", "--rule", 'status-timeline=["warn", {"reportOnTime": false}]'], { files: files() });
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });
});

describe("a mistake in the configuration is one line per problem, with the file and the path, and exit 2", () => {
  const bad = async (argv: string[], world: Parameters<typeof run>[1], expected: string[]) => {
    const { status, stdout, stderr } = await run(argv, world);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(lines(stderr)).toEqual(expected);
  };

  it("an unknown rule, with a guess", () =>
    bad(["check", "a.json"], { files: files({ "corroborate.config.json": '{"rules": {"single-sorce": "off"}}' }) }, [
      'corroborate.config.json: rules["single-sorce"]: unknown rule (did you mean "single-source"?)',
    ]));

  it("every mistake at once: a severity that is none, options that fail their schema, options for a rule that takes none", () =>
    bad(
      ["check", "a.json"],
      {
        files: files({
          "corroborate.config.json": JSON.stringify({
            rules: { "date-consistency": "loud", "status-timeline": ["error", { reportOnTime: "yes" }], "single-source": [2, { x: 1 }], "weekday-mismatch": 3 },
          }),
        }),
      },
      [
        'corroborate.config.json: rules["date-consistency"]: "loud" is not off, info, warning or error',
        'corroborate.config.json: rules["status-timeline"][1].reportOnTime: expected true or false',
        'corroborate.config.json: rules["weekday-mismatch"]: 3 is not 0 (off), 1 (warning) or 2 (error)',
        'corroborate.config.json: rules["single-source"][1]: the rule takes no options',
      ],
    ));

  it("an unknown key, with a guess", () =>
    bad(["check", "a.json"], { files: files({ "corroborate.config.json": '{"rulez": {}, "plugins": []}' }) }, [
      'corroborate.config.json: rulez: unknown key (did you mean "rules"?)',
      "corroborate.config.json: plugins: unknown key",
    ]));

  it("an unknown key beside five bad rule settings: all six at once", () =>
    bad(
      ["check", "a.json"],
      {
        files: files({
          "corroborate.config.json": JSON.stringify({
            extraRule: [],
            rules: { "single-sorce": "off", "date-consistency": "loud", "text-consistency": ["warn", { nope: 1 }], "weekday-mismatch": 3, x: "off" },
          }),
        }),
      },
      [
        'corroborate.config.json: extraRule: unknown key (did you mean "extraRules"?)',
        'corroborate.config.json: rules["single-sorce"]: unknown rule (did you mean "single-source"?)',
        "corroborate.config.json: rules.x: unknown rule",
        'corroborate.config.json: rules["date-consistency"]: "loud" is not off, info, warning or error',
        'corroborate.config.json: rules["text-consistency"][1]: the rule takes no options',
        'corroborate.config.json: rules["weekday-mismatch"]: 3 is not 0 (off), 1 (warning) or 2 (error)',
      ],
    ));

  it("rules that are not an object, and custom rules in a JSON file", () =>
    bad(["check", "a.json"], { files: files({ "corroborate.config.json": '{"rules": ["single-source"], "extraRules": [{"id": "x"}]}' }) }, [
      'corroborate.config.json: rules: expected an object of rule settings ({ "single-source": "off" })',
      "corroborate.config.json: extraRules[0]: not a rule made with defineRule (custom rules need a JavaScript config file)",
    ]));

  it("invalid JSON", () =>
    bad(["check", "a.json", "--config", "c.json"], { files: files({ "c.json": '{"rules": }' }) }, [expect.stringMatching(/^c\.json: invalid JSON at line 1, column 11: /) as unknown as string]));

  it("a config file that is not there", () => bad(["check", "a.json", "--config", "nope.json"], { files: files() }, ["nope.json: cannot read the file: no such file"]));

  it("a module that fails to load, or has no default export, or exports something else", async () => {
    const path = `${CWD}/corroborate.config.mjs`;
    await bad(["check", "a.json"], { files: files(), modules: {} , io: { exists: (p) => p === path || p === "a.json", importModule: () => Promise.reject(new SyntaxError("Unexpected token 'export'\n    at x")) } }, [
      "corroborate.config.mjs: cannot load the module: Unexpected token 'export'",
    ]);
    await bad(["check", "a.json"], { files: files(), modules: { [path]: { rules: {} } } }, [
      "corroborate.config.mjs: the module has no default export (export default { rules: {…} })",
    ]);
    await bad(["check", "a.json"], { files: files(), modules: { [path]: { default: [] } } }, ["corroborate.config.mjs: (root): expected an object { rules?, extraRules? }"]);
    await bad(["check", "a.json"], { files: files(), modules: { [path]: { default: { extraRules: [{ id: "x", create() {} }] } } } }, [
      "corroborate.config.mjs: extraRules[0]: not a rule made with defineRule",
    ]);
  });

  describe("a .js config file and its package's module type", () => {
    const path = `${CWD}/corroborate.config.js`;
    const esm = 'import x from "./x.js";\nexport default { rules: { "single-source": "off" } };\n';
    const world = (source: string, type: "module" | "commonjs", loaded: unknown = { default: { rules: {} } }) => {
      let imported = false;
      return {
        world: {
          files: files({ "corroborate.config.js": source }),
          io: {
            packageType: (p: string) => (p === path ? type : "module"),
            importModule: async () => {
              imported = true;
              if (loaded instanceof Error) throw loaded;
              return loaded;
            },
          },
        },
        imported: () => imported,
      };
    };

    it.each([
      ["export default", esm],
      ["export { … as default }", "const c = { rules: {} };\nexport { c as default };\n"],
      ["import.meta", "const here = import.meta.url;\nmodule.exports = { rules: {} };\n"],
      ["a top-level await", "const r = await Promise.resolve({});\nmodule.exports = { rules: r };\n"],
    ])("ES module syntax (%s) under CommonJS is one line with the fix, and the file is never imported", async (_, source) => {
      const { world: w, imported } = world(source, "commonjs");
      await bad(["check", "a.json"], w, [
        'corroborate.config.js: ES module syntax in a CommonJS .js file: rename it to corroborate.config.mjs or set "type": "module" in package.json',
      ]);
      expect(imported()).toBe(false);
    });

    it("CommonJS under CommonJS, and ES modules under type module, are imported", async () => {
      for (const [source, type] of [["module.exports = { rules: {} };\n// export default is only a comment here\nconst s = 'import x from y';\n", "commonjs"], [esm, "module"]] as const) {
        const { world: w, imported } = world(source, type);
        expect((await run(["check", "a.json"], w)).status).toBe(0);
        expect(imported()).toBe(true);
      }
    });

    it("CommonJS syntax under type module says so", async () => {
      const { world: w } = world("module.exports = {};", "module", new ReferenceError("module is not defined in ES module scope\nThis file is being treated as an ES module"));
      await bad(["check", "a.json"], w, ["corroborate.config.js: CommonJS syntax in an ES module .js file: rename it to corroborate.config.cjs or write export default { … }"]);
    });
  });

  it("a custom rule that takes a built-in's id", () =>
    bad(
      ["check", "a.json"],
      { files: files(), modules: { [`${CWD}/corroborate.config.mjs`]: { default: { extraRules: [defineRule({ ...shout, id: "single-source" })] } } } },
      ['corroborate.config.mjs: extraRules: two rules share the id "single-source"'],
    ));

  it("several config files in the working directory", () =>
    bad(["check", "a.json"], { files: files({ "corroborate.config.json": "{}" }), modules: { [`${CWD}/corroborate.config.mjs`]: { default: {} } } }, [
      "corroborate: several config files (corroborate.config.json, corroborate.config.mjs): keep one, or choose one with --config",
    ]));

  it("a --rule that names no rule, sets no severity, or is not ID=SEVERITY", async () => {
    await bad(["check", "a.json", "--rule", "single-sorce=warn"], { files: files() }, ['--rule single-sorce=warn: unknown rule (did you mean "single-source"?)']);
    await bad(["check", "a.json", "--rule", "single-source=loud", "--rule", "status-timeline=[1, {\"reportOnTime\": 5}]"], { files: files() }, [
      '--rule single-source=loud: "loud" is not off, info, warning or error',
      '--rule status-timeline=[1, {"reportOnTime": 5}]: [1].reportOnTime: expected true or false',
    ]);
    await bad(["check", "a.json", "--rule", "single-source"], { files: files() }, ["corroborate: --rule 'single-source': expected ID=SEVERITY (say, single-source=off)"]);
    await bad(["check", "a.json", "--rule", "single-source=[warn"], { files: files() }, [
      expect.stringMatching(/^corroborate: --rule 'single-source=\[warn': the setting is not valid JSON \(/) as unknown as string,
    ]);
  });

  it("checks a --rule against the custom rules of the config file", async () => {
    const modules = { [`${CWD}/corroborate.config.mjs`]: { default: { extraRules: [shout] } } };
    const { status, stdout } = await run(["check", "a.json", "--rule", "shout=error", "--rule", "single-source=off"], { files: files(), modules });
    expect(status).toBe(1);
    expect(rulesOf(stdout)).toEqual(["shout:error"]);
  });
});
