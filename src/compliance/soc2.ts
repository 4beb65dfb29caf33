export const soc2 = {
  id: 'soc2-2017',
  name: 'SOC 2 Trust Services Criteria',
  version: '2017 (rev. 2022)',
  controls: {
    'CC6.1': 'Logical access security software, infrastructure, and architectures',
    'CC6.2': 'Registration and authorization of new users',
    'CC6.3': 'Role-based access, least privilege and segregation of duties',
    'CC6.6': 'Security measures against threats from outside system boundaries',
    'CC6.7': 'Restriction of the transmission, movement, and removal of information',
    'CC6.8': 'Prevention or detection of unauthorized or malicious software',
    'CC7.1': 'Detection of configuration changes and new vulnerabilities',
    'CC7.2': 'Monitoring of system components for anomalies',
    'CC7.3': 'Evaluation of security events',
    'CC7.4': 'Response to identified security incidents',
    'CC8.1': 'Authorization, design, testing and approval of changes',
    'A1.1':
      'Current processing capacity and use of system components are maintained, monitored and evaluated',
    'A1.2': 'Environmental protections, backup and recovery infrastructure',
    'C1.1': 'Identification and maintenance of confidential information',
  },
};
