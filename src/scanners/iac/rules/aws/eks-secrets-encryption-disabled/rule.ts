import type { IacRule } from '../../../model/violation';
import { requirePresent, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-eks-secrets-encryption-disabled',
    title: 'EKS does not encrypt Kubernetes secrets with a KMS key',
    severity: 'medium',
    description:
      'Kubernetes secrets are stored in etcd. Envelope encryption with your own KMS key adds a layer that an etcd backup or a storage-level leak does not get past, and lets you audit and revoke decryption.',
    remediation:
      'Add `encryption_config { resources = ["secrets"], provider { key_arn = ... } }` (`EncryptionConfig` in CloudFormation) with a customer managed key.',
    links: [
      'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'kubernetes',
    compliance: {
      'nist-800-53-r5': ['SC-12', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
    },
    aliases: ['CKV_AWS_58', 'AVD-AWS-0039', 'aws-eks-encrypt-secrets'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_eks_cluster', path: 'encryption_config' },
        { type: 'AWS::EKS::Cluster', path: 'EncryptionConfig' },
      ],
      requirePresent('secrets are not envelope-encrypted with your KMS key'),
    ),
};

export default rule;
