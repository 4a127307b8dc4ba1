// Barrel.
export { DeviceRef, knownRefs } from './refs.js';
