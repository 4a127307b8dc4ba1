// debugfs-style register dump support: remembers one BAR to dump on request.
import type { pci } from '@bindsafe/kernel';

let g_dump_bar: pci.Bar | undefined;
let g_dump_len = 0;

export function dbg_stash(bar: pci.Bar, len: number): number {
  if (len <= 0) return -22;
  g_dump_bar = bar;
  g_dump_len = len;
  return 0;
}

export function dbg_dump(out: number[]): number {
  if (g_dump_bar === undefined) return -19;
  for (let off = 0; off < g_dump_len; off += 4) out.push(g_dump_bar.read32(off));
  return out.length;
}
