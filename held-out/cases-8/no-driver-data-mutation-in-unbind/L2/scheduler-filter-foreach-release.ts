// An auxiliary job-scheduler child filters its busy slots (objects the data holds) and frees each in a callback.
import type { auxiliary, device } from '@bindsafe/kernel';

interface Slot {
  readonly id: number;
  busy: boolean;
  owner: string | undefined;
}

interface SchedData {
  readonly slots: Slot[];
}

export const schedDriver: auxiliary.Driver<SchedData> = {
  name: 'h8-sched',
  idTable: [{ modname: 'h8_npu', name: 'sched' }],
  probe(_adev: auxiliary.Device<device.Core>): SchedData {
    return { slots: [{ id: 0, busy: true, owner: 'job-7' }, { id: 1, busy: false, owner: undefined }] };
  },
  unbind(_adev, data) {
    data.slots
      .filter((slot) => slot.busy)
      .forEach((slot) => {
        slot.owner = undefined; // expect: bindsafe/no-driver-data-mutation-in-unbind
      });
  },
};
