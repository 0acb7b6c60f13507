import { createReadStream, createWriteStream } from 'node:fs';
import { PassThrough, Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import streamArray from 'stream-json/streamers/stream-array.js';
import type { InputSource } from './run.js';

/** Input format: JSONL (one record per line) or one large JSON array, streamed element by element. */
export type InputFormat = 'jsonl' | 'json';

/** The format a file name implies: `.json`/`.json.gz` → json, anything else → jsonl. */
export function formatOf(name: string): InputFormat {
  return /\.json(?:\.gz)?$/i.test(name) ? 'json' : 'jsonl';
}

/**
 * Streams the elements of a top-level JSON array as JSONL bytes, one element a line,
 * never holding the whole array (stream-json). Invalid JSON fails the stream.
 */
export function jsonArrayToLines(input: Readable): Readable {
  const elements = streamArray.withParserAsStream();
  const toLines = new Transform({
    writableObjectMode: true,
    transform(item: { value: unknown }, _enc, cb) {
      cb(null, Buffer.from(JSON.stringify(item.value) + '\n', 'utf8'));
    },
  });
  const out = new PassThrough();
  pipeline(input, elements, toLines, out).catch((e: Error) => out.destroy(e));
  return out;
}

/** An input file (or `-` for stdin), decompressed by extension and turned into JSONL bytes. */
export function fileSource(path: string, format?: InputFormat): InputSource {
  const name = path === '-' ? 'stdin' : path;
  return {
    name,
    open(): Readable {
      let s: Readable = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
      if (/\.gz$/i.test(path)) {
        const gunzip = createGunzip();
        s.on('error', (e) => gunzip.destroy(e));
        s = s.pipe(gunzip);
      }
      return (format ?? (path === '-' ? 'jsonl' : formatOf(path))) === 'json' ? jsonArrayToLines(s) : s;
    },
  };
}

/** Records in memory as a source (for tests and in-process use). */
export function memorySource(name: string, jsonl: string | Buffer): InputSource {
  return { name, open: () => Readable.from([Buffer.isBuffer(jsonl) ? jsonl : Buffer.from(jsonl, 'utf8')]) };
}

/** A JSONL sink that writes a JSON array instead: `[`, records joined by `,`, `]`. */
export function linesToJsonArray(): Transform {
  let first = true;
  let pending = '';
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      const text = pending + chunk.toString('utf8');
      const cut = text.lastIndexOf('\n');
      pending = text.slice(cut + 1);
      const lines = text.slice(0, cut + 1).split('\n').filter((l) => l.length > 0);
      let out = '';
      for (const l of lines) {
        out += (first ? '[\n' : ',\n') + l;
        first = false;
      }
      cb(null, out);
    },
    flush(cb) {
      cb(null, (pending ? (first ? '[\n' : ',\n') + pending : '') + (first && !pending ? '[]\n' : '\n]\n'));
    },
  });
}

/** The output stream for a path (`-` or undefined: stdout): gzip for `.gz`, a JSON array for `.json`. */
export function outputSink(path: string | undefined): { stream: Writable; done: Promise<void> } {
  if (path === undefined || path === '-') return { stream: process.stdout, done: Promise.resolve() };
  const file = createWriteStream(path);
  const stages: (Transform | Writable)[] = [];
  if (/\.json(?:\.gz)?$/i.test(path)) stages.push(linesToJsonArray());
  if (/\.gz$/i.test(path)) stages.push(createGzip());
  if (stages.length === 0) {
    return { stream: file, done: new Promise((res, rej) => { file.on('finish', () => res()); file.on('error', rej); }) };
  }
  const head = new PassThrough();
  const done = pipeline([head, ...stages, file] as unknown as [Readable, Writable]);
  return { stream: head, done };
}
