// Numbers, strings and template strings read inside the section are copies. [class 2]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

const revisions = new Map<string, number>();
let lastName = '';
const history: string[] = [];

export function sample(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  revisions.set(dev.name, guard.parent.revision);
  lastName = guard.parent.name;
  history.push(`${guard.parent.name}@${guard.parent.vendorId.toString(16)}`);
  const vram = guard.registrationDataWith((_parent, data) => data.vramSize);
  history.push(String(vram));
}

export function last(): string {
  return lastName;
}
