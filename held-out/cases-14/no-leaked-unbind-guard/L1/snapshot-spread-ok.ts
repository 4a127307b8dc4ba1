// A "state changed" broadcaster keeps a copy of the counters for late subscribers. [class 4]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Counters = Record<string, number>;
type Subscriber = (counters: Counters) => void;

let latest: Counters | undefined;
const subscribers: Subscriber[] = [];

export function subscribe(subscriber: Subscriber): () => void {
  subscribers.push(subscriber);
  if (latest) subscriber(latest);
  return () => void subscribers.splice(subscribers.indexOf(subscriber) >>> 0, 1);
}

export function takeSnapshot(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    latest = { ...data.counters };
  });
}
