// A class-based ioctl table: methods bound into the driver's table delegate to a same-file helper that writes only `arg`.
import type { GetParam, GpuDrm, GpuRegData, Submit } from '../../../cases/_shared/gpu-drm.js';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

function fillParam(regData: GpuRegData, arg: GetParam): number {
  arg.value = arg.param === 0 ? regData.vramSize : regData.bar.size;
  return 0;
}

class GpuIoctlHandlers {
  calls = 0;

  getParam(_dev: unknown, regData: GpuRegData, arg: GetParam): number {
    this.calls += 1;
    return fillParam(regData, arg);
  }

  submit(_dev: unknown, regData: GpuRegData, arg: Submit): number {
    this.calls += 1;
    arg.seqno = (regData.counters[`ring${arg.ring}`] ?? 0) + 1;
    return 0;
  }
}

const handlers = new GpuIoctlHandlers();

export const classGpuDrm: GpuDrm = {
  ...gpuDrm,
  ioctls: {
    getParam: handlers.getParam.bind(handlers),
    submit: handlers.submit.bind(handlers),
  },
};
