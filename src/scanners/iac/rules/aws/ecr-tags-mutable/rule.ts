import { readText } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-ecr-tags-mutable',
    title: 'ECR repository allows image tags to be overwritten',
    severity: 'medium',
    description:
      'With mutable tags, pushing to `v1.4.2` again silently replaces what every deployment of that tag runs. A compromised pipeline can swap an image without changing a single manifest.',
    remediation:
      'Set `image_tag_mutability = "IMMUTABLE"` (`ImageTagMutability: IMMUTABLE`) and deploy by digest.',
    links: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#image_tag_mutability',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'container',
    compliance: {
      'nist-800-53-r5': ['CM-2', 'SI-7'],
      'soc2-2017': ['CC8.1'],
    },
    aliases: ['CKV_AWS_51', 'AVD-AWS-0031', 'aws-ecr-enforce-immutable-repository'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_ecr_repository', path: 'image_tag_mutability' },
        { type: 'AWS::ECR::Repository', path: 'ImageTagMutability' },
      ],
      (setting) => {
        const value = readText(setting.node);
        if (value === undefined) return `${setting.name} is not set (MUTABLE by default)`;
        return value === 'MUTABLE' ? `${setting.name} is MUTABLE` : undefined;
      },
    ),
};

export default rule;
