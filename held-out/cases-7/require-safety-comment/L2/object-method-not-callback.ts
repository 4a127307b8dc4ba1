// A platform display driver writes a SAFETY comment above an object literal whose method body holds the unsafe call: a method is no callback.
import type { device, platform } from '@bindsafe/kernel';

interface PanelData {
  readonly handle: device.Device;
}

export const driver: platform.Driver<PanelData> = {
  name: 'held-panel-method',
  idTable: [{ compatible: 'vendor,panel' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    // SAFETY: the panel is still bound during its own unbind. // expect: bindsafe/require-safety-comment
    const hooks = {
      announce(message: string) {
        data.handle.unsafeAsBound().info(message); // expect: bindsafe/require-safety-comment
      },
    };
    hooks.announce('panel off');
  },
};
