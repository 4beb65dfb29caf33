import type { AccountAuditRule } from '../../../engine/audit-rule';
import { isoDay } from '../shared/dates';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-server-certificate-expired',
    title: 'Expired TLS certificate is stored in IAM',
    severity: 'medium',
    description:
      'An expired server certificate left in IAM can be deployed to a load balancer or CloudFront by mistake, breaking clients and their trust in the site.',
    remediation:
      'Delete expired certificates with aws iam delete-server-certificate, and manage new ones in AWS Certificate Manager, which renews them.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html',
      'https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListServerCertificates.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'encryption',
    compliance: { 'cis-aws-4.0.1': ['1.19'], 'soc2-2017': ['CC6.7'], 'nist-800-53-r5': ['SC-12'] },
    aliases: ['iam_no_expired_server_certificates_stored'],
  },
  scope: 'account',
  needs: ['iam.serverCertificates'],
  check(context) {
    const certificates = context.get('iam.serverCertificates') ?? [];
    return certificates
      .filter(
        (certificate) => certificate.Expiration && certificate.Expiration.getTime() < context.now.getTime(),
      )
      .map((certificate) =>
        context.flag(
          certificate.Arn ?? certificate.ServerCertificateName ?? 'unknown certificate',
          `Server certificate ${certificate.ServerCertificateName ?? ''} expired on ${isoDay(certificate.Expiration!)}.`,
        ),
      );
  },
};

export default rule;
