import type { DiagnosticFacts } from './diagnostic-facts.js';
import { busNamespaces, ModelTypes, type ModelType } from './model-types.js';

/** The items of model.md "What tsc must reject", plus the fallback for other model-type errors. */
export type ContractItem =
  | 'core-only-call'
  | 'registered-only-on-unregistered'
  | 'bound-only-call'
  | 'normal-where-bound-required'
  | 'bound-where-core-required'
  | 'registered-where-unregistered-required'
  | 'mixing-bus-device-types'
  | 'ioctl-handler-argument-types'
  | 'device-by-hand'
  | 'model-types';

export interface Rewording {
  readonly item: ContractItem;
  /** The binding rule the error breaks, for a reader. */
  readonly rule: string;
}

/** Operations only a registered DRM device has (model.md, `drm.Device`: "Registered-only"). */
const registeredOnly = new Set(['unbindGuard', 'withUnbindGuard', 'ioctl', 'openFile']);

const code = (text: string): string => `\`${text}\``;

/** Who requires the type, when it is not a named callee. */
const requirer = {
  parameter: 'the parameter',
  declaration: 'the type declared here',
  assignment: 'the assignment target',
  cast: 'the cast',
  context: 'this place',
} as const;
const show = (type: ModelType): string => code(ModelTypes.display(type));
const strength = ModelTypes.strength;

/**
 * The binding rule behind a tsc error, or undefined when the error does not involve the model's
 * types (then it is `tsc`'s business, not bindsafe's).
 */
export function reword(facts: DiagnosticFacts): Rewording | undefined {
  switch (facts.shape) {
    case 'construct':
      return facts.constructed ? byHand(facts.constructed) : undefined;
    case 'this':
      return rewordThis(facts.member, facts.actual, facts.expected);
    case 'member':
      return rewordMember(facts.member, facts.actual);
    case 'assign':
      return rewordAssign(facts);
  }
}

function rewordThis(member: string, actual: ModelType | undefined, expected: ModelType | undefined): Rewording | undefined {
  const call = code(`${member}()`);
  if (actual && expected) {
    const has = strength(actual.context);
    if ((expected.context === 'Core' || expected.context === 'CoreInternal') && (actual.context === 'Bound' || actual.context === 'Normal')) {
      const proves =
        actual.context === 'Bound'
          ? 'proves the device is bound, not that a callback of it is running'
          : 'proves nothing about binding, let alone that a callback of it is running';
      return {
        item: 'core-only-call',
        rule: `${call} may only be called on the ${show(expected)} a bus callback receives (probe, unbind): a ${show(actual)} ${proves}. Call it in probe or unbind, on the callback's own device.`,
      };
    }
    if (expected.context === 'Registered' && actual.context === 'Uninit') return registeredOnlyCall(call, actual);
    if (expected.context === 'Bound' && actual.context === 'Normal' && has < strength('Bound')) {
      return {
        item: 'bound-only-call',
        rule: `A ${show(actual)} proves nothing about binding: ${call} needs a ${show(expected)} (the device bound to this driver: the probe argument, or a guard's parent), because what it sets up is released at unbind. Use the bound device inside its scope instead of a stored handle.`,
      };
    }
  }
  const involved = actual ?? expected;
  return involved ? generic(involved) : undefined;
}

function registeredOnlyCall(call: string, actual: ModelType): Rewording {
  return {
    item: 'registered-only-on-unregistered',
    rule: `${call} needs a registered DRM device: a ${show(actual)} is not registered, so there is no critical section to enter and nothing keeps its parent bound. Register it with \`drm.Registration.new\` and use \`registration.device()\`.`,
  };
}

function rewordMember(member: string, actual: ModelType | undefined): Rewording | undefined {
  if (!actual) return undefined;
  if (actual.namespace === 'drm' && actual.name === 'UnregisteredDevice' && registeredOnly.has(member)) {
    return registeredOnlyCall(code(`${member}()`), actual);
  }
  return {
    item: 'model-types',
    rule: `${code(member)} is not part of ${show(actual)}: the model offers on each type only what its binding rules allow there.`,
  };
}

function rewordAssign(facts: Extract<DiagnosticFacts, { shape: 'assign' }>): Rewording | undefined {
  const { actual, expected, callee } = facts;
  const where = callee ? code(callee) : requirer[facts.target];
  if (facts.ioctlHandler) {
    return {
      item: 'ioctl-handler-argument-types',
      rule: 'An ioctl handler is called as `(dev, regData, arg, file)` with its driver\'s own types (the registered `drm.Device`, the registration data, the ioctl\'s argument, the `drm.File`); a handler declaring other parameter types would read them as something they are not. Declare the parameters with the driver\'s types, or leave them to inference.',
    };
  }
  if (!expected) return actual ? generic(actual) : undefined;
  if (!actual) {
    if (facts.literal && isDevice(expected)) {
      return {
        item: 'device-by-hand',
        rule: `An object literal is not a ${show(expected)}: devices are made only by the driver core, and their private state is what proves the binding, so a device built by hand would claim a binding nobody holds.`,
      };
    }
    return generic(expected);
  }
  if (expected.namespace === 'drm' && expected.name === 'UnregisteredDevice' && actual.namespace === 'drm' && actual.name === 'Device') {
    const why =
      actual.context === 'Uninit'
        ? `a ${show(actual)} is not one: it is a view of a DRM device that may already be registered`
        : `a ${show(actual)} is already registered`;
    return {
      item: 'registered-where-unregistered-required',
      rule: `${where} needs the \`drm.UnregisteredDevice\` made by \`drm.UnregisteredDevice.new\`, which it consumes; ${why}, and a device is registered only once.`,
    };
  }
  if (isDevice(actual) && isDevice(expected) && actual.namespace !== expected.namespace) return mixing(actual, expected);
  if (isDevice(actual) && isDevice(expected) && strength(actual.context) < strength(expected.context)) {
    if (expected.context === 'Registered') {
      return {
        item: 'registered-only-on-unregistered',
        rule: `A ${show(actual)} is not registered: ${where} needs a ${show(expected)}. Use the device of the registration (\`registration.device()\`).`,
      };
    }
    if (actual.context === 'Normal') {
      return {
        item: 'normal-where-bound-required',
        rule: `A ${show(actual)} proves nothing about binding: ${where} needs a ${show(expected)}, which only probe, unbind and a guard's critical section hand out. Use the bound device inside its scope instead of a stored handle.`,
      };
    }
    return {
      item: 'bound-where-core-required',
      rule: `A ${show(actual)} proves the device is bound, not that a bus callback is running: ${where} needs a ${show(expected)}, which only probe and unbind receive.`,
    };
  }
  return generic(actual);
}

function mixing(actual: ModelType, expected: ModelType): Rewording {
  let advice: string;
  if (expected.namespace === 'device') advice = 'use `.asRef()` for the generic `device.Device` of the same context.';
  else if (actual.namespace === 'device') advice = `convert the generic device with \`${expected.namespace}.Device.fromDevice()\`.`;
  else advice = "the driver's `bus` decides which parent device it takes.";
  const buses = [actual.namespace, expected.namespace].every((ns) => ns !== undefined && busNamespaces.has(ns));
  const lead = buses ? 'a device of one bus never stands in for another\'s' : 'a bus device and the generic device are different types';
  return {
    item: 'mixing-bus-device-types',
    rule: `A ${show(actual)} is not a ${show(expected)}: ${lead}; ${advice}`,
  };
}

function byHand(constructed: ModelType): Rewording {
  const [what, claim] = isDevice(constructed)
    ? ['device', 'a binding nobody holds']
    : /Guard$/.test(constructed.name)
      ? ['guard', 'a critical section nobody entered']
      : ['value', 'a state the model never granted'];
  const qualified = code(constructed.namespace ? `${constructed.namespace}.${constructed.name}` : constructed.name);
  return {
    item: 'device-by-hand',
    rule: `${qualified} has no public constructor: only the driver core makes one, so a ${what} built by hand would claim ${claim}. Use the one the model hands out${what === 'device' ? ' (a bus callback\'s argument, or `toNormal()` for a handle)' : ''}.`,
  };
}

function generic(involved: ModelType): Rewording {
  return {
    item: 'model-types',
    rule: `This use of ${show(involved)} breaks the model's type contract: its types encode the binding rules, so a value the types reject would break one of them.`,
  };
}

function isDevice(type: ModelType): boolean {
  return type.name === 'Device';
}
