import type { devres, device } from '@bindsafe/kernel';

const history: number[] = [];

/** Records the current rate: reads the Devres<number> (a copy) and keeps the number. */
export function recordRate(rate: devres.Devres<number>, dev: device.Device<device.Bound>): number {
  const hz = rate.access(dev);
  history.push(hz);
  return hz;
}

export const lastRate = (): number | undefined => history.at(-1);
