import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus } from './support/corpus.js';

// The acceptance suites (Presidio cases, checksum cases, evaluation, analyzeMany on SGD) read
// ../shared/corpus and are skipped without it. So that they are never skipped unnoticed, this
// fails when the corpus is missing, unless SCRUBLINE_NO_CORPUS=1 says the run is meant to go without it.
describe.skipIf(process.env.SCRUBLINE_NO_CORPUS === '1')('the labelled corpus', () => {
  it.each(['presidio_cases.jsonl', 'presidio_validation_cases.jsonl', 'sgd_test.jsonl', 'abcd_calls.jsonl'])(
    `is beside the repository: ${CORPUS_DIR}%s`,
    (name) => {
      expect(hasCorpus(name), `${CORPUS_DIR}${name} is missing: put ../shared beside the repository, or set SCRUBLINE_NO_CORPUS=1`).toBe(true);
    },
  );
});
