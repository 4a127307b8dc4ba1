// A class-based PCI driver tags its unregistered device through a private method, called after the device was moved. [class 6]
import { drm, type device, type pci } from '@bindsafe/kernel';

interface TagData {
  tag: string;
}
type TagDrm = drm.Driver<TagData, { readonly engines: number }, {}, 'pci'>;

const tagDrm: TagDrm = {
  info: { name: 'taggpu', desc: 'Tagged GPU', major: 0, minor: 1, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {},
};

class TagGpuDriver implements pci.Driver<{ readonly reg: drm.Registration<TagDrm> }> {
  readonly name = 'taggpu';
  readonly idTable = [{ vendor: 0x1234, device: 0x4321 }];

  #tag(udev: drm.UnregisteredDevice<TagDrm>, pdev: pci.Device<device.Bound>): void {
    udev.data.tag = `${pdev.name}/${udev.name}`;
  }

  probe(pdev: pci.Device<device.Core>): { readonly reg: drm.Registration<TagDrm> } {
    const udev = drm.UnregisteredDevice.new(tagDrm, pdev, { tag: '' });
    const reg = drm.Registration.new(pdev, udev, { engines: 2 }, 0);
    this.#tag(udev, pdev); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  }
}

export const tagGpuDriver = new TagGpuDriver();
