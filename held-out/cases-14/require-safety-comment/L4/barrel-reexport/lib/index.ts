// Helper module of the barrel-reexport case.
export { registeredName as asRegisteredName, plainName } from './assume.js';
