import { join } from 'node:path';
import { checkSync } from 'recheck';
import { resolveOverlaps } from '../../src/detect/overlap.js';
import { createPatternRecognizer } from '../../src/detect/pattern-recognizer.js';
import { BUILTIN_PATTERN_DIR, loadPatternFile, type CompiledPattern } from '../../src/detect/patterns.js';
import { TextView } from '../../src/detect/view.js';
import type { Finding } from '../../src/index.js';

/** One built-in pattern file, and a scan through the engine's recognizer, score filter and overlap rule with only its patterns. */
export function patternFamily(file: string, defaultTypes: readonly string[]) {
  const patterns: CompiledPattern[] = loadPatternFile(join(BUILTIN_PATTERN_DIR, file));
  function scan(text: string, minScore = 0.5, types: readonly string[] = defaultTypes): Finding[] {
    const r = createPatternRecognizer(patterns, { regions: ['US'], contextBefore: 48, contextAfter: 24, entities: new Set(types) });
    const out: Finding[] = [];
    r!.scan(new TextView(text), out);
    return resolveOverlaps(out.filter((f) => f.score >= minScore), text);
  }
  return { patterns, scan };
}

/**
 * recheck's verdict. Its fuzz checker (used for patterns with lookaround) has time limits, so on
 * a loaded machine a linear pattern is now and then misjudged; a pattern that is really
 * vulnerable is reported so on every run. Up to three runs: the first `safe` wins.
 */
export function recheckStatus(source: string, flags: string): string {
  let status = '';
  for (let i = 0; i < 3 && status !== 'safe'; i++) status = checkSync(source, flags).status;
  return status;
}

/** Findings as `TYPE:value`, for table assertions. */
export const show = (text: string, fs: Finding[]) => fs.map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
