export { resolveDate } from "./time/resolve-date.js";
