/*
 * Preloaded (NODE_OPTIONS=--require) by bench/startup.ts: at exit, the process prints its peak
 * resident memory (process.resourceUsage().maxRSS, kilobytes on Linux) on stderr, for the benchmark
 * to read. Written synchronously, so it is printed even when the process ends with process.exit.
 */
'use strict';
process.on('exit', () => {
  require('node:fs').writeSync(2, `\nBENCH_MAX_RSS_KB ${process.resourceUsage().maxRSS}\n`);
});
