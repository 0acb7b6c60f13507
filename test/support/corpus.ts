import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `../shared/corpus/` beside the repository root. Data is read from there, never copied in. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export function corpusPath(name: string): string {
  return CORPUS_DIR + name;
}

export function hasCorpus(name: string): boolean {
  return existsSync(corpusPath(name));
}

/**
 * The records of a corpus file, or none when it is absent: suites that need it are skipped with
 * `runIf(hasCorpus(…))`, but vitest still collects them; test/corpus.test.ts fails loudly instead.
 */
export function readJsonl<T = unknown>(name: string): T[] {
  if (!hasCorpus(name)) return [];
  return readFileSync(corpusPath(name), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}
