"use strict";

exports.id = 697;

exports.ids = [ 697 ];

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
  },
  9697: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      runPreview: () => runPreview,
      runSweep: () => runSweep,
      runTeardown: () => runTeardown
    });
    var github_comment = __webpack_require__(7318);
    function previewEnvironment(pullRequest) {
      return `pr-${pullRequest}`;
    }
    async function startPreviewDeployment(api, input) {
      const {id: id} = await api.createDeployment({
        ref: input.ref,
        environment: previewEnvironment(input.pullRequest),
        description: input.description,
        transient: true,
        production: false
      });
      await api.createDeploymentStatus(id, {
        state: 'in_progress',
        logUrl: input.logUrl
      });
      return id;
    }
    async function finishPreviewDeployment(api, id, input) {
      await api.createDeploymentStatus(id, input);
    }
    async function deactivatePreviewDeployments(api, pullRequest) {
      let changed = 0;
      for (const d of await api.listDeployments(previewEnvironment(pullRequest))) {
        const latest = (await api.listDeploymentStatuses(d.id))[0];
        if (latest?.state === 'inactive') continue;
        await api.createDeploymentStatus(d.id, {
          state: 'inactive',
          description: 'Preview torn down'
        });
        changed++;
      }
      return changed;
    }
    var config_event = __webpack_require__(8906);
    var pipeline_result = __webpack_require__(3641);
    var errors = __webpack_require__(17);
    var ecs = __webpack_require__(2976);
    var elbv2 = __webpack_require__(6677);
    var desired = __webpack_require__(7484);
    var aws_limits = __webpack_require__(9948);
    var config_tags = __webpack_require__(1189);
    var naming = __webpack_require__(9720);
    var render = __webpack_require__(5362);
    function previewServiceName(service, pullRequest) {
      const name = `${service}-pr-${pullRequest}`;
      if (name.length > aws_limits.By) throw new Error(`The preview service name '${name.slice(0, 40)}...' would have ${name.length} characters (ECS allows ${aws_limits.By}); use a shorter service name.`);
      return name;
    }
    function previewEnvironmentName(pullRequest) {
      return `pr-${pullRequest}`;
    }
    function previewHost(pullRequest, domain) {
      return `pr-${pullRequest}.${domain}`;
    }
    function previewPathPrefix(pullRequest) {
      return `/pr-${pullRequest}`;
    }
    function expiresAt(nowMs, ttlHours) {
      return new Date(nowMs + ttlHours * 36e5).toISOString();
    }
    function isExpired(expiry, nowMs) {
      if (!expiry) return false;
      const t = Date.parse(expiry);
      return Number.isFinite(t) && t <= nowMs;
    }
    function previewNames(config, pullRequest) {
      const service = previewServiceName(config.service, pullRequest);
      const environment = previewEnvironmentName(pullRequest);
      const defaultLogGroup = `/ecs/${config.cluster}/${config.service}`;
      const ownLogGroup = config.taskDefinition.logGroup === defaultLogGroup;
      return {
        pullRequest: pullRequest,
        cluster: config.cluster,
        service: service,
        environment: environment,
        targetGroup: (0, naming.IT)(config.cluster, service, environment),
        loadBalancer: config.loadBalancer.targetGroupArn ? void 0 : (0, naming.MH)(config.cluster, config.loadBalancer.name),
        family: (0, render.Cy)({
          cluster: config.cluster,
          service: service
        }),
        logGroup: ownLogGroup ? `/ecs/${config.cluster}/${service}` : config.taskDefinition.logGroup,
        ownLogGroup: ownLogGroup,
        hostHeader: config.preview.domain ? previewHost(pullRequest, config.preview.domain) : void 0,
        pathPrefix: config.preview.domain ? void 0 : previewPathPrefix(pullRequest)
      };
    }
    function previewDeployConfig(config, pullRequest, nowMs) {
      if (config.loadBalancer.targetGroupArn) throw new Error("A preview needs its own target group behind the shared load balancer; remove 'target-group-arn' for mode 'preview'.");
      const n = previewNames(config, pullRequest);
      const managedKeys = new Set(Object.values(config_tags.R0));
      const tags = [ ...config.tags.filter(t => !managedKeys.has(t.name)), {
        name: config_tags.R0.repository,
        value: config.repository
      }, {
        name: config_tags.R0.pullRequest,
        value: String(pullRequest)
      }, {
        name: config_tags.R0.expiresAt,
        value: expiresAt(nowMs, config.preview.ttlHours)
      }, {
        name: config_tags.R0.previewOf,
        value: config.service
      } ];
      const environment = n.pathPrefix ? [ ...config.taskDefinition.environment.filter(e => e.name !== 'PATH_PREFIX'), {
        name: 'PATH_PREFIX',
        value: n.pathPrefix
      } ] : config.taskDefinition.environment;
      return {
        ...config,
        service: n.service,
        environment: n.environment,
        taskDefinition: {
          ...config.taskDefinition,
          cpu: '256',
          memory: '512',
          environment: environment,
          logGroup: n.logGroup
        },
        loadBalancer: {
          ...config.loadBalancer,
          hostHeader: n.hostHeader ? [ n.hostHeader ] : [],
          pathPattern: n.pathPrefix ? [ `${n.pathPrefix}/*`, n.pathPrefix ] : [],
          rulePriority: void 0,
          targetGroupName: void 0
        },
        autoScaling: {
          ...config.autoScaling,
          enabled: false
        },
        desiredCount: 1,
        tags: tags
      };
    }
    function isPreviewTagged(tags, names) {
      return tags?.[desired.oe] === desired.Q9 && tags[config_tags.R0.pullRequest] === String(names.pullRequest);
    }
    async function findPreview(clients, names) {
      const found = {
        listeners: [],
        rules: [],
        targetGroupManaged: false
      };
      const tg = await elbv2.cn(clients.elbv2, names.targetGroup);
      if (tg?.TargetGroupArn) {
        found.targetGroup = tg;
        const tags = (await elbv2.FE(clients.elbv2, [ tg.TargetGroupArn ])).get(tg.TargetGroupArn);
        found.targetGroupManaged = tags?.[desired.oe] === desired.Q9;
      }
      const lb = names.loadBalancer ? await elbv2.CN(clients.elbv2, names.loadBalancer) : void 0;
      if (lb?.LoadBalancerArn) {
        found.loadBalancerArn = lb.LoadBalancerArn;
        found.listeners = await elbv2.Pd(clients.elbv2, lb.LoadBalancerArn);
        for (const l of found.listeners) {
          const rules = (await elbv2.NH(clients.elbv2, l.ListenerArn)).filter(r => !r.IsDefault);
          found.rules.push(...rules.map(rule => ({
            rule: rule,
            listenerArn: l.ListenerArn
          })));
        }
        const tgArn = found.targetGroup?.TargetGroupArn;
        found.rule = tgArn ? found.rules.find(r => elbv2.gS(r.rule.Actions).includes(tgArn))?.rule : void 0;
        if (!found.rule && found.rules.length > 0) {
          const tags = await elbv2.FE(clients.elbv2, found.rules.map(r => r.rule.RuleArn));
          found.rule = found.rules.find(r => isPreviewTagged(tags.get(r.rule.RuleArn), names) && tags.get(r.rule.RuleArn)?.service === names.service)?.rule;
        }
      }
      found.service = await (0, ecs.Jv)(clients.ecs, names.cluster, names.service);
      return found;
    }
    function freePriority(taken, band) {
      const used = new Set(taken);
      for (let p = band[0]; p <= band[1]; p++) if (!used.has(p)) return p;
      return;
    }
    function capacityProblems(c) {
      const problems = [];
      if (!c.hasRule && c.rules >= aws_limits.NY) problems.push(`the load balancer already has ${c.rules} listener rules and AWS allows ${aws_limits.NY} (default rules excluded)`);
      if (!c.hasTargetGroup && c.targetGroups >= aws_limits.kx) problems.push(`the load balancer already forwards to ${c.targetGroups} target groups and AWS allows ${aws_limits.kx}`);
      if (!c.hasRule && freePriority(c.takenPriorities, c.band) === void 0) problems.push(`every rule priority of the preview band ${c.band[0]}-${c.band[1]} is taken (${c.band[1] - c.band[0] + 1} rules)`);
      return problems;
    }
    function capacityMessage(pullRequest, problems) {
      return `No room for the preview of pull request #${pullRequest}: ${problems.join('; ')}. Nothing was created. ` + 'Remove previews that are no longer needed (close their pull requests, or run the sweep mode), ' + "widen 'preview-priority-band', or use another load balancer ('load-balancer-name').";
    }
    function previewOf(tags, scope) {
      if (!tags || tags[desired.oe] !== desired.Q9) return;
      if (tags[config_tags.R0.previewOf] !== scope.service) return;
      const repo = tags[config_tags.R0.repository];
      if (repo && scope.repository && repo.toLowerCase() !== scope.repository.toLowerCase()) return;
      const n = Number(tags[config_tags.R0.pullRequest]);
      return Number.isInteger(n) && n > 0 ? n : void 0;
    }
    function mergeSightings(sightings) {
      const byPr = new Map;
      for (const s of sightings) {
        const p = byPr.get(s.pullRequest) ?? {
          pullRequest: s.pullRequest,
          seenOn: []
        };
        if (!p.seenOn.includes(s.resource)) p.seenOn.push(s.resource);
        if (s.expiresAt && Number.isFinite(Date.parse(s.expiresAt))) if (!p.expiresAt || Date.parse(s.expiresAt) > Date.parse(p.expiresAt)) p.expiresAt = s.expiresAt;
        byPr.set(s.pullRequest, p);
      }
      return [ ...byPr.values() ].sort((a, b) => a.pullRequest - b.pullRequest);
    }
    function sweepDecision(p, nowMs, pullRequestState) {
      if (isExpired(p.expiresAt, nowMs)) return {
        remove: true,
        reason: `expired at ${p.expiresAt}`
      };
      if (pullRequestState === 'closed') return {
        remove: true,
        reason: 'pull request closed'
      };
      if (pullRequestState === 'unknown') return {
        remove: false,
        reason: `pull request state unknown; expires ${p.expiresAt ?? 'never (no expiry tag)'}`
      };
      return {
        remove: false,
        reason: `pull request open; expires ${p.expiresAt ?? 'never (no expiry tag)'}`
      };
    }
    async function findPreviews(clients, where, scope) {
      const sightings = [];
      const see = (tags, resource) => {
        const n = previewOf(tags, scope);
        if (n !== void 0) sightings.push({
          pullRequest: n,
          expiresAt: tags?.[config_tags.R0.expiresAt],
          resource: resource
        });
      };
      if (where.loadBalancer) {
        const lb = await elbv2.CN(clients.elbv2, where.loadBalancer);
        if (lb?.LoadBalancerArn) {
          const ruleArns = [];
          for (const l of await elbv2.Pd(clients.elbv2, lb.LoadBalancerArn)) for (const r of await elbv2.NH(clients.elbv2, l.ListenerArn)) if (!r.IsDefault && r.RuleArn) ruleArns.push(r.RuleArn);
          for (const tags of (await elbv2.FE(clients.elbv2, ruleArns)).values()) see(tags, 'listener-rule');
        }
      }
      const tgArns = (await elbv2.CS(clients.elbv2)).map(t => t.TargetGroupArn).filter(a => !!a);
      for (const tags of (await elbv2.FE(clients.elbv2, tgArns)).values()) see(tags, 'target-group');
      for (const s of await (0, ecs.TD)(clients.ecs, where.cluster)) see((0, ecs.pH)(s.tags), 'ecs-service');
      return mergeSightings(sightings);
    }
    var cloudwatch = __webpack_require__(1394);
    var aws_errors = __webpack_require__(9378);
    var log_groups = __webpack_require__(7526);
    async function teardownPreview(clients, names, opts) {
      const steps = [];
      const record = s => {
        steps.push(s);
        opts.log.info(`${s.resource} ${s.name}: ${s.action}${s.detail ? ` (${s.detail})` : ''}`);
      };
      const found = await findPreview(clients, names);
      record(await removeRule(clients, names, found));
      record(await removeService(clients, names, found));
      record(await removeErrorAlarm(clients, names));
      record(await removeTargetGroup(clients, names, found, opts));
      record(await removeTaskDefinitions(clients, names));
      record(await removeLogGroup(clients, names, opts.log));
      return steps;
    }
    async function removeRule(clients, names, found) {
      const absent = {
        resource: 'listener-rule',
        name: names.targetGroup,
        action: 'absent'
      };
      if (!found.rule?.RuleArn) return absent;
      try {
        await elbv2.k3(clients.elbv2, found.rule.RuleArn);
      } catch (err) {
        if (!(0, aws_errors.m)(err, 'RuleNotFound')) throw err;
        return absent;
      }
      return {
        ...absent,
        action: 'deleted',
        detail: `priority ${found.rule.Priority}`
      };
    }
    async function removeService(clients, names, found) {
      const absent = {
        resource: 'ecs-service',
        name: names.service,
        action: 'absent'
      };
      const service = found.service;
      if (!service || service.status !== 'ACTIVE') return {
        ...absent,
        detail: service ? `already ${service.status?.toLowerCase()}` : void 0
      };
      if ((service.desiredCount ?? 0) > 0) await ecs.l3(clients.ecs, names.cluster, names.service);
      try {
        await ecs.hs(clients.ecs, names.cluster, names.service);
      } catch (err) {
        if (!(0, aws_errors.m)(err, 'ServiceNotFoundException', 'ServiceNotActiveException')) throw err;
        return absent;
      }
      return {
        ...absent,
        action: 'deleted',
        detail: 'scaled to 0, tasks stopping'
      };
    }
    async function removeErrorAlarm(clients, names) {
      const name = (0, naming.Dx)(names.cluster, names.service, names.environment);
      const absent = {
        resource: 'alarm',
        name: name,
        action: 'absent'
      };
      if (!await cloudwatch.D6(clients.cloudwatch, name)) return absent;
      await cloudwatch.ic(clients.cloudwatch, [ name ]);
      return {
        ...absent,
        action: 'deleted'
      };
    }
    async function removeTargetGroup(clients, names, found, opts) {
      const absent = {
        resource: 'target-group',
        name: names.targetGroup,
        action: 'absent'
      };
      const tgArn = found.targetGroup?.TargetGroupArn;
      if (!tgArn) return absent;
      if (!found.targetGroupManaged) return {
        ...absent,
        action: 'kept',
        detail: `not tagged ${desired.oe}=${desired.Q9}`
      };
      let tries = 1;
      try {
        await elbv2.Gb(clients.elbv2, tgArn, {
          sleep: opts.sleep,
          random: opts.random,
          attempts: opts.targetGroupAttempts,
          onRetry: (_err, attempt) => {
            tries = attempt + 1;
            opts.log.info(`Target group ${names.targetGroup} is still in use (attempt ${attempt}); retrying.`);
          }
        });
      } catch (err) {
        if ((0, aws_errors.m)(err, 'TargetGroupNotFound')) return absent;
        throw new Error(`Could not delete target group ${names.targetGroup} after ${tries} attempt(s): ${(0, 
        errors.g)(err)}. ` + 'Run the teardown again in a few minutes (it skips what is already gone).');
      }
      return {
        ...absent,
        action: 'deleted'
      };
    }
    async function removeTaskDefinitions(clients, names) {
      const revisions = await ecs.lD(clients.ecs, names.family);
      for (const arn of revisions) await ecs.T2(clients.ecs, arn);
      return {
        resource: 'task-definition',
        name: names.family,
        action: revisions.length > 0 ? 'deleted' : 'absent',
        detail: revisions.length > 0 ? `${revisions.length} revision(s) deregistered` : void 0
      };
    }
    async function removeLogGroup(clients, names, log) {
      const step = {
        resource: 'log-group',
        name: names.logGroup,
        action: 'absent'
      };
      const group = await (0, log_groups.zq)(clients.logs, names.logGroup);
      if (!group) return step;
      let tags;
      try {
        tags = await (0, log_groups.Vw)(clients.logs, group.logGroupArn ?? group.arn ?? '');
      } catch (err) {
        log.warning(`Could not read the tags of log group ${names.logGroup} (${(0, errors.g)(err)}); it is kept. Delete it by hand if it is the preview's.`);
      }
      if (tags && tags[desired.oe] === desired.Q9 && tags[config_tags.R0.pullRequest] === String(names.pullRequest)) {
        await (0, log_groups.Jj)(clients.logs, names.logGroup);
        return {
          ...step,
          action: 'deleted'
        };
      }
      return {
        ...step,
        action: 'kept',
        detail: tags ? 'not created by this preview' : 'tags unreadable'
      };
    }
    function teardownMarkdown(pullRequest, steps) {
      const lines = [ `### Preview of #${pullRequest} torn down`, '', '| Resource | Name | Result |', '|---|---|---|' ];
      for (const s of steps) lines.push(`| ${s.resource} | \`${s.name.replace(/\|/g, '\\|')}\` | ${s.action}${s.detail ? ` (${s.detail.replace(/\|/g, '\\|')})` : ''} |`);
      return lines.join('\n') + '\n';
    }
    class PreviewRefusedError extends Error {
      constructor(message) {
        super(message);
        this.name = 'PreviewRefusedError';
      }
    }
    async function bestEffort(log, what, fn) {
      try {
        return await fn();
      } catch (error) {
        log.warning(`Could not ${what} on GitHub: ${(0, errors.g)(error)}`);
        return;
      }
    }
    function pullRequestOf(config) {
      const n = config.preview.pullRequest;
      if (n === void 0) throw new Error(`Mode '${config.mode}' needs the pull request number (input 'pull-request').`);
      return n;
    }
    async function pullRequestFacts(n, ctx, log) {
      if (ctx.event && ctx.event.number === n) return {
        labels: ctx.event.labels,
        headRepo: ctx.event.headRepo,
        baseRepo: ctx.event.baseRepo,
        headSha: ctx.event.headSha,
        known: true
      };
      if (!ctx.github) return {
        known: false
      };
      const pr = await bestEffort(log, `read pull request #${n}`, () => ctx.github.getPullRequest(n));
      if (!pr) return {
        known: false
      };
      return {
        labels: pr.labels,
        headRepo: pr.headRepo,
        baseRepo: pr.baseRepo,
        headSha: pr.headSha,
        known: true
      };
    }
    async function previewAllowed(config, deps, n, facts) {
      const {log: log} = deps;
      if (facts.known && (0, config_event.B7)({
        number: n,
        labels: [],
        headRepo: facts.headRepo,
        baseRepo: facts.baseRepo ?? config.repository
      }, config.repository)) throw new PreviewRefusedError(`Pull request #${n} comes from ${facts.headRepo ? `the fork ${facts.headRepo}` : 'a fork that no longer exists'}: ` + "previews are never deployed for forks, because the fork's code would run with this repository's AWS role. Nothing was changed.");
      const label = config.preview.label;
      if (!label) return true;
      if (!facts.labels) {
        log.warning(`Preview skipped: cannot tell whether pull request #${n} has the label '${label}' (no pull_request event and no readable pull request). Nothing was changed.`);
        return false;
      }
      if (!facts.labels.includes(label)) {
        log.info(`Preview skipped: pull request #${n} does not have the label '${label}' (preview-label). Add the label to deploy a preview. Nothing was changed.`);
        await deps.writeSummary(`### Preview skipped\n\nPull request #${n} does not have the label \`${label}\`; add it to get a preview.\n`).catch(() => {});
        return false;
      }
      return true;
    }
    async function checkCapacity(config, deps, n, names, onProblem) {
      const {log: log} = deps;
      return log.group('Preview capacity', async () => {
        const f = await findPreview(deps.clients, names);
        const routingPort = config.loadBalancer.certificateArn ? 443 : 80;
        const routing = f.listeners.find(l => l.Port === routingPort);
        const attached = f.loadBalancerArn ? await (0, elbv2.CS)(deps.clients.elbv2, f.loadBalancerArn) : [];
        const problems = capacityProblems({
          rules: f.rules.length,
          targetGroups: attached.length,
          takenPriorities: f.rules.filter(r => r.listenerArn === routing?.ListenerArn).map(r => Number(r.rule.Priority)),
          band: config.preview.priorityBand,
          hasRule: !!f.rule,
          hasTargetGroup: attached.some(t => t.TargetGroupArn === f.targetGroup?.TargetGroupArn)
        });
        log.info(`Load balancer ${names.loadBalancer}: ${f.loadBalancerArn ? `${f.rules.length} rules, ${attached.length} target groups` : 'not created yet'}; preview ${f.rule ? 'exists (update)' : 'is new'}.`);
        if (problems.length > 0) {
          const message = capacityMessage(n, problems);
          await onProblem(message);
          throw new Error(message);
        }
        return f;
      });
    }
    async function runPreview(config, deps, ctx) {
      const {log: log} = deps;
      const n = pullRequestOf(config);
      const names = previewNames(config, n);
      const facts = await pullRequestFacts(n, ctx, log);
      if (!await previewAllowed(config, deps, n, facts)) return;
      const previewConfig = previewDeployConfig(config, n, deps.now());
      const comment = {
        pullRequest: n,
        status: 'deploying',
        service: names.service,
        cluster: names.cluster,
        commitSha: facts.headSha ?? config.commitSha,
        expiresAt: expiresAt(deps.now(), config.preview.ttlHours),
        pathPrefix: names.pathPrefix,
        runUrl: ctx.runUrl
      };
      const github = ctx.github;
      const publish = async () => {
        if (!github) return;
        await bestEffort(log, 'update the preview comment', () => (0, github_comment.dX)(github, n, (0, 
        github_comment.AF)(comment)));
      };
      const found = await checkCapacity(config, deps, n, names, async problem => {
        comment.status = 'failed';
        comment.failure = problem;
        await publish();
      });
      await publish();
      const deploymentId = github ? await bestEffort(log, 'create the deployment', () => startPreviewDeployment(github, {
        pullRequest: n,
        ref: facts.headSha ?? config.commitSha ?? config.ref,
        description: `Preview of #${n} (${names.service})`,
        logUrl: ctx.runUrl
      })) : void 0;
      let result;
      let failure;
      try {
        result = await ctx.deploy(previewConfig, deps);
      } catch (error) {
        failure = error;
        result = error instanceof pipeline_result.fg ? error.result : void 0;
      }
      comment.url = result?.url;
      comment.image = result?.imageUri;
      if (failure === void 0) {
        comment.status = 'ready';
        await refreshExpiry(deps, names, found.service?.serviceArn ?? result?.serviceArn, previewConfig, log);
      } else {
        comment.status = 'failed';
        comment.failure = result?.failure ?? (0, errors.g)(failure);
        comment.digest = result?.digest;
      }
      await publish();
      if (github && deploymentId !== void 0) await bestEffort(log, 'set the deployment status', () => finishPreviewDeployment(github, deploymentId, {
        state: failure === void 0 ? 'success' : 'failure',
        environmentUrl: result?.url,
        logUrl: ctx.runUrl,
        description: failure === void 0 ? 'Preview ready' : comment.failure ?? 'Preview failed'
      }));
      if (failure !== void 0) throw failure;
      return result;
    }
    async function refreshExpiry(deps, names, serviceArn, config, log) {
      const expiry = config.tags.find(t => t.name === config_tags.R0.expiresAt)?.value;
      if (!expiry) return;
      try {
        const f = await findPreview(deps.clients, names);
        const tags = {
          [config_tags.R0.expiresAt]: expiry
        };
        const arns = [ f.rule?.RuleArn, f.targetGroup?.TargetGroupArn ].filter(a => !!a);
        await (0, elbv2.JE)(deps.clients.elbv2, arns, tags);
        const arn = f.service?.serviceArn ?? serviceArn;
        if (arn) await (0, ecs.FT)(deps.clients.ecs, arn, tags);
        log.info(`Preview expires ${expiry}.`);
      } catch (error) {
        log.warning(`Could not move the preview's expiry to ${expiry}: ${(0, errors.g)(error)}`);
      }
    }
    async function runTeardown(config, deps, ctx, reason = 'the pull request was closed') {
      const n = pullRequestOf(config);
      return teardownOne(config, deps, ctx, n, reason, true);
    }
    async function teardownOne(config, deps, ctx, n, reason, summary) {
      const {log: log} = deps;
      const names = previewNames(config, n);
      const steps = await log.group(`Teardown of the preview of #${n}`, () => teardownPreview(deps.clients, names, {
        log: log,
        sleep: deps.sleep
      }));
      const github = ctx.github;
      if (github) {
        const inactive = await bestEffort(log, 'mark the deployment inactive', () => deactivatePreviewDeployments(github, n));
        if (inactive) log.info(`Marked ${inactive} deployment(s) of environment pr-${n} inactive.`);
        const body = (0, github_comment.AF)({
          pullRequest: n,
          status: 'torn-down',
          service: names.service,
          cluster: names.cluster,
          note: `Removed because ${reason}.`
        });
        const r = await bestEffort(log, 'update the preview comment', () => (0, github_comment.dX)(github, n, body, {
          createIfMissing: false
        }));
        if (r?.action === 'updated') log.info('Preview comment updated: torn down.');
      }
      if (summary) await deps.writeSummary(teardownMarkdown(n, steps)).catch(e => log.warning(`Could not write the job summary: ${(0, 
      errors.g)(e)}`));
      return steps;
    }
    async function runSweep(config, deps, ctx) {
      const {log: log} = deps;
      const names = previewNames(config, 1);
      const previews = await log.group('Find previews', async () => {
        const found = await findPreviews(deps.clients, {
          cluster: config.cluster,
          loadBalancer: names.loadBalancer
        }, {
          service: config.service,
          repository: config.repository
        });
        log.info(`${found.length} preview(s) of ${config.service}: ${found.map(p => `#${p.pullRequest}`).join(', ') || 'none'}`);
        return found;
      });
      const report = {
        removed: [],
        kept: [],
        failed: []
      };
      for (const p of previews) {
        let state = 'unknown';
        if (ctx.github) {
          const pr = await bestEffort(log, `read pull request #${p.pullRequest}`, () => ctx.github.getPullRequest(p.pullRequest));
          if (pr) state = pr.state;
        }
        const decision = sweepDecision(p, deps.now(), state);
        if (!decision.remove) {
          log.info(`#${p.pullRequest}: kept (${decision.reason})`);
          report.kept.push({
            pullRequest: p.pullRequest,
            reason: decision.reason
          });
          continue;
        }
        log.info(`#${p.pullRequest}: removing (${decision.reason})`);
        try {
          await teardownOne(config, deps, ctx, p.pullRequest, decision.reason, false);
          report.removed.push({
            pullRequest: p.pullRequest,
            reason: decision.reason
          });
        } catch (error) {
          log.error(`#${p.pullRequest}: ${(0, errors.g)(error)}`);
          report.failed.push({
            pullRequest: p.pullRequest,
            error: (0, errors.g)(error)
          });
        }
      }
      await deps.writeSummary(sweepMarkdown(config.service, report)).catch(e => log.warning(`Could not write the job summary: ${(0, 
      errors.g)(e)}`));
      log.info(`Sweep: ${report.removed.length} removed, ${report.kept.length} kept, ${report.failed.length} failed.`);
      if (report.failed.length > 0) throw new Error(`The sweep could not remove ${report.failed.map(f => `#${f.pullRequest}`).join(', ')}: ${report.failed[0].error}`);
      return report;
    }
    function sweepMarkdown(service, r) {
      const lines = [ `### Preview sweep of ${service}`, '' ];
      if (r.removed.length + r.kept.length + r.failed.length === 0) lines.push('No previews found.'); else {
        lines.push('| Pull request | Result | Why |', '|---|---|---|');
        for (const x of r.removed) lines.push(`| #${x.pullRequest} | removed | ${x.reason} |`);
        for (const x of r.failed) lines.push(`| #${x.pullRequest} | failed | ${x.error.replace(/\|/g, '\\|')} |`);
        for (const x of r.kept) lines.push(`| #${x.pullRequest} | kept | ${x.reason} |`);
      }
      return lines.join('\n') + '\n';
    }
  }
};
