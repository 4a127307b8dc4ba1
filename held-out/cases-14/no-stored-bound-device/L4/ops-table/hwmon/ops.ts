// hwmon core: a function-pointer table the chip drivers call into.
import type { platform } from '@bindsafe/kernel';

export interface HwmonOps {
  attach(io: platform.IoMem, nsensors: number): number;
  read(ch: number): number;
}

let g_hwmon_io: platform.IoMem | null = null;
let g_nsensors = 0;

function hwmon_attach(io: platform.IoMem, nsensors: number): number {
  if (g_hwmon_io !== null) return -16;
  g_hwmon_io = io;
  g_nsensors = nsensors;
  return 0;
}

function hwmon_read(ch: number): number {
  if (g_hwmon_io === null || ch >= g_nsensors) return -22;
  return g_hwmon_io.read32(ch * 4);
}

export const hwmon_ops: HwmonOps = { attach: hwmon_attach, read: hwmon_read };
