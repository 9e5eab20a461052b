import type { Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import { InputError } from '../config/reader';
import type { PhaseContext } from '../deploy/context';
import { trafficContainer } from '../taskdef/container';
import { describeCertificate } from '../aws/acm';

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
 * `certificate-arn`: an ACM certificate must be in the load balancer's region, exist (DescribeCertificate)
 * and be ISSUED: ELBv2 answers CertificateNotFound for a missing, pending or expired one, but only
 * after the load balancer and target group are made. IAM server certificates are taken as given (the
 * action has no IAM client; their format is checked with the inputs). No certificate is read when
 * the action makes no listener (a given target group).
 */
export async function checkCertificate(ctx: Pick<PhaseContext, 'config' | 'clients'>): Promise<void> {
  const { config } = ctx;
  const arn = config.loadBalancer.certificateArn;
  if (!arn || config.loadBalancer.targetGroupArn) return;
  const region = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):/.exec(arn)?.[1];
  if (!region) return;
  const input = 'certificate-arn';
  if (region !== config.region)
    throw new InputError(
      input,
      `Input '${input}': the certificate is in ${region}, the load balancer in ${config.region}; an Application Load Balancer takes ACM certificates of its own region.`,
    );
  const cert = await describeCertificate(ctx.clients.acm, arn);
  if (!cert)
    throw new InputError(
      input,
      `Input '${input}': ACM has no certificate ${arn} in this account (${config.region}). Request or import one in ACM and give its ARN.`,
    );
  if (cert.status !== 'ISSUED')
    throw new InputError(
      input,
      `Input '${input}': the certificate ${arn}${cert.domainName ? ` (${cert.domainName})` : ''} is ${cert.status}; an HTTPS listener needs an ISSUED certificate${
        cert.status === 'PENDING_VALIDATION' ? ' (finish its DNS or email validation first)' : ''
      }.`,
    );
}
