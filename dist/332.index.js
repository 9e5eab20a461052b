"use strict";
exports.id = 332;
exports.ids = [332];
exports.modules = {

/***/ 1851:
/***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ command),
/* harmony export */   lq: () => (/* binding */ _ep0),
/* harmony export */   yt: () => (/* binding */ _mw0)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6644);



const command = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S, "Logs_20140328", "CloudWatchLogsClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];


/***/ },

/***/ 1394:
/***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ic: () => (/* binding */ deleteAlarms),
  Gj: () => (/* binding */ describeAlarms),
  D6: () => (/* binding */ findMetricAlarm),
  L: () => (/* binding */ putMetricAlarm)
});

// UNUSED EXPORTS: ALARM_NAMES_PER_CALL, alarmStatus, describeMetricAlarms

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(2826);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commandBuilder.js




const command = (0,client.makeBuilder)(EndpointParameters/* commonParams */.S, "GraniteServiceVersion20100801", "CloudWatchClient", endpoints.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];
const _mw1 = (Command, cs, config, o) => [
    getCompressionPlugin(config, {
        encodings: ["gzip"],
    }),
];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(3037);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutMetricAlarmCommand.js


class PutMetricAlarmCommand extends command(_ep0, _mw0, "PutMetricAlarm", schemas_0/* PutMetricAlarm$ */.xg9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DescribeAlarmsCommand.js


class DescribeAlarmsCommand extends command(_ep0, _mw0, "DescribeAlarms", schemas_0/* DescribeAlarms$ */.K7p) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DeleteAlarmsCommand.js


class DeleteAlarmsCommand extends command(_ep0, _mw0, "DeleteAlarms", schemas_0/* DeleteAlarms$ */._M9) {
}

// EXTERNAL MODULE: ./src/aws/paging.ts
var paging = __webpack_require__(6433);
;// CONCATENATED MODULE: ./src/aws/cloudwatch.ts


/**
 * CloudWatch metric alarms: the stack's error alarm (made sure of in src/infra/alarms.ts) and its
 * state, read while a deployment is watched. DescribeAlarms and DeleteAlarms take at most 100 names
 * per call (CloudWatch API reference), so longer lists are sent in batches.
 */
const ALARM_NAMES_PER_CALL = 100;
function batches(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/** Creates the alarm, or replaces every setting of the alarm of that name (PutMetricAlarm is an upsert). */
async function putMetricAlarm(client, input) {
    await client.send(new PutMetricAlarmCommand(input));
}
/** The metric alarms of these names that exist (a name with no alarm is simply absent). */
async function describeMetricAlarms(client, names) {
    const unique = [...new Set(names)];
    const found = [];
    for (const batch of batches(unique, ALARM_NAMES_PER_CALL)) {
        const alarms = await (0,paging/* allPages */.S4)(async (token) => {
            const out = await client.send(new DescribeAlarmsCommand({
                AlarmNames: batch,
                AlarmTypes: ['MetricAlarm'],
                MaxRecords: ALARM_NAMES_PER_CALL,
                NextToken: token,
            }));
            return { items: out.MetricAlarms, next: out.NextToken };
        });
        found.push(...alarms.filter((a) => a.AlarmName && batch.includes(a.AlarmName)));
    }
    return found;
}
/** The metric alarm of exactly this name, or undefined. */
async function findMetricAlarm(client, name) {
    return (await describeMetricAlarms(client, [name]))[0];
}
/** The state of each named alarm that exists, in the order of `names`. */
async function describeAlarms(client, names) {
    const byName = new Map((await describeMetricAlarms(client, names)).map((a) => [a.AlarmName, a]));
    return names.flatMap((name) => {
        const a = byName.get(name);
        return a ? [alarmStatus(a)] : [];
    });
}
function alarmStatus(a) {
    return {
        name: a.AlarmName ?? '',
        state: (a.StateValue ?? 'INSUFFICIENT_DATA'),
        reason: a.StateReason ?? '',
        ...(a.StateReasonData ? { reasonData: a.StateReasonData } : {}),
        ...(a.Threshold !== undefined ? { threshold: a.Threshold } : {}),
        ...(a.StateUpdatedTimestamp ? { updatedAt: a.StateUpdatedTimestamp } : {}),
    };
}
/**
 * Deletes the named alarms. A name with no alarm is no error: CloudWatch still deletes the others
 * and answers success.
 */
async function deleteAlarms(client, names) {
    for (const batch of batches([...new Set(names)], ALARM_NAMES_PER_CALL))
        await client.send(new DeleteAlarmsCommand({ AlarmNames: batch }));
}


/***/ },

/***/ 7332:
/***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RunFailedError: () => (/* reexport */ pipeline_result/* RunFailedError */.fg),
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/pipeline/image.ts
/**
 * Phase "Build and push": builds and pushes the image, or takes the given one; in plan mode only
 * names it. Nothing (undefined) when a registered task definition is deployed as it is.
 */
async function resolveImage(config, deps, accountId) {
    const { log } = deps;
    if (config.taskDefinition.arn) {
        log.info('Skipped: task-definition-arn is given.');
        return undefined;
    }
    if (config.plan) {
        const uri = config.image ??
            `${accountId}.dkr.ecr.${config.region}.amazonaws.com/${config.ecr.repository}:${config.commitSha}`;
        log.info(config.image ? `Would deploy the given image ${config.image}` : `Would build and push ${uri}`);
        return { uri, built: !config.image };
    }
    const built = await deps.build(config, {
        clients: deps.clients,
        docker: deps.docker,
        log,
        setSecret: deps.setSecret,
    });
    // The build phase names every tag it pushed; an existing image is named here.
    if (!built.built)
        log.info(`Using ${built.imageUri}${built.digest ? ` (${built.digest})` : ''}`);
    return { uri: built.imageUri, built: built.built };
}

;// CONCATENATED MODULE: ./src/pipeline/infra.ts
/**
 * Phase "Infrastructure": everything the service needs, created or corrected (in plan mode only
 * described), from the references the preflight read and checked.
 */
function ensureInfrastructure(config, deps, checked) {
    return deps.stack.ensureStack(config, deps.clients, { plan: config.plan, log: deps.log, sleep: deps.sleep }, checked);
}
/** Phase "Autoscaling": the service's scaling target and policies, once the service exists. */
function ensureAutoscaling(config, deps, stack) {
    const target = {
        cluster: stack.cluster,
        service: config.service,
        targetGroupArn: stack.targetGroupArn,
        loadBalancerArn: stack.loadBalancerArn,
    };
    return deps.stack.ensureScaling(config, deps.clients, target, {
        plan: config.plan,
        log: deps.log,
        sleep: deps.sleep,
    });
}

// EXTERNAL MODULE: ./src/aws/ecs.ts + 15 modules
var aws_ecs = __webpack_require__(2976);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/pipeline/phase.ts



function startPipeline(config, deps) {
    const { log } = deps;
    const timer = new time/* PhaseTimer */.x(deps);
    const ecs = (0,aws_ecs/* createEcsApi */.yv)(deps.clients.ecs, {
        sleep: deps.sleep,
        random: deps.random,
        onRetry: (error, attempt, ms) => log.info(`ECS: ${(0,errors/* errorMessage */.g)(error)}; retry ${attempt} in ${(0,time/* formatDuration */.a)(ms)}`),
    });
    const ctx = {
        config,
        clients: deps.clients,
        ecs,
        log,
        now: () => deps.now(),
        sleep: (ms) => deps.sleep(ms),
        secrets: deps.secrets,
    };
    let current;
    return {
        ctx,
        phase: (name, fn) => {
            current = name;
            return timer.time(name, () => log.group(name, fn));
        },
        timings: () => timer.list(),
        current: () => current,
    };
}

// EXTERNAL MODULE: ./src/deploy/context.ts
var context = __webpack_require__(9116);
// EXTERNAL MODULE: ./src/config/reader.ts
var reader = __webpack_require__(5835);
// EXTERNAL MODULE: ./src/taskdef/container.ts
var taskdef_container = __webpack_require__(1575);
;// CONCATENATED MODULE: ./src/pipeline/references.ts


/**
 * `task-definition-arn`: the revision exists, is ACTIVE (ECS refuses to deploy an INACTIVE one) and
 * has the container that serves traffic, with the container port mapped.
 */
async function checkGivenTaskDefinition(ctx, arn) {
    const found = await ctx.ecs.describeTaskDefinition(arn);
    const input = 'task-definition-arn';
    if (!found)
        throw new reader/* InputError */.dz(input, `Input '${input}': the task definition ${arn} does not exist in ${ctx.config.region}. Give the ARN or family:revision of a registered revision.`);
    const td = found.taskDefinition;
    if (td.status && td.status !== 'ACTIVE')
        throw new reader/* InputError */.dz(input, `Input '${input}': the task definition ${td.taskDefinitionArn ?? arn} is ${td.status} (deregistered); ECS deploys only ACTIVE revisions.`);
    const container = (0,taskdef_container/* trafficContainer */.b)(td.containerDefinitions, ctx.config);
    const names = (td.containerDefinitions ?? []).map((c) => c.name).join(', ');
    if (!container)
        throw new reader/* InputError */.dz(ctx.config.taskDefinition.containerName ? 'container-name' : input, ctx.config.taskDefinition.containerName
            ? `Input 'container-name': ${td.taskDefinitionArn ?? arn} has no container '${ctx.config.taskDefinition.containerName}'; its containers are ${names}.`
            : `Input '${input}': no container of ${td.taskDefinitionArn ?? arn} serves traffic (its containers are ${names}); set 'container-name'.`);
    const port = ctx.config.taskDefinition.containerPort;
    if (!(container.portMappings ?? []).some((p) => p.containerPort === port))
        throw new reader/* InputError */.dz('container-port', `Input 'container-port': container '${container.name}' of ${td.taskDefinitionArn ?? arn} does not map port ${port} (it maps ${(container.portMappings ?? []).map((p) => p.containerPort).join(', ') || 'none'}).`);
    return found;
}
/**
 * `certificate-arn`: an ACM certificate must be in the load balancer's region. Whether it exists is
 * not read: that needs ACM's DescribeCertificate, a client (and a permission) the action does not
 * have, and ELBv2 has no call that checks a certificate before a listener uses it.
 */
function checkCertificateRegion(config) {
    const arn = config.loadBalancer.certificateArn;
    if (!arn || config.loadBalancer.targetGroupArn)
        return;
    const region = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):/.exec(arn)?.[1];
    if (region && region !== config.region)
        throw new reader/* InputError */.dz('certificate-arn', `Input 'certificate-arn': the certificate is in ${region}, the load balancer in ${config.region}; an Application Load Balancer takes ACM certificates of its own region.`);
}

;// CONCATENATED MODULE: ./src/pipeline/preflight.ts


/** The deploy pipeline runs modes 'deploy' and 'preview'; teardown and sweep have their own runs. */
function assertDeployMode(config) {
    if (config.mode === 'teardown' || config.mode === 'sweep') {
        throw new context/* DeployError */.s(`mode '${config.mode}' is not a deployment; the deploy pipeline runs modes 'deploy' and 'preview'.`);
    }
}
/**
 * Phase "Preflight": the task definition is checked against its shapes and the Fargate rules before
 * any AWS call; then everything the inputs name (the registered revision, VPC, subnets, security
 * groups, target group, load balancer, listener, rule priority, certificate region) is read and
 * checked, with Describe calls only. A bad reference fails here, before anything is built or changed.
 */
async function preflight(ctx, deps) {
    const { config, log } = ctx;
    const givenArn = config.taskDefinition.arn;
    if (givenArn) {
        log.info(`Deploying the registered task definition ${givenArn} as it is: nothing to render or build.`);
    }
    else {
        deps.render.preflightTaskDefinition(config);
        log.info('Task definition checked against its shapes and the Fargate rules.');
    }
    checkCertificateRegion(config);
    await checkDeploymentController(ctx);
    const given = givenArn ? await checkGivenTaskDefinition(ctx, givenArn) : undefined;
    const stack = await deps.stack.checkStackReferences(config, ctx.clients, {
        plan: config.plan,
        log,
        sleep: deps.sleep,
    });
    log.info('Every resource the inputs name exists and fits.');
    return { given, stack };
}
/**
 * The service's deployment controller, when the service exists: the action deploys through ECS's own
 * controller (rolling, blue/green, canary, linear). ECS cannot change a CODE_DEPLOY or EXTERNAL
 * service's controller with an ordinary update of a new revision, so such a service is refused
 * here, before anything is built or changed, with the way out.
 */
async function checkDeploymentController(ctx) {
    const { config } = ctx;
    const service = await ctx.ecs.describeService(config.cluster, config.service);
    const type = service?.deploymentController?.type;
    if (!service || service.status === 'INACTIVE' || !type || type === 'ECS')
        return;
    const how = type === 'CODE_DEPLOY'
        ? 'CodeDeploy owns its deployments (task sets and the listener are switched by CodeDeploy, not by UpdateService)'
        : 'an external controller owns its task sets';
    throw new context/* DeployError */.s(`Service ${config.service} in cluster ${config.cluster} uses the ${type} deployment controller: ${how}, and this action deploys through ECS's own controller (strategy ${config.strategy.kind}). ` +
        'Move the service to the ECS controller first (UpdateService with deploymentController {type: ECS}, where ECS allows it for this service, or a new service under another name), or deploy it with the tool that owns it.');
}
/** Phase "Identity": the AWS account the credentials belong to. */
async function identify(config, deps) {
    const id = await deps.getAccountId(deps.clients.sts);
    deps.log.info(`AWS account ${id}, region ${config.region}`);
    return id;
}

;// CONCATENATED MODULE: ./src/pipeline/prune.ts

/**
 * Deregisters ACTIVE revisions of the family beyond the newest `keep`, never one in `protect`
 * (what runs now and what ran before). Revisions pile up forever otherwise: every register adds one.
 * Returns the deregistered ARNs; failures only warn, the deployment itself succeeded.
 */
async function pruneOldRevisions(ctx, family, keep, protect) {
    if (keep <= 0)
        return [];
    const removed = [];
    try {
        const active = await ctx.ecs.listActiveRevisions(family);
        for (const arn of active.slice(keep)) {
            if (protect.has(arn))
                continue;
            await ctx.ecs.deregisterTaskDefinition(arn);
            removed.push(arn);
        }
        if (removed.length > 0)
            ctx.log.info(`Deregistered ${removed.length} revision(s) of ${family} older than the newest ${keep} (keep-revisions): ${removed.map(aws_ecs/* shortTaskDefinition */.P5).join(', ')}`);
    }
    catch (error) {
        ctx.log.warning(`Could not prune old revisions of ${family}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return removed;
}
/** After a healthy deploy: prunes the family, keeping what runs now and what ran before. */
async function pruneAfterDeploy(ctx, taskDefinitionArn, previousTaskDefinitionArn) {
    const protect = new Set([taskDefinitionArn, previousTaskDefinitionArn].filter((a) => !!a));
    return pruneOldRevisions(ctx, (0,aws_ecs/* familyOf */.Ap)(taskDefinitionArn), ctx.config.taskDefinition.keepRevisions, protect);
}

;// CONCATENATED MODULE: ./src/pipeline/replaced.ts


/**
 * When another run's deployment replaced this run's before it completed (the watch's verdict is
 * `superseded`), nobody deploys the revision this run registered: the other run deployed its own,
 * and this run does not roll back over it. Left ACTIVE, that revision would look like a deployed one
 * (and be offered to the next rollback or `task-definition-arn`), so it is deregistered before the
 * run exits. Not when the service runs it after all (the other run deployed the same revision), nor
 * a revision this run did not register. Our deployment may still be scaling its tasks in: ECS keeps
 * running, and scales, tasks of an INACTIVE revision. Returns whether it deregistered; a failure
 * only warns, it never hides the failure being reported.
 */
async function deregisterReplacedRevision(ctx, failed) {
    const arn = failed.revision.arn;
    if (!failed.watch.verdict.superseded || !failed.revision.registered || !arn)
        return false;
    try {
        const service = await ctx.ecs.describeService(failed.stack.cluster, ctx.config.service);
        const runsIt = service?.taskDefinition === arn ||
            (service?.deployments ?? []).some((d) => d.status === 'PRIMARY' && d.taskDefinition === arn);
        if (runsIt)
            return false;
        await ctx.ecs.deregisterTaskDefinition(arn);
        ctx.log.info(`Deregistered ${(0,aws_ecs/* shortTaskDefinition */.P5)(arn)}: registered by this run, whose deployment another run replaced.`);
        return true;
    }
    catch (error) {
        ctx.log.warning(`Could not deregister ${(0,aws_ecs/* shortTaskDefinition */.P5)(arn)}, registered by this run and replaced before it was deployed: ${(0,errors/* errorMessage */.g)(error)}`);
        return false;
    }
}

// EXTERNAL MODULE: ./src/pipeline/report.ts
var report = __webpack_require__(2222);
// EXTERNAL MODULE: ./src/pipeline/result.ts
var pipeline_result = __webpack_require__(3641);
// EXTERNAL MODULE: ./src/pipeline/revision.ts
var pipeline_revision = __webpack_require__(205);
// EXTERNAL MODULE: ./src/deploy/assess.ts
var assess = __webpack_require__(9965);
// EXTERNAL MODULE: ./src/util/mask.ts
var mask = __webpack_require__(6934);
// EXTERNAL MODULE: ./src/deploy/smoke.ts
var smoke = __webpack_require__(6618);
;// CONCATENATED MODULE: ./src/deploy/digest.ts



function stoppedDigest(t) {
    return {
        taskId: t.id,
        stopCode: t.stopCode,
        stoppedReason: t.stoppedReason,
        failure: (0,assess/* taskFailure */.E2)(t),
        containers: t.containers.map((c) => ({ name: c.name, exitCode: c.exitCode, reason: c.reason })),
    };
}
function buildDigest(input) {
    const obs = input.observation;
    const tasks = obs?.tasks ?? [];
    const stopped = tasks.filter((t) => t.lastStatus === 'STOPPED' || t.desiredStatus === 'STOPPED');
    // Failed tasks first: they carry the exit codes and reasons.
    stopped.sort((a, b) => Number((0,assess/* taskFailure */.E2)(b) !== undefined) - Number((0,assess/* taskFailure */.E2)(a) !== undefined));
    const ips = new Set(tasks.map((t) => t.ip).filter(Boolean));
    const targets = (obs?.targets ?? []).filter((x) => ips.has(x.id));
    const events = (obs?.service?.events ?? [])
        .filter((e) => e.at >= input.since)
        .sort((a, b) => a.at - b.at)
        .slice(-(input.maxEvents ?? 15))
        .map((e) => `${new Date(e.at).toISOString().slice(11, 19)} ${e.message}`);
    return {
        deploymentId: input.deploymentId,
        taskDefinitionArn: input.taskDefinitionArn,
        reasons: input.reasons,
        stoppedTasks: stopped.slice(0, 10).map(stoppedDigest),
        targets,
        events,
        logs: input.logs,
    };
}
/**
 * The values of CloudWatch's StateReasonData (JSON: recentDatapoints, threshold), as one line; undefined
 * when it holds none.
 */
function alarmValues(reasonData) {
    if (!reasonData)
        return undefined;
    try {
        const data = JSON.parse(reasonData);
        const points = (data.recentDatapoints ?? []).filter((p) => typeof p === 'number');
        if (points.length === 0)
            return undefined;
        const round = (n) => String(Math.round(n * 100) / 100);
        return `recent datapoints ${points.map(round).join(', ')}${typeof data.threshold === 'number' ? ` against a threshold of ${round(data.threshold)}` : ''}`;
    }
    catch {
        return undefined;
    }
}
/** The task whose logs are most telling: the latest failed one, else the latest stopped one. */
function taskForLogs(obs) {
    const stopped = (obs?.tasks ?? []).filter((t) => t.lastStatus === 'STOPPED' || t.desiredStatus === 'STOPPED');
    const byLatest = (a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0);
    const failed = stopped.filter((t) => (0,assess/* taskFailure */.E2)(t) !== undefined).sort(byLatest);
    if (failed.length > 0)
        return failed[0];
    if (stopped.length > 0)
        return stopped.sort(byLatest)[0];
    // A deadline failure may have no stopped task: the logs of a running but unhealthy one still help.
    return obs?.tasks[0];
}
/** The digest as plain log lines (the job summary renders it as markdown in src/report). */
function digestLines(d) {
    const out = [];
    out.push(`Deployment ${d.deploymentId} of ${d.taskDefinitionArn.split('/').pop()} failed:`);
    for (const r of d.reasons)
        out.push(`  - ${r}`);
    if (d.alarm) {
        out.push(`Alarm ${d.alarm.name} (${d.alarm.threshold}):`);
        if (d.alarm.reason)
            out.push(`  ${d.alarm.reason}`);
        if (d.alarm.values)
            out.push(`  values: ${d.alarm.values}`);
    }
    if (d.smokeTest)
        out.push(...(0,smoke/* smokeLines */.zv)(d.smokeTest));
    if (d.stoppedTasks.length > 0) {
        out.push('Stopped tasks:');
        for (const t of d.stoppedTasks) {
            out.push(`  ${t.taskId}: ${t.stoppedReason ?? '(no reason)'}${t.stopCode ? ` [${t.stopCode}]` : ''}`);
            for (const c of t.containers) {
                if (c.exitCode !== undefined || c.reason) {
                    out.push(`    container ${c.name}: exit code ${c.exitCode ?? '-'}${c.reason ? `, ${c.reason}` : ''}`);
                }
            }
        }
    }
    if (d.targets.length > 0) {
        out.push('Target health of the new tasks:');
        for (const x of d.targets) {
            out.push(`  ${x.id}${x.port ? `:${x.port}` : ''}: ${x.state}${x.reason ? ` ${x.reason}` : ''}${x.description ? ` (${x.description})` : ''}`);
        }
    }
    if (d.events.length > 0) {
        out.push('Service events:');
        for (const e of d.events)
            out.push(`  ${e}`);
    }
    if (d.logs) {
        const masked = d.logs.masked ? `, ${(0,mask/* maskedNote */.sB)(d.logs.masked)}` : '';
        out.push(`Last log lines of task ${d.logs.taskId} (${d.logs.group} ${d.logs.stream}${masked}):`);
        if (d.logs.error)
            out.push(`  (could not read: ${d.logs.error})`);
        else if (d.logs.lines.length === 0)
            out.push('  (no log lines)');
        for (const l of d.logs.lines)
            out.push(`  | ${l}`);
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(1851);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(5482);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetLogEventsCommand.js


class GetLogEventsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetLogEvents", schemas_0/* GetLogEvents$ */.IU$) {
}

;// CONCATENATED MODULE: ./src/aws/logs.ts

/**
 * The last lines a container wrote, read back for the failure digest: the single most useful
 * thing when a task dies at start, and what users of other deploy tools have to go and find by hand.
 * Read-only; the log group itself belongs to the infrastructure stack.
 */
async function lastLogLines(client, group, stream, n = 20) {
    // startFromHead false with a limit returns the newest events, still in chronological order.
    const out = await client.send(new GetLogEventsCommand({ logGroupName: group, logStreamName: stream, limit: n, startFromHead: false }));
    return (out.events ?? []).map((e) => (e.message ?? '').replace(/\s+$/, '')).slice(-n);
}

// EXTERNAL MODULE: ./src/aws/cloudwatch.ts + 4 modules
var cloudwatch = __webpack_require__(1394);
// EXTERNAL MODULE: ./src/pipeline/watch.ts + 2 modules
var pipeline_watch = __webpack_require__(5993);
;// CONCATENATED MODULE: ./src/pipeline/failure-digest.ts





/** The last log lines of the most telling failed task, from the awslogs settings of its container. */
async function failedTaskLogs(ctx, obs, taskDefinition, containerName) {
    const task = taskForLogs(obs);
    if (!task || !taskDefinition)
        return undefined;
    const container = taskDefinition.containerDefinitions?.find((c) => c.name === containerName) ??
        taskDefinition.containerDefinitions?.[0];
    const logConfig = container?.logConfiguration;
    if (!container?.name || logConfig?.logDriver !== 'awslogs')
        return undefined;
    const group = logConfig.options?.['awslogs-group'];
    const prefix = logConfig.options?.['awslogs-stream-prefix'];
    if (!group || !prefix)
        return undefined;
    const stream = (0,pipeline_watch/* awslogsStream */.Bs)(prefix, container.name, task.arn);
    try {
        const read = await lastLogLines(ctx.clients.logs, group, stream, 20);
        // A task's log may print a secret; the digest goes to the summary and the pull request comment.
        const { lines, masked } = ctx.secrets?.maskLines(read) ?? { lines: read, masked: 0 };
        return { taskId: task.id, group, stream, lines, ...(masked ? { masked } : {}) };
    }
    catch (error) {
        // The digest is still worth having without the logs (the stream may not exist if the task never started).
        return {
            taskId: task.id,
            group,
            stream,
            lines: [],
            error: (0,errors/* errorMessage */.g)(error),
        };
    }
}
/** The failure digest: the reasons, the stopped tasks, the targets, the events and the last log lines. */
async function gatherDigest(ctx, f, obs, reasons) {
    const logs = await failedTaskLogs(ctx, obs, f.taskDefinition, f.containerName);
    return buildDigest({
        observation: obs,
        deploymentId: f.deploymentId,
        taskDefinitionArn: f.taskDefinitionArn,
        reasons,
        since: f.since,
        logs,
    });
}
/**
 * The alarm that failed the deployment: the first of `names` (ECS's triggered alarms first, then the
 * stack's error alarm) that CloudWatch shows in ALARM or that ECS named, with its threshold and the
 * values that tripped it (StateReason, StateReasonData). Undefined when none did, or it cannot be read.
 */
async function alarmDigest(ctx, triggered, errorAlarm) {
    const names = [...new Set([...triggered, ...(errorAlarm ? [errorAlarm.name] : [])])];
    if (names.length === 0)
        return undefined;
    let alarms;
    try {
        alarms = await (0,cloudwatch/* describeAlarms */.Gj)(ctx.clients.cloudwatch, names);
    }
    catch (error) {
        ctx.log.warning(`Could not read the alarms ${names.join(', ')}: ${(0,errors/* errorMessage */.g)(error)}`);
        return undefined;
    }
    const a = alarms.find((x) => triggered.includes(x.name)) ?? alarms.find((x) => x.state === 'ALARM');
    if (!a)
        return undefined;
    const threshold = errorAlarm && a.name === errorAlarm.name
        ? `5xx answers above ${errorAlarm.thresholdPercent}% of the requests in a minute, with at least ${errorAlarm.minRequests} requests`
        : `threshold ${a.threshold ?? '?'}`;
    return {
        name: a.name,
        threshold,
        reason: a.reason || undefined,
        values: alarmValues(a.reasonData),
        updatedAt: a.updatedAt?.getTime(),
    };
}

// EXTERNAL MODULE: ./src/pipeline/service.ts + 2 modules
var pipeline_service = __webpack_require__(9325);
// EXTERNAL MODULE: ./src/pipeline/shift-watch.ts
var shift_watch = __webpack_require__(4776);
// EXTERNAL MODULE: ./src/deploy/service-deployment.ts
var service_deployment = __webpack_require__(1698);
;// CONCATENATED MODULE: ./src/pipeline/rollback.ts








async function deregisterFailedRevision(ctx, f) {
    if (!f.registeredByThisRun)
        return;
    try {
        await ctx.ecs.deregisterTaskDefinition(f.taskDefinitionArn);
        ctx.log.info(`Deregistered the failed revision ${(0,aws_ecs/* shortTaskDefinition */.P5)(f.taskDefinitionArn)}`);
    }
    catch (error) {
        // Cleanup never hides the failure being reported.
        ctx.log.warning(`Could not deregister the failed revision ${(0,aws_ecs/* shortTaskDefinition */.P5)(f.taskDefinitionArn)}: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/** Why there is nothing to roll back, or undefined when this action should roll back. */
function noRollbackReason(ctx, f) {
    const previous = f.previousTaskDefinitionArn;
    if (f.watch.verdict.superseded)
        return 'another deployment replaced this one; not rolling back over it';
    if (!ctx.config.rollback)
        return 'rollback is turned off (rollback: false); the service was left as it is';
    if (!previous)
        return 'nothing to roll back to: this was the first deployment of the service';
    if (previous === f.taskDefinitionArn)
        return `nothing to roll back to: the service ran ${(0,aws_ecs/* shortTaskDefinition */.P5)(previous)} before too`;
    return undefined;
}
/** Finds ECS's own rollback, or starts this action's: UpdateService back to the previous revision. */
async function startRollback(ctx, f) {
    if (f.watch.verdict.ecsRolledBack) {
        ctx.log.info('ECS (deployment circuit breaker) has already rolled the service back; not starting a second rollback.');
        const ecsRollback = f.watch.observation?.service?.deployments.find((d) => d.status === 'PRIMARY' && d.id !== f.deploymentId);
        return { by: 'ecs', deploymentId: ecsRollback?.id, since: ctx.now() };
    }
    const reason = noRollbackReason(ctx, f);
    if (reason)
        return { by: 'none', note: reason };
    const to = f.previousTaskDefinitionArn;
    ctx.log.info(`Rolling back ${f.service} to ${(0,aws_ecs/* shortTaskDefinition */.P5)(to)}`);
    const since = ctx.now();
    let deploymentId;
    try {
        const service = await ctx.ecs.updateService({
            cluster: f.cluster,
            service: f.service,
            taskDefinition: to,
        });
        deploymentId = (0,pipeline_service/* primaryDeploymentId */.xr)(service);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            by: 'none',
            note: `the rollback to ${(0,aws_ecs/* shortTaskDefinition */.P5)(to)} could not be started: ${message}`,
        };
    }
    if (!deploymentId)
        return { by: 'none', note: `the rollback to ${(0,aws_ecs/* shortTaskDefinition */.P5)(to)} started no deployment to follow` };
    return { by: 'action', deploymentId, since, to };
}
/** What the log, the summary and the digest say about a rollback, healthy or not. */
function rollbackWords(start, f) {
    if (start.by === 'ecs') {
        const previous = f.previousTaskDefinitionArn;
        return {
            healthy: `ECS's circuit breaker rolled the service back${previous ? ` to ${(0,aws_ecs/* shortTaskDefinition */.P5)(previous)}` : ''}`,
            failed: `ECS's circuit breaker started a rollback (${start.deploymentId}) that did not become healthy`,
            reason: `ECS's rollback did not become healthy`,
        };
    }
    return {
        healthy: `rolled back to ${(0,aws_ecs/* shortTaskDefinition */.P5)(start.to)}, which is healthy`,
        failed: `the rollback to ${(0,aws_ecs/* shortTaskDefinition */.P5)(start.to)} failed too`,
        reason: `the rollback to ${(0,aws_ecs/* shortTaskDefinition */.P5)(start.to)} failed too`,
    };
}
/**
 * A rolling deployment's service deployment, when ECS can still roll it back itself (PENDING or
 * IN_PROGRESS, ECS deployment controller) and ECS has not already: StopServiceDeployment ROLLBACK
 * then returns the service to its previous service revision, every setting included. Undefined
 * otherwise, or when it cannot be read: the rollback is then this action's UpdateService.
 */
async function stoppableServiceDeployment(ctx, f) {
    if (f.watch.verdict.ecsRolledBack || f.watch.verdict.superseded)
        return undefined;
    try {
        const arn = (await ctx.ecs.describeService(f.cluster, f.service))?.currentServiceDeployment;
        const sd = arn ? await ctx.ecs.describeServiceDeployment(arn) : undefined;
        return sd && ['PENDING', 'IN_PROGRESS'].includes(sd.status ?? '') ? arn : undefined;
    }
    catch (error) {
        ctx.log.debug(`No service deployment to stop (${(0,errors/* errorMessage */.g)(error)}); rolling back with UpdateService.`);
        return undefined;
    }
}
/**
 * Blue/green, canary, linear: ECS goes back to the previous service revision itself and moves the
 * traffic back at once. When ECS already started that (an alarm, the circuit breaker) it is followed;
 * otherwise this action asks for it with StopServiceDeployment ROLLBACK and follows it to
 * ROLLBACK_SUCCESSFUL. Undefined when the stop could not be made: the caller rolls back as for rolling.
 */
async function rollBackShift(ctx, f, arn, digest, follow) {
    const view = f.watch.shift?.view;
    const byEcs = f.watch.verdict.ecsRolledBack;
    let since = ctx.now();
    if (byEcs) {
        ctx.log.info(`${view ? (0,service_deployment/* ecsRollbackReason */.qL)(view) : 'ECS is rolling the deployment back'}; following its rollback.`);
        since = view?.rollback?.startedAt ?? since;
    }
    else {
        const reason = noRollbackReason(ctx, f);
        if (reason)
            return { rolledBack: false, by: 'none', note: reason, digest };
        ctx.log.info(`Stopping service deployment ${arn} with rollback: ECS moves the traffic back to the previous revision`);
        try {
            await ctx.ecs.stopServiceDeployment(arn, 'ROLLBACK');
        }
        catch (error) {
            ctx.log.warning(`StopServiceDeployment failed (${(0,errors/* errorMessage */.g)(error)}); rolling back with UpdateService instead.`);
            return undefined;
        }
    }
    const r = await follow(ctx, {
        cluster: f.cluster,
        service: f.service,
        serviceDeploymentArn: arn,
        mode: 'rollback',
        deadline: ctx.now() + ctx.config.waitForMinutes * 60_000,
        since: f.since,
        label: 'rollback',
    });
    const previous = f.previousTaskDefinitionArn
        ? ` to ${(0,aws_ecs/* shortTaskDefinition */.P5)(f.previousTaskDefinitionArn)}`
        : '';
    const who = byEcs ? 'ECS rolled the service back' : 'rolled back with StopServiceDeployment';
    const times = { startedAt: since, endedAt: ctx.now(), rollbackTrack: r.track };
    if (r.verdict.state !== 'healthy') {
        digest.reasons = [...digest.reasons, `the rollback failed: ${r.verdict.reasons.join('; ')}`];
        return {
            rolledBack: false,
            by: 'none',
            note: `${who}${previous}, but ${r.verdict.reasons[0]}`,
            rollbackVerdict: r.verdict,
            digest,
            ...times,
        };
    }
    await deregisterFailedRevision(ctx, f);
    return {
        rolledBack: true,
        by: byEcs ? 'ecs' : 'action',
        note: `${who}${previous}; all traffic is back on it`,
        rollbackVerdict: r.verdict,
        digest,
        ...times,
    };
}
/**
 * What to do once the deployment has failed: roll the service back to the revision that ran before
 * and watch that to healthy, unless ECS already did it (then its rollback is watched to healthy),
 * someone else's deployment replaced ours, there is nothing to go back to, or rollback is turned
 * off. The rollback is watched by the deploy's own watch. The caller fails the step either way.
 */
async function handleFailedDeployment(ctx, f, watch = pipeline_watch/* watchDeployment */.Jh, followShift = shift_watch/* watchServiceDeployment */.U) {
    const digest = await gatherDigest(ctx, f, f.watch.observation, f.watch.verdict.reasons);
    if (f.watch.smoke)
        digest.smokeTest = f.watch.smoke;
    const alarm = await alarmDigest(ctx, f.watch.shift?.view?.triggeredAlarms ?? [], f.errorAlarm);
    if (alarm)
        digest.alarm = alarm;
    const shiftArn = f.watch.shift?.view?.arn ?? (await stoppableServiceDeployment(ctx, f));
    if (shiftArn) {
        const outcome = await rollBackShift(ctx, f, shiftArn, digest, followShift);
        if (outcome)
            return outcome;
    }
    const start = await startRollback(ctx, f);
    if (start.by === 'none')
        return { rolledBack: false, by: 'none', note: start.note, digest };
    const words = rollbackWords(start, f);
    // The step should end with the old version serving again, not merely with a rollback started.
    // ECS's rollback deployment may not be in the last observation; then there is nothing to follow.
    const rollbackVerdict = start.deploymentId
        ? (await watch(ctx, {
            cluster: f.cluster,
            service: f.service,
            deploymentId: start.deploymentId,
            targetGroupArn: f.targetGroupArn,
            containerPort: f.containerPort,
            // The rollback gets its own budget: the failure may have used up the deploy's whole deadline.
            deadline: ctx.now() + ctx.config.waitForMinutes * 60_000,
            completion: 'healthy',
            failureThreshold: ctx.config.failureThreshold,
            since: start.since,
            label: 'rollback',
        })).verdict
        : undefined;
    const rollbackDeploymentId = start.deploymentId;
    const createdByEcs = f.watch.observation?.service?.deployments.find((d) => d.id === start.deploymentId)?.createdAt;
    const times = {
        startedAt: start.by === 'ecs' ? (createdByEcs ?? start.since) : start.since,
        endedAt: rollbackVerdict ? ctx.now() : undefined,
    };
    if (rollbackVerdict && rollbackVerdict.state !== 'healthy') {
        digest.reasons = [...digest.reasons, `${words.reason}: ${rollbackVerdict.reasons.join('; ')}`];
        return {
            rolledBack: false,
            by: 'none',
            note: words.failed,
            rollbackDeploymentId,
            rollbackVerdict,
            digest,
            ...times,
        };
    }
    await deregisterFailedRevision(ctx, f);
    return {
        rolledBack: true,
        by: start.by,
        note: words.healthy,
        rollbackDeploymentId,
        rollbackVerdict,
        digest,
        ...times,
    };
}
/**
 * Phase "Rollback": after the watch failed, the digest and the rollback (see handleFailedDeployment),
 * both printed in the phase's log group.
 */
async function rollBack(ctx, failed) {
    const { deployment, revision } = failed;
    const outcome = await handleFailedDeployment(ctx, {
        cluster: failed.stack.cluster,
        service: ctx.config.service,
        deploymentId: deployment.deploymentId,
        taskDefinitionArn: revision.arn,
        taskDefinition: revision.definition,
        registeredByThisRun: revision.registered,
        previousTaskDefinitionArn: deployment.created ? undefined : deployment.previousTaskDefinitionArn,
        containerName: failed.containerName,
        containerPort: ctx.config.taskDefinition.containerPort,
        targetGroupArn: failed.stack.targetGroupArn,
        errorAlarm: failed.stack.errorAlarm,
        since: failed.since,
        watch: failed.watch,
    });
    for (const line of digestLines(outcome.digest))
        ctx.log.info(line);
    ctx.log.info(outcome.note);
    return outcome;
}

// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(2360);
;// CONCATENATED MODULE: ./src/main.ts














/**
 * The pipeline: preflight, identity, build & push, infrastructure, task definition, service,
 * autoscaling, watch, rollback on failure, report. Each phase is a function that returns what it
 * made, in its own log group; in plan mode every phase only describes. The run's result is composed
 * from those returns, and the outputs and the job summary are written in a finally, so a failed run
 * still says what it did and why it failed. `tracker` lets a cancel (SIGINT, SIGTERM) find the run
 * and report it (pipeline/cancel.ts).
 */
async function run(config, deps, tracker) {
    const started = deps.now();
    const { ctx, phase, timings, current } = startPipeline(config, deps);
    const made = {};
    tracker?.track({ config, ctx, made, phase: current, timings, startedAt: started });
    let failure;
    let result;
    try {
        assertDeployMode(config);
        const checked = await phase('Preflight', () => preflight(ctx, deps));
        const accountId = await phase('Identity', () => identify(config, deps));
        made.image = await phase('Build and push', () => resolveImage(config, deps, accountId));
        const stack = (made.stack = await phase('Infrastructure', () => ensureInfrastructure(config, deps, checked.stack)));
        const revision = await phase('Task definition', async () => {
            const existing = (made.existing = { service: await (0,pipeline_revision/* currentService */.hQ)(ctx, stack) });
            const input = {
                accountId,
                stack,
                imageUri: made.image?.uri,
                running: existing.service?.taskDefinition,
                given: checked.given,
            };
            return (made.revision = await (0,pipeline_revision/* prepareRevision */.TH)(ctx, deps.render, input));
        });
        const placement = (0,pipeline_service/* placementFor */.$0)(config, stack, revision.containers);
        const window = (0,pipeline_watch/* watchWindow */.mG)(ctx);
        const service = (made.service = await phase('Service', () => (0,pipeline_service/* rollOutService */.l4)(ctx, placement, revision, made.existing?.service, window.deadline)));
        made.scaling = await phase('Autoscaling', () => ensureAutoscaling(config, deps, stack));
        const deployment = service.deployment;
        if (!deployment) {
            const planned = (0,pipeline_result/* resultOf */.Bg)(config, made, { phases: [], durationSeconds: 0 });
            for (const line of (0,summary/* planLines */.HN)(planned))
                deps.log.info(line);
        }
        else {
            const watch = (made.watch = await phase('Watch', () => (0,pipeline_watch/* watchRollout */.Dl)(ctx, stack, deployment.deploymentId, window)));
            if (watch.verdict.state === 'healthy')
                await pruneAfterDeploy(ctx, revision.arn, deployment.previousTaskDefinitionArn);
            else {
                const failed = { stack, revision, deployment, containerName: placement.containerName, watch };
                made.rollback = await phase('Rollback', async () => {
                    const outcome = await rollBack(ctx, { ...failed, since: window.since });
                    await deregisterReplacedRevision(ctx, failed);
                    return outcome;
                });
                throw (0,pipeline_result/* deploymentFailedError */.X6)(config, revision, watch, made.rollback);
            }
        }
    }
    catch (error) {
        failure = error;
    }
    finally {
        const end = { failure, phases: timings(), durationSeconds: Math.round((deps.now() - started) / 1000) };
        result = (0,pipeline_result/* resultOf */.Bg)(config, made, end);
        // A cancel has reported the run already; the process is about to exit.
        if (!tracker?.cancelled)
            await (0,report/* report */.z8)(result, config.plan, deps);
    }
    if (failure === undefined)
        return result;
    throw new pipeline_result/* RunFailedError */.fg((0,pipeline_result/* failureLine */.Pu)(failure), result);
}


/***/ }

};
;