import type { IacRule } from '../../../model/violation';
import { internetExposures } from '../../../azure/nsg-exposure';
import { contains } from '../../../azure/port-set';
import { flagExposure } from '../shared/internet-exposure';

/** Well-known database ports; a service moved to another port is not recognised. */
const DATABASE_PORTS: [number, string][] = [
  [1433, 'SQL Server'],
  [1521, 'Oracle'],
  [3306, 'MySQL'],
  [5432, 'PostgreSQL'],
  [5984, 'CouchDB'],
  [6379, 'Redis'],
  [9042, 'Cassandra'],
  [9200, 'Elasticsearch'],
  [11211, 'Memcached'],
  [27017, 'MongoDB'],
];

const rule: IacRule = {
  meta: {
    id: 'azure-network-database-port-open-to-internet',
    title: 'Network security group lets the Internet reach database ports',
    severity: 'high',
    description:
      'Database engines listening on their standard ports (SQL Server 1433, MySQL 3306, PostgreSQL 5432, Oracle 1521, MongoDB 27017, Redis 6379 and others) are scanned for continuously; opening them to any source invites brute force and exploitation of unauthenticated or outdated instances. Rules are evaluated by priority, so ports an earlier Deny covers are not reported.',
    remediation:
      'Allow database ports only from the application subnets or service tags that need them, or reach the database through a private endpoint.',
    links: [
      'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview#security-rules',
      'https://learn.microsoft.com/en-us/azure/security/fundamentals/network-best-practices',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'SC-7(5)'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
      'hipaa-security-rule': ['164.312(a)(1)', '164.312(e)(1)'],
    },
    aliases: [],
  },
  check(model) {
    return internetExposures(model).flatMap((exposure) => {
      const open = DATABASE_PORTS.filter(([port]) => contains(exposure.tcp, port));
      if (open.length === 0) return [];
      const ports = open.map(([port, name]) => `${port} (${name})`).join(', ');
      return [flagExposure(exposure, `database ports from the Internet, TCP ${ports}`)];
    });
  },
};

export default rule;
