// [class 8] A NIC's ioctl handlers are class methods bound into the table; one passes regData's pci device to a storing service.
import type { GetParam, GpuDrm, GpuRegData, Submit } from '../../../../cases/_shared/gpu-drm.js';
import { gpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { noteQuerier } from './stats.js';

class NicIoctls {
  getParam(_dev: unknown, regData: GpuRegData, arg: GetParam): number {
    arg.value = regData.vramSize;
    noteQuerier(regData.pdev); // expect: bindsafe/no-leaked-unbind-guard
    return 0;
  }

  submit(_dev: unknown, _regData: GpuRegData, arg: Submit): number {
    arg.seqno = arg.ring;
    return 0;
  }
}

const nic = new NicIoctls();

export const nicDrm: GpuDrm = {
  ...gpuDrm,
  ioctls: { getParam: nic.getParam.bind(nic), submit: nic.submit.bind(nic) },
};
