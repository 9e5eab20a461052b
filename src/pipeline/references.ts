import type { Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import { InputError } from '../config/reader';
import type { DeployConfig } from '../config/types';
import type { PhaseContext } from '../deploy/context';
import { trafficContainer } from '../taskdef/container';

/** The registered revision named by `task-definition-arn`, as DescribeTaskDefinition gave it. */
export interface GivenTaskDefinition {
  taskDefinition: TaskDefinition;
  tags: Tag[];
}

/**
 * `task-definition-arn`: the revision exists, is ACTIVE (ECS refuses to deploy an INACTIVE one) and
 * has the container that serves traffic, with the container port mapped.
 */
export async function checkGivenTaskDefinition(
  ctx: Pick<PhaseContext, 'config' | 'ecs'>,
  arn: string,
): Promise<GivenTaskDefinition> {
  const found = await ctx.ecs.describeTaskDefinition(arn);
  const input = 'task-definition-arn';
  if (!found)
    throw new InputError(
      input,
      `Input '${input}': the task definition ${arn} does not exist in ${ctx.config.region}. Give the ARN or family:revision of a registered revision.`,
    );
  const td = found.taskDefinition;
  if (td.status && td.status !== 'ACTIVE')
    throw new InputError(
      input,
      `Input '${input}': the task definition ${td.taskDefinitionArn ?? arn} is ${td.status} (deregistered); ECS deploys only ACTIVE revisions.`,
    );
  const container = trafficContainer(td.containerDefinitions, ctx.config);
  const names = (td.containerDefinitions ?? []).map((c) => c.name).join(', ');
  if (!container)
    throw new InputError(
      ctx.config.taskDefinition.containerName ? 'container-name' : input,
      ctx.config.taskDefinition.containerName
        ? `Input 'container-name': ${td.taskDefinitionArn ?? arn} has no container '${ctx.config.taskDefinition.containerName}'; its containers are ${names}.`
        : `Input '${input}': no container of ${td.taskDefinitionArn ?? arn} serves traffic (its containers are ${names}); set 'container-name'.`,
    );
  const port = ctx.config.taskDefinition.containerPort;
  if (!(container.portMappings ?? []).some((p) => p.containerPort === port))
    throw new InputError(
      'container-port',
      `Input 'container-port': container '${container.name}' of ${td.taskDefinitionArn ?? arn} does not map port ${port} (it maps ${
        (container.portMappings ?? []).map((p) => p.containerPort).join(', ') || 'none'
      }).`,
    );
  return found;
}

/**
 * `certificate-arn`: an ACM certificate must be in the load balancer's region. Whether it exists is
 * not read: that needs ACM's DescribeCertificate, a client (and a permission) the action does not
 * have, and ELBv2 has no call that checks a certificate before a listener uses it.
 */
export function checkCertificateRegion(config: DeployConfig): void {
  const arn = config.loadBalancer.certificateArn;
  if (!arn || config.loadBalancer.targetGroupArn) return;
  const region = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):/.exec(arn)?.[1];
  if (region && region !== config.region)
    throw new InputError(
      'certificate-arn',
      `Input 'certificate-arn': the certificate is in ${region}, the load balancer in ${config.region}; an Application Load Balancer takes ACM certificates of its own region.`,
    );
}
