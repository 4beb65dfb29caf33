import { flag, type IacRule } from '../../../model/violation';
import { label, readText, setting } from '../../../azure/azure-resource';
import { appServices } from '../../../azure/app-service-view';

const rule: IacRule = {
  meta: {
    id: 'azure-appservice-managed-identity-missing',
    title: 'App Service app has no managed identity',
    severity: 'low',
    description:
      'Without a managed identity, an app that calls Key Vault, storage or databases needs secrets in its settings; those secrets leak through configuration exports, logs and deployment pipelines and must be rotated by hand.',
    remediation:
      'Add an `identity` block (Terraform) / `identity` property (ARM) of type `SystemAssigned` or `UserAssigned`, and grant it the roles the app needs instead of storing credentials.',
    links: [
      'https://learn.microsoft.com/en-us/azure/app-service/overview-managed-identity',
      'https://learn.microsoft.com/en-us/entra/identity/managed-identities-azure-resources/overview',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'cis-azure-3.0': ['9.5'],
      'nist-800-53-r5': ['IA-5', 'IA-5(7)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.6.2'],
    },
    aliases: ['CKV_AZURE_71', 'AVD-AZU-0002', 'azure-appservice-account-identity-registered'],
  },
  check(model) {
    return appServices(model).flatMap((app) => {
      const identity = setting(app, { terraform: 'identity', arm: 'identity' });
      const type = readText(setting(app, { terraform: 'identity.type', arm: 'identity.type' }).node);
      if (identity.node && type?.toLowerCase() !== 'none') return [];
      const why = identity.node ? `${identity.name}.type is "None"` : `${identity.name} is not set`;
      return [flag(app, identity.node, `${label(app)} has no managed identity: ${why}`)];
    });
  },
};

export default rule;
