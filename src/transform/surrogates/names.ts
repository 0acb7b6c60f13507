import { foldName } from '../canonical.js';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './data-names.js';
import { list } from './shape.js';

export const FEMALE = list(FEMALE_FIRST_NAMES);
export const MALE = list(MALE_FIRST_NAMES);
export const LAST = list(LAST_NAMES);
export const FIRST = Object.freeze([...FEMALE, ...MALE]);

const FOLDED_FEMALE = new Set(FEMALE.map((n) => n.toLowerCase()));
const FOLDED_MALE = new Set(MALE.map((n) => n.toLowerCase()));

/** Common given names outside the surrogate lists, to tell a lone given name from a family name and read its gender. */
const MORE_FEMALE = new Set(
  ('mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley ' +
    'kimberly donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela ' +
    'shirley brenda pamela nicole katherine samantha christine helen debra rachel carolyn janet catherine maria heather ' +
    'diane ruth virginia joyce victoria lauren christina joan evelyn judith megan andrea cheryl jacqueline martha ' +
    'gloria teresa ann anne sophia sofia madison frances kathryn janice jean abigail alice judy julie beverly denise ' +
    'danielle marilyn amber charlotte natalie isabella diana brittany theresa kayla lori guadalupe fatima jing ' +
    'ana lucia mariana fernanda camila valeria ximena aaliyah amara anjali deepika pooja svetlana natalia irina').split(' '),
);
const MORE_MALE = new Set(
  ('john robert michael william richard joseph charles christopher matthew anthony mark donald steven paul andrew ' +
    'joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan ' +
    'stephen larry justin scott brandon benjamin frank gregory raymond alexander patrick jack dennis jerry tyler ' +
    'aaron henry douglas peter zachary walter kyle harold carl jeremy keith roger gerald christian terry sean ' +
    'arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie logan alan wayne roy ralph randy ' +
    'eugene vincent russell elijah louis bobby philip johnny jose luis miguel antonio manuel francisco mohammad ' +
    'muhammad abdul raj amit suresh sergei alexei vladimir li').split(' '),
);

export type Gender = 'f' | 'm' | undefined;

/** The usual gender of a given name, when the lists know it. */
export function genderOf(name: string): Gender {
  const f = foldName(name);
  if (FOLDED_FEMALE.has(f) || MORE_FEMALE.has(f)) return 'f';
  if (FOLDED_MALE.has(f) || MORE_MALE.has(f)) return 'm';
  return undefined;
}

/** True when a lone name token is more likely a given name than a family name. */
export function looksGiven(name: string): boolean {
  return genderOf(name) !== undefined;
}
