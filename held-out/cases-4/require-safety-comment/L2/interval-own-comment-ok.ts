// A setInterval callback carries its own SAFETY comment directly above the unsafe call's statement; the data's destructor clears the interval.
import type { devres, platform } from '@bindsafe/kernel';

export class TempData implements Disposable {
  readonly timer: ReturnType<typeof setInterval>;
  readings: number[] = [];

  constructor(
    readonly handle: platform.Device,
    readonly mem: devres.Devres<platform.IoMem>,
  ) {
    this.timer = setInterval(() => {
      if (this.readings.length >= 64) this.readings.shift();
      // SAFETY: the interval is cleared in the destructor, which runs during unbind before the device is unbound.
      const dev = this.handle.asRef().unsafeAsBound();
      this.readings.push(this.mem.access(dev).read32(0x00));
    }, 500);
  }

  [Symbol.dispose](): void {
    clearInterval(this.timer);
  }
}

export const tempDriver: platform.Driver<TempData> = {
  name: 'held-temp',
  idTable: [{ compatible: 'ti,tmp102' }],
  probe(pdev) {
    return new TempData(pdev.toNormal(), pdev.iomapResource(0));
  },
};
