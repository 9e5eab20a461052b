/** ELBv2's default quotas, as the API enforces them. */
export const MAX_LOAD_BALANCERS = 50;
export const MAX_TARGET_GROUPS = 3000;
export const MAX_LISTENERS_PER_LB = 50;
export const MAX_RULES_PER_LB = 100; // default rules excluded
export const MAX_TARGET_GROUPS_PER_LB = 100;
export const MAX_TARGETS_PER_TG = 1000;
export const MAX_CONDITION_VALUES = 5;
export const MAX_TAGS = 50;
export const DEFAULT_SSL_POLICY = 'ELBSecurityPolicy-2016-08';
