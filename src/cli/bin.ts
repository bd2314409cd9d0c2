import { main } from "./node-io.js";

main(process.argv.slice(2));
