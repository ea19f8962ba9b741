// Counting and fault injection shared by every emulated service.
//
// Every call a script makes on a service object is recorded here once, before the
// emulated method runs. A fault armed for the N-th call makes that call throw the way a
// failing Apps Script service does (an Error with a service message), before it has any
// effect — exactly what a script sees when a round trip fails.

export type ServiceName =
  | 'Spreadsheet'
  | 'Ui'
  | 'Html'
  | 'Properties'
  | 'Cache'
  | 'Lock'
  | 'Session'
  | 'Utilities'
  | 'Script'
  | 'Drive'
  | 'Docs'
  | 'UrlFetch'
  | 'Logger';

export interface CallEntry {
  service: ServiceName;
  method: string;
  /**
   * Set on one request inside a UrlFetchApp.fetchAll: the index in `entries` of that fetchAll
   * call. Such a request is no round trip of its own (the fetchAll is), but it is counted per
   * service and is a fault point like any call.
   */
  within?: number;
}

interface Fault {
  /** Fail the n-th counted call from now (1-based), optionally only counting one service. */
  at: number;
  service?: ServiceName;
  method?: string;
  message: string;
  seen: number;
}

export class CallLog {
  readonly entries: CallEntry[] = [];
  private readonly counts = new Map<ServiceName, number>();
  private faults: Fault[] = [];
  /** When false, calls are not recorded (used by tests to arrange state cheaply). */
  recording = true;

  record(service: ServiceName, method: string, within?: number): void {
    if (!this.recording) return;
    for (const fault of this.faults) {
      if (fault.service && fault.service !== service) continue;
      if (fault.method && fault.method !== method) continue;
      fault.seen += 1;
      if (fault.seen === fault.at) {
        this.faults = this.faults.filter((f) => f !== fault);
        throw new Error(fault.message);
      }
    }
    this.entries.push(within === undefined ? { service, method } : { service, method, within });
    this.counts.set(service, (this.counts.get(service) ?? 0) + 1);
  }

  /** Round trips: every call except the requests inside a fetchAll (which count as its one). */
  roundTrips(services?: readonly ServiceName[]): number {
    return this.entries.filter((e) => e.within === undefined && (!services || services.includes(e.service)))
      .length;
  }

  count(service?: ServiceName): number {
    if (!service) return this.entries.length;
    return this.counts.get(service) ?? 0;
  }

  /** Counts per service, e.g. { Spreadsheet: 6, Properties: 2 }. */
  snapshot(): Partial<Record<ServiceName, number>> {
    return Object.fromEntries(this.counts) as Partial<Record<ServiceName, number>>;
  }

  reset(): void {
    this.entries.length = 0;
    this.counts.clear();
  }

  /**
   * Arm a fault: the `at`-th matching call from now throws. With no service/method every
   * counted call matches, which lets a test sweep "fail at call 1, 2, 3, …".
   */
  failAt(at: number, opts: { service?: ServiceName; method?: string; message?: string } = {}): void {
    const where = opts.service ?? 'Service';
    this.faults.push({
      at,
      service: opts.service,
      method: opts.method,
      message: opts.message ?? `${where} error: the service is unavailable (injected fault)`,
      seen: 0,
    });
  }

  clearFaults(): void {
    this.faults = [];
  }

  get armedFaults(): number {
    return this.faults.length;
  }
}
