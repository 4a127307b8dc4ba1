import type { ModelSpec } from './spec.js';

/**
 * `@bindsafe/kernel` described for the engine (see docs/model.md for the model itself and
 * rules.md's scope table for where each scope comes from).
 */
export const kernelSpec: ModelSpec = {
  package: '@bindsafe/kernel',
  contexts: [
    { type: 'device.Normal', scope: 'device' },
    { type: 'device.Bound', scope: 'binding' },
    { type: 'device.Core', scope: 'callback' },
    { type: 'device.CoreInternal', scope: 'callback' },
  ],
  scopedTypes: [
    { type: 'device.Device', contextParameter: 0, defaultScope: 'device' },
    { type: 'pci.Device', contextParameter: 0, defaultScope: 'device' },
    { type: 'platform.Device', contextParameter: 0, defaultScope: 'device' },
    { type: 'auxiliary.Device', contextParameter: 0, defaultScope: 'device' },
    { type: 'pci.Bar', scope: 'binding' },
    { type: 'platform.IoMem', scope: 'binding' },
    { type: 'pci.IrqRegistration', scope: 'binding' },
    { type: 'platform.IrqRegistration', scope: 'binding' },
    { type: 'devres.RevocableGuard', scope: 'binding' },
    { type: 'drm.UnbindGuard', scope: 'section' },
  ],
  drivers: [
    { type: 'pci.Driver', probe: 'probe', unbind: 'unbind', dataParameter: 1 },
    { type: 'platform.Driver', probe: 'probe', unbind: 'unbind', dataParameter: 1 },
    { type: 'auxiliary.Driver', probe: 'probe', unbind: 'unbind', dataParameter: 1 },
  ],
  handlerTables: [
    {
      type: 'drm.Driver',
      table: 'ioctls',
      sectionParameters: [1],
      signature: [
        [0, 'drm.Device'],
        [3, 'drm.File'],
      ],
    },
  ],
  guard: {
    type: 'drm.UnbindGuard',
    open: ['drm.Device#unbindGuard'],
    close: ['drm.UnbindGuard#release'],
    sectionProperties: ['drm.UnbindGuard#parent'],
  },
  guardedCallbacks: [
    { member: 'drm.Device#withUnbindGuard', callbackArgument: 0, sectionParameters: [0] },
    { member: 'drm.UnbindGuard#registrationDataWith', callbackArgument: 0, sectionParameters: [0, 1] },
  ],
  boundCallbacks: [{ member: 'devres.Devres#tryAccessWith', callbackArgument: 0, boundParameters: [0] }],
  boundResults: ['devres.Devres#access', 'devres.Devres#tryAccess'],
  derivedResults: {
    'devres.Devres#access': [0],
    'pci.Device.fromDevice': [0],
    'platform.Device.fromDevice': [0],
    'auxiliary.Device.fromDevice': [0],
    'auxiliary.Device#parent': ['receiver'],
  },
  ownership: [
    { member: 'devres.Devres', ownedArguments: [1], resultOwns: true },
    { member: 'devres.register', ownedArguments: [1], resultOwns: false },
    { member: 'drm.Registration.new', ownedArguments: [2], resultOwns: true },
    { member: 'drm.UnregisteredDevice.new', ownedArguments: [2], resultOwns: true },
  ],
  moves: [{ member: 'drm.Registration.new', movedArgument: 1 }],
  registrations: [
    {
      type: 'drm.Registration',
      create: 'drm.Registration.new',
      drop: ['drm.Registration#drop'],
      device: 'drm.Registration#device',
      droppedFlag: 'drm.Registration#dropped',
      label: '`drm.Registration`',
    },
    {
      type: 'auxiliary.Registration',
      create: 'auxiliary.Registration.new',
      drop: ['auxiliary.Registration#drop'],
      droppedFlag: 'auxiliary.Registration#dropped',
      label: '`auxiliary.Registration`',
    },
  ],
  movableType: 'drm.UnregisteredDevice',
  registeredOnly: ['drm.Device#unbindGuard', 'drm.Device#withUnbindGuard', 'drm.Device#ioctl', 'drm.Device#openFile'],
  unregisteredContexts: ['drm.Uninit'],
  handleTypes: ['devres.Devres', 'drm.Device', 'drm.File', 'drm.Registration', 'auxiliary.Registration', 'drm.UnregisteredDevice'],
  externalResults: ['drm.File#inner'],
  scopedResults: {
    'pci.Device#asRef': { result: 'receiver', type: 'device.Device' },
    'platform.Device#asRef': { result: 'receiver', type: 'device.Device' },
    'auxiliary.Device#asRef': { result: 'receiver', type: 'device.Device' },
    'pci.Device#toNormal': { result: 'device', type: 'pci.Device' },
    'platform.Device#toNormal': { result: 'device', type: 'platform.Device' },
    'auxiliary.Device#toNormal': { result: 'device', type: 'auxiliary.Device' },
    'device.Device#toNormal': { result: 'device', type: 'device.Device' },
    'device.Device#unsafeAsBound': { result: 'binding', type: 'device.Device' },
  },
  handles: ['device.Device#toNormal', 'drm.Device#toNormal'],
  retypes: ['drm.Device#assumeCtx', 'drm.UnregisteredDevice#assumeCtx'],
  bindingOwnedCallbacks: [
    ['pci.Device#requestIrq', 2],
    ['platform.Device#requestIrq', 2],
  ],
  unsafeTag: 'unsafe',
};
