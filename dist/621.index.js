"use strict";

exports.id = 621;

exports.ids = [ 621 ];

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
  8621: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      RunFailedError: () => pipeline_result.fg,
      run: () => run
    });
    async function resolveImage(config, deps, accountId) {
      const {log: log} = deps;
      if (config.taskDefinition.arn) {
        log.info('Skipped: task-definition-arn is given.');
        return;
      }
      if (config.plan) {
        const uri = config.image ?? `${accountId}.dkr.ecr.${config.region}.amazonaws.com/${config.ecr.repository}:${config.commitSha}`;
        log.info(config.image ? `Would deploy the given image ${config.image}` : `Would build and push ${uri}`);
        return {
          uri: uri,
          built: !config.image
        };
      }
      const built = await deps.build(config, {
        clients: deps.clients,
        docker: deps.docker,
        log: log,
        setSecret: deps.setSecret
      });
      if (!built.built) log.info(`Using ${built.imageUri}${built.digest ? ` (${built.digest})` : ''}`);
      return {
        uri: built.imageUri,
        built: built.built
      };
    }
    function ensureInfrastructure(config, deps, checked) {
      return deps.stack.ensureStack(config, deps.clients, {
        plan: config.plan,
        log: deps.log,
        sleep: deps.sleep
      }, checked);
    }
    function ensureAutoscaling(config, deps, stack) {
      const target = {
        cluster: stack.cluster,
        service: config.service,
        targetGroupArn: stack.targetGroupArn,
        loadBalancerArn: stack.loadBalancerArn
      };
      return deps.stack.ensureScaling(config, deps.clients, target, {
        plan: config.plan,
        log: deps.log,
        sleep: deps.sleep
      });
    }
    var aws_ecs = __webpack_require__(2976);
    var errors = __webpack_require__(17);
    var time = __webpack_require__(6043);
    function startPipeline(config, deps) {
      const {log: log} = deps;
      const timer = new time.x(deps);
      const ecs = (0, aws_ecs.yv)(deps.clients.ecs, {
        sleep: deps.sleep,
        random: deps.random,
        onRetry: (error, attempt, ms) => log.info(`ECS: ${(0, errors.g)(error)}; retry ${attempt} in ${(0, 
        time.a)(ms)}`)
      });
      const ctx = {
        config: config,
        clients: deps.clients,
        ecs: ecs,
        log: log,
        now: () => deps.now(),
        sleep: ms => deps.sleep(ms),
        secrets: deps.secrets
      };
      let current;
      return {
        ctx: ctx,
        phase: (name, fn) => {
          current = name;
          return timer.time(name, () => log.group(name, fn));
        },
        timings: () => timer.list(),
        current: () => current
      };
    }
    var context = __webpack_require__(9116);
    var reader = __webpack_require__(5835);
    var taskdef_container = __webpack_require__(1575);
    var client = __webpack_require__(2658);
    var endpoints = __webpack_require__(2085);
    var EndpointParameters = __webpack_require__(1839);
    const command = (0, client.makeBuilder)(EndpointParameters.S, "CertificateManager", "ACMClient", endpoints.getEndpointPlugin);
    const _ep0 = {
      ServiceType: {
        type: "staticContextParams",
        value: `ACM`
      }
    };
    const _mw0 = (Command, cs, config, o) => [];
    var schemas_0 = __webpack_require__(4014);
    class DescribeCertificateCommand extends(command(_ep0, _mw0, "DescribeCertificate", schemas_0.TPB)){}
    var aws_errors = __webpack_require__(9378);
    async function describeCertificate(client, arn) {
      try {
        const {Certificate: c} = await client.send(new DescribeCertificateCommand({
          CertificateArn: arn
        }));
        return c && {
          status: c.Status ?? 'UNKNOWN',
          domainName: c.DomainName
        };
      } catch (error) {
        if ((0, aws_errors.m)(error, 'ResourceNotFoundException')) return;
        throw error;
      }
    }
    async function checkGivenTaskDefinition(ctx, arn) {
      const found = await ctx.ecs.describeTaskDefinition(arn);
      const input = 'task-definition-arn';
      if (!found) throw new reader.dz(input, `Input '${input}': the task definition ${arn} does not exist in ${ctx.config.region}. Give the ARN or family:revision of a registered revision.`);
      const td = found.taskDefinition;
      if (td.status && td.status !== 'ACTIVE') throw new reader.dz(input, `Input '${input}': the task definition ${td.taskDefinitionArn ?? arn} is ${td.status} (deregistered); ECS deploys only ACTIVE revisions.`);
      const container = (0, taskdef_container.b)(td.containerDefinitions, ctx.config);
      const names = (td.containerDefinitions ?? []).map(c => c.name).join(', ');
      if (!container) throw new reader.dz(ctx.config.taskDefinition.containerName ? 'container-name' : input, ctx.config.taskDefinition.containerName ? `Input 'container-name': ${td.taskDefinitionArn ?? arn} has no container '${ctx.config.taskDefinition.containerName}'; its containers are ${names}.` : `Input '${input}': no container of ${td.taskDefinitionArn ?? arn} serves traffic (its containers are ${names}); set 'container-name'.`);
      const port = ctx.config.taskDefinition.containerPort;
      if (!(container.portMappings ?? []).some(p => p.containerPort === port)) throw new reader.dz('container-port', `Input 'container-port': container '${container.name}' of ${td.taskDefinitionArn ?? arn} does not map port ${port} (it maps ${(container.portMappings ?? []).map(p => p.containerPort).join(', ') || 'none'}).`);
      return found;
    }
    async function checkCertificate(ctx) {
      const {config: config} = ctx;
      const arn = config.loadBalancer.certificateArn;
      if (!arn || config.loadBalancer.targetGroupArn) return;
      const region = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):/.exec(arn)?.[1];
      if (!region) return;
      const input = 'certificate-arn';
      if (region !== config.region) throw new reader.dz(input, `Input '${input}': the certificate is in ${region}, the load balancer in ${config.region}; an Application Load Balancer takes ACM certificates of its own region.`);
      const cert = await describeCertificate(ctx.clients.acm, arn);
      if (!cert) throw new reader.dz(input, `Input '${input}': ACM has no certificate ${arn} in this account (${config.region}). Request or import one in ACM and give its ARN.`);
      if (cert.status !== 'ISSUED') throw new reader.dz(input, `Input '${input}': the certificate ${arn}${cert.domainName ? ` (${cert.domainName})` : ''} is ${cert.status}; an HTTPS listener needs an ISSUED certificate${cert.status === 'PENDING_VALIDATION' ? ' (finish its DNS or email validation first)' : ''}.`);
    }
    function assertDeployMode(config) {
      if (config.mode === 'teardown' || config.mode === 'sweep') throw new context.s(`mode '${config.mode}' is not a deployment; the deploy pipeline runs modes 'deploy' and 'preview'.`);
    }
    async function preflight(ctx, deps) {
      const {config: config, log: log} = ctx;
      const givenArn = config.taskDefinition.arn;
      if (givenArn) log.info(`Deploying the registered task definition ${givenArn} as it is: nothing to render or build.`); else {
        deps.render.preflightTaskDefinition(config);
        log.info('Task definition checked against its shapes and the Fargate rules.');
      }
      await checkCertificate(ctx);
      await checkDeploymentController(ctx);
      const given = givenArn ? await checkGivenTaskDefinition(ctx, givenArn) : void 0;
      const stack = await deps.stack.checkStackReferences(config, ctx.clients, {
        plan: config.plan,
        log: log,
        sleep: deps.sleep
      });
      log.info('Every resource the inputs name exists and fits.');
      return {
        given: given,
        stack: stack
      };
    }
    async function checkDeploymentController(ctx) {
      const {config: config} = ctx;
      const service = await ctx.ecs.describeService(config.cluster, config.service);
      const type = service?.deploymentController?.type;
      if (!service || service.status === 'INACTIVE' || !type || type === 'ECS') return;
      const how = type === 'CODE_DEPLOY' ? 'CodeDeploy owns its deployments (task sets and the listener are switched by CodeDeploy, not by UpdateService)' : 'an external controller owns its task sets';
      throw new context.s(`Service ${config.service} in cluster ${config.cluster} uses the ${type} deployment controller: ${how}, and this action deploys through ECS's own controller (strategy ${config.strategy.kind}). ` + 'Move the service to the ECS controller first (UpdateService with deploymentController {type: ECS}, where ECS allows it for this service, or a new service under another name), or deploy it with the tool that owns it.');
    }
    async function identify(config, deps) {
      const id = await deps.getAccountId(deps.clients.sts);
      deps.log.info(`AWS account ${id}, region ${config.region}`);
      return id;
    }
    async function pruneOldRevisions(ctx, family, keep, protect) {
      if (keep <= 0) return [];
      const removed = [];
      try {
        const active = await ctx.ecs.listActiveRevisions(family);
        for (const arn of active.slice(keep)) {
          if (protect.has(arn)) continue;
          await ctx.ecs.deregisterTaskDefinition(arn);
          removed.push(arn);
        }
        if (removed.length > 0) ctx.log.info(`Deregistered ${removed.length} revision(s) of ${family} older than the newest ${keep} (keep-revisions): ${removed.map(aws_ecs.P5).join(', ')}`);
      } catch (error) {
        ctx.log.warning(`Could not prune old revisions of ${family}: ${error instanceof Error ? error.message : String(error)}`);
      }
      return removed;
    }
    async function pruneAfterDeploy(ctx, taskDefinitionArn, previousTaskDefinitionArn) {
      const protect = new Set([ taskDefinitionArn, previousTaskDefinitionArn ].filter(a => !!a));
      return pruneOldRevisions(ctx, (0, aws_ecs.Ap)(taskDefinitionArn), ctx.config.taskDefinition.keepRevisions, protect);
    }
    async function deregisterReplacedRevision(ctx, failed) {
      const arn = failed.revision.arn;
      if (!failed.watch.verdict.superseded || !failed.revision.registered || !arn) return false;
      try {
        const service = await ctx.ecs.describeService(failed.stack.cluster, ctx.config.service);
        const runsIt = service?.taskDefinition === arn || (service?.deployments ?? []).some(d => d.status === 'PRIMARY' && d.taskDefinition === arn);
        if (runsIt) return false;
        await ctx.ecs.deregisterTaskDefinition(arn);
        ctx.log.info(`Deregistered ${(0, aws_ecs.P5)(arn)}: registered by this run, whose deployment another run replaced.`);
        return true;
      } catch (error) {
        ctx.log.warning(`Could not deregister ${(0, aws_ecs.P5)(arn)}, registered by this run and replaced before it was deployed: ${(0, 
        errors.g)(error)}`);
        return false;
      }
    }
    var report = __webpack_require__(2222);
    var pipeline_result = __webpack_require__(3641);
    var pipeline_revision = __webpack_require__(205);
    var assess = __webpack_require__(9965);
    var mask = __webpack_require__(6934);
    var smoke = __webpack_require__(6618);
    function stoppedDigest(t) {
      return {
        taskId: t.id,
        stopCode: t.stopCode,
        stoppedReason: t.stoppedReason,
        failure: (0, assess.E2)(t),
        containers: t.containers.map(c => ({
          name: c.name,
          exitCode: c.exitCode,
          reason: c.reason
        }))
      };
    }
    function buildDigest(input) {
      const obs = input.observation;
      const tasks = obs?.tasks ?? [];
      const stopped = tasks.filter(t => t.lastStatus === 'STOPPED' || t.desiredStatus === 'STOPPED');
      stopped.sort((a, b) => Number((0, assess.E2)(b) !== void 0) - Number((0, assess.E2)(a) !== void 0));
      const ips = new Set(tasks.map(t => t.ip).filter(Boolean));
      const targets = (obs?.targets ?? []).filter(x => ips.has(x.id));
      const events = (obs?.service?.events ?? []).filter(e => e.at >= input.since).sort((a, b) => a.at - b.at).slice(-(input.maxEvents ?? 15)).map(e => `${new Date(e.at).toISOString().slice(11, 19)} ${e.message}`);
      return {
        deploymentId: input.deploymentId,
        taskDefinitionArn: input.taskDefinitionArn,
        reasons: input.reasons,
        stoppedTasks: stopped.slice(0, 10).map(stoppedDigest),
        targets: targets,
        events: events,
        logs: input.logs
      };
    }
    function alarmValues(reasonData) {
      if (!reasonData) return;
      try {
        const data = JSON.parse(reasonData);
        const points = (data.recentDatapoints ?? []).filter(p => typeof p === 'number');
        if (points.length === 0) return;
        const round = n => String(Math.round(n * 100) / 100);
        return `recent datapoints ${points.map(round).join(', ')}${typeof data.threshold === 'number' ? ` against a threshold of ${round(data.threshold)}` : ''}`;
      } catch {
        return;
      }
    }
    function taskForLogs(obs) {
      const stopped = (obs?.tasks ?? []).filter(t => t.lastStatus === 'STOPPED' || t.desiredStatus === 'STOPPED');
      const byLatest = (a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0);
      const failed = stopped.filter(t => (0, assess.E2)(t) !== void 0).sort(byLatest);
      if (failed.length > 0) return failed[0];
      if (stopped.length > 0) return stopped.sort(byLatest)[0];
      return obs?.tasks[0];
    }
    function digestLines(d) {
      const out = [];
      out.push(`Deployment ${d.deploymentId} of ${d.taskDefinitionArn.split('/').pop()} failed:`);
      for (const r of d.reasons) out.push(`  - ${r}`);
      if (d.alarm) {
        out.push(`Alarm ${d.alarm.name} (${d.alarm.threshold}):`);
        if (d.alarm.reason) out.push(`  ${d.alarm.reason}`);
        if (d.alarm.values) out.push(`  values: ${d.alarm.values}`);
      }
      if (d.smokeTest) out.push(...(0, smoke.zv)(d.smokeTest));
      if (d.stoppedTasks.length > 0) {
        out.push('Stopped tasks:');
        for (const t of d.stoppedTasks) {
          out.push(`  ${t.taskId}: ${t.stoppedReason ?? '(no reason)'}${t.stopCode ? ` [${t.stopCode}]` : ''}`);
          for (const c of t.containers) if (c.exitCode !== void 0 || c.reason) out.push(`    container ${c.name}: exit code ${c.exitCode ?? '-'}${c.reason ? `, ${c.reason}` : ''}`);
        }
      }
      if (d.targets.length > 0) {
        out.push('Target health of the new tasks:');
        for (const x of d.targets) out.push(`  ${x.id}${x.port ? `:${x.port}` : ''}: ${x.state}${x.reason ? ` ${x.reason}` : ''}${x.description ? ` (${x.description})` : ''}`);
      }
      if (d.events.length > 0) {
        out.push('Service events:');
        for (const e of d.events) out.push(`  ${e}`);
      }
      if (d.logs) {
        const masked = d.logs.masked ? `, ${(0, mask.sB)(d.logs.masked)}` : '';
        out.push(`Last log lines of task ${d.logs.taskId} (${d.logs.group} ${d.logs.stream}${masked}):`);
        if (d.logs.error) out.push(`  (could not read: ${d.logs.error})`); else if (d.logs.lines.length === 0) out.push('  (no log lines)');
        for (const l of d.logs.lines) out.push(`  | ${l}`);
      }
      return out;
    }
    var commandBuilder = __webpack_require__(1851);
    var schemas_schemas_0 = __webpack_require__(5482);
    class GetLogEventsCommand extends((0, commandBuilder.G5)(commandBuilder.lq, commandBuilder.yt, "GetLogEvents", schemas_schemas_0.IU$)){}
    async function lastLogLines(client, group, stream, n = 20) {
      const out = await client.send(new GetLogEventsCommand({
        logGroupName: group,
        logStreamName: stream,
        limit: n,
        startFromHead: false
      }));
      return (out.events ?? []).map(e => (e.message ?? '').replace(/\s+$/, '')).slice(-n);
    }
    var cloudwatch = __webpack_require__(1394);
    var pipeline_watch = __webpack_require__(5993);
    async function failedTaskLogs(ctx, obs, taskDefinition, containerName) {
      const task = taskForLogs(obs);
      if (!task || !taskDefinition) return;
      const container = taskDefinition.containerDefinitions?.find(c => c.name === containerName) ?? taskDefinition.containerDefinitions?.[0];
      const logConfig = container?.logConfiguration;
      if (!container?.name || logConfig?.logDriver !== 'awslogs') return;
      const group = logConfig.options?.['awslogs-group'];
      const prefix = logConfig.options?.['awslogs-stream-prefix'];
      if (!group || !prefix) return;
      const stream = (0, pipeline_watch.Bs)(prefix, container.name, task.arn);
      try {
        const read = await lastLogLines(ctx.clients.logs, group, stream, 20);
        const {lines: lines, masked: masked} = ctx.secrets?.maskLines(read) ?? {
          lines: read,
          masked: 0
        };
        return {
          taskId: task.id,
          group: group,
          stream: stream,
          lines: lines,
          ...masked ? {
            masked: masked
          } : {}
        };
      } catch (error) {
        return {
          taskId: task.id,
          group: group,
          stream: stream,
          lines: [],
          error: (0, errors.g)(error)
        };
      }
    }
    async function gatherDigest(ctx, f, obs, reasons) {
      const logs = await failedTaskLogs(ctx, obs, f.taskDefinition, f.containerName);
      return buildDigest({
        observation: obs,
        deploymentId: f.deploymentId,
        taskDefinitionArn: f.taskDefinitionArn,
        reasons: reasons,
        since: f.since,
        logs: logs
      });
    }
    async function alarmDigest(ctx, triggered, errorAlarm) {
      const names = [ ...new Set([ ...triggered, ...errorAlarm ? [ errorAlarm.name ] : [] ]) ];
      if (names.length === 0) return;
      let alarms;
      try {
        alarms = await (0, cloudwatch.Gj)(ctx.clients.cloudwatch, names);
      } catch (error) {
        ctx.log.warning(`Could not read the alarms ${names.join(', ')}: ${(0, errors.g)(error)}`);
        return;
      }
      const a = alarms.find(x => triggered.includes(x.name)) ?? alarms.find(x => x.state === 'ALARM');
      if (!a) return;
      const threshold = errorAlarm && a.name === errorAlarm.name ? `5xx answers above ${errorAlarm.thresholdPercent}% of the requests in a minute, with at least ${errorAlarm.minRequests} requests` : `threshold ${a.threshold ?? '?'}`;
      return {
        name: a.name,
        threshold: threshold,
        reason: a.reason || void 0,
        values: alarmValues(a.reasonData),
        updatedAt: a.updatedAt?.getTime()
      };
    }
    var pipeline_service = __webpack_require__(9325);
    var shift_watch = __webpack_require__(4776);
    var service_deployment = __webpack_require__(1698);
    async function deregisterFailedRevision(ctx, f) {
      if (!f.registeredByThisRun) return;
      try {
        await ctx.ecs.deregisterTaskDefinition(f.taskDefinitionArn);
        ctx.log.info(`Deregistered the failed revision ${(0, aws_ecs.P5)(f.taskDefinitionArn)}`);
      } catch (error) {
        ctx.log.warning(`Could not deregister the failed revision ${(0, aws_ecs.P5)(f.taskDefinitionArn)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    function noRollbackReason(ctx, f) {
      const previous = f.previousTaskDefinitionArn;
      if (f.watch.verdict.superseded) return 'another deployment replaced this one; not rolling back over it';
      if (!ctx.config.rollback) return 'rollback is turned off (rollback: false); the service was left as it is';
      if (!previous) return 'nothing to roll back to: this was the first deployment of the service';
      if (previous === f.taskDefinitionArn) return `nothing to roll back to: the service ran ${(0, 
      aws_ecs.P5)(previous)} before too`;
      return;
    }
    async function startRollback(ctx, f) {
      if (f.watch.verdict.ecsRolledBack) {
        ctx.log.info('ECS (deployment circuit breaker) has already rolled the service back; not starting a second rollback.');
        const ecsRollback = f.watch.observation?.service?.deployments.find(d => d.status === 'PRIMARY' && d.id !== f.deploymentId);
        return {
          by: 'ecs',
          deploymentId: ecsRollback?.id,
          since: ctx.now()
        };
      }
      const reason = noRollbackReason(ctx, f);
      if (reason) return {
        by: 'none',
        note: reason
      };
      const to = f.previousTaskDefinitionArn;
      ctx.log.info(`Rolling back ${f.service} to ${(0, aws_ecs.P5)(to)}`);
      const since = ctx.now();
      let deploymentId;
      try {
        const service = await ctx.ecs.updateService({
          cluster: f.cluster,
          service: f.service,
          taskDefinition: to
        });
        deploymentId = (0, pipeline_service.xr)(service);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
          by: 'none',
          note: `the rollback to ${(0, aws_ecs.P5)(to)} could not be started: ${message}`
        };
      }
      if (!deploymentId) return {
        by: 'none',
        note: `the rollback to ${(0, aws_ecs.P5)(to)} started no deployment to follow`
      };
      return {
        by: 'action',
        deploymentId: deploymentId,
        since: since,
        to: to
      };
    }
    function rollbackWords(start, f) {
      if (start.by === 'ecs') {
        const previous = f.previousTaskDefinitionArn;
        return {
          healthy: `ECS's circuit breaker rolled the service back${previous ? ` to ${(0, aws_ecs.P5)(previous)}` : ''}`,
          failed: `ECS's circuit breaker started a rollback (${start.deploymentId}) that did not become healthy`,
          reason: `ECS's rollback did not become healthy`
        };
      }
      return {
        healthy: `rolled back to ${(0, aws_ecs.P5)(start.to)}, which is healthy`,
        failed: `the rollback to ${(0, aws_ecs.P5)(start.to)} failed too`,
        reason: `the rollback to ${(0, aws_ecs.P5)(start.to)} failed too`
      };
    }
    async function stoppableServiceDeployment(ctx, f) {
      if (f.watch.verdict.ecsRolledBack || f.watch.verdict.superseded) return;
      try {
        const arn = (await ctx.ecs.describeService(f.cluster, f.service))?.currentServiceDeployment;
        const sd = arn ? await ctx.ecs.describeServiceDeployment(arn) : void 0;
        return sd && [ 'PENDING', 'IN_PROGRESS' ].includes(sd.status ?? '') ? arn : void 0;
      } catch (error) {
        ctx.log.debug(`No service deployment to stop (${(0, errors.g)(error)}); rolling back with UpdateService.`);
        return;
      }
    }
    async function rollBackShift(ctx, f, arn, digest, follow) {
      const view = f.watch.shift?.view;
      const byEcs = f.watch.verdict.ecsRolledBack;
      let since = ctx.now();
      if (byEcs) {
        ctx.log.info(`${view ? (0, service_deployment.qL)(view) : 'ECS is rolling the deployment back'}; following its rollback.`);
        since = view?.rollback?.startedAt ?? since;
      } else {
        const reason = noRollbackReason(ctx, f);
        if (reason) return {
          rolledBack: false,
          by: 'none',
          note: reason,
          digest: digest
        };
        ctx.log.info(`Stopping service deployment ${arn} with rollback: ECS moves the traffic back to the previous revision`);
        try {
          await ctx.ecs.stopServiceDeployment(arn, 'ROLLBACK');
        } catch (error) {
          ctx.log.warning(`StopServiceDeployment failed (${(0, errors.g)(error)}); rolling back with UpdateService instead.`);
          return;
        }
      }
      const r = await follow(ctx, {
        cluster: f.cluster,
        service: f.service,
        serviceDeploymentArn: arn,
        mode: 'rollback',
        deadline: ctx.now() + ctx.config.waitForMinutes * 6e4,
        since: f.since,
        label: 'rollback'
      });
      const previous = f.previousTaskDefinitionArn ? ` to ${(0, aws_ecs.P5)(f.previousTaskDefinitionArn)}` : '';
      const who = byEcs ? 'ECS rolled the service back' : 'rolled back with StopServiceDeployment';
      const times = {
        startedAt: since,
        endedAt: ctx.now(),
        rollbackTrack: r.track
      };
      if (r.verdict.state !== 'healthy') {
        digest.reasons = [ ...digest.reasons, `the rollback failed: ${r.verdict.reasons.join('; ')}` ];
        return {
          rolledBack: false,
          by: 'none',
          note: `${who}${previous}, but ${r.verdict.reasons[0]}`,
          rollbackVerdict: r.verdict,
          digest: digest,
          ...times
        };
      }
      await deregisterFailedRevision(ctx, f);
      return {
        rolledBack: true,
        by: byEcs ? 'ecs' : 'action',
        note: `${who}${previous}; all traffic is back on it`,
        rollbackVerdict: r.verdict,
        digest: digest,
        ...times
      };
    }
    async function handleFailedDeployment(ctx, f, watch = pipeline_watch.Jh, followShift = shift_watch.U) {
      const digest = await gatherDigest(ctx, f, f.watch.observation, f.watch.verdict.reasons);
      if (f.watch.smoke) digest.smokeTest = f.watch.smoke;
      const alarm = await alarmDigest(ctx, f.watch.shift?.view?.triggeredAlarms ?? [], f.errorAlarm);
      if (alarm) digest.alarm = alarm;
      const shiftArn = f.watch.shift?.view?.arn ?? await stoppableServiceDeployment(ctx, f);
      if (shiftArn) {
        const outcome = await rollBackShift(ctx, f, shiftArn, digest, followShift);
        if (outcome) return outcome;
      }
      const start = await startRollback(ctx, f);
      if (start.by === 'none') return {
        rolledBack: false,
        by: 'none',
        note: start.note,
        digest: digest
      };
      const words = rollbackWords(start, f);
      const rollbackVerdict = start.deploymentId ? (await watch(ctx, {
        cluster: f.cluster,
        service: f.service,
        deploymentId: start.deploymentId,
        targetGroupArn: f.targetGroupArn,
        containerPort: f.containerPort,
        deadline: ctx.now() + ctx.config.waitForMinutes * 6e4,
        completion: 'healthy',
        failureThreshold: ctx.config.failureThreshold,
        since: start.since,
        label: 'rollback'
      })).verdict : void 0;
      const rollbackDeploymentId = start.deploymentId;
      const createdByEcs = f.watch.observation?.service?.deployments.find(d => d.id === start.deploymentId)?.createdAt;
      const times = {
        startedAt: start.by === 'ecs' ? createdByEcs ?? start.since : start.since,
        endedAt: rollbackVerdict ? ctx.now() : void 0
      };
      if (rollbackVerdict && rollbackVerdict.state !== 'healthy') {
        digest.reasons = [ ...digest.reasons, `${words.reason}: ${rollbackVerdict.reasons.join('; ')}` ];
        return {
          rolledBack: false,
          by: 'none',
          note: words.failed,
          rollbackDeploymentId: rollbackDeploymentId,
          rollbackVerdict: rollbackVerdict,
          digest: digest,
          ...times
        };
      }
      await deregisterFailedRevision(ctx, f);
      return {
        rolledBack: true,
        by: start.by,
        note: words.healthy,
        rollbackDeploymentId: rollbackDeploymentId,
        rollbackVerdict: rollbackVerdict,
        digest: digest,
        ...times
      };
    }
    async function rollBack(ctx, failed) {
      const {deployment: deployment, revision: revision} = failed;
      const outcome = await handleFailedDeployment(ctx, {
        cluster: failed.stack.cluster,
        service: ctx.config.service,
        deploymentId: deployment.deploymentId,
        taskDefinitionArn: revision.arn,
        taskDefinition: revision.definition,
        registeredByThisRun: revision.registered,
        previousTaskDefinitionArn: deployment.created ? void 0 : deployment.previousTaskDefinitionArn,
        containerName: failed.containerName,
        containerPort: ctx.config.taskDefinition.containerPort,
        targetGroupArn: failed.stack.targetGroupArn,
        errorAlarm: failed.stack.errorAlarm,
        since: failed.since,
        watch: failed.watch
      });
      for (const line of digestLines(outcome.digest)) ctx.log.info(line);
      ctx.log.info(outcome.note);
      return outcome;
    }
    var summary = __webpack_require__(2360);
    async function run(config, deps, tracker) {
      const started = deps.now();
      const {ctx: ctx, phase: phase, timings: timings, current: current} = startPipeline(config, deps);
      const made = {};
      tracker?.track({
        config: config,
        ctx: ctx,
        made: made,
        phase: current,
        timings: timings,
        startedAt: started
      });
      let failure;
      let result;
      try {
        assertDeployMode(config);
        const checked = await phase('Preflight', () => preflight(ctx, deps));
        const accountId = await phase('Identity', () => identify(config, deps));
        made.image = await phase('Build and push', () => resolveImage(config, deps, accountId));
        const stack = made.stack = await phase('Infrastructure', () => ensureInfrastructure(config, deps, checked.stack));
        const revision = await phase('Task definition', async () => {
          const existing = made.existing = {
            service: await (0, pipeline_revision.hQ)(ctx, stack)
          };
          const input = {
            accountId: accountId,
            stack: stack,
            imageUri: made.image?.uri,
            running: existing.service?.taskDefinition,
            given: checked.given
          };
          return made.revision = await (0, pipeline_revision.TH)(ctx, deps.render, input);
        });
        const placement = (0, pipeline_service.$0)(config, stack, revision.containers);
        const window = (0, pipeline_watch.mG)(ctx);
        const service = made.service = await phase('Service', () => (0, pipeline_service.l4)(ctx, placement, revision, made.existing?.service, window.deadline));
        made.scaling = await phase('Autoscaling', () => ensureAutoscaling(config, deps, stack));
        const deployment = service.deployment;
        if (!deployment) {
          const planned = (0, pipeline_result.Bg)(config, made, {
            phases: [],
            durationSeconds: 0
          });
          for (const line of (0, summary.HN)(planned)) deps.log.info(line);
        } else {
          const watch = made.watch = await phase('Watch', () => (0, pipeline_watch.Dl)(ctx, stack, deployment.deploymentId, window));
          if (watch.verdict.state === 'healthy') await pruneAfterDeploy(ctx, revision.arn, deployment.previousTaskDefinitionArn); else {
            const failed = {
              stack: stack,
              revision: revision,
              deployment: deployment,
              containerName: placement.containerName,
              watch: watch
            };
            made.rollback = await phase('Rollback', async () => {
              const outcome = await rollBack(ctx, {
                ...failed,
                since: window.since
              });
              await deregisterReplacedRevision(ctx, failed);
              return outcome;
            });
            throw (0, pipeline_result.X6)(config, revision, watch, made.rollback);
          }
        }
      } catch (error) {
        failure = error;
      } finally {
        const end = {
          failure: failure,
          phases: timings(),
          durationSeconds: Math.round((deps.now() - started) / 1e3)
        };
        result = (0, pipeline_result.Bg)(config, made, end);
        if (!tracker?.cancelled) await (0, report.z8)(result, config.plan, deps);
      }
      if (failure === void 0) return result;
      throw new pipeline_result.fg((0, pipeline_result.Pu)(failure), result);
    }
  }
};
