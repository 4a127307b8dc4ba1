// A PCI DMA engine stops its channel when a transfer is aborted, from an abort listener, unjustified. [class 5]
import type { devres, pci } from '@bindsafe/kernel';

export function startTransfer(pdev: pci.Device, regs: devres.Devres<pci.Bar>, channel: number): AbortController {
  const ctl = new AbortController();
  const handle = pdev.toNormal();
  ctl.signal.addEventListener(
    'abort',
    function onAbort() {
      regs.access(handle.asRef().unsafeAsBound()).write32(0, 0x200 + channel * 4); // expect: bindsafe/require-safety-comment
    },
    { once: true },
  );
  return ctl;
}
