/**
 * JSON Pointers (RFC 6901) and pointer patterns: a pattern is a pointer whose
 * tokens may be `*` (any one token) or `**` (any number of tokens, including none).
 */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string): string {
  if (token.indexOf('~') === -1 && token.indexOf('/') === -1) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Parses a pointer into its unescaped tokens. `""` is the whole document. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (pointer[0] !== '/') throw new SyntaxError('a JSON Pointer must be empty or start with "/"');
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Reads the value at `pointer`, or undefined. */
export function getAtPointer(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const t of parsePointer(pointer)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[t];
  }
  return cur;
}

export type PointerMatcher = (tokens: readonly string[]) => boolean;

/** Compiles pointer patterns into one matcher over a leaf's token path. */
export function compilePointerPatterns(patterns: readonly string[]): PointerMatcher {
  const parsed = patterns.map((p) => {
    if (typeof p !== 'string') throw new TypeError('a field pattern must be a string');
    return parsePointer(p);
  });
  return (tokens) => parsed.some((pat) => matchTokens(pat, 0, tokens, 0));
}

function matchTokens(pat: readonly string[], pi: number, tok: readonly string[], ti: number): boolean {
  while (pi < pat.length) {
    const p = pat[pi]!;
    if (p === '**') {
      if (pi === pat.length - 1) return true;
      for (let k = ti; k <= tok.length; k++) if (matchTokens(pat, pi + 1, tok, k)) return true;
      return false;
    }
    if (ti >= tok.length) return false;
    if (p !== '*' && p !== tok[ti]) return false;
    pi++;
    ti++;
  }
  return ti === tok.length;
}

/** Builds a pointer from tokens. */
export function toPointer(tokens: readonly string[]): string {
  let s = '';
  for (const t of tokens) s += '/' + escapeToken(t);
  return s;
}
