/**
 * Every case of presidio_cases.jsonl (by line) among the covered types where scrubline
 * and Presidio's unit test disagree, with the reason. The test fails if a case disagrees
 * that is not listed here, or if a listed case has come to agree (so the list stays true).
 */
export const KNOWN_DISAGREEMENTS: Record<number, { entity: string; reason: string }> = {};
