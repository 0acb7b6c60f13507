import type { Finding } from '../../types.js';
import type { Recognizer } from '../recognizer.js';
import { TextView } from '../view.js';
import { normalizeSpoken } from './normalize.js';
import { findSpokenWindows } from './windows.js';

export { normalizeSpoken, toNormalized, toOriginal, type Normalized } from './normalize.js';
export { findSpokenWindows } from './windows.js';

/**
 * Runs `recognizers` over the written form of each spoken window of `view` and
 * appends their findings, mapped back to exact spans of the original text.
 * Only findings that draw on at least one converted word are kept (the rest were
 * found on the original already). Their detector gets a `+spoken` suffix.
 */
export function scanSpoken(view: TextView, recognizers: readonly Recognizer[], out: Finding[]): void {
  const windows = findSpokenWindows(view);
  if (windows.length === 0) return;
  const text = view.text;
  const found: Finding[] = [];
  for (let i = 0; i < windows.length; i += 2) {
    const n = normalizeSpoken(text, windows[i]!, windows[i + 1]!);
    let changed = false;
    for (let k = 0; k < n.spoken.length; k++) {
      if (n.spoken[k]) {
        changed = true;
        break;
      }
    }
    if (!changed) continue;
    const nv = new TextView(n.text);
    found.length = 0;
    for (const r of recognizers) r.scan(nv, found);
    for (const f of found) {
      let spoken = false;
      for (let k = f.start; k < f.end; k++) {
        if (n.spoken[k]) {
          spoken = true;
          break;
        }
      }
      if (!spoken) continue;
      const g: Finding = { ...f, start: n.start[f.start]!, end: n.end[f.end - 1]!, detector: `${f.detector}+spoken` };
      out.push(g);
    }
  }
}
