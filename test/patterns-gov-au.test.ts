import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../src/detect/overlap.js';
import { createPatternRecognizer } from '../src/detect/pattern-recognizer.js';
import { BUILTIN_PATTERN_DIR, loadPatternFile } from '../src/detect/patterns.js';
import { TextView } from '../src/detect/view.js';
import type { Finding } from '../src/types.js';

const PATTERNS = loadPatternFile(`${BUILTIN_PATTERN_DIR}gov-au.json`);
const TYPES = [...new Set(PATTERNS.map((p) => p.type))];

/** Runs only patterns/gov-au.json the way the analyzer does: score filter, then overlap resolution. */
function detect(text: string, minScore = 0.5, types: readonly string[] = TYPES): string[] {
  const rec = createPatternRecognizer(PATTERNS, { regions: ['AU'], contextBefore: 48, contextAfter: 24, entities: new Set(types) });
  const raw: Finding[] = [];
  rec!.scan(new TextView(text), raw);
  return resolveOverlaps(raw.filter((f) => f.score >= minScore), text)
    .map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
}

describe('gov-au patterns at the default threshold (0.5)', () => {
  it.each([
    // ABN: mod-89 is strong enough alone
    ['ABN 51 824 753 556', ['AU_ABN:51 824 753 556']],
    ['51824753556', ['AU_ABN:51824753556']],
    ['Invoice from ABN: 53 004 085 616.', ['AU_ABN:53 004 085 616']],
    ['52 824 753 556', []],
    ['call +61 2 9876 5432', []],
    ['51 824 753 5564', []], // longer grouped number
    // ACN: 1 in 10 random numbers pass, so context decides
    ['ACN 005 499 981', ['AU_ACN:005 499 981']],
    ['australian company number 006249976', ['AU_ACN:006249976']],
    ['ACN 824 753 557', []],
    // TFN
    ['TFN: 123 456 782', ['AU_TFN:123 456 782']],
    ['my tax file number is 876-543-210', ['AU_TFN:876-543-210']],
    ['TFN 123 456 789', []],
    // Medicare
    ['Medicare card 2123 45670 1', ['AU_MEDICARE:2123 45670 1']],
    ['2123 45670 1', ['AU_MEDICARE:2123 45670 1']], // card layout
    ['medicare number 2123456701', ['AU_MEDICARE:2123456701']],
    ['2123 25870 1', []],
    ['1123 45670 1', []], // first digit must be 2-6
  ] as const)('%j → %j', (text, expected) => {
    expect(detect(text)).toEqual(expected);
  });

  it.each([
    ['005 499 981', []], // valid ACN, no context
    ['123 456 782', []], // valid TFN, no context
    ['2123456701', []], // valid Medicare, unbroken like a phone number
  ] as const)('checksum-valid but ambiguous %j stays below the threshold', (text, expected) => {
    expect(detect(text)).toEqual(expected);
  });
});

describe('gov-au patterns with no threshold', () => {
  it.each([
    ['005 499 981', 'AU_ACN', ['AU_ACN:005 499 981']],
    ['000000180', 'AU_ACN', ['AU_ACN:000000180']],
    ['876543210', 'AU_TFN', ['AU_TFN:876543210']],
    ['5282475355632', 'AU_ABN', []],
    ['52824753556AF', 'AU_ABN', []],
    ['123 456\n789', 'AU_TFN', []],
    ['212345670221', 'AU_MEDICARE', []],
  ] as const)('%j as %s → %j', (text, type, expected) => {
    expect(detect(text, 0, [type])).toEqual(expected);
  });
});

describe('gov-au pattern hygiene', () => {
  it.each(PATTERNS.map((p) => [p.id, p.source, p.re.flags] as const))('%s is linear-time under recheck', (_id, source, flags) => {
    expect(checkSync(source, flags).status).toBe('safe');
  });
  it('every pattern is gated: digit windows or literals', () => {
    for (const p of PATTERNS) expect(p.scope === 'digit' || (p.literals?.length ?? 0) > 0, p.id).toBe(true);
  });
});
