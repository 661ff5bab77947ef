// Preloaded into a measured CLI run (`node --import report-rss.js bin/triangulate.js …`): at exit, the process's
// peak RSS on standard error as one tagged line, so bench-memory reads the real binary's own figure.
process.on('exit', () => {
  process.stderr.write(`\ntriangulate-bench-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
