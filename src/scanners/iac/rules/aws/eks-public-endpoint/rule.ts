import type { Violation } from '../../../../../core/engine';
import { flagNode, label, prop, readBool, readStrings } from '../../../aws/aws-resource';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-eks-public-endpoint',
    title: 'EKS API server endpoint is open to the internet',
    severity: 'high',
    description:
      'The Kubernetes API endpoint of an EKS cluster is public by default and accepts connections from 0.0.0.0/0. Every credential leak or API server flaw is then exploitable from anywhere.',
    remediation:
      'Set `endpoint_public_access = false` with `endpoint_private_access = true` (`ResourcesVpcConfig.EndpointPublicAccess: false`), or at least limit `public_access_cidrs` (`PublicAccessCidrs`) to your own ranges.',
    links: [
      'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#vpc_config',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'kubernetes',
    compliance: {
      'nist-800-53-r5': ['AC-17', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.4.1'],
    },
    aliases: [
      'CKV_AWS_39',
      'CKV_AWS_38',
      'AVD-AWS-0040',
      'AVD-AWS-0041',
      'aws-eks-no-public-cluster-access',
      'aws-eks-no-public-cluster-access-to-cidr',
    ],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const cluster of model.ofTypes(['aws_eks_cluster', 'AWS::EKS::Cluster'])) {
      const cfn = cluster.format === 'cloudformation';
      const publicAccess = prop(
        cluster,
        cfn ? 'ResourcesVpcConfig.EndpointPublicAccess' : 'vpc_config.endpoint_public_access',
      );
      const cidrs = prop(
        cluster,
        cfn ? 'ResourcesVpcConfig.PublicAccessCidrs' : 'vpc_config.public_access_cidrs',
      );
      const enabled = readBool(publicAccess.node);
      if (enabled === false || enabled === 'unknown') continue;
      const listed = readStrings(cidrs.node);
      if (listed.unknown) continue;
      const open =
        cidrs.node === undefined ? undefined : listed.values.find((entry) => entry.value === '0.0.0.0/0');
      if (cidrs.node !== undefined && !open) continue;
      const node = open?.node ?? publicAccess.node ?? flagNode(publicAccess);
      violations.push(
        flag(
          cluster,
          node,
          `${label(cluster)}: the API endpoint is public and accepts 0.0.0.0/0${cidrs.node ? '' : ` (${cidrs.name} not set)`}`,
        ),
      );
    }
    return violations;
  },
};

export default rule;
