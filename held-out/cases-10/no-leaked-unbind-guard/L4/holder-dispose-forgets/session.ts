// A register session class that keeps the guard but whose dispose method only clears its log.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class RegSession implements Disposable {
  readonly lines: string[] = [];

  constructor(readonly guard: drm.UnbindGuard<GpuDrm>) {}

  note(line: string): void {
    this.lines.push(line);
  }

  [Symbol.dispose](): void {
    this.lines.length = 0;
  }
}
