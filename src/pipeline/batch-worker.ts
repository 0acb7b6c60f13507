/**
 * The worker thread of the pool: builds one redactor from workerData at start-up
 * (patterns compiled once per thread) and processes batches of raw lines, or
 * arrays of parsed records, sent by the main thread.
 */
import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import { createRedactor, type Redactor } from '../redactor.js';
import { Key } from '../transform/keys.js';
import type { RedactRecordResult } from '../types.js';
import { processBatch, type BatchResult, type BatchTask } from './process-batch.js';
import type { WorkerConfig } from './worker-config.js';

const config = workerData as WorkerConfig;
const key = config.keyBytes ? new Key(config.keyBytes, 'pool', config.keyId) : undefined;
const redactor: Redactor = createRedactor({ ...config.options, ...(key ? { key } : {}) });

export interface RecordsTask {
  records: unknown[];
}

/** A batch result whose output buffer is moved to the main thread, not copied. */
class MovedResult {
  constructor(private readonly r: BatchResult) {}
  get [transferableSymbol](): ArrayBufferLike[] {
    return [this.r.data.buffer, this.r.ends.buffer];
  }
  get [valueSymbol](): BatchResult {
    return this.r;
  }
}

export default function run(task: BatchTask | RecordsTask): BatchResult | RedactRecordResult[] | ReturnType<typeof move> {
  if ('records' in task) return task.records.map((r) => redactor.redactRecord(r));
  return move(new MovedResult(processBatch(redactor, task)) as never);
}
