/**
 * Phone validation with libphonenumber-js, `max` metadata (number patterns per
 * country and number type, as Google's libphonenumber validates). Cheap checks
 * against each plan (possible lengths, how the national prefix is written, NANP
 * structure) run first, so only candidates a plan could accept are parsed.
 */
import { isSupportedCountry, Metadata, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';
import { OptionsError } from '../../errors.js';

/** The runtime methods of a selected numbering plan this module reads (the typings declare fewer). */
interface PlanView {
  callingCode(): string;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  possibleLengths(): number[] | undefined;
  formats(): FormatView[];
}

interface FormatView {
  usesNationalPrefix(): boolean;
  nationalPrefixIsOptionalWhenFormattingInNationalFormat(): boolean;
}

/** One phone region, prepared for the cheap checks. */
export interface RegionPlan {
  readonly region: CountryCode;
  readonly callingCode: string;
  /** National prefix ("0", "1" for NANP), or "" when the plan has none. */
  readonly nationalPrefix: string;
  /** Possible lengths of the national significant number. */
  readonly nsn: ReadonlySet<number>;
  /**
   * The prefix is only ever the plain `nationalPrefix` (no carrier codes or transform
   * rules), so how a candidate starts tells what its NSN length is.
   */
  readonly simplePrefix: boolean;
  /** Every national format writes the prefix: a national number without it is never accepted. */
  readonly prefixRequired: boolean;
}

const META = new Metadata(metadata);

function planView(): PlanView {
  return META.numberingPlan as unknown as PlanView;
}

/** NSN lengths per calling code, over every country (and non-geographic plan) sharing it. */
const CALLING_CODE_LENGTHS: ReadonlyMap<string, ReadonlySet<number>> = (() => {
  const map = new Map<string, Set<number>>();
  const add = (code: string, lens: readonly number[] | undefined): void => {
    let set = map.get(code);
    if (!set) map.set(code, (set = new Set()));
    for (const l of lens ?? []) set.add(l);
  };
  for (const [code, countries] of Object.entries(metadata.country_calling_codes)) {
    for (const c of countries) {
      META.selectNumberingPlan(c as CountryCode);
      add(code, planView().possibleLengths());
    }
  }
  for (const code of Object.keys(metadata.nonGeographic)) {
    META.selectNumberingPlan(code as CountryCode);
    add(code, planView().possibleLengths());
  }
  return map;
})();

/** Prepares the regions of the analyzer's settings; "UK" is read as GB. Throws OptionsError on an unknown region. */
export function regionPlans(regions: readonly string[]): RegionPlan[] {
  const plans: RegionPlan[] = [];
  for (const raw of regions) {
    const region = (raw === 'UK' ? 'GB' : raw) as CountryCode;
    if (!isSupportedCountry(region, metadata)) throw new OptionsError(`region ${raw} has no phone numbering plan`);
    if (plans.some((p) => p.region === region)) continue;
    META.selectNumberingPlan(region);
    const plan = planView();
    const nationalPrefix = plan.nationalPrefix() ?? '';
    const formats = plan.formats();
    plans.push({
      region,
      callingCode: plan.callingCode(),
      nationalPrefix,
      nsn: new Set(plan.possibleLengths() ?? []),
      simplePrefix: nationalPrefix !== '' && plan.nationalPrefixForParsing() === nationalPrefix,
      prefixRequired: formats.length > 0 && formats.every((f) => f.usesNationalPrefix() && !f.nationalPrefixIsOptionalWhenFormattingInNationalFormat()),
    });
  }
  return plans;
}

/**
 * Whether `plan` could accept national `digits`, judged from length and start only:
 * written with the prefix, with the calling code, or (when the plan allows it) bare.
 */
function planFits(plan: RegionPlan, digits: string): boolean {
  const n = digits.length;
  if (plan.callingCode === '1') return nanpPossible(digits);
  if (digits.startsWith(plan.callingCode) && plan.nsn.has(n - plan.callingCode.length)) return true;
  if (!plan.simplePrefix) {
    return plan.nsn.has(n) || (plan.nationalPrefix !== '' && plan.nsn.has(n - plan.nationalPrefix.length));
  }
  if (digits.startsWith(plan.nationalPrefix)) return plan.nsn.has(n - plan.nationalPrefix.length);
  return !plan.prefixRequired && plan.nsn.has(n);
}

/**
 * NANP structure, checked before parsing: [1] NXX NXX XXXX, area code and exchange
 * starting 2-9, the area code not N11 (411, 911 are service codes).
 */
function nanpPossible(digits: string): boolean {
  const o = digits.length === 11 && digits.charCodeAt(0) === 49 ? 1 : 0;
  if (digits.length - o !== 10) return false;
  if (digits.charCodeAt(o) < 50 || digits.charCodeAt(o + 3) < 50) return false;
  return !(digits.charCodeAt(o + 1) === 49 && digits.charCodeAt(o + 2) === 49);
}

/** A validated number: the country it belongs to. */
export interface Validated {
  readonly country: string | undefined;
}

/** Counts calls into libphonenumber-js (the per-scan budget reads it; also for measurement). */
export const parseStats = { calls: 0 };

function parse(text: string, region?: CountryCode): PhoneNumber | undefined {
  parseStats.calls++;
  return region ? parsePhoneNumberFromString(text, region, metadata) : parsePhoneNumberFromString(text, metadata);
}

/** `digits` is everything after the `+`: valid for the country its calling code names. */
export function validateInternational(digits: string): Validated | undefined {
  if (digits.length < 8 || digits.length > 15 || digits.charCodeAt(0) === 48) return undefined;
  for (let cc = 1; cc <= 3; cc++) {
    const lens = CALLING_CODE_LENGTHS.get(digits.slice(0, cc));
    if (!lens) continue;
    if (!lens.has(digits.length - cc)) return undefined;
    if (cc === 1 && digits.charCodeAt(0) === 49 && !nanpPossible(digits)) return undefined;
    const p = parse('+' + digits);
    return p && p.isValid() ? { country: p.country } : undefined;
  }
  return undefined;
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * True when the number was written without the national prefix although its
 * national format requires one (e.g. a Philippine mobile written 917 123 4567):
 * libphonenumber's "national prefix present if required" rule, which its VALID
 * leniency (and so Presidio) applies.
 */
function missingRequiredPrefix(p: PhoneNumber, digits: string, plan: RegionPlan): boolean {
  if (!plan.nationalPrefix || plan.callingCode === '1' || p.nationalNumber !== digits) return false;
  return digitCount(p.format('NATIONAL', { nationalPrefix: false })) > p.nationalNumber.length;
}

/** A national number (no `+`): valid in one of the regions, tried in order. */
export function validateNational(digits: string, plans: readonly RegionPlan[]): Validated | undefined {
  for (const plan of plans) {
    if (!planFits(plan, digits)) continue;
    const p = parse(digits, plan.region);
    if (!p || !p.isValid() || missingRequiredPrefix(p, digits, plan)) continue;
    return { country: p.country ?? plan.region };
  }
  // Dialled from abroad: 00 44 20 …, 011 44 20 …
  if (digits.startsWith('011')) return validateInternational(digits.slice(3));
  if (digits.startsWith('00')) return validateInternational(digits.slice(2));
  return undefined;
}

/** Per-scan validation state: results by candidate ("+" then digits for international ones), and the parses left. */
export interface ValidationCache {
  /** Results shared by every scan of one recognizer (its regions are fixed): numbers recur across texts. */
  readonly results: Map<string, Validated | null>;
  /** Parses left for this scan; bounds the work on digit soup. */
  budget: number;
}

/** Parses allowed per scan: a floor, plus one per this many characters (natural text needs far fewer). */
const BUDGET_FLOOR = 256;
const CHARS_PER_VALIDATION = 32;

/** Bound on the shared results (cleared when full). */
const SHARED_LIMIT = 20_000;

export function newValidationCache(textLength: number, shared: Map<string, Validated | null> = new Map()): ValidationCache {
  if (shared.size > SHARED_LIMIT) shared.clear();
  return { results: shared, budget: BUDGET_FLOOR + Math.floor(textLength / CHARS_PER_VALIDATION) };
}

/**
 * `validateInternational` or `validateNational`, remembered in `cache` (numbers repeat
 * within a text). Once the scan's budget is spent, new candidates count as not validated.
 */
export function validateCached(digits: string, plus: boolean, plans: readonly RegionPlan[], cache: ValidationCache): Validated | undefined {
  const key = plus ? '+' + digits : digits;
  const hit = cache.results.get(key);
  if (hit !== undefined) return hit ?? undefined;
  if (cache.budget <= 0) return undefined;
  const calls = parseStats.calls;
  const v = plus ? validateInternational(digits) : validateNational(digits, plans);
  cache.budget -= parseStats.calls - calls;
  cache.results.set(key, v ?? null);
  return v;
}
