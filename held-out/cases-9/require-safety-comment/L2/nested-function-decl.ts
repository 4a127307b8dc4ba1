// A platform DSP writes a nested function declaration under a SAFETY comment: the comment does not reach into its body, so the body's call is missing one.
import type { device, devres, platform } from '@bindsafe/kernel';

interface DspData {
  readonly handle: device.Device;
  readonly mem: devres.Devres<platform.IoMem>;
}

export const dspDriver: platform.Driver<DspData> = {
  name: 'h9-dsp',
  idTable: [{ compatible: 'acme,dsp' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), mem: pdev.iomapResource(0) };
  },
  unbind(_pdev, data) {
    // SAFETY: unbind is running, so the device is bound. // expect: bindsafe/require-safety-comment
    function halt(): void {
      const dev = data.handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
      data.mem.access(dev).write32(1, 0x00);
    }
    halt();
  },
};
