import type { EntityType } from './entities.js';
import type { RecordFinding, RecordSelection } from './records/walk.js';
import type { OperatorOptions } from './transform/operators/index.js';

/** A detected entity. Offsets are UTF-16 indices into the analysed text, `end` exclusive. */
export interface Finding {
  /** Entity type, e.g. `EMAIL`; user pattern files may add their own upper-case types. */
  type: EntityType | (string & {});
  start: number;
  end: number;
  /** Confidence in [0, 1]. */
  score: number;
  /** Which recognizer produced it, e.g. `pattern:credit_card`, `phone`, `name:cue`. */
  detector: string;
  /** ISO 3166 alpha-2 country, for country-specific types merged under one name (PASSPORT, POSTAL_CODE, …). */
  country?: string;
}

/** A value never to redact: an exact string (case-insensitive) or a regular expression that must match the whole value. */
export type AllowEntry = string | RegExp;

/** A value always to redact; a bare string is reported as type `DENY_LIST`, `{ value, type }` as that type. */
export type DenyEntry = string | { value: string; type?: EntityType | (string & {}) };

export interface AnalyzeOptions {
  /** Types to look for; default every built-in type (and every type of added pattern files). */
  entities?: readonly (EntityType | (string & {}))[];
  /** Findings scoring below this are dropped. Default 0.5. `0` keeps every candidate that passed validation. */
  minScore?: number;
  /**
   * Countries (ISO 3166 alpha-2) whose country-specific patterns run (passports, national IDs, postal codes…).
   * Patterns without a country always run. Default: every country.
   */
  countries?: readonly string[];
  /** Values never reported, whatever detects them. */
  allow?: readonly AllowEntry[];
  /** Values always reported (whole-word, case-insensitive), with score 1. */
  deny?: readonly DenyEntry[];
  /**
   * Region(s) for national phone numbers (ISO 3166 alpha-2). Default `US`. With a list, the first is the
   * default and a national number is accepted when it is valid in any of them.
   */
  region?: string | readonly string[];
  /** Extra pattern files (paths) or already-parsed pattern sets to load beside the built-in ones. */
  patterns?: readonly (string | PatternFile)[];
  /**
   * Detect spoken forms ("four one one one …", "john dot smith at gmail dot com"): detectors run again on
   * the written form of stretches that look spoken, and findings map back to the original words. Default true.
   */
  spoken?: boolean;
  /** Characters before and after a candidate searched for context words. Default 48 before, 24 after. */
  contextWindow?: { before?: number; after?: number };
}

/** One pattern definition, as written in `patterns/*.json`. */
export interface PatternDef {
  /** Unique id within all loaded files, e.g. `credit_card`. */
  id: string;
  type: string;
  /** JavaScript regular expression source. Must be free of catastrophic backtracking. */
  regex: string;
  /** Extra flags among `i`, `u`, `s`, `m` (`g` is always added). */
  flags?: string;
  /** Base score in [0, 1]. */
  score: number;
  /** Score when the validator returns `true` (default: 1). */
  validatedScore?: number;
  /** Words that raise the score when they occur near the candidate. */
  context?: string[];
  /** Name of a validator from the registry. `false` drops the candidate, `true` sets `validatedScore`, `null` keeps `score`. */
  validator?: string;
  /**
   * Cheap prefilter. `digit`: run only over windows around digit runs (the default for patterns whose
   * regex needs a digit); `none`: run over the whole text; any other string, or a list of strings: literals
   * of which one must occur in the text (case-insensitively when the pattern has the `i` flag).
   */
  prefilter?: string | string[];
  /**
   * With a literal prefilter: how far a match can reach from a hit of one of the literals, so the
   * pattern runs only on windows around the hits instead of the whole text. `{ before, after }`:
   * at most `before` characters before the literal's start and `after` after its end (for a literal
   * that is context rather than part of the match, this also bounds how far the context may be);
   * `token`: the match holds no whitespace, so the whitespace-delimited token around the hit is enough.
   */
  window?: { before: number; after: number } | 'token';
  /**
   * With the `digit` prefilter: literals, matched case-insensitively, of which every match holds
   * one (month names for a written date, say); digit windows without any are skipped.
   */
  requires?: string[];
  /** Index of the capture group that is the entity (default 0, the whole match). */
  group?: number;
  /** Country of the identifier, copied to findings. */
  country?: string;
  /**
   * The fewest digits a match holds; digit windows with fewer are skipped. Read off the regex when absent
   * (conservatively); a value here can only lower that estimate, never raise it.
   */
  minDigits?: number;
  /** Free-text note. */
  description?: string;
}

export interface PatternFile {
  /** Family name, e.g. `financial`. */
  family: string;
  description?: string;
  patterns: PatternDef[];
}

/** Options of `redact()` and `redactRecord()`: detection, operators and key, record field selection and key hints. */
export interface RedactOptions extends AnalyzeOptions, RecordSelection, OperatorOptions {
  /**
   * JSON Pointer of the field naming whose record this is (e.g. `/customer/id`), for `shift_date`: the
   * subject of `redactRecord()` when the call does not give one.
   */
  subjectField?: string;
}

export interface RedactRecordResult<T = unknown> {
  /** A redacted copy of the record, of the same shape. */
  record: T;
  /** Every finding, with the JSON Pointer of the string it was found in. */
  findings: RecordFinding[];
}

export type { RecordFinding, RecordSelection };

export interface RedactResult {
  text: string;
  findings: Finding[];
}
