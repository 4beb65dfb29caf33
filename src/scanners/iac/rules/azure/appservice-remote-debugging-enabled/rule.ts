import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readBool } from '../../../azure/azure-resource';
import { siteConfigValues } from '../../../azure/app-service-view';

const rule: IacRule = {
  meta: {
    id: 'azure-appservice-remote-debugging-enabled',
    title: 'App Service app has remote debugging switched on',
    severity: 'medium',
    description:
      'Remote debugging opens extra ports on the app and lets a debugger attach to the running process; left on in production it widens the attack surface and can expose memory contents.',
    remediation:
      'Set `site_config.remote_debugging_enabled = false` (Terraform) / `siteConfig.remoteDebuggingEnabled: false` (ARM), or remove it (off by default).',
    links: [
      'https://learn.microsoft.com/en-us/azure/app-service/configure-common#configure-general-settings',
      'https://learn.microsoft.com/en-us/visualstudio/debugger/remote-debugging-azure-app-service',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'workload',
    compliance: {
      'cis-azure-3.0': ['9.12'],
      'nist-800-53-r5': ['CM-7'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.4'],
    },
    aliases: ['CKV_AZURE_72'],
  },
  check(model) {
    return siteConfigValues(model, 'remote_debugging_enabled', 'remoteDebuggingEnabled').flatMap((debug) => {
      if (readBool(debug.node) !== true) return [];
      return [
        flag(
          debug.resource,
          debug.node,
          `${label(debug.resource)} allows remote debugging: ${describeSetting(debug)}`,
        ),
      ];
    });
  },
};

export default rule;
