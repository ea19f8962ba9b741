// PropertiesService: three separate string stores with the documented quotas
// (9 KB per value, 500 KB per store). Values are converted to strings like Apps Script.

import { serviceClass } from './counting';
import type { Env } from './env';
import { fail } from './env';

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export type PropertyStoreName = 'document' | 'script' | 'user';
export type PropertyStores = Record<PropertyStoreName, Map<string, string>>;

export function emptyStores(): PropertyStores {
  return { document: new Map(), script: new Map(), user: new Map() };
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export class Properties {
  constructor(
    private readonly env: Env,
    private readonly store: Map<string, string>,
  ) {}

  private checkKey(key: unknown): string {
    if (key === null || key === undefined) fail(this.env, 'Invalid argument: key');
    return String(key);
  }
  /** Validates a batch against the quotas before any of it is stored. */
  private checkQuota(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(v) > PROPERTY_VALUE_LIMIT) fail(this.env, 'Argument too large: value');
      total += bytes(k) + bytes(v);
    }
    if (total > PROPERTY_STORE_LIMIT)
      fail(
        this.env,
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
  }
  private commit(next: Map<string, string>): void {
    this.checkQuota(next);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  getProperty(key: string) {
    return this.store.get(this.checkKey(key)) ?? null;
  }
  setProperty(key: string, value: unknown) {
    const next = new Map(this.store);
    next.set(this.checkKey(key), String(value));
    this.commit(next);
    return this;
  }
  getProperties() {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false) {
    if (properties === null || typeof properties !== 'object') fail(this.env, 'Invalid argument: properties');
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this.commit(next);
    return this;
  }
  getKeys() {
    return [...this.store.keys()];
  }
  deleteProperty(key: string) {
    this.store.delete(this.checkKey(key));
    return this;
  }
  deleteAllProperties() {
    this.store.clear();
    return this;
  }
}
serviceClass(Properties, 'Properties');

export class PropertiesService {
  constructor(
    private readonly env: Env,
    private readonly stores: PropertyStores,
  ) {}
  getDocumentProperties() {
    return new Properties(this.env, this.stores.document);
  }
  getScriptProperties() {
    return new Properties(this.env, this.stores.script);
  }
  getUserProperties() {
    return new Properties(this.env, this.stores.user);
  }
}
serviceClass(PropertiesService, 'Properties');
