import type { IacRule } from '../../../model/violation';
import { describeProtocolPorts, internetExposures } from '../../../azure/nsg-exposure';
import { isAllPorts } from '../../../azure/port-set';
import { flagExposure } from '../shared/internet-exposure';

const rule: IacRule = {
  meta: {
    id: 'azure-network-all-ports-open-to-internet',
    title: 'Network security group lets the Internet reach every port',
    severity: 'critical',
    description:
      'An Allow rule for all destination ports from any source removes the network boundary for every service on the machines behind the group, including management and database ports nobody meant to publish. Ports that an earlier Deny covers are left out; a rule that earlier rules cover completely is not reported.',
    remediation:
      'Replace the rule with rules for the specific ports the workload serves, and restrict their sources where possible.',
    links: [
      'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview#security-rules',
      'https://learn.microsoft.com/en-us/azure/security/fundamentals/network-best-practices',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'SC-7(5)'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
      'hipaa-security-rule': ['164.312(a)(1)', '164.312(e)(1)'],
    },
    aliases: ['AVD-AZU-0047', 'azure-network-no-public-ingress'],
  },
  check(model) {
    return internetExposures(model)
      .filter((exposure) => !exposure.rule.portsUnknown && isAllPorts(exposure.rule.ports))
      .map((exposure) =>
        flagExposure(
          exposure,
          `all ports from the Internet (${exposure.rule.portField} covers every port; reachable: ${describeProtocolPorts(exposure)})`,
        ),
      );
  },
};

export default rule;
