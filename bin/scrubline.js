#!/usr/bin/env node
// The scrubline command. All logic lives in the library (dist/); this only starts it.
import { setFlagsFromString } from 'node:v8';

// The main thread only frames lines and writes results; V8's default young generation (up to 16 MB
// per semi-space) let it grow by ~40 MB of garbage between scavenges, a seventh of the memory of a
// two-worker run. 1 MB keeps it small at no measurable cost (workers set their own, in pool.ts).
setFlagsFromString('--max-semi-space-size=1');
const { main } = await import('../dist/cli/main.js');

process.stdout.on('error', (e) => {
  // the reader closed the pipe (| head): stop quietly
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('scrubline: internal error\n');
    process.exitCode = 3;
  },
);
