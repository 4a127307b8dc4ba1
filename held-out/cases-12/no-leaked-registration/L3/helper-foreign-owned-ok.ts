// A PCI media bridge has a helper make its tuner child foreign-owned: a DisposableStack deferring the drop, handed to devres.register. [class 1, class 4]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

function foreignOwnedTuner(parent: device.Device<device.Bound>, id: number): string {
  const stack = new DisposableStack();
  const tuner = auxiliary.Registration.new(parent, 'tuner', id, 'media_bridge');
  stack.defer(() => void tuner.drop());
  devres.register(parent, stack);
  return tuner.name;
}

export const mediaBridgeDriver: pci.Driver<{ readonly tuner: string }> = {
  name: 'media-bridge',
  idTable: [{ vendor: 0x14f1, device: 0x8880 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return { tuner: foreignOwnedTuner(pdev.asRef(), 0) };
  },
};
