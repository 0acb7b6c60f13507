import type { Finding } from '../types.js';
import { CONTEXT_BOOST } from './context.js';
import { scanAllRuns, type Run } from './phone/candidates.js';
import { newTokens, spanShapeBad, tokenize, type Tokens } from './phone/shape.js';
import { newValidationCache, regionPlans, validateCached, type RegionPlan, type Validated, type ValidationCache } from './phone/validate.js';
import { wordsNear, type Near } from './phone/words.js';
import type { RecognizerFactory } from './recognizer.js';
import type { TextView } from './view.js';

/** Validated, and written like a phone number (`+`, several groups or parentheses). */
export const SCORE_VALID = 0.75;
/** Validated, but a bare run of digits (could as well be an order number). */
export const SCORE_VALID_BARE = 0.45;
/** Shaped like a North American number (NXX-NXX-XXXX) in an unassigned area code; only with a NANP region. */
export const SCORE_NANP_SHAPE = 0.5;
/** Not validated by any numbering plan, kept only because phone words are near. */
export const SCORE_CONTEXT_ONLY = 0.55;
/** Ceiling when a word like "order" or "account" precedes the number and no phone word is near. */
export const SCORE_NEGATIVE = 0.3;
/** Characters before a candidate searched for negative words. */
const NEGATIVE_BEFORE = 20;

/** Sub-spans of one run tried against the numbering plans at most (bounds the work on digit-dense text). */
const MAX_SUBSPAN_TRIES = 6;
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;

interface Settings {
  plans: readonly RegionPlan[];
  /** A region of the North American Numbering Plan (+1) is among the plans. */
  nanp: boolean;
  before: number;
  after: number;
}

/** A candidate span of groups [g0, g1) of a run, with its digits (the "(0)" after a calling code left out). */
interface Candidate {
  start: number;
  end: number;
  digits: string;
  plus: boolean;
  formatted: boolean;
  /** Index of a "(0)" trunk group left out of the digits, or -1. */
  trunk: number;
  /** Written with the area code in parentheses: "(415) 555-0132". */
  parens: boolean;
}

/** Separator k of `run` (between groups k and k + 1) holds a parenthesis. */
function sepHasParen(text: string, run: Run, k: number): boolean {
  for (let i = run.bounds[2 * k + 1]!; i < run.bounds[2 * k + 2]!; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 41) return true;
  }
  return false;
}

/** Builds the candidate for groups [g0, g1) of `run`. */
function candidate(text: string, run: Run, g0: number, g1: number): Candidate {
  const b = run.bounds;
  const plus = g0 === 0 && run.plus;
  let digits = '';
  let parens = false;
  let trunk = -1;
  for (let g = g0; g < g1; g++) {
    if (g > g0) {
      if (sepHasParen(text, run, g - 1)) parens = true;
      // "+41 (0)85 …": the trunk 0 in parentheses (separator 0 ends with "(", separator 1 starts with ")";
      // separators are never empty) is not dialled from abroad
      if (plus && g === 1 && b[3]! - b[2]! === 1 && text.charCodeAt(b[2]!) === 48 && text.charCodeAt(b[2]! - 1) === 40 && g + 1 < g1 &&
        text.charCodeAt(b[3]!) === 41) {
        trunk = 1;
        continue;
      }
    }
    digits += text.slice(b[2 * g]!, b[2 * g + 1]!);
  }
  let start = b[2 * g0]!;
  if (g0 === 0) start = run.start;
  else if (text.charCodeAt(start - 1) === 40) {
    // "… 2 (415) 555-0132" (separator g0 - 1 ends with "("): take the "(" when it closes inside the span
    for (let g = g0; g < g1 - 1; g++) {
      if (sepHasClose(text, run, g)) {
        start--;
        break;
      }
    }
  }
  if (text.charCodeAt(start) === 40) parens = true;
  const end = g1 * 2 === b.length ? run.extEnd : b[2 * g1 - 1]!;
  return { start, end, digits, plus, formatted: plus || parens || g1 - g0 > 1, trunk, parens: text.charCodeAt(start) === 40 };
}

/** Separator k of `run` holds a ")". */
function sepHasClose(text: string, run: Run, k: number): boolean {
  for (let i = run.bounds[2 * k + 1]!; i < run.bounds[2 * k + 2]!; i++) if (text.charCodeAt(i) === 41) return true;
  return false;
}

/**
 * A formatted North American number whose area code no plan lists (test data, new
 * area codes): 3-3-4 groups (after an optional 1), area code and exchange
 * starting 2-9.
 */
function nanpShaped(run: Run, g0: number, g1: number, c: Candidate): boolean {
  const b = run.bounds;
  let g = g0;
  let d = c.digits;
  if (c.plus || g1 - g0 === 4) {
    if (d.length !== 11 || d.charCodeAt(0) !== 49) return false;
    d = d.slice(1);
    g++;
  }
  if (g1 - g !== 3 || d.length !== 10) return false;
  if (b[2 * g + 1]! - b[2 * g]! !== 3 || b[2 * g + 3]! - b[2 * g + 2]! !== 3) return false;
  return d.charCodeAt(0) >= 50 && d.charCodeAt(3) >= 50;
}

function validate(c: Candidate, s: Settings, cache: ValidationCache): Validated | undefined {
  return validateCached(c.digits, c.plus, s.plans, cache);
}

/**
 * Context of a candidate. A negative word wins over "number" ("order number 4155550132")
 * and over phone words further away, never over a "+" number.
 */
function near(text: string, c: Candidate, s: Settings): Near {
  const w = wordsNear(text, c.start, c.end, s.before, s.after, NEGATIVE_BEFORE);
  // a "+" number, or an area code in parentheses, is a phone format no order or account number uses
  if (c.plus || c.parens) w.negative = false;
  return w;
}

/** Score of a validated candidate, after context. */
function validatedScore(c: Candidate, w: Near): number {
  const base = c.formatted ? SCORE_VALID : SCORE_VALID_BARE;
  if (w.negative) return Math.min(base, SCORE_NEGATIVE);
  return w.phone ? Math.min(1, base + CONTEXT_BOOST) : base;
}

/**
 * Score of a candidate no plan validates, or -1 to drop it: a NANP-shaped number
 * (with a +1 region), or any phone-shaped one next to phone words — "number" is
 * enough for several groups, a bare digit run needs a stronger word ("call", "fax")
 * and 9 to 12 digits. The context words are read only when they can change the answer.
 */
function unvalidatedScore(text: string, run: Run, g0: number, g1: number, c: Candidate, s: Settings): number {
  // after the first, a group of one digit ("415 555 0132 2") is no phone grouping
  for (let g = g0 + 1; g < g1; g++) if (g !== c.trunk && run.bounds[2 * g + 1]! - run.bounds[2 * g]! < 2) return -1;
  const nanp = s.nanp && nanpShaped(run, g0, g1, c);
  // a bare run needs the length of a whole national number ("calling about 4412345" is not one)
  if (!nanp && !c.formatted && (c.digits.length < 9 || c.digits.length > 12)) return -1;
  const w = near(text, c, s);
  if (w.negative) return -1;
  if (nanp) return w.phone ? SCORE_NANP_SHAPE + CONTEXT_BOOST : SCORE_NANP_SHAPE;
  if (c.formatted) return w.phone ? SCORE_CONTEXT_ONLY : -1;
  // and a strong word
  return w.strong ? SCORE_CONTEXT_ONLY : -1;
}

function emit(out: Finding[], c: Candidate, score: number, country: string | undefined): void {
  const f: Finding = { type: 'PHONE', start: c.start, end: c.end, score, detector: 'phone' };
  if (country) f.country = country;
  out.push(f);
}

/** Tokens [t0, t1) all of one digit length (4 4 4 4, 2 2 2): split no further, it is one block of something. */
function uniform(tokens: Tokens, t0: number, t1: number): boolean {
  for (let t = t0 + 1; t < t1; t++) if (tokens.digits[t] !== tokens.digits[t0]) return false;
  return true;
}

function digitSum(tokens: Tokens, t0: number, t1: number): number {
  let d = 0;
  for (let t = t0; t < t1; t++) d += tokens.digits[t]!;
  return d;
}

/**
 * Tokens [t0, t1) with no bad token among them: the whole span first (validated, or
 * kept for its shape and context words), else the longest sub-spans that are, left to right.
 */
function scanSegment(
  text: string, run: Run, tokens: Tokens, t0: number, t1: number, s: Settings, cache: ValidationCache, out: Finding[],
): void {
  const total = digitSum(tokens, t0, t1);
  if (total < MIN_DIGITS) return;
  const g0 = tokens.g0[t0]!;
  const g1 = tokens.g1[t1 - 1]!;
  if (total <= MAX_DIGITS + 1) {
    const c = candidate(text, run, g0, g1);
    if (c.digits.length >= MIN_DIGITS && c.digits.length <= MAX_DIGITS && !spanShapeBad(text, run, g0, g1, c.digits)) {
      const v = validate(c, s, cache);
      const score = v ? validatedScore(c, near(text, c, s)) : unvalidatedScore(text, run, g0, g1, c, s);
      if (score >= 0) {
        emit(out, c, score, v?.country);
        return;
      }
    }
  }
  if (t1 - t0 < 2 || uniform(tokens, t0, t1)) return;
  let budget = MAX_SUBSPAN_TRIES;
  let a = t0;
  while (a < t1 && budget > 0) {
    let found = -1;
    for (let b = t1; b > a; b--) {
      if (a === t0 && b === t1) continue;
      const d = digitSum(tokens, a, b);
      if (d < MIN_DIGITS) break;
      if (d > MAX_DIGITS) continue;
      const h0 = tokens.g0[a]!;
      const h1 = tokens.g1[b - 1]!;
      const c = candidate(text, run, h0, h1);
      if (spanShapeBad(text, run, h0, h1, c.digits)) continue;
      if (--budget < 0) return;
      const v = validate(c, s, cache);
      if (v) {
        emit(out, c, validatedScore(c, near(text, c, s)), v.country);
        found = b;
        break;
      }
      // as for a whole span: a clean US shape ("order 123 (415) 555-0132") or phone words keep an unvalidated number
      const score = c.digits.length >= MIN_DIGITS ? unvalidatedScore(text, run, h0, h1, c, s) : -1;
      if (score >= 0) {
        emit(out, c, score, undefined);
        found = b;
        break;
      }
    }
    a = found > 0 ? found : a + 1;
  }
}

/** Tokens of the run being scanned, refilled for each (scans never nest; a run keeps at most 12 groups). */
const TOKENS: Tokens = newTokens(12);

/** Every phone finding of one run. */
function scanRun(text: string, run: Run, s: Settings, cache: ValidationCache, out: Finding[]): void {
  const tokens = tokenize(text, run, TOKENS);
  let t0 = 0;
  for (let t = 0; t <= tokens.count; t++) {
    if (t === tokens.count || tokens.bad[t] === 1) {
      if (t > t0) scanSegment(text, run, tokens, t0, t, s, cache, out);
      t0 = t + 1;
    }
  }
}

/**
 * PHONE: a linear scan for runs of digit groups, cheap shape rejection (dates, IPs,
 * cards, SSNs, glued tokens), then libphonenumber-js validation for the configured
 * regions (an international `+CC` number for its own country). A number no plan
 * validates is kept only next to phone words such as "call" or "fax".
 */
export const createPhoneRecognizer: RecognizerFactory = (settings) => {
  if (!settings.entities.has('PHONE')) return undefined;
  const plans = regionPlans(settings.regions);
  const s: Settings = { plans, nanp: plans.some((p) => p.callingCode === '1'), before: settings.contextBefore, after: settings.contextAfter };
  const shared = new Map<string, Validated | null>();
  return {
    name: 'phone',
    types: ['PHONE'],
    scan(view: TextView, out: Finding[]): void {
      const text = view.text;
      let cache: ValidationCache | undefined;
      // a run with fewer than MIN_DIGITS digits holds no candidate; the whole text is scanned (not the
      // view's digit windows: building them costs more than this scan, which skips lone short numbers itself)
      scanAllRuns(text, MIN_DIGITS, (run) => {
        scanRun(text, run, s, (cache ??= newValidationCache(text.length, shared)), out);
      });
    },
  };
};
