/**
 * Where JSON text first goes wrong, as an offset, for error messages with a line
 * and column (V8's own messages often give neither). A small validating scanner
 * with an explicit stack, so deep nesting cannot overflow it. Only called after
 * JSON.parse has failed.
 *
 * @internal
 */
export function locateJsonError(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    return false;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  // Stack of containers: "{" expects a key next, ":" a value after a key, "[" a value, "," after a value.
  const stack: ("obj" | "arr")[] = [];
  let expectValue = true;
  ws();
  for (;;) {
    if (expectValue) {
      ws();
      const c = text[i];
      if (c === "{") {
        i++;
        ws();
        if (text[i] === "}") {
          i++;
          expectValue = false;
        } else {
          stack.push("obj");
          if (!string()) return i;
          ws();
          if (text[i] !== ":") return i;
          i++;
        }
        continue;
      }
      if (c === "[") {
        i++;
        ws();
        if (text[i] === "]") {
          i++;
          expectValue = false;
        } else stack.push("arr");
        continue;
      }
      if (!(string() || number() || literal("true") || literal("false") || literal("null"))) return i;
      expectValue = false;
      continue;
    }
    ws();
    const top = stack.at(-1);
    if (top === undefined) return i < n ? i : -1;
    const c = text[i];
    if (c === ",") {
      i++;
      if (top === "obj") {
        ws();
        if (!string()) return i;
        ws();
        if (text[i] !== ":") return i;
        i++;
      }
      expectValue = true;
    } else if ((c === "}" && top === "obj") || (c === "]" && top === "arr")) {
      i++;
      stack.pop();
    } else return i;
  }
}

/**
 * What went wrong, from a JSON.parse error, on one line and without the text
 * itself (V8 quotes the input in some messages, across lines).
 *
 * @internal
 */
export function jsonErrorDetail(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/^JSON\.parse: /, "")
    .replace(/,? "[\s\S]*" is not valid JSON$/, "")
    .replace(/ in JSON at position \d+[\s\S]*$/, "")
    .replace(/\s+/g, " ");
}
