/**
 * Is a value JSON data? parseCorpus takes documents "already parsed from JSON",
 * but a library caller can hand it anything; before any check walks a
 * document, this one makes sure the walk will end.
 *
 * - A value that refers back to itself (a cycle) would never end a walk.
 * - A list with holes is no JSON list, and a sparse one can be billions long.
 * - A `__proto__` key (JSON.parse makes it an own key) becomes a prototype in
 *   any object built from it by assignment.
 *
 * The walk is iterative (deep nesting cannot overflow the stack) and visits
 * each object once, however often it is shared (a value shared down fifty
 * levels is not walked 2^50 times).
 *
 * @internal
 */
import { formatPath, problem, type CorpusProblem } from "./problem.js";

/** What the walk found; `fatal` when no further check may walk the value (it has holes). */
export interface PlainDataProblems {
  readonly problems: readonly CorpusProblem[];
  readonly fatal: boolean;
}

type Segment = string | number;

/** A node of the walk; each points at its parent, so paths are built only for a find. */
interface Entry {
  readonly value: unknown;
  readonly key: Segment | null;
  readonly parent: Entry | null;
  /** Set when the entry is met again on the way back up: the object is then off the current path. */
  leaving: boolean;
}

function pathOf(entry: Entry): Segment[] {
  const path: Segment[] = [];
  for (let e: Entry | null = entry; e !== null && e.key !== null; e = e.parent) path.push(e.key);
  return path.reverse();
}

/**
 * The problems that make `json` something other than JSON data: cycles, holes
 * in lists, `__proto__` keys, each with its path.
 *
 * @example
 * ```ts
 * const doc: Record<string, unknown> = { format: "corroborate/v1" };
 * doc.self = doc;
 * findNotPlainData(doc).problems[0].message; // "the value refers back to itself (it is (root), which contains it)"
 * ```
 */
export function findNotPlainData(json: unknown): PlainDataProblems {
  const problems: CorpusProblem[] = [];
  let fatal = false;
  // Objects on the path from the root to where the walk is (a cycle returns to one), and objects done with.
  const onPath = new Map<object, Entry>();
  const done = new Set<object>();
  const stack: Entry[] = [{ value: json, key: null, parent: null, leaving: false }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const value = entry.value;
    if (value === null || typeof value !== "object") continue;
    if (entry.leaving) {
      onPath.delete(value);
      done.add(value);
      continue;
    }
    const ancestor = onPath.get(value);
    if (ancestor !== undefined) {
      problems.push(problem("circular_reference", pathOf(entry), `the value refers back to itself (it is ${formatPath(pathOf(ancestor))}, which contains it)`));
      continue;
    }
    if (done.has(value)) continue;
    onPath.set(value, entry);
    entry.leaving = true;
    stack.push(entry); // met again once its children are done
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        if (!(i in value)) {
          problems.push(problem("invalid_value", pathOf({ value: undefined, key: i, parent: entry, leaving: false }), "the list has a hole here (it is not a JSON list)"));
          fatal = true;
          break;
        }
        stack.push({ value: value[i], key: i, parent: entry, leaving: false });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === "__proto__") problems.push(problem("reserved_key", [...pathOf(entry), key], 'the key "__proto__" is not allowed'));
      else stack.push({ value: (value as Record<string, unknown>)[key], key, parent: entry, leaving: false });
    }
  }
  return { problems, fatal };
}
