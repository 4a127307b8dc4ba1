// Helper module: an Engine class that keeps its IoMem in a #private field and nowhere else.
import type { platform } from '@bindsafe/kernel';

export class Engine {
  readonly #io: platform.IoMem;
  #jobs = 0;

  constructor(io: platform.IoMem) {
    this.#io = io;
  }

  submit(job: number): void {
    this.#jobs += 1;
    this.#io.write32(job, 0x08);
  }

  get jobs(): number {
    return this.#jobs;
  }
}
