// How many diplomas one click asks for (the diplomas sidebar's batch size), from the same
// latency model as `npm run bench` (dev/bench/latency.ts, whose figures are assumptions, not
// measurements). One generateDiplomas call costs a constant (lock, the sheets, the folder, its
// listing, the template), four parallel waves (copy, merge, export, upload: each as slow as
// its slowest request) per round of at most DIPLOMA_ROUND_SIZE women, the combined PDF, and a
// per-diploma allowance for work that does grow with the women (building upload bodies,
// merging the combined PDF's pages in the script). The sidebar asks for the largest batch
// whose estimate stays under CALL_TARGET_MS, a sixth of Apps Script's 6 minutes, so a model
// off by a factor of five still ends inside the limit (and the server's soft deadline stops
// starting new rounds after 3.5 minutes anyway).
import { BATCH_LIMITS } from './diplomas';

export const DIPLOMA_ROUND_SIZE = 25;

export const PACE_MS = {
  /** Lock, Properties, the sheets, folder, listing and template reads (bench: ≈ 3 s). */
  fixed: 4000,
  /** One round: copy 400 + merge 500 + export 1,500 + upload 400. */
  round: 2800,
  /** The combined PDF: one export wave of the earlier diplomas and one upload. */
  combined: 2000,
  /** Per diploma: payloads and PDF pages handled in the script. */
  perDiploma: 150,
} as const;

/** A sixth of Apps Script's 6-minute limit per execution. */
export const CALL_TARGET_MS = 60_000;

/** The estimated time of one call making `n` diplomas (and the combined PDF). */
export function estimateCallMs(n: number): number {
  const rounds = Math.max(1, Math.ceil(n / DIPLOMA_ROUND_SIZE));
  return PACE_MS.fixed + rounds * PACE_MS.round + PACE_MS.combined + n * PACE_MS.perDiploma;
}

/** The batch size for the next click: as many as fit the target, within 1–50. */
export function chooseBatchSize(remaining: number): number {
  let n = Math.max(BATCH_LIMITS.min, Math.min(BATCH_LIMITS.max, Math.floor(remaining) || BATCH_LIMITS.min));
  while (n > BATCH_LIMITS.min && estimateCallMs(n) > CALL_TARGET_MS) n--;
  return n;
}
