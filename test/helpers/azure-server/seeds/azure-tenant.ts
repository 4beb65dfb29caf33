import type { AzureSeed } from '../world';
import { applicationBodies } from './graph-directory';
import { cleanSubscription, CLEAN_SUB } from './clean-subscription';
import { GUEST_ID, insecureSubscription, INSECURE_SUB } from './insecure-subscription';

/** Graph's answer to the guest listing the audit makes (path and decoded query). */
export const GUESTS_QUERY = "/users?$filter=userType eq 'Guest'&$select=id,userPrincipalName,userType";

/** One tenant with a hardened subscription and one with a planted misconfiguration per check. */
export function azureTenant(): AzureSeed {
  const insecure = insecureSubscription();
  return {
    subscriptions: [cleanSubscription(), insecure.subscription],
    graph: {
      ...applicationBodies(),
      [GUESTS_QUERY]: {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(id,userPrincipalName,userType)',
        value: [
          {
            id: GUEST_ID,
            userPrincipalName: 'sam_fabrikam.example#EXT#@contoso.onmicrosoft.com',
            userType: 'Guest',
          },
          {
            id: 'ee000000-0000-4000-8000-00000000bbbb',
            userPrincipalName: 'alex_auditfirm.example#EXT#@contoso.onmicrosoft.com',
            userType: 'Guest',
          },
        ],
      },
    },
    expectations: insecure.expectations,
  };
}

export { CLEAN_SUB, INSECURE_SUB };
