import type { AnalyzeOptions, Finding } from '../../src/index.js';
import { analyze } from '../../src/index.js';
import { readJsonl } from './corpus.js';

/** One case of Presidio's recognizer unit tests, as stored in presidio_cases.jsonl. */
export interface PresidioCase {
  /** 1-based line in presidio_cases.jsonl: the case's stable id. */
  line: number;
  source: string;
  test: string;
  text: string;
  entity: string;
  expected_count: number;
  expected_spans?: [number, number][];
  recognizer_config?: { supported_regions?: string[] };
}

/** Presidio entity name → scrubline type (and the country of a merged type). */
export const PRESIDIO_TYPE_MAP: Record<string, { type: string; country?: string }> = {
  EMAIL_ADDRESS: { type: 'EMAIL' },
  PHONE_NUMBER: { type: 'PHONE' },
  IBAN_CODE: { type: 'IBAN' },
  DATE_TIME: { type: 'DATE' },
  CRYPTO: { type: 'CRYPTO_WALLET' },
  ABA_ROUTING_NUMBER: { type: 'US_BANK_ROUTING' },
  US_BANK_NUMBER: { type: 'ACCOUNT_NUMBER', country: 'US' },
  US_PASSPORT: { type: 'PASSPORT', country: 'US' },
  UK_PASSPORT: { type: 'PASSPORT', country: 'GB' },
  IN_PASSPORT: { type: 'PASSPORT', country: 'IN' },
  DE_PASSPORT: { type: 'PASSPORT', country: 'DE' },
  ES_PASSPORT: { type: 'PASSPORT', country: 'ES' },
  IT_PASSPORT: { type: 'PASSPORT', country: 'IT' },
  KR_PASSPORT: { type: 'PASSPORT', country: 'KR' },
  US_DRIVER_LICENSE: { type: 'DRIVER_LICENSE', country: 'US' },
  UK_DRIVING_LICENCE: { type: 'DRIVER_LICENSE', country: 'GB' },
  DE_FUEHRERSCHEIN: { type: 'DRIVER_LICENSE', country: 'DE' },
  IT_DRIVER_LICENSE: { type: 'DRIVER_LICENSE', country: 'IT' },
  KR_DRIVER_LICENSE: { type: 'DRIVER_LICENSE', country: 'KR' },
  UK_POSTCODE: { type: 'POSTAL_CODE', country: 'GB' },
  DE_PLZ: { type: 'POSTAL_CODE', country: 'DE' },
  PH_MOBILE_NUMBER: { type: 'PHONE' },
  TR_PHONE_NUMBER: { type: 'PHONE' },
};

export function mapPresidioType(entity: string): { type: string; country?: string } {
  return PRESIDIO_TYPE_MAP[entity] ?? { type: entity };
}

/** Presidio's PhoneRecognizer default regions, used when a case sets none. */
const DEFAULT_PHONE_REGIONS = ['US', 'GB', 'DE', 'FR', 'IL', 'IN', 'CA', 'BR'];
const PHONE_ENTITY_REGIONS: Record<string, string[]> = { PH_MOBILE_NUMBER: ['PH'], TR_PHONE_NUMBER: ['TR'] };

export function loadPresidioCases(): PresidioCase[] {
  return readJsonl<Omit<PresidioCase, 'line'>>('presidio_cases.jsonl').map((c, i) => ({ ...c, line: i + 1 }));
}

export interface CaseOutcome {
  case: PresidioCase;
  agrees: boolean;
  found: Pick<Finding, 'start' | 'end' | 'score' | 'detector'>[];
}

/**
 * Runs one case the way Presidio's own unit test does: only the case's type, no score
 * threshold (minScore 0). It agrees when the number of findings equals the expected count
 * and, where the case lists spans, every finding lies within one of them.
 */
export function runCase(c: PresidioCase): CaseOutcome {
  const { type, country } = mapPresidioType(c.entity);
  const regions = PHONE_ENTITY_REGIONS[c.entity] ??
    c.recognizer_config?.supported_regions?.map((r) => (r === 'UK' ? 'GB' : r)) ?? DEFAULT_PHONE_REGIONS;
  // a merged type (PASSPORT, DRIVER_LICENSE, …) is asked for the case's own country, as a user would
  const options: AnalyzeOptions = { entities: [type], minScore: 0, region: regions, ...(country ? { countries: [country] } : {}) };
  const findings = analyze(c.text, options).filter((f) => f.type === type && (!country || !f.country || f.country === country));
  let agrees = findings.length === c.expected_count;
  if (agrees && c.expected_spans) {
    agrees = findings.every((f) => c.expected_spans!.some(([s, e]) => f.start >= s && f.end <= e));
  }
  return { case: c, agrees, found: findings.map(({ start, end, score, detector }) => ({ start, end, score, detector })) };
}
