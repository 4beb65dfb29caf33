import { flowLogsOn, subnetworks } from '../../../gcp/network-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-subnet-flow-logs',
    title: 'Subnet does not record VPC flow logs',
    severity: 'medium',
    description:
      'VPC flow logs record a sample of the connections to and from each VM: the evidence needed to see lateral movement, data exfiltration or a scan, and to check that firewall rules do what they should. Without them, network incidents cannot be reconstructed.',
    remediation:
      'Add a `log_config` block to the subnet, for example `aggregation_interval = "INTERVAL_5_SEC"`, `flow_sampling = 0.5` and `metadata = "INCLUDE_ALL_METADATA"`; any sampling rate above 0 records flows.',
    links: [
      'https://cloud.google.com/vpc/docs/flow-logs',
      'https://cloud.google.com/vpc/docs/using-flow-logs',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_subnetwork#log_config',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'logging',
    compliance: {
      'cis-gcp-3.0': ['3.8'],
      'nist-800-53-r5': ['AU-2', 'AU-12', 'SI-4'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['CKV_GCP_26', 'AVD-GCP-0029', 'google-compute-enable-vpc-flow-logs'],
  },
  check(model) {
    return subnetworks(model).flatMap((subnet) => {
      if (subnet.holdsWorkloads !== true) return [];
      const flows = flowLogsOn(subnet);
      if (flows.value !== false) return [];
      const why = flows.node ? 'samples 0% of flows' : 'has no log_config block';
      return [
        flag(
          subnet.resource,
          flows.node,
          `subnet ${subnet.resource.address} ${why}, so no VPC flow logs are recorded`,
        ),
      ];
    });
  },
};

export default rule;
