import type { World } from './world';

/** How a service's requests arrive and its answers are written. */
export type Protocol =
  | 'json' // JSON 1.1, X-Amz-Target: <targetPrefix>.<Operation> (ECS, ECR, Logs, Application Auto Scaling)
  | 'json1.0' // JSON 1.0, the same with application/x-amz-json-1.0 (CloudWatch, query-compatible)
  | 'query' // Action=...&Version=..., XML answers with <OpResult> and <member> lists (ELBv2, STS)
  | 'ec2'; // EC2's query dialect: XML answers without <OpResult>, <item> lists

export interface RequestContext {
  world: World;
  service: string;
  operation: string;
  requestId: string;
  accountId: string;
  region: string;
}

/**
 * An operation receives the decoded input (JSON body, or the query parameters folded into nested
 * objects and arrays: `Names.member.1` -> `{ Names: [..] }`, `Filter.1.Value.1` -> `{ Filter: [{ Value: [..] }] }`)
 * and returns the output object. For XML protocols the output's keys are the XML element names
 * (e.g. `LoadBalancers`, or EC2's `vpcSet`), arrays become <member>/<item> lists.
 * Throwing AwsError answers with that error.
 */
export type Operation = (input: any, ctx: RequestContext) => unknown | Promise<unknown>;

export interface ServiceDefinition {
  /** Signing name, as in the SigV4 credential scope: ecs, ecr, elasticloadbalancing, ec2, logs, sts, application-autoscaling. */
  signingName: string;
  protocol: Protocol;
  /** JSON protocols: the X-Amz-Target prefix, e.g. AmazonEC2ContainerServiceV20141113. */
  targetPrefix?: string;
  /** Query protocols: the API version, e.g. 2015-12-01, and the XML namespace of answers. */
  version?: string;
  xmlns?: string;
  operations: Record<string, Operation>;
  /**
   * awsQueryCompatible JSON services (CloudWatch): the query protocol's error code an AwsError carries
   * -> the JSON error shape name. Errors are sent with that `__type` and the `x-amzn-query-error:
   * <code>;<Sender|Receiver>` header, from which the SDK restores the query code.
   */
  queryCompatibleErrors?: Record<string, string>;
}
