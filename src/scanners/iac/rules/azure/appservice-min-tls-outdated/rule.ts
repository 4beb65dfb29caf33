import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readText } from '../../../azure/azure-resource';
import { siteConfigValues } from '../../../azure/app-service-view';

const rule: IacRule = {
  meta: {
    id: 'azure-appservice-min-tls-outdated',
    title: 'App Service app accepts TLS versions older than 1.2',
    severity: 'medium',
    description:
      'TLS 1.0 and 1.1 are deprecated and weak; an app that accepts them lets old or downgraded clients connect with broken encryption.',
    remediation:
      'Set `site_config.minimum_tls_version = "1.2"` (Terraform; `min_tls_version` on `azurerm_app_service`) / `siteConfig.minTlsVersion: "1.2"` (ARM), or remove the override to use the 1.2 default.',
    links: [
      'https://learn.microsoft.com/en-us/azure/app-service/configure-ssl-bindings#enforce-tls-versions',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'cis-azure-3.0': ['9.4'],
      'nist-800-53-r5': ['SC-8', 'SC-13'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(2)(ii)'],
    },
    aliases: ['CKV_AZURE_15', 'AVD-AZU-0006', 'azure-appservice-use-secure-tls-policy'],
  },
  check(model) {
    return siteConfigValues(model, ['minimum_tls_version', 'min_tls_version'], 'minTlsVersion').flatMap(
      (tls) => {
        const version = readText(tls.node);
        if (version === undefined || !/^1\.[01]$/.test(version.trim())) return [];
        return [
          flag(
            tls.resource,
            tls.node,
            `${label(tls.resource)} accepts outdated TLS: ${describeSetting(tls)}`,
          ),
        ];
      },
    );
  },
};

export default rule;
