/**
 * JSONL framing on bytes, in the main thread: cuts input chunks into lines and
 * packs them into batches for the workers. It never decodes or parses. A UTF-8
 * BOM at the start and a CR before LF are dropped; empty lines are counted but
 * carry no record; a line longer than `maxLineBytes` is not kept in memory: only
 * its number is, flagged, so it fails closed downstream.
 */

export const LINE_OK = 0;
export const LINE_TOO_LONG = 1;

/** A batch of lines: their bytes back to back, with offsets, numbers and flags. */
export interface Batch {
  /** Position of the batch in the input (0, 1, 2, …): output is written in this order. */
  seq: number;
  /** Lines' bytes concatenated. Transferable. */
  data: Uint8Array;
  /** ends[i] is the end offset in `data` of line i (its start is ends[i-1], or 0). */
  ends: Int32Array;
  /** 1-based line number in the input of each line. */
  lines: Int32Array;
  /** LINE_OK or LINE_TOO_LONG per line. */
  flags: Uint8Array;
  /** Input bytes this batch covers (for progress). */
  bytes: number;
}

export interface FramingOptions {
  maxLineBytes: number;
  /** Lines per batch (default 64). */
  batchLines?: number;
  /** Bytes per batch (default 256 KiB): small batches keep less in flight on the main thread. */
  batchBytes?: number;
}

export class LineFramer {
  private readonly max: number;
  private readonly batchLines: number;
  private readonly batchBytes: number;
  /** Pieces of the current (unfinished) line. */
  private partial: Buffer[] = [];
  private partialLen = 0;
  private oversize = false;
  private lineNo = 0;
  private atStart = true;
  /** Bytes of a UTF-8 BOM seen so far at the very start (it may arrive split over chunks). */
  private bomSeen = 0;
  private seq = 0;
  // current batch
  private pieces: Buffer[] = [];
  private pieceBytes = 0;
  private ends: number[] = [];
  private nums: number[] = [];
  private flags: number[] = [];
  private inputBytes = 0;

  constructor(opts: FramingOptions) {
    this.max = opts.maxLineBytes;
    this.batchLines = opts.batchLines ?? 64;
    this.batchBytes = opts.batchBytes ?? 1 << 18;
  }

  /** Feeds a chunk; calls `emit` for each full batch. */
  push(chunk: Buffer, emit: (b: Batch) => void): void {
    this.inputBytes += chunk.length;
    let pos = 0;
    while (this.atStart && pos < chunk.length) {
      if (chunk[pos] === BOM[this.bomSeen]) {
        pos++;
        if (++this.bomSeen === BOM.length) this.atStart = false; // a whole BOM: dropped
      } else this.notBom();
    }
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      if (nl === -1) {
        this.addPartial(chunk.subarray(pos));
        return;
      }
      this.addPartial(chunk.subarray(pos, nl));
      this.endLine(emit);
      pos = nl + 1;
    }
  }

  /** Ends input: the last line (without a trailing newline) and the last batch. */
  end(emit: (b: Batch) => void): void {
    if (this.atStart) this.notBom();
    if (this.partialLen > 0 || this.oversize) this.endLine(emit);
    this.flush(emit);
  }

  /** The start was not a BOM after all: the bytes taken for one are content. */
  private notBom(): void {
    this.atStart = false;
    if (this.bomSeen > 0) this.addPartial(Buffer.from(BOM.subarray(0, this.bomSeen)));
  }

  private addPartial(b: Buffer): void {
    if (b.length === 0 || this.oversize) return;
    // one byte of slack: a line of exactly `max` bytes may still be followed by the CR of a CRLF
    if (this.partialLen + b.length > this.max + 1) {
      this.oversize = true;
      this.partial = [];
      this.partialLen = 0;
      return;
    }
    this.partial.push(b);
    this.partialLen += b.length;
  }

  private endLine(emit: (b: Batch) => void): void {
    this.lineNo++;
    if (!this.oversize && this.partialLen > this.max) {
      const last = this.partial[this.partial.length - 1]!;
      if (last[last.length - 1] !== 13) this.oversize = true; // max + 1 bytes and no CR to drop
    }
    if (this.oversize) {
      this.partial = [];
      this.partialLen = 0;
      this.nums.push(this.lineNo);
      this.flags.push(LINE_TOO_LONG);
      this.ends.push(this.pieceBytes);
      this.oversize = false;
    } else {
      let line = this.partial.length === 1 ? this.partial[0]! : Buffer.concat(this.partial, this.partialLen);
      if (line.length > 0 && line[line.length - 1] === 13) line = line.subarray(0, line.length - 1);
      this.partial = [];
      this.partialLen = 0;
      if (isBlank(line)) return; // an empty line carries no record
      this.pieces.push(Buffer.from(line)); // copy: the chunk may be reused
      this.pieceBytes += line.length;
      this.nums.push(this.lineNo);
      this.flags.push(LINE_OK);
      this.ends.push(this.pieceBytes);
    }
    if (this.nums.length >= this.batchLines || this.pieceBytes >= this.batchBytes) this.flush(emit);
  }

  /** Emits the whole lines framed so far as a batch now (none if there are none). */
  flush(emit: (b: Batch) => void): void {
    if (this.nums.length === 0) return;
    const data = Buffer.concat(this.pieces, this.pieceBytes);
    // a Uint8Array that owns its ArrayBuffer exactly, so it can be transferred
    const own = new Uint8Array(data.length);
    own.set(data);
    emit({
      seq: this.seq++,
      data: own,
      ends: Int32Array.from(this.ends),
      lines: Int32Array.from(this.nums),
      flags: Uint8Array.from(this.flags),
      bytes: this.inputBytes,
    });
    this.pieces = [];
    this.pieceBytes = 0;
    this.ends = [];
    this.nums = [];
    this.flags = [];
    this.inputBytes = 0;
  }
}

const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

function isBlank(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
