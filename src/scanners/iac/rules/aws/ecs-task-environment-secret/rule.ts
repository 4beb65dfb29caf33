import type { Violation } from '../../../../../core/engine';
import { at, entriesOf, isCloudFormation, label, properties, readText } from '../../../aws/aws-resource';
import { parseEmbeddedJson } from '../../../aws/iam-policy-text';
import { encodedDocument } from '../../../formats/terraform/index';
import { isSecretVariable } from '../../../aws/plaintext-secrets';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-ecs-task-environment-secret',
    title: 'ECS task definition has a secret in a container environment variable',
    severity: 'high',
    description:
      'Container environment variables are part of the task definition: anyone who can describe it, or read the Terraform state or the template, sees them. Passwords and keys there are exposed to the whole account.',
    remediation:
      'Move the value to Secrets Manager or SSM Parameter Store and reference it in the container `secrets` list (`Secrets` in CloudFormation); the agent injects it at start.',
    links: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'secrets',
    compliance: {
      'nist-800-53-r5': ['IA-5(7)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.6.2'],
    },
    aliases: ['AVD-AWS-0036', 'aws-ecs-no-plaintext-secrets'],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const task of model.ofTypes(['aws_ecs_task_definition', 'AWS::ECS::TaskDefinition'])) {
      const cfn = isCloudFormation(task);
      const definitions = at(properties(task), cfn ? 'ContainerDefinitions' : 'container_definitions');
      // jsonencode([...]) keeps its structure (and lines) even when an image or ARN is unknown.
      const containers = definitions
        ? cfn
          ? definitions
          : (encodedDocument(definitions) ?? parseEmbeddedJson(definitions))
        : undefined;
      for (const container of entriesOf(containers)) {
        for (const variable of entriesOf(at(container, cfn ? 'Environment' : 'environment'))) {
          const name = readText(at(variable, cfn ? 'Name' : 'name'));
          const valueNode = at(variable, cfn ? 'Value' : 'value');
          const value = readText(valueNode);
          if (!name || name === 'unknown' || value === undefined || value === 'unknown') continue;
          const what = isSecretVariable(name, value);
          if (what)
            violations.push(
              flag(
                task,
                valueNode,
                `container environment variable ${name} of ${label(task)} holds ${what} in clear`,
              ),
            );
        }
      }
    }
    return violations;
  },
};

export default rule;
