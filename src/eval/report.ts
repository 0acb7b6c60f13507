/**
 * Evaluation reports: a JSON-friendly summary of a Tally and its text rendering.
 * Reports hold counts, types, record ids, JSON Pointers and offsets; the text of
 * a span appears only in examples collected with `withText`.
 */
import type { FalsePositive, MissedSpan, Tally } from './score.js';

export interface TypeRow {
  type: string;
  gold: number;
  caught: number;
  /** Percentages with one decimal; null when there is no gold. */
  caughtPct: number | null;
  typed: number;
  typedPct: number | null;
}

export interface FindingRow {
  type: string;
  findings: number;
  falsePositives: number;
}

export interface EvalSummary {
  name: string;
  records: number;
  units: number;
  chars: number;
  bytes: number;
  /** Seconds in the analyzer, and UTF-8 megabytes (10^6 bytes) of text per second. */
  seconds: number;
  mbPerSec: number | null;
  /** Per gold type, most frequent first. */
  types: TypeRow[];
  /** Every scored gold span together. */
  all: TypeRow;
  /** Per finding type, most frequent first. */
  findings: FindingRow[];
  falsePositives: number;
  fpPer10kChars: number | null;
  /** Gold spans not covered by their own type, per type (present when examples were asked for). */
  missed?: Record<string, { total: number; examples: MissedSpan[] }>;
  /** Findings overlapping no label, per type (present when examples were asked for). */
  falsePositiveExamples?: Record<string, { total: number; examples: FalsePositive[] }>;
}

function pct(n: number, d: number): number | null {
  return d === 0 ? null : Math.round((1000 * n) / d) / 10;
}

function row(type: string, gold: number, caught: number, typed: number): TypeRow {
  return { type, gold, caught, caughtPct: pct(caught, gold), typed, typedPct: pct(typed, gold) };
}

const byCountThenName = <T extends { type: string }>(count: (x: T) => number) => (a: T, b: T): number =>
  count(b) - count(a) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);

/** Summarises a tally. Examples are included when `examples` is true. */
export function summarize(name: string, t: Tally, examples = false): EvalSummary {
  const types = [...t.perType].map(([type, c]) => row(type, c.gold, c.caught, c.typed)).sort(byCountThenName((r) => r.gold));
  const all = row('ALL', ...types.reduce<[number, number, number]>(
    (s, r) => [s[0] + r.gold, s[1] + r.caught, s[2] + r.typed], [0, 0, 0]));
  const findings = [...t.findings]
    .map(([type, n]) => ({ type, findings: n, falsePositives: t.falsePositives.get(type) ?? 0 }))
    .sort(byCountThenName((r) => r.findings));
  const falsePositives = findings.reduce((s, r) => s + r.falsePositives, 0);
  const summary: EvalSummary = {
    name,
    records: t.records,
    units: t.units,
    chars: t.chars,
    bytes: t.bytes,
    seconds: Math.round(t.seconds * 1000) / 1000,
    mbPerSec: t.seconds > 0 ? Math.round((t.bytes / 1e6 / t.seconds) * 100) / 100 : null,
    types,
    all,
    findings,
    falsePositives,
    fpPer10kChars: t.chars === 0 ? null : Math.round((falsePositives * 1e4 * 100) / t.chars) / 100,
  };
  if (examples) {
    summary.missed = Object.fromEntries(types.filter((r) => r.typed < r.gold).map((r) => [
      r.type, { total: r.gold - r.typed, examples: t.missed.get(r.type) ?? [] },
    ]));
    summary.falsePositiveExamples = Object.fromEntries(findings.filter((r) => r.falsePositives > 0).map((r) => [
      r.type, { total: r.falsePositives, examples: t.fpExamples.get(r.type) ?? [] },
    ]));
  }
  return summary;
}

const num = (n: number): string => n.toLocaleString('en-US');
const pctText = (p: number | null): string => (p === null ? '-' : p.toFixed(1));

function table(header: string[], rows: string[][], leftCols = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i < leftCols ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [fmt(header), ...rows.map(fmt)].join('\n');
}

function typeRows(rows: TypeRow[]): string[][] {
  return rows.map((r) => [r.type, num(r.gold), num(r.caught), pctText(r.caughtPct), num(r.typed), pctText(r.typedPct)]);
}

/** Renders a summary as plain text. Examples print when `withExamples` and the summary has them. */
export function formatSummary(s: EvalSummary, withExamples: boolean): string {
  const out: string[] = [];
  const speed = s.mbPerSec === null ? 'n/a' : `${s.mbPerSec.toFixed(2)} MB/s`;
  out.push(`== ${s.name}: ${num(s.records)} records, ${num(s.units)} texts, ${num(s.chars)} chars; ` +
    `analyze ${speed} (${s.seconds.toFixed(3)} s over ${(s.bytes / 1e6).toFixed(s.bytes < 1e6 ? 3 : 2)} MB)`);
  out.push('');
  if (s.types.length === 0) out.push('(no gold spans of the scored types)');
  else {
    out.push(table(['gold type', 'gold', 'caught', '%', 'typed', '%'], [...typeRows(s.types), ...typeRows([s.all])]));
  }
  out.push('');
  const fpRate = s.fpPer10kChars === null ? '-' : s.fpPer10kChars.toFixed(2);
  out.push(`findings: ${num(s.findings.reduce((n, r) => n + r.findings, 0))}; ` +
    `false positives: ${num(s.falsePositives)} = ${fpRate} per 10,000 chars`);
  if (s.findings.length > 0) {
    out.push(table(['finding type', 'findings', 'false pos.'],
      s.findings.map((r) => [r.type, num(r.findings), num(r.falsePositives)])));
  }
  if (withExamples && s.missed) {
    for (const [type, m] of Object.entries(s.missed)) {
      if (m.examples.length === 0) continue;
      out.push('', `missed ${type} (${m.examples.length} of ${num(m.total)}):`);
      for (const e of m.examples) out.push(`  ${missedLine(e)}`);
    }
  }
  if (withExamples && s.falsePositiveExamples) {
    for (const [type, m] of Object.entries(s.falsePositiveExamples)) {
      if (m.examples.length === 0) continue;
      out.push('', `false positives ${type} (${m.examples.length} of ${num(m.total)}):`);
      for (const e of m.examples) out.push(`  ${fpLine(e)}`);
    }
  }
  return out.join('\n');
}

function missedLine(m: MissedSpan): string {
  const by = m.coveredBy.length ? m.coveredBy.join(',') : 'nothing';
  const text = m.text === undefined ? '' : `  ${JSON.stringify(m.text)}`;
  return `${m.record} ${m.path} [${m.start},${m.end}) covered ${m.covered}/${m.nonSpace} by ${by}${text}`;
}

function fpLine(f: FalsePositive): string {
  const text = f.text === undefined ? '' : `  ${JSON.stringify(f.text)}`;
  return `${f.record} ${f.path} [${f.start},${f.end}) score ${f.score.toFixed(2)} ${f.detector}${text}`;
}
