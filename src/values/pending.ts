// TEMPORARY (removed when the entity and names modules land): lets the engine run meanwhile.
import { compareNames, type EntityIdentity } from "../entities/matcher.js";
import type { ResolvedBase, ValueModule } from "./value-module.js";

export interface ResolvedEntity extends ResolvedBase<"entity"> {
  readonly identity: EntityIdentity;
}
export const entityValues: ValueModule<"entity", ResolvedEntity> = {
  type: "entity",
  written: (v) => v.value,
  shareKey: (v) => v.value,
  read: (v, ctx) => ({ type: "entity", written: v.value, identity: ctx.identify(v.value) }),
  failure: () => undefined,
  how: (r) => r.identity.explanation || undefined,
  key: (r) => r.identity.key,
  canonical: (r) => r.identity.entity ?? r.written,
  label: (r) => r.identity.entity ?? r.written,
  compare: (a, b) =>
    a.identity.key === b.identity.key || (a.identity.entity === null && b.identity.entity === null && compareNames(a.written, b.written).same)
      ? { relation: "same" }
      : { relation: "different" },
  support: (a, b) => (a.identity.key === b.identity.key ? 1 : 0),
  combine: (readings) => readings.find((r) => r.identity.entity !== null) ?? readings[0]!,
};

export interface ResolvedNames extends ResolvedBase<"names"> {
  readonly pending: true;
}
export const namesValues: ValueModule<"names", ResolvedNames> = {
  type: "names",
  written: (v) => v.expr ?? (v.value ?? []).join("; "),
  shareKey: () => undefined,
  read: (v) => ({ type: "names", written: v.expr ?? (v.value ?? []).join("; "), pending: true }),
  failure: () => "names values are not read yet",
  how: () => undefined,
  key: (r) => r.written,
  canonical: (r) => r.written,
  label: (r) => r.written,
  compare: () => ({ relation: "different" }),
  support: () => 0,
  combine: (readings) => readings[0]!,
};
