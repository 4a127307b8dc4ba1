// Helper module of the helper-module-bare-ok case.
import type { device } from '@bindsafe/kernel';

export type IrqStats = { readonly line: number; fired: number };

/** Only called from driver-data destructors. */
export const reportIrq = ({ line, fired }: IrqStats, dev: device.Device): string => {
  const rate = fired > 1000 ? 'storm' : fired > 0 ? 'ok' : 'silent';
  // SAFETY: driver-data destructors run during unbind, before the device is unbound.
  dev.unsafeAsBound().info(`irq ${line}: ${fired} (${rate})`);
  return rate;
};
