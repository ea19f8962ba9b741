// Utilities: dates in real time zones, string formatting, UUIDs, base64, digests.
// sleep() records the requested pause instead of waiting. newBlob comes from blob.ts.

import { createHash, createHmac, randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { blobBytes, newBlob, toBytes } from './blob';
import { serviceClass } from './counting';
import { formatDate } from './dateformat';
import type { Env } from './env';
import { fail, outArray } from './env';
import { Charset, DigestAlgorithm } from './enums';
import { isValidTimeZone } from './timezone';
import { isDate } from './values';

const MAX_SLEEP_MS = 300000;

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
  MD2: 'md2',
};

function signed(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function inputBytes(data: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return Buffer.from(toBytes(data as number[]));
  return Buffer.from(String(data), 'utf8');
}

/** Java-style format string: %s, %d, %i, %f, %.Nf, %%. */
export function formatString(template: string, args: unknown[]): string {
  let i = 0;
  return String(template).replace(
    /%(\.\d+)?([sdif%])/g,
    (whole, precision: string | undefined, conv: string) => {
      if (conv === '%') return '%';
      if (i >= args.length) return whole;
      const arg = args[i++];
      if (conv === 's') return String(arg);
      if (conv === 'd' || conv === 'i') return String(Math.trunc(Number(arg)));
      const digits = precision ? Number(precision.slice(1)) : 6;
      return Number(arg).toFixed(digits);
    },
  );
}

export class Utilities {
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;
  constructor(private readonly env: Env) {}

  formatDate(date: unknown, timeZone: string, format: string) {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      fail(this.env, "The parameters don't match the method signature for Utilities.formatDate.");
    }
    // Java falls back to GMT for a zone id it does not know.
    const zone = isValidTimeZone(timeZone) ? timeZone : 'GMT';
    try {
      return formatDate(date.getTime(), zone, format);
    } catch (e) {
      return fail(this.env, (e as Error).message);
    }
  }
  formatString(template: string, ...args: unknown[]) {
    return formatString(template, args);
  }
  getUuid() {
    return randomUUID();
  }
  sleep(milliseconds: number) {
    if (!Number.isFinite(milliseconds) || milliseconds < 0 || milliseconds > MAX_SLEEP_MS)
      fail(this.env, 'Invalid argument: milliseconds');
    this.env.slept.push(milliseconds);
  }
  base64Encode(data: unknown) {
    return inputBytes(data).toString('base64');
  }
  base64EncodeWebSafe(data: unknown) {
    return inputBytes(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string) {
    return outArray(this.env, signed(Buffer.from(String(encoded), 'base64')));
  }
  base64DecodeWebSafe(encoded: string) {
    return outArray(
      this.env,
      signed(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64')),
    );
  }
  computeDigest(algorithm: string, value: unknown) {
    const name = DIGESTS[String(algorithm)];
    if (!name) fail(this.env, 'Invalid argument: algorithm');
    try {
      return outArray(this.env, signed(createHash(name).update(inputBytes(value)).digest()));
    } catch {
      return fail(this.env, `Digest algorithm ${algorithm} is not available in the emulator.`);
    }
  }
  computeHmacSha256Signature(value: unknown, key: unknown) {
    return outArray(
      this.env,
      signed(createHmac('sha256', inputBytes(key)).update(inputBytes(value)).digest()),
    );
  }
  newBlob(data: unknown, contentType?: string, name?: string) {
    return newBlob(data as string, contentType, name);
  }
  /**
   * gzip(data, name?): "gzip-compresses the provided Blob data and returns it in a new Blob
   * object" (Utilities reference); the new Blob is application/x-gzip, named `name` when given.
   */
  gzip(data: unknown, name?: string) {
    let bytes: Uint8Array;
    try {
      bytes = blobBytes(data);
    } catch {
      return fail(this.env, "The parameters don't match the method signature for Utilities.gzip.");
    }
    return newBlob(new Uint8Array(gzipSync(bytes)), 'application/x-gzip', name);
  }
  /** ungzip(src): "Uncompresses a Blob object and returns a Blob containing the uncompressed data"; not gzip data is an error. */
  ungzip(src: unknown) {
    let bytes: Uint8Array;
    try {
      bytes = blobBytes(src);
    } catch {
      return fail(this.env, "The parameters don't match the method signature for Utilities.ungzip.");
    }
    let out: Buffer;
    try {
      out = gunzipSync(bytes);
    } catch {
      return fail(this.env, 'Could not decompress gzip.');
    }
    const srcName = (src as { getName?: () => string | null }).getName?.() ?? null;
    return newBlob(new Uint8Array(out), undefined, srcName ? srcName.replace(/\.gz$/i, '') : undefined);
  }
}
serviceClass(Utilities, 'Utilities');
