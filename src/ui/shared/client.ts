// A promise-based, typed client for google.script.run. Types come from src/shared (import
// type only), so no server code is ever bundled into a sidebar.
import type { ServerApi } from '../../shared/api';

export type Client = {
  [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => Promise<ReturnType<ServerApi[K]>>;
};

function call(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Unknown server function: ${name}`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

export const server = new Proxy({} as Client, {
  get:
    (_target, name) =>
    (...args: unknown[]) =>
      call(String(name), args),
});
