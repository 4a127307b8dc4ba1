// A hang detector hands the registration data's BAR to a module-level Ledger (a default-exported class) from another module. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { ledger } from './ledger.js';

const HANG_STATUS = 0x2004;
const isHung = (status: number): boolean => (status & 0x1) !== 0;

export function checkHang(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  return guard.registrationDataWith((_parent, data) => {
    const hung = isHung(data.bar.read32(HANG_STATUS));
    if (hung) ledger.keep(data.bar); // expect: bindsafe/no-leaked-unbind-guard
    return hung;
  });
}
