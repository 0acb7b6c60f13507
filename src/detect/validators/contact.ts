import type { ValidatorTable } from './types.js';

/**
 * Email address: the local part neither starts nor ends with a dot nor holds two in a
 * row, and the domain has at most 253 characters.
 */
export function email(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.endsWith('.') || local.includes('..')) return false;
  return domain.length > 0 && domain.length <= 253;
}

/** Words that follow a user-name cue in ordinary speech ("the username is the same …"). */
const NOT_A_USERNAME: ReadonlySet<string> = new Set(
  ('the and for not you your yours his her its our their this that these those same please just also still here ' +
    'there yes okay name names number password passcode pin email address correct wrong different again what which ' +
    'with from into was were are has had have been being will would should could can cannot did does field box ' +
    'reset change changed forgot forgotten recovery required missing incorrect invalid unknown below above provided ' +
    'associated linked registered used listed shown too any all none only but then now when where how why who ' +
    'whom isn wasn doesn don didn won hasn haven check help issue problem error section page screen account ' +
    'login sign signin format request requested attached').split(' '),
);

/** The cue words of the username pattern: a value found inside them would be located at the wrong offset. */
const CUE_TEXT = 'usernames user names user_ids user-ids userids login-names loginids log-in handle will be should be';

/** User name after a cue: not an ordinary word that follows such a cue in speech, nor a piece of the cue. */
export function username(value: string): boolean | null {
  const v = value.toLowerCase();
  return NOT_A_USERNAME.has(v) || CUE_TEXT.includes(v) ? false : null;
}

/** Validators used by patterns/contact.json. */
export const contactValidators: ValidatorTable = {
  email,
  username,
};
