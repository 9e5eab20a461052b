/** The scalable target and CPU target-tracking policy the autoscaling tests share (operation and SDK level). */

export const ecsTarget = {
  ServiceNamespace: 'ecs' as const,
  ResourceId: 'service/main/web',
  ScalableDimension: 'ecs:service:DesiredCount' as const,
};

export const cpuPolicy = (extra: Record<string, unknown> = {}) => ({
  ...ecsTarget,
  PolicyName: 'cpu',
  PolicyType: 'TargetTrackingScaling' as const,
  TargetTrackingScalingPolicyConfiguration: {
    TargetValue: 50,
    PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' as const },
    ...extra,
  },
});
