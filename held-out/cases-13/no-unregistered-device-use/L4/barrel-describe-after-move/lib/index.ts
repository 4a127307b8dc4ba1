// The bring-up library's barrel.
export { describePending as describe } from './describe.js';
