/** Keeps only the first `keep` entries of a log, in place. */
export default function truncate(log: string[], keep = 0): void {
  log.length = Math.min(log.length, keep);
}
