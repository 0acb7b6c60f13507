/**
 * Errors scrubline raises on purpose. Messages never carry a detected value or
 * a key: they name the option, file, pattern or line at fault.
 */
export class ScrublineError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ScrublineError';
    this.code = code;
  }
}

/** Options that make no sense: an unknown entity type, a score out of range, … */
export class OptionsError extends ScrublineError {
  constructor(message: string) {
    super('E_OPTIONS', message);
    this.name = 'OptionsError';
  }
}

/** A pattern file that cannot be used; the message names the file and the pattern. */
export class PatternFileError extends ScrublineError {
  readonly file: string;
  readonly patternId: string | undefined;
  constructor(file: string, patternId: string | undefined, message: string) {
    super('E_PATTERN', `${file}${patternId ? ` (pattern "${patternId}")` : ''}: ${message}`);
    this.name = 'PatternFileError';
    this.file = file;
    this.patternId = patternId;
  }
}

/** A detector failed on some input. Carries no text. */
export class DetectorError extends ScrublineError {
  constructor(detector: string, cause: unknown) {
    super('E_DETECTOR', `detector ${detector} failed: ${cause instanceof Error ? cause.name : typeof cause}`);
    this.name = 'DetectorError';
  }
}
