// An auxiliary sensor driver reports each probe to a state module that keeps the device it is given (probe's Device<Core> via asRef()). [class 2]
import type { auxiliary } from '@bindsafe/kernel';
import { noteProbe } from './state.js';

interface SensorData {
  readonly index: number;
}

export const sensorDriver: auxiliary.Driver<SensorData> = {
  name: 'held-aux-sensor',
  idTable: [{ modname: 'held_ish', name: 'sensor' }],
  probe(adev) {
    noteProbe(adev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { index: adev.id };
  },
};
