#!/usr/bin/env node
// Scores scrubline on labelled JSONL: `npm run eval -- FILE [FILE...]` (`--help` for options).
// A thin wrapper: the logic is src/eval/ (built into dist/eval/ by `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/eval/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('scrubline is not built: run `npm run build` (or `npm ci`) first\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = main(process.argv.slice(2));
