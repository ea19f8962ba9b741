// What google.script.run can carry, as a type the compiler checks. Apps Script passes
// "primitives like a Number, Boolean, String, or null, as well as JavaScript objects and
// arrays that are composed of primitives, objects and arrays" (HTML service guide, "Parameters
// and return values"): a Date, a function or a class instance with methods does not arrive,
// and an `undefined` inside an array arrives as null. In this project dates cross as
// 'YYYY-MM-DD' strings and money as a number of kroner.
import type { ServerApi } from './api';

type Primitive = string | number | boolean | null;

/**
 * T with every part google.script.run cannot carry replaced by `never`, so `T extends
 * JsonSafe<T>` holds exactly when T is JSON-safe. An optional property (absent or undefined)
 * is allowed; `undefined` inside an array, `unknown`, a Date, a Map or a function is not.
 */
export type JsonSafe<T> = T extends Primitive
  ? T
  : T extends undefined
    ? never
    : T extends (...args: never[]) => unknown
      ? never
      : T extends Date | Map<unknown, unknown> | Set<unknown> | RegExp | Promise<unknown>
        ? never
        : T extends readonly (infer U)[]
          ? readonly JsonSafe<U>[]
          : T extends object
            ? {
                [K in keyof T]: undefined extends T[K]
                  ? JsonSafe<Exclude<T[K], undefined>> | undefined
                  : JsonSafe<T[K]>;
              }
            : never;

/** Parameters may be left out (optional) but, when given, must be JSON-safe. */
type SafeParams<P extends readonly unknown[]> = {
  [I in keyof P]: JsonSafe<Exclude<P[I], undefined>> | undefined;
};

type IsSafe<T> = [T] extends [JsonSafe<T>] ? true : false;
/** A function's result may be void (arrives as null); anything else must be JSON-safe. */
type ResultIsSafe<R> = [R] extends [void] ? true : IsSafe<R>;

/** The names of ServerApi's functions whose parameters or result google.script.run cannot carry. */
export type NotJsonSafe<Api> = {
  [K in keyof Api]: Api[K] extends (...args: infer P) => infer R
    ? [P] extends [SafeParams<P>]
      ? ResultIsSafe<R> extends true
        ? never
        : K
      : K
    : K;
}[keyof Api];

/** Compiles only when T is never. */
type MustBeEmpty<T extends never> = T;

/**
 * The compile-time check (`npm run lint`): a function of ServerApi whose parameters or result
 * are not JSON-safe makes this line an error that names it ("Type '"name"' does not satisfy the
 * constraint 'never'").
 */
export type _ServerApiIsJsonSafe = MustBeEmpty<NotJsonSafe<ServerApi>>;
