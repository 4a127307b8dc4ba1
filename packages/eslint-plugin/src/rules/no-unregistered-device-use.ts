import { engineRule } from '../create-rule.js';

/** `bindsafe/no-unregistered-device-use`: see docs/rules/no-unregistered-device-use.md. */
export default engineRule('no-unregistered-device-use');
