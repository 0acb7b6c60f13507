#!/usr/bin/env node
// The scrubline command. All logic lives in the library (dist/); this only starts it.
import { main } from '../dist/cli/main.js';

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
