// A user class marks its own `pokeRaw()` method @unsafe; one call is justified, the call in `flush()` is not.
import type { device, devres, pci } from '@bindsafe/kernel';

export class RingHandle {
  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  /**
   * Writes a ring register through a freshly asserted binding.
   *
   * @unsafe The caller must guarantee that the device is bound during the call.
   */
  pokeRaw(value: number, offset: number): void {
    // SAFETY: guaranteed by the caller (this method's contract).
    const bound: device.Device<device.Bound> = this.handle.asRef().unsafeAsBound();
    this.regs.access(bound).write32(value, offset);
  }

  drain(): void {
    // SAFETY: called only from the driver data's destructor, which runs before the device is unbound.
    this.pokeRaw(0x0, 0x10);
  }

  flush(): void {
    this.pokeRaw(0x1, 0x14); // expect: bindsafe/require-safety-comment
  }
}

export class RingData implements Disposable {
  constructor(readonly ring: RingHandle) {}

  [Symbol.dispose](): void {
    this.ring.flush();
    this.ring.drain();
  }
}

export const ringDriver: pci.Driver<RingData> = {
  name: 'held-ring',
  idTable: [{ vendor: 0x1af4, device: 0x1041 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return new RingData(new RingHandle(pdev.toNormal(), pdev.iomapRegion(0, 'held-ring')));
  },
};
