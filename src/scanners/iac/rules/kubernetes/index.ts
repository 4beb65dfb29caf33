import type { IacRule } from '../../model/violation';
import privilegedContainer from './privileged-container/rule';

export const KUBERNETES_RULES: IacRule[] = [privilegedContainer];
