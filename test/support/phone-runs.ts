import { readRun, type Run } from '../../src/detect/phone/candidates.js';

/** Every run of digit groups in `text`, read the plain way: from each run's end (extension included), the run at the next digit. */
export function plainRuns(text: string): Run[] {
  const out: Run[] = [];
  const digit = /[0-9]/g;
  let i = 0;
  for (;;) {
    digit.lastIndex = i;
    const m = digit.exec(text);
    if (m === null) return out;
    const run = readRun(text, m.index);
    out.push(run);
    i = run.extEnd;
  }
}
