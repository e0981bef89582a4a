// Tokens as parallel typed arrays, filled by tokenizeInto. The matcher reads every token of every
// comment; one object and one string per token made it spend more time allocating and collecting
// garbage than matching.

/** Where tokenizeInto puts tokens (type and gap as codes, TYPE_* and GAP_* in normalize). */
export interface TokenSink {
  push(start: number, end: number, type: number, gap: number, acronymPlural: boolean): void;
}

/**
 * Token k < length is start[k], end[k], type[k], gap[k], acronymPlural[k] (see Token; type and gap
 * as codes). Grows as needed; `clear` keeps the arrays for the next text.
 */
export class TokenBuffer implements TokenSink {
  length = 0;
  start: Int32Array;
  end: Int32Array;
  type: Uint8Array;
  gap: Uint8Array;
  acronymPlural: Uint8Array;

  constructor(capacity = 256) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.type = new Uint8Array(capacity);
    this.gap = new Uint8Array(capacity);
    this.acronymPlural = new Uint8Array(capacity);
  }

  get capacity(): number {
    return this.start.length;
  }

  push(start: number, end: number, type: number, gap: number, acronymPlural: boolean): void {
    const k = this.length;
    if (k === this.start.length) this.grow();
    this.start[k] = start;
    this.end[k] = end;
    this.type[k] = type;
    this.gap[k] = gap;
    this.acronymPlural[k] = acronymPlural ? 1 : 0;
    this.length = k + 1;
  }

  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const size = this.start.length * 2;
    this.start = resized(this.start, new Int32Array(size));
    this.end = resized(this.end, new Int32Array(size));
    this.type = resized(this.type, new Uint8Array(size));
    this.gap = resized(this.gap, new Uint8Array(size));
    this.acronymPlural = resized(this.acronymPlural, new Uint8Array(size));
  }
}

function resized<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
