// An imported static tagged method called with a /* SAFETY: */ block comment, inside a labelled loop.
import type { device } from '@bindsafe/kernel';
import { RegisterFile } from './hw/regs.js';

export function firstDump(devs: readonly device.Device[], skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  scan: for (const dev of devs) {
    if (skip.has(dev.name)) continue scan;
    /* SAFETY: the devices are children created and bound by our own probe, which is running. */
    const lines = RegisterFile.dump(dev);
    out.push(...lines);
    break scan;
  }
  return out;
}
