import type { IacRule } from '../../../model/violation';
import { internetExposures } from '../../../azure/nsg-exposure';
import { describePorts, isAllPorts } from '../../../azure/port-set';
import { flagExposure } from '../shared/internet-exposure';

const rule: IacRule = {
  meta: {
    id: 'azure-network-udp-open-to-internet',
    title: 'Network security group lets the Internet reach UDP services',
    severity: 'medium',
    description:
      'UDP services reachable from any source (DNS, NTP, SNMP, game or VPN servers) are abused for reflection and amplification attacks and are rarely meant to be public. Ports an earlier Deny covers are left out; rules that open every port are reported by the all-ports rule instead.',
    remediation:
      'Restrict the rule to TCP if UDP is not needed, or limit its source to the networks that use the service.',
    links: [
      'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview#security-rules',
      'https://learn.microsoft.com/en-us/azure/ddos-protection/ddos-protection-overview',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['7.3'],
      'nist-800-53-r5': ['SC-7', 'SC-7(5)'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
      'hipaa-security-rule': ['164.312(a)(1)', '164.312(e)(1)'],
    },
    aliases: ['CKV_AZURE_77'],
  },
  check(model) {
    return internetExposures(model)
      .filter(
        (exposure) =>
          exposure.udp.length > 0 && (exposure.rule.portsUnknown || !isAllPorts(exposure.rule.ports)),
      )
      .map((exposure) => flagExposure(exposure, `UDP ${describePorts(exposure.udp)} from the Internet`));
  },
};

export default rule;
