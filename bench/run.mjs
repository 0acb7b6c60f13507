#!/usr/bin/env node
/**
 * Throughput of scrubline against the JSON floor, on one generated corpus, in one run.
 *
 *   npm run bench [-- --size MB] [--runs N] [--seed N] [--json]
 *
 * See bench/README.md for what is measured. Output holds sizes, speeds and
 * counts only: never a detected value.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.mjs';

const HELP = `Usage: npm run bench -- [--size MB] [--runs N] [--seed N] [--no-spoken] [--json]

Generates a deterministic contact-center corpus (bench/corpus.mjs) and measures,
per JSONL line and on the same data:
  JSON.parse + JSON.stringify                      the floor
  parse + redact() every string value + stringify  per detector configuration
  parse + redactRecord() + stringify               the record API
Prints MB/s (10^6 bytes of JSONL per second, one core; by wall time and by CPU
time), the ratio to the floor, the median of N timed runs after an untimed
warm-up pass.

Options:
  --size MB   corpus size in megabytes (default 20)
  --no-spoken callers' numbers and emails written, not read out: a corpus with no digit words
  --runs N    timed runs per configuration; the median is reported (default 3)
  --seed N    corpus seed (default 20240601)
  --json      machine-readable output
  -h, --help  this help`;

/** The redact() / JSON ratio the README promises. */
export const TARGET_RATIO = 0.25;
/** Types found by code recognizers rather than pattern files. */
const PHONE_TYPES = ['PHONE'];
const NAME_TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION'];

function fail(message) {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        size: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' },
        json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, 'no-spoken': { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    fail(`${e.message}\n\n${HELP}`);
  }
  if (parsed.help) {
    process.stdout.write(`${HELP}\n`);
    process.exit(0);
  }
  const sizeMB = parsed.size === undefined ? 20 : Number(parsed.size);
  const runs = parsed.runs === undefined ? 3 : Number(parsed.runs);
  const seed = parsed.seed === undefined ? 20240601 : Number(parsed.seed);
  if (!(sizeMB > 0 && sizeMB <= 2000)) fail('--size takes a number of megabytes in (0, 2000]');
  if (!(Number.isInteger(runs) && runs >= 1 && runs <= 99)) fail('--runs takes a whole number from 1 to 99');
  if (!Number.isInteger(seed)) fail('--seed takes an integer');
  return { sizeMB, runs, seed, json: parsed.json === true, spoken: parsed['no-spoken'] !== true };
}

/** A redacted copy of a parsed JSON value: every string replaced by `redact(string).text`. */
function redactStrings(value, redactor, counts) {
  if (typeof value === 'string') {
    if (value.length === 0) return value;
    const r = redactor.redact(value);
    if (counts) for (const f of r.findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
    return r.text;
  }
  if (Array.isArray(value)) return value.map((v) => redactStrings(v, redactor, counts));
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const k of Object.keys(value)) out[k] = redactStrings(value[k], redactor, counts);
    return out;
  }
  return value;
}

/**
 * Wall and CPU seconds of one pass of `perLine` over every line (`sink` keeps the work observable).
 * CPU time (user + system of this process) is what the pass cost when other processes compete for the cores.
 */
function timePass(lines, perLine) {
  let sink = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < lines.length; i++) sink += perLine(lines[i]).length;
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  if (sink < 0) throw new Error('unreachable');
  return { wall, cpu: (c.user + c.system) / 1e6 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const opts = options();
  const dist = new URL('../dist/index.js', import.meta.url);
  if (!existsSync(dist)) fail('scrubline is not built: run `npm run build` (or `npm ci`) first');
  const { createRedactor, ENTITY_TYPES } = await import(dist.href);

  const tGen = performance.now();
  const corpus = generateCorpus({ sizeMB: opts.sizeMB, seed: opts.seed, spoken: opts.spoken });
  const genSeconds = (performance.now() - tGen) / 1000;
  const { lines, bytes } = corpus;
  let strings = 0;
  const countStrings = (v) => {
    if (typeof v === 'string') strings++;
    else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) countStrings(x);
  };
  for (const l of lines) countStrings(JSON.parse(l));

  const code = new Set([...PHONE_TYPES, ...NAME_TYPES]);
  const patternTypes = ENTITY_TYPES.filter((t) => !code.has(t));
  const full = createRedactor();
  const noSpoken = createRedactor({ spoken: false });
  const configs = [
    { id: 'json', label: 'JSON.parse + JSON.stringify', perLine: (l) => JSON.stringify(JSON.parse(l)) },
    ...[
      ['patterns', 'patterns only', createRedactor({ entities: patternTypes })],
      ['patterns+phone', 'patterns + phone', createRedactor({ entities: [...patternTypes, ...PHONE_TYPES] })],
      ['all', 'all detectors: redact()', full],
    ].map(([id, label, r]) => ({ id, label, redactor: r, perLine: (l) => JSON.stringify(redactStrings(JSON.parse(l), r)) })),
    { id: 'record', label: 'all detectors: redactRecord()', perLine: (l) => JSON.stringify(full.redactRecord(JSON.parse(l)).record) },
    { id: 'record-nospoken', label: 'all but spoken forms: redactRecord()', perLine: (l) => JSON.stringify(noSpoken.redactRecord(JSON.parse(l)).record) },
  ];

  // Warm-up: one untimed pass per configuration (the full one also counts findings per type).
  const findings = new Map();
  for (const c of configs) {
    if (c.id === 'all') timePass(lines, (l) => JSON.stringify(redactStrings(JSON.parse(l), full, findings)));
    else timePass(lines, c.perLine);
  }
  // Timed runs, interleaved so that machine noise spreads over every configuration.
  const times = new Map(configs.map((c) => [c.id, []]));
  for (let run = 0; run < opts.runs; run++) for (const c of configs) times.get(c.id).push(timePass(lines, c.perLine));

  const wallOf = (id) => median(times.get(id).map((t) => t.wall));
  const cpuOf = (id) => median(times.get(id).map((t) => t.cpu));
  const floor = wallOf('json');
  const floorCpu = cpuOf('json');
  const rows = configs.map((c) => {
    const s = wallOf(c.id);
    const cpu = cpuOf(c.id);
    const row = {
      id: c.id,
      label: c.label,
      seconds: round(s, 3),
      runs: times.get(c.id).map((x) => round(x.wall, 3)),
      mbPerSec: round(bytes / 1e6 / s, 2),
      ratioToJson: round(floor / s, 3),
      cpuSeconds: round(cpu, 3),
      cpuMbPerSec: round(bytes / 1e6 / cpu, 2),
      cpuRatioToJson: round(floorCpu / cpu, 3),
    };
    // Time beyond the JSON floor, i.e. the walk plus detection and replacement.
    if (c.id !== 'json') row.detectMbPerSec = s > floor ? round(bytes / 1e6 / (s - floor), 2) : null;
    return row;
  });
  const all = rows.find((r) => r.id === 'all');
  const result = {
    node: process.version,
    corpus: {
      seed: opts.seed, megabytes: round(bytes / 1e6, 2), calls: lines.length, strings,
      generatedInSeconds: round(genSeconds, 2), injectedInTurns: corpus.injected,
    },
    runs: opts.runs,
    configs: rows,
    target: { ratio: TARGET_RATIO, met: all.ratioToJson >= TARGET_RATIO },
    findings: Object.fromEntries([...findings].sort((a, b) => b[1] - a[1])),
  };
  process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatText(result)}\n`);
}

const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
const num = (n) => n.toLocaleString('en-US');

function formatText(r) {
  const out = [];
  out.push(`scrubline bench: ${r.corpus.megabytes} MB of JSONL, ${num(r.corpus.calls)} calls, ${num(r.corpus.strings)} string values ` +
    `(seed ${r.corpus.seed}); ${r.node}, one core; median of ${r.runs} run(s) after a warm-up pass`);
  out.push('');
  const head = ['configuration (per JSONL line)', 'MB/s', 'x JSON', 'CPU MB/s', 'x JSON', 'beyond JSON MB/s', 'runs (s)'];
  const body = r.configs.map((c) => [
    c.label, c.mbPerSec.toFixed(2), c.ratioToJson.toFixed(3), c.cpuMbPerSec.toFixed(2), c.cpuRatioToJson.toFixed(3),
    c.detectMbPerSec === undefined ? '-' : c.detectMbPerSec === null ? 'n/a' : c.detectMbPerSec.toFixed(2),
    c.runs.map((x) => x.toFixed(2)).join(' '),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (row) => row.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  out.push(fmt(head), ...body.map(fmt));
  out.push('');
  const all = r.configs.find((c) => c.id === 'all');
  out.push(`target: redact() at >= ${r.target.ratio} x JSON: ${all.ratioToJson.toFixed(3)} -> ${r.target.met ? 'met' : 'NOT met'}` +
    ` (by CPU time: ${all.cpuRatioToJson.toFixed(3)})`);
  const rec = r.configs.find((c) => c.id === 'record');
  const ns = r.configs.find((c) => c.id === 'record-nospoken');
  if (rec && ns) {
    out.push(`redactRecord(): ${rec.ratioToJson.toFixed(3)} x JSON (CPU ${rec.cpuRatioToJson.toFixed(3)}); spoken forms cost ` +
      `${((1 - rec.cpuRatioToJson / ns.cpuRatioToJson) * 100).toFixed(1)}% of throughput by CPU time (target <= 15%)`);
  }
  out.push('');
  out.push(`findings per type (all detectors, one pass): ${Object.entries(r.findings).map(([t, n]) => `${t} ${num(n)}`).join(', ') || 'none'}`);
  out.push(`personal values the generator wrote into turns: ${Object.entries(r.corpus.injectedInTurns).map(([t, n]) => `${t} ${num(n)}`).join(', ')}` +
    ' (metadata fields come on top)');
  return out.join('\n');
}

await main();
