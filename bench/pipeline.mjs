#!/usr/bin/env node
/**
 * End-to-end throughput of the `scrubline redact` command on a large generated JSONL file,
 * against the JSON floor and the machine's own parallel ceiling, in one run.
 *
 *   npm run build && node bench/pipeline.mjs [--size MB] [--keep] [--seed N] [--json]
 *
 * Measures (wall clock, whole processes, output to /dev/null):
 *   floor            node reading the file line by line, JSON.parse + JSON.stringify each
 *                    line, writing to /dev/null: what any JSONL pipeline pays, on one core
 *   ceiling          the floor on half the file alone, then twice at once: how much two
 *                    CPU-bound jobs speed up on this machine (the best a pool can hope for);
 *                    and the same with the whole engine in one thread (no pool) on a 20 MB
 *                    slice: the machine's ceiling for this very workload
 *   workers 1        scrubline redact --workers 1
 *   all cores        scrubline redact (default workers: the cores)
 *   pipeline only    the same two with --entities EMAIL (one cheap detector): the cost and
 *                    scaling of framing, worker hand-off, ordering and output on their own
 * and reports the speed-up all cores / 1 worker, the peak RSS of each scrubline run
 * (GNU time -v, else the child's VmHWM sampled from /proc), and end-to-end rate /
 * (floor × cores used). Output holds sizes, rates, times and counts only: no values.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/scrubline.js');
const MB = 1e6;
const TARGETS = { speedup: 1.8, rssMB: 300, perCore: 0.25 };

const HELP = `Usage: node bench/pipeline.mjs [--size MB] [--keep] [--seed N] [--json]

Generates a contact-center JSONL file (bench/corpus.mjs) in a temp dir and times, on it:
the JSON floor, the machine's 2-job ceiling, scrubline redact --workers 1 and with all cores.
Needs the built package (npm run build).

Options:
  --size MB   file size in megabytes (default 500)
  --seed N    generator seed (default 20250101)
  --keep      keep the generated file (its path is printed)
  --json      print the results as JSON
  -h, --help  this help`;

/** The floor, as a `node -e` script: argv = [file, byteLimit]. Prints {bytes, lines}. */
const FLOOR = `
const fs = require('fs');
const file = process.argv[1];
const limit = Number(process.argv[2]) || Infinity;
const fd = fs.openSync(file, 'r');
const out = fs.openSync('/dev/null', 'w');
const chunk = Buffer.allocUnsafe(1 << 20);
let carry = Buffer.alloc(0);
let bytes = 0, lines = 0;
for (;;) {
  const n = fs.readSync(fd, chunk, 0, chunk.length, null);
  if (n === 0) break;
  const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
  const cut = data.lastIndexOf(10) + 1;
  carry = Buffer.from(data.subarray(cut));
  let text = '';
  for (const line of data.toString('utf8', 0, cut).split('\\n')) {
    if (line.length === 0) continue;
    text += JSON.stringify(JSON.parse(line)) + '\\n';
    lines++;
  }
  fs.writeSync(out, text);
  bytes += cut;
  if (bytes >= limit) break;
}
process.stdout.write(JSON.stringify({ bytes, lines }));
`;

/**
 * The whole engine in one thread, no pool: argv = [file, byteLimit, dist index URL]. Reads whole
 * lines up to the limit into memory, then times parse + redactRecord + stringify over them
 * (start-up and file reading excluded). Prints {bytes, seconds}.
 */
const ENGINE = `
import { readFileSync } from 'node:fs';
const [file, limitArg, dist] = process.argv.slice(1);
const { createRedactor } = await import(dist);
const redactor = createRedactor();
const fd = readFileSync(file).subarray(0, Number(limitArg));
const text = fd.toString('utf8', 0, fd.lastIndexOf(10) + 1);
const lines = text.split('\\n').filter((l) => l.length > 0);
const t0 = performance.now();
for (const l of lines) JSON.stringify(redactor.redactRecord(JSON.parse(l)).record);
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), seconds }));
`;

function fail(msg) {
  process.stderr.write(`bench/pipeline: ${msg}\n`);
  process.exit(1);
}

function options() {
  let v;
  try {
    ({ values: v } = parseArgs({ options: { size: { type: 'string' }, seed: { type: 'string' }, keep: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    fail(`${e.message}\n${HELP}`);
  }
  if (v.help) {
    process.stdout.write(HELP + '\n');
    process.exit(0);
  }
  const size = Number(v.size ?? 500);
  const seed = Number(v.seed ?? 20250101);
  if (!(size > 0)) fail('--size takes a positive number of MB');
  if (!Number.isInteger(seed)) fail('--seed takes an integer');
  return { size, seed, keep: !!v.keep, json: !!v.json };
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** GNU time with -v, if present. */
function gnuTime() {
  if (!existsSync('/usr/bin/time')) return undefined;
  return new Promise((resolve) => {
    const c = spawn('/usr/bin/time', ['-v', 'true'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    c.stderr.on('data', (b) => (err += b));
    c.on('error', () => resolve(undefined));
    c.on('close', (code) => resolve(code === 0 && /Maximum resident set size/.test(err) ? '/usr/bin/time' : undefined));
  });
}

/** Peak RSS of a live process from /proc (VmHWM covers all its threads). */
function vmHwmKB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs a command to completion (stdout to /dev/null unless `capture`), returning wall seconds,
 * peak RSS (MB), CPU % (user+sys over wall), exit code, and its stdout / stderr text.
 */
async function measure(cmd, args, { time, capture = false } = {}) {
  const argv = time ? [time, ['-v', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const child = spawn(argv[0], argv[1], { stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (err += b));
  let hwm = 0;
  let cpuTicks = 0;
  const sample = time
    ? undefined
    : setInterval(() => {
        hwm = Math.max(hwm, vmHwmKB(child.pid));
        try {
          const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
          cpuTicks = Number(f[11]) + Number(f[12]);
        } catch {
          /* exited */
        }
      }, 50);
  const code = await new Promise((res) => child.on('close', (c) => res(c)));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (sample) clearInterval(sample);
  let rssMB = hwm / 1024;
  let cpu = (cpuTicks / 100 / seconds) * 100;
  if (time) {
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
    const user = /User time \(seconds\): ([\d.]+)/.exec(err);
    const sys = /System time \(seconds\): ([\d.]+)/.exec(err);
    rssMB = rss ? Number(rss[1]) / 1024 : NaN;
    cpu = user && sys ? ((Number(user[1]) + Number(sys[1])) / seconds) * 100 : NaN;
    err = err.replace(/\n?\s*Command being timed:[\s\S]*$/, '\n'); // keep the command's own stderr
  }
  return { seconds, rssMB, cpu, code, stdout: out, stderr: err };
}

/** Runs the floor script on the file (up to `limit` bytes). */
function floor(file, limit, time) {
  return measure(process.execPath, ['-e', FLOOR, file, String(limit ?? 0)], { time, capture: true });
}

/** The in-process engine on the first `limit` bytes; resolves to its own {bytes, seconds}. */
async function engine(file, limit) {
  const r = await measure(process.execPath, ['--input-type=module', '-e', ENGINE, file, String(limit), new URL('../dist/index.js', import.meta.url).href], { capture: true });
  if (r.code !== 0) throw new Error(`the in-process engine run failed (exit ${r.code})`);
  return JSON.parse(r.stdout);
}

function scrubline(file, workers, extra, time) {
  return measure(process.execPath, [BIN, 'redact', ...(workers ? ['--workers', String(workers)] : []), ...extra, file], { time });
}

/** What is run: every detector (the headline), and the pipeline alone (one cheap detector). */
const CONFIGS = [
  { name: 'scrubline redact', extra: [] },
  { name: 'pipeline only (--entities EMAIL)', extra: ['--entities', 'EMAIL'] },
];

/** Findings per type from scrubline's summary line (types and counts only). */
function findingsOf(stderr) {
  const m = /findings: (.*)$/m.exec(stderr);
  return m ? m[1] : '';
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const mark = (ok) => (ok ? 'PASS' : 'FAIL');

async function main() {
  const o = options();
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) fail('the CLI runs from dist/: run `npm run build` first');
  const cores = availableParallelism();
  const time = await gnuTime();
  const dir = mkdtempSync(join(tmpdir(), 'scrubline-bench-'));
  const file = join(dir, 'calls.jsonl');
  const log = (s) => process.stderr.write(`${s}\n`);
  const results = { cores, sizeMB: o.size, rss: time ? 'GNU time -v' : '/proc VmHWM sampling', load: { start: loadavg() } };
  try {
    log(`generating ${o.size} MB (seed ${o.seed}) in ${dir} …`);
    let t = Date.now();
    const gen = writeCorpus({ path: file, sizeMB: o.size, seed: o.seed });
    const bytes = statSync(file).size;
    results.file = { bytes, records: gen.records, genSeconds: (Date.now() - t) / 1000 };
    const mbs = (b, s) => b / MB / s;

    log('floor: JSON.parse + JSON.stringify per line …');
    const fl = await floor(file, 0, time);
    if (fl.code !== 0) throw new Error(`the floor script failed (exit ${fl.code})`);
    results.floor = { seconds: fl.seconds, mbps: mbs(bytes, fl.seconds), cpu: fl.cpu, rssMB: fl.rssMB };

    log('ceiling: the floor on half the file alone, then twice at once …');
    const half = Math.floor(bytes / 2);
    const alone = await floor(file, half, time);
    const halfBytes = JSON.parse(alone.stdout).bytes;
    const [p1, p2] = await Promise.all([floor(file, half, time), floor(file, half, time)]);
    const both = Math.max(p1.seconds, p2.seconds);
    results.ceiling = { halfBytes, aloneSeconds: alone.seconds, bothSeconds: both, speedup: (2 * alone.seconds) / both };

    log('engine ceiling: the whole engine in one thread on a slice (up to 20 MB) alone, then twice at once …');
    const slice = Math.min(20 * MB, half);
    const e1 = await engine(file, slice);
    const [e2a, e2b] = await Promise.all([engine(file, slice), engine(file, slice)]);
    const eAlone = mbs(e1.bytes, e1.seconds);
    const eBoth = mbs(e2a.bytes, e2a.seconds) + mbs(e2b.bytes, e2b.seconds);
    results.engineCeiling = { sliceBytes: e1.bytes, aloneMBps: eAlone, bothMBps: eBoth, speedup: eBoth / eAlone };

    const runs = [];
    for (const c of CONFIGS) {
      for (const workers of [1, undefined]) {
        const label = `${c.name}, ${workers ? `--workers ${workers}` : `all ${cores} cores`}`;
        log(`${label} …`);
        const loadBefore = loadavg();
        const r = await scrubline(file, workers, c.extra, time);
        if (r.code !== 0) throw new Error(`${label} exited ${r.code}: ${r.stderr.split('\n').filter((l) => l.startsWith('scrubline:')).join(' ')}`);
        runs.push({ config: c.name, label, workers: workers ?? cores, seconds: r.seconds, mbps: mbs(bytes, r.seconds), cpu: r.cpu, rssMB: r.rssMB, loadBefore, findings: findingsOf(r.stderr) });
      }
    }
    results.runs = runs;
    results.load.end = loadavg();
    results.speedup = CONFIGS.map((c) => {
      const [one, all] = runs.filter((r) => r.config === c.name);
      return { config: c.name, speedup: all.mbps / one.mbps };
    });
    results.perCore = runs.map((r) => ({ label: r.label, ratio: r.mbps / (results.floor.mbps * r.workers) }));
    const all = runs[1];

    if (o.json) {
      process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    } else {
      const rows = [
        ['run', 'seconds', 'MB/s', 'CPU %', 'peak RSS MB'],
        ['floor: parse + stringify (1 core)', f1(fl.seconds), f1(results.floor.mbps), f1(fl.cpu), f1(fl.rssMB)],
        ['floor, half the file, alone', f1(alone.seconds), f1(mbs(halfBytes, alone.seconds)), f1(alone.cpu), f1(alone.rssMB)],
        ['floor, half the file, 2 at once', f1(both), f1(mbs(2 * halfBytes, both)), f1(p1.cpu + p2.cpu), ''],
        [`engine in one thread, ${f1(e1.bytes / MB)} MB, alone`, f1(e1.seconds), f1(eAlone), '', ''],
        [`engine in one thread, ${f1(e1.bytes / MB)} MB, 2 at once`, f1(Math.max(e2a.seconds, e2b.seconds)), f1(eBoth), '', ''],
        ...runs.map((r) => [r.label, f1(r.seconds), f1(r.mbps), f1(r.cpu), f1(r.rssMB)]),
      ];
      const w = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
      const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
      const out = [
        `scrubline pipeline benchmark: ${f1(bytes / MB)} MB, ${gen.records.toLocaleString('en-US')} calls, ${cores} cores, Node ${process.version}`,
        `load average at start ${results.load.start}, at end ${results.load.end}; peak RSS by ${results.rss}`,
        '',
        line(rows[0]),
        ...rows.slice(1).map(line),
        '',
        `machine ceiling, floor (2 CPU-bound jobs at once vs 1): ${f2(results.ceiling.speedup)}x`,
        `machine ceiling, whole engine (2 single-threaded processes at once vs 1): ${f2(results.engineCeiling.speedup)}x`,
        ...results.speedup.map((x) => `speed-up all cores / 1 worker, ${x.config}: ${f2(x.speedup)}x  (target >= ${TARGETS.speedup}x: ${mark(x.speedup >= TARGETS.speedup)})`),
        ...runs.map((r) => `peak RSS ${r.label}: ${f1(r.rssMB)} MB  (target < ${TARGETS.rssMB} MB: ${mark(r.rssMB < TARGETS.rssMB)})`),
        ...results.perCore.map((p) => `end-to-end / (floor x cores) ${p.label}: ${f2(p.ratio)}  (target >= ${TARGETS.perCore}: ${mark(p.ratio >= TARGETS.perCore)})`),
        `findings (${all.label}): ${all.findings}`,
      ];
      process.stdout.write(out.join('\n') + '\n');
    }
  } finally {
    if (o.keep) log(`kept ${file}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : 'failed'));
