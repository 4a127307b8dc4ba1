// The lib barrel: re-exports the gate helper under its public name.
export { enterGate as open } from './gate.js';
