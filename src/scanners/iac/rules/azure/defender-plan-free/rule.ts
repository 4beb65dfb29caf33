import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readText } from '../../../azure/azure-resource';
import { defenderPlans } from '../../../azure/monitor-view';

const rule: IacRule = {
  meta: {
    id: 'azure-defender-plan-free',
    title: 'Microsoft Defender for Cloud plan is on the Free tier',
    severity: 'medium',
    description:
      'On the Free tier, Defender for Cloud only assesses configuration; threat detection, vulnerability assessment and alerts for servers, databases, storage, containers and key vaults need the Standard tier of each plan.',
    remediation:
      'Set `tier = "Standard"` on `azurerm_security_center_subscription_pricing` (Terraform) / `pricingTier: "Standard"` on `Microsoft.Security/pricings` (ARM) for the plans that protect your workloads.',
    links: [
      'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-cloud-introduction',
      'https://learn.microsoft.com/en-us/azure/defender-for-cloud/connect-azure-subscription',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'monitoring',
    compliance: {
      'cis-azure-3.0': [
        '3.1.3.1',
        '3.1.4.1',
        '3.1.5.1',
        '3.1.6.1',
        '3.1.7.1',
        '3.1.7.2',
        '3.1.7.4',
        '3.1.8.1',
        '3.1.9.1',
      ],
      'nist-800-53-r5': ['SI-4', 'RA-5'],
      'soc2-2017': ['CC7.1', 'CC7.2'],
      'pci-dss-4.0': ['5.2.1', '11.5.1'],
      'hipaa-security-rule': ['164.308(a)(5)(ii)(B)'],
    },
    aliases: ['CKV_AZURE_19', 'AVD-AZU-0045', 'azure-security-center-enable-standard-subscription'],
  },
  check(model) {
    return defenderPlans(model).flatMap(({ resource, tier, plan, planSetting }) => {
      if (readText(tier.node)?.toLowerCase() !== 'free') return [];
      const written = readText(planSetting.node);
      const name = plan ?? (written === 'unknown' ? undefined : (written ?? 'VirtualMachines'));
      const which = name ? ` for "${name.slice(name.lastIndexOf('/') + 1)}"` : '';
      return [
        flag(
          resource,
          tier.node,
          `${label(resource)} leaves Defender${which} on the Free tier: ${describeSetting(tier)}`,
        ),
      ];
    });
  },
};

export default rule;
