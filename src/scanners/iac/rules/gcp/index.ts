import type { IacRule } from '../../model/violation';
import customRolePrivilegeEscalation from './custom-role-privilege-escalation/rule';

export const GCP_RULES: IacRule[] = [customRolePrivilegeEscalation];
