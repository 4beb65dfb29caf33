import { isCloudFormation, label } from '../../../aws/aws-resource';
import { linkedResources } from '../../../aws/resource-links';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-secretsmanager-rotation-disabled',
    title: 'Secrets Manager secret is never rotated',
    severity: 'medium',
    description:
      'A secret that never rotates stays valid for as long as it exists, so a copy leaked through a log, a laptop or a former employee keeps working. The security baseline rotates database credentials every 30 days.',
    remediation:
      'Add an `aws_secretsmanager_secret_rotation` (`AWS::SecretsManager::RotationSchedule`) with a rotation function and `automatically_after_days` of 30 to 90.',
    links: [
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_rotation',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'secrets',
    compliance: {
      'nist-800-53-r5': ['IA-5'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.3.9'],
    },
    aliases: ['CKV2_AWS_57'],
  },
  check(model) {
    const violations = [];
    for (const secret of model.ofTypes(['aws_secretsmanager_secret', 'AWS::SecretsManager::Secret'])) {
      const cfn = isCloudFormation(secret);
      const rotation = linkedResources(
        model,
        secret,
        [cfn ? 'AWS::SecretsManager::RotationSchedule' : 'aws_secretsmanager_secret_rotation'],
        cfn ? 'SecretId' : 'secret_id',
      );
      if (rotation.resources.length > 0 || rotation.uncertain) continue;
      violations.push(
        flag(
          secret,
          undefined,
          `secret ${label(secret)} has no ${cfn ? 'AWS::SecretsManager::RotationSchedule' : 'aws_secretsmanager_secret_rotation'}`,
        ),
      );
    }
    return violations;
  },
};

export default rule;
