/**
 * Every occurrence of a set of literals in a text, in one pass of one table look-up per character:
 * an Aho–Corasick automaton over the reversed literals, run from the end of the text to its start.
 *
 * Read backwards, an occurrence of a literal that starts at position p ends where the scan stands at
 * p, so the state reached there names every literal starting at p at once: the reversed literals
 * that are suffixes of what the state has read (its own and those along its failure links), computed
 * once per state, in id order. Hits thus come out by start position descending, and one reversal at
 * the end gives them ascending, each position's literals in id order, with no sorting.
 *
 * Characters are code units (as a regex without the `u` flag sees them). Each one that occurs in a
 * literal has a class of its own; every other character is class 0, which leads back to the root.
 */

/** Occurrences as parallel arrays: `pos[k]` is where literal `id[k]` starts. */
export interface LiteralHits {
  pos: number[];
  id: number[];
}

/** A compiled scanner: every hit of every literal in `s`, or undefined when there is none. */
export type LiteralScan = (s: string) => LiteralHits | undefined;

/** Compiles `lits` (matched exactly; a literal's id is its index) into a scanner. */
export function compileLiteralScan(lits: readonly string[]): LiteralScan {
  // character classes: 1.. for the characters of the literals, in order of first appearance
  const classOf = new Map<number, number>();
  for (const l of lits) for (let i = 0; i < l.length; i++) if (!classOf.has(l.charCodeAt(i))) classOf.set(l.charCodeAt(i), classOf.size + 1);
  const K = classOf.size + 1;
  const cls = K <= 256 ? new Uint8Array(65536) : new Uint16Array(65536);
  for (const [c, k] of classOf) cls[c] = k;

  // trie of the reversed literals; state 0 is the root
  const child: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  lits.forEach((l, id) => {
    let s = 0;
    for (let i = l.length - 1; i >= 0; i--) {
      const k = classOf.get(l.charCodeAt(i))!;
      let t = child[s]!.get(k);
      if (t === undefined) {
        t = child.length;
        child.push(new Map());
        own.push([]);
        child[s]!.set(k, t);
      }
      s = t;
    }
    own[s]!.push(id);
  });
  const n = child.length;

  // breadth first: failure links folded into a dense transition table; outputs along the failure chain
  const next = new Int32Array(n * K);
  const out: number[][] = new Array<number[]>(n);
  out[0] = own[0]!;
  const order: number[] = [0];
  for (let k = 0; k < K; k++) next[k] = child[0]!.get(k) ?? 0;
  const fail = new Int32Array(n);
  for (let q = 0; q < order.length; q++) {
    const s = order[q]!;
    for (const [k, t] of child[s]!) {
      const f = s === 0 ? 0 : next[fail[s]! * K + k]!;
      fail[t] = f;
      out[t] = [...own[t]!, ...out[f]!];
      for (let j = 0; j < K; j++) next[t * K + j] = child[t]!.get(j) ?? next[f * K + j]!;
      order.push(t);
    }
  }

  // Renumbered so that states with outputs come last: one comparison per character tells whether
  // there is a hit. A row is K transitions (targets as row offsets), then where its outputs begin
  // and end in `ids` (in descending id order, as the final reversal turns them around).
  const W = K + 2;
  const emitting = (s: number) => out[s]!.length > 0;
  const renum = [...order.filter((s) => !emitting(s)), ...order.filter(emitting)]; // the root stays first
  const row = new Int32Array(n);
  renum.forEach((s, r) => (row[s] = r * W));
  const firstEmitting = renum.findIndex(emitting);
  const outBase = firstEmitting < 0 ? n * W : firstEmitting * W;
  const ids: number[] = [];
  const span = new Int32Array(n * 2);
  for (const s of renum) {
    span[2 * s] = ids.length;
    for (const id of [...out[s]!].sort((x, y) => y - x)) ids.push(id);
    span[2 * s + 1] = ids.length;
  }
  // 16-bit entries when they fit: half the table, so more of it stays in the fastest cache
  const delta = Math.max(n * W, ids.length) <= 0xffff ? new Uint16Array(n * W) : new Int32Array(n * W);
  for (const s of renum) {
    const r = row[s]!;
    for (let k = 0; k < K; k++) delta[r + k] = row[next[s * K + k]!]!;
    delta[r + K] = span[2 * s]!;
    delta[r + K + 1] = span[2 * s + 1]!;
  }
  const idOf = Int32Array.from(ids);

  return (str) => {
    let pos: number[] | undefined;
    let id: number[] | undefined;
    let s = 0;
    for (let p = str.length; ; ) {
      if (s >= outBase) {
        // (at the very end only when an empty literal makes the root emit)
        if (pos === undefined) {
          pos = [];
          id = [];
        }
        for (let k = delta[s + K]!, e = delta[s + K + 1]!; k < e; k++) {
          pos.push(p);
          id!.push(idOf[k]!);
        }
      }
      if (p === 0) break;
      p--;
      s = delta[s + cls[str.charCodeAt(p)]!]!;
    }
    if (pos === undefined) return undefined;
    pos.reverse();
    id!.reverse();
    return { pos, id: id! };
  };
}
