// Type-only imports plus a summarising helper: only plain data leaves the section.
import type { GpuDevice } from '../../../_shared/gpu-drm.js';
import { summarize, type ParentSummary } from './types.js';

const summaries: ParentSummary[] = [];

export function collect(dev: GpuDevice): void {
  const summary = dev.withUnbindGuard((parent) => summarize(parent));
  if (summary) summaries.push(summary);
}
