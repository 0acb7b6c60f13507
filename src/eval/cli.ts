/**
 * `scrubline eval` / `npm run eval`: scores the redactor on labelled JSONL files.
 * Output holds counts, types, ids, JSON Pointers and offsets only, unless
 * `--show-text` is given.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ScrublineError } from '../errors.js';
import { createRedactor } from '../redactor.js';
import type { RedactOptions } from '../types.js';
import { formatSummary, summarize, type EvalSummary } from './report.js';
import { evaluateRecords, perTextAnalyzer, recordLevelAnalyzer, type RecordAnalyzer } from './run.js';
import { mergeTally, newTally } from './score.js';
import { EvalInputError, parseJsonl } from './units.js';

export const EVAL_HELP = `Usage: npm run eval -- [options] FILE [FILE...]
       node scripts/eval.mjs [options] FILE [FILE...]

Scores scrubline on labelled JSONL (the format of ../shared/corpus/README.md):
flat records {id, text, spans, unmapped_spans} and conversations
{id, call, turns: [{speaker, text, spans}]}. Every object holding "text" and
"spans" is scored (by default each text on its own with analyze()).

Per gold type it prints: gold spans; caught (every non-space character covered
by a finding of any type); typed (covered by findings of the same type; gold
OTHER_ID accepts any type). Overall: findings per type, false positives
(findings overlapping no gold span and no unmapped span) per 10,000 characters,
and analyze() throughput in MB/s (UTF-8 text only, one timed pass per file
after a short warm-up).

Options:
  --min-score N       drop findings scoring below N (0..1; default: the library's, 0.5)
  --entities A,B      look for these types only; only these gold types are scored
  --region US,GB      phone regions (default US)
  --patterns FILE     load an extra pattern file (repeatable)
  --record-level      score redactRecord() on whole records instead of analyze() per
                      text (the timing then covers every string of the record)
  --show-missed N     list up to N gold spans per type not covered by their own type
                      (record id, JSON Pointer, offsets, covering types)
  --show-fp N         list up to N false positives per finding type
  --show-text         also print the text of listed spans (off by default: eval
                      data is sensitive; never use on real customer data)
  --json              machine-readable output
  -h, --help          this help

Exit status: 0 done, 1 unreadable input, 2 bad options.`;

/** Where the CLI writes; tests pass their own. */
export interface EvalIo {
  out(text: string): void;
  err(text: string): void;
}

const stdio: EvalIo = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

class UsageError extends Error {}

function count(name: string, v: string | undefined): number {
  if (v === undefined) return 0;
  if (!/^\d{1,7}$/.test(v)) throw new UsageError(`--${name} takes a whole number`);
  return Number(v);
}

function list(v: string | undefined): string[] | undefined {
  return v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Runs the evaluation; returns the exit status. */
export function main(argv: readonly string[], io: EvalIo = stdio): number {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'min-score': { type: 'string' },
        entities: { type: 'string' },
        region: { type: 'string' },
        patterns: { type: 'string', multiple: true },
        'record-level': { type: 'boolean' },
        'show-missed': { type: 'string' },
        'show-fp': { type: 'string' },
        'show-text': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`error: ${(e as Error).message}\n\n${EVAL_HELP}`);
    return 2;
  }
  const { values: v, positionals: files } = args;
  if (v.help) {
    io.out(EVAL_HELP);
    return 0;
  }
  if (files.length === 0) {
    io.err(`error: no input file\n\n${EVAL_HELP}`);
    return 2;
  }

  let redactorOptions: RedactOptions;
  let keepMissed: number;
  let keepFp: number;
  try {
    redactorOptions = {};
    if (v['min-score'] !== undefined) {
      const n = Number(v['min-score']);
      if (v['min-score'].trim() === '' || !(n >= 0 && n <= 1)) throw new UsageError('--min-score takes a number in [0, 1]');
      redactorOptions.minScore = n;
    }
    const entities = list(v.entities);
    if (entities) redactorOptions.entities = entities;
    const region = list(v.region);
    if (region) redactorOptions.region = region;
    if (v.patterns) redactorOptions.patterns = v.patterns;
    if (v['record-level']) redactorOptions.skipFields = ['/**/spans/**', '/**/unmapped_spans/**'];
    keepMissed = count('show-missed', v['show-missed']);
    keepFp = count('show-fp', v['show-fp']);
  } catch (e) {
    io.err(`error: ${(e as Error).message}`);
    return 2;
  }

  let analyzer: RecordAnalyzer;
  try {
    const redactor = createRedactor(redactorOptions);
    analyzer = v['record-level']
      ? recordLevelAnalyzer((r) => redactor.redactRecord(r))
      : perTextAnalyzer((t) => redactor.analyze(t));
  } catch (e) {
    io.err(`error: ${e instanceof ScrublineError ? e.message : `cannot build the redactor (${(e as Error).name})`}`);
    return 2;
  }

  const goldTypes = redactorOptions.entities ? new Set(redactorOptions.entities) : undefined;
  const examples = keepMissed > 0 || keepFp > 0;
  const summaries: EvalSummary[] = [];
  const total = newTally();
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (e) {
      io.err(`error: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
      return 1;
    }
    try {
      const records = parseJsonl(content, file);
      const tally = evaluateRecords(records, analyzer, {
        goldTypes, keepMissed, keepFalsePositives: keepFp, withText: v['show-text'] === true,
      });
      summaries.push(summarize(file, tally, examples));
      mergeTally(total, tally);
    } catch (e) {
      if (e instanceof EvalInputError) {
        io.err(`error: ${e.message}`);
        return 1;
      }
      if (e instanceof ScrublineError) {
        io.err(`error: ${file}: ${e.message}`);
        return 1;
      }
      throw e;
    }
  }
  const overall = files.length > 1 ? summarize('ALL FILES', total, false) : undefined;

  if (v.json) {
    io.out(JSON.stringify({ options: describeOptions(redactorOptions, v['record-level'] === true), files: summaries, total: overall ?? null }, null, 2));
  } else {
    io.out(summaries.map((s) => formatSummary(s, examples)).join('\n\n'));
    if (overall) io.out(`\n${formatSummary(overall, false)}`);
  }
  return 0;
}

function describeOptions(o: RedactOptions, recordLevel: boolean): Record<string, unknown> {
  return {
    mode: recordLevel ? 'record' : 'text',
    minScore: o.minScore ?? null,
    entities: o.entities ?? null,
    region: o.region ?? null,
    patterns: o.patterns ?? [],
  };
}
