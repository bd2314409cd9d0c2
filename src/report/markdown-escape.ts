import { visible, visibleLines } from "./escape.js";

/**
 * Corpus text in Markdown must render as exactly that text: no emphasis, no
 * link, no image, no raw HTML, no heading or list, whatever it holds. The
 * characters that mean something anywhere on a line are backslash-escaped
 * always; those that mean something only at the start of a line (`-`, `+`,
 * `=`, `1.`) only there, and autolinks (`https://`, `www.`, `a@b.c`) are
 * broken at the character that starts them, so ordinary prose stays readable
 * in the raw file too.
 */

/**
 * Anywhere: escapes, code spans, emphasis and strikethrough, links and images
 * (`[`), autolinks and raw HTML (`<`), entities (`&`), table cells (`|`),
 * headings (`#`, also as a closing sequence), blockquotes (`>`), GitHub's math
 * (`$`) and e-mail autolinks (`@`).
 */
const ALWAYS = /[\\`*_~[\]<>&|#$@]/g;
/** `https://`, `mailto:x`: a scheme's colon, when something follows it directly. */
const SCHEME_COLON = /(?<=[A-Za-z]):(?=\S)/g;
/** GitHub's `www.` autolinks. */
const WWW_DOT = /(?<![A-Za-z0-9])(www)\./gi;
/** List items, thematic breaks and setext underlines (`-`, `+`, `=`), ordered list items (`1.`, `1)`). */
const LINE_START = /^(\s*)(?:([-+=])|(\d{1,9})([.)]))/;

/**
 * One line of corpus text as inline Markdown that renders as the text itself.
 * Control characters and line breaks are shown ({@link visible}) rather than
 * obeyed, so the result is always one line.
 *
 * @example
 * ```ts
 * escapeMarkdown("[x](javascript:y) *b* <i>");   // "\\[x\\](javascript\\:y) \\*b\\* \\<i\\>"
 * escapeMarkdown("- 2023-03-19");               // "\\- 2023-03-19"
 * ```
 */
export function escapeMarkdown(text: string): string {
  return visible(text)
    .replace(ALWAYS, "\\$&")
    .replace(SCHEME_COLON, "\\:")
    .replace(WWW_DOT, "$1\\.")
    .replace(LINE_START, (_, space: string, mark: string | undefined, digits: string, end: string) =>
      mark !== undefined ? `${space}\\${mark}` : `${space}${digits}\\${end}`,
    );
}

/**
 * A multi-line corpus text as blockquote lines (`> …`): every line of it,
 * whatever line break ended the one before (CR, LF, CRLF, U+2028, U+2029),
 * stays inside the blockquote, and keeps its own line when rendered (a
 * backslash hard break). Leading blanks are dropped, since four of them would
 * start a code block.
 *
 * @example
 * ```ts
 * blockquote("quoted\r# not a heading");   // ["> quoted\\", "> \\# not a heading"]
 * ```
 */
export function blockquote(text: string): string[] {
  const lines = visibleLines(text).map((line) => escapeMarkdown(line.replace(/^\s+/, "")));
  return lines.map((line, i) => {
    if (line === "") return ">";
    const breakAfter = i + 1 < lines.length && lines[i + 1] !== "";
    return `> ${line}${breakAfter ? "\\" : ""}`;
  });
}

/**
 * Text as a code span: fenced with more backticks than any run inside it, so
 * the text cannot close the span early (inside a code span, a backslash is
 * literal and nothing else is markup).
 *
 * @example
 * ```ts
 * codeSpan("date-consistency");   // "`date-consistency`"
 * codeSpan("a`b");                // "``a`b``"
 * ```
 */
export function codeSpan(text: string): string {
  const shown = visible(text);
  let longest = 0;
  for (const run of shown.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = shown.startsWith("`") || shown.endsWith("`") || shown.trim() === "" ? " " : "";
  return `${fence}${pad}${shown}${pad}${fence}`;
}
