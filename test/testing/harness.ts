/**
 * A stand-in test framework for testing the RuleTester itself: its `describe`
 * runs the body at once, its `it` runs the case and records how it ended, so a
 * test can assert that a case passes, or fails with a given message.
 */
import { RuleTester, RuleTesterError, type RuleTesterDefaults } from "../../src/testing/index.js";

/** How each registered case ended, by test name: "passed", "failed: <message>", "skipped", or "crashed: <error>". */
export type Outcomes = Record<string, string>;

export interface Harness {
  readonly outcomes: Outcomes;
  /** Names registered with `it.only`. */
  readonly only: string[];
}

type Body = () => void;

/** A RuleTester whose cases run inside the calling test; read `outcomes` after `run`. */
export function harness<const D extends RuleTesterDefaults = RuleTesterDefaults>(defaults?: D): { tester: RuleTester<D> } & Harness {
  const outcomes: Outcomes = {};
  const only: string[] = [];
  const record = (name: string, body: Body) => {
    try {
      body();
      outcomes[name] = "passed";
    } catch (error) {
      outcomes[name] = error instanceof RuleTesterError ? `failed: ${error.message}` : `crashed: ${String(error)}`;
    }
  };
  const it = Object.assign(record, {
    only: (name: string, body: Body) => {
      only.push(name);
      record(name, body);
    },
    skip: (name: string) => {
      outcomes[name] = "skipped";
    },
  });
  const tester = new RuleTester<D>({ describe: (_name, body) => body(), it, ...(defaults !== undefined && { defaults }) });
  return { tester, outcomes, only };
}
