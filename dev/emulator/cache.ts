// CacheService: document, script and user caches with expiry by the emulator clock.
// Limits as documented: values up to 100 KB, keys up to 250 characters, TTL at most
// 6 hours (default 10 minutes).

import { serviceClass } from './counting';
import type { Env } from './env';
import { fail } from './env';

export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_KEY_LIMIT = 250;
const DEFAULT_TTL = 600;
const MAX_TTL = 21600;

interface Entry {
  value: string;
  expires: number;
}
export type CacheStores = Record<'document' | 'script' | 'user', Map<string, Entry>>;

export function emptyCaches(): CacheStores {
  return { document: new Map(), script: new Map(), user: new Map() };
}

export class Cache {
  constructor(
    private readonly env: Env,
    private readonly entries: Map<string, Entry>,
  ) {}

  private key(key: unknown): string {
    if (key === null || key === undefined) fail(this.env, 'Invalid argument: key');
    const k = String(key);
    if (k.length > CACHE_KEY_LIMIT) fail(this.env, 'Argument too large: key');
    return k;
  }
  private entry(key: string, value: unknown, ttl: number | undefined): Entry {
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > CACHE_VALUE_LIMIT) fail(this.env, 'Argument too large: value');
    const seconds = ttl === undefined ? DEFAULT_TTL : Math.min(Math.max(1, Number(ttl)), MAX_TTL);
    return { value: text, expires: this.env.now() + seconds * 1000 };
  }

  get(key: string) {
    const k = this.key(key);
    const e = this.entries.get(k);
    if (!e) return null;
    if (e.expires <= this.env.now()) {
      this.entries.delete(k);
      return null;
    }
    return e.value;
  }
  put(key: string, value: unknown, expirationInSeconds?: number) {
    this.entries.set(this.key(key), this.entry(key, value, expirationInSeconds));
    return null;
  }
  putAll(values: Record<string, unknown>, expirationInSeconds?: number) {
    const batch = Object.entries(values).map(
      ([k, v]) => [this.key(k), this.entry(k, v, expirationInSeconds)] as const,
    );
    for (const [k, e] of batch) this.entries.set(k, e);
    return null;
  }
  getAll(keys: string[]) {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  remove(key: string) {
    this.entries.delete(this.key(key));
    return null;
  }
  removeAll(keys: string[]) {
    for (const k of keys) this.entries.delete(this.key(k));
    return null;
  }
}
serviceClass(Cache, 'Cache');

export class CacheService {
  constructor(
    private readonly env: Env,
    private readonly caches: CacheStores,
  ) {}
  getDocumentCache() {
    return new Cache(this.env, this.caches.document);
  }
  getScriptCache() {
    return new Cache(this.env, this.caches.script);
  }
  getUserCache() {
    return new Cache(this.env, this.caches.user);
  }
}
serviceClass(CacheService, 'Cache');
