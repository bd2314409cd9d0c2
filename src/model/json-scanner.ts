/**
 * The one JSON scanner of the corpus readers: it checks JSON text as JSON.parse
 * would, fed in pieces of any size, and sees what JSON.parse hides.
 *
 * - Duplicate keys: JSON.parse keeps the last (`"claims": […], "claims": […]`
 *   silently drops the first list), so every repeated key is a problem with its path.
 * - `__proto__` keys: harmless in JSON.parse's output, dangerous in any object a
 *   reader builds from it, so they are rejected wherever they are.
 * - Numbers JSON.parse cannot hold as written (`9007199254740993` becomes
 *   `9007199254740992` and would then "agree" with it).
 * - Syntax errors, with a line and a column and in our own words: V8's messages
 *   quote the input, and an error message must never print a file's content.
 *
 * It visits each character once, whatever the layout: lines and columns are
 * counted as the scan passes them (a one-line file written by JSON.stringify
 * costs what a pretty-printed one does), and text is kept in the pieces it came
 * in until a record is complete, so nothing is copied while it grows.
 *
 * It builds no values: a reader asks for the text of a value it wants (through
 * `onValue`) and JSON.parse builds it, natively, once the scan has vouched for it.
 * The scanner is a mutable state machine because it is fed across calls; everything
 * it reports is plain readonly data.
 *
 * @internal
 */
import { numberPrecisionProblem } from "./json-number.js";
import { problem, type CorpusProblem } from "./problem.js";

/** A value of interest began or ended (see {@link ScanOptions.watchDepth}). */
export interface ValueEvent {
  /** How many containers the value is in: 0 for the root (or, in lines mode, a line's record). */
  readonly depth: number;
  /** Offset of its first character, counted from the start of all the text fed. */
  readonly start: number;
  /** Line (1-based) and column (1-based, in UTF-16 code units) of its first character. */
  readonly line: number;
  readonly column: number;
  /** Its first character: `{`, `[`, `"`, a digit, `-`, `t`, `f` or `n`. */
  readonly first: string;
}

export interface ScanOptions {
  /** Call `onValueStart`/`onValueEnd` for values at most this deep (default -1: none). */
  readonly watchDepth?: number;
  /** NDJSON: one value per line, as many lines as there are; a syntax error spoils only its line. */
  readonly lines?: boolean;
  readonly onValueStart?: (event: ValueEvent) => void;
  /** `end` is the offset just after the value. */
  readonly onValueEnd?: (event: ValueEvent, end: number) => void;
}

/** A syntax error: where, and what went wrong (never the text itself). */
export interface SyntaxProblem {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly detail: string;
}

// Modes of the state machine: what the next character may be.
const VALUE = 0; // a value (after ':', ',' in an array, or at the start)
const FIRST_VALUE = 1; // a value or ']' (just after '[')
const FIRST_KEY = 2; // a key or '}' (just after '{')
const KEY = 3; // a key (after ',' in an object)
const COLON = 4;
const AFTER = 5; // ',' or the container's closing bracket
const STRING = 6;
const NUMBER = 7;
const LITERAL = 8;
const DONE = 9; // the root value is complete: only white space may follow
const LINE_END = 10; // lines mode: the line's record is complete, only white space before the newline
const SKIP_LINE = 11; // lines mode: the line has an error, skip to its end
const STOPPED = 12;

// Number sub-states: which part of `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?` comes next.
const N_SIGN = 0; // after '-': a digit
const N_ZERO = 1; // after a leading 0: '.', 'e' or the end
const N_INT = 2; // in the integer digits
const N_POINT = 3; // after '.': a digit
const N_FRACTION = 4;
const N_E = 5; // after 'e': a sign or a digit
const N_E_SIGN = 6; // after the exponent's sign: a digit
const N_EXPONENT = 7;
/** Sub-states where a number may end. */
const NUMBER_MAY_END = [false, true, true, false, true, false, false, true];

const OBJECT = 0;
const ARRAY = 1;
/** Above this many keys an object's keys are looked up in a Set rather than a list. */
const SMALL_OBJECT = 12;
const LITERALS: Record<number, string> = { 116: "true", 102: "false", 110: "null" };
/** The detail of a syntax problem for text with no value at all. */
const EMPTY = "the file is empty";
/** JSON punctuation may be named in a message; anything else is content and is not. */
const PUNCTUATION = new Set(["{", "}", "[", "]", ",", ":"]);

/** What was found instead, in words that never repeat content: `found '}'`, or nothing for a letter. */
function found(c: string | undefined): string {
  if (c === undefined) return ", but the text ends";
  if (PUNCTUATION.has(c)) return `, found '${c}'`;
  if (c === '"') return ", found a string";
  const code = c.charCodeAt(0);
  if (code < 32 || (code >= 0x7f && code < 0xa0)) return ", found a control character";
  if (c === "-" || (code >= 48 && code <= 57)) return ", found a number";
  return "";
}

/**
 * The scanner: feed it text with {@link JsonScanner.push}, then call
 * {@link JsonScanner.end}; read `syntax` and `problems`. Values of interest are
 * announced through the options' callbacks, and their text is there to take
 * with {@link JsonScanner.text} while {@link JsonScanner.keepFrom} holds it.
 *
 * @example
 * ```ts
 * const scanner = new JsonScanner();
 * scanner.push('{"id": "a1", "id": "a1b"}');
 * scanner.end();
 * scanner.problems[0].path; // "id"
 * ```
 */
export class JsonScanner {
  /** The problems found that do not stop the scan (duplicate and reserved keys, imprecise numbers). */
  readonly problems: CorpusProblem[] = [];
  /** The syntax errors (at most one, except in lines mode where each bad line has its own). */
  readonly syntax: SyntaxProblem[] = [];
  /** Characters visited, for tests that count work. */
  visited = 0;

  private readonly watch: number;
  private readonly lines: boolean;
  private readonly onStart: ((e: ValueEvent) => void) | undefined;
  private readonly onEnd: ((e: ValueEvent, end: number) => void) | undefined;

  // The text: pieces as fed, kept from the first one anything still needs.
  private pieces: string[] = [];
  private bases: number[] = [];
  private cur = "";
  private curBase = 0;
  private i = 0;
  /** The consumer keeps text from here on (see {@link keepFrom}). */
  private mark = Infinity;
  private started = false;
  private sawValue = false;

  // Where we are.
  private line = 1;
  private lineStart = 0;
  private mode = VALUE;

  // The containers we are in, innermost last.
  private readonly kinds: number[] = [];
  private readonly indices: number[] = [];
  private readonly keys: string[] = [];
  private readonly keyLists: string[][] = [];
  private readonly keySets: (Set<string> | undefined)[] = [];
  /** The watched values we are in, by depth. */
  private readonly open: (ValueEvent | undefined)[] = [];

  // The token being read.
  private tokenStart = -1;
  private tokenLine = 0;
  private tokenColumn = 0;
  private isKey = false;
  private escape = 0; // 0 none, 1 after a backslash, 2–5 hex digits of \u still to come
  private escaped = false;
  private numberState = 0;
  private numberExponent = false;
  private literal = "";
  private literalAt = 0;

  constructor(options: ScanOptions = {}) {
    this.watch = options.watchDepth ?? -1;
    this.lines = options.lines === true;
    this.onStart = options.onValueStart;
    this.onEnd = options.onValueEnd;
  }

  /** Whether scanning has stopped at a syntax error (never in lines mode). */
  get stopped(): boolean {
    return this.mode === STOPPED;
  }

  /** The key under which the value at `depth` sits, when its container is an object. */
  keyAt(depth: number): string | undefined {
    return this.kinds[depth - 1] === OBJECT ? this.keys[depth - 1] : undefined;
  }

  /** Keep the text from `offset` on until {@link release}, so {@link text} can return it. */
  keepFrom(offset: number): void {
    this.mark = offset;
  }

  release(): void {
    this.mark = Infinity;
  }

  /** The text between two offsets; it must have been kept ({@link keepFrom}) or be in the current token. */
  text(start: number, end: number): string {
    const { pieces, bases } = this;
    let k = pieces.length - 1;
    while (k > 0 && bases[k]! > start) k--;
    if (end <= bases[k]! + pieces[k]!.length) return pieces[k]!.slice(start - bases[k]!, end - bases[k]!);
    let out = pieces[k]!.slice(start - bases[k]!);
    for (k++; k < pieces.length && bases[k]! < end; k++) out += pieces[k]!.slice(0, end - bases[k]!);
    return out;
  }

  /** Feed the next piece of text. */
  push(chunk: string): void {
    if (chunk === "" || this.mode === STOPPED) return;
    let from = 0;
    if (!this.started) {
      this.started = true;
      // A UTF-8 byte order mark is not part of the text; columns start after it.
      if (chunk.charCodeAt(0) === 0xfeff) {
        this.lineStart = 1;
        from = 1;
      }
    }
    // Drop the pieces nothing needs any more: before the kept text, the current token and the scan.
    const keep = Math.min(this.mark, this.tokenStart < 0 ? Infinity : this.tokenStart, this.curBase + this.i);
    let drop = 0;
    while (drop < this.pieces.length && this.bases[drop]! + this.pieces[drop]!.length <= keep) drop++;
    if (drop > 0) {
      this.pieces.splice(0, drop);
      this.bases.splice(0, drop);
    }
    const base = this.curBase + this.cur.length;
    this.pieces.push(chunk);
    this.bases.push(base);
    this.i = from;
    this.cur = chunk;
    this.curBase = base;
    this.run();
  }

  /** The text has ended: finish a number at the very end, or say what is missing. */
  end(): void {
    if (this.mode === STOPPED) return;
    const at = this.curBase + this.cur.length;
    if (this.mode === NUMBER && NUMBER_MAY_END[this.numberState]) {
      this.endNumber(at);
      if (this.kinds.length === 0) return;
    }
    if (this.mode === DONE || this.mode === LINE_END || this.mode === SKIP_LINE) return;
    if (this.kinds.length === 0 && this.mode === VALUE && this.tokenStart < 0) {
      if (!this.lines && !this.sawValue) this.fail(at, EMPTY);
      return;
    }
    if (this.mode === STRING) this.fail(at, "the text ends inside a string");
    else if (this.mode === NUMBER || this.mode === LITERAL) this.fail(this.tokenStart, "the text ends inside a value");
    else this.fail(at, this.lines ? "the text ends in the middle of a record" : "the document ends too early");
  }

  /** Line and column of an offset on the current line or before the scan position's line start. */
  private columnOf(offset: number): number {
    return offset - this.lineStart + 1;
  }

  private fail(offset: number, detail: string): void {
    this.syntax.push({ offset, line: this.line, column: this.columnOf(offset), detail });
    if (!this.lines) {
      this.mode = STOPPED;
      return;
    }
    // Lines mode: this line is spoiled; the next one starts afresh.
    this.kinds.length = 0;
    this.tokenStart = -1;
    this.open.length = 0;
    this.mode = SKIP_LINE;
  }

  /** The JSON path of the value being read, or of `key` when one has just been read in the innermost object. */
  private path(key?: string): (string | number)[] {
    const segments: (string | number)[] = [];
    const depth = this.kinds.length;
    for (let d = 0; d < depth; d++) {
      if (d === depth - 1 && key !== undefined) segments.push(key);
      else segments.push(this.kinds[d] === OBJECT ? this.keys[d]! : this.indices[d]!);
    }
    return segments;
  }

  private startValue(offset: number, first: string): void {
    this.sawValue = true;
    const depth = this.kinds.length;
    if (depth > this.watch) return;
    const event: ValueEvent = { depth, start: offset, line: this.line, column: this.columnOf(offset), first };
    this.open[depth] = event;
    this.onStart?.(event);
  }

  private endValue(end: number): void {
    const depth = this.kinds.length;
    if (depth <= this.watch) {
      const event = this.open[depth];
      if (event !== undefined) {
        this.open[depth] = undefined;
        this.onEnd?.(event, end);
      }
    }
    if (depth === 0) this.mode = this.lines ? LINE_END : DONE;
    else this.mode = AFTER;
  }

  private openContainer(kind: number): void {
    const d = this.kinds.length;
    this.kinds.push(kind);
    this.indices[d] = 0;
    if (kind === OBJECT) {
      const list = this.keyLists[d];
      if (list === undefined) this.keyLists[d] = [];
      else list.length = 0;
      this.keySets[d] = undefined;
    }
  }

  private endKey(end: number): void {
    const raw = this.text(this.tokenStart + 1, end - 1);
    const key = this.escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
    const d = this.kinds.length - 1;
    const list = this.keyLists[d]!;
    let seen: boolean;
    const set = this.keySets[d];
    if (set !== undefined) {
      seen = set.has(key);
      set.add(key);
    } else {
      seen = list.includes(key);
      list.push(key);
      if (list.length > SMALL_OBJECT) this.keySets[d] = new Set(list);
    }
    if (key === "__proto__") {
      this.problems.push(problem("reserved_key", this.path(key), 'the key "__proto__" is not allowed', this.tokenLine, this.tokenColumn));
    } else if (seen) {
      this.problems.push(problem("duplicate_key", this.path(key), `duplicate key "${key}": JSON keeps only one of its values`, this.tokenLine, this.tokenColumn));
    }
    this.keys[d] = key;
    this.tokenStart = -1;
    this.mode = COLON;
  }

  private endNumber(end: number): void {
    // Up to 15 significant digits and no exponent, a number is exactly what it says; only longer ones need a look.
    if (end - this.tokenStart > 15 || this.numberExponent) {
      const literal = this.text(this.tokenStart, end);
      const why = numberPrecisionProblem(literal);
      if (why !== undefined) this.problems.push(problem("imprecise_number", this.path(), why, this.tokenLine, this.tokenColumn));
    }
    this.tokenStart = -1;
    this.endValue(end);
  }

  /** The state machine over the current piece, from `this.i` to its end. */
  private run(): void {
    const s = this.cur;
    const n = s.length;
    const base = this.curBase;
    let i = this.i;
    const from = i;
    scan: while (i < n && this.mode !== STOPPED) {
      let c = s.charCodeAt(i);
      switch (this.mode) {
        case STRING: {
          // The common case first: ordinary characters, no escapes.
          if (this.escape === 0) {
            while (c !== 34 && c !== 92 && c >= 32) {
              if (++i === n) break scan;
              c = s.charCodeAt(i);
            }
            if (c === 34) {
              i++;
              if (this.isKey) this.endKey(base + i);
              else {
                this.tokenStart = -1;
                this.endValue(base + i);
              }
              continue;
            }
            if (c < 32) {
              this.fail(base + i, c === 10 ? "a string is not closed before the end of its line" : "a control character in a string (write it as an escape, such as \\t or \\u0001)");
              i = this.afterError(s, i);
              continue;
            }
            this.escape = 1; // a backslash
            this.escaped = true;
            i++;
            continue;
          }
          if (this.escape === 1) {
            if (c === 117) this.escape = 2; // \u: four hex digits follow
            else if (c === 34 || c === 92 || c === 47 || c === 98 || c === 102 || c === 110 || c === 114 || c === 116) this.escape = 0;
            else {
              this.fail(base + i - 1, "an invalid escape in a string");
              i = this.afterError(s, i);
              continue;
            }
            i++;
            continue;
          }
          const hex = (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
          if (!hex) {
            this.fail(base + i, "an invalid \\u escape in a string (four hexadecimal digits expected)");
            i = this.afterError(s, i);
            continue;
          }
          this.escape = this.escape === 5 ? 0 : this.escape + 1;
          i++;
          continue;
        }
        case NUMBER: {
          const digit = c >= 48 && c <= 57;
          switch (this.numberState) {
            case N_SIGN:
              if (!digit) break;
              this.numberState = c === 48 ? N_ZERO : N_INT;
              i++;
              continue scan;
            case N_ZERO:
            case N_INT:
              if (digit && this.numberState === N_INT) {
                i++;
                continue scan;
              }
              if (c === 46) {
                this.numberState = N_POINT;
                i++;
                continue scan;
              }
              if (c === 101 || c === 69) {
                this.numberState = N_E;
                this.numberExponent = true;
                i++;
                continue scan;
              }
              break;
            case N_POINT:
            case N_FRACTION:
              if (digit) {
                this.numberState = N_FRACTION;
                i++;
                continue scan;
              }
              if (this.numberState === N_FRACTION && (c === 101 || c === 69)) {
                this.numberState = N_E;
                this.numberExponent = true;
                i++;
                continue scan;
              }
              break;
            case N_E:
              if (c === 43 || c === 45 || digit) {
                this.numberState = digit ? N_EXPONENT : N_E_SIGN;
                i++;
                continue scan;
              }
              break;
            case N_E_SIGN:
            case N_EXPONENT:
              if (digit) {
                this.numberState = N_EXPONENT;
                i++;
                continue scan;
              }
              break;
          }
          if (!NUMBER_MAY_END[this.numberState] || digit) {
            this.fail(this.tokenStart, "an invalid number");
            i = this.afterError(s, i);
            continue;
          }
          this.endNumber(base + i); // the character after it is read in the next mode
          continue;
        }
        case LITERAL: {
          if (c !== this.literal.charCodeAt(this.literalAt)) {
            this.fail(this.tokenStart, "expected a value");
            i = this.afterError(s, i);
            continue;
          }
          i++;
          if (++this.literalAt === this.literal.length) {
            this.tokenStart = -1;
            this.endValue(base + i);
          }
          continue;
        }
        case SKIP_LINE: {
          while (c !== 10) {
            if (++i === n) break scan;
            c = s.charCodeAt(i);
          }
          this.mode = VALUE;
          continue; // the newline is white space for the next line's value
        }
      }
      // Every other mode starts by skipping white space.
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        if (c === 10) {
          if (this.lines && (this.kinds.length > 0 || this.mode === LINE_END)) {
            if (this.kinds.length > 0) {
              this.fail(base + i, "the record goes on past the end of its line (NDJSON has one record per line)");
              this.mode = VALUE;
              this.line++;
              this.lineStart = base + i + 1;
              i++;
              continue;
            }
            this.mode = VALUE;
          }
          this.line++;
          this.lineStart = base + i + 1;
        }
        i++;
        continue;
      }
      const at = base + i;
      if (this.mode === FIRST_VALUE) {
        if (c === 93) {
          i++;
          this.closeContainer(at + 1);
          continue;
        }
        this.mode = VALUE;
      }
      switch (this.mode) {
        case VALUE:
          if (c === 123) {
            this.startValue(at, "{");
            this.openContainer(OBJECT);
            this.mode = FIRST_KEY;
          } else if (c === 91) {
            this.startValue(at, "[");
            this.openContainer(ARRAY);
            this.mode = FIRST_VALUE;
          } else if (c === 34) {
            this.startValue(at, '"');
            this.beginToken(at);
            this.isKey = false;
            this.escape = 0;
            this.escaped = false;
            this.mode = STRING;
          } else if (c === 45 || (c >= 48 && c <= 57)) {
            this.startValue(at, s[i]!);
            this.beginToken(at);
            this.numberState = c === 45 ? N_SIGN : c === 48 ? N_ZERO : N_INT;
            this.numberExponent = false;
            this.mode = NUMBER;
          } else if (LITERALS[c] !== undefined) {
            this.startValue(at, s[i]!);
            this.beginToken(at);
            this.literal = LITERALS[c]!;
            this.literalAt = 1;
            this.mode = LITERAL;
          } else {
            this.fail(at, `expected a value${found(s[i])}`);
            i = this.afterError(s, i);
            continue;
          }
          i++;
          continue;
        case FIRST_KEY:
        case KEY:
          if (c === 34) {
            this.beginToken(at);
            this.isKey = true;
            this.escape = 0;
            this.escaped = false;
            this.mode = STRING;
            i++;
            continue;
          }
          if (c === 125 && this.mode === FIRST_KEY) {
            i++;
            this.closeContainer(at + 1);
            continue;
          }
          this.fail(at, this.mode === KEY && c === 125 ? "expected a key in double quotes after ',' (a comma before '}')" : `expected a key in double quotes${found(s[i])}`);
          i = this.afterError(s, i);
          continue;
        case COLON:
          if (c === 58) {
            this.mode = VALUE;
            i++;
            continue;
          }
          this.fail(at, `expected ':' after a key${found(s[i])}`);
          i = this.afterError(s, i);
          continue;
        case AFTER: {
          const kind = this.kinds[this.kinds.length - 1];
          if (c === 44) {
            if (kind === OBJECT) this.mode = KEY;
            else {
              this.indices[this.kinds.length - 1]!++;
              this.mode = VALUE;
            }
            i++;
            continue;
          }
          if ((c === 125 && kind === OBJECT) || (c === 93 && kind === ARRAY)) {
            i++;
            this.closeContainer(at + 1);
            continue;
          }
          this.fail(at, kind === OBJECT ? `expected ',' or '}' after a value${found(s[i])}` : `expected ',' or ']' after a value${found(s[i])}`);
          i = this.afterError(s, i);
          continue;
        }
        case DONE:
          this.fail(at, "unexpected text after the document");
          break scan;
        case LINE_END:
          this.fail(at, "more text after the record on its line (NDJSON has one record per line)");
          i = this.afterError(s, i);
          continue;
      }
    }
    this.visited += i - from;
    this.i = i;
  }

  /** Where to go on after a syntax error: nowhere in JSON, the next line in NDJSON. */
  private afterError(s: string, i: number): number {
    return this.mode === STOPPED ? s.length : i;
  }

  private beginToken(at: number): void {
    this.tokenStart = at;
    this.tokenLine = this.line;
    this.tokenColumn = this.columnOf(at);
  }

  private closeContainer(end: number): void {
    this.kinds.pop();
    this.endValue(end);
  }
}

/**
 * Where JSON text first goes wrong, as an offset, or -1 when it is valid JSON.
 *
 * @example
 * ```ts
 * locateJsonError('{"a": }'); // 6
 * ```
 */
export function locateJsonError(text: string): number {
  const scanner = new JsonScanner();
  scanner.push(text);
  scanner.end();
  return scanner.syntax[0]?.offset ?? -1;
}

/**
 * The text of a syntax problem, as every reader words it.
 *
 * @example
 * ```ts
 * describeSyntax({ offset: 40, line: 3, column: 12, detail: "expected a value" }); // "invalid JSON at line 3, column 12: expected a value"
 * ```
 */
export function describeSyntax(p: SyntaxProblem): string {
  return p.detail === EMPTY ? `invalid JSON: ${EMPTY}` : `invalid JSON at line ${p.line}, column ${p.column}: ${p.detail}`;
}

/**
 * A syntax problem as a corpus problem: path `(root)`, its position as data too.
 *
 * @example
 * ```ts
 * syntaxProblem({ offset: 0, line: 1, column: 1, detail: "expected a value" }).code; // "invalid_json"
 * ```
 */
export function syntaxProblem(p: SyntaxProblem): CorpusProblem {
  return problem("invalid_json", [], describeSyntax(p), p.line, p.column);
}
