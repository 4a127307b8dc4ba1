// hwmon core: a function-pointer table the chip drivers call into; attach only calibrates during the call.
import type { platform } from '@bindsafe/kernel';

export interface HwmonOps {
  attach(io: platform.IoMem, nsensors: number): number;
  offset(ch: number): number;
}

const g_offsets: number[] = [];

function hwmon_attach(io: platform.IoMem, nsensors: number): number {
  if (nsensors > 8) return -22;
  for (let ch = 0; ch < nsensors; ch++) g_offsets[ch] = io.read32(0x80 + ch * 4);
  return 0;
}

function hwmon_offset(ch: number): number {
  return g_offsets[ch] ?? 0;
}

export const hwmon_ops: HwmonOps = { attach: hwmon_attach, offset: hwmon_offset };
