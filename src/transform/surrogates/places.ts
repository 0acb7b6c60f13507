import { DIRECTIONS, STREET_TYPES } from '../../detect/checksums/street-words.js';
import { canonicalValue, foldName } from '../canonical.js';
import { CITIES, COUNTRIES, ORGANIZATIONS, STREET_NAMES, US_STATES } from './data-places.js';
import type { Draw } from './draw.js';
import { caseOf, list, withCase, type CaseStyle } from './shape.js';
import { firstAccepted, type Generator } from './types.js';

const CITY = list(CITIES);
const COUNTRY = list(COUNTRIES);
const STREET = list(STREET_NAMES);
const ORG = list(ORGANIZATIONS);
const STATES = list(US_STATES).map((s) => {
  const [name, code] = s.split(':') as [string, string];
  return { name, code };
});
const STATE_NAMES = STATES.map((s) => s.name);
const STATE_CODES = STATES.map((s) => s.code);
const FOLDED_STATE_NAMES = new Set(STATE_NAMES.map((n) => n.toLowerCase()));
const FOLDED_STATE_CODES = new Set([...STATE_CODES, 'DC', 'PR']);
const FOLDED_COUNTRIES = new Set(
  [...COUNTRY, 'United States', 'USA', 'United Kingdom', 'UK', 'England', 'Scotland', 'Wales', 'Ireland', 'France', 'Argentina', 'Kenya', 'China', 'Russia', 'Pakistan', 'Philippines', 'Bangladesh', 'Ukraine', 'Israel', 'Iran', 'Iraq', 'Saudi Arabia', 'Korea', 'South Korea']
    .map((c) => c.toLowerCase()),
);

/** The case style of a phrase: all lower, all upper, or capitalised words. */
function phraseCase(s: string): CaseStyle {
  const st = caseOf(s);
  return st === 'mixed' ? 'title' : st;
}

/** A different entry of `names` (compared folded), in the input's case. */
function other(names: readonly string[], input: string, draw: Draw): string | undefined {
  const pick = draw.pick(names);
  return foldName(pick) === foldName(input) ? undefined : withCase(pick, phraseCase(input));
}

/**
 * LOCATION: a country for a country, a US state for a state, otherwise a world city, in
 * the input's case ("toronto" → "lisbon", "Ohio" → "Nevada").
 */
export const locationSurrogate: Generator = (req) => {
  const folded = foldName(req.value);
  if (!/\p{L}/u.test(folded)) return undefined;
  const names = FOLDED_COUNTRIES.has(folded) ? COUNTRY : FOLDED_STATE_NAMES.has(folded) ? STATE_NAMES : CITY;
  const lead = /^\s*/.exec(req.value)![0];
  const trail = /\s*$/.exec(req.value)![0];
  const out = firstAccepted(req, canonicalValue(req.type, req.value, req.region), (d) => other(names, req.value.trim(), d), () => true);
  return out === undefined ? undefined : lead + out + trail;
};

const ORG_SUFFIX = /(,?\s+(?:inc|incorporated|llc|llp|ltd|limited|corp|corporation|co|company|group|gmbh|ag|plc|sa|s\.a|bv|b\.v|nv|pty|pvt|srl|spa|oy|ab|as|kk)\.?)$/i;

/**
 * ORGANIZATION: a fictitious company (Contoso, Fabrikam, Northwind Traders, …) with the
 * input's legal-form suffix ("Acme Widgets, Inc." → "Tailspin Toys, Inc.") and case.
 */
export const organizationSurrogate: Generator = (req) => {
  const value = req.value.trim();
  if (!/\p{L}/u.test(value)) return undefined;
  const m = ORG_SUFFIX.exec(value);
  const suffix = m && m.index > 0 ? m[1]! : '';
  const base = value.slice(0, value.length - suffix.length);
  return firstAccepted(
    req,
    canonicalValue(req.type, req.value, req.region),
    (d) => {
      const o = other(ORG, base, d);
      return o === undefined ? undefined : o + suffix;
    },
    (c) => foldName(c) !== foldName(value),
  );
};

/** Words an address keeps as they are: street types, directions, unit and box words. */
const KEEP = new Set([
  ...STREET_TYPES, ...DIRECTIONS,
  'apt', 'apartment', 'suite', 'ste', 'unit', 'floor', 'fl', 'flat', 'building', 'bldg', 'room', 'rm', 'po', 'p.o', 'box', 'pobox',
  'no', 'number', 'the', 'of', 'and', 'at', 'on', 'in', 'us', 'usa',
]);

const ORDINAL_SUFFIXES = ['th', 'st', 'nd', 'rd'] as const;

/** English ordinal suffix of n. */
function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ORDINAL_SUFFIXES[n % 10] ?? 'th';
}

/** A replacement for one address token, or undefined for a name word (handled by runs). */
function addressToken(tok: string, draw: Draw): string | undefined {
  const bare = tok.toLowerCase().replace(/\.$/, '');
  const ord = /^(\d+)(st|nd|rd|th)$/i.exec(tok);
  if (ord) {
    const n = draw.between(1, 99);
    const suf = ordinal(n);
    return `${n}${ord[2] === ord[2]!.toUpperCase() ? suf.toUpperCase() : suf}`;
  }
  if (/\d/.test(tok)) {
    // house numbers, unit numbers, ZIP codes: each digit redrawn, a leading digit stays non-zero
    return tok.replace(/\d/g, (_c, i: number) => (i === 0 || !/\d/.test(tok[i - 1]!) ? String(draw.between(1, 9)) : draw.digits(1)));
  }
  if (KEEP.has(bare) || !/\p{L}/u.test(tok)) return tok;
  if (tok.length === 2 && FOLDED_STATE_CODES.has(tok.toUpperCase())) {
    const code = draw.pick(STATE_CODES);
    return tok === tok.toUpperCase() ? code : code.toLowerCase();
  }
  return undefined;
}

/**
 * ADDRESS: the same layout with every identifying part redrawn: house, unit and ZIP numbers
 * get other digits, street names come from a list (before a street type), other names
 * (city) become cities, state names and two-letter codes other states; street types,
 * directions, unit words and punctuation stay ("42 Elm Street, Apt 5, Springfield, IL 62704"
 * → "718 Juniper Street, Apt 3, Lyon, TX 90412").
 */
export const addressSurrogate: Generator = (req) => {
  const tokens = req.value.split(/(\s+|,)/);
  if (!tokens.some((t) => /[\p{L}\d]/u.test(t))) return undefined;
  return firstAccepted(
    req,
    canonicalValue(req.type, req.value, req.region),
    (draw) => {
      const out = tokens.slice();
      let run: number[] = [];
      const flush = (nextIsStreetType: boolean) => {
        if (run.length === 0) return;
        const words = run.map((i) => tokens[i]!).join(' ');
        const folded = words.toLowerCase();
        const names = FOLDED_STATE_NAMES.has(folded) ? STATE_NAMES : nextIsStreetType ? STREET : CITY;
        let pick = draw.pick(names);
        if (pick.toLowerCase() === folded) pick = draw.pick(names);
        out[run[0]!] = withCase(pick, phraseCase(words));
        for (let k = 1; k < run.length; k++) out[run[k]!] = '';
        // drop the spaces between the replaced words
        for (let k = run[0]! + 1; k < run[run.length - 1]!; k++) if (/^\s+$/.test(out[k]!)) out[k] = '';
        run = [];
      };
      for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i]!;
        if (tok === '' || /^\s+$/.test(tok)) continue;
        if (tok === ',') {
          flush(false);
          continue;
        }
        const r = addressToken(tok, draw);
        if (r === undefined) run.push(i);
        else {
          flush(STREET_TYPES.has(tok.toLowerCase().replace(/\.$/, '')));
          out[i] = r;
        }
      }
      flush(false);
      return out.join('');
    },
    (c) => foldName(c) !== foldName(req.value),
  );
};
