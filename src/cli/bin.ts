import { main } from "./node-io.js";

void main(process.argv.slice(2));
