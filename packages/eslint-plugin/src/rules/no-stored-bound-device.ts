import { engineRule } from '../create-rule.js';

/** `bindsafe/no-stored-bound-device`: see docs/rules/no-stored-bound-device.md. */
export default engineRule('no-stored-bound-device');
