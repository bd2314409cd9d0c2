/**
 * The RuleTester's mutation check. The engine freezes what it hands a rule, so
 * most writes throw (and the engine reports them as a failed rule naming the
 * mutation); this check catches the writes freezing does not stop: options
 * objects, values nested below a frozen one, anything a future change leaves
 * unfrozen. It snapshots the very objects the rule receives (not a copy of
 * them, which no rule could ever change) before `create` runs, and compares
 * them after it returns.
 */
import type { RuleContext } from "../engine/context.js";
import type { AnyRule } from "../engine/define-rule.js";

/** Beyond this many values a snapshot stops descending: a test corpus is never that large, a cyclic getter might be. */
const LIMIT = 200_000;

/** Every value reachable from a root, by path: leaves as text, containers as their keys. */
type Snapshot = Map<string, string>;

function take(label: string, root: unknown): Snapshot {
  const out: Snapshot = new Map();
  const seen = new Map<object, string>();
  const walk = (path: string, value: unknown): void => {
    if (out.size >= LIMIT) return;
    if (value === null || (typeof value !== "object" && typeof value !== "function")) {
      out.set(path, leaf(value));
      return;
    }
    if (typeof value === "function") {
      out.set(path, "function");
      return;
    }
    const first = seen.get(value);
    if (first !== undefined) {
      // A shared object is walked once, where it is first met; here it is only a reference.
      out.set(path, `same as ${first}`);
      return;
    }
    seen.set(value, path);
    if (value instanceof Map) {
      out.set(path, `Map(${value.size})`);
      let i = 0;
      for (const [k, v] of value) walk(`${path}.get(${typeof k === "string" ? JSON.stringify(k) : `#${i}`})`, v), i++;
      return;
    }
    if (value instanceof Set) {
      out.set(path, `Set(${value.size})`);
      let i = 0;
      for (const v of value) walk(`${path}[#${i++}]`, v);
      return;
    }
    if (value instanceof Date) {
      out.set(path, `Date(${value.getTime()})`);
      return;
    }
    const keys = Object.keys(value);
    out.set(path, Array.isArray(value) ? `array(${value.length})` : `{${keys.join(",")}}`);
    for (const key of keys) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
      // Reading a getter could run code with side effects; its presence is recorded, not its value.
      if (!("value" in descriptor)) out.set(`${path}${step(key, value)}`, "getter");
      else walk(`${path}${step(key, value)}`, descriptor.value);
    }
  };
  walk(label, root);
  return out;
}

function step(key: string, container: object): string {
  if (Array.isArray(container)) return `[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function leaf(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Object.is(value, -0)) return "-0";
  return String(value);
}

/** The first few paths whose value changed, as sentences. */
function compare(before: Snapshot, after: Snapshot, max = 3): string[] {
  const changes: string[] = [];
  for (const [path, was] of before) {
    const now = after.get(path);
    if (now === was) continue;
    changes.push(now === undefined ? `${path} was removed (it was ${was})` : `${path} was ${was}, now ${now}`);
    if (changes.length === max) return changes;
  }
  for (const path of after.keys()) {
    if (changes.length === max) break;
    if (!before.has(path)) changes.push(`${path} was added (${after.get(path)})`);
  }
  return changes;
}

/** A rule wrapped so that every change it makes to what it is given is recorded. */
export interface WatchedRule {
  /** The rule to run: the same id, meta and options schema; its `create` watches the original's. */
  readonly rule: AnyRule;
  /** What the rule changed, in the order the runs happened (empty when nothing). */
  readonly changes: readonly string[];
}

/**
 * Wrap a rule so that what it receives (the context's corpus, claims, groups
 * and options, and whatever the context's methods return to it) is snapshot
 * before its `create` runs and compared after, on the same objects.
 *
 * @example
 * ```ts
 * const watched = watchRule(rule);
 * check(corpus, { builtins: false, extraRules: [watched.rule] });
 * watched.changes; // ["ctx.options.list was array(1), now array(2)", …]
 * ```
 * @internal
 */
export function watchRule(rule: AnyRule): WatchedRule {
  const changes: string[] = [];
  const create = (ctx: RuleContext<unknown, string>): unknown => {
    const watched = new Map<unknown, { label: string; before: Snapshot }>();
    const watch = (label: string, value: unknown) => {
      if (value !== null && typeof value === "object" && !watched.has(value)) watched.set(value, { label, before: take(label, value) });
      return value;
    };
    watch("ctx.options", ctx.options);
    watch("ctx.corpus", ctx.corpus);
    watch("ctx.claims", ctx.claims);
    watch("ctx.groups", ctx.groups);
    const seen: RuleContext<unknown, string> = Object.freeze({
      ...ctx,
      clusters: (list) => watch("ctx.clusters(…)", ctx.clusters(list)) as ReturnType<typeof ctx.clusters>,
      slices: (group) => watch("ctx.slices(…)", ctx.slices(group)) as ReturnType<typeof ctx.slices>,
      independence: (list) => watch("ctx.independence(…)", ctx.independence(list)) as ReturnType<typeof ctx.independence>,
      consensus: (list) => watch("ctx.consensus(…)", ctx.consensus(list)) as ReturnType<typeof ctx.consensus>,
      qualifiers: (claim) => watch("ctx.qualifiers(…)", ctx.qualifiers(claim)) as ReturnType<typeof ctx.qualifiers>,
      identify: (name) => watch("ctx.identify(…)", ctx.identify(name)) as ReturnType<typeof ctx.identify>,
      compare: (a, b, spec) => watch("ctx.compare(…)", ctx.compare(a, b, spec)) as ReturnType<typeof ctx.compare>,
    });
    try {
      return (rule.create as (c: RuleContext<unknown, string>) => unknown)(seen);
    } finally {
      for (const [value, { label, before }] of watched) changes.push(...compare(before, take(label, value)));
    }
  };
  return { rule: Object.freeze({ ...rule, create }) as AnyRule, changes };
}
