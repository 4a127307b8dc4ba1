export { Devres } from './devres.js';
export { RevocableGuard } from './revocable-guard.js';
export { register } from './register.js';
