declare const drmDevice: unique symbol;
declare const registeredWithUserspace: unique symbol;

/**
 * The DRM device context that promises nothing about registration (Lyude's `Uninit`): a device
 * that may be partly initialised and may or may not have been registered.
 *
 * Invariants: only operations that are valid before registration are available in it.
 */
export interface Uninit {
  readonly [drmDevice]: 'Uninit: may never have been registered';
}

/**
 * The DRM device context of a device that was registered with userspace at some point (the
 * default). It is not a promise that it is still registered or that its parent is bound: that
 * takes an `UnbindGuard`.
 *
 * Invariants: the device went through `drm.Registration.new`.
 */
export interface Registered extends Uninit {
  readonly [registeredWithUserspace]: 'Registered: was registered with userspace';
}
