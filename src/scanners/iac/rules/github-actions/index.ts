import type { IacRule } from '../../model/violation';
import actionNotPinned from './action-not-pinned/rule';
import checkoutPersistCredentials from './checkout-persist-credentials/rule';
import inputInScript from './input-in-script/rule';
import officialActionNotPinned from './official-action-not-pinned/rule';
import permissionsMissing from './permissions-missing/rule';
import permissionsWriteAll from './permissions-write-all/rule';
import scriptInjection from './script-injection/rule';
import secretEchoed from './secret-echoed/rule';
import secretsInherit from './secrets-inherit/rule';
import selfHostedRunnerPr from './self-hosted-runner-pr/rule';
import unsecureCommands from './unsecure-commands/rule';
import untrustedCheckout from './untrusted-checkout/rule';

export const GITHUB_ACTIONS_RULES: IacRule[] = [
  scriptInjection,
  inputInScript,
  actionNotPinned,
  officialActionNotPinned,
  untrustedCheckout,
  permissionsMissing,
  permissionsWriteAll,
  secretsInherit,
  selfHostedRunnerPr,
  unsecureCommands,
  checkoutPersistCredentials,
  secretEchoed,
];
