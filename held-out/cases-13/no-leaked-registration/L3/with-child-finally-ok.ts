// withChild<T> runs the callback with the child and drops it in `finally`, whatever the callback does. [class 1, 7]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

function withChild<T>(parent: device.Device<device.Bound>, name: string, use: (child: auxiliary.Registration) => T): T {
  const child = auxiliary.Registration.new(parent, name, 0, 'spi');
  try {
    return use(child);
  } finally {
    void child.drop();
  }
}

export const spiDriver: platform.Driver<{ readonly flashId: string }> = {
  name: 'spi-ctl',
  idTable: [{ compatible: 'vendor,spi' }],
  probe(pdev) {
    const flashId = withChild(pdev.asRef(), 'nor', (c) => c.name.toUpperCase());
    return { flashId };
  },
};
