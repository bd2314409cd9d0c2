/**
 * Corpus strings are data from strangers. On a terminal, a control character
 * is a command: OSC 52 writes the clipboard, OSC 0 the window title, CSI 2J
 * clears the screen and cursor movement can forge "✔ 0 discrepancies". In any
 * format, a bidirectional override disguises what a name says. Every format
 * that prints corpus text shows such characters instead of obeying them.
 */

/**
 * C0 controls (but tab, and line breaks when kept), DEL, C1 controls, and the
 * invisible characters that reorder or hide text: bidi embeddings, overrides
 * and isolates, directional marks, and the line and paragraph separators.
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_AND_LINE_BREAKS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `‹U+202E›`: a character shown by its code point. */
function shown(c: string): string {
  return `‹U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}›`;
}

/**
 * The text with every control character shown by its code point (`‹U+001B›`)
 * rather than obeyed. Line feeds are kept when `keepLineBreaks` is set (a
 * quote that spans lines); a carriage return never is, since a lone one moves
 * the cursor back over what was written.
 *
 * @example
 * ```ts
 * visible("Reuters\u001b[2J");   // "Reuters‹U+001B›[2J"
 * visible("\u202Eretuer");      // "‹U+202E›retuer"
 * ```
 */
export function visible(text: string, options: { readonly keepLineBreaks?: boolean } = {}): string {
  return text.replace(options.keepLineBreaks ? CONTROLS : CONTROLS_AND_LINE_BREAKS, shown);
}

/** Every sequence a renderer may take for a line break: CRLF, a lone CR or LF, and Unicode's line and paragraph separators. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/**
 * The lines of a multi-line corpus text (a quote, a note), split at every kind
 * of line break, each made {@link visible}. A format puts each line inside its
 * block (a blockquote's `> `, an indented quote), so no line break in the
 * corpus, lone CR included, can end the block and start something else.
 *
 * @example
 * ```ts
 * visibleLines("one\r# two\u2028three");   // ["one", "# two", "three"]
 * visibleLines("a\u001b[2Jb");             // ["a‹U+001B›[2Jb"]
 * ```
 */
export function visibleLines(text: string): string[] {
  return text.split(LINE_BREAK).map((line) => visible(line));
}
