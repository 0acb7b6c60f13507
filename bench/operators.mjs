#!/usr/bin/env node
/**
 * Operator costs, in one run on the same generated contact-center corpus:
 *  - redactRecord() throughput with each operator as the default (label is the baseline);
 *    the target: pseudonym and encrypt keep at least 0.8x label's throughput;
 *  - cost per finding of each operator alone (the operator applied to every finding's value);
 *  - collisions among 1,000,000 distinct values' pseudonym tokens (target: none).
 * Prints types, counts and rates only, never a detected value.
 *
 *   node bench/operators.mjs [--size MB] [--collisions N] [--json]
 */
import { createRedactor, Key } from '../dist/index.js';
import { generateCorpus } from './corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i === -1 ? def : Number(args[i + 1]);
};
const sizeMB = opt('--size', 4);
const collisionsN = opt('--collisions', 1_000_000);
const asJson = args.includes('--json');

const key = new Key(Buffer.from('scrubline benchmark key, not a secret'), 'bench');
const { lines } = generateCorpus({ sizeMB });
const records = lines.map((l) => JSON.parse(l));
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l), 0);

function time(fn, reps = 3) {
  fn(); // warm-up
  const runs = [];
  for (let r = 0; r < reps; r++) {
    const t = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

const OPERATORS = ['label', 'redact', 'mask', 'hash', 'pseudonym', 'encrypt', 'keep'];
const optional = ['surrogate', 'shift_date', 'generalize'];
const available = [...OPERATORS];
for (const o of optional) {
  try {
    createRedactor({ operators: { default: o }, key });
    available.push(o);
  } catch {
    /* not in this build */
  }
}

// 1. throughput of redactRecord over the corpus per default operator
const throughput = {};
let findingsTotal = 0;
const allFindings = [];
for (const op of available) {
  const r = createRedactor({ operators: { default: op }, key });
  let n = 0;
  const secs = time(() => {
    n = 0;
    for (const rec of records) n += r.redactRecord(rec).findings.length;
  });
  throughput[op] = { mbps: bytes / 1e6 / secs, findings: n };
  findingsTotal = n;
}

// 2. cost per finding of the operator alone
const probe = createRedactor({ key });
for (const rec of records) {
  const { findings } = probe.redactRecord(rec);
  for (const f of findings) {
    let v = rec;
    for (const t of f.path.split('/').slice(1)) v = v[t.replace(/~1/g, '/').replace(/~0/g, '~')];
    allFindings.push([f, String(v).slice(f.start, f.end)]);
  }
}
const perFinding = {};
const perFindingCold = {};
for (const op of available) {
  // cold: a fresh redactor's first pass (no token cached yet); warm: the median of later passes
  const cold = createRedactor({ operators: { default: op }, key });
  const t = process.hrtime.bigint();
  for (const [f, v] of allFindings) cold.replacement(f, v);
  perFindingCold[op] = (Number(process.hrtime.bigint() - t) / 1e9 / allFindings.length) * 1e6;
  const r = createRedactor({ operators: { default: op }, key });
  const secs = time(() => {
    for (const [f, v] of allFindings) r.replacement(f, v);
  });
  perFinding[op] = (secs / allFindings.length) * 1e6;
}

// 3. pseudonym collisions among N distinct values
const ps = createRedactor({ operators: { default: 'pseudonym' }, key });
const seen = new Set();
let collisions = 0;
const f = { type: 'ACCOUNT_NUMBER', start: 0, end: 0, score: 1, detector: 'bench' };
const t0 = process.hrtime.bigint();
for (let i = 0; i < collisionsN; i++) {
  const tok = ps.replacement(f, `ACCT${i.toString(36).padStart(8, '0')}`);
  if (seen.has(tok)) collisions++;
  else seen.add(tok);
}
const collSecs = Number(process.hrtime.bigint() - t0) / 1e9;

const label = throughput.label.mbps;
const result = {
  corpus: { sizeMB: bytes / 1e6, records: records.length, findings: findingsTotal },
  throughput: Object.fromEntries(Object.entries(throughput).map(([k, v]) => [k, { mbps: +v.mbps.toFixed(2), vsLabel: +(v.mbps / label).toFixed(3) }])),
  microsecondsPerFinding: Object.fromEntries(Object.entries(perFinding).map(([k, v]) => [k, +v.toFixed(2)])),
  microsecondsPerFindingCold: Object.fromEntries(Object.entries(perFindingCold).map(([k, v]) => [k, +v.toFixed(2)])),
  pseudonymCollisions: { values: collisionsN, collisions, seconds: +collSecs.toFixed(1) },
  targets: {
    pseudonymVsLabel: +(throughput.pseudonym.mbps / label).toFixed(3),
    encryptVsLabel: +(throughput.encrypt.mbps / label).toFixed(3),
    met: throughput.pseudonym.mbps / label >= 0.8 && throughput.encrypt.mbps / label >= 0.8 && collisions === 0,
  },
};
if (asJson) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
else {
  console.log(`corpus: ${result.corpus.sizeMB.toFixed(1)} MB, ${result.corpus.records} records, ${result.corpus.findings} findings`);
  console.log('operator      redactRecord MB/s   x label   us/finding cold   us/finding warm (operator alone; warm = token cache filled)');
  for (const op of available) {
    console.log(`${op.padEnd(13)} ${throughput[op].mbps.toFixed(2).padStart(18)} ${(throughput[op].mbps / label).toFixed(3).padStart(9)} ${perFindingCold[op].toFixed(2).padStart(16)} ${perFinding[op].toFixed(2).padStart(16)}`);
  }
  console.log(`pseudonym collisions among ${collisionsN.toLocaleString('en-US')} distinct values: ${collisions} (${collSecs.toFixed(1)} s)`);
  console.log(`targets: pseudonym ${result.targets.pseudonymVsLabel}x and encrypt ${result.targets.encryptVsLabel}x label (>= 0.8), collisions 0: ${result.targets.met ? 'met' : 'NOT met'}`);
}
