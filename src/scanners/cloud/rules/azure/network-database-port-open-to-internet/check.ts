import { nsgPortCheck } from '../shared/nsg-port-check';

/** Database and cache ports that should never face the Internet, with the service for messages. */
const DATABASE_PORTS: Record<number, string> = {
  1433: 'SQL Server',
  1521: 'Oracle',
  3306: 'MySQL',
  5432: 'PostgreSQL',
  5984: 'CouchDB',
  6379: 'Redis',
  9042: 'Cassandra',
  9200: 'Elasticsearch',
  11211: 'Memcached',
  27017: 'MongoDB',
};

export default nsgPortCheck(
  {
    id: 'azure-audit-network-database-port-open-to-internet',
    title: 'Network security group allows a database port from the whole Internet',
    severity: 'high',
    description:
      'Databases and caches exposed to any address are found by scanners within hours and attacked with default credentials, known exploits and ransom wipes; they should be reached only from the application tier.',
    remediation:
      'Remove the rule or restrict its source to the application subnets or a VPN range; prefer private endpoints for managed databases.',
    links: ['https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview'],
    scanner: 'audit',
    platform: 'azure',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
    },
    aliases: [],
  },
  Object.keys(DATABASE_PORTS).map(Number),
  ['tcp'],
  (port) => `${DATABASE_PORTS[port]} (TCP ${port})`,
);
