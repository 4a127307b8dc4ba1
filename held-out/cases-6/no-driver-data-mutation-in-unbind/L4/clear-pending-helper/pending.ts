// Pending-fence bookkeeping shared by the DMA controller's modules.
export function abandonAll(pending: Map<number, string>): number {
  const n = pending.size;
  pending.clear();
  return n;
}
