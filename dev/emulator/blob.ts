// Apps Script's Blob, emulated: bytes are the truth, strings are UTF-8 views of them.
//
// Blob methods run locally in Apps Script (no round trip), so nothing here is counted;
// only creating one through Utilities.newBlob is, and that is the Utilities service's job
// (see createCountedNewBlob).

import type { CallLog } from './calls';

export type BlobSource = string | number[] | Uint8Array;

/** Apps Script returns bytes as Java bytes: signed, -128..127. */
function toSigned(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] > 127 ? bytes[i] - 256 : bytes[i];
  return out;
}

/** Accepts signed (Apps Script) or unsigned byte values alike; both mean the same byte. */
export function toBytes(data: BlobSource): Uint8Array {
  if (typeof data === 'string') return new Uint8Array(Buffer.from(data, 'utf8'));
  if (data instanceof Uint8Array) return new Uint8Array(data);
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (!Number.isInteger(b) || b < -128 || b > 255) {
      throw new Error(`Invalid byte value at position ${i}: ${String(b)}`);
    }
    out[i] = b & 0xff;
  }
  return out;
}

/** Charsets Node can decode; Apps Script accepts Java names, so both spellings are mapped. */
function decode(bytes: Uint8Array, charset: string): string {
  const key = charset.toLowerCase().replace(/_/g, '-');
  const buf = Buffer.from(bytes);
  if (key === 'utf-8' || key === 'utf8') return buf.toString('utf8');
  if (key === 'iso-8859-1' || key === 'latin1' || key === 'us-ascii') return buf.toString('latin1');
  if (key === 'utf-16le') return buf.toString('utf16le');
  throw new Error(`Unsupported charset in the emulator: ${charset}`);
}

export class EmuBlob {
  private bytes: Uint8Array;
  private contentType: string | null;
  private name: string | null;

  constructor(bytes: Uint8Array, contentType: string | null = null, name: string | null = null) {
    this.bytes = new Uint8Array(bytes);
    this.contentType = contentType;
    this.name = name;
  }

  getBytes(): number[] {
    return toSigned(this.bytes);
  }

  getDataAsString(charset = 'UTF-8'): string {
    return decode(this.bytes, charset);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): EmuBlob {
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): EmuBlob {
    this.name = name;
    return this;
  }

  setBytes(data: number[] | Uint8Array): EmuBlob {
    this.bytes = toBytes(data);
    return this;
  }

  setDataFromString(text: string): EmuBlob {
    this.bytes = toBytes(text);
    return this;
  }

  copyBlob(): EmuBlob {
    return new EmuBlob(this.bytes, this.contentType, this.name);
  }

  isGoogleType(): boolean {
    return false;
  }

  /**
   * The emulator converts nothing: asking a PDF blob for a PDF is the only conversion it
   * can do honestly. Like Apps Script, the copy's name gets the new extension.
   */
  getAs(contentType: string): EmuBlob {
    if (contentType !== this.contentType) {
      throw new Error(`Converting from ${this.contentType ?? 'unknown'} to ${contentType} is not supported.`);
    }
    const copy = this.copyBlob();
    if (this.name && contentType === 'application/pdf' && !/\.pdf$/i.test(this.name)) {
      copy.setName(this.name.replace(/\.[^.]*$/, '') + '.pdf');
    }
    return copy;
  }

  /** Emulator-only access to the raw bytes (no copy of the signed array). */
  rawBytes(): Uint8Array {
    return new Uint8Array(this.bytes);
  }
}

export function newBlob(data: BlobSource, contentType?: string, name?: string): EmuBlob {
  // A blob made from a string is text/plain unless told otherwise (bytes have no type).
  return new EmuBlob(
    toBytes(data),
    contentType ?? (typeof data === 'string' ? 'text/plain' : null),
    name ?? null,
  );
}

/** Utilities.newBlob as a counted service call, for whoever assembles the Utilities global. */
export function createCountedNewBlob(log: CallLog) {
  return (data: BlobSource, contentType?: string, name?: string): EmuBlob => {
    log.record('Utilities', 'newBlob');
    return newBlob(data, contentType, name);
  };
}

/** Anything that looks like a Blob (ours or another emulator's): read its bytes. */
export function blobBytes(blob: unknown): Uint8Array {
  const b = blob as { rawBytes?: () => Uint8Array; getBytes?: () => number[] };
  if (b && typeof b.rawBytes === 'function') return b.rawBytes();
  if (b && typeof b.getBytes === 'function') return toBytes(b.getBytes());
  throw new Error('Expected a Blob as media data.');
}

export function blobContentType(blob: unknown): string | null {
  const b = blob as { getContentType?: () => string | null };
  return b && typeof b.getContentType === 'function' ? b.getContentType() : null;
}
