// debugfs-style register dump support: remembers one revocable BAR container to dump on request.
import type { devres, pci } from '@bindsafe/kernel';

let g_dump_regs: devres.Devres<pci.Bar> | undefined;
let g_dump_len = 0;

export function dbg_stash(regs: devres.Devres<pci.Bar>, len: number): number {
  if (len <= 0) return -22;
  g_dump_regs = regs;
  g_dump_len = len;
  return 0;
}

export function dbg_dump(out: number[]): number {
  const regs = g_dump_regs;
  if (regs === undefined) return -19;
  const rc = regs.tryAccessWith((bar) => {
    for (let off = 0; off < g_dump_len; off += 4) out.push(bar.read32(off));
    return out.length;
  });
  return rc ?? -19;
}
