/**
 * Evaluation units: the labelled strings of one corpus record.
 *
 * A record of the shared corpus is either flat (`{id, text, spans, unmapped_spans}`)
 * or a conversation (`{id, call, turns: [{speaker, text, spans}], system_actions: [...]}`).
 * Both are read the same way: every object inside the record that holds a string
 * `text` and an array `spans` is one unit, addressed by the JSON Pointer of its
 * `text` (`/text`, `/turns/3/text`, …). Findings are matched to gold by that
 * pointer, so a record-level analyzer reporting findings per pointer can replace
 * the per-text one without touching the scoring.
 */

/** A labelled span, offsets in UTF-16 code units, `end` exclusive. */
export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** A "don't care" region (a label with no scrubline counterpart): neither a hit nor a false positive. */
export interface Region {
  readonly start: number;
  readonly end: number;
}

/** One labelled string of a record. */
export interface EvalUnit {
  /** The record's `id` (or `line N` when it has none). */
  readonly record: string;
  /** JSON Pointer (RFC 6901) of the string inside the record, e.g. `/turns/3/text`. */
  readonly path: string;
  readonly text: string;
  readonly spans: readonly GoldSpan[];
  readonly unmapped: readonly Region[];
}

/** A record that cannot be read: names the place, never the content. */
export class EvalInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalInputError';
  }
}

/** Escapes one JSON Pointer reference token. */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Keys never descended into: they hold labels, not labelled strings. */
const LABEL_KEYS = new Set(['spans', 'unmapped_spans']);
/** Nesting bound for the walk; corpus records are shallow. */
const MAX_DEPTH = 32;

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function readSpans(raw: unknown, textLength: number, where: string, typed: true): GoldSpan[];
function readSpans(raw: unknown, textLength: number, where: string, typed: false): Region[];
function readSpans(raw: unknown, textLength: number, where: string, typed: boolean): (GoldSpan | Region)[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new EvalInputError(`${where}: spans must be an array`);
  return raw.map((s: unknown, i) => {
    if (!isObject(s)) throw new EvalInputError(`${where}: span ${i} is not an object`);
    const { start, end, type } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 ||
        (end as number) < (start as number) || (end as number) > textLength) {
      throw new EvalInputError(`${where}: span ${i} has bad offsets`);
    }
    if (typed && (typeof type !== 'string' || type.length === 0)) {
      throw new EvalInputError(`${where}: span ${i} has no type`);
    }
    return typed
      ? { start: start as number, end: end as number, type: type as string }
      : { start: start as number, end: end as number };
  });
}

/**
 * The units of one parsed record, in document order. `fallbackId` names the
 * record in errors and reports when it has no string `id`.
 */
export function unitsOfRecord(record: unknown, fallbackId: string): EvalUnit[] {
  if (!isObject(record)) throw new EvalInputError(`${fallbackId}: a record must be a JSON object`);
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : fallbackId;
  const out: EvalUnit[] = [];
  const walk = (node: unknown, pointer: string, depth: number): void => {
    if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${pointer}/${i}`, depth + 1));
      return;
    }
    const obj = node as Record<string, unknown>;
    if (typeof obj.text === 'string' && Array.isArray(obj.spans)) {
      const path = `${pointer}/text`;
      const where = `${fallbackId} ${path}`;
      out.push({
        record: id,
        path,
        text: obj.text,
        spans: readSpans(obj.spans, obj.text.length, where, true),
        unmapped: readSpans(obj.unmapped_spans, obj.text.length, where, false),
      });
    }
    for (const [k, v] of Object.entries(obj)) {
      if (!LABEL_KEYS.has(k) && v !== null && typeof v === 'object') walk(v, `${pointer}/${pointerToken(k)}`, depth + 1);
    }
  };
  walk(record, '', 0);
  return out;
}

/** One record of a JSONL file: its position, the parsed value and its units. */
export interface EvalRecord {
  readonly line: number;
  readonly value: unknown;
  readonly units: readonly EvalUnit[];
}

/**
 * Parses JSONL text into records. Blank lines are skipped. A bad line raises an
 * EvalInputError naming `source` and the line number only (JSON.parse messages
 * may quote the input, so they are not passed on).
 */
export function parseJsonl(content: string, source: string): EvalRecord[] {
  const out: EvalRecord[] = [];
  let lineNo = 0;
  let pos = 0;
  while (pos <= content.length) {
    let nl = content.indexOf('\n', pos);
    if (nl === -1) nl = content.length;
    const line = content.slice(pos, nl);
    pos = nl + 1;
    lineNo++;
    if (line.trim().length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new EvalInputError(`${source}:${lineNo}: not valid JSON`);
    }
    out.push({ line: lineNo, value, units: unitsOfRecord(value, `${source}:${lineNo}`) });
  }
  return out;
}
