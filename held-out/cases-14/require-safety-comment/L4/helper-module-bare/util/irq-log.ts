// Helper module of the helper-module-bare case.
import type { device } from '@bindsafe/kernel';

export type IrqStats = { readonly line: number; fired: number };

export const reportIrq = ({ line, fired }: IrqStats, dev: device.Device): string => {
  const rate = fired > 1000 ? 'storm' : fired > 0 ? 'ok' : 'silent';
  dev.unsafeAsBound().info(`irq ${line}: ${fired} (${rate})`); // expect: bindsafe/require-safety-comment
  return rate;
};
