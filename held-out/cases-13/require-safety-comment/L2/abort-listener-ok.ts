// A PCI DMA engine stops its channel when a transfer is aborted; the comment stands directly above the listener function. [class 5]
import type { devres, pci } from '@bindsafe/kernel';

export function startTransfer(pdev: pci.Device, regs: devres.Devres<pci.Bar>, channel: number): AbortController {
  const ctl = new AbortController();
  const handle = pdev.toNormal();
  ctl.signal.addEventListener(
    'abort',
    // SAFETY: the driver data aborts every transfer in its destructor, before the device is unbound.
    function onAbort() {
      regs.access(handle.asRef().unsafeAsBound()).write32(0, 0x200 + channel * 4);
    },
    { once: true },
  );
  return ctl;
}
