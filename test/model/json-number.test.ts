import { describe, expect, it } from "vitest";
import { numberPrecisionProblem } from "../../src/model/json-number.js";

describe("numberPrecisionProblem", () => {
  it.each(["0", "-0", "1.0", "0.1", "0.30000000000000004", "1e21", "123.456e-7", "9007199254740991", "-9007199254740991", "5e-324"])("keeps %s as written", (literal) => {
    expect(numberPrecisionProblem(literal)).toBeUndefined();
  });

  it.each(["9007199254740992", "-9007199254740993", "100000000000000000000", "0.3000000000000000001", "3.14159265358979323846", "1e400", "-1e400", "1e-400"])(
    "says %s would change",
    (literal) => {
      expect(numberPrecisionProblem(literal)).toMatch(/^the number /);
    },
  );
});
