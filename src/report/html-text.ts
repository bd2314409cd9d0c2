import { visible, visibleLines } from "./escape.js";

/**
 * How corpus text enters the HTML report. Three things can go wrong with a
 * string from a stranger: it can be markup (escaped), it can hold invisible
 * controls that reorder or hide what it says (shown, by {@link visible}), and
 * a right-to-left name can reorder the words around it (isolated: a `<bdi>`
 * in HTML; the Unicode isolate characters FSI … PDI in plain-text places such
 * as a tooltip, which have no elements). Overlong text is wrapped by the style
 * sheet (`overflow-wrap: anywhere`).
 */

/**
 * Escape text for HTML text and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml(`<a href="x">`);   // "&lt;a href=&quot;x&quot;&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * Only plain web addresses become links; anything else (`javascript:`, `data:` …) is shown as text.
 *
 * @example
 * ```ts
 * safeUrl("javascript:alert(1)");   // undefined
 * ```
 */
export function safeUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s<>"']+$/i.test(url.trim()) ? url.trim() : undefined;
}

/**
 * One line of corpus text as HTML: escaped, controls shown, and isolated in a
 * `<bdi>` so its direction cannot spill onto its neighbours.
 *
 * @example
 * ```ts
 * corpusHtml("\u202Eretuer<b>");   // "<bdi>‹U+202E›retuer&lt;b&gt;</bdi>"
 * ```
 */
export function corpusHtml(text: string): string {
  return `<bdi>${escapeHtml(visible(text))}</bdi>`;
}

/**
 * Multi-line corpus text (a quote) as HTML: each of its lines, whatever line
 * break ended the one before, on its own line (`<br>`), controls shown. The
 * caller's element gives it `dir="auto"`.
 *
 * @example
 * ```ts
 * corpusLines("one\rtwo");   // "one<br>two"
 * ```
 */
export function corpusLines(text: string): string {
  return visibleLines(text).map(escapeHtml).join("<br>");
}

/**
 * Corpus text inside plain text that has no elements (a tooltip, an
 * `aria-label`, SVG text): controls shown and the whole wrapped in the
 * isolate characters FSI … PDI. Not escaped: the caller escapes the sentence.
 *
 * @example
 * ```ts
 * isolated("رويترز");   // "\u2068رويترز\u2069"
 * ```
 */
export function isolated(text: string): string {
  return `\u2068${visible(text)}\u2069`;
}

/**
 * At most `max` characters of a text (whole code points), with `…` when it was cut.
 *
 * @example
 * ```ts
 * clip("paris-agreement-signing", 10);   // "paris-agr…"
 * ```
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}
