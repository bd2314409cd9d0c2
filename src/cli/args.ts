/**
 * The command line's grammar. Hand-written rather than `util.parseArgs`, whose
 * mistakes are multi-line messages written for programmers ("Unknown option
 * '--fromat'. To specify a positional argument starting with a '-', place it
 * at the end of the command after '--'"); ours are one line with a
 * "did you mean", and `--rule` may be repeated.
 */
import { didYouMean } from "../engine/config.js";
import { REPORT_FORMATS, type ReportFormat } from "../report/index.js";
import { lookupTable } from "../model/lookup-table.js";

/** One `--rule ID=SEVERITY` as given, and what it sets. */
export interface RuleFlag {
  /** As written after `--rule`, for messages. */
  readonly text: string;
  readonly id: string;
  /** A severity word, a number (`0`, `1`, `2`), or `[severity, options]` from JSON; validated with the rest of the configuration. */
  readonly setting: unknown;
}

export interface CheckCommand {
  readonly command: "check";
  /** Corpus files; `-` is standard input. */
  readonly files: readonly string[];
  readonly format: ReportFormat | undefined;
  /** Where to write the report; `undefined` is standard output (so is `-`). */
  readonly output: string | undefined;
  readonly config: string | undefined;
  readonly rules: readonly RuleFlag[];
  readonly quiet: boolean;
  readonly timing: boolean;
}

export type Command = { readonly command: "help" } | { readonly command: "version" } | CheckCommand;

export const USAGE = `Usage: corroborate check [FILE ...] [options]
       corroborate --help | --version

Check what several sources say about the same events: where they agree and
where they contradict each other. Several files are checked together as one
corpus; without a file, the bundled example corpus is checked.

Arguments:
  FILE                  a corpus in JSON, or NDJSON (a .ndjson or .jsonl file,
                        or one whose first line is a tagged record);
                        - reads the corpus from standard input

Options:
  --format FORMAT       text, json, ndjson, markdown or html; by default the
                        --output file's extension decides (.txt, .json,
                        .ndjson or .jsonl, .md, .html), else text on a
                        terminal and json otherwise
  -o, --output FILE     write the report to FILE, whole or not at all
  -c, --config FILE     rule settings: a JSON file, or a JavaScript module
                        whose default export is { rules?, extraRules? };
                        by default corroborate.config.json, .js or .mjs in
                        the working directory, when there is one
  --rule ID=SEVERITY    set one rule: off, info, warning (or warn) or error,
                        or 0, 1, 2 as in ESLint; ID='["warning", {...}]' also
                        gives options; repeatable; wins over the config file
  -q, --quiet           report only discrepancies and findings of severity
                        warning or error; the summary still counts everything
                        and the exit status still sees everything
  --timing              print the time of each phase (reading, validating,
                        resolving, consensus, checking, writing) and of each
                        rule to standard error
  -h, --help            show this help
  -v, --version         show the version

Exit status:
  0  no discrepancy, and no finding of severity error
  1  at least one discrepancy, or a finding of severity error (a rule that
     failed included)
  2  bad input, a bad configuration, a usage mistake, or a report that could
     not be written
`;

interface OptionSpec {
  readonly short?: string;
  /** Takes a value (`--format json`, `--format=json`). */
  readonly value?: boolean;
}

const OPTIONS: Readonly<Record<string, OptionSpec>> = lookupTable({
  format: { value: true },
  output: { value: true, short: "o" },
  config: { value: true, short: "c" },
  rule: { value: true },
  quiet: { short: "q" },
  timing: {},
  help: { short: "h" },
  version: { short: "v" },
});

const BY_SHORT = new Map(Object.entries(OPTIONS).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));

type Parsed = { readonly error: string };

/**
 * Parse the command line. A usage mistake is returned as a one-line message,
 * never thrown.
 *
 * @example
 * ```ts
 * parseCommand(["check", "-", "--format", "ndjson", "--quiet"]);
 * // { command: "check", files: ["-"], format: "ndjson", quiet: true, … }
 * parseCommand(["check", "--fromat", "json"]);
 * // { error: "unknown option '--fromat' (did you mean '--format'?)" }
 * ```
 */
export function parseCommand(argv: readonly string[]): Command | Parsed {
  const values = new Map<string, string | true>();
  const ruleTexts: string[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const eq = arg.indexOf("=");
    const written = long && eq > 0 ? arg.slice(0, eq) : long ? arg : arg.slice(0, 2);
    const name = long ? written.slice(2) : BY_SHORT.get(written.slice(1));
    const spec = name === undefined ? undefined : OPTIONS[name];
    if (name === undefined || spec === undefined) return { error: unknownOption(written) };
    // The value: after "=", glued to a short option (-oreport.json), or the next argument.
    let value: string | undefined = long ? (eq > 0 ? arg.slice(eq + 1) : undefined) : arg.length > 2 ? arg.slice(2) : undefined;
    if (!spec.value) {
      if (value !== undefined) return { error: `option '${written}' takes no value` };
      values.set(name, true);
      continue;
    }
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-")) return { error: `option '${written}' needs a value` };
      value = next;
      i++;
    }
    if (name === "rule") ruleTexts.push(value);
    else values.set(name, value);
  }
  if (values.has("help")) return { command: "help" };
  if (values.has("version")) return { command: "version" };
  const [command, ...files] = positionals;
  if (command === undefined) return { error: "missing command: use 'corroborate check [FILE ...]'" };
  if (command !== "check") return { error: `unknown command '${command}': the command is 'check'` };
  if (files.filter((f) => f === "-").length > 1) return { error: "standard input ('-') can be read only once" };
  const format = values.get("format") as string | undefined;
  if (format !== undefined && !(REPORT_FORMATS as readonly string[]).includes(format)) {
    const near = didYouMean(format, REPORT_FORMATS);
    return { error: `unknown format '${format}'${near ? ` (did you mean '${near}'?)` : ""}: use one of ${REPORT_FORMATS.join(", ")}` };
  }
  const output = values.get("output") as string | undefined;
  if (output === "") return { error: "--output needs a file name" };
  const config = values.get("config") as string | undefined;
  if (config === "" || config === "-") return { error: "--config needs a file name" };
  const rules: RuleFlag[] = [];
  for (const text of ruleTexts) {
    const flag = parseRuleFlag(text);
    if ("error" in flag) return flag;
    rules.push(flag);
  }
  return {
    command: "check",
    files,
    format: format as ReportFormat | undefined,
    output: output === "-" ? undefined : output,
    config,
    rules,
    quiet: values.has("quiet"),
    timing: values.has("timing"),
  };
}

function unknownOption(written: string): string {
  const near = written.startsWith("--") ? didYouMean(written.slice(2), Object.keys(OPTIONS)) : undefined;
  return `unknown option '${written}'${near ? ` (did you mean '--${near}'?)` : ""}`;
}

/** `ID=SEVERITY`, `ID=2` or `ID=[severity, options]` (JSON). Whether the rule and severity exist is the configuration's to say. */
function parseRuleFlag(text: string): RuleFlag | Parsed {
  const eq = text.indexOf("=");
  const id = eq < 0 ? "" : text.slice(0, eq).trim();
  const raw = eq < 0 ? "" : text.slice(eq + 1).trim();
  if (id === "" || raw === "") return { error: `--rule '${text}': expected ID=SEVERITY (say, single-source=off)` };
  if (raw.startsWith("[")) {
    try {
      return { text, id, setting: JSON.parse(raw) as unknown };
    } catch (error) {
      return { error: `--rule '${text}': the setting is not valid JSON (${(error as Error).message.split("\n")[0]})` };
    }
  }
  return { text, id, setting: /^\d+$/.test(raw) ? Number(raw) : raw };
}

/**
 * The arguments `npm start -- …` runs: `check` with what was passed, reading
 * the bundled corpus as text unless the arguments say otherwise (a `--format`,
 * or an `--output` whose extension chooses the format). A leading `check` may
 * be written or not.
 *
 * @example
 * ```ts
 * startArguments([]); // ["check", "--format", "text"]
 * startArguments(["--format", "json"]); // ["check", "--format", "json"]
 * ```
 */
export function startArguments(extra: readonly string[]): string[] {
  const given = extra[0] === "check" ? extra.slice(1) : [...extra];
  const parsed = parseCommand(["check", ...given]);
  const chosen = "command" in parsed && parsed.command === "check" && (parsed.format !== undefined || parsed.output !== undefined);
  // A mistake or --help is the command line's to answer, as written.
  return "error" in parsed || parsed.command !== "check" || chosen ? ["check", ...given] : ["check", "--format", "text", ...given];
}
