import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { azureResources, isArm, setting, type Setting } from './azure-resource';

const VM_TYPES = {
  terraform: [
    'azurerm_linux_virtual_machine',
    'azurerm_windows_virtual_machine',
    'azurerm_linux_virtual_machine_scale_set',
    'azurerm_windows_virtual_machine_scale_set',
  ],
  arm: ['Microsoft.Compute/virtualMachines', 'Microsoft.Compute/virtualMachineScaleSets'],
};

/** ARM scale sets keep the machine settings one level down, under `virtualMachineProfile`. */
function armProfile(resource: Resource): string {
  return resource.type.toLowerCase().endsWith('virtualmachinescalesets')
    ? 'properties.virtualMachineProfile'
    : 'properties';
}

export function virtualMachines(model: IacModel) {
  return azureResources(model, VM_TYPES).map((resource) => ({
    resource,
    encryptionAtHost: setting(resource, {
      terraform: 'encryption_at_host_enabled',
      arm: `${armProfile(resource)}.securityProfile.encryptionAtHost`,
    }),
  }));
}

export interface LinuxLogin {
  resource: Resource;
  /** The switch that turns password sign-in off. */
  disablePassword: Setting;
  /** The administrator password, when one is written. */
  adminPassword: Setting;
  /** ARM only: the Linux configuration object, which marks a machine as Linux. */
  linuxConfiguration: Setting;
}

/** Linux machines and scale sets with the settings that decide whether passwords can sign in. */
export function linuxLogins(model: IacModel): LinuxLogin[] {
  const types = {
    terraform: [
      'azurerm_linux_virtual_machine',
      'azurerm_linux_virtual_machine_scale_set',
      'azurerm_virtual_machine',
    ],
    arm: VM_TYPES.arm,
  };
  return azureResources(model, types).map((resource) => {
    const profile = isArm(resource) ? `${armProfile(resource)}.osProfile` : '';
    const legacy = resource.type === 'azurerm_virtual_machine';
    return {
      resource,
      disablePassword: setting(resource, {
        terraform: legacy
          ? 'os_profile_linux_config.disable_password_authentication'
          : 'disable_password_authentication',
        arm: `${profile}.linuxConfiguration.disablePasswordAuthentication`,
      }),
      adminPassword: setting(resource, {
        terraform: legacy ? 'os_profile.admin_password' : 'admin_password',
        arm: `${profile}.adminPassword`,
      }),
      linuxConfiguration: setting(resource, { arm: `${profile}.linuxConfiguration` }),
    };
  });
}
