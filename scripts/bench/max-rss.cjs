// Preloaded into benchmark runs: records the process's peak memory (KB) on exit.
process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE) require("node:fs").writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
