// A work item asserting an imported static Section.open() result with ! inside an async loop.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Section } from './section.js';

export class FlushWorker {
  readonly #queue: number[] = [];

  constructor(private readonly gpu: GpuDevice) {}

  enqueue(...seqnos: number[]): void {
    this.#queue.push(...seqnos);
  }

  async run(): Promise<number> {
    let flushed = 0;
    while (this.#queue.length > 0) {
      const seqno = this.#queue.shift() ?? 0;
      await Promise.resolve();
      using guard = Section.open(this.gpu)!; // expect: bindsafe/no-unchecked-unbind-guard
      flushed += guard.registrationDataWith((_p, data) => (data.log.length > seqno ? 1 : 0));
    }
    return flushed;
  }
}
