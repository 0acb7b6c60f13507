import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { ScrublineError } from '../errors.js';
import { createPool } from '../pipeline/pool.js';
import { runPipeline, InputLineError, type RunSummary } from '../pipeline/run.js';
import { fileSource, outputSink } from '../pipeline/sources.js';
import { reidentify, ReidentifyError } from '../reidentify.js';
import { MAIN_HELP, REDACT_HELP, REIDENTIFY_HELP, SCAN_HELP } from './help.js';
import { keysFrom, parse, pipelineFlags, redactOptions, totalSize, type Args } from './options.js';
import { formatSummary, progressBar } from './progress.js';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

export const EXIT = { OK: 0, USAGE: 1, INPUT: 2, FAILURE: 3, SIGINT: 130, SIGTERM: 143 } as const;

function version(): string {
  const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
  return pkg.version;
}

function say(msg: string): void {
  process.stderr.write(`scrubline: ${msg}\n`);
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(MAIN_HELP);
        return command === undefined ? EXIT.USAGE : EXIT.OK;
      case '-v':
      case '--version':
        process.stdout.write(`${version()}\n`);
        return EXIT.OK;
      case 'redact':
      case 'scan':
        return await redactCommand(command, parse(rest));
      case 'reidentify':
        return await reidentifyCommand(parse(rest));
      case 'eval':
        return await evalCommand(rest);
      default:
        say(`unknown command "${command}"; see scrubline --help`);
        return EXIT.USAGE;
    }
  } catch (e) {
    if (e instanceof ScrublineError) {
      say(e.message);
      return EXIT.USAGE;
    }
    say(`internal error: ${e instanceof Error ? e.name : 'unknown'}`);
    return EXIT.FAILURE;
  }
}

async function redactCommand(command: 'redact' | 'scan', args: Args): Promise<number> {
  const a = args.values;
  if (a.help) {
    process.stdout.write(command === 'redact' ? REDACT_HELP : SCAN_HELP);
    return EXIT.OK;
  }
  const options = redactOptions(a);
  const flags = pipelineFlags(a);
  const keys = keysFrom(a);
  const files = args.positionals.length > 0 ? args.positionals : ['-'];
  const sources = files.map((f) => fileSource(f, f === '-' ? flags.format : undefined));
  const pool = createPool({ ...options, workers: flags.workers, ...(keys[0] ? { key: keys[0] } : {}) });
  if (pool.randomKey && command === 'redact') {
    say('no key (SCRUBLINE_KEY, --key-env or --key-file): keyed operators use a random key for this run; tokens will not match other runs');
  }
  const sink = outputSink(a.output);
  const audit: Writable | undefined = a.audit ? createWriteStream(a.audit) : undefined;
  const quarantine: Writable | undefined = flags.quarantineFile ? createWriteStream(flags.quarantineFile) : undefined;
  const controller = new AbortController();
  let signal: NodeJS.Signals | undefined;
  const onSignal = (s: NodeJS.Signals) => {
    signal = s;
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const tty = !a.quiet && process.stderr.isTTY;
  const bar = tty ? progressBar(process.stderr, totalSize(files)) : undefined;
  let summary: RunSummary | undefined;
  let code: number = EXIT.OK;
  try {
    summary = await runPipeline({
      pool,
      mode: command,
      sources,
      output: sink.stream,
      audit,
      quarantine,
      policy: flags.policy,
      maxLineBytes: flags.maxLineBytes,
      signal: controller.signal,
      onProgress: bar ? (p) => bar.update(p) : undefined,
    });
  } catch (e) {
    bar?.clear();
    if (e instanceof InputLineError) {
      say(e.message);
      code = e.kind === 'detector' || e.kind === 'worker' ? EXIT.FAILURE : EXIT.INPUT;
    } else if (e instanceof ScrublineError) {
      say(e.message);
      code = EXIT.USAGE;
    } else if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EACCES') {
      say(`cannot read input: ${(e as NodeJS.ErrnoException).code} ${(e as NodeJS.ErrnoException).path ?? ''}`.trim());
      code = EXIT.INPUT;
    } else {
      // stream-json and zlib errors: malformed .json or .gz input
      say(`input could not be read as ${files.join(', ')}: ${(e as Error).name}${(e as Error).message ? ' (' + (e as Error).message.slice(0, 80).replace(/["'][^"']*["']/g, '…') + ')' : ''}`);
      code = EXIT.INPUT;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool.close();
    if (sink.stream !== process.stdout) sink.stream.end();
    await sink.done.catch(() => undefined);
    audit?.end();
    quarantine?.end();
  }
  bar?.clear();
  if (signal) {
    say(`stopped by ${signal}; output ends at the last whole record written`);
    return signal === 'SIGINT' ? EXIT.SIGINT : EXIT.SIGTERM;
  }
  if (summary && !a.quiet && summary.stopped !== 'output-closed') process.stderr.write(formatSummary(summary, command === 'redact' ? 'redacted' : 'scanned'));
  return code;
}

async function reidentifyCommand(args: Args): Promise<number> {
  const a = args.values;
  if (a.help) {
    process.stdout.write(REIDENTIFY_HELP);
    return EXIT.OK;
  }
  const keys = keysFrom(a);
  if (keys.length === 0) {
    say('reidentify needs the key: set SCRUBLINE_KEY, or use --key-env NAME or --key-file FILE');
    return EXIT.USAGE;
  }
  const files = args.positionals.length > 0 ? args.positionals : ['-'];
  const sink = outputSink(a.output);
  let restoredLines = 0;
  try {
    for (const f of files) {
      const src = fileSource(f);
      const rl = createInterface({ input: src.open(), crlfDelay: Infinity });
      let line = 0;
      for await (const text of rl) {
        line++;
        if (text.trim().length === 0) continue;
        let record: unknown;
        try {
          record = JSON.parse(text);
        } catch {
          say(`${src.name}:${line}: not valid JSON; nothing of it was written`);
          return EXIT.INPUT;
        }
        let out: unknown;
        try {
          out = reidentify(record, keys);
        } catch (e) {
          if (e instanceof ReidentifyError) {
            say(`${src.name}:${line}: ${e.message}`);
            return EXIT.INPUT;
          }
          throw e;
        }
        if (!sink.stream.write(JSON.stringify(out) + '\n')) await new Promise((r) => sink.stream.once('drain', r));
        restoredLines++;
      }
    }
  } finally {
    if (sink.stream !== process.stdout) sink.stream.end();
    await sink.done.catch(() => undefined);
  }
  if (!a.quiet) say(`reidentified ${restoredLines} records`);
  return EXIT.OK;
}

async function evalCommand(rest: string[]): Promise<number> {
  // loaded here: it builds a redactor in this thread, which redact/scan leave to the workers
  const { EVAL_HELP, main: evalMain } = await import('../eval/cli.js');
  if (rest.length === 0) {
    process.stdout.write(EVAL_HELP);
    return EXIT.USAGE;
  }
  return evalMain(rest);
}
