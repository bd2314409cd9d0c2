/**
 * Reading a corpus in pieces, so that the raw text and the parsed records are
 * never held at once: the reader is fed chunks of text and keeps only the
 * record it is in the middle of. Pure (it does no I/O; the command line reads
 * the file and feeds it).
 *
 * Two layouts:
 * - JSON (CONTRACT.md §1): each element of `sources`, `entities` and `claims`
 *   is parsed on its own as soon as it is complete;
 * - NDJSON: one record per line, tagged by its only key:
 *   `{"corpus": {"format": "corroborate/v1", "title": …}}`, `{"source": {…}}`,
 *   `{"entity": {…}}`, `{"predicate": {"name": "heldOn", "type": "date", …}}`,
 *   `{"claim": {…}}`.
 *
 * Either way the result is the same document parseCorpus validates, plus where
 * each record came from, so problems can name a line.
 */
import { jsonErrorDetail, locateJsonError } from "./json-position.js";
import { parseJsonText } from "./parse-corpus.js";

/** Where a record came from: the line it starts on (1-based). */
export interface RecordOrigin {
  readonly sources: readonly number[];
  readonly entities: readonly number[];
  readonly claims: readonly number[];
}

export type ReadResult =
  | { readonly ok: true; readonly document: unknown; readonly origin: RecordOrigin; readonly layout: "json" | "ndjson" }
  | { readonly ok: false; readonly message: string };

export interface CorpusReader {
  /** Feed the next piece of text. */
  push(chunk: string): void;
  /** The document, once the text has ended; a syntax error is one message with its line and column. */
  end(): ReadResult;
}

const STREAMED = new Set(["sources", "entities", "claims"]);
const TAGS = new Set(["corpus", "source", "entity", "predicate", "claim"]);

/**
 * A reader for the JSON layout.
 *
 * @example
 * ```ts
 * const reader = jsonCorpusReader();
 * for (const chunk of chunks) reader.push(chunk);
 * const read = reader.end(); // then parseCorpus(read.document)
 * ```
 */
export function jsonCorpusReader(): CorpusReader {
  // Scanner state, carried across chunks.
  let text = ""; // the unconsumed tail: from the start of the value being read
  let line = 1; // line of text[0]
  let column = 1; // column of text[0]
  // "whole": the root is not an object, so the text is kept and parsed whole at the end (its problems are the schema's to tell).
  let phase: "start" | "key" | "colon" | "value" | "comma" | "element" | "after-element" | "done" | "whole" = "start";
  let key = "";
  let depth = 0; // nesting depth inside the value or element being read
  let inString = false;
  let escaped = false;
  let scanned = 0; // how far into `text` the current value has been scanned
  let error: string | undefined;
  const document: Record<string, unknown> = {};
  const origin = { sources: [] as number[], entities: [] as number[], claims: [] as number[] };
  let elements: unknown[] = [];
  let elementLines: number[] = [];

  /** The line and column `n` characters into `text` (at most to its end). */
  const positionAfter = (n: number): { line: number; column: number } => {
    const end = Math.min(n, text.length);
    let l = line;
    let last = -1;
    for (let nl = text.indexOf("\n"); nl >= 0 && nl < end; nl = text.indexOf("\n", nl + 1)) {
      l++;
      last = nl;
    }
    return { line: l, column: last < 0 ? column + end : end - last };
  };
  /** Drop `n` characters from the front of `text`, keeping the line and column of what remains. */
  const consume = (n: number) => {
    ({ line, column } = positionAfter(n));
    text = text.slice(n);
    scanned = Math.max(0, scanned - n);
  };
  const skipSpace = (): boolean => {
    let i = 0;
    while (i < text.length && (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "\t")) i++;
    consume(i);
    return text.length > 0;
  };
  const fail = (at: number, what: string) => {
    const where = positionAfter(at);
    error = `invalid JSON at line ${where.line}, column ${where.column}: ${what}`;
  };
  /** Scan one complete JSON value from text[0]; its length, or -1 when more text is needed. */
  const scanValue = (): number => {
    let i = scanned;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) {
          inString = false;
          if (depth === 0) return i + 1;
        }
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (depth === 0 && (c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9)) {
        return i === 0 ? 1 : i; // a number, true, false or null ends here (a lone bracket: JSON.parse will say so)
      } else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    scanned = i;
    return -1;
  };
  const parseSlice = (n: number): { ok: true; value: unknown } | { ok: false } => {
    const slice = text.slice(0, n);
    try {
      return { ok: true, value: JSON.parse(slice) };
    } catch (e) {
      const at = locateJsonError(slice);
      fail(at < 0 ? n : at, jsonErrorDetail(e));
      return { ok: false };
    }
  };

  const step = (final: boolean): void => {
    while (error === undefined) {
      if (phase === "whole") return;
      if (phase === "done") {
        if (skipSpace()) fail(0, "unexpected text after the document");
        return;
      }
      if (!skipSpace()) return;
      const c = text[0];
      switch (phase) {
        case "start":
          if (c !== "{") {
            phase = "whole";
            return;
          }
          consume(1);
          phase = "key";
          break;
        case "key": {
          if (c === "}" && Object.keys(document).length === 0) {
            consume(1);
            phase = "done";
            break;
          }
          if (c !== '"') return fail(0, "expected a key in double quotes");
          const n = scanValue();
          if (n < 0) return;
          const parsed = parseSlice(n);
          if (!parsed.ok) return;
          key = parsed.value as string;
          consume(n);
          phase = "colon";
          break;
        }
        case "colon":
          if (c !== ":") return fail(0, "expected ':' after a key");
          consume(1);
          phase = "value";
          break;
        case "value":
          if (STREAMED.has(key) && c === "[") {
            consume(1);
            elements = [];
            elementLines = [];
            phase = "element";
            break;
          }
          {
            const n = scanValue();
            if (n < 0) {
              if (final) fail(text.length, "the document ends in the middle of a value");
              return;
            }
            const parsed = parseSlice(n);
            if (!parsed.ok) return;
            document[key] = parsed.value;
            consume(n);
            phase = "comma";
          }
          break;
        case "element": {
          if (c === "]" && elements.length === 0) {
            consume(1);
            finishArray();
            break;
          }
          const startLine = line;
          const n = scanValue();
          if (n < 0) {
            if (final) fail(text.length, "the document ends in the middle of a record");
            return;
          }
          const parsed = parseSlice(n);
          if (!parsed.ok) return;
          elements.push(parsed.value);
          elementLines.push(startLine);
          consume(n);
          phase = "after-element";
          break;
        }
        case "after-element":
          if (c === ",") {
            consume(1);
            phase = "element";
          } else if (c === "]") {
            consume(1);
            finishArray();
          } else return fail(0, "expected ',' or ']' between records");
          break;
        case "comma":
          if (c === ",") {
            consume(1);
            phase = "key";
          } else if (c === "}") {
            consume(1);
            phase = "done";
          } else return fail(0, "expected ',' or '}' after a value");
          break;
      }
    }
  };
  const finishArray = () => {
    document[key] = elements;
    (origin as Record<string, number[]>)[key] = elementLines;
    phase = "comma";
  };

  return {
    push(chunk: string) {
      text += chunk;
      step(false);
    },
    end(): ReadResult {
      step(true);
      if (phase === "whole") {
        // Put back the blank lines and columns skipped before the root, so positions stay true.
        const whole = parseJsonText("\n".repeat(line - 1) + " ".repeat(column - 1) + text);
        return whole.ok ? { ok: true, document: whole.json, origin, layout: "json" } : { ok: false, message: whole.problem.message };
      }
      if (error === undefined && phase !== "done") {
        error = text.trim() === "" && phase === "start" ? "invalid JSON: the file is empty" : `invalid JSON at line ${line}, column ${column}: the document ends too early`;
      }
      return error !== undefined ? { ok: false, message: error } : { ok: true, document, origin, layout: "json" };
    },
  };
}

/**
 * A reader for the NDJSON layout: one tagged record per line (see the module's doc).
 *
 * @example
 * ```ts
 * const reader = ndjsonCorpusReader();
 * reader.push('{"corpus":{"format":"corroborate/v1"}}\n{"source":{"id":"a","outlet":"A"}}\n');
 * reader.end();
 * ```
 */
export function ndjsonCorpusReader(): CorpusReader {
  let pending = "";
  let lineNumber = 0;
  let error: string | undefined;
  const document: Record<string, unknown> = { sources: [], entities: [], claims: [] };
  const origin = { sources: [] as number[], entities: [] as number[], claims: [] as number[] };
  const predicates: Record<string, unknown> = Object.create(null);
  let sawPredicate = false;

  const take = (raw: string) => {
    lineNumber++;
    const lineText = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (error !== undefined || lineText.trim() === "") return;
    let record: unknown;
    try {
      record = JSON.parse(lineText);
    } catch (e) {
      const at = locateJsonError(lineText);
      error = `invalid JSON at line ${lineNumber}, column ${(at < 0 ? lineText.length : at) + 1}: ${jsonErrorDetail(e)}`;
      return;
    }
    const keys = record !== null && typeof record === "object" && !Array.isArray(record) ? Object.keys(record) : [];
    const tag = keys.length === 1 && TAGS.has(keys[0]!) ? keys[0]! : undefined;
    if (tag === undefined) {
      error = `line ${lineNumber}: a record is an object with one key: corpus, source, entity, predicate or claim`;
      return;
    }
    const body = (record as Record<string, unknown>)[tag];
    switch (tag) {
      case "corpus":
        if (body === null || typeof body !== "object" || Array.isArray(body)) error = `line ${lineNumber}: "corpus" holds an object ({"format": "corroborate/v1", …})`;
        else Object.assign(document, body);
        break;
      case "predicate": {
        const spec = body as Record<string, unknown> | null;
        if (spec === null || typeof spec !== "object" || typeof spec.name !== "string") {
          error = `line ${lineNumber}: a predicate record needs a "name"`;
          return;
        }
        const { name, ...rest } = spec;
        predicates[name] = rest;
        sawPredicate = true;
        break;
      }
      default: {
        const collection = `${tag === "entity" ? "entities" : `${tag}s`}` as "sources" | "entities" | "claims";
        (document[collection] as unknown[]).push(body);
        origin[collection].push(lineNumber);
      }
    }
  };

  return {
    push(chunk: string) {
      pending += chunk;
      let start = 0;
      for (let nl = pending.indexOf("\n"); nl >= 0; nl = pending.indexOf("\n", start)) {
        take(pending.slice(start, nl));
        start = nl + 1;
      }
      pending = pending.slice(start);
    },
    end(): ReadResult {
      if (pending !== "") take(pending);
      pending = "";
      if (sawPredicate) document.predicates = predicates;
      return error !== undefined ? { ok: false, message: error } : { ok: true, document, origin, layout: "ndjson" };
    },
  };
}

/** Which layout a file is in: NDJSON by its name (.ndjson, .jsonl) or when its first line is one tagged record. */
export function sniffLayout(name: string, head: string): "json" | "ndjson" {
  if (/\.(ndjson|jsonl)$/i.test(name)) return "ndjson";
  const first = head.split("\n", 1)[0]!.trim();
  try {
    const record = JSON.parse(first) as unknown;
    const keys = record !== null && typeof record === "object" && !Array.isArray(record) ? Object.keys(record) : [];
    return keys.length === 1 && TAGS.has(keys[0]!) ? "ndjson" : "json";
  } catch {
    return "json";
  }
}
