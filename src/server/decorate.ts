// Formats, dropdowns, colours, protections and charts make the sheets readable; the values are
// the cohort's data. When Google refuses a piece of decoration (a transient error, a rule it
// will not take, an environment without that service), the request still does its real work:
// the failure is logged (its kind only, never data) and the caller retries it next time.

/** Runs one piece of decoration; false when it failed and should be tried again later. */
export function decorate(what: string, apply: () => void): boolean {
  try {
    apply();
    return true;
  } catch (error) {
    console.warn(`${what}: not applied this time (${error instanceof Error ? error.name : 'error'})`);
    return false;
  }
}
