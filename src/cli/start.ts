/**
 * `npm start`: the text report of the bundled corpus; arguments after `--` are
 * passed on, and a `--format` or `--output` of theirs wins over text. Finding
 * discrepancies is the point of the example, so exit status 1 (discrepancies)
 * counts as success here; bad input or an internal error still fails.
 */
import { startArguments } from "./args.js";
import { main } from "./node-io.js";

// `npm start -- --format json`, `npm start -- other.json --quiet`: what is passed after `--` is passed on.
void main(startArguments(process.argv.slice(2)), (status) => {
  if (status === 1) process.stderr.write("(corroborate exits 1 when it finds a discrepancy; `npm start` reports it as success)\n");
  return status === 1 ? 0 : status;
});
