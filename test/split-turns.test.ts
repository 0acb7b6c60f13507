/**
 * Numbers a speaker splits across turns of a transcript (src/records/turns.ts, wired in
 * src/records/walk.ts). Each case is a transcript as [speaker, text] rows and the
 * expected findings as [turn index, type, the exact words covered in that turn].
 */
import { describe, expect, it } from 'vitest';
import { redactRecord } from '../src/index.js';
import type { Finding } from '../src/types.js';
import { isInterjection, numericHead, numericTail, splitTurnFindings, SPLIT_WINDOW } from '../src/records/turns.js';

type Row = readonly [speaker: string, text: string];
type Expect = readonly [turn: number, type: string, words: string];

function transcript(rows: readonly Row[]): { id: string; turns: { speaker: string; text: string }[] } {
  return { id: 'c1', turns: rows.map(([speaker, text]) => ({ speaker, text })) };
}

/** Findings of the split-turns detector as [turn, type, covered words]. */
function splitFindings(rows: readonly Row[]): Expect[] {
  const { findings } = redactRecord(transcript(rows));
  return findings
    .filter((f) => f.detector === 'split-turns')
    .map((f) => {
      const turn = Number(/^\/turns\/(\d+)\/text$/.exec(f.path)![1]);
      return [turn, f.type, rows[turn]![1].slice(f.start, f.end)] as const;
    });
}

describe('numbers split across turns are found as one entity', () => {
  it.each<[string, Row[], Expect[]]>([
    [
      'card, with an interjection',
      [['customer', 'my card number is 4111 1111'], ['agent', 'mhm'], ['customer', '1111 1111']],
      [[0, 'CREDIT_CARD', '4111 1111'], [2, 'CREDIT_CARD', '1111 1111']],
    ],
    [
      'card, consecutive turns of the caller',
      [['customer', 'sure, it is 4111 1111.'], ['customer', '1111 1111']],
      [[0, 'CREDIT_CARD', '4111 1111'], [1, 'CREDIT_CARD', '1111 1111']],
    ],
    [
      'card in three parts, two interjections between parts',
      [['customer', 'okay it is 4111'], ['agent', 'okay'], ['customer', '1111 1111'], ['agent', 'uh huh'], ['agent', 'and the rest?'], ['customer', '1111 thanks']],
      [[0, 'CREDIT_CARD', '4111'], [2, 'CREDIT_CARD', '1111 1111'], [5, 'CREDIT_CARD', '1111']],
    ],
    [
      'phone, with an interjection',
      [['caller', 'you can call me at 415 892'], ['agent', 'go ahead'], ['caller', '3301']],
      [[0, 'PHONE', '415 892'], [2, 'PHONE', '3301']],
    ],
    [
      'phone, spoken',
      [['customer', 'the number is four one five eight nine two'], ['agent', 'okay'], ['customer', 'three three oh one']],
      [[0, 'PHONE', 'four one five eight nine two'], [2, 'PHONE', 'three three oh one']],
    ],
    [
      'SSN, written',
      [['customer', 'my social is 536 22'], ['agent', 'got it'], ['customer', '1479']],
      [[0, 'US_SSN', '536 22'], [2, 'US_SSN', '1479']],
    ],
    [
      'SSN, dashed: the joint takes the first part\'s dash',
      [['customer', 'my social is 536-22-'], ['agent', 'okay'], ['customer', '1479']],
      [[0, 'US_SSN', '536-22'], [2, 'US_SSN', '1479']],
    ],
    [
      'card, dashed',
      [['customer', 'card 4111-1111'], ['customer', '1111-1111']],
      [[0, 'CREDIT_CARD', '4111-1111'], [1, 'CREDIT_CARD', '1111-1111']],
    ],
    [
      'phone 415 555 / 0132 after "my number is"',
      [['customer', 'my number is 415 555'], ['agent', 'okay'], ['customer', '0132']],
      [[0, 'PHONE', '415 555'], [2, 'PHONE', '0132']],
    ],
    [
      'SSN, spoken, the next part opening with "and"',
      [['customer', 'my social is five three six two two'], ['agent', 'yes'], ['customer', 'and one four seven nine']],
      [[0, 'US_SSN', 'five three six two two'], [2, 'US_SSN', 'one four seven nine']],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(splitFindings(rows)).toEqual(expected);
  });

  it('redacts every part', () => {
    const rows: Row[] = [['customer', 'my card number is 4111 1111'], ['agent', 'mhm'], ['customer', '1111 1111 and that is it']];
    const { record } = redactRecord(transcript(rows));
    expect(record.turns.map((t) => t.text)).toEqual(['my card number is [CREDIT_CARD]', 'mhm', '[CREDIT_CARD] and that is it']);
  });

  it('reads utterances/role/content and messages/participant/transcript too', () => {
    const a = redactRecord({ utterances: [{ role: 'user', content: 'card 4111 1111' }, { role: 'user', content: '1111 1111' }] });
    expect(a.record.utterances.map((t) => t.content)).toEqual(['card [CREDIT_CARD]', '[CREDIT_CARD]']);
    const b = redactRecord({ messages: [{ participant: 2, transcript: 'call 415 892' }, { participant: 1, transcript: 'okay' }, { participant: 2, transcript: '3301' }] });
    expect(b.findings.map((f) => [f.path, f.type, f.detector])).toEqual([
      ['/messages/0/transcript', 'PHONE', 'split-turns'],
      ['/messages/2/transcript', 'PHONE', 'split-turns'],
    ]);
  });
});

describe('what must not join', () => {
  it.each<[string, Row[]]>([
    ['different speakers', [['customer', 'my card number is 4111 1111'], ['agent', '1111 1111']]],
    ['three interjections between the parts', [['customer', 'my card number is 4111 1111'], ['agent', 'mhm'], ['agent', 'okay'], ['agent', 'go ahead'], ['customer', '1111 1111']]],
    ['a long turn of the other side between the parts', [['customer', 'my card number is 4111 1111'], ['agent', 'okay let me just pull that up for you'], ['customer', '1111 1111']]],
    ['the other side says a number between the parts', [['customer', 'my card number is 4111 1111'], ['agent', 'was that 4111?'], ['customer', '1111 1111']]],
    ['a same-speaker turn without a number between', [['customer', 'call me at 415 892'], ['customer', 'no wait'], ['customer', '3301']]],
    ['a part longer than the window', [['customer', `${'so '.repeat(SPLIT_WINDOW.maxPartChars / 3)}my card is 4111 1111`], ['customer', '1111 1111']]],
    ['a first part that does not end with a number', [['customer', '4111 1111 is my card'], ['customer', '1111 1111']]],
    ['a next part that does not start with a number', [['customer', 'my card number is 4111 1111'], ['customer', 'the rest is 1111 1111']]],
    ['order numbers that make no entity together', [['customer', 'order 3348'], ['customer', '9175']]],
  ])('%s', (_name, rows) => {
    expect(splitFindings(rows)).toEqual([]);
  });

  it('keeps out of fields that are not selected', () => {
    const rows: Row[] = [['customer', 'my card number is 4111 1111'], ['agent', 'mhm'], ['customer', '1111 1111']];
    const { findings } = redactRecord(transcript(rows), { skipFields: ['/turns/*/text'] });
    expect(findings).toEqual([]);
  });
});

describe('cheap when there is nothing to join', () => {
  function counting(): { analyze: (t: string) => Finding[]; calls: string[] } {
    const calls: string[] = [];
    return { calls, analyze: (t) => (calls.push(t), []) };
  }

  it('runs no analysis on turns that do not end and start with numbers', () => {
    const turns = [
      { speaker: 'agent', text: 'how can I help?' },
      { speaker: 'customer', text: 'I was charged twice for order 3348917502' },
      { speaker: 'agent', text: 'let me check' },
      { speaker: 'customer', text: 'thanks' },
    ];
    const c = counting();
    expect(splitTurnFindings(turns, c.analyze).size).toBe(0);
    expect(c.calls).toEqual([]);
  });

  it('analyses one joined text with context for a pair, pair and triple for three parts', () => {
    const c = counting();
    splitTurnFindings([{ speaker: 'a', text: 'card is 4111 1111' }, { speaker: 'b', text: 'mhm' }, { speaker: 'a', text: '1111 1111.' }], c.analyze);
    expect(c.calls).toEqual(['card is 4111 1111 1111 1111']);
    const d = counting();
    splitTurnFindings([{ speaker: 'a', text: '4111' }, { speaker: 'a', text: '1111 1111' }, { speaker: 'a', text: '1111 ok' }], d.analyze);
    expect(d.calls).toEqual(['4111 1111 1111 1111', '4111 1111 1111', '1111 1111 1111']);
  });
});

describe('turn edges', () => {
  it.each<[string, string | undefined]>([
    ['my card is 4111 1111', '4111 1111'],
    ['my card is 4111 1111.', '4111 1111'],
    ['it is four one five, eight nine two', 'four one five, eight nine two'],
    ['it is four one five uh eight nine two', 'four one five uh eight nine two'],
    ['call 415-892', '415-892'],
    ['is my card', undefined],
    ['it calls the constructor', undefined], // a name on Object.prototype is not a number word
    ['uh', undefined],
    ['', undefined],
  ])('tail of %j is %j', (text, words) => {
    const t = numericTail(text);
    expect(t ? text.slice(t[0], t[1]) : undefined).toBe(words);
  });

  it.each<[string, string | undefined]>([
    ['1111 1111', '1111 1111'],
    ['and 1111 1111 thanks', '1111 1111'],
    ['okay so three three oh one', 'three three oh one'],
    ['  -3301.', '3301'],
    ['the rest is 1111', undefined],
    ['constructor 1111', undefined],
    ['thanks', undefined],
  ])('head of %j is %j', (text, words) => {
    const h = numericHead(text);
    expect(h ? text.slice(h[0], h[1]) : undefined).toBe(words);
  });

  it.each<[string, boolean]>([
    ['mhm', true],
    ['uh huh', true],
    ['and the rest?', true],
    ['okay go ahead please', true],
    ['okay let me check that for you', false],
    ['4111?', false],
  ])('interjection %j → %s', (text, yes) => {
    expect(isInterjection(text)).toBe(yes);
  });
});
