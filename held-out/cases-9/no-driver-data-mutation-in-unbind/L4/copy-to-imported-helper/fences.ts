// Helper module of copy-to-imported-helper: retires signalled fences from the Map it is given.
export function retireSignalled(fences: Map<number, boolean>): number {
  let retired = 0;
  for (const [seqno, signalled] of fences) {
    if (signalled) {
      fences.delete(seqno);
      retired++;
    }
  }
  return retired;
}
