/**
 * Safety: linear-time matching and no PII in error messages.
 *
 *  (a) every regex of every patterns/*.json is `safe` for recheck (new files are picked up automatically);
 *  (b) every detector finishes on hostile 1 MB inputs (2 MB when dense with findings) and scales linearly on them;
 *  (c) errors from bad options and malformed pattern files never carry the text or the values given.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, createRedactor, OptionsError, PatternFileError, type AnalyzeOptions, type PatternFile, type Redactor } from '../src/index.js';

const PATTERN_DIR = fileURLToPath(new URL('../patterns/', import.meta.url));
const patternFiles = readdirSync(PATTERN_DIR).filter((n) => n.endsWith('.json')).sort();

interface RawPattern {
  id: string;
  type: string;
  regex: string;
  flags?: string;
}

/** Parses a pattern file loosely: shape errors are the loader's business, here they only fail the test. */
function readPatternFile(name: string): RawPattern[] {
  const data = JSON.parse(readFileSync(join(PATTERN_DIR, name), 'utf8')) as { patterns?: RawPattern[] };
  return Array.isArray(data.patterns) ? data.patterns : [];
}

/**
 * recheck's fuzz checker takes seconds per complex regex. Its result is deterministic (fixed random seed),
 * so `safe` verdicts are cached outside the repository, keyed by recheck version, flags and source:
 * an edited regex is checked again. Delete node_modules/.cache/scrubline to force a full run.
 */
const CACHE_FILE = fileURLToPath(new URL('../node_modules/.cache/scrubline/recheck-safe.json', import.meta.url));
const RECHECK_VERSION = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('recheck/package.json'), 'utf8')) as { version: string }).version;

function readCache(): Set<string> {
  try {
    return new Set(JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

function cacheKey(source: string, flags: string): string {
  return createHash('sha256').update(`${RECHECK_VERSION}\n${flags}\n${source}`).digest('hex');
}

const safeCache = readCache();

/** recheck's verdict, `safe` or a short reason (complexity and attack pattern, or the error kind). */
function recheckVerdict(source: string, flags: string): string {
  const key = cacheKey(source, flags);
  if (safeCache.has(key)) return 'safe';
  const d = checkSync(source, flags);
  if (d.status === 'safe') {
    safeCache.add(key);
    try {
      mkdirSync(dirname(CACHE_FILE), { recursive: true });
      writeFileSync(CACHE_FILE, JSON.stringify([...safeCache]));
    } catch {
      // A read-only tree only loses the cache.
    }
    return 'safe';
  }
  return d.status === 'vulnerable' ? `vulnerable: ${d.complexity.type} via ${d.attack.pattern}` : `unknown: ${d.error.kind}`;
}

describe('(a) every built-in regex is safe from catastrophic backtracking (recheck)', () => {
  it('finds the pattern files', () => {
    expect(patternFiles).toContain('contact.json');
  });

  describe.each(patternFiles)('%s', (file) => {
    const patterns = readPatternFile(file);
    it('has patterns', () => {
      expect(patterns.length).toBeGreaterThan(0);
    });
    it.each(patterns.map((p) => [p.id, p] as const))('%s', (_id, p) => {
      expect(recheckVerdict(p.regex, (p.flags ?? '').replace(/[gy]/g, '')), `${file} ${p.id}`).toBe('safe');
    });
  });
});

// ---------------------------------------------------------------- (b)

const MB = 1 << 20;
/** Input sizes, each 4× the last, ending at 1 MB (2 MB for inputs dense with findings, see HOSTILE). */
const SIZES = [MB / 64, MB / 16, MB / 4, MB];
/** How a hostile input is measured: its sizes, and how many runs per size at least (the fastest counts). */
interface Ladder {
  sizes: number[];
  minTries: number;
}
const PLAIN: Ladder = { sizes: SIZES, minTries: 1 };
const DENSE: Ladder = { sizes: [MB / 32, MB / 8, MB / 2, 2 * MB], minTries: 2 };
/** Per-run bound: generous, this is not a speed test. */
const BOUND_MS = 15_000;
/**
 * Scaling check: each size must take less than SCALE × the previous (4× smaller) one plus SLACK_MS.
 * Linear work gives 4×, quadratic 16×: 8× sits between them with room for noise.
 */
const SCALE = 8;
const SLACK_MS = 150;

/** `unit` repeated to exactly `size` UTF-16 code units (a surrogate pair is never cut). */
function fill(unit: string, size: number): string {
  const s = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const last = s.charCodeAt(s.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? s.slice(0, -1) : s;
}

/** Hostile inputs: long runs that a careless pattern would rescan from every position. */
const HOSTILE: [string, (n: number) => string, Ladder?][] = [
  ['a run of digits', (n) => fill('0123456789', n)],
  ['one digit repeated', (n) => fill('7', n)],
  ['"a@" repeated', (n) => fill('a@', n)],
  ['"a." repeated', (n) => fill('a.', n)],
  ['"x@x." repeated', (n) => fill('x@x.', n)],
  ['a single token of letters', (n) => fill('qwertyuiopasdfghjklzxcvbnm', n)],
  ['a single token of letters and digits', (n) => fill('A1b2C3', n)],
  ['"1-" repeated', (n) => fill('1-', n)],
  ['"1." repeated', (n) => fill('1.', n)],
  ['"1:" repeated', (n) => fill('1:', n)],
  ['"+1 " repeated', (n) => fill('+1 ', n)],
  ['dots', (n) => fill('.', n)],
  ['spaces and digits alternating', (n) => fill('1 ', n)],
  ['"Mr. " repeated', (n) => fill('Mr. ', n)],
  ['capitalised words', (n) => fill('John Smith ', n)],
  ['"www." repeated', (n) => fill('www.', n)],
  ['"http://" repeated', (n) => fill('http://', n)],
  ['spelled digits', (n) => fill('one two three four five six seven eight nine oh ', n)],
  ['newlines', (n) => fill('\n', n)],
  ['CJK', (n) => fill('你好世界', n)],
  ['emoji', (n) => fill('😀', n)],
  // Dense findings: overlap resolution and replacement must stay linear in their number too. A cost
  // quadratic in the number of findings has a small constant (an array insertion is a fast memmove)
  // and shows only past 1 MB: these go up to 2 MB, with the fastest of two runs per size against noise.
  ['emails back to back', (n) => fill('ann@example.com ', n), DENSE],
  ['deny-listed words and emails interleaved', (n) => fill('Zed zed@example.com ', n), DENSE],
  ['a transcript line repeated',
    (n) => fill('Hi, this is Maria Gonzalez, card 4111 1111 1111 1111, call (415) 555-0132 on March 3rd. ', n), DENSE],
];

/** Detector groups: the types of each pattern file, the phone and name detectors, the lists, and everything at once. */
function detectorGroups(): [string, AnalyzeOptions][] {
  const groups: [string, AnalyzeOptions][] = patternFiles.map((f) => [
    `patterns/${f}`, { entities: [...new Set(readPatternFile(f).map((p) => p.type))], minScore: 0 },
  ]);
  groups.push(['phone', { entities: ['PHONE'], minScore: 0 }]);
  groups.push(['names', { entities: ['PERSON', 'LOCATION', 'ORGANIZATION'], minScore: 0 }]);
  groups.push(['deny and allow lists', { entities: ['EMAIL'], deny: ['zed', { value: 'Maria Gonzalez', type: 'PERSON' }], allow: ['bob@example.com', /x+@example\.com/] }]);
  groups.push(['all detectors', {}]);
  return groups;
}

/**
 * Wall and CPU milliseconds of one call. The scaling check uses CPU time: on a busy machine a short run
 * often fits in one time slice while a long one is preempted, which inflates wall-clock ratios.
 */
function timeMs(fn: () => void): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t = performance.now();
  fn();
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  return { wall, cpu: (d.user + d.system) / 1000 };
}

describe('(b) detectors on hostile inputs finish and scale linearly', () => {
  const groups = detectorGroups();
  describe.each(groups)('%s', (_name, options) => {
    let compiled: Redactor | undefined;
    /** Built on first use, so that one broken pattern file fails its own tests, not the collection. */
    const get = (): Redactor => {
      if (!compiled) {
        compiled = createRedactor(options);
        compiled.analyze(fill('warm up 123 a@b.co Mr. Smith ', 4096));
      }
      return compiled;
    };
    it.each(HOSTILE)('%s', (_input, make, ladder = PLAIN) => {
      const { sizes, minTries } = ladder;
      const redactor = get();
      // Sizes grow 4× at a time and each step is checked before the next runs: a super-linear detector
      // fails on a small input instead of hanging the run (a synchronous scan cannot be timed out).
      let prevMs: number | undefined;
      for (const [step, size] of sizes.entries()) {
        const text = make(size);
        const limit = prevMs === undefined ? Infinity : SCALE * prevMs + SLACK_MS;
        let ms = Infinity;
        // minTries runs, then up to three in all while over the limit, keeping the fastest (noise only
        // ever adds time); no retry when far over the limit.
        for (let attempt = 0; attempt < 3 && (attempt < minTries || (ms >= limit && ms <= 2 * limit)); attempt++) {
          const t = timeMs(() => redactor.analyze(text));
          expect(t.wall, `${size / 1024} KB took ${t.wall.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
          ms = Math.min(ms, t.cpu);
        }
        const label = `${size / 1024} KB took ${ms.toFixed(0)} ms CPU, ${size / 4096} KB ${prevMs?.toFixed(0) ?? '-'} ms`;
        expect(ms, label).toBeLessThan(limit);
        if (step < sizes.length - 1) {
          expect(4 * ms, `${label}: the largest run would not finish within ${BOUND_MS} ms`).toBeLessThan(BOUND_MS);
        }
        prevMs = ms;
      }
    });
  });
});

// ---------------------------------------------------------------- (c)

const SECRET_TEXT = 'Call Zebulon Quixote-Marsh at zebulon.qm@example.com or 4111 1111 1111 1111, SSN 078-05-1120';
const SECRET_BITS = ['Zebulon', 'Quixote', 'zebulon.qm', '4111', '078-05'];

/** The error `fn` throws, checked to be an OptionsError; its name, message and stack as one string. */
function optionsErrorOf(fn: () => unknown): string {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(OptionsError);
  return `${(err as Error).name}: ${(err as Error).message} ${String((err as Error).stack)}`;
}

function expectClean(message: string): void {
  for (const bit of SECRET_BITS) expect(message).not.toContain(bit);
}

describe('(c) error messages carry no input text and no given values', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scrubline-safety-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const badOptions: [string, unknown][] = [
    ['unknown entity type', { entities: ['ZEBULON_ID'] }],
    ['entities not an array', { entities: SECRET_TEXT }],
    ['minScore out of range', { minScore: 7 }],
    ['minScore not a number', { minScore: SECRET_TEXT }],
    ['bad region', { region: SECRET_TEXT }],
    ['bad region in a list', { region: ['US', 'Zebulon'] }],
    ['bad context window', { contextWindow: { before: -1 } }],
    ['allow entry of the wrong kind', { allow: [{ value: SECRET_TEXT }] }],
    ['empty deny value', { deny: [{ value: '   ', type: 'PERSON' }] }],
    ['deny entry of the wrong kind', { deny: [{ secret: SECRET_TEXT }] }],
    ['options not an object', SECRET_TEXT],
  ];
  it.each(badOptions)('bad options: %s', (_n, options) => {
    const msg = optionsErrorOf(() => analyze(SECRET_TEXT, options as AnalyzeOptions));
    expectClean(msg);
  });

  it.each([
    ['a number', 4111111111111111],
    ['a Buffer', Buffer.from(SECRET_TEXT)],
    ['an object', { text: SECRET_TEXT }],
    ['an array', [SECRET_TEXT]],
  ])('non-string input: %s', (_n, input) => {
    const msg = optionsErrorOf(() => analyze(input as unknown as string));
    expect(msg).toMatch(/string/);
    expectClean(msg);
  });

  // Values inside a pattern file: a file's own field values are not echoed either. JSON syntax errors are
  // the exception: V8's JSON.parse message quotes up to 10 characters of the file near the error.
  const FILE_SECRET = 'Ysolde Varga-Pimm ysolde.vp@example.net';
  const FILE_BITS = ['Ysolde', 'Varga', 'ysolde.vp'];
  const validPattern = { id: 'zeb_id', type: 'ZEB_ID', regex: 'ZEB-\\d{6}', score: 0.9 };
  const file = (patterns: unknown[]) => JSON.stringify({ family: 'x', patterns });
  const badFiles: [string, string, boolean][] = [
    ['not JSON', `{"family": "x", "patterns": [${JSON.stringify(FILE_SECRET)}`, false],
    ['not JSON, value first', `${FILE_SECRET} {`, false],
    ['patterns not an array', JSON.stringify({ family: 'x', patterns: FILE_SECRET }), true],
    ['family not a string', JSON.stringify({ family: [FILE_SECRET], patterns: [] }), true],
    ['a pattern that is a string', file([FILE_SECRET]), true],
    // The name of an unknown validator is quoted on purpose: it is an identifier the author wrote.
    ['unknown validator', file([{ ...validPattern, validator: 'zebulon_checksum', context: [FILE_SECRET] }]), true],
    ['type not upper case', file([{ ...validPattern, type: FILE_SECRET }]), true],
    ['score not a number', file([{ ...validPattern, score: FILE_SECRET }]), true],
    ['context not strings', file([{ ...validPattern, context: [FILE_SECRET, 4] }]), true],
    ['unknown field holding a value', file([{ ...validPattern, example: FILE_SECRET }]), true],
    ['bad flags', file([{ ...validPattern, flags: FILE_SECRET }]), true],
    ['bad country', file([{ ...validPattern, country: FILE_SECRET }]), true],
    ['bad prefilter', file([{ ...validPattern, prefilter: [FILE_SECRET, ''] }]), true],
    ['bad group', file([{ ...validPattern, group: FILE_SECRET }]), true],
  ];
  it.each(badFiles)('malformed pattern file: %s', (name, content, checkFileValues) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(path, content);
    for (const source of [path, safeParse(content)]) {
      if (source === undefined) continue;
      let err: unknown;
      try {
        analyze(SECRET_TEXT, { patterns: [source as string | PatternFile] });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PatternFileError);
      expect((err as PatternFileError).file).toBe(typeof source === 'string' ? path : 'patterns[0]');
      const msg = `${(err as Error).message} ${String((err as Error).stack)}`;
      expectClean(msg);
      if (checkFileValues) for (const bit of FILE_BITS) expect(msg).not.toContain(bit);
    }
  });
});

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
