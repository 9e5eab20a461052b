"use strict";

exports.id = 124;

exports.ids = [ 124 ];

exports.modules = {
  1851: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      G5: () => command,
      lq: () => _ep0,
      yt: () => _mw0
    });
    var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
    var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
    var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6644);
    const command = (0, _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__.S, "Logs_20140328", "CloudWatchLogsClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
  },
  1394: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      ic: () => deleteAlarms,
      Gj: () => describeAlarms,
      D6: () => findMetricAlarm,
      L: () => putMetricAlarm
    });
    var client = __webpack_require__(2658);
    var endpoints = __webpack_require__(2085);
    var EndpointParameters = __webpack_require__(2826);
    const command = (0, client.makeBuilder)(EndpointParameters.S, "GraniteServiceVersion20100801", "CloudWatchClient", endpoints.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    var schemas_0 = __webpack_require__(3037);
    class PutMetricAlarmCommand extends(command(_ep0, _mw0, "PutMetricAlarm", schemas_0.xg9)){}
    class DescribeAlarmsCommand extends(command(_ep0, _mw0, "DescribeAlarms", schemas_0.K7p)){}
    class DeleteAlarmsCommand extends(command(_ep0, _mw0, "DeleteAlarms", schemas_0._M9)){}
    var paging = __webpack_require__(6433);
    const ALARM_NAMES_PER_CALL = 100;
    function batches(items, size) {
      const out = [];
      for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
      return out;
    }
    async function putMetricAlarm(client, input) {
      await client.send(new PutMetricAlarmCommand(input));
    }
    async function describeMetricAlarms(client, names) {
      const unique = [ ...new Set(names) ];
      const found = [];
      for (const batch of batches(unique, ALARM_NAMES_PER_CALL)) {
        const alarms = await (0, paging.S4)(async token => {
          const out = await client.send(new DescribeAlarmsCommand({
            AlarmNames: batch,
            AlarmTypes: [ 'MetricAlarm' ],
            MaxRecords: ALARM_NAMES_PER_CALL,
            NextToken: token
          }));
          return {
            items: out.MetricAlarms,
            next: out.NextToken
          };
        });
        found.push(...alarms.filter(a => a.AlarmName && batch.includes(a.AlarmName)));
      }
      return found;
    }
    async function findMetricAlarm(client, name) {
      return (await describeMetricAlarms(client, [ name ]))[0];
    }
    async function describeAlarms(client, names) {
      const byName = new Map((await describeMetricAlarms(client, names)).map(a => [ a.AlarmName, a ]));
      return names.flatMap(name => {
        const a = byName.get(name);
        return a ? [ alarmStatus(a) ] : [];
      });
    }
    function alarmStatus(a) {
      return {
        name: a.AlarmName ?? '',
        state: a.StateValue ?? 'INSUFFICIENT_DATA',
        reason: a.StateReason ?? '',
        ...a.StateReasonData ? {
          reasonData: a.StateReasonData
        } : {},
        ...a.Threshold !== void 0 ? {
          threshold: a.Threshold
        } : {},
        ...a.StateUpdatedTimestamp ? {
          updatedAt: a.StateUpdatedTimestamp
        } : {}
      };
    }
    async function deleteAlarms(client, names) {
      for (const batch of batches([ ...new Set(names) ], ALARM_NAMES_PER_CALL)) await client.send(new DeleteAlarmsCommand({
        AlarmNames: batch
      }));
    }
  },
  7526: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      SE: () => createLogGroup,
      Jj: () => deleteLogGroup,
      zq: () => findLogGroup,
      Vw: () => logGroupTags,
      VB: () => setRetention
    });
    var commandBuilder = __webpack_require__(1851);
    var schemas_0 = __webpack_require__(5482);
    class DescribeLogGroupsCommand extends((0, commandBuilder.G5)(commandBuilder.lq, commandBuilder.yt, "DescribeLogGroups", schemas_0.aTt)){}
    class CreateLogGroupCommand extends((0, commandBuilder.G5)(commandBuilder.lq, commandBuilder.yt, "CreateLogGroup", schemas_0.EP0)){}
    class DeleteRetentionPolicyCommand extends((0, commandBuilder.G5)(commandBuilder.lq, commandBuilder.yt, "DeleteRetentionPolicy", schemas_0.QEH)){}
    class PutRetentionPolicyCommand extends((0, commandBuilder.G5)(commandBuilder.lq, commandBuilder.yt, "PutRetentionPolicy", schemas_0.YSo)){}
    class ListTagsForResourceCommand extends((0, commandBuilder.G5)(commandBuilder.lq, commandBuilder.yt, "ListTagsForResource", schemas_0.Tzn)){}
    class DeleteLogGroupCommand extends((0, commandBuilder.G5)(commandBuilder.lq, commandBuilder.yt, "DeleteLogGroup", schemas_0.Vao)){}
    var errors = __webpack_require__(9378);
    var paging = __webpack_require__(6433);
    function findLogGroup(client, name) {
      return (0, paging.hr)(async token => {
        const out = await client.send(new DescribeLogGroupsCommand({
          logGroupNamePrefix: name,
          nextToken: token
        }));
        return {
          items: out.logGroups,
          next: out.nextToken
        };
      }, g => g.logGroupName === name);
    }
    async function createLogGroup(client, name, tags) {
      try {
        await client.send(new CreateLogGroupCommand({
          logGroupName: name,
          tags: tags
        }));
      } catch (error) {
        if ((0, errors.I)(error) !== 'ResourceAlreadyExistsException') throw error;
      }
    }
    async function setRetention(client, name, days) {
      if (days === 0) await client.send(new DeleteRetentionPolicyCommand({
        logGroupName: name
      })); else await client.send(new PutRetentionPolicyCommand({
        logGroupName: name,
        retentionInDays: days
      }));
    }
    async function logGroupTags(client, arn) {
      const out = await client.send(new ListTagsForResourceCommand({
        resourceArn: arn.replace(/:\*$/, '')
      }));
      return out.tags ?? {};
    }
    async function deleteLogGroup(client, name) {
      await client.send(new DeleteLogGroupCommand({
        logGroupName: name
      }));
    }
  },
  7484: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      Bz: () => taskIngress,
      Q9: () => _config_tags__WEBPACK_IMPORTED_MODULE_1__.Q9,
      Rs: () => serviceUrl,
      Y_: () => desiredScaling,
      jM: () => desiredStack,
      kY: () => loadBalancerIngress,
      oe: () => _config_tags__WEBPACK_IMPORTED_MODULE_1__.oe
    });
    var _config_aws_limits__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9948);
    var _config_tags__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1189);
    var _naming__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9720);
    function priorityBand(config) {
      const [lo, hi] = config.preview.priorityBand;
      if (config.mode === 'preview') return [ lo, hi ];
      if (lo > 1) return [ 1, lo - 1 ];
      return [ hi + 1, _config_aws_limits__WEBPACK_IMPORTED_MODULE_0__.rP ];
    }
    function desiredStack(config) {
      const lbConfig = config.loadBalancer;
      const desired = {
        cluster: {
          name: config.cluster,
          containerInsights: config.containerInsights
        },
        logGroup: {
          name: config.taskDefinition.logGroup,
          retentionDays: config.taskDefinition.logRetentionDays
        },
        network: {
          vpcId: config.network.vpcId,
          subnets: [ ...config.network.subnets ],
          assignPublicIp: config.network.assignPublicIp
        },
        taskSecurityGroupName: (0, _naming__WEBPACK_IMPORTED_MODULE_2__.NM)('tasks', {
          cluster: config.cluster,
          service: config.service
        }),
        extraSecurityGroups: [ ...config.network.securityGroups ],
        containerPort: config.taskDefinition.containerPort,
        errorAlarm: {
          name: (0, _naming__WEBPACK_IMPORTED_MODULE_2__.Dx)(config.cluster, config.service, config.environment),
          enabled: config.errorAlarm.enabled,
          thresholdPercent: config.errorAlarm.thresholdPercent,
          minRequests: config.errorAlarm.minRequests
        },
        tags: (0, _config_tags__WEBPACK_IMPORTED_MODULE_1__.TY)(config)
      };
      if (lbConfig.targetGroupArn) {
        desired.existingTargetGroupArn = lbConfig.targetGroupArn;
        return desired;
      }
      const name = (0, _naming__WEBPACK_IMPORTED_MODULE_2__.MH)(config.cluster, lbConfig.name);
      const https = lbConfig.certificateArn !== void 0;
      const listeners = https ? [ {
        port: 443,
        protocol: 'HTTPS',
        role: 'route',
        certificateArn: lbConfig.certificateArn,
        sslPolicy: lbConfig.sslPolicy
      }, {
        port: 80,
        protocol: 'HTTP',
        role: 'redirect'
      } ] : [ {
        port: 80,
        protocol: 'HTTP',
        role: 'route'
      } ];
      const hasConditions = lbConfig.hostHeader.length > 0 || lbConfig.pathPattern.length > 0;
      const targetGroup = {
        name: lbConfig.targetGroupName ?? (0, _naming__WEBPACK_IMPORTED_MODULE_2__.IT)(config.cluster, config.service, config.environment),
        port: config.taskDefinition.containerPort,
        protocol: 'HTTP',
        targetType: 'ip',
        healthCheck: {
          ...lbConfig.healthCheck
        },
        deregistrationDelaySeconds: lbConfig.deregistrationDelaySeconds
      };
      desired.loadBalancer = {
        name: name,
        scheme: lbConfig.scheme,
        securityGroupName: (0, _naming__WEBPACK_IMPORTED_MODULE_2__.NM)('load-balancer', {
          loadBalancer: name
        }),
        listeners: listeners,
        routingPort: https ? 443 : 80,
        targetGroup: targetGroup,
        ...config.strategy.kind !== 'rolling' ? {
          alternateTargetGroup: {
            ...targetGroup,
            healthCheck: {
              ...targetGroup.healthCheck
            },
            name: (0, _naming__WEBPACK_IMPORTED_MODULE_2__.UN)(targetGroup.name)
          }
        } : {},
        routing: hasConditions ? {
          kind: 'rule',
          conditions: {
            hostHeader: [ ...lbConfig.hostHeader ],
            pathPattern: [ ...lbConfig.pathPattern ]
          },
          fixedPriority: lbConfig.rulePriority,
          band: priorityBand(config)
        } : {
          kind: 'default'
        }
      };
      return desired;
    }
    function loadBalancerIngress(listeners) {
      return listeners.flatMap(l => [ {
        port: l.port,
        cidr: '0.0.0.0/0'
      }, {
        port: l.port,
        ipv6Cidr: '::/0'
      } ]);
    }
    function taskIngress(containerPort, sourceGroupIds) {
      return [ ...new Set(sourceGroupIds) ].sort().map(sourceGroupId => ({
        port: containerPort,
        sourceGroupId: sourceGroupId
      }));
    }
    function serviceUrl(dnsName, https, conditions) {
      const scheme = https ? 'https' : 'http';
      const host = conditions?.hostHeader.find(h => !/[*?]/.test(h)) ?? dnsName;
      const pattern = conditions?.pathPattern[0];
      let path = '/';
      if (pattern) {
        const wildcard = pattern.search(/[*?]/);
        path = wildcard === -1 ? pattern : pattern.slice(0, wildcard);
        if (!path.startsWith('/')) path = `/${path}`;
      }
      return `${scheme}://${host}${path}`;
    }
    function requestCountResourceLabel(loadBalancerArn, targetGroupArn) {
      const lb = /:loadbalancer\/(app\/[^/]+\/[^/]+)$/.exec(loadBalancerArn);
      const tg = /:(targetgroup\/[^/]+\/[^/]+)$/.exec(targetGroupArn);
      if (!lb) throw new Error(`Not an Application Load Balancer ARN: '${loadBalancerArn}'.`);
      if (!tg) throw new Error(`Not a target group ARN: '${targetGroupArn}'.`);
      return `${lb[1]}/${tg[1]}`;
    }
    function desiredScaling(config, target) {
      const as = config.autoScaling;
      const resourceId = `service/${target.cluster}/${target.service}`;
      const policies = [];
      const cooldowns = {
        scaleInCooldown: as.scaleInCooldown,
        scaleOutCooldown: as.scaleOutCooldown
      };
      if (as.enabled) {
        if (as.cpuTarget && as.cpuTarget > 0) policies.push({
          name: _naming__WEBPACK_IMPORTED_MODULE_2__.Od.cpu,
          metric: 'ECSServiceAverageCPUUtilization',
          targetValue: as.cpuTarget,
          ...cooldowns
        });
        if (as.memoryTarget && as.memoryTarget > 0) policies.push({
          name: _naming__WEBPACK_IMPORTED_MODULE_2__.Od.memory,
          metric: 'ECSServiceAverageMemoryUtilization',
          targetValue: as.memoryTarget,
          ...cooldowns
        });
        if (as.requestsPerTarget && as.requestsPerTarget > 0) {
          if (!target.targetGroupArn || !target.loadBalancerArn) throw new Error('requests-per-target needs the service behind a load balancer the action knows (both the target group and its load balancer); with target-group-arn pointing to a target group without a load balancer, remove requests-per-target.');
          policies.push({
            name: _naming__WEBPACK_IMPORTED_MODULE_2__.Od.requests,
            metric: 'ALBRequestCountPerTarget',
            targetValue: as.requestsPerTarget,
            resourceLabel: requestCountResourceLabel(target.loadBalancerArn, target.targetGroupArn),
            ...cooldowns
          });
        }
      }
      return {
        enabled: as.enabled,
        resourceId: resourceId,
        minCapacity: as.minCapacity,
        maxCapacity: as.maxCapacity,
        policies: policies
      };
    }
  },
  124: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      MANAGED_BY_KEY: () => infra_desired.oe,
      MANAGED_BY_VALUE: () => infra_desired.Q9,
      checkStackReferences: () => checkStackReferences,
      choosePriority: () => choosePriority,
      desiredScaling: () => infra_desired.Y_,
      desiredStack: () => infra_desired.jM,
      ensureScaling: () => ensureScaling,
      ensureStack: () => ensureStack,
      loadBalancerName: () => naming.MH,
      planLine: () => plan.o,
      securityGroupName: () => naming.NM,
      serviceUrl: () => infra_desired.Rs,
      targetGroupName: () => naming.IT
    });
    var cloudwatch = __webpack_require__(1394);
    function describeDrift(drifts) {
      return drifts.map(d => `${d.field}: ${JSON.stringify(d.actual)} -> ${JSON.stringify(d.desired)}`).join(', ');
    }
    function compare(field, actual, desired, out) {
      if (actual !== desired) out.push({
        field: field,
        actual: actual,
        desired: desired
      });
    }
    function targetGroupDrift(desired, actual, vpcId) {
      const mutable = [];
      const immutable = [];
      compare('port', actual.port, desired.port, immutable);
      compare('protocol', actual.protocol, desired.protocol, immutable);
      compare('target type', actual.targetType, desired.targetType, immutable);
      if (vpcId !== void 0) compare('vpc', actual.vpcId, vpcId, immutable);
      const hc = desired.healthCheck;
      compare('health check path', actual.healthCheck.path, hc.path, mutable);
      compare('health check interval', actual.healthCheck.intervalSeconds, hc.intervalSeconds, mutable);
      compare('health check timeout', actual.healthCheck.timeoutSeconds, hc.timeoutSeconds, mutable);
      compare('healthy threshold', actual.healthCheck.healthyThreshold, hc.healthyThreshold, mutable);
      compare('unhealthy threshold', actual.healthCheck.unhealthyThreshold, hc.unhealthyThreshold, mutable);
      compare('matcher', actual.healthCheck.matcher, hc.matcher, mutable);
      return {
        mutable: mutable,
        immutable: immutable
      };
    }
    function deregistrationDelayDrift(desiredSeconds, actualSeconds) {
      const out = [];
      compare('deregistration delay', actualSeconds, desiredSeconds, out);
      return out;
    }
    function listenerDrift(desired, actual) {
      const out = [];
      compare('protocol', actual.protocol, desired.protocol, out);
      if (desired.protocol === 'HTTPS') {
        compare('certificate', actual.certificateArn, desired.certificateArn, out);
        compare('ssl policy', actual.sslPolicy, desired.sslPolicy, out);
      }
      return out;
    }
    const sameSet = (a, b) => {
      const sa = new Set(a);
      const sb = new Set(b);
      return sa.size === sb.size && [ ...sa ].every(x => sb.has(x));
    };
    function conditionsDrift(desired, actual) {
      const out = [];
      if (!sameSet(desired.hostHeader, actual.hostHeader)) out.push({
        field: 'host-header',
        actual: actual.hostHeader,
        desired: desired.hostHeader
      });
      if (!sameSet(desired.pathPattern, actual.pathPattern)) out.push({
        field: 'path-pattern',
        actual: actual.pathPattern,
        desired: desired.pathPattern
      });
      return out;
    }
    const ingressKey = p => `${p.port}|${p.cidr ?? ''}|${p.ipv6Cidr ?? ''}|${p.sourceGroupId ?? ''}`;
    function ingressDiff(desired, actual) {
      const actualKeys = new Set(actual.map(ingressKey));
      const desiredKeys = new Set(desired.map(ingressKey));
      return {
        missing: desired.filter(p => !actualKeys.has(ingressKey(p))),
        extra: actual.filter(p => !desiredKeys.has(ingressKey(p)))
      };
    }
    function describeIngress(p) {
      return `tcp ${p.port} from ${p.cidr ?? p.ipv6Cidr ?? p.sourceGroupId ?? '?'}`;
    }
    function retentionDrift(desiredDays, actualDays) {
      const out = [];
      compare('retention days', actualDays ?? 0, desiredDays, out);
      return out;
    }
    function scalableTargetDrift(desired, actual) {
      const out = [];
      compare('min capacity', actual.minCapacity, desired.minCapacity, out);
      compare('max capacity', actual.maxCapacity, desired.maxCapacity, out);
      return out;
    }
    function scalingPolicyDrift(desired, actual) {
      const out = [];
      compare('metric', actual.metric, desired.metric, out);
      compare('target value', actual.targetValue, desired.targetValue, out);
      compare('resource label', actual.resourceLabel, desired.resourceLabel, out);
      compare('scale-in cooldown', actual.scaleInCooldown, desired.scaleInCooldown, out);
      compare('scale-out cooldown', actual.scaleOutCooldown, desired.scaleOutCooldown, out);
      return out;
    }
    function changeFor(resource, name, drifts, keepDetail) {
      return drifts.length > 0 ? {
        action: 'update',
        resource: resource,
        name: name,
        detail: describeDrift(drifts)
      } : {
        action: 'keep',
        resource: resource,
        name: name,
        ...keepDetail ? {
          detail: keepDetail
        } : {}
      };
    }
    const ALB_NAMESPACE = 'AWS/ApplicationELB';
    const ERROR_ALARM_PERIOD_SECONDS = 60;
    const EVALUATION_PERIODS = 1;
    const COMPARISON = 'GreaterThanThreshold';
    const TREAT_MISSING = 'notBreaching';
    function albDimensions(t) {
      const tg = /:(targetgroup\/[^/]+\/[^/]+)$/.exec(t.targetGroupArn);
      const lb = /:loadbalancer\/(app\/[^/]+\/[^/]+)$/.exec(t.loadBalancerArn);
      if (!tg || !lb) throw new Error(`Cannot name the CloudWatch dimensions of ${t.targetGroupArn} behind ${t.loadBalancerArn}.`);
      return [ {
        Name: 'TargetGroup',
        Value: tg[1]
      }, {
        Name: 'LoadBalancer',
        Value: lb[1]
      } ];
    }
    function metric(id, name, t) {
      return {
        Id: id,
        MetricStat: {
          Metric: {
            Namespace: ALB_NAMESPACE,
            MetricName: name,
            Dimensions: albDimensions(t)
          },
          Period: ERROR_ALARM_PERIOD_SECONDS,
          Stat: 'Sum'
        },
        ReturnData: false
      };
    }
    function errorRateQueries(targets, minRequests) {
      const rates = targets.map((_, i) => ({
        Id: `rate${i}`,
        Expression: `IF(FILL(r${i}, 0) >= ${minRequests}, 100 * FILL(e${i}, 0) / r${i}, 0)`,
        ReturnData: false
      }));
      const highest = rates.map(q => q.Id).reduce((acc, id) => acc === '' ? id : `IF(${acc} > ${id}, ${acc}, ${id})`, '');
      return [ ...targets.flatMap((t, i) => [ metric(`e${i}`, 'HTTPCode_Target_5XX_Count', t), metric(`r${i}`, 'RequestCount', t) ]), ...rates, {
        Id: 'rate',
        Expression: highest,
        Label: `5xx % of requests, the highest of its target groups (minutes of at least ${minRequests} requests)`,
        ReturnData: true
      } ];
    }
    function errorAlarmInput(spec, targets, service, tags) {
      return {
        AlarmName: spec.name,
        AlarmDescription: `Service ${service}: more than ${spec.thresholdPercent} % of requests answered 5xx by its targets in one minute of at least ${spec.minRequests} requests. ECS rolls a deployment back when this alarm goes to ALARM (rollback-on-errors).`,
        ActionsEnabled: false,
        Metrics: errorRateQueries(targets, spec.minRequests),
        EvaluationPeriods: EVALUATION_PERIODS,
        DatapointsToAlarm: EVALUATION_PERIODS,
        Threshold: spec.thresholdPercent,
        ComparisonOperator: COMPARISON,
        TreatMissingData: TREAT_MISSING,
        Tags: Object.entries(tags).map(([Key, Value]) => ({
          Key: Key,
          Value: Value
        }))
      };
    }
    function comparableQueries(queries) {
      return JSON.stringify((queries ?? []).map(q => ({
        Id: q.Id,
        Expression: q.Expression,
        ReturnData: q.ReturnData !== false,
        Metric: q.MetricStat && {
          Namespace: q.MetricStat.Metric?.Namespace,
          MetricName: q.MetricStat.Metric?.MetricName,
          Dimensions: [ ...q.MetricStat.Metric?.Dimensions ?? [] ].sort((a, b) => String(a.Name).localeCompare(String(b.Name))),
          Period: q.MetricStat.Period,
          Stat: q.MetricStat.Stat
        }
      })));
    }
    function errorAlarmDrift(wanted, actual) {
      const drift = [];
      const fields = [ 'Threshold', 'EvaluationPeriods', 'DatapointsToAlarm', 'ComparisonOperator', 'TreatMissingData' ];
      for (const f of fields) if (actual[f] !== wanted[f]) drift.push({
        field: f,
        actual: actual[f],
        desired: wanted[f]
      });
      if (comparableQueries(actual.Metrics) !== comparableQueries(wanted.Metrics)) drift.push({
        field: 'metrics',
        actual: actual.Metrics?.find(q => q.ReturnData !== false)?.Expression ?? actual.MetricName,
        desired: `${wanted.Metrics?.at(-1)?.Expression} over ${(wanted.Metrics ?? []).filter(q => q.MetricStat).length / 2} target group(s)`
      });
      return drift;
    }
    async function ensureErrorAlarm(ctx, targets) {
      const spec = ctx.desired.errorAlarm;
      const client = ctx.clients.cloudwatch;
      const existing = await cloudwatch.D6(client, spec.name);
      if (spec.enabled && targets.length === 0 && ctx.plan && ctx.desired.loadBalancer) {
        ctx.record({
          action: 'create',
          resource: 'alarm',
          name: spec.name,
          detail: 'on the target groups to be created'
        });
        return;
      }
      if (!spec.enabled || targets.length === 0) {
        if (spec.enabled) ctx.log.warning(`rollback-on-errors: the target group has no load balancer, so there are no request metrics to alarm on; no error alarm.`);
        if (existing) {
          if (!ctx.plan) await cloudwatch.ic(client, [ spec.name ]);
          ctx.record({
            action: 'delete',
            resource: 'alarm',
            name: spec.name,
            detail: 'rollback-on-errors is off'
          });
        }
        return;
      }
      const wanted = errorAlarmInput(spec, targets, ctx.config.service, ctx.desired.tags);
      const detail = `5xx > ${spec.thresholdPercent} % of at least ${spec.minRequests} requests in 1 minute, ${targets.length} target group(s)`;
      if (!existing) {
        if (!ctx.plan) await cloudwatch.L(client, wanted);
        ctx.record({
          action: 'create',
          resource: 'alarm',
          name: spec.name,
          detail: detail
        });
        return {
          ...spec
        };
      }
      const drift = errorAlarmDrift(wanted, existing);
      if (drift.length > 0 && !ctx.plan) await cloudwatch.L(client, wanted);
      ctx.record(changeFor('alarm', spec.name, drift, detail));
      return {
        ...spec
      };
    }
    var commandBuilder = __webpack_require__(2588);
    var schemas_0 = __webpack_require__(4947);
    class DescribeClustersCommand extends((0, commandBuilder.G5)(commandBuilder.lq, commandBuilder.yt, "DescribeClusters", schemas_0.dM4)){}
    class CreateClusterCommand extends((0, commandBuilder.G5)(commandBuilder.lq, commandBuilder.yt, "CreateCluster", schemas_0.TIA)){}
    class UpdateClusterSettingsCommand extends((0, commandBuilder.G5)(commandBuilder.lq, commandBuilder.yt, "UpdateClusterSettings", schemas_0.vB4)){}
    async function describeCluster(client, name) {
      const out = await client.send(new DescribeClustersCommand({
        clusters: [ name ],
        include: [ 'SETTINGS', 'TAGS' ]
      }));
      const cluster = out.clusters?.find(c => c.clusterName === name || c.clusterArn?.endsWith(`/${name}`));
      if (!cluster || cluster.status === 'INACTIVE') return;
      return cluster;
    }
    async function createCluster(client, input) {
      const out = await client.send(new CreateClusterCommand({
        clusterName: input.name,
        settings: [ {
          name: 'containerInsights',
          value: input.containerInsights ? 'enabled' : 'disabled'
        } ],
        tags: Object.entries(input.tags).map(([key, value]) => ({
          key: key,
          value: value
        }))
      }));
      if (!out.cluster) throw new Error(`CreateCluster ${input.name} returned no cluster.`);
      return out.cluster;
    }
    async function setContainerInsights(client, name, enabled) {
      await client.send(new UpdateClusterSettingsCommand({
        cluster: name,
        settings: [ {
          name: 'containerInsights',
          value: enabled ? 'enabled' : 'disabled'
        } ]
      }));
    }
    function containerInsightsOf(cluster) {
      const value = cluster.settings?.find(s => s.name === 'containerInsights')?.value;
      return value === 'enabled' || value === 'enhanced';
    }
    var log_groups = __webpack_require__(7526);
    async function ensureCluster(ctx) {
      const {name: name, containerInsights: containerInsights} = ctx.desired.cluster;
      const actual = await describeCluster(ctx.clients.ecs, name);
      if (!actual) {
        let arn;
        if (!ctx.plan) arn = (await createCluster(ctx.clients.ecs, {
          name: name,
          containerInsights: containerInsights,
          tags: ctx.desired.tags
        })).clusterArn;
        ctx.record({
          action: 'create',
          resource: 'ecs-cluster',
          name: name,
          detail: `container insights ${containerInsights ? 'on' : 'off'}`
        });
        return arn;
      }
      const drift = [];
      if (containerInsightsOf(actual) !== containerInsights) drift.push({
        field: 'container insights',
        actual: containerInsightsOf(actual),
        desired: containerInsights
      });
      if (drift.length > 0 && !ctx.plan) await setContainerInsights(ctx.clients.ecs, name, containerInsights);
      ctx.record(changeFor('ecs-cluster', name, drift));
      return actual.clusterArn;
    }
    async function ensureLogGroup(ctx) {
      const {name: name, retentionDays: retentionDays} = ctx.desired.logGroup;
      const actual = await log_groups.zq(ctx.clients.logs, name);
      if (!actual) {
        if (!ctx.plan) {
          await log_groups.SE(ctx.clients.logs, name, ctx.desired.tags);
          if (retentionDays !== 0) await log_groups.VB(ctx.clients.logs, name, retentionDays);
        }
        ctx.record({
          action: 'create',
          resource: 'log-group',
          name: name,
          detail: `retention ${retentionDays || 'never expires'}${retentionDays ? ' days' : ''}`
        });
        return;
      }
      const drift = retentionDrift(retentionDays, actual.retentionInDays);
      if (drift.length > 0 && !ctx.plan) await log_groups.VB(ctx.clients.logs, name, retentionDays);
      ctx.record(changeFor('log-group', name, drift));
    }
    var context = __webpack_require__(9821);
    var infra_desired = __webpack_require__(7484);
    var elbv2 = __webpack_require__(6677);
    function forwardWeights(actions) {
      const forward = actions?.find(a => a.Type === 'forward');
      if (!forward) return [];
      const groups = forward.ForwardConfig?.TargetGroups ?? [];
      if (groups.length > 0) return groups.filter(g => g.TargetGroupArn).map(g => ({
        arn: g.TargetGroupArn,
        weight: g.Weight ?? 1
      }));
      return forward.TargetGroupArn ? [ {
        arn: forward.TargetGroupArn,
        weight: 1
      } ] : [];
    }
    const nameOf = arn => /:targetgroup\/([^/]+)\//.exec(arn)?.[1];
    function alternateOf(groups, actions) {
      return groups.alternate ?? forwardWeights(actions).find(w => nameOf(w.arn) === groups.alternateName)?.arn;
    }
    function forwardTo(serving, standby) {
      if (!standby) return {
        Type: 'forward',
        TargetGroupArn: serving
      };
      return {
        Type: 'forward',
        ForwardConfig: {
          TargetGroups: [ {
            TargetGroupArn: serving,
            Weight: 100
          }, {
            TargetGroupArn: standby,
            Weight: 0
          } ]
        }
      };
    }
    function planForward(actions, groups, wantBoth) {
      const main = groups.main;
      if (!main) return {};
      const alternate = alternateOf(groups, actions);
      const own = [ main, ...alternate ? [ alternate ] : [] ];
      const current = forwardWeights(actions);
      const onlyOwn = current.length > 0 && current.every(w => own.includes(w.arn));
      const nonForward = (actions ?? []).some(a => a.Type !== 'forward');
      if (onlyOwn && !nonForward) {
        const heaviest = [ ...current ].sort((a, b) => b.weight - a.weight || (a.arn === main ? -1 : 1))[0].arn;
        const standby = own.find(arn => arn !== heaviest);
        const complete = !wantBoth || !alternate || current.length === 2;
        if (complete) return {
          serving: heaviest,
          ...current.length === 2 ? {
            standby: standby
          } : {}
        };
        return {
          action: forwardTo(heaviest, standby),
          serving: heaviest,
          standby: standby
        };
      }
      const standby = wantBoth ? alternate : void 0;
      return {
        action: forwardTo(main, standby),
        serving: main,
        ...standby ? {
          standby: standby
        } : {}
      };
    }
    function describeForward(actions) {
      const w = forwardWeights(actions);
      if (w.length === 0) return 'no forward';
      if (w.length === 1) return `forward to ${nameOf(w[0].arn) ?? w[0].arn}`;
      return `forward to ${w.map(x => `${nameOf(x.arn) ?? x.arn} (${x.weight})`).join(', ')}`;
    }
    async function ensureListeners(ctx, spec, lb, groups) {
      const client = ctx.clients.elbv2;
      const actual = lb?.LoadBalancerArn ? await elbv2.Pd(client, lb.LoadBalancerArn) : [];
      const tags = actual.length > 0 ? await elbv2.FE(client, actual.map(l => l.ListenerArn)) : new Map;
      let routeListener;
      for (const listenerSpec of spec.listeners) {
        const existing = actual.find(l => l.Port === listenerSpec.port);
        const wanted = defaultActionFor(listenerSpec, spec, groups, existing);
        const listener = existing?.ListenerArn ? await updateListener(ctx, {
          spec: spec,
          listenerSpec: listenerSpec,
          wanted: wanted,
          groups: groups
        }, existing, {
          managed: tags.get(existing.ListenerArn)?.[infra_desired.oe] === infra_desired.Q9
        }) : await createListener(ctx, spec, listenerSpec, wanted, lb);
        if (listenerSpec.role === 'route') routeListener = listener;
      }
      return routeListener;
    }
    function certificateSettings(listenerSpec) {
      return listenerSpec.certificateArn ? {
        Certificates: [ {
          CertificateArn: listenerSpec.certificateArn
        } ],
        SslPolicy: listenerSpec.sslPolicy
      } : {};
    }
    async function createListener(ctx, spec, listenerSpec, wanted, lb) {
      let created;
      if (!ctx.plan) created = await elbv2.pA(ctx.clients.elbv2, {
        LoadBalancerArn: lb?.LoadBalancerArn,
        Port: listenerSpec.port,
        Protocol: listenerSpec.protocol,
        ...certificateSettings(listenerSpec),
        DefaultActions: [ wanted ],
        Tags: elbv2.s3(ctx.desired.tags)
      });
      ctx.record({
        action: 'create',
        resource: 'listener',
        name: `${spec.name}:${listenerSpec.port}`,
        detail: `${listenerSpec.protocol}, default ${describeAction(wanted)}`
      });
      return created;
    }
    async function updateListener(ctx, w, existing, {managed: managed}) {
      const {listenerSpec: listenerSpec} = w;
      const name = `${w.spec.name}:${listenerSpec.port}`;
      const drift = listenerDrift(listenerSpec, {
        port: existing.Port,
        protocol: existing.Protocol,
        certificateArn: existing.Certificates?.[0]?.CertificateArn,
        sslPolicy: existing.SslPolicy
      });
      const defaultDrift = defaultActionDrift(ctx, w, existing, managed, name);
      if ((drift.length > 0 || defaultDrift) && !ctx.plan) await elbv2.JL(ctx.clients.elbv2, {
        ListenerArn: existing.ListenerArn,
        ...drift.length > 0 ? {
          Protocol: listenerSpec.protocol,
          Port: listenerSpec.port,
          ...certificateSettings(listenerSpec)
        } : {},
        ...defaultDrift ? {
          DefaultActions: [ w.wanted ]
        } : {}
      });
      ctx.record(changeFor('listener', name, [ ...drift, ...defaultDrift ? [ defaultDrift ] : [] ]));
      return existing;
    }
    function defaultActionFor(listenerSpec, spec, groups, existing) {
      if (listenerSpec.role === 'redirect') return {
        Type: 'redirect',
        RedirectConfig: {
          Protocol: 'HTTPS',
          Port: '443',
          Host: '#{host}',
          Path: '/#{path}',
          Query: '#{query}',
          StatusCode: 'HTTP_301'
        }
      };
      if (spec.routing.kind === 'default') {
        const wantBoth = spec.alternateTargetGroup !== void 0;
        const plan = planForward(existing?.DefaultActions, groups, wantBoth);
        if (plan.action) return plan.action;
        return existing?.DefaultActions?.find(a => a.Type === 'forward') ?? {
          Type: 'forward',
          TargetGroupArn: groups.main ?? '(new target group)'
        };
      }
      return {
        Type: 'fixed-response',
        FixedResponseConfig: {
          StatusCode: '404',
          ContentType: 'text/plain',
          MessageBody: 'No service matches this host or path.'
        }
      };
    }
    function defaultActionDrift(ctx, {listenerSpec: listenerSpec, spec: spec, groups: groups}, existing, managed, name) {
      const current = existing.DefaultActions?.[0];
      const forwardsTo = elbv2.gS(existing.DefaultActions);
      if (listenerSpec.role === 'redirect') {
        if (current?.Type === 'redirect') return;
        if (!managed || forwardsTo.some(arn => arn !== groups.main)) {
          ctx.log.warning(`Listener ${name} was not made by this action (or serves another service), so it is left as it is (${describeAction(current)}) instead of redirecting to HTTPS.`);
          return;
        }
        return {
          field: 'default action',
          actual: describeAction(current),
          desired: 'redirect to HTTPS'
        };
      }
      if (spec.routing.kind !== 'default') return;
      const plan = planForward(existing.DefaultActions, groups, spec.alternateTargetGroup !== void 0);
      if (!plan.action) return;
      const conflict = defaultActionConflict(name, existing, managed, groups);
      if (conflict) throw new Error(conflict);
      return {
        field: 'default action',
        actual: describeAction(current),
        desired: describeForward([ plan.action ])
      };
    }
    function defaultActionConflict(name, existing, managed, groups) {
      const forwardsTo = elbv2.gS(existing.DefaultActions);
      const own = forwardWeights(existing.DefaultActions).filter(w => w.arn === groups.main || w.arn === alternateOf(groups, existing.DefaultActions));
      if (groups.main && forwardsTo.length > 0 && own.length === forwardsTo.length) return;
      if (forwardsTo.length > 0) return `Listener ${name} already forwards by default to another target group (${forwardsTo.join(', ')}), another service's. ` + 'Give host-header and/or path-pattern so this service gets its own listener rule on the shared load balancer.';
      if (!managed) return `Listener ${name} was not created by this action and its default action is ${describeAction(existing.DefaultActions?.[0])}. ` + 'Give host-header and/or path-pattern to route this service by a listener rule instead.';
      return;
    }
    function describeAction(a) {
      if (!a) return 'none';
      if (a.Type === 'forward') return `forward to ${elbv2.gS([ a ]).map(arn => arn.split(':').pop()).join(', ')}`;
      if (a.Type === 'redirect') return `redirect to ${a.RedirectConfig?.Protocol ?? ''}:${a.RedirectConfig?.Port ?? ''}`;
      if (a.Type === 'fixed-response') return `fixed response ${a.FixedResponseConfig?.StatusCode ?? ''}`;
      return a.Type ?? 'unknown';
    }
    var naming = __webpack_require__(9720);
    var errors = __webpack_require__(9378);
    var aws_limits = __webpack_require__(9948);
    function choosePriority(taken, band = [ aws_limits.j, aws_limits.rP ], preferred) {
      const [lo, hi] = band;
      if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < aws_limits.j || hi > aws_limits.rP || lo > hi) throw new Error(`Invalid rule priority band ${lo}..${hi}: it must lie within ${aws_limits.j}..${aws_limits.rP}.`);
      const used = new Set(taken);
      if (preferred !== void 0 && preferred >= lo && preferred <= hi && !used.has(preferred)) return preferred;
      for (let p = lo; p <= hi; p++) if (!used.has(p)) return p;
      throw new Error(`Every listener rule priority in ${lo}..${hi} is taken (${hi - lo + 1} rules). ` + 'Remove unused rules (for previews: run the sweep), widen the band, or set rule-priority to a free number outside it.');
    }
    const PRIORITY_ATTEMPTS = 5;
    const MAX_RULES = 100;
    async function ensureRule(ctx, listener, routing, groups, options) {
      const {targetGroupName: targetGroupName, wantBoth: wantBoth} = options;
      if (!listener?.ListenerArn) {
        const priority = routing.fixedPriority ?? choosePriority(wantBoth ? [ routing.band[0] ] : [], routing.band);
        recordCreate(ctx, routing, targetGroupName, priority);
        return {
          priority: priority
        };
      }
      const wanted = {
        listenerArn: listener.ListenerArn,
        routing: routing,
        groups: groups,
        targetGroupName: targetGroupName,
        wantBoth: wantBoth
      };
      const rules = await nonDefaultRules(ctx, listener.ListenerArn);
      const mine = await findOwnRule(ctx, rules, groups.main);
      if (mine?.RuleArn) return updateRule(ctx, wanted, mine);
      if (rules.length + (wantBoth ? 1 : 0) >= MAX_RULES) throw new Error(`The load balancer already has ${rules.length} listener rules on this listener, the AWS limit is ${MAX_RULES}: remove unused rules (previews: sweep) first.`);
      return createRule(ctx, wanted, rules);
    }
    async function nonDefaultRules(ctx, listenerArn) {
      return (await elbv2.NH(ctx.clients.elbv2, listenerArn)).filter(r => !r.IsDefault);
    }
    function recordCreate(ctx, routing, targetGroupName, priority) {
      ctx.record({
        action: 'create',
        resource: 'listener-rule',
        name: targetGroupName,
        detail: `${describeConditions(routing.conditions)}, priority ${priority}`
      });
    }
    async function updateRule(ctx, w, mine) {
      const {routing: routing} = w;
      const drift = conditionsDrift(routing.conditions, actualConditions(mine.Conditions));
      const forward = planForward(mine.Actions, w.groups, w.wantBoth);
      if (forward.action || !w.groups.main) drift.push({
        field: 'forward',
        actual: describeForward(mine.Actions),
        desired: forward.action ? describeForward([ forward.action ]) : w.targetGroupName
      });
      const priority = Number(mine.Priority);
      const priorityDrift = routing.fixedPriority !== void 0 && routing.fixedPriority !== priority;
      if (priorityDrift) drift.push({
        field: 'priority',
        actual: priority,
        desired: routing.fixedPriority
      });
      if (!ctx.plan) {
        if (drift.some(d => d.field !== 'priority')) await elbv2.B6(ctx.clients.elbv2, {
          RuleArn: mine.RuleArn,
          Conditions: toConditions(routing.conditions),
          ...forward.action ? {
            Actions: [ forward.action ]
          } : {}
        });
        if (priorityDrift) await moveRule(ctx, w, mine.RuleArn, routing.fixedPriority);
      }
      const outcome = {
        ruleArn: mine.RuleArn,
        priority: priorityDrift ? routing.fixedPriority : priority,
        serving: forward.serving,
        standby: forward.standby
      };
      ctx.record(changeFor('listener-rule', w.targetGroupName, drift, `${describeConditions(routing.conditions)}, priority ${priority}`));
      return outcome;
    }
    async function moveRule(ctx, w, ruleArn, priority) {
      try {
        await elbv2.HZ(ctx.clients.elbv2, ruleArn, priority);
      } catch (err) {
        if ((0, errors.m)(err, 'PriorityInUse')) throw new Error(`rule-priority ${priority} is already used by another rule on ${w.listenerArn}; choose a free one.`);
        throw err;
      }
    }
    async function createRule(ctx, w, existingRules) {
      const {routing: routing} = w;
      let rules = existingRules;
      const tried = [];
      const forward = planForward(void 0, w.groups, w.wantBoth);
      for (let attempt = 1; attempt <= PRIORITY_ATTEMPTS; attempt++) {
        const taken = [ ...rules.map(r => Number(r.Priority)).filter(Number.isFinite), ...tried ];
        const ahead = w.wantBoth && routing.fixedPriority === void 0 ? [ choosePriority(taken, routing.band) ] : [];
        const priority = freePriority(routing, [ ...taken, ...ahead ]);
        const outcome = {
          priority: priority,
          serving: forward.serving,
          standby: forward.standby
        };
        if (ctx.plan) {
          recordCreate(ctx, routing, w.targetGroupName, priority);
          return outcome;
        }
        try {
          const rule = await elbv2.D_(ctx.clients.elbv2, {
            ListenerArn: w.listenerArn,
            Priority: priority,
            Conditions: toConditions(routing.conditions),
            Actions: [ forward.action ?? {
              Type: 'forward',
              TargetGroupArn: w.groups.main
            } ],
            Tags: elbv2.s3(ctx.desired.tags)
          });
          recordCreate(ctx, routing, w.targetGroupName, priority);
          return {
            ...outcome,
            ruleArn: rule?.RuleArn
          };
        } catch (err) {
          if (!(0, errors.m)(err, 'PriorityInUse') || routing.fixedPriority !== void 0) throw err;
          ctx.log.info(`Rule priority ${priority} was taken meanwhile (attempt ${attempt} of ${PRIORITY_ATTEMPTS}); choosing again.`);
          tried.push(priority);
          rules = await nonDefaultRules(ctx, w.listenerArn);
        }
      }
      throw new Error(`Could not create the listener rule for ${w.targetGroupName}: every priority chosen (${tried.join(', ')}) was taken by concurrent changes. Retry the job, or set rule-priority.`);
    }
    function freePriority(routing, taken) {
      if (routing.fixedPriority === void 0) return choosePriority(taken, routing.band);
      if (taken.includes(routing.fixedPriority)) throw new Error(`rule-priority ${routing.fixedPriority} is already used by another rule on the listener; choose a free one or leave rule-priority empty.`);
      return routing.fixedPriority;
    }
    function isTestRule(rule) {
      return (rule.Conditions ?? []).some(c => c.Field === 'http-header' && c.HttpHeaderConfig?.HttpHeaderName?.toLowerCase() === context.b.name.toLowerCase());
    }
    async function findOwnRule(ctx, allRules, targetGroupArn) {
      const rules = allRules.filter(r => !isTestRule(r));
      if (targetGroupArn) {
        const byTarget = rules.find(r => elbv2.gS(r.Actions).includes(targetGroupArn));
        if (byTarget) return byTarget;
      }
      if (rules.length === 0) return;
      const tags = await elbv2.FE(ctx.clients.elbv2, rules.map(r => r.RuleArn));
      return rules.find(r => {
        const t = tags.get(r.RuleArn);
        return t?.[infra_desired.oe] === infra_desired.Q9 && t.service === ctx.config.service && t.environment === ctx.config.environment;
      });
    }
    function toConditions(c) {
      const out = [];
      if (c.hostHeader.length > 0) out.push({
        Field: 'host-header',
        HostHeaderConfig: {
          Values: c.hostHeader
        }
      });
      if (c.pathPattern.length > 0) out.push({
        Field: 'path-pattern',
        PathPatternConfig: {
          Values: c.pathPattern
        }
      });
      return out;
    }
    function actualConditions(conditions) {
      const out = {
        hostHeader: [],
        pathPattern: []
      };
      for (const c of conditions ?? []) {
        if (c.Field === 'host-header') out.hostHeader.push(...c.HostHeaderConfig?.Values ?? c.Values ?? []);
        if (c.Field === 'path-pattern') out.pathPattern.push(...c.PathPatternConfig?.Values ?? c.Values ?? []);
      }
      return out;
    }
    function describeConditions(c) {
      return [ c.hostHeader.length ? `host ${c.hostHeader.join(' | ')}` : '', c.pathPattern.length ? `path ${c.pathPattern.join(' | ')}` : '' ].filter(Boolean).join(' and ');
    }
    var client = __webpack_require__(2658);
    var endpoints = __webpack_require__(2085);
    var EndpointParameters = __webpack_require__(3358);
    const command = (0, client.makeBuilder)(EndpointParameters.S, "AmazonEC2", "EC2Client", endpoints.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    var schemas_schemas_0 = __webpack_require__(230);
    class DescribeVpcsCommand extends(command(_ep0, _mw0, "DescribeVpcs", schemas_schemas_0.EF0)){}
    class DescribeSubnetsCommand extends(command(_ep0, _mw0, "DescribeSubnets", schemas_schemas_0._3j)){}
    class DescribeSecurityGroupsCommand extends(command(_ep0, _mw0, "DescribeSecurityGroups", schemas_schemas_0.GZZ)){}
    class CreateSecurityGroupCommand extends(command(_ep0, _mw0, "CreateSecurityGroup", schemas_schemas_0.Ism)){}
    class AuthorizeSecurityGroupIngressCommand extends(command(_ep0, _mw0, "AuthorizeSecurityGroupIngress", schemas_schemas_0.Kos)){}
    class RevokeSecurityGroupIngressCommand extends(command(_ep0, _mw0, "RevokeSecurityGroupIngress", schemas_schemas_0.H5M)){}
    var aws_consistency = __webpack_require__(2145);
    var paging = __webpack_require__(6433);
    async function findDefaultVpc(client) {
      const vpcs = await describeVpcs(client, [ {
        Name: 'is-default',
        Values: [ 'true' ]
      } ]);
      return vpcs[0];
    }
    async function describeVpc(client, vpcId) {
      const vpcs = await describeVpcs(client, [ {
        Name: 'vpc-id',
        Values: [ vpcId ]
      } ]);
      return vpcs[0];
    }
    function describeVpcs(client, filters) {
      return (0, paging.S4)(async token => {
        const out = await client.send(new DescribeVpcsCommand({
          Filters: filters,
          NextToken: token
        }));
        return {
          items: out.Vpcs,
          next: out.NextToken
        };
      });
    }
    function describeSubnets(client, by) {
      return (0, paging.S4)(async token => {
        const out = await client.send(new DescribeSubnetsCommand({
          ...by.subnetIds ? {
            SubnetIds: by.subnetIds
          } : {},
          ...by.vpcId ? {
            Filters: [ {
              Name: 'vpc-id',
              Values: [ by.vpcId ]
            } ]
          } : {},
          NextToken: token
        }));
        return {
          items: out.Subnets,
          next: out.NextToken
        };
      });
    }
    async function findSecurityGroupByName(client, vpcId, groupName) {
      const groups = await describeSecurityGroups(client, {
        Filters: [ {
          Name: 'vpc-id',
          Values: [ vpcId ]
        }, {
          Name: 'group-name',
          Values: [ groupName ]
        } ]
      });
      return groups[0];
    }
    async function describeSecurityGroupsById(client, groupIds) {
      if (groupIds.length === 0) return [];
      return describeSecurityGroups(client, {
        GroupIds: groupIds
      });
    }
    function describeSecurityGroups(client, input) {
      return (0, paging.S4)(async token => {
        const out = await client.send(new DescribeSecurityGroupsCommand({
          ...input,
          NextToken: token
        }));
        return {
          items: out.SecurityGroups,
          next: out.NextToken
        };
      });
    }
    async function createSecurityGroup(client, input) {
      let out;
      try {
        out = await client.send(new CreateSecurityGroupCommand({
          VpcId: input.vpcId,
          GroupName: input.groupName,
          Description: input.description.slice(0, 255),
          TagSpecifications: [ {
            ResourceType: 'security-group',
            Tags: Object.entries({
              Name: input.groupName,
              ...input.tags
            }).map(([Key, Value]) => ({
              Key: Key,
              Value: Value
            }))
          } ]
        }));
      } catch (error) {
        if (!(0, errors.m)(error, 'InvalidGroup.Duplicate')) throw error;
        const made = await findSecurityGroupByName(client, input.vpcId, input.groupName);
        if (!made?.GroupId) throw error;
        return made.GroupId;
      }
      if (!out.GroupId) throw new Error(`CreateSecurityGroup ${input.groupName} returned no group id.`);
      return out.GroupId;
    }
    function toIpPermissions(perms) {
      return perms.map(p => ({
        IpProtocol: 'tcp',
        FromPort: p.port,
        ToPort: p.port,
        ...p.cidr ? {
          IpRanges: [ {
            CidrIp: p.cidr
          } ]
        } : {},
        ...p.ipv6Cidr ? {
          Ipv6Ranges: [ {
            CidrIpv6: p.ipv6Cidr
          } ]
        } : {},
        ...p.sourceGroupId ? {
          UserIdGroupPairs: [ {
            GroupId: p.sourceGroupId
          } ]
        } : {}
      }));
    }
    async function authorizeIngress(client, groupId, perms, consistency) {
      if (perms.length === 0) return;
      try {
        await (0, aws_consistency.dr)(() => client.send(new AuthorizeSecurityGroupIngressCommand({
          GroupId: groupId,
          IpPermissions: toIpPermissions(perms)
        })), error => (0, errors.m)(error, 'InvalidGroup.NotFound'), consistency);
      } catch (error) {
        if (!(0, errors.m)(error, 'InvalidPermission.Duplicate')) throw error;
      }
    }
    async function revokeIngress(client, groupId, perms) {
      if (perms.length === 0) return;
      await client.send(new RevokeSecurityGroupIngressCommand({
        GroupId: groupId,
        IpPermissions: toIpPermissions(perms)
      }));
    }
    function flatIngress(group) {
      const out = [];
      for (const p of group.IpPermissions ?? []) {
        if (p.IpProtocol !== 'tcp' || p.FromPort === void 0 || p.FromPort !== p.ToPort) continue;
        const port = p.FromPort;
        for (const r of p.IpRanges ?? []) if (r.CidrIp) out.push({
          port: port,
          cidr: r.CidrIp
        });
        for (const r of p.Ipv6Ranges ?? []) if (r.CidrIpv6) out.push({
          port: port,
          ipv6Cidr: r.CidrIpv6
        });
        for (const g of p.UserIdGroupPairs ?? []) if (g.GroupId) out.push({
          port: port,
          sourceGroupId: g.GroupId
        });
      }
      return out;
    }
    function ec2Tags(tags) {
      const out = {};
      for (const t of tags ?? []) if (t.Key) out[t.Key] = t.Value ?? '';
      return out;
    }
    var util_errors = __webpack_require__(17);
    async function ensureSecurityGroup(ctx, vpcId, group, desiredIngress, revocable) {
      const {name: name, description: description} = group;
      const existing = await findSecurityGroupByName(ctx.clients.ec2, vpcId, name);
      if (!existing?.GroupId) {
        let groupId;
        if (!ctx.plan) {
          groupId = await createSecurityGroup(ctx.clients.ec2, {
            vpcId: vpcId,
            groupName: name,
            description: description,
            tags: ctx.desired.tags
          });
          await authorizeIngress(ctx.clients.ec2, groupId, desiredIngress, ctx.consistency);
        }
        ctx.record({
          action: 'create',
          resource: 'security-group',
          name: name,
          detail: desiredIngress.map(describeIngress).join('; ')
        });
        return groupId;
      }
      const managed = ec2Tags(existing.Tags)[infra_desired.oe] === infra_desired.Q9;
      const {missing: missing, extra: extra} = ingressDiff(desiredIngress, flatIngress(existing));
      const toRevoke = managed ? extra.filter(revocable) : [];
      if (!ctx.plan) {
        await authorizeIngress(ctx.clients.ec2, existing.GroupId, missing, ctx.consistency);
        await revokeIngress(ctx.clients.ec2, existing.GroupId, toRevoke);
      }
      const detail = [ ...missing.map(p => `+ ${describeIngress(p)}`), ...toRevoke.map(p => `- ${describeIngress(p)}`) ].join('; ');
      const named = `${name} (${existing.GroupId})`;
      ctx.record(detail ? {
        action: 'update',
        resource: 'security-group',
        name: named,
        detail: detail
      } : {
        action: 'keep',
        resource: 'security-group',
        name: named
      });
      return existing.GroupId;
    }
    function ensureLoadBalancerSecurityGroup(ctx, vpcId, spec) {
      const ports = new Set(spec.listeners.map(l => l.port));
      return ensureSecurityGroup(ctx, vpcId, {
        name: spec.securityGroupName,
        description: `Load balancer ${spec.name}: listener ports from anywhere`
      }, (0, infra_desired.kY)(spec.listeners), p => (p.cidr === '0.0.0.0/0' || p.ipv6Cidr === '::/0') && !ports.has(p.port));
    }
    function ensureTaskSecurityGroup(ctx, vpcId, sourceGroupIds) {
      const sources = new Set(sourceGroupIds);
      return ensureSecurityGroup(ctx, vpcId, {
        name: ctx.desired.taskSecurityGroupName,
        description: `Tasks of ECS service ${ctx.config.service} (${ctx.config.cluster}): only the load balancer reaches the container port`
      }, (0, infra_desired.Bz)(ctx.desired.containerPort, sourceGroupIds), p => p.sourceGroupId !== void 0 && sources.has(p.sourceGroupId));
    }
    async function checkExtraSecurityGroups(ctx, vpcId) {
      const ids = ctx.desired.extraSecurityGroups;
      if (ids.length === 0) return;
      let found;
      try {
        found = await describeSecurityGroupsById(ctx.clients.ec2, ids);
      } catch (err) {
        if ((0, errors.m)(err, 'InvalidGroup.NotFound', 'InvalidGroupId.Malformed')) throw new Error(`Input 'security-groups': not found (${(0, 
        util_errors.g)(err)}). Check the security-groups input and the region (${ctx.config.region}).`);
        throw err;
      }
      const missing = ids.filter(id => !found.some(g => g.GroupId === id));
      if (missing.length > 0) throw new Error(`Input 'security-groups': ${missing.join(', ')} not found.`);
      const elsewhere = found.filter(g => g.VpcId !== vpcId);
      if (elsewhere.length > 0) throw new Error(`Input 'security-groups': ${elsewhere.map(g => `${g.GroupId} (in ${g.VpcId})`).join(', ')} are not in the tasks' VPC ${vpcId}.`);
      for (const g of found) ctx.record({
        action: 'keep',
        resource: 'security-group',
        name: `${g.GroupName} (${g.GroupId})`,
        detail: 'from the security-groups input'
      });
    }
    const DEREGISTRATION_DELAY_KEY = 'deregistration_delay.timeout_seconds';
    async function ensureTargetGroup(ctx, spec, vpcId) {
      const existing = await elbv2.cn(ctx.clients.elbv2, spec.name);
      if (!existing?.TargetGroupArn) return createTargetGroup(ctx, spec, vpcId);
      const arn = existing.TargetGroupArn;
      const client = ctx.clients.elbv2;
      const {mutable: mutable, immutable: immutable} = targetGroupDrift(spec, actualTargetGroup(existing), vpcId);
      if (immutable.length > 0) throw new Error(`Target group ${spec.name} exists with ${describeDrift(immutable)}, which cannot change in place. ` + 'Set target-group-name to a new name (then remove the old group once nothing uses it), or bring the inputs back in line.');
      const attrs = await elbv2.HJ(client, arn);
      const current = attrs[DEREGISTRATION_DELAY_KEY];
      const delayDrift = deregistrationDelayDrift(spec.deregistrationDelaySeconds, current === void 0 ? void 0 : Number(current));
      if (!ctx.plan) {
        if (mutable.length > 0) await elbv2.rN(client, {
          TargetGroupArn: arn,
          ...healthCheckSettings(spec)
        });
        if (delayDrift.length > 0) await elbv2._k(client, arn, {
          [DEREGISTRATION_DELAY_KEY]: String(spec.deregistrationDelaySeconds)
        });
      }
      ctx.record(changeFor('target-group', spec.name, [ ...mutable, ...delayDrift ]));
      return arn;
    }
    async function createTargetGroup(ctx, spec, vpcId) {
      let arn;
      if (!ctx.plan) {
        arn = (await elbv2.vE(ctx.clients.elbv2, {
          Name: spec.name,
          Protocol: spec.protocol,
          Port: spec.port,
          VpcId: vpcId,
          TargetType: spec.targetType,
          HealthCheckEnabled: true,
          HealthCheckProtocol: 'HTTP',
          HealthCheckPort: 'traffic-port',
          ...healthCheckSettings(spec),
          Tags: elbv2.s3(ctx.desired.tags)
        })).TargetGroupArn;
        await elbv2._k(ctx.clients.elbv2, arn, {
          [DEREGISTRATION_DELAY_KEY]: String(spec.deregistrationDelaySeconds)
        }, ctx.consistency);
      }
      ctx.record({
        action: 'create',
        resource: 'target-group',
        name: spec.name,
        detail: `ip:${spec.port}, health check ${spec.healthCheck.path} every ${spec.healthCheck.intervalSeconds} s, deregistration delay ${spec.deregistrationDelaySeconds} s`
      });
      return arn;
    }
    function healthCheckSettings(spec) {
      const hc = spec.healthCheck;
      return {
        HealthCheckPath: hc.path,
        HealthCheckIntervalSeconds: hc.intervalSeconds,
        HealthCheckTimeoutSeconds: hc.timeoutSeconds,
        HealthyThresholdCount: hc.healthyThreshold,
        UnhealthyThresholdCount: hc.unhealthyThreshold,
        Matcher: {
          HttpCode: hc.matcher
        }
      };
    }
    function actualTargetGroup(tg) {
      return {
        port: tg.Port,
        protocol: tg.Protocol,
        targetType: tg.TargetType,
        vpcId: tg.VpcId,
        healthCheck: {
          path: tg.HealthCheckPath,
          intervalSeconds: tg.HealthCheckIntervalSeconds,
          timeoutSeconds: tg.HealthCheckTimeoutSeconds,
          healthyThreshold: tg.HealthyThresholdCount,
          unhealthyThreshold: tg.UnhealthyThresholdCount,
          matcher: tg.Matcher?.HttpCode
        }
      };
    }
    async function useExistingTargetGroup(ctx, arn, vpcId) {
      const tg = await elbv2.__(ctx.clients.elbv2, arn);
      if (!tg) throw new Error(`Input 'target-group-arn': ${arn} not found in ${ctx.config.region}.`);
      if (tg.TargetType && tg.TargetType !== 'ip') throw new Error(`Input 'target-group-arn': ${tg.TargetGroupName} has target type ${tg.TargetType}; Fargate tasks need a target group of type ip.`);
      if (tg.VpcId && tg.VpcId !== vpcId) throw new Error(`Input 'target-group-arn': the target group is in ${tg.VpcId} but the tasks' subnets are in ${vpcId}; give subnets of the target group's VPC.`);
      const sources = [];
      let loadBalancerArn;
      for (const lbArn of tg.LoadBalancerArns ?? []) {
        const lb = await elbv2.uV(ctx.clients.elbv2, lbArn);
        sources.push(...lb?.SecurityGroups ?? []);
        loadBalancerArn ??= lbArn;
      }
      if (sources.length === 0) ctx.log.warning(`Target group ${tg.TargetGroupName} has no load balancer yet, so the tasks' security group admits no load balancer.`);
      ctx.record({
        action: 'keep',
        resource: 'target-group',
        name: tg.TargetGroupName ?? arn,
        detail: 'from the target-group-arn input'
      });
      return {
        sources: sources,
        loadBalancerArn: loadBalancerArn
      };
    }
    const TEST_CONDITION = {
      Field: 'http-header',
      HttpHeaderConfig: {
        HttpHeaderName: context.b.name,
        Values: [ context.b.value ]
      }
    };
    function testConditions(spec) {
      const base = spec.routing.kind === 'rule' ? toConditions(spec.routing.conditions) : [];
      return [ ...base, TEST_CONDITION ];
    }
    function describeTest(spec) {
      const base = spec.routing.kind === 'rule' ? `${describeConditions(spec.routing.conditions)} and ` : '';
      return `${base}header ${context.b.name}: ${context.b.value}`;
    }
    function findTestRule(rules, groups, alternate) {
      const own = [ groups.main, alternate ].filter(Boolean);
      return rules.find(r => isTestRule(r) && forwardWeights(r.Actions).some(w => own.includes(w.arn)));
    }
    async function ensureTestRule(ctx, listener, spec, groups, production) {
      const name = `${spec.targetGroup.name} (test)`;
      const wanted = spec.alternateTargetGroup !== void 0;
      if (!listener?.ListenerArn) {
        if (wanted) ctx.record({
          action: 'create',
          resource: 'listener-rule',
          name: name,
          detail: describeTest(spec)
        });
        return;
      }
      const rules = (await elbv2.NH(ctx.clients.elbv2, listener.ListenerArn)).filter(r => !r.IsDefault);
      const mine = findTestRule(rules, groups, production?.standby ?? groups.alternate);
      if (!wanted) {
        if (mine?.RuleArn) {
          if (!ctx.plan) await elbv2.k3(ctx.clients.elbv2, mine.RuleArn);
          ctx.record({
            action: 'delete',
            resource: 'listener-rule',
            name: name,
            detail: 'strategy rolling has no test traffic'
          });
        }
        return;
      }
      const limit = production && spec.routing.kind === 'rule' ? production.priority : void 0;
      if (mine?.RuleArn) return keepTestRule(ctx, {
        spec: spec,
        groups: groups,
        name: name,
        limit: limit,
        listenerArn: listener.ListenerArn
      }, mine, rules);
      return createTestRule(ctx, {
        spec: spec,
        groups: groups,
        name: name,
        limit: limit,
        listenerArn: listener.ListenerArn
      }, rules, production);
    }
    async function keepTestRule(ctx, w, mine, rules) {
      const forward = planForward(mine.Actions, w.groups, true);
      const wantedConditions = JSON.stringify(testConditions(w.spec).map(conditionKey).sort());
      const conditionsDrift = JSON.stringify((mine.Conditions ?? []).map(conditionKey).sort()) !== wantedConditions;
      const priority = Number(mine.Priority);
      const misplaced = w.limit !== void 0 && priority >= w.limit;
      if (!ctx.plan && (forward.action || conditionsDrift)) await elbv2.B6(ctx.clients.elbv2, {
        RuleArn: mine.RuleArn,
        Conditions: testConditions(w.spec),
        ...forward.action ? {
          Actions: [ forward.action ]
        } : {}
      });
      let moved;
      if (misplaced) {
        const taken = rules.map(r => Number(r.Priority)).filter(Number.isFinite);
        moved = choosePriority(taken, [ bandOf(w.spec)[0], w.limit - 1 ]);
        if (!ctx.plan) await elbv2.HZ(ctx.clients.elbv2, mine.RuleArn, moved);
      }
      const changed = forward.action || conditionsDrift || misplaced;
      ctx.record({
        action: changed ? 'update' : 'keep',
        resource: 'listener-rule',
        name: w.name,
        detail: `${describeTest(w.spec)}, priority ${moved ?? priority}`
      });
      return mine.RuleArn;
    }
    function conditionKey(c) {
      const values = c.HostHeaderConfig?.Values ?? c.PathPatternConfig?.Values ?? c.HttpHeaderConfig?.Values ?? c.Values ?? [];
      const header = c.HttpHeaderConfig?.HttpHeaderName?.toLowerCase() ?? '';
      return `${c.Field}:${header}:${[ ...values ].sort().join('|')}`;
    }
    function bandOf(spec) {
      return spec.routing.kind === 'rule' ? spec.routing.band : [ 1, 5e4 ];
    }
    async function createTestRule(ctx, w, rules, production) {
      const taken = rules.map(r => Number(r.Priority)).filter(Number.isFinite);
      const [lo, hi] = bandOf(w.spec);
      let priority;
      if (w.limit === void 0) priority = choosePriority(taken, [ lo, hi ]); else if (hasFree(taken, lo, w.limit - 1)) priority = choosePriority(taken, [ lo, w.limit - 1 ]); else priority = await makeRoomAhead(ctx, w, taken, production);
      const serving = production?.serving ?? w.groups.main;
      const action = serving ? forwardTo(serving, production?.standby ?? w.groups.alternate) : void 0;
      let arn;
      if (!ctx.plan && action) try {
        arn = (await elbv2.D_(ctx.clients.elbv2, {
          ListenerArn: w.listenerArn,
          Priority: priority,
          Conditions: testConditions(w.spec),
          Actions: [ action ],
          Tags: elbv2.s3(ctx.desired.tags)
        })).RuleArn;
      } catch (err) {
        if ((0, errors.m)(err, 'PriorityInUse')) throw new Error(`Could not create the test rule for ${w.spec.targetGroup.name}: priority ${priority} was taken by a concurrent change. Retry the job.`);
        throw err;
      }
      ctx.record({
        action: 'create',
        resource: 'listener-rule',
        name: w.name,
        detail: `${describeTest(w.spec)}, priority ${priority}`
      });
      return arn;
    }
    function hasFree(taken, lo, hi) {
      const used = new Set(taken);
      for (let p = lo; p <= hi; p++) if (!used.has(p)) return true;
      return false;
    }
    async function makeRoomAhead(ctx, w, taken, production) {
      const limit = w.limit;
      if (w.spec.routing.kind === 'rule' && w.spec.routing.fixedPriority !== void 0) throw new Error(`Input 'rule-priority': the test rule of strategy ${ctx.config.strategy.kind} must come before the production rule (priority ${limit}), and every priority from ${bandOf(w.spec)[0]} to ${limit - 1} is taken. Set rule-priority to a number with a free one just before it.`);
      const next = choosePriority(taken, [ limit + 1, bandOf(w.spec)[1] ]);
      if (!ctx.plan && production?.ruleArn) await elbv2.HZ(ctx.clients.elbv2, production.ruleArn, next);
      ctx.record({
        action: 'update',
        resource: 'listener-rule',
        name: w.spec.targetGroup.name,
        detail: `priority ${limit} -> ${next}, to make room for the test rule ahead of it`
      });
      return limit;
    }
    async function ensureLoadBalancedService(ctx, spec, network, existing) {
      let lbGroupId;
      if (await isManaged(ctx, existing)) lbGroupId = await ensureLoadBalancerSecurityGroup(ctx, network.vpcId, spec); else ctx.log.info(`Load balancer ${spec.name} exists and was not created by this action: its security groups and listeners' defaults are left as they are.`);
      const sources = existing ? existing.SecurityGroups ?? [] : [ lbGroupId ?? `(new ${spec.securityGroupName})` ];
      const taskGroupId = await ensureTaskSecurityGroup(ctx, network.vpcId, sources);
      const lb = await ensureLoadBalancer(ctx, spec, existing, network.loadBalancerSubnets, lbGroupId);
      const targetGroupArn = await ensureTargetGroup(ctx, spec.targetGroup, network.vpcId);
      const groups = {
        main: targetGroupArn,
        alternate: spec.alternateTargetGroup ? await ensureTargetGroup(ctx, spec.alternateTargetGroup, network.vpcId) : void 0,
        alternateName: (0, naming.UN)(spec.targetGroup.name)
      };
      const listener = await ensureListeners(ctx, spec, lb, groups);
      const production = await ensureProduction(ctx, spec, listener, groups);
      const testRuleArn = await ensureTestRule(ctx, listener, spec, groups, production);
      const blueGreen = spec.alternateTargetGroup !== void 0;
      return {
        taskGroupId: taskGroupId,
        targetGroupArn: production.serving ?? targetGroupArn,
        ...blueGreen ? {
          alternateTargetGroupArn: production.standby ?? groups.alternate,
          productionRuleArn: production.ruleArn,
          testRuleArn: testRuleArn
        } : {},
        loadBalancerArn: lb?.LoadBalancerArn,
        url: announceUrl(ctx, spec, lb)
      };
    }
    async function ensureProduction(ctx, spec, listener, groups) {
      const wantBoth = spec.alternateTargetGroup !== void 0;
      if (spec.routing.kind === 'rule') return ensureRule(ctx, listener, spec.routing, groups, {
        targetGroupName: spec.targetGroup.name,
        wantBoth: wantBoth
      });
      const forward = planForward(listener?.DefaultActions, groups, wantBoth);
      let ruleArn;
      if (wantBoth && listener?.ListenerArn) ruleArn = (await elbv2.NH(ctx.clients.elbv2, listener.ListenerArn)).find(r => r.IsDefault)?.RuleArn;
      return {
        priority: Number.POSITIVE_INFINITY,
        serving: forward.serving,
        standby: forward.standby,
        ruleArn: ruleArn
      };
    }
    async function isManaged(ctx, lb) {
      if (!lb) return true;
      const arn = lb.LoadBalancerArn;
      const tags = await elbv2.FE(ctx.clients.elbv2, [ arn ]);
      return tags.get(arn)?.[infra_desired.oe] === infra_desired.Q9;
    }
    async function ensureLoadBalancer(ctx, spec, existing, subnets, securityGroupId) {
      if (existing) {
        ctx.record({
          action: 'keep',
          resource: 'load-balancer',
          name: spec.name,
          detail: existing.DNSName
        });
        return existing;
      }
      let created;
      if (!ctx.plan) created = await elbv2.dh(ctx.clients.elbv2, {
        Name: spec.name,
        Type: 'application',
        Scheme: spec.scheme,
        IpAddressType: 'ipv4',
        Subnets: subnets,
        SecurityGroups: securityGroupId ? [ securityGroupId ] : [],
        Tags: elbv2.s3(ctx.desired.tags)
      }, ctx.consistency);
      ctx.record({
        action: 'create',
        resource: 'load-balancer',
        name: spec.name,
        detail: `${spec.scheme}, subnets ${subnets.join(',')}`
      });
      return created;
    }
    function announceUrl(ctx, spec, lb) {
      if (!lb?.DNSName) return;
      const https = spec.routingPort === 443;
      const conditions = spec.routing.kind === 'rule' ? spec.routing.conditions : void 0;
      const url = (0, infra_desired.Rs)(lb.DNSName, https, conditions);
      ctx.log.info(`Service URL: ${url}`);
      if (conditions?.hostHeader.length) ctx.log.info(`Load balancer address: ${(0, infra_desired.Rs)(lb.DNSName, https)} (the rule matches host ${conditions.hostHeader.join(', ')}; point DNS at the load balancer)`);
      return url;
    }
    async function resolveNetwork(ctx) {
      const {vpcId: vpcId, subnets: chosen} = ctx.desired.network.subnets.length > 0 ? await subnetsFromInput(ctx) : await subnetsOfVpc(ctx);
      const subnets = [ ...chosen ].sort((a, b) => (a.AvailabilityZone ?? '').localeCompare(b.AvailabilityZone ?? '') || (a.SubnetId ?? '').localeCompare(b.SubnetId ?? ''));
      const perZone = new Map;
      for (const s of subnets) if (s.AvailabilityZone && s.SubnetId && !perZone.has(s.AvailabilityZone)) perZone.set(s.AvailabilityZone, s.SubnetId);
      if (ctx.desired.loadBalancer && perZone.size < 2) throw new Error(`${ctx.desired.network.subnets.length > 0 ? "Input 'subnets': a" : 'A'}n Application Load Balancer needs subnets in at least two availability zones; the subnets chosen (${subnets.map(s => `${s.SubnetId} in ${s.AvailabilityZone}`).join(', ')}) cover ${perZone.size}. Give subnets in two or more zones with the subnets input.`);
      const taskSubnets = subnets.map(s => s.SubnetId);
      ctx.record({
        action: 'keep',
        resource: 'subnets',
        name: taskSubnets.join(','),
        detail: `zones ${[ ...perZone.keys() ].join(', ')}`
      });
      return {
        vpcId: vpcId,
        taskSubnets: taskSubnets,
        loadBalancerSubnets: [ ...perZone.values() ]
      };
    }
    async function subnetsFromInput(ctx) {
      const net = ctx.desired.network;
      const region = ctx.config.region;
      let subnets;
      try {
        subnets = await describeSubnets(ctx.clients.ec2, {
          subnetIds: net.subnets
        });
      } catch (err) {
        if ((0, errors.m)(err, 'InvalidSubnetID.NotFound', 'InvalidSubnetID.Malformed')) throw new Error(`Input 'subnets': not found (${(0, 
        util_errors.g)(err)}). Check the subnets input and the region (${region}).`);
        throw err;
      }
      const missing = net.subnets.filter(id => !subnets.some(s => s.SubnetId === id));
      if (missing.length > 0) throw new Error(`Input 'subnets': ${missing.join(', ')} not found. Check the subnets input and the region (${region}).`);
      const vpcs = [ ...new Set(subnets.map(s => s.VpcId)) ];
      if (vpcs.length > 1) throw new Error(`Input 'subnets': the subnets belong to different VPCs (${vpcs.join(', ')}); give subnets of one VPC.`);
      if (net.vpcId && vpcs[0] !== net.vpcId) throw new Error(`Inputs 'subnets' and 'vpc-id' contradict: the subnets are in ${vpcs[0]}, not in ${net.vpcId}.`);
      const vpcId = vpcs[0];
      ctx.record({
        action: 'keep',
        resource: 'vpc',
        name: vpcId,
        detail: 'from the subnets input'
      });
      return {
        vpcId: vpcId,
        subnets: subnets
      };
    }
    async function subnetsOfVpc(ctx) {
      const net = ctx.desired.network;
      const vpcId = await chooseVpc(ctx);
      const all = await describeSubnets(ctx.clients.ec2, {
        vpcId: vpcId
      });
      const isPublic = s => s.MapPublicIpOnLaunch === true || s.DefaultForAz === true;
      const needsPublic = ctx.desired.loadBalancer?.scheme !== 'internal' || net.assignPublicIp;
      let subnets = all.filter(isPublic);
      if (subnets.length === 0 && !needsPublic) subnets = all;
      if (subnets.length === 0) throw new Error(`${net.vpcId ? "Input 'vpc-id': " : ''}VPC ${vpcId} has no public subnets (MapPublicIpOnLaunch or default for their zone); found ${all.length} subnets. Give the subnets input.`);
      return {
        vpcId: vpcId,
        subnets: subnets
      };
    }
    async function chooseVpc(ctx) {
      const vpcId = ctx.desired.network.vpcId;
      const region = ctx.config.region;
      if (vpcId) {
        if (!await describeVpc(ctx.clients.ec2, vpcId)) throw new Error(`Input 'vpc-id': ${vpcId} not found in ${region}.`);
        ctx.record({
          action: 'keep',
          resource: 'vpc',
          name: vpcId,
          detail: 'from the vpc-id input'
        });
        return vpcId;
      }
      const vpc = await findDefaultVpc(ctx.clients.ec2);
      if (!vpc?.VpcId) throw new Error(`No vpc-id was given and the account has no default VPC in ${region}. Give vpc-id (and subnets) of the VPC to deploy into.`);
      ctx.record({
        action: 'keep',
        resource: 'vpc',
        name: vpc.VpcId,
        detail: 'the default VPC'
      });
      return vpc.VpcId;
    }
    async function checkStackReferences(config, clients, opts) {
      const desired = (0, infra_desired.jM)(config);
      const ctx = new context.U(config, clients, desired, {
        ...opts,
        plan: true
      });
      const network = await resolveNetwork(ctx);
      await checkExtraSecurityGroups(ctx, network.vpcId);
      const refs = {
        network: network,
        changes: ctx.changes
      };
      if (desired.loadBalancer) refs.loadBalancer = await checkLoadBalancer(ctx, desired.loadBalancer, network); else refs.ownTargetGroup = await useExistingTargetGroup(ctx, desired.existingTargetGroupArn, network.vpcId);
      return refs;
    }
    async function checkLoadBalancer(ctx, spec, network) {
      const client = ctx.clients.elbv2;
      const lb = await elbv2.CN(client, spec.name);
      if (!lb?.LoadBalancerArn) return;
      const input = ctx.config.loadBalancer.name ? "Input 'load-balancer-name'" : 'The load balancer';
      if (lb.Type && lb.Type !== 'application') throw new Error(`${input}: ${spec.name} exists as a ${lb.Type} load balancer; the action needs an Application Load Balancer. Choose another load-balancer-name.`);
      if (lb.VpcId && lb.VpcId !== network.vpcId) throw new Error(`${input}: ${spec.name} is in ${lb.VpcId} but the tasks' subnets are in ${network.vpcId}. Give subnets (or vpc-id) of ${lb.VpcId}, or another load-balancer-name.`);
      if (lb.Scheme !== spec.scheme) throw new Error(`${input}: ${spec.name} exists as ${lb.Scheme}, not ${spec.scheme}; a scheme cannot change. Choose another load-balancer-name or set load-balancer-scheme to ${lb.Scheme}.`);
      await checkRoutingListener(ctx, spec, lb.LoadBalancerArn, input);
      return lb;
    }
    async function checkRoutingListener(ctx, spec, lbArn, input) {
      const client = ctx.clients.elbv2;
      const port = spec.routingPort;
      const listener = (await elbv2.Pd(client, lbArn)).find(l => l.Port === port);
      if (!listener?.ListenerArn) return;
      const targetGroupArn = (await elbv2.cn(client, spec.targetGroup.name))?.TargetGroupArn;
      const name = `${spec.name}:${port}`;
      if (spec.routing.kind === 'default') {
        const tags = await elbv2.FE(client, [ listener.ListenerArn ]);
        const managed = tags.get(listener.ListenerArn)?.[infra_desired.oe] === infra_desired.Q9;
        const conflict = defaultActionConflict(name, listener, managed, {
          main: targetGroupArn,
          alternateName: (0, naming.UN)(spec.targetGroup.name)
        });
        if (conflict) throw new Error(`${input}: ${conflict}`);
        return;
      }
      const priority = spec.routing.fixedPriority;
      if (priority === void 0) return;
      const rules = await nonDefaultRules(ctx, listener.ListenerArn);
      const mine = await findOwnRule(ctx, rules, targetGroupArn);
      const other = rules.find(r => Number(r.Priority) === priority && r.RuleArn !== mine?.RuleArn);
      if (other) throw new Error(`Input 'rule-priority': priority ${priority} is already used on listener ${name} by a rule this service did not make (forwarding to ${elbv2.gS(other.Actions).map(arn => arn.split(':').pop()).join(', ') || other.Actions?.[0]?.Type}). Choose a free priority, or leave rule-priority empty to get one.`);
    }
    async function ensureStack(config, clients, opts, checked) {
      const desired = (0, infra_desired.jM)(config);
      const refs = checked ?? await checkStackReferences(config, clients, opts);
      const ctx = new context.U(config, clients, desired, opts);
      const clusterArn = await ensureCluster(ctx);
      await ensureLogGroup(ctx);
      const network = refs.network;
      let service;
      if (desired.loadBalancer) service = await ensureLoadBalancedService(ctx, desired.loadBalancer, network, refs.loadBalancer); else {
        const targetGroupArn = desired.existingTargetGroupArn;
        const {sources: sources, loadBalancerArn: loadBalancerArn} = refs.ownTargetGroup ?? {
          sources: []
        };
        const taskGroupId = await ensureTaskSecurityGroup(ctx, network.vpcId, sources);
        service = {
          taskGroupId: taskGroupId,
          targetGroupArn: targetGroupArn,
          loadBalancerArn: loadBalancerArn
        };
      }
      const {taskGroupId: taskGroupId, ...routing} = service;
      const errorAlarm = await ensureErrorAlarm(ctx, alarmTargets(routing));
      return {
        cluster: config.cluster,
        clusterArn: clusterArn,
        logGroup: desired.logGroup.name,
        subnets: network.taskSubnets,
        securityGroups: [ ...taskGroupId ? [ taskGroupId ] : [], ...desired.extraSecurityGroups ],
        assignPublicIp: desired.network.assignPublicIp,
        ...routing,
        ...errorAlarm ? {
          errorAlarm: errorAlarm
        } : {},
        changes: [ ...refs.changes, ...ctx.changes ]
      };
    }
    function alarmTargets(routing) {
      const {loadBalancerArn: loadBalancerArn} = routing;
      if (!loadBalancerArn) return [];
      return [ routing.targetGroupArn, routing.alternateTargetGroupArn ].filter(arn => arn !== void 0).sort().map(targetGroupArn => ({
        targetGroupArn: targetGroupArn,
        loadBalancerArn: loadBalancerArn
      }));
    }
    var endpoint_EndpointParameters = __webpack_require__(984);
    const commandBuilder_command = (0, client.makeBuilder)(endpoint_EndpointParameters.S, "AnyScaleFrontendService", "ApplicationAutoScalingClient", endpoints.getEndpointPlugin);
    const commandBuilder_ep0 = {};
    const commandBuilder_mw0 = (Command, cs, config, o) => [];
    var dist_es_schemas_schemas_0 = __webpack_require__(1289);
    class DescribeScalableTargetsCommand extends(commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "DescribeScalableTargets", dist_es_schemas_schemas_0.TF)){}
    class RegisterScalableTargetCommand extends(commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "RegisterScalableTarget", dist_es_schemas_schemas_0.Io)){}
    class DescribeScalingPoliciesCommand extends(commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "DescribeScalingPolicies", dist_es_schemas_schemas_0.DP)){}
    class PutScalingPolicyCommand extends(commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "PutScalingPolicy", dist_es_schemas_schemas_0.Zx)){}
    class DeleteScalingPolicyCommand extends(commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "DeleteScalingPolicy", dist_es_schemas_schemas_0.d1)){}
    const NAMESPACE = 'ecs';
    const DIMENSION = 'ecs:service:DesiredCount';
    function describeScalableTarget(client, resourceId) {
      return (0, paging.hr)(async token => {
        const out = await client.send(new DescribeScalableTargetsCommand({
          ServiceNamespace: NAMESPACE,
          ResourceIds: [ resourceId ],
          ScalableDimension: DIMENSION,
          NextToken: token
        }));
        return {
          items: out.ScalableTargets,
          next: out.NextToken
        };
      }, t => t.ResourceId === resourceId);
    }
    function isScalableTargetNotYetReady(error) {
      if ((0, errors.m)(error, 'ConcurrentUpdateException')) return true;
      return (0, errors.m)(error, 'ValidationException') && /service doesn't exist|service does not exist|unable to assume iam role/i.test((0, 
      util_errors.g)(error));
    }
    function isScalingPolicyTargetNotYetReady(error) {
      return (0, errors.m)(error, 'ObjectNotFoundException', 'FailedResourceAccessException', 'ConcurrentUpdateException') || isScalableTargetNotYetReady(error);
    }
    async function registerScalableTarget(client, input, consistency) {
      await (0, aws_consistency.dr)(() => client.send(new RegisterScalableTargetCommand({
        ServiceNamespace: NAMESPACE,
        ScalableDimension: DIMENSION,
        ResourceId: input.resourceId,
        MinCapacity: input.minCapacity,
        MaxCapacity: input.maxCapacity,
        ...input.tags ? {
          Tags: input.tags
        } : {}
      })), isScalableTargetNotYetReady, consistency);
    }
    function describeScalingPolicies(client, resourceId) {
      return (0, paging.S4)(async token => {
        const out = await client.send(new DescribeScalingPoliciesCommand({
          ServiceNamespace: NAMESPACE,
          ResourceId: resourceId,
          ScalableDimension: DIMENSION,
          NextToken: token
        }));
        return {
          items: out.ScalingPolicies,
          next: out.NextToken
        };
      });
    }
    async function putTargetTrackingPolicy(client, input, consistency) {
      await (0, aws_consistency.dr)(() => client.send(new PutScalingPolicyCommand({
        ServiceNamespace: NAMESPACE,
        ScalableDimension: DIMENSION,
        ResourceId: input.resourceId,
        PolicyName: input.policyName,
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: {
          TargetValue: input.targetValue,
          PredefinedMetricSpecification: {
            PredefinedMetricType: input.metric,
            ...input.resourceLabel ? {
              ResourceLabel: input.resourceLabel
            } : {}
          },
          ScaleInCooldown: input.scaleInCooldown,
          ScaleOutCooldown: input.scaleOutCooldown
        }
      })), isScalingPolicyTargetNotYetReady, consistency);
    }
    async function deleteScalingPolicy(client, resourceId, policyName) {
      await client.send(new DeleteScalingPolicyCommand({
        ServiceNamespace: NAMESPACE,
        ScalableDimension: DIMENSION,
        ResourceId: resourceId,
        PolicyName: policyName
      }));
    }
    var tags = __webpack_require__(1189);
    var plan = __webpack_require__(8187);
    const OWN_POLICY_NAMES = Object.values(naming.Od);
    function actualPolicy(p) {
      const tt = p.TargetTrackingScalingPolicyConfiguration;
      return {
        metric: tt?.PredefinedMetricSpecification?.PredefinedMetricType,
        targetValue: tt?.TargetValue,
        resourceLabel: tt?.PredefinedMetricSpecification?.ResourceLabel,
        scaleInCooldown: tt?.ScaleInCooldown,
        scaleOutCooldown: tt?.ScaleOutCooldown
      };
    }
    async function ensureScaling(config, clients, target, opts) {
      const desired = (0, infra_desired.Y_)(config, target);
      const changes = [];
      const record = change => {
        changes.push(change);
        opts.log.info(`${opts.plan && change.action !== 'keep' ? 'would ' : ''}${(0, plan.o)(change)}`);
      };
      const client = clients.autoscaling;
      const consistency = {
        sleep: opts.sleep,
        onRetry: (error, attempt) => opts.log.info(`Application Auto Scaling does not see the service or its target yet (${(0, 
        util_errors.g)(error)}); try ${attempt + 1}`)
      };
      const actual = await describeScalableTarget(client, desired.resourceId);
      const policies = actual ? await describeScalingPolicies(client, desired.resourceId) : [];
      if (desired.enabled) {
        const bounds = `min ${desired.minCapacity}, max ${desired.maxCapacity}`;
        if (!actual) {
          if (!opts.plan) await registerScalableTarget(client, {
            resourceId: desired.resourceId,
            minCapacity: desired.minCapacity,
            maxCapacity: desired.maxCapacity,
            tags: (0, tags.TY)(config)
          }, consistency);
          record({
            action: 'create',
            resource: 'scalable-target',
            name: desired.resourceId,
            detail: bounds
          });
        } else {
          const drift = scalableTargetDrift(desired, {
            minCapacity: actual.MinCapacity,
            maxCapacity: actual.MaxCapacity
          });
          if (drift.length > 0 && !opts.plan) await registerScalableTarget(client, {
            resourceId: desired.resourceId,
            minCapacity: desired.minCapacity,
            maxCapacity: desired.maxCapacity
          }, consistency);
          record(changeFor('scalable-target', desired.resourceId, drift, bounds));
        }
        for (const spec of desired.policies) {
          const existing = policies.find(p => p.PolicyName === spec.name);
          const drift = existing ? scalingPolicyDrift(spec, actualPolicy(existing)) : [];
          if ((!existing || drift.length > 0) && !opts.plan) await putTargetTrackingPolicy(client, {
            resourceId: desired.resourceId,
            policyName: spec.name,
            metric: spec.metric,
            targetValue: spec.targetValue,
            resourceLabel: spec.resourceLabel,
            scaleInCooldown: spec.scaleInCooldown,
            scaleOutCooldown: spec.scaleOutCooldown
          }, consistency);
          const detail = `${spec.metric} ${spec.targetValue}, cooldowns in ${spec.scaleInCooldown} s / out ${spec.scaleOutCooldown} s`;
          record(existing ? changeFor('scaling-policy', spec.name, drift, detail) : {
            action: 'create',
            resource: 'scaling-policy',
            name: spec.name,
            detail: detail
          });
        }
      }
      const wanted = new Set(desired.policies.map(p => p.name));
      for (const p of policies) {
        if (!p.PolicyName || !OWN_POLICY_NAMES.includes(p.PolicyName) || wanted.has(p.PolicyName)) continue;
        if (!opts.plan) await deleteScalingPolicy(client, desired.resourceId, p.PolicyName);
        record({
          action: 'delete',
          resource: 'scaling-policy',
          name: p.PolicyName,
          detail: 'no longer wanted'
        });
      }
      return changes;
    }
  },
  9720: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      Dx: () => errorAlarmName,
      IT: () => targetGroupName,
      MH: () => loadBalancerName,
      NM: () => securityGroupName,
      Od: () => SCALING_POLICY_NAMES,
      UN: () => alternateTargetGroupName
    });
    var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);
    var _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9948);
    const HASH_LENGTH = 7;
    function shortHash(text, length = HASH_LENGTH) {
      return (0, crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, length);
    }
    function slug(text) {
      return text.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
    }
    function fitElbName(parts, kind) {
      const joined = slug(parts.join('-'));
      let name = joined;
      if (name.length > _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__.TR || name.length === 0) {
        const hash = shortHash(parts.join('/'));
        const room = _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__.TR - hash.length - 1;
        const prefix = joined.slice(0, room).replace(/-+$/, '');
        name = prefix ? `${prefix}-${hash}` : hash;
      }
      if (kind === 'load balancer' && name.startsWith('internal-')) name = `lb-${name}`.slice(0, _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__.TR).replace(/-+$/, '');
      const problem = (0, _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__.yq)(name, kind);
      if (problem) throw new Error(`Cannot derive a valid ${kind} name from '${parts.join('/')}': ${problem}.`);
      return name;
    }
    function targetGroupName(cluster, service, environment) {
      return fitElbName([ cluster, service, environment ], 'target group');
    }
    function loadBalancerName(cluster, given) {
      return given || fitElbName([ cluster ], 'load balancer');
    }
    function securityGroupName(kind, ids) {
      const base = kind === 'load-balancer' ? `${ids.loadBalancer ?? ''}-alb` : `${ids.cluster ?? ''}-${ids.service ?? ''}-tasks`;
      let name = base.replace(/[^A-Za-z0-9 ._\-:/()#,@[\]+=&;{}!$*]/g, '-');
      if (name.toLowerCase().startsWith('sg-')) name = `ecs-${name}`;
      if (name.length > _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__.Qs) name = `${name.slice(0, _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__.Qs - HASH_LENGTH - 1)}-${shortHash(base)}`;
      return name;
    }
    const SCALING_POLICY_NAMES = {
      cpu: 'ecs-fargate-deploy-cpu',
      memory: 'ecs-fargate-deploy-memory',
      requests: 'ecs-fargate-deploy-requests'
    };
    function alternateTargetGroupName(mainName) {
      return fitElbName([ mainName, 'alt' ], 'target group');
    }
    const ALARM_NAME_PREFIX = 'ecs-fargate-deploy-';
    function errorAlarmName(cluster, service, environment) {
      const name = `${ALARM_NAME_PREFIX}${cluster}-${service}-${environment}-5xx`;
      if (name.length <= _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__.Ve) return name;
      const hash = shortHash([ cluster, service, environment ].join('/'));
      return `${name.slice(0, _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__.Ve - hash.length - 5)}-${hash}-5xx`;
    }
  }
};
