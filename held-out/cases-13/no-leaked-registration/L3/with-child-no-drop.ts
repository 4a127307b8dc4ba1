// A generic withChild<T> helper hands the child to a callback and never drops it. [class 7]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

function withChild<T>(parent: device.Device<device.Bound>, name: string, use: (child: auxiliary.Registration) => T): T {
  const child = auxiliary.Registration.new(parent, name, 0, 'spi');
  return use(child);
}

export const spiDriver: platform.Driver<{ readonly flashId: string }> = {
  name: 'spi-ctl',
  idTable: [{ compatible: 'vendor,spi' }],
  probe(pdev) {
    const flashId = withChild(pdev.asRef(), 'nor', (c) => c.name.toUpperCase()); // expect: bindsafe/no-leaked-registration
    return { flashId };
  },
};
