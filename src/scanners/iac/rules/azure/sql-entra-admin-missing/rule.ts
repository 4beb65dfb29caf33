import { flag, type IacRule } from '../../../model/violation';
import { label, setting } from '../../../azure/azure-resource';
import { hasEntraAdmin, SQL_SERVER, sqlServers } from '../../../azure/sql-view';

const rule: IacRule = {
  meta: {
    id: 'azure-sql-entra-admin-missing',
    title: 'SQL server has no Microsoft Entra administrator',
    severity: 'medium',
    description:
      'Without an Entra ID administrator, the server can only be managed with its SQL login and password, which cannot use MFA, Conditional Access or central deprovisioning.',
    remediation:
      'Add an `azuread_administrator` block (Terraform) or `properties.administrators` / an `administrators` child resource (ARM), ideally with Entra-only authentication.',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/authentication-aad-overview',
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/authentication-aad-configure',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'cis-azure-3.0': ['5.1.4'],
      'nist-800-53-r5': ['IA-2', 'AC-2'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.2.1'],
    },
    aliases: ['CKV2_AZURE_27'],
  },
  check(model) {
    return sqlServers(model)
      .filter((server) => !hasEntraAdmin(model, server))
      .map((server) =>
        flag(
          server,
          undefined,
          `${label(server)} has no Entra administrator: ${setting(server, SQL_SERVER.entraAdmin).name} is not set`,
        ),
      );
  },
};

export default rule;
