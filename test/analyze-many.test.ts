import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/detect/analyzer.js';
import { ENTITY_TYPES } from '../src/index.js';
import { hasCorpus, readJsonl } from './support/corpus.js';
import { generateCorpus } from '../bench/corpus.mjs';
import { stringsOf } from './support/calls.js';

// Names recognise a name again where it recurs in the same record: the one intended difference.
const NOT_NAMES = ENTITY_TYPES.filter((t) => t !== 'PERSON' && t !== 'LOCATION' && t !== 'ORGANIZATION');
const a = createAnalyzer({ entities: NOT_NAMES, minScore: 0 });
const key = (fs: { type: string; start: number; end: number; score: number }[]) => fs.map((f) => `${f.type}:${f.start}-${f.end}:${f.score}`);

function expectSameAsOneByOne(texts: string[]): void {
  const many = a.analyzeMany(texts);
  expect(many).toHaveLength(texts.length);
  texts.forEach((t, i) => expect(key(many[i]!), JSON.stringify(t.slice(0, 80))).toEqual(key(a.analyze(t))));
}

describe('analyzeMany: one scan for many texts, the same findings as one by one', () => {
  it.each<[string, string[]]>([
    ['a speaker label before a number', ['customer', '(977) 625-2661', 'agent']],
    ['a cue in the previous text does not raise a score', ['my social security number is', '536228475']],
    ['a number split across texts is not joined here', ['4111 1111', '1111 1111']],
    ['emails and URLs end at the joint', ['mail ann@example', 'com', 'www.example', '.com/x']],
    ['empty texts', ['', 'call 415-555-0132', '', '']],
    ['spoken digits stop at the joint', ['my zip is nine four', 'one oh seven']],
    ['a single text', ['card 4111 1111 1111 1111 exp 09/27']],
  ])('%s', (_name, texts) => {
    expectSameAsOneByOne(texts);
  });

  it('on generated calls (every string of each record)', () => {
    const { lines } = generateCorpus({ sizeMB: 0.3 });
    for (const line of lines) {
      expectSameAsOneByOne(stringsOf(JSON.parse(line)));
    }
  });

  it.runIf(hasCorpus('sgd_test.jsonl'))('on SGD dialogues (speaker and text of every turn)', () => {
    const dialogs = new Map<string, string[]>();
    for (const r of readJsonl<{ dialogue_id: string; speaker: string; text: string }>('sgd_test.jsonl').slice(0, 6000)) {
      const d = dialogs.get(r.dialogue_id) ?? [];
      d.push(r.speaker, r.text);
      dialogs.set(r.dialogue_id, d);
    }
    for (const texts of dialogs.values()) expectSameAsOneByOne(texts);
  });

  it.runIf(hasCorpus('sgd_test.jsonl'))('with names: every finding of one-by-one analysis is kept (recurrence only adds)', () => {
    const all = createAnalyzer({});
    const dialogs = new Map<string, string[]>();
    for (const r of readJsonl<{ dialogue_id: string; speaker: string; text: string }>('sgd_test.jsonl').slice(0, 3000)) {
      const d = dialogs.get(r.dialogue_id) ?? [];
      d.push(r.speaker, r.text);
      dialogs.set(r.dialogue_id, d);
    }
    for (const texts of dialogs.values()) {
      const many = all.analyzeMany(texts);
      texts.forEach((t, i) => {
        const got = new Set(many[i]!.map((f) => `${f.type}:${f.start}-${f.end}`));
        for (const f of all.analyze(t)) expect(got.has(`${f.type}:${f.start}-${f.end}`), t).toBe(true);
      });
    }
  });
});
