// A "state changed" broadcaster keeps the latest registration-data snapshot for late subscribers. [class 4]
import type { GpuDevice, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

type Snapshot = GpuRegData & { readonly takenAt: number };
type Subscriber = (snapshot: Snapshot) => void;

let latest: Snapshot | undefined;
const subscribers: Subscriber[] = [];

export function subscribe(subscriber: Subscriber): void {
  subscribers.push(subscriber);
}

export function takeSnapshot(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    const snapshot: Snapshot = { ...data, takenAt: performance.now() };
    latest = snapshot; // expect: bindsafe/no-leaked-unbind-guard
  });
}

export function hasSnapshot(): boolean {
  return latest !== undefined;
}
