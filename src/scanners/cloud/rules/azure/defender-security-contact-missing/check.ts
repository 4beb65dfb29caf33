import type { AzureAuditRule } from '../azure-audit-rule';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-defender-security-contact-missing',
    title: 'Defender for Cloud sends security alerts to no one',
    severity: 'low',
    description:
      'Without a security contact email with alert notifications on, Microsoft Defender for Cloud and the Microsoft Security Response Center have nobody to tell when a resource of the subscription is compromised.',
    remediation:
      'In Defender for Cloud > Environment settings > Email notifications, add the security team mailbox as security contact and turn on notifications for high-severity alerts.',
    links: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications'],
    scanner: 'audit',
    platform: 'azure',
    category: 'monitoring',
    compliance: {
      'cis-azure-3.0': ['3.1.13', '3.1.14'],
      'nist-800-53-r5': ['IR-7', 'SI-4'],
      'soc2-2017': ['CC7.3', 'CC7.4'],
      'pci-dss-4.0': ['12.10.1'],
    },
    aliases: [
      'defender_additional_email_configured_with_a_security_contact',
      'defender_ensure_notify_alerts_severity_is_high',
    ],
  },
  needs: ['securityContacts'],
  check(context) {
    const contacts = context.get('securityContacts');
    if (!contacts) return [];
    if (contacts.some((contact) => contact.email?.trim() && contact.alertNotifications === 'On')) return [];
    const contact = contacts[0];
    if (!contact)
      return [
        context.flag(
          `/subscriptions/${context.scope}`,
          `Subscription ${context.scope} has no security contact.`,
        ),
      ];
    return [
      context.flag(
        contact.id ??
          `/subscriptions/${context.scope}/providers/Microsoft.Security/securityContacts/${contact.name}`,
        contact.email?.trim()
          ? `Security contact ${contact.name} of subscription ${context.scope} has alert notifications ${contact.alertNotifications ?? 'off'}.`
          : `Security contact ${contact.name} of subscription ${context.scope} has no email address.`,
      ),
    ];
  },
};

export default rule;
