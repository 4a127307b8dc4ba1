// An abstract controller base declares an @unsafe method; a same-file helper calls it on a subclass instance without a SAFETY comment. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

abstract class Controller {
  constructor(
    readonly handle: platform.Device,
    readonly mem: devres.Devres<platform.IoMem>,
  ) {}

  abstract get name(): string;

  /**
   * Writes a control register through a freshly asserted binding.
   *
   * @unsafe The caller must guarantee that the controller's device is bound during the call.
   */
  writeCtrl(value: number): void {
    // SAFETY: guaranteed by the caller (this method's contract).
    this.mem.access(this.handle.asRef().unsafeAsBound()).write32(value, 0x00);
  }
}

class UsbOtg extends Controller implements Disposable {
  get name(): string {
    return `otg@${this.handle.name}`;
  }

  [Symbol.dispose](): void {
    stopController(this);
  }
}

function stopController(ctrl: Controller): void {
  ctrl.handle.asRef().info(`${ctrl.name}: stopping`);
  ctrl.writeCtrl(0); // expect: bindsafe/require-safety-comment
}

export const otgDriver: platform.Driver<UsbOtg> = {
  name: 'held-dwc2',
  idTable: [{ compatible: 'snps,dwc2' }],
  probe(pdev) {
    return new UsbOtg(pdev.toNormal(), pdev.iomapResource(0));
  },
};
