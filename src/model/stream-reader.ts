/**
 * Reading a corpus in pieces, so that the raw text and the parsed records are
 * never held at once: the reader is fed chunks of text and keeps only the
 * record it is in the middle of. Pure (it does no I/O; the command line reads
 * the file and feeds it).
 *
 * Two layouts:
 * - JSON (README, "Corpus format"): each element of `sources`, `entities` and `claims`
 *   is parsed on its own as soon as it is complete;
 * - NDJSON: one record per line, tagged by its only key:
 *   `{"corpus": {"format": "corroborate/v1", "title": …}}`, `{"source": {…}}`,
 *   `{"entity": {…}}`, `{"predicate": {"name": "heldOn", "type": "date", …}}`,
 *   `{"claim": {…}}`.
 *
 * Both go through the one JSON scanner (`json-scanner.ts`), so both see
 * duplicate keys, `__proto__` keys and numbers JSON cannot hold, and both read
 * in linear time whatever the layout. Either way the result is the same
 * document parseCorpus validates, plus where each record came from, so problems
 * and report entries can name a line.
 */
import { encodingProblem, sniffTextEncoding, utf8Decoder, type Utf8Decoder } from "./encoding.js";
import { JsonScanner, type ValueEvent } from "./json-scanner.js";
import { scanProblems } from "./json-text.js";
import { problem, type CorpusProblem } from "./problem.js";

type Collection = "sources" | "entities" | "claims";

/**
 * Where records came from: the line each starts on (1-based), by collection and
 * index, as in the document the reader returns.
 */
export interface RecordOrigin {
  readonly sources: readonly number[];
  readonly entities: readonly number[];
  readonly claims: readonly number[];
  /** The column each record starts at (1-based), aligned with the lines (a one-line file has them all on line 1). */
  readonly columns?: { readonly sources: readonly number[]; readonly entities: readonly number[]; readonly claims: readonly number[] };
  /** Which layout the text was in: in NDJSON, a problem's path is read inside its record's line. */
  readonly layout?: "json" | "ndjson";
  /** NDJSON: the line of each predicate record, by name. */
  readonly predicates?: Readonly<Record<string, number>>;
  /** NDJSON: the line of the `corpus` record that set each top-level key (`format`, `title`, …). */
  readonly corpus?: Readonly<Record<string, number>>;
}

/** What a reader gives once the text has ended: the document with where each record came from, or every problem with its position. */
export type ReadResult =
  | { readonly ok: true; readonly document: unknown; readonly origin: RecordOrigin; readonly layout: "json" | "ndjson" }
  | {
      readonly ok: false;
      /** The first problem on one line (`invalid JSON at line 3, column 12: …`, `line 5: claims[3].id: …`), saying how many more there are. */
      readonly message: string;
      /** Every problem, in the order of the text, each with its line (and column when known) and JSON path. */
      readonly problems: readonly CorpusProblem[];
      /**
       * The document as JSON.parse reads it, when the text could still be read
       * whole: its problems are of JSON itself (a duplicate key, a number JSON
       * cannot hold exactly, a `__proto__` key), not of syntax or encoding. A
       * caller can validate it too, so one run shows every problem.
       */
      readonly document?: unknown;
      readonly origin?: RecordOrigin;
      readonly layout?: "json" | "ndjson";
    };

/** Problems of JSON text that leave the text readable: the document can still be validated. */
const READABLE: ReadonlySet<string> = new Set(["duplicate_key", "imprecise_number", "reserved_key"]);

/** A reader fed a corpus piece by piece (see {@link jsonCorpusReader}, {@link ndjsonCorpusReader}). */
export interface CorpusReader {
  /**
   * Feed the next piece: text, or the file's bytes as read (decoded strictly as
   * UTF-8, a character split between pieces joined; a byte that is not UTF-8 is
   * a problem naming its line and column). Feed one or the other, not both.
   */
  push(chunk: string | Uint8Array): void;
  /** The document, once the text has ended; what is wrong with the text comes back as problems. */
  end(): ReadResult;
}

/**
 * Options of the readers. For tests that count work: characters scanned and
 * characters handed to JSON.parse.
 *
 * @internal
 */
export interface ReaderOptions {
  readonly onWork?: (work: { readonly scanned: number; readonly parsed: number }) => void;
}

const STREAMED: ReadonlySet<string> = new Set(["sources", "entities", "claims"]);
const TAGS: ReadonlySet<string> = new Set(["corpus", "source", "entity", "predicate", "claim"]);
const COLLECTION_OF: Readonly<Record<string, Collection>> = { source: "sources", entity: "entities", claim: "claims" };

/** An own, enumerable property, even for a name like `__proto__` (which plain assignment would turn into a prototype). */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Text waits here until there is enough of it to tell a text file from UTF-16
 * or binary data; then it goes to the scanner, or nowhere with a problem.
 */
function encodingGate(scanner: JsonScanner): { push(chunk: string | Uint8Array): void; end(): CorpusProblem | undefined } {
  let head = "";
  let verdict: CorpusProblem | undefined | null = null; // null: not decided yet
  let bytes: Utf8Decoder | undefined; // once fed bytes
  const decide = () => {
    verdict = encodingProblem(sniffTextEncoding(head));
    if (verdict === undefined) scanner.push(head);
    head = "";
  };
  const pushText = (chunk: string) => {
    if (verdict !== null) {
      if (verdict === undefined) scanner.push(chunk);
      return;
    }
    head += chunk;
    if (head.length >= 512) decide();
  };
  return {
    push(chunk) {
      if (typeof chunk !== "string") {
        bytes ??= utf8Decoder();
        const text = bytes.write(chunk);
        if (text !== "") pushText(text);
        return;
      }
      pushText(chunk);
    },
    end() {
      if (bytes !== undefined) {
        const text = bytes.end();
        if (bytes.problem !== undefined) return bytes.problem;
        if (text !== "") pushText(text);
      }
      if (verdict === null) decide();
      return verdict ?? undefined;
    },
  };
}

/**
 * A problem of a reader on one line: `line 3, column 12: claims[0].value.value: …`
 * (a syntax error's message says where it is itself).
 *
 * @example
 * ```ts
 * describeReadProblem(read.problems[0]); // "line 1, column 43: not UTF-8 (byte 0xE9); save the file as UTF-8"
 * ```
 *
 * @internal
 */
export function describeReadProblem(p: CorpusProblem): string {
  const where = p.line === undefined || p.code === "invalid_json" ? "" : `line ${p.line}${p.column === undefined ? "" : `, column ${p.column}`}: `;
  const path = p.path === "(root)" ? "" : `${p.path}: `;
  return `${where}${path}${p.message}`;
}

/** The result for problems: the first on one line, and all of them (and the document, when the text is readable all the same). */
function failure(problems: readonly CorpusProblem[], readable?: { document: unknown; origin: RecordOrigin; layout: "json" | "ndjson" }): ReadResult {
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  const whole = readable !== undefined && problems.every((p) => READABLE.has(p.code));
  return { ok: false, message: `${describeReadProblem(problems[0]!)}${more}`, problems, ...(whole && readable) };
}

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
export function jsonCorpusReader(options: ReaderOptions = {}): CorpusReader {
  const document: Record<string, unknown> = {};
  const lines = { sources: [] as number[], entities: [] as number[], claims: [] as number[] };
  const columns = { sources: [] as number[], entities: [] as number[], claims: [] as number[] };
  let whole: { value: unknown } | undefined; // the root, when it is not an object (its problems are the schema's to tell)
  let rootIsObject = false;
  let key = ""; // the top-level key being read
  let streaming: Collection | undefined; // the top-level array whose records are read one by one
  let records: unknown[] = [];
  let parsed = 0;

  const parse = (start: number, end: number): unknown => {
    parsed += end - start;
    return JSON.parse(scanner.text(start, end));
  };
  // Once the text is known not to be JSON the document will not be returned: stop building it.
  // (A duplicate key or an imprecise number leaves it readable, and worth validating.)
  const failed = () => scanner.syntax.length > 0;

  const scanner: JsonScanner = new JsonScanner({
    watchDepth: 2,
    onValueStart(e: ValueEvent) {
      if (e.depth === 0) {
        rootIsObject = e.first === "{";
        if (!rootIsObject) scanner.keepFrom(e.start);
      } else if (e.depth === 1 && rootIsObject) {
        key = scanner.keyAt(1)!;
        if (e.first === "[" && STREAMED.has(key)) {
          streaming = key as Collection;
          records = [];
          lines[streaming] = [];
          columns[streaming] = [];
        } else scanner.keepFrom(e.start);
      } else if (e.depth === 2 && streaming !== undefined) {
        scanner.keepFrom(e.start);
        lines[streaming].push(e.line);
        columns[streaming].push(e.column);
      }
    },
    onValueEnd(e: ValueEvent, end: number) {
      if (e.depth === 0) {
        if (!rootIsObject && !failed()) whole = { value: parse(e.start, end) };
      } else if (e.depth === 1 && rootIsObject) {
        if (streaming !== undefined) {
          if (!failed()) setOwn(document, key, records);
          streaming = undefined;
        } else if (!failed()) setOwn(document, key, parse(e.start, end));
      } else if (e.depth === 2 && streaming !== undefined) {
        if (!failed()) records.push(parse(e.start, end));
      } else return;
      scanner.release();
    },
  });
  const gate = encodingGate(scanner);

  return {
    push(chunk: string | Uint8Array) {
      gate.push(chunk);
    },
    end(): ReadResult {
      const encoding = gate.end();
      if (encoding !== undefined) return failure([encoding]);
      scanner.end();
      options.onWork?.({ scanned: scanner.visited, parsed });
      const problems = scanProblems(scanner);
      const origin: RecordOrigin = { ...lines, columns, layout: "json" };
      const read = whole !== undefined ? whole.value : document;
      if (problems.length > 0) return failure(problems, { document: read, origin, layout: "json" });
      return { ok: true, document: read, origin, layout: "json" };
    },
  };
}

/**
 * A reader for the NDJSON layout: one tagged record per line (see the module's
 * doc). A line with a syntax error spoils only itself: every bad line is reported.
 * A key the `corpus` records set twice, or a predicate declared twice, is a
 * problem, not a silent override.
 *
 * @example
 * ```ts
 * const reader = ndjsonCorpusReader();
 * reader.push('{"corpus":{"format":"corroborate/v1"}}\n{"source":{"id":"a","outlet":"A"}}\n');
 * reader.end();
 * ```
 */
export function ndjsonCorpusReader(options: ReaderOptions = {}): CorpusReader {
  const sources: unknown[] = [];
  const entities: unknown[] = [];
  const claims: unknown[] = [];
  const document: Record<string, unknown> = { sources, entities, claims };
  const lines = { sources: [] as number[], entities: [] as number[], claims: [] as number[] };
  const columns = { sources: [] as number[], entities: [] as number[], claims: [] as number[] };
  const predicates: Record<string, unknown> = Object.create(null);
  const predicateLines: Record<string, number> = Object.create(null);
  const corpusLines: Record<string, number> = Object.create(null);
  const problems: CorpusProblem[] = [];
  let sawPredicate = false;
  let parsed = 0;

  const take = (record: unknown, at: ValueEvent) => {
    const line = at.line;
    const report = (code: Parameters<typeof problem>[0], segments: (string | number)[], message: string) =>
      problems.push(problem(code, segments, message, line));
    const keys = record !== null && typeof record === "object" && !Array.isArray(record) ? Object.keys(record) : [];
    const tag = keys.length === 1 && TAGS.has(keys[0]!) ? keys[0]! : undefined;
    if (tag === undefined) return report("invalid_value", [], "a record is an object with one key: corpus, source, entity, predicate or claim");
    const body = (record as Record<string, unknown>)[tag];
    const isObject = body !== null && typeof body === "object" && !Array.isArray(body);
    switch (tag) {
      case "corpus": {
        if (!isObject) return report("invalid_type", ["corpus"], '"corpus" holds an object ({"format": "corroborate/v1", …})');
        for (const name of Object.keys(body)) {
          if (name === "__proto__") continue; // the scanner has reported it
          if (STREAMED.has(name) || name === "predicates") {
            const example = name === "predicates" ? '{"predicate": {"name": …, "type": …}}' : `{"${name === "entities" ? "entity" : name.slice(0, -1)}": {…}}`;
            report("invalid_value", ["corpus", name], `in NDJSON each record has its own line (${example}), not a list in the corpus record`);
          } else if (corpusLines[name] !== undefined) {
            report("duplicate_key", ["corpus", name], `duplicate key "${name}": line ${corpusLines[name]} already sets it`);
          } else {
            corpusLines[name] = line;
            setOwn(document, name, (body as Record<string, unknown>)[name]);
          }
        }
        return;
      }
      case "predicate": {
        if (!isObject) return report("invalid_type", ["predicate"], 'a predicate record holds an object ({"name": …, "type": …})');
        const spec = body as Record<string, unknown>;
        if (typeof spec.name !== "string") return report("missing_key", ["predicate", "name"], 'a predicate record needs a "name"');
        const earlier = predicateLines[spec.name];
        if (earlier !== undefined) return report("duplicate_key", ["predicate", "name"], `the predicate "${spec.name}" is already declared on line ${earlier}`);
        const rest: Record<string, unknown> = {};
        for (const name of Object.keys(spec)) if (name !== "name" && name !== "__proto__") setOwn(rest, name, spec[name]);
        predicates[spec.name] = rest;
        predicateLines[spec.name] = line;
        sawPredicate = true;
        return;
      }
      default: {
        const collection = COLLECTION_OF[tag]!;
        (collection === "sources" ? sources : collection === "entities" ? entities : claims).push(body);
        lines[collection].push(line);
        columns[collection].push(at.column);
      }
    }
  };

  const scanner: JsonScanner = new JsonScanner({
    lines: true,
    watchDepth: 0,
    onValueStart(e) {
      scanner.keepFrom(e.start);
    },
    onValueEnd(e, end) {
      parsed += end - e.start;
      take(JSON.parse(scanner.text(e.start, end)), e);
      scanner.release();
    },
  });
  const gate = encodingGate(scanner);

  return {
    push(chunk: string | Uint8Array) {
      gate.push(chunk);
    },
    end(): ReadResult {
      const encoding = gate.end();
      if (encoding !== undefined) return failure([encoding]);
      scanner.end();
      options.onWork?.({ scanned: scanner.visited, parsed });
      const all = [...scanProblems(scanner), ...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
      if (sawPredicate) document.predicates = predicates;
      const origin: RecordOrigin = { ...lines, columns, layout: "ndjson", predicates: predicateLines, corpus: corpusLines };
      // A record refused here (not tagged, a list in the corpus record) is missing from the document: not worth validating then.
      if (all.length > 0) return failure(all, { document, origin, layout: "ndjson" });
      return { ok: true, document, origin, layout: "ndjson" };
    },
  };
}

/**
 * Which layout a file is in: NDJSON by its name (.ndjson, .jsonl) or when its first line is one tagged record.
 *
 * @example
 * ```ts
 * sniffLayout("corpus.json", '{"corpus": {"format": "corroborate/v1"}}\n'); // "ndjson"
 * ```
 */
export function sniffLayout(name: string, head: string): "json" | "ndjson" {
  if (/\.(ndjson|jsonl)$/i.test(name)) return "ndjson";
  const first = head.replace(/^\uFEFF/, "").split("\n", 1)[0]!.trim();
  try {
    const record = JSON.parse(first) as unknown;
    const keys = record !== null && typeof record === "object" && !Array.isArray(record) ? Object.keys(record) : [];
    return keys.length === 1 && TAGS.has(keys[0]!) ? "ndjson" : "json";
  } catch {
    return "json";
  }
}
