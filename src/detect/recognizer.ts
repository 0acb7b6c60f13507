import type { Finding } from '../types.js';
import type { TextView } from './view.js';

/** Settings every recognizer reads, fixed when the analyzer is built. */
export interface ScanSettings {
  /** Phone regions (ISO 3166 alpha-2), the default first; never empty. */
  readonly regions: readonly string[];
  /** Context window, characters before and after a candidate. */
  readonly contextBefore: number;
  readonly contextAfter: number;
  /** Types enabled for this analyzer. */
  readonly entities: ReadonlySet<string>;
  /** Tests only: run every text pattern on the whole text and every digit pattern on all digit windows (no literal windows, no tiers). */
  readonly exhaustive?: boolean;
}

/**
 * One detector. `scan` appends candidate findings (already validated and
 * context-scored) to `out`; the analyzer filters by score and resolves overlaps.
 * Recognizers hold only immutable, pre-compiled state, so one instance serves
 * every call.
 */
export interface Recognizer {
  readonly name: string;
  /** The types it can report. */
  readonly types: readonly string[];
  scan(view: TextView, out: Finding[]): void;
}

/** Builds a recognizer for the enabled types, or returns undefined when none of its types is enabled. */
export type RecognizerFactory = (settings: ScanSettings) => Recognizer | undefined;
