import type { GcpAuditRule } from '../gcp-audit-rule';
import { describeGrants, grantsMatching, memberResource } from '../shared/iam-bindings';

const IMPERSONATION_ROLES = new Set(['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator']);

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-iam-service-account-user-project-level',
    title: 'Service Account User or Token Creator role is granted on the whole project',
    severity: 'high',
    description:
      'Granted on the project, Service Account User and Service Account Token Creator let the member act as every service account of the project, present and future, and so gain each of their permissions, including those of the most privileged one.',
    remediation:
      'Remove the project-level binding and grant the role on the individual service accounts the member must use (gcloud iam service-accounts add-iam-policy-binding).',
    links: [
      'https://cloud.google.com/iam/docs/service-account-permissions#user-role',
      'https://cloud.google.com/iam/docs/manage-access-service-accounts',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'cis-gcp-3.0': ['1.6'],
      'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1', '7.2.2'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: ['iam_no_service_roles_at_project_level'],
  },
  needs: ['projectIamPolicy'],
  check(context) {
    const grants = grantsMatching(context.get('projectIamPolicy'), (role) => IMPERSONATION_ROLES.has(role));
    return grants.map((grant) =>
      context.flag(
        memberResource(context.scope, grant.member),
        `${grant.member} holds ${describeGrants(grant)} on project ${context.scope}, so it can act as any of its service accounts.`,
      ),
    );
  },
};

export default rule;
