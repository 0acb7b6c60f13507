import type { RedactOptions } from '../types.js';

/**
 * What a worker thread needs to build its redactor: plain, cloneable options (no
 * Key object: its bytes travel separately and are never part of a message that
 * could be logged), plus the key's id.
 */
export interface WorkerConfig {
  options: Omit<RedactOptions, 'key'>;
  keyBytes: Uint8Array | undefined;
  keyId: string | undefined;
}
