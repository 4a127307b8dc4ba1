// A uevent builder keeps strings made from the parent (template and String()), which are copies. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const uevents: string[] = [];
const labels = new Map<string, string>();

export function emitUevent(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    const { name } = parent;
    const line = `PCI_ID=${parent.vendorId.toString(16)}:${parent.deviceId.toString(16)} DEV=${name}`;
    uevents.push(line);
    labels.set(dev.name, String(parent.revision));
  });
}
