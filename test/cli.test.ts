/**
 * The scrubline command, run as a child process on real files: help and version, redaction
 * in order with any number of workers, .json / .gz / stdin inputs and outputs, every bad-input
 * case with its exit code and message, worker crashes, | head, SIGINT, scan and audit output,
 * keys, the encrypt → reidentify round trip and usage errors.
 *
 * Runs the built package (bin/scrubline.js imports dist/): build first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { getAtPointer } from '../src/records/pointer.js';
import { call } from './support/calls.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/scrubline.js');
const EXAMPLE = join(ROOT, 'examples/calls.jsonl');
const KEY = 'hex:' + '3c'.repeat(16) + '5a'.repeat(16);
const OTHER_KEY = 'hex:' + '77'.repeat(32);
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment of a child: no inherited key or test hook, plus `extra`. */
function envWith(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const k of ['SCRUBLINE_KEY', 'SCRUBLINE_TEST_CRASH_LINE', 'SCRUBLINE_TEST_FAIL_LINE']) if (!(k in extra)) delete env[k];
  return env;
}

/** Runs `scrubline ARGS` in the temp dir; resolves when it exits (several can run at once). */
function cli(args: string[], o: { input?: string | Buffer; env?: Record<string, string> } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: envWith(o.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(o.input ?? '');
  });
}

// ------------------------------------------------------------------ data


const callLines = (n: number): string[] => Array.from({ length: n }, (_, i) => JSON.stringify(call(i)));
const jsonl = (lines: readonly string[]): string => lines.map((l) => l + '\n').join('');
const seqs = (out: string): number[] => out.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { seq: number }).seq);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
/** Lines of text (without the last empty piece after the final newline). */
const linesIn = (text: string): string[] => text.split('\n').slice(0, -1);

let dir: string;
const N = 2000;
const SHORT = 400; // short.jsonl: the first SHORT records, for the runs that crash workers
const lines = callLines(N);
const BIG = 30_000;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scrubline-cli-'));
  writeFileSync(join(dir, 'calls.jsonl'), jsonl(lines));
  writeFileSync(join(dir, 'calls.json'), JSON.stringify(lines.map((l) => JSON.parse(l) as unknown), null, 2));
  writeFileSync(join(dir, 'calls.jsonl.gz'), gzipSync(jsonl(lines)));
  writeFileSync(join(dir, 'big.jsonl'), jsonl(callLines(BIG)));
  writeFileSync(join(dir, 'short.jsonl'), jsonl(lines.slice(0, SHORT)));
  // 4,000 short records without personal data: 16 batches of ~20 KB of output each
  writeFileSync(join(dir, 'notes.jsonl'), jsonl(range(4000).map((i) => JSON.stringify({ seq: i, note: 'the parcel was shipped on time, thanks for waiting so patiently' }))));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** calls.jsonl redacted by one worker (computed once). */
let referenceCache: string | undefined;
function reference(): string {
  if (referenceCache === undefined) {
    const r = spawnSync(process.execPath, [BIN, 'redact', '--workers', '1', '--quiet', 'calls.jsonl'], { cwd: dir, env: envWith(), encoding: 'utf8', maxBuffer: 64 << 20 });
    referenceCache = r.stdout;
  }
  return referenceCache;
}

// ------------------------------------------------------------------ tests

describe('help, version, usage errors', () => {
  it('prints help for the command and each subcommand, and the version', async () => {
    const [main, none, version, redact, scan, reid, evalHelp] = await Promise.all([
      cli(['--help']), cli([]), cli(['--version']), cli(['redact', '--help']), cli(['scan', '--help']), cli(['reidentify', '-h']), cli(['eval', '--help']),
    ]);
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/^scrubline — PII redaction/);
    expect(main.stdout).toMatch(/Exit codes:[\s\S]*130/);
    expect(none.code).toBe(1); // no command: the help, as a usage error
    expect(none.stdout).toBe(main.stdout);
    expect([version.code, version.stdout]).toEqual([0, `${VERSION}\n`]);
    expect([redact.code, scan.code, reid.code, evalHelp.code]).toEqual([0, 0, 0, 0]);
    expect(redact.stdout).toMatch(/^Usage: scrubline redact /);
    expect(redact.stdout).toMatch(/--on-error POLICY/);
    expect(scan.stdout).toMatch(/^Usage: scrubline scan /);
    expect(reid.stdout).toMatch(/^Usage: scrubline reidentify /);
    expect(evalHelp.stdout).toMatch(/^Usage: .*\beval\b.* FILE/);
  });

  it('refuses unknown options, commands and bad values with exit 1 and a clear message', async () => {
    const [opt, cmd, workers, onError, key] = await Promise.all([
      cli(['redact', '--bogus', 'calls.jsonl']),
      cli(['redcat', 'calls.jsonl']),
      cli(['redact', '--workers', 'two', 'calls.jsonl']),
      cli(['redact', '--on-error', 'ignore', 'calls.jsonl']),
      cli(['redact', '--key', 'hunter2-secret-key', 'calls.jsonl']),
    ]);
    expect([opt.code, opt.stdout]).toEqual([1, '']);
    expect(opt.stderr).toMatch(/^scrubline: Unknown option '--bogus'/);
    expect([cmd.code, cmd.stderr]).toEqual([1, 'scrubline: unknown command "redcat"; see scrubline --help\n']);
    expect([workers.code, workers.stderr]).toEqual([1, 'scrubline: --workers must be a whole number from 1 to 256\n']);
    expect([onError.code, onError.stderr]).toEqual([1, 'scrubline: --on-error must be fail, skip or quarantine=FILE\n']);
    // a key on the command line is refused (and not echoed)
    expect([key.code, key.stdout]).toEqual([1, '']);
    expect(key.stderr).toMatch(/keys are never given on the command line/);
    expect(key.stderr).not.toContain('hunter2');
  });
});

describe('redact', () => {
  it('redacts examples/calls.jsonl: three records, no raw values, a summary on stderr', async () => {
    const r = await cli(['redact', '--workers', '1', EXAMPLE]);
    expect(r.code).toBe(0);
    const out = linesIn(r.stdout).map((l) => JSON.parse(l) as { call_id: string });
    expect(out.map((o) => o.call_id)).toEqual(['c-1001', 'c-1002', 'c-1003']);
    for (const raw of ['maria.gonzalez@example.com', '415-555-0132', 'priya.r@example.org', '+44 20 7946 0958']) {
      expect(r.stdout).not.toContain(raw);
    }
    expect(r.stdout).toContain('[EMAIL]');
    expect(r.stderr).toMatch(/^scrubline: redacted 3 records in /);
  });

  it('keeps input order over thousands of records; 1 and 2 workers write identical output', async () => {
    const [one, two] = [await cli(['redact', '--workers', '1', '--quiet', 'calls.jsonl']), await cli(['redact', '--workers', '2', '--quiet', 'calls.jsonl'])];
    expect([one.code, two.code, one.stderr, two.stderr]).toEqual([0, 0, '', '']);
    expect(seqs(one.stdout)).toEqual(range(N));
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).not.toContain('@example.com');
    referenceCache = one.stdout;
  });

  it('reads a .json array as the same records as JSONL, .gz in and out, stdin to stdout, -o FILE', async () => {
    const [json, gz, stdin, file] = await Promise.all([
      cli(['redact', '--workers', '1', '--quiet', 'calls.json']),
      cli(['redact', '--workers', '1', '--quiet', 'calls.jsonl.gz', '-o', 'out.jsonl.gz']),
      cli(['redact', '--workers', '1', '--quiet'], { input: jsonl(lines) }),
      cli(['redact', '--workers', '1', 'notes.jsonl', '-o', 'notes.out.jsonl']),
    ]);
    expect([json.code, gz.code, stdin.code, file.code]).toEqual([0, 0, 0, 0]);
    // records without personal data come out unchanged; a file output waits for 'drain' once per
    // batch (16 here) and no listener piles up: no MaxListenersExceededWarning, only the summary
    expect(readFileSync(join(dir, 'notes.out.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'notes.jsonl'), 'utf8'));
    expect(file.stderr).toMatch(/^scrubline: redacted 4,000 records in [^\n]*\nscrubline: 0 findings\n$/);
    expect(json.stdout).toBe(reference());
    expect(gz.stdout).toBe('');
    const packed = readFileSync(join(dir, 'out.jsonl.gz'));
    expect([packed[0], packed[1]]).toEqual([0x1f, 0x8b]);
    expect(gunzipSync(packed).toString('utf8')).toBe(reference());
    expect(stdin.stdout).toBe(reference());
  });

  it('accepts empty lines, a BOM and CRLF (exit 0, same records)', async () => {
    const messy = '\uFEFF' + lines.slice(0, 20).join('\r\n') + '\r\n\r\n\n  \n' + lines.slice(20, 40).join('\n');
    const r = await cli(['redact', '--workers', '1', '--quiet'], { input: messy });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(linesIn(reference()).slice(0, 40).map((l) => l + '\n').join(''));
  });
});

describe('bad input fails closed', () => {
  const good = lines.slice(0, 6);
  /** Line 3 replaced by `bad` (bytes). */
  const withBad = (bad: Buffer): Buffer => Buffer.concat([Buffer.from(jsonl(good.slice(0, 2))), bad, Buffer.from('\n' + jsonl(good.slice(3)))]);
  const notJson = Buffer.from('{"seq":-1,"text":"call 415-555-0199 now"');
  const notUtf8 = Buffer.concat([Buffer.from('{"seq":-1,"text":"caf'), Buffer.from([0xff, 0xfe]), Buffer.from(' 415-555-0199"}')]);
  const tooLong = Buffer.from(`{"seq":-1,"text":"call 415-555-0199 ${'blah '.repeat(200)}"}`);

  it.each([
    ['not JSON', notJson, [], 'not valid JSON'],
    ['not UTF-8', notUtf8, [], 'not valid UTF-8'],
    ['over --max-line-bytes', tooLong, ['--max-line-bytes', '700'], 'longer than --max-line-bytes'],
  ])('%s: exit 2, the message names file and line, no content; only the records before it are written', async (_name, bad, flags, text) => {
    writeFileSync(join(dir, 'bad.jsonl'), withBad(bad));
    const r = await cli(['redact', '--workers', '1', ...flags, 'bad.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`scrubline: bad.jsonl:3: ${text}; nothing of it was written\n`);
    expect(seqs(r.stdout)).toEqual([0, 1]);
    expect(r.stdout + r.stderr).not.toMatch(/415-555-0199|blah|caf/);
  });

  // one file with all three: line 2 not JSON, 4 not UTF-8, 6 too long
  const mixed = Buffer.concat([
    Buffer.from(good[0] + '\n'), notJson, Buffer.from('\n' + good[1] + '\n'), notUtf8, Buffer.from('\n' + good[2] + '\n'), tooLong, Buffer.from('\n' + good[3] + '\n'),
  ]);

  it('--on-error skip: exit 0, the bad lines dropped, every other record once, in order', async () => {
    writeFileSync(join(dir, 'mixed.jsonl'), mixed);
    const r = await cli(['redact', '--workers', '1', '--max-line-bytes', '700', '--on-error', 'skip', 'mixed.jsonl']);
    expect(r.code).toBe(0);
    expect(seqs(r.stdout)).toEqual([0, 1, 2, 3]);
    expect(r.stderr).toMatch(/^scrubline: 3 lines could not be scanned and were not written$/m);
    expect(r.stdout + r.stderr).not.toMatch(/415-555-0199|blah|caf/);
  });

  it('--on-error quarantine=FILE: exit 0; FILE holds file, line and reason only', async () => {
    writeFileSync(join(dir, 'mixed.jsonl'), mixed);
    const r = await cli(['redact', '--workers', '1', '--max-line-bytes', '700', '--on-error', 'quarantine=bad-lines.jsonl', 'mixed.jsonl']);
    expect(r.code).toBe(0);
    expect(seqs(r.stdout)).toEqual([0, 1, 2, 3]);
    const q = readFileSync(join(dir, 'bad-lines.jsonl'), 'utf8');
    expect(linesIn(q).map((l) => JSON.parse(l) as unknown)).toEqual([
      { file: 'mixed.jsonl', line: 2, reason: 'json' },
      { file: 'mixed.jsonl', line: 4, reason: 'utf8' },
      { file: 'mixed.jsonl', line: 6, reason: 'too-long' },
    ]);
  });

  it('a crashed worker: exit 3 naming the line, the record never appears; with skip every other record appears once', async () => {
    const env = { SCRUBLINE_TEST_CRASH_LINE: '277' };
    const [failed, skipped] = await Promise.all([
      cli(['redact', '--workers', '2', 'short.jsonl'], { env }),
      cli(['redact', '--workers', '2', '--on-error', 'skip', '--quiet', 'short.jsonl'], { env }),
    ]);
    expect(failed.code).toBe(3);
    expect(failed.stderr).toBe('scrubline: short.jsonl:277: the worker thread failed on it; nothing of it was written\n');
    expect(seqs(failed.stdout)).toEqual(range(276));
    expect(skipped.code).toBe(0);
    expect(seqs(skipped.stdout)).toEqual(range(SHORT).filter((i) => i !== 276));
    expect(skipped.stdout).toBe(linesIn(reference()).slice(0, SHORT).filter((_, i) => i !== 276).map((l) => l + '\n').join(''));
  });
});

describe('pipes and signals', () => {
  it('`scrubline redact big.jsonl | head -1` exits 0 (EPIPE is a normal end)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" redact --workers 1 big.jsonl | head -1`], { cwd: dir, env: envWith(), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(linesIn(r.stdout)).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ seq: 0 });
    expect(r.stderr).toBe('');
  });

  it('SIGINT mid-run: exit 130, and stdout ends with a whole record', async () => {
    const child = spawn(process.execPath, [BIN, 'redact', '--workers', '1', 'big.jsonl'], { cwd: dir, env: envWith(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    let sent = false;
    child.stdout.on('data', (b: Buffer) => {
      out.push(b);
      if (!sent) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((res) => child.on('close', (c, s) => res([c, s])));
    const text = Buffer.concat(out).toString('utf8');
    expect([code, signal]).toEqual([130, null]);
    expect(err).toMatch(/stopped by SIGINT; output ends at the last whole record written/);
    expect(text.endsWith('\n')).toBe(true);
    const got = seqs(text); // every line parses
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(BIG); // it was stopped mid-run
    expect(got).toEqual(range(got.length));
  });
});

describe('scan, audit, keys and reidentify', () => {
  type ScanFinding = { path: string; type: string; start: number; end: number; score: number; detector: string };

  /** The raw value of each finding, read from the original records. */
  function rawValues(records: unknown[], found: { line: number; path: string; start: number; end: number }[], lineOf: (line: number) => number): string[] {
    const raws = found.map((f) => String(getAtPointer(records[lineOf(f.line)], f.path)).slice(f.start, f.end));
    return raws.filter((v) => v.length >= 4); // shorter ones could occur in a path or a type name by chance
  }

  it('scan: one line per record with paths, types and offsets, no raw values', async () => {
    const r = await cli(['scan', '--workers', '1', '--quiet', EXAMPLE]);
    expect(r.code).toBe(0);
    const scans = linesIn(r.stdout).map((l) => JSON.parse(l) as { line: number; findings: ScanFinding[] });
    expect(scans.map((s) => s.line)).toEqual([1, 2, 3]);
    const records = linesIn(readFileSync(EXAMPLE, 'utf8')).map((l) => JSON.parse(l) as unknown);
    const found = scans.flatMap((s) => s.findings.map((f) => ({ ...f, line: s.line })));
    expect(found.length).toBeGreaterThan(10);
    for (const f of found) expect(Object.keys(f).sort()).toEqual(['detector', 'end', 'line', 'path', 'score', 'start', 'type']);
    const raws = rawValues(records, found, (l) => l - 1);
    expect(raws).toContain('maria.gonzalez@example.com');
    for (const raw of raws) expect(r.stdout).not.toContain(raw);
  });

  it('--audit FILE: one line per finding with tokens for pseudonym, no raw values', async () => {
    const r = await cli(['redact', '--workers', '2', '--quiet', '--operator', 'default=pseudonym', '--audit', 'audit.jsonl', EXAMPLE], { env: { SCRUBLINE_KEY: KEY } });
    expect(r.code).toBe(0);
    const audit = readFileSync(join(dir, 'audit.jsonl'), 'utf8');
    const entries = linesIn(audit).map((l) => JSON.parse(l) as { line: number; path: string; start: number; end: number; type: string; operator: string; token: string });
    expect(entries.length).toBeGreaterThan(10);
    const records = linesIn(readFileSync(EXAMPLE, 'utf8')).map((l) => JSON.parse(l) as unknown);
    const redacted = linesIn(r.stdout).map((l) => JSON.parse(l) as unknown);
    for (const e of entries) {
      expect(e.operator).toBe('pseudonym');
      expect(e.token).toMatch(new RegExp(`^<${e.type}_[0-9a-f]{16}>$`));
      expect(String(getAtPointer(redacted[e.line - 1], e.path))).toContain(e.token);
    }
    for (const raw of rawValues(records, entries, (l) => l - 1)) expect(audit).not.toContain(raw);
    // the same key gives the same tokens in another run
    const again = await cli(['redact', '--workers', '1', '--quiet', '--operator', 'default=pseudonym', EXAMPLE], { env: { SCRUBLINE_KEY: KEY } });
    expect(again.stdout).toBe(r.stdout);
  });

  it('encrypt then reidentify restores the original files exactly; a wrong key fails naming the line', async () => {
    const original = readFileSync(EXAMPLE, 'utf8') + jsonl(lines.slice(0, 200));
    writeFileSync(join(dir, 'some.jsonl'), jsonl(lines.slice(0, 200)));
    const enc = await cli(['redact', '--workers', '2', '--quiet', '--operator', 'default=encrypt', EXAMPLE, 'some.jsonl', '-o', 'enc.jsonl'], { env: { SCRUBLINE_KEY: KEY } });
    expect(enc.code).toBe(0);
    const encrypted = readFileSync(join(dir, 'enc.jsonl'), 'utf8');
    expect(encrypted).not.toMatch(/@example\.(com|org)|415-555-0132/);
    expect(encrypted).toMatch(/<EMAIL:[A-Za-z0-9_-]+>/);
    const [back, wrong, none] = await Promise.all([
      cli(['reidentify', 'enc.jsonl', '-o', 'back.jsonl'], { env: { SCRUBLINE_KEY: KEY } }),
      cli(['reidentify', 'enc.jsonl'], { env: { SCRUBLINE_KEY: OTHER_KEY } }),
      cli(['reidentify', 'enc.jsonl']),
    ]);
    expect([back.code, back.stderr]).toEqual([0, 'scrubline: reidentified 203 records\n']);
    expect(readFileSync(join(dir, 'back.jsonl'), 'utf8')).toBe(original);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^scrubline: enc\.jsonl:1: .*does not authenticate/);
    expect(wrong.stdout).toBe('');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/reidentify needs the key/);
  });
});
