import type { IacRule } from '../../../model/violation';
import { openPortViolations } from '../shared/open-ports';

const DATABASE_PORTS = [
  { port: 1433, name: 'SQL Server' },
  { port: 1521, name: 'Oracle' },
  { port: 2379, name: 'etcd' },
  { port: 3306, name: 'MySQL' },
  { port: 5432, name: 'PostgreSQL' },
  { port: 5439, name: 'Redshift' },
  { port: 5984, name: 'CouchDB' },
  { port: 6379, name: 'Redis' },
  { port: 7000, name: 'Cassandra' },
  { port: 9042, name: 'Cassandra' },
  { port: 9200, name: 'Elasticsearch' },
  { port: 11211, name: 'Memcached' },
  { port: 27017, name: 'MongoDB' },
];

const rule: IacRule = {
  meta: {
    id: 'aws-ec2-sg-database-open',
    title: 'Security group allows database or cache ports from the internet',
    severity: 'high',
    description:
      'Databases, caches and search engines (MySQL, PostgreSQL, SQL Server, Oracle, MongoDB, Redis, Memcached, Elasticsearch ...) reachable from 0.0.0.0/0 are found by internet-wide scans within hours and attacked with default credentials and known exploits.',
    remediation:
      'Allow the port only from the security groups of the applications that use the database, and keep databases in private subnets.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: [],
  },
  check: (model) => openPortViolations(model, DATABASE_PORTS),
};

export default rule;
