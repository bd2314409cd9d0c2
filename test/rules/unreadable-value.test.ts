import { describe, it } from "vitest";
import { unreadableValue } from "../../src/rules/unreadable-value.js";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";

const sources: TestSource[] = [{ id: "a", outlet: "A", publishedAt: "2011-12-01" }];
const claim = (value: TestClaim["value"], predicate: string): TestClaim => ({ id: "a1", source: "a", subject: "s", predicate, value, quote: "as written" });

new RuleTester({ describe, it }).run(unreadableValue, {
  valid: [
    { name: "a value that reads says nothing", corpus: { sources, claims: [claim({ type: "datetime", expr: "1:55 PM", anchor: "2011-12-01" }, "departs")] } },
    { name: "dates are left to relative-date", corpus: { sources, claims: [claim({ type: "date", expr: "the day after the wedding" }, "signedOn")] } },
  ],
  invalid: [
    {
      name: "a time that is words is a warning with the reason, never a guess",
      corpus: { sources, claims: [claim({ type: "datetime", expr: "Contact Airline", anchor: "2011-12-01" }, "departs")] },
      findings: [
        {
          messageId: "unreadable",
          kind: "note",
          severity: "warning",
          claims: ["a1"],
          message: "A writes 'Contact Airline' for the departs of s, which could not be read as a date and time: 'Contact Airline' states no time of day (it says 'contact airline').",
        },
      ],
    },
    {
      name: "an author list that names no one is read as a list of names, and says so in English",
      corpus: { sources, claims: [claim({ type: "names", expr: "0" }, "authors")] },
      findings: [{ messageId: "unreadable", claims: ["a1"], message: "A writes '0' for the authors of s, which could not be read as a list of names: '0' names no one." }],
    },
    {
      name: "words where a code belongs",
      corpus: { sources, claims: [claim({ type: "code", value: "Contact Airline" }, "gate")] },
      findings: [{ messageId: "unreadable", claims: ["a1"], data: { readAs: "a code", reason: "'Contact Airline' is words, not a code" } }],
    },
  ],
});
