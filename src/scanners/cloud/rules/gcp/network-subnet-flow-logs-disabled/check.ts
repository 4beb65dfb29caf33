import type { GcpAuditRule } from '../gcp-audit-rule';
import { subnetRegion, subnetResource, vmSubnets } from '../shared/subnets';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-network-subnet-flow-logs-disabled',
    title: 'Subnet does not record VPC Flow Logs',
    severity: 'medium',
    description:
      'VPC Flow Logs record a sample of the connections to and from VMs of the subnet. Without them there is no record of which hosts talked to which, so lateral movement, data exfiltration and unexpected exposure go unseen and cannot be reconstructed.',
    remediation:
      'Turn on flow logs for the subnet (gcloud compute networks subnets update NAME --region=REGION --enable-flow-logs), with an aggregation interval and sampling rate that fit the budget; CIS asks for all metadata and a 100% sample.',
    links: [
      'https://cloud.google.com/vpc/docs/using-flow-logs',
      'https://cloud.google.com/vpc/docs/flow-logs',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'logging',
    compliance: {
      'cis-gcp-3.0': ['3.8'],
      'nist-800-53-r5': ['AU-12', 'SI-4'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['compute_subnet_flow_logs_enabled'],
  },
  needs: ['subnetworks'],
  check(context) {
    return vmSubnets(context.get('subnetworks') ?? [])
      .filter((subnet) => subnet.logConfig?.enable !== true && subnet.enableFlowLogs !== true)
      .map((subnet) => {
        const region = subnetRegion(subnet);
        return context.flag(
          subnetResource(context.scope, subnet),
          `Subnet ${subnet.name} (${subnet.ipCidrRange ?? 'no range'}) in ${region ?? 'an unknown region'} of network ${subnet.network?.split('/').pop() ?? 'unknown'} has flow logs off.`,
          region ? { region } : {},
        );
      });
  },
};

export default rule;
