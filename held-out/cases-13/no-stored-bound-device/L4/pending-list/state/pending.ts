// Deferred-probe bookkeeping shared by the board's drivers: devices waiting for their supplier.
import type { device } from '@bindsafe/kernel';

export const waitingForSupplier: device.Device<device.Bound>[] = [];
