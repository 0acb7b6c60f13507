import { describe, expect, it } from 'vitest';
import { contactValidators } from '../src/detect/validators/contact.js';
import type { Finding } from '../src/index.js';
import { patternFamily, recheckStatus, show } from './support/family.js';

const TYPES = ['EMAIL', 'USERNAME'];
const { patterns: FAMILY, scan } = patternFamily('contact.json', TYPES);




/** Text → the findings expected at the default minScore (0.5), as `TYPE:value`. */
const FOUND: [string, string[]][] = [
  ['info@presidio.site', ['EMAIL:info@presidio.site']],
  ['try one of these emails: info@presidio.site or anotherinfo@presidio.site',
    ['EMAIL:info@presidio.site', 'EMAIL:anotherinfo@presidio.site']],
  ['my email is user@xn--80ak6aa92e.com today', ['EMAIL:user@xn--80ak6aa92e.com']],
  ['a@xn--d1acufc.xn--p1ai', ['EMAIL:a@xn--d1acufc.xn--p1ai']],
  ['mail John.O.Doe+promo@mail.example.co.uk.', ['EMAIL:John.O.Doe+promo@mail.example.co.uk']],
  ['<jane_doe99@sub-domain.example.org>', ['EMAIL:jane_doe99@sub-domain.example.org']],
  ['my username is jsmith42', ['USERNAME:jsmith42']],
  ['Username: cminh730', ['USERNAME:cminh730']],
  ['my user id is 98765', ['USERNAME:98765']],
  ['user name: "j.doe_77"', ['USERNAME:j.doe_77']],
  ['login: jdoe_77', ['USERNAME:jdoe_77']],
  ['my handle is @jane.doe on twitter', ['USERNAME:jane.doe']],
  ['my username is jsmith42 and my email is jsmith42@example.com',
    ['USERNAME:jsmith42', 'EMAIL:jsmith42@example.com']],
];

/** Decoys: a cue followed by an ordinary word, the cue as a verb, unfinished addresses. */
const NOT_FOUND: string[] = [
  'my email is info@presidio.',
  'this is not an email: hello-world here',
  'write to me @ home',
  'john..doe@example.com', // two dots in a row
  'username is the same as before',
  'what is your username?',
  'user name and password please',
  'I can handle returns for you',
  'the handle broke off',
  'login failed again', // "login" needs "is", ":" or "=" before a value
  'username: user', // the value is a piece of the cue
  'my username is jsmith@example.com', // an email, not a user name (found as EMAIL only)
];

describe('contact patterns', () => {
  it.each(FOUND)('%s', (text, expected) => expect(show(text, scan(text))).toEqual(expected));
  it.each(NOT_FOUND)('no user name in %s', (text) => expect(show(text, scan(text, 0, ['USERNAME']))).toEqual([]));

  it('finds no email in the decoys that have none', () => {
    for (const t of NOT_FOUND.slice(0, 4)) expect(show(t, scan(t, 0, ['EMAIL'])), t).toEqual([]);
  });

  it.each([
    ['jsmith42', null], ['the', false], ['Same', false], ['password', false], ['user', false], ['ernam', false],
  ])('username validator %s → %s', (value, expected) => expect(contactValidators.username!(value)).toBe(expected));

  it('keeps every regex free of catastrophic backtracking (recheck)', { timeout: 600_000 }, () => {
    for (const p of FAMILY) expect(recheckStatus(p.source, p.re.flags.replace('g', '')), p.id).toBe('safe');
  });
});
