// A telemetry sampler's constructor "enters" the device for its side effect and drops the result.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export class FrameSampler {
  readonly #samples: number[] = [];

  constructor(private readonly dev: AuxDevice) {
    dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  }

  record(frames: number): void {
    this.#samples.push(frames);
  }

  get count(): number {
    return this.#samples.length;
  }
}
