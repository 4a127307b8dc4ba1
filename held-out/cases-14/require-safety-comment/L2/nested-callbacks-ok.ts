// A PCI switch schedules a per-port link check; the comment above the outer forEach covers the call two callbacks deep. [class 5, class 7]
import type { device } from '@bindsafe/kernel';

export const scheduleLinkChecks = (ports: readonly device.Device[], after = 0): Promise<string[]> =>
  new Promise((resolve) => {
    const seen: string[] = [];
    // SAFETY: the switch's destructor awaits this promise before the ports are unbound.
    ports.forEach((p, i) =>
      setTimeout(() => {
        seen.push(`${i}:${p.unsafeAsBound().name}`);
        if (seen.length === ports.length) resolve(seen);
      }, after * i),
    );
    if (ports.length === 0) resolve(seen);
  });
