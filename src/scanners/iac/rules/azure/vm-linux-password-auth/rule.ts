import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, flagNode, isArm, label, readBool } from '../../../azure/azure-resource';
import { linuxLogins } from '../../../azure/vm-view';

const rule: IacRule = {
  meta: {
    id: 'azure-vm-linux-password-auth',
    title: 'Linux virtual machine allows password sign-in',
    severity: 'high',
    description:
      'SSH with passwords is open to brute force and credential stuffing; with password sign-in disabled only holders of an authorised SSH key can log in. The Terraform Linux machine resources disable passwords by default; an ARM template that sets an admin password without disabling password sign-in enables it.',
    remediation:
      'Set `disable_password_authentication = true` and use `admin_ssh_key` (Terraform), or `linuxConfiguration.disablePasswordAuthentication: true` with `ssh.publicKeys` and no `adminPassword` (ARM).',
    links: [
      'https://learn.microsoft.com/en-us/azure/virtual-machines/linux/create-ssh-keys-detailed',
      'https://learn.microsoft.com/en-us/azure/templates/microsoft.compute/virtualmachines',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['IA-2', 'IA-5'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.3.1', '2.2.7'],
    },
    aliases: [
      'CKV_AZURE_1',
      'CKV_AZURE_149',
      'AVD-AZU-0039',
      'azure-compute-disable-password-authentication',
    ],
  },
  check(model) {
    return linuxLogins(model).flatMap(({ resource, disablePassword, adminPassword, linuxConfiguration }) => {
      const disabled = readBool(disablePassword.node);
      if (disabled === false)
        return [
          flag(
            resource,
            disablePassword.node,
            `${label(resource)} accepts SSH passwords: ${describeSetting(disablePassword)}`,
          ),
        ];
      // ARM defaults to allowing passwords; an admin password on a Linux machine then works for SSH.
      if (disabled !== undefined || !isArm(resource) || !linuxConfiguration.node || !adminPassword.node)
        return [];
      return [
        flag(
          resource,
          flagNode(linuxConfiguration),
          `${label(resource)} accepts SSH passwords: ${adminPassword.name} is set and ${disablePassword.name} is not`,
        ),
      ];
    });
  },
};

export default rule;
