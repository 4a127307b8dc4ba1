// The bring-up library's barrel.
export { describePending as describe, describeLive } from './describe.js';
