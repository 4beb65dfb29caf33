import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { azureResources, isArm, setting, type Setting } from './azure-resource';

const APP_TYPES = {
  terraform: [
    'azurerm_linux_web_app',
    'azurerm_windows_web_app',
    'azurerm_linux_function_app',
    'azurerm_windows_function_app',
    'azurerm_linux_web_app_slot',
    'azurerm_windows_web_app_slot',
    'azurerm_linux_function_app_slot',
    'azurerm_windows_function_app_slot',
    'azurerm_app_service',
    'azurerm_app_service_slot',
    'azurerm_function_app',
  ],
  arm: ['Microsoft.Web/sites', 'Microsoft.Web/sites/slots'],
};

/** Web and function apps (and their slots) of both formats. */
export function appServices(model: IacModel): readonly Resource[] {
  return azureResources(model, APP_TYPES);
}

/**
 * Every place a site configuration value is written: the Terraform `site_config`
 * block, an ARM site's `siteConfig`, and ARM `sites/config` children (`web`),
 * which hold the same properties at their top level.
 */
export function siteConfigValues(
  model: IacModel,
  terraform: string | readonly string[],
  arm: string,
): Setting[] {
  const names = [terraform].flat().map((name) => `site_config.${name}`);
  const fromApps = appServices(model).map((app) =>
    setting(app, { terraform: names, arm: `properties.siteConfig.${arm}` }),
  );
  const configs = azureResources(model, {
    terraform: [],
    arm: ['Microsoft.Web/sites/config', 'Microsoft.Web/sites/slots/config'],
  })
    .filter((config) => isArm(config) && (config.meta.name ?? '').toLowerCase().endsWith('/web'))
    .map((config) => setting(config, { arm: `properties.${arm}` }));
  return [...fromApps, ...configs];
}
