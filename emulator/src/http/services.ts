import type { ServiceDefinition } from '../core/service';
import { definition as autoscaling } from '../services/autoscaling';
import { definition as cloudwatch } from '../services/cloudwatch';
import { definition as ec2 } from '../services/ec2';
import { definition as ecr } from '../services/ecr';
import { definition as ecs } from '../services/ecs';
import { definition as elbv2 } from '../services/elbv2';
import { definition as logs } from '../services/logs';
import { definition as sts } from '../services/sts';
import { definition as acm } from '../services/acm';

/** Every service the emulator answers, in the order requests are matched against them. */
export function loadDefinitions(): ServiceDefinition[] {
  return [ecs, ecr, elbv2, ec2, logs, autoscaling, sts, cloudwatch, acm];
}
