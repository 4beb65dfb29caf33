import type { IacModel } from '../../../model/iac-model';
import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

/** Registry-level scanning covers every repository. */
function scansRegistry(model: IacModel): boolean {
  return (
    model.ofTypes(['aws_ecr_registry_scanning_configuration', 'AWS::ECR::RegistryScanningConfiguration'])
      .length > 0
  );
}

const rule: IacRule = {
  meta: {
    id: 'aws-ecr-scan-on-push-disabled',
    title: 'ECR repository does not scan images on push',
    severity: 'medium',
    description:
      'Without scanning on push, images with known vulnerable packages are stored and deployed without anyone being told.',
    remediation:
      'Set `image_scanning_configuration { scan_on_push = true }` (`ImageScanningConfiguration.ScanOnPush: true`), or turn on enhanced scanning for the registry with `aws_ecr_registry_scanning_configuration`.',
    links: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#image_scanning_configuration',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'container',
    compliance: {
      'nist-800-53-r5': ['RA-5', 'SI-2'],
      'soc2-2017': ['CC7.1'],
      'pci-dss-4.0': ['6.3.1', '11.3.1'],
    },
    aliases: ['CKV_AWS_163', 'AVD-AWS-0030', 'aws-ecr-enable-image-scans'],
  },
  acrossRoots: {
    kind: 'waiver',
    types: ['aws_ecr_registry_scanning_configuration'],
    waived: scansRegistry,
  },
  check(model) {
    if (scansRegistry(model)) return [];
    return settingFindings(
      model,
      [
        { type: 'aws_ecr_repository', path: 'image_scanning_configuration.scan_on_push' },
        { type: 'AWS::ECR::Repository', path: 'ImageScanningConfiguration.ScanOnPush' },
      ],
      requireTrue(false),
    );
  },
};

export default rule;
