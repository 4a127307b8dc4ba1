// A helper makes the child foreign-owned: its drop is deferred on a stack handed to devres. [class 1]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

function newForeignOwned(parent: device.Device<device.Bound>, name: string, id: number): string {
  const child = auxiliary.Registration.new(parent, name, id, 'mei');
  const release = new DisposableStack();
  release.defer(() => void child.drop());
  devres.register(parent, release);
  return child.name;
}

export const meiDriver: pci.Driver<{ readonly hdcp: string }> = {
  name: 'mei-lite',
  idTable: [{ vendor: 0x8086, device: 0x43e0 }],
  probe(pdev) {
    const hdcp = newForeignOwned(pdev.asRef(), 'hdcp', 0);
    return { hdcp };
  },
};
