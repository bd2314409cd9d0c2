import { parseArgs } from "node:util";
import { REPORT_FORMATS, type ReportFormat } from "../report/index.js";

export type Command =
  | { readonly command: "help" }
  | { readonly command: "version" }
  | {
      readonly command: "check";
      readonly files: readonly string[];
      readonly format: ReportFormat | undefined;
      readonly output: string | undefined;
      readonly timing: boolean;
    };

export const USAGE = `Usage: corroborate check [corpus.json ...] [options]

Check what several sources say about the same events: where they agree and
where they contradict each other. Without a file, checks the bundled example
corpus. Several files are checked together as one corpus.

Options:
  --format text|json|markdown|html   report format (default: text on a terminal, json otherwise)
  --output FILE                      write the report to FILE instead of standard output
  --timing                           print each rule's time to standard error
  -h, --help                         show this help
  -v, --version                      show the version

Exit status: 0 no discrepancy, 1 at least one discrepancy, 2 bad input or usage.
`;

/** Parse the command line; a usage mistake is returned as its message, never thrown. */
export function parseCommand(argv: readonly string[]): Command | { readonly error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        output: { type: "string", short: "o" },
        timing: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    return { error: (error as Error).message.split("\n")[0]! };
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const [command, ...files] = positionals;
  if (command === undefined) return { error: "missing command: use 'corroborate check [corpus.json ...]'" };
  if (command !== "check") return { error: `unknown command '${command}': the command is 'check'` };
  const format = values.format;
  if (format !== undefined && !(REPORT_FORMATS as readonly string[]).includes(format)) {
    return { error: `unknown format '${format}': use one of ${REPORT_FORMATS.join(", ")}` };
  }
  if (values.output === "") return { error: "--output needs a file name" };
  return { command: "check", files, format: format as ReportFormat | undefined, output: values.output, timing: values.timing ?? false };
}
