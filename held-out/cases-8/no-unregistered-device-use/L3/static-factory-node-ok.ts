// A DrmNode class with a static factory moves the UnregisteredDevice once; the probe keeps only the node.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export class DrmNode {
  private constructor(readonly reg: drm.Registration<AuxDrm>) {}

  static create(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): DrmNode {
    return new DrmNode(drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0));
  }

  get name(): string {
    return this.reg.device().name;
  }
}

export const factoryDriver: auxiliary.Driver<{ readonly node: DrmNode }> = {
  name: 'b8f-factory',
  idTable: [{ modname: 'b8f_gpu', name: 'factory' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data.frames = 4;
    const node = DrmNode.create(adev, udev, 'factory');
    adev.asRef().info(`node ${node.name}`);
    return { node };
  },
};
