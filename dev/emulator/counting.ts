// Counting every call a script makes on a service object. Service classes are marked
// with the service they belong to; `counted` wraps an instance in a Proxy that records
// each method call in the CallLog before running it (so an armed fault throws before any
// effect), and wraps the service objects it returns. Scripts only ever hold proxies;
// the emulator's own code works on the raw objects, so internal calls are not counted.

import type { CallLog, ServiceName } from './calls';

const SERVICE = Symbol('emulator.service');
const UNCOUNTED = Symbol('emulator.uncounted');
const OVERRIDES = Symbol('emulator.overrides');
const NEVER_COUNTED = new Set(['toString', 'valueOf', 'toJSON', 'constructor']);

const targets = new WeakMap<object, object>();
const proxies = new WeakMap<object, object>();

/**
 * Marks a class as belonging to a service; `uncounted` names local (builder) methods,
 * `overrides` methods counted under another service (SpreadsheetApp.getUi → 'Ui').
 */
export function serviceClass(
  cls: { prototype: object },
  service: ServiceName,
  uncounted: string[] = [],
  overrides: Record<string, ServiceName> = {},
): void {
  Object.defineProperty(cls.prototype, SERVICE, { value: service });
  Object.defineProperty(cls.prototype, UNCOUNTED, { value: new Set(uncounted) });
  Object.defineProperty(cls.prototype, OVERRIDES, { value: overrides });
}

export function serviceOf(value: unknown): ServiceName | undefined {
  return value !== null && typeof value === 'object'
    ? (value as Record<symbol, ServiceName>)[SERVICE]
    : undefined;
}

/** The raw object behind a proxy (or the value itself). Arrays are unwrapped one level deep. */
export function unwrap<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const raw = targets.get(value as object);
  if (raw) return raw as T;
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object' && targets.has(v))) {
    return value.map((v) => unwrap(v)) as unknown as T;
  }
  return value;
}

function wrapResult(calls: CallLog, result: unknown): unknown {
  if (serviceOf(result)) return counted(calls, result as object);
  if (Array.isArray(result) && result.length > 0 && serviceOf(result[0])) {
    for (let i = 0; i < result.length; i++) result[i] = counted(calls, result[i]);
  }
  return result;
}

export function counted<T extends object>(calls: CallLog, target: T): T {
  const raw = unwrap(target);
  const service = serviceOf(raw);
  if (!service) return raw;
  const existing = proxies.get(raw);
  if (existing) return existing as T;
  const uncounted = (raw as Record<symbol, Set<string>>)[UNCOUNTED];
  const overrides = (raw as Record<symbol, Record<string, ServiceName>>)[OVERRIDES];
  const methods = new Map<PropertyKey, unknown>();
  const proxy = new Proxy(raw, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj);
      if (typeof value !== 'function' || typeof prop === 'symbol') return value;
      let method = methods.get(prop);
      if (!method) {
        const name = String(prop);
        const skip = NEVER_COUNTED.has(name) || uncounted.has(name);
        const countAs = Object.prototype.hasOwnProperty.call(overrides, name) ? overrides[name] : service;
        method = function (this: unknown, ...args: unknown[]) {
          if (!skip) calls.record(countAs, name);
          const fn = Reflect.get(obj, prop, obj) as (...a: unknown[]) => unknown;
          return wrapResult(calls, fn.apply(obj, args.map(unwrap)));
        };
        methods.set(prop, method);
      }
      return method;
    },
  });
  targets.set(proxy, raw);
  proxies.set(raw, proxy);
  return proxy as T;
}
