import type { Draw } from './draw.js';

/** What a surrogate generator gets: the value and a keyed, deterministic source of choices. */
export interface SurrogateRequest {
  readonly type: string;
  readonly value: string;
  /** Default phone region (ISO 3166 alpha-2). */
  readonly region: string;
  /**
   * The random stream for `data` (normally the value's canonical form) and attempt `n`:
   * seeded by `key.hmac('surrogate', type ‖ 0 ‖ data [‖ 0 ‖ n])`, so one value always
   * gets one surrogate under one key, and another key gives an unrelated one.
   */
  draw(data: string, attempt?: number): Draw;
}

/** Makes the surrogate of one type; undefined when the value does not fit the type (the caller falls back). */
export type Generator = (req: SurrogateRequest) => string | undefined;

/** Attempts (counter values) a generator tries before it gives up on a value. */
export const MAX_ATTEMPTS = 64;

/**
 * The first candidate, over attempts 0, 1, 2 …, that `accept` takes: how a generator
 * derives again with a counter when a candidate would fail validation or equal the input.
 */
export function firstAccepted(
  req: SurrogateRequest,
  data: string,
  make: (draw: Draw, attempt: number) => string | undefined,
  accept: (candidate: string) => boolean,
  attempts = MAX_ATTEMPTS,
): string | undefined {
  for (let n = 0; n < attempts; n++) {
    const c = make(req.draw(data, n), n);
    if (c !== undefined && accept(c)) return c;
  }
  return undefined;
}
