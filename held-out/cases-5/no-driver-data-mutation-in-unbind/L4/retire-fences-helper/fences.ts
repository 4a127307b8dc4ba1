// Fence bookkeeping shared by the driver's modules.
export interface Fence {
  readonly seqno: number;
  signalled: boolean;
}

/** Forgets every signalled fence; returns how many are still pending. */
export function retireSignalled(fences: Map<number, Fence>): number {
  for (const [seqno, fence] of fences) {
    if (fence.signalled) fences.delete(seqno);
  }
  return fences.size;
}
