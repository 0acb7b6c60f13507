import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { OptionsError } from '../errors.js';
import { compileOperators } from '../transform/operators/index.js';
import { Key, keyFromEnv, keyMaterial, randomKey, resolveKey } from '../transform/keys.js';
import type { RedactOptions, RedactRecordResult } from '../types.js';
import type { BatchResult, BatchTask } from './process-batch.js';
import type { WorkerConfig } from './worker-config.js';

export interface PoolOptions extends RedactOptions {
  /** Worker threads. Default: the number of cores. */
  workers?: number;
}

/** A pool of worker threads, each with its own redactor built from the same options and key. */
export interface RedactPool {
  readonly workers: number;
  /** Whether keyed operators run on a random key (tokens consistent within this pool only). */
  readonly randomKey: boolean;
  /** Redacts parsed records on the workers, in order. */
  redactRecords<T>(records: readonly T[]): Promise<RedactRecordResult<T>[]>;
  /** Runs one batch of raw lines (its bytes are copied to the worker, so the caller can retry it). */
  runBatch(task: BatchTask): Promise<BatchResult>;
  /** Waits for running tasks to settle (their results are dropped), then stops the threads. */
  close(): Promise<void>;
}

/** The worker's compiled file: beside this one in dist, or dist's when running from sources (tests). */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return fileURLToPath(new URL('./batch-worker.js', import.meta.url));
  const built = fileURLToPath(new URL('../../dist/pipeline/batch-worker.js', import.meta.url));
  if (!existsSync(built)) throw new OptionsError('the worker pool needs the built package: run `npm run build` first');
  return built;
}

/**
 * Young generation of each worker's V8 heap, in MB. V8's default lets it grow to 48 MB per thread;
 * a worker's allocations are short-lived per record, and at 8 MB peak RSS with two workers fell
 * from 350 to 284 MB on a 30 MB run with no loss of speed (bench/pipeline.mjs measures it).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** How long close() waits for running tasks before destroying the pool anyway. */
const CLOSE_WAIT_MS = 30_000;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Starts the pool. The key is resolved once here (options.key, else SCRUBLINE_KEY, else
 * a random key when a keyed operator needs one) and the same bytes go to every worker,
 * so tokens agree across threads.
 */
export function createPool(options: PoolOptions = {}): RedactPool {
  const { workers: w, key: keySource, ...rest } = options;
  const workers = w ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new OptionsError('workers must be a whole number from 1 to 256');
  // compile once here too: bad options fail now, in the caller's thread, with a clear message
  const ops = compileOperators({ ...rest, ...(keySource ? { key: keySource } : {}) }, () => keyFromEnv());
  let key: Key | undefined = resolveKey(keySource) ?? keyFromEnv();
  const isRandom = ops.randomKey && !key;
  if (!key && ops.randomKey) key = randomKey();
  const config: WorkerConfig = {
    options: rest,
    keyBytes: key ? new Uint8Array(keyMaterial(key)) : undefined,
    keyId: key?.id,
  };
  const piscina = new Piscina({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    workerData: config,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  // Tasks still running: close() lets them settle first, so a late reply never reaches a destroyed
  // pool (piscina throws on it) when a run stops early on an error or a signal.
  const inflight = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    inflight.add(p);
    const done = () => inflight.delete(p);
    p.then(done, done);
    return p;
  };
  return {
    workers,
    randomKey: isRandom,
    async redactRecords<T>(records: readonly T[]): Promise<RedactRecordResult<T>[]> {
      const chunk = Math.max(1, Math.ceil(records.length / (workers * 4)));
      const parts: Promise<RedactRecordResult<T>[]>[] = [];
      for (let i = 0; i < records.length; i += chunk) {
        parts.push(track(piscina.run({ records: records.slice(i, i + chunk) }) as Promise<RedactRecordResult<T>[]>));
      }
      return (await Promise.all(parts)).flat();
    },
    runBatch(task: BatchTask): Promise<BatchResult> {
      return track(piscina.run(task) as Promise<BatchResult>);
    },
    async close(): Promise<void> {
      if (inflight.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        const limit = new Promise<void>((res) => (timer = setTimeout(res, CLOSE_WAIT_MS)));
        await Promise.race([Promise.allSettled([...inflight]), limit]);
        clearTimeout(timer);
      }
      await piscina.destroy();
    },
  };
}
