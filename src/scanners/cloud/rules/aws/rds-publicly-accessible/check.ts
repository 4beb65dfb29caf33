import type { RegionAuditRule } from '../../../engine/audit-rule';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-rds-publicly-accessible',
    title: 'RDS instance is publicly accessible',
    severity: 'critical',
    description:
      'A publicly accessible instance gets an Internet-resolvable address; then its security group is the only thing between the database port and every scanner on the Internet.',
    remediation:
      'Turn off public accessibility (aws rds modify-db-instance --db-instance-identifier <id> --no-publicly-accessible), place the instance in private subnets, and reach it through the application, a bastion or Session Manager port forwarding.',
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
      'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'network',
    compliance: {
      'cis-aws-4.0.1': ['2.2.3'],
      'nist-800-53-r5': ['AC-3', 'AC-4', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.308(a)(3)(i)', '164.312(a)(1)'],
    },
    aliases: ['rds_instance_no_public_access'],
  },
  scope: 'region',
  needs: ['rds.instances'],
  check(context) {
    const instances = context.get('rds.instances') ?? [];
    return instances
      .filter((instance) => instance.PubliclyAccessible === true && instance.DBInstanceArn)
      .map((instance) =>
        context.flag(
          instance.DBInstanceArn!,
          `RDS instance ${instance.DBInstanceIdentifier ?? ''} is publicly accessible at ${instance.Endpoint?.Address ?? 'a public address'}.`,
        ),
      );
  },
};

export default rule;
