import type { GcpAuditRule } from '../gcp-audit-rule';
import { subnetRegion, subnetResource, vmSubnets } from '../shared/subnets';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-network-subnet-private-google-access-off',
    title: 'Subnet has Private Google Access turned off',
    severity: 'low',
    description:
      'Without Private Google Access, a VM with only an internal address cannot reach Google APIs such as Cloud Storage or Artifact Registry, which pushes teams to give VMs external IP addresses or a broad NAT path just to call Google services.',
    remediation:
      'Turn on Private Google Access for the subnet (gcloud compute networks subnets update NAME --region=REGION --enable-private-ip-google-access) and remove the external addresses VMs used to reach Google APIs.',
    links: [
      'https://cloud.google.com/vpc/docs/private-google-access',
      'https://cloud.google.com/vpc/docs/configure-private-google-access',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.2'],
    },
    aliases: [],
  },
  needs: ['subnetworks'],
  check(context) {
    return vmSubnets(context.get('subnetworks') ?? [])
      .filter((subnet) => subnet.privateIpGoogleAccess !== true)
      .map((subnet) => {
        const region = subnetRegion(subnet);
        return context.flag(
          subnetResource(context.scope, subnet),
          `Subnet ${subnet.name} in ${region ?? 'an unknown region'} has Private Google Access off, so its internal-only VMs cannot reach Google APIs privately.`,
          region ? { region } : {},
        );
      });
  },
};

export default rule;
