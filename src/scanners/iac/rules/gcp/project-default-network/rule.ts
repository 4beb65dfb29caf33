import { at, readBool } from '../../../gcp/gcp-settings';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-project-default-network',
    title: 'Project is created with the default network',
    severity: 'medium',
    description:
      'Unless told otherwise, a new project gets the `default` network: auto mode subnets in every region and firewall rules that allow SSH, RDP and ICMP from anywhere. Every VM created without an explicit network lands there.',
    remediation:
      'Set `auto_create_network = false` on `google_project` (or enforce the `compute.skipDefaultNetworkCreation` organization policy) and create custom mode networks instead.',
    links: [
      'https://cloud.google.com/vpc/docs/vpc#default-network',
      'https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project#auto_create_network',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['3.1'],
      'nist-800-53-r5': ['SC-7', 'CM-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.2.1', '2.2.1'],
    },
    aliases: ['CKV_GCP_27', 'AVD-GCP-0010', 'google-iam-no-default-network'],
  },
  check(model) {
    return model.ofType('google_project').flatMap((project) => {
      const node = at(project.body, 'auto_create_network');
      const value = readBool(node);
      if (value === false || value === 'unknown') return [];
      return [
        flag(
          project,
          node,
          `project ${project.address} keeps the default network with its permissive firewall rules`,
        ),
      ];
    });
  },
};

export default rule;
