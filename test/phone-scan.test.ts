import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanAllRuns, type Run } from '../src/detect/phone/candidates.js';
import { plainRuns } from './support/phone-runs.js';

/**
 * The plain way to find runs: from each run's end (extension included), read the run at the next
 * digit. scanAllRuns skips stretches its regular expression rules out without reading them; it
 * must report the same runs (those of at least seven digits, not truncated), with the same fields.
 */
function reference(text: string): Run[] {
  return plainRuns(text).filter((run) => {
    let d = 0;
    for (let k = 0; k < run.bounds.length; k += 2) d += run.bounds[k + 1]! - run.bounds[k]!;
    return d >= 7 && !run.truncated;
  });
}

function scanned(text: string): Run[] {
  const out: Run[] = [];
  // the run object is reused: copy it
  scanAllRuns(text, 7, (run) => out.push({ ...run, bounds: [...run.bounds] }));
  return out;
}

describe('scanAllRuns reads the runs a digit-by-digit scan reads', () => {
  const cases = [
    '',
    'no digits at all',
    'call 415-555-0132 now',
    // an extension's digits followed by more groups: the next run starts after the extension
    'call 555-0132 x123456 7890 1234',
    '12-34 x123456 7',
    '12-34, ext. 123456 78 9012 345',
    '1 2 3 x12 345 6789 012',
    // short runs whose groups, joined freely, would reach seven digits
    '12 (34) (56) 789 0',
    '53.980 ( 113.576 99',
    '(12 34) 56 (7',
    '62 .409 555 01',
    '12 .34 .56 .78',
    // six digits, then an extension or a seventh digit, in every position of the stretch
    '12 34 56 x12', '12 34 56, ext. 3', '1 2 3 4 5 6 e', '123456x1', '1 2 3 4 5 6 7', '1 2 3 4 5 6', '12 34 5 x1 2 3',
    // separators of five characters do not join
    '123 -  - 4567 890',
    // several runs, a NUL between texts, a long digit soup
    '415 555 0132\n\u0000\n(415) 555-0133\n\u0000\n4155550134',
    '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20',
    '00:12:34.5 2024-03-05T10:22:33Z 4155550132',
    '+44 (0)20 7946 0958 +(44) 20 7946 0958 (+44) 20 7946 0958',
  ];
  it.each(cases)('%j', (text) => {
    expect(scanned(text)).toEqual(reference(text));
  });

  it('on random digits, separators, extensions and words', () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[0-9]{1,8}$/),
      fc.constantFrom(' ', '  ', '   ', '-', '.', '/', '(', ')', ' (', ') ', '\u00a0', '\u2013', '\u2212', '\u202f', '\u2009',
        ',', ', ', 'x', 'X', 'e', 'E', ' x', ', ext. ', ' extension ', ' ext', 'extn', '+', ':', 'a', ' call ', '\u0000', '\n', '#', '$'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(scanned(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
