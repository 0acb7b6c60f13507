import { describe, expect, it } from 'vitest';
import { codeUnits, tokenize } from '../src/detect/names/tokens.js';
import { lexicon } from '../src/detect/names/lexicon.js';

describe('names tokenizer helpers', () => {
  it('codeUnits copies every UTF-16 code unit, lone surrogates included, and ends with a 0', () => {
    const texts = ['', 'a', 'Mr. O\u2019Brien', 'e\u0301\u00e9\u00df\u4e2d', 'x\uD800y\uDFFFz', '\uD83D\uDE00 ok', 'a\u0000b\n'];
    // a long text first, then shorter ones: the reused buffer must not leak the longer text's units
    texts.unshift('Z'.repeat(10_000));
    for (const t of texts) {
      const u = codeUnits(t);
      expect(u.length).toBeGreaterThan(t.length);
      for (let i = 0; i < t.length; i++) expect(u[i]).toBe(t.charCodeAt(i));
      expect(u[t.length]).toBe(0);
    }
  });

  it('tokens end at the end of a shorter text after a longer one', () => {
    const lex = lexicon();
    tokenize('Priya Raghunathan lives in Accra', lex);
    const t = tokenize('Priya', lex);
    expect(t.n).toBe(1);
    expect(t.end[0]).toBe(5);
    const u = tokenize("Ana's", lex);
    expect(u.n).toBe(1);
    expect(u.end[0]).toBe(3);
  });
});
