import { flag, type IacRule } from '../../../model/violation';
import {
  azureResources,
  describeSetting,
  flagNode,
  label,
  readBool,
  readText,
  setting,
} from '../../../azure/azure-resource';

const GATEWAY = {
  terraform: ['azurerm_application_gateway'],
  arm: ['Microsoft.Network/applicationGateways'],
};

const rule: IacRule = {
  meta: {
    id: 'azure-network-app-gateway-without-waf',
    title: 'Application gateway has no web application firewall',
    severity: 'high',
    description:
      'An application gateway publishes web applications to the Internet; without the WAF tier and an enabled firewall (or a WAF policy) it forwards SQL injection, cross-site scripting and other OWASP attacks to the backends untouched.',
    remediation:
      'Use the `WAF_v2` SKU tier and attach a WAF policy (`firewall_policy_id` / `firewallPolicy`) or enable `waf_configuration` / `webApplicationFirewallConfiguration`, preferably in Prevention mode.',
    links: [
      'https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/ag-overview',
      'https://learn.microsoft.com/en-us/azure/application-gateway/overview',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'SI-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['6.4.1', '6.4.2'],
    },
    aliases: ['CKV_AZURE_120'],
  },
  check(model) {
    return azureResources(model, GATEWAY).flatMap((gateway) => {
      const tier = setting(gateway, { terraform: 'sku.tier', arm: 'properties.sku.tier' });
      const tierText = readText(tier.node);
      if (tierText === undefined || tierText === 'unknown') return [];
      if (!/^waf(_v2)?$/i.test(tierText)) {
        return [
          flag(
            gateway,
            flagNode(tier),
            `${label(gateway)} has no web application firewall: ${describeSetting(tier)}, not WAF_v2`,
          ),
        ];
      }
      const policy = setting(gateway, { terraform: 'firewall_policy_id', arm: 'properties.firewallPolicy' });
      const enabled = setting(gateway, {
        terraform: 'waf_configuration.enabled',
        arm: 'properties.webApplicationFirewallConfiguration.enabled',
      });
      const state = readBool(enabled.node);
      if (policy.node || state === true || state === 'unknown') return [];
      const why =
        state === false
          ? describeSetting(enabled)
          : `neither ${enabled.name.replace(/\.enabled$/, '')} nor ${policy.name} is set`;
      return [
        flag(gateway, flagNode(enabled), `${label(gateway)} has the WAF tier but no active firewall: ${why}`),
      ];
    });
  },
};

export default rule;
