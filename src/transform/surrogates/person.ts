import { foldName } from '../canonical.js';
import { FEMALE, FIRST, LAST, MALE, genderOf, looksGiven, type Gender } from './names.js';
import { caseOf, withCase } from './shape.js';
import { firstAccepted, type Generator, type SurrogateRequest } from './types.js';

const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|mister|missus|mme|mlle|herr|frau|sra|senor|señor)\.?$/i;
const FEMALE_TITLE = /^(?:mrs|ms|miss|madam|missus|mme|mlle|frau|sra)\.?$/i;
const MALE_TITLE = /^(?:mr|sir|mister|herr|senor|señor)\.?$/i;
const SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md|esq)\.?,?$/i;
const PARTICLE = /^(?:van|von|de|der|den|del|della|da|di|du|la|le|bin|binti|ibn|al|el|ter|ten)$/i;
const INITIAL = /^\p{L}\.?$/u;

type Role = 'given' | 'family';

/** The surrogate of one name part (a given or family name, or one half of a hyphenated one). */
function replacePart(req: SurrogateRequest, part: string, role: Role, gender: Gender): string {
  const folded = foldName(part);
  if (INITIAL.test(part)) {
    const letter = firstAccepted(req, `initial\u0000${folded}`, (d) => d.letter(), (c) => c !== folded) ?? 'x';
    return (part[0] === part[0]!.toUpperCase() ? letter.toUpperCase() : letter) + part.slice(1);
  }
  const names = role === 'family' ? LAST : gender === 'f' ? FEMALE : gender === 'm' ? MALE : FIRST;
  const data = `${role}\u0000${gender ?? ''}\u0000${folded}`;
  const pick = firstAccepted(req, data, (d) => d.pick(names), (c) => foldName(c) !== folded) ?? names[0]!;
  const style = caseOf(part);
  return withCase(pick, style === 'mixed' ? 'title' : style);
}

/** A name word: its text and trailing comma. */
interface Word {
  readonly index: number;
  readonly text: string;
  readonly comma: boolean;
}

/**
 * PERSON: a name of the same shape from mixed-culture lists: one word stays one word (a
 * lone given name gets a given name, a lone family name or `Mr. X` a family name), titles,
 * suffixes (Jr., III) and particles (van, de, bin) stay, initials become other initials,
 * hyphenated parts and the `Family, Given` order are kept, and each word keeps its case
 * (maria → lower, MARIA → upper, Maria → capitalised). A female or male title, or a given
 * name the lists know, selects given names of that gender.
 *
 * Each name part is chosen from its own keyed HMAC (`PERSON ‖ role ‖ folded part`), not the
 * whole name's, so a person keeps one surrogate across mentions: "Maria Gonzalez", later
 * "Ms. Gonzalez" and "Maria" map to the same family and given names.
 */
export const personSurrogate: Generator = (req) => {
  const pieces = req.value.split(/(\s+)/);
  const words: Word[] = [];
  pieces.forEach((p, i) => {
    if (p.length > 0 && !/^\s+$/.test(p)) words.push({ index: i, text: p.replace(/,$/, ''), comma: p.endsWith(',') });
  });
  let lo = 0;
  let hi = words.length;
  let gender: Gender = undefined;
  while (lo < hi && TITLE.test(words[lo]!.text)) {
    if (FEMALE_TITLE.test(words[lo]!.text)) gender = 'f';
    else if (MALE_TITLE.test(words[lo]!.text)) gender = 'm';
    lo++;
  }
  const titled = lo > 0;
  while (hi - lo > 1 && SUFFIX.test(words[hi - 1]!.text)) hi--;
  const names = words.slice(lo, hi);
  if (names.length === 0 || names.every((w) => !/\p{L}/u.test(w.text))) return undefined;

  const commaAt = names.findIndex((w) => w.comma);
  const inverted = commaAt >= 0 && commaAt < names.length - 1;
  const roles: Role[] = names.map((w, i) => {
    if (inverted) return i <= commaAt ? 'family' : 'given';
    if (names.length === 1) return titled || !looksGiven(w.text) ? 'family' : 'given';
    return i === names.length - 1 ? 'family' : 'given';
  });
  const firstGiven = names.find((_w, i) => roles[i] === 'given');
  if (gender === undefined && firstGiven) gender = genderOf(firstGiven.text);

  names.forEach((w, i) => {
    if (PARTICLE.test(w.text) && names.length > 1 && i !== names.length - 1) return;
    const out = w.text
      .split('-')
      .map((part) => (part.length === 0 || !/\p{L}/u.test(part) ? part : replacePart(req, part, roles[i]!, roles[i] === 'given' ? gender : undefined)))
      .join('-');
    pieces[w.index] = out + (w.comma ? ',' : '');
  });
  const result = pieces.join('');
  return result === req.value ? undefined : result;
};
