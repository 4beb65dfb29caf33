import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, flagNode, label, readBool, setting } from '../../../azure/azure-resource';
import { appServices } from '../../../azure/app-service-view';

const rule: IacRule = {
  meta: {
    id: 'azure-appservice-https-only-disabled',
    title: 'App Service app accepts plain HTTP',
    severity: 'high',
    description:
      'Unless HTTPS Only is on, an App Service app answers plain HTTP requests, so session cookies, tokens and form data can be read or modified in transit. Both Terraform and ARM leave it off by default.',
    remediation: 'Set `https_only = true` (Terraform) / `httpsOnly: true` (ARM).',
    links: [
      'https://learn.microsoft.com/en-us/azure/app-service/configure-ssl-bindings#enforce-https',
      'https://learn.microsoft.com/en-us/azure/app-service/overview-security',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'cis-azure-3.0': ['9.1'],
      'nist-800-53-r5': ['SC-8', 'SC-8(1)'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['CKV_AZURE_14', 'AVD-AZU-0004', 'AVD-AZU-0072', 'azure-appservice-enforce-https'],
  },
  check(model) {
    return appServices(model).flatMap((app) => {
      const https = setting(app, { terraform: 'https_only', arm: 'properties.httpsOnly' });
      const value = readBool(https.node);
      if (value === true || value === 'unknown') return [];
      const why = value === undefined ? `${https.name} is not set (off by default)` : describeSetting(https);
      return [flag(app, flagNode(https), `${label(app)} serves plain HTTP: ${why}`)];
    });
  },
};

export default rule;
