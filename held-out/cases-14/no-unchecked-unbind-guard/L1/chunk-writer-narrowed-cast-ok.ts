// A chunked uploader writes a buffer to the BAR in fixed-size batches; it returns early for an unplugged card, and only then casts the narrowed alias. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function* chunks<T>(items: readonly T[], size: number): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export function upload(dev: GpuDevice, words: readonly number[], base = 0x1000): number {
  using held = dev.unbindGuard();
  if (held === undefined) return 0;
  const guard = held as drm.UnbindGuard<GpuDrm>;
  let offset = base;
  for (const batch of chunks(words, 16)) {
    guard.registrationDataWith((_pdev, data) => {
      for (const word of batch) data.bar.write32(word, (offset += 4));
    });
  }
  return offset - base;
}
