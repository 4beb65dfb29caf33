import type { IacModel } from '../model/iac-model';
import { deploymentScope } from './arm-expressions';
import { azureResources, isArm, setting } from './azure-resource';
import { scopeLevel } from './role-view';

/** Activity log profiles (the older export) with their retention settings. */
export function logProfiles(model: IacModel) {
  return azureResources(model, {
    terraform: ['azurerm_monitor_log_profile'],
    arm: ['Microsoft.Insights/logprofiles'],
  }).map((resource) => ({
    resource,
    enabled: setting(resource, {
      terraform: 'retention_policy.enabled',
      arm: 'properties.retentionPolicy.enabled',
    }),
    days: setting(resource, { terraform: 'retention_policy.days', arm: 'properties.retentionPolicy.days' }),
  }));
}

/**
 * Diagnostic settings that export a subscription's activity log: Terraform ones
 * whose target is a subscription, and ARM ones deployed at subscription scope.
 */
export function subscriptionDiagnosticSettings(model: IacModel) {
  const types = {
    terraform: ['azurerm_monitor_diagnostic_setting'],
    arm: ['Microsoft.Insights/diagnosticSettings'],
  };
  return azureResources(model, types)
    .filter((resource) =>
      isArm(resource)
        ? !setting(resource, { arm: 'scope' }).node && deploymentScope(model, resource) === 'subscription'
        : scopeLevel(model, resource, setting(resource, { terraform: 'target_resource_id' }).node) ===
          'subscription',
    )
    .map((resource) => ({
      resource,
      logs: isArm(resource)
        ? [setting(resource, { arm: 'properties.logs' })]
        : [setting(resource, { terraform: 'enabled_log' }), setting(resource, { terraform: 'log' })],
    }));
}

/** Microsoft Defender for Cloud plans with their tier as written. */
export function defenderPlans(model: IacModel) {
  const types = {
    terraform: ['azurerm_security_center_subscription_pricing'],
    arm: ['Microsoft.Security/pricings'],
  };
  return azureResources(model, types).map((resource) => ({
    resource,
    tier: setting(resource, { terraform: 'tier', arm: 'properties.pricingTier' }),
    plan: isArm(resource) ? resource.meta.name : undefined,
    planSetting: setting(resource, { terraform: 'resource_type' }),
  }));
}
