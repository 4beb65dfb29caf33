import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readText } from '../../../azure/azure-resource';
import { siteConfigValues } from '../../../azure/app-service-view';

const rule: IacRule = {
  meta: {
    id: 'azure-appservice-ftp-allowed',
    title: 'App Service app accepts plain FTP deployments',
    severity: 'medium',
    description:
      'With the FTP state set to AllAllowed, deployment credentials and site content can travel over unencrypted FTP, where they can be captured and reused to replace the application code.',
    remediation:
      'Set `site_config.ftps_state` (Terraform) / `siteConfig.ftpsState` (ARM) to `Disabled`, or to `FtpsOnly` if FTP deployment is still needed.',
    links: ['https://learn.microsoft.com/en-us/azure/app-service/deploy-ftp#enforce-ftps'],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'cis-azure-3.0': ['9.3'],
      'nist-800-53-r5': ['SC-8', 'CM-7'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1', '2.2.5'],
    },
    aliases: ['CKV_AZURE_78', 'AVD-AZU-0071'],
  },
  check(model) {
    return siteConfigValues(model, 'ftps_state', 'ftpsState').flatMap((ftp) => {
      if (readText(ftp.node)?.toLowerCase() !== 'allallowed') return [];
      return [
        flag(
          ftp.resource,
          ftp.node,
          `${label(ftp.resource)} accepts unencrypted FTP: ${describeSetting(ftp)}`,
        ),
      ];
    });
  },
};

export default rule;
