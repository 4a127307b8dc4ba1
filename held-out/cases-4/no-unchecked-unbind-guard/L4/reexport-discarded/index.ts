// The barrel: re-exports the PM helper under another name.
export { hold as pinDevice } from './pm.js';
