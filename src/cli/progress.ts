import type { Progress, RunSummary } from '../pipeline/run.js';

const MB = 1e6;

function clock(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '--:--';
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  const ss = String(Math.floor(s % 60)).padStart(2, '0');
  return h > 0 ? `${h}:${String(m % 60).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A one-line progress bar on a TTY stream, redrawn at most 8 times a second. */
export function progressBar(stream: NodeJS.WriteStream, totalBytes: number | undefined): { update(p: Progress): void; clear(): void } {
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 125) return;
      last = now;
      const rate = p.seconds > 0 ? p.bytesIn / MB / p.seconds : 0;
      let line = `scrubline ${p.records.toLocaleString('en-US')} records · ${(p.bytesIn / MB).toFixed(1)} MB · ${rate.toFixed(1)} MB/s`;
      if (totalBytes && totalBytes > 0) {
        const frac = Math.min(1, p.bytesIn / totalBytes);
        const width = 20;
        const fill = Math.round(frac * width);
        const eta = rate > 0 ? (totalBytes - p.bytesIn) / MB / rate : NaN;
        line = `[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${(frac * 100).toFixed(0).padStart(3)}% ${line.slice(10)} · ETA ${clock(eta)}`;
      }
      stream.write(`\r${line.slice(0, Math.max(20, (stream.columns ?? 100) - 1))}\x1b[K`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/** The end-of-run summary: records, failed lines, findings per type, time, throughput. No values. */
export function formatSummary(s: RunSummary, verb: string): string {
  const total = Object.values(s.counts).reduce((a, b) => a + b, 0);
  const types = Object.entries(s.counts).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
  const rate = s.seconds > 0 ? s.bytesIn / MB / s.seconds : 0;
  const lines = [
    `scrubline: ${verb} ${s.records.toLocaleString('en-US')} records in ${s.seconds.toFixed(1)} s (${(s.bytesIn / MB).toFixed(1)} MB, ${rate.toFixed(1)} MB/s)`,
    `scrubline: ${total.toLocaleString('en-US')} findings${types ? `: ${types}` : ''}`,
  ];
  if (s.failedLines > 0) lines.push(`scrubline: ${s.failedLines} lines could not be scanned and were not written`);
  if (s.stopped === 'signal') lines.push('scrubline: interrupted; output ends at the last whole record written');
  return lines.join('\n') + '\n';
}
