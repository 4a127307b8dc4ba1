import type { TSESLint } from '@typescript-eslint/utils';
import { recommendedConfig } from './configs/recommended.js';
import noDriverDataMutationInUnbind from './rules/no-driver-data-mutation-in-unbind.js';
import noLeakedRegistration from './rules/no-leaked-registration.js';
import noLeakedUnbindGuard from './rules/no-leaked-unbind-guard.js';
import noStoredBoundDevice from './rules/no-stored-bound-device.js';
import noUncheckedUnbindGuard from './rules/no-unchecked-unbind-guard.js';
import noUnregisteredDeviceUse from './rules/no-unregistered-device-use.js';
import requireSafetyComment from './rules/require-safety-comment.js';
import suppression from './rules/suppression.js';

export const rules = {
  'no-leaked-unbind-guard': noLeakedUnbindGuard,
  'no-stored-bound-device': noStoredBoundDevice,
  'no-unregistered-device-use': noUnregisteredDeviceUse,
  'no-unchecked-unbind-guard': noUncheckedUnbindGuard,
  'no-leaked-registration': noLeakedRegistration,
  'no-driver-data-mutation-in-unbind': noDriverDataMutationInUnbind,
  'require-safety-comment': requireSafetyComment,
  suppression,
};

const plugin = {
  meta: { name: 'eslint-plugin-bindsafe', version: '0.1.0' },
  rules,
  configs: {} as { recommended: TSESLint.FlatConfig.Config },
};
plugin.configs.recommended = recommendedConfig(plugin as unknown as TSESLint.FlatConfig.Plugin);

export const configs = plugin.configs;
export default plugin;
