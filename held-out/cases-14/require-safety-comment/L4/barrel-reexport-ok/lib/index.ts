// Helper module of the barrel-reexport-ok case.
export { registeredName as asRegisteredName, plainName } from './assume.js';
