// Formatting helpers of a GPU driver's debugfs: read during the call, return strings.
import type { pci } from '@bindsafe/kernel';
import type { GpuRegData } from '../../../../cases/_shared/gpu-drm.js';

function formatBar(bar: pci.Bar): string {
  return `bar0 ${bar.size} bytes, status ${bar.read32(0).toString(16)}`;
}

export function summarize(data: GpuRegData): string {
  return [formatBar(data.bar), `vram ${data.vramSize}`, `${data.log.length} log lines`].join('\n');
}
