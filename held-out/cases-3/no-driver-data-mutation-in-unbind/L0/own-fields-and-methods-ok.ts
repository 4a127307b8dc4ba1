// A class driver counts its own unbinds on `this` and asks the data's own method to stop its queue.
import type { device, devres, pci } from '@bindsafe/kernel';

class JobQueue {
  #open = true;
  readonly #jobs: string[] = [];
  submit(job: string): void {
    if (this.#open) this.#jobs.push(job);
  }
  stop(): number {
    this.#open = false;
    return this.#jobs.splice(0).length;
  }
}

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly queue: JobQueue;
}

class QueueDriver implements pci.Driver<Data> {
  readonly name = 'held-queue';
  readonly idTable = [{ vendor: 0x1b36, device: 0x0104 }];
  unbinds = 0;

  probe(pdev: pci.Device<device.Core>): Data {
    return { regs: pdev.iomapRegion(0, 'held-queue'), queue: new JobQueue() };
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<Data>): void {
    this.unbinds++;
    const dropped = data.queue.stop();
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    pdev.asRef().info(`unbind #${this.unbinds}: ${dropped} jobs dropped`);
  }
}

export const queueDriver = new QueueDriver();
