import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { bySubject } from "../../src/report/group.js";
import { finding, reportOf } from "./reports.js";

describe("bySubject", () => {
  it("groups findings by subject, then predicate, in the engine's order", () => {
    const findings = [
      finding({ subject: "b", predicate: "p" }),
      finding({ subject: "a", predicate: "q" }),
      finding({ subject: "b", predicate: "q" }),
      finding({ subject: "b", predicate: "p", kind: "note" }),
      finding({ subject: null, predicate: null }),
    ];
    const sections = bySubject(reportOf({ findings, claims: {} }));
    expect(sections.map((s) => [s.subject, s.predicates.map((p) => [p.predicate, p.findings.map((f) => findings.indexOf(f))])])).toEqual([
      ["b", [["p", [0, 3]], ["q", [2]]]],
      ["a", [["q", [1]]]],
      [null, [[null, [4]]]],
    ]);
  });

  it("looks at each finding's subject and predicate a fixed number of times, however many subjects there are", () => {
    // A finding whose subject and predicate count their reads: searching the
    // sections list for each finding would read them once per section so far.
    let reads = 0;
    const counted = (i: number): Finding => {
      const f = finding({ claims: [] });
      return Object.defineProperties({ ...f }, {
        subject: { get: () => (reads++, `subject-${i}`), enumerable: true },
        predicate: { get: () => (reads++, "signedOn"), enumerable: true },
      });
    };
    const n = 2000;
    const sections = bySubject(reportOf({ findings: Array.from({ length: n }, (_, i) => counted(i)), claims: {} }));
    expect(sections).toHaveLength(n);
    expect(reads).toBeLessThanOrEqual(4 * n);
  });
});
