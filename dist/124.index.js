"use strict";
exports.id = 124;
exports.ids = [124];
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

/***/ 7526:
/***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SE: () => (/* binding */ createLogGroup),
  Jj: () => (/* binding */ deleteLogGroup),
  zq: () => (/* binding */ findLogGroup),
  Vw: () => (/* binding */ logGroupTags),
  VB: () => (/* binding */ setRetention)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(1851);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(5482);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeLogGroupsCommand.js


class DescribeLogGroupsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeLogGroups", schemas_0/* DescribeLogGroups$ */.aTt) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/CreateLogGroupCommand.js


class CreateLogGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateLogGroup", schemas_0/* CreateLogGroup$ */.EP0) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteRetentionPolicyCommand.js


class DeleteRetentionPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteRetentionPolicy", schemas_0/* DeleteRetentionPolicy$ */.QEH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutRetentionPolicyCommand.js


class PutRetentionPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutRetentionPolicy", schemas_0/* PutRetentionPolicy$ */.YSo) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/ListTagsForResourceCommand.js


class ListTagsForResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTagsForResource", schemas_0/* ListTagsForResource$ */.Tzn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteLogGroupCommand.js


class DeleteLogGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteLogGroup", schemas_0/* DeleteLogGroup$ */.Vao) {
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/paging.ts
var paging = __webpack_require__(6433);
;// CONCATENATED MODULE: ./src/aws/log-groups.ts



/** The CloudWatch log groups the stack makes sure of (reading log events is in logs.ts). */
/** The log group of exactly this name (DescribeLogGroups matches by prefix, so it pages and filters). */
function findLogGroup(client, name) {
    return (0,paging/* findInPages */.hr)(async (token) => {
        const out = await client.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: name, nextToken: token }));
        return { items: out.logGroups, next: out.nextToken };
    }, (g) => g.logGroupName === name);
}
async function createLogGroup(client, name, tags) {
    try {
        await client.send(new CreateLogGroupCommand({ logGroupName: name, tags }));
    }
    catch (error) {
        // Another run (a second service deploying at once) made it between our look and our create.
        if ((0,errors/* errorName */.I)(error) !== 'ResourceAlreadyExistsException')
            throw error;
    }
}
async function setRetention(client, name, days) {
    if (days === 0)
        await client.send(new DeleteRetentionPolicyCommand({ logGroupName: name }));
    else
        await client.send(new PutRetentionPolicyCommand({ logGroupName: name, retentionInDays: days }));
}
/** ListTagsForResource wants the log group ARN without the `:*` DescribeLogGroups appends. */
async function logGroupTags(client, arn) {
    const out = await client.send(new ListTagsForResourceCommand({ resourceArn: arn.replace(/:\*$/, '') }));
    return out.tags ?? {};
}
async function deleteLogGroup(client, name) {
    await client.send(new DeleteLogGroupCommand({ logGroupName: name }));
}


/***/ },

/***/ 7484:
/***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ taskIngress),
/* harmony export */   Q9: () => (/* reexport safe */ _config_tags__WEBPACK_IMPORTED_MODULE_1__.Q9),
/* harmony export */   Rs: () => (/* binding */ serviceUrl),
/* harmony export */   Y_: () => (/* binding */ desiredScaling),
/* harmony export */   jM: () => (/* binding */ desiredStack),
/* harmony export */   kY: () => (/* binding */ loadBalancerIngress),
/* harmony export */   oe: () => (/* reexport safe */ _config_tags__WEBPACK_IMPORTED_MODULE_1__.oe)
/* harmony export */ });
/* unused harmony exports priorityBand, requestCountResourceLabel */
/* harmony import */ var _config_aws_limits__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9948);
/* harmony import */ var _config_tags__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1189);
/* harmony import */ var _naming__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9720);



/**
 * The desired state of the stack, built from the config alone (no AWS call). The config is already
 * valid (every input was checked by its section in src/config), so nothing is re-checked here.
 */
// What the stack and the previews look for on a resource to know the action made it.

/** The band of rule priorities a service may take: previews keep to theirs, other services stay out of it. */
function priorityBand(config) {
    const [lo, hi] = config.preview.priorityBand;
    if (config.mode === 'preview')
        return [lo, hi];
    if (lo > 1)
        return [1, lo - 1];
    return [hi + 1, _config_aws_limits__WEBPACK_IMPORTED_MODULE_0__/* .RULE_PRIORITY_MAX */ .rP];
}
function desiredStack(config) {
    const lbConfig = config.loadBalancer;
    const desired = {
        cluster: { name: config.cluster, containerInsights: config.containerInsights },
        logGroup: { name: config.taskDefinition.logGroup, retentionDays: config.taskDefinition.logRetentionDays },
        network: {
            vpcId: config.network.vpcId,
            subnets: [...config.network.subnets],
            assignPublicIp: config.network.assignPublicIp,
        },
        taskSecurityGroupName: (0,_naming__WEBPACK_IMPORTED_MODULE_2__/* .securityGroupName */ .NM)('tasks', { cluster: config.cluster, service: config.service }),
        extraSecurityGroups: [...config.network.securityGroups],
        containerPort: config.taskDefinition.containerPort,
        errorAlarm: {
            name: (0,_naming__WEBPACK_IMPORTED_MODULE_2__/* .errorAlarmName */ .Dx)(config.cluster, config.service, config.environment),
            enabled: config.errorAlarm.enabled,
            thresholdPercent: config.errorAlarm.thresholdPercent,
            minRequests: config.errorAlarm.minRequests,
        },
        tags: (0,_config_tags__WEBPACK_IMPORTED_MODULE_1__/* .resourceTagMap */ .TY)(config),
    };
    if (lbConfig.targetGroupArn) {
        desired.existingTargetGroupArn = lbConfig.targetGroupArn;
        return desired;
    }
    const name = (0,_naming__WEBPACK_IMPORTED_MODULE_2__/* .loadBalancerName */ .MH)(config.cluster, lbConfig.name);
    const https = lbConfig.certificateArn !== undefined;
    const listeners = https
        ? [
            {
                port: 443,
                protocol: 'HTTPS',
                role: 'route',
                certificateArn: lbConfig.certificateArn,
                sslPolicy: lbConfig.sslPolicy,
            },
            { port: 80, protocol: 'HTTP', role: 'redirect' },
        ]
        : [{ port: 80, protocol: 'HTTP', role: 'route' }];
    const hasConditions = lbConfig.hostHeader.length > 0 || lbConfig.pathPattern.length > 0;
    const targetGroup = {
        name: lbConfig.targetGroupName ?? (0,_naming__WEBPACK_IMPORTED_MODULE_2__/* .targetGroupName */ .IT)(config.cluster, config.service, config.environment),
        port: config.taskDefinition.containerPort,
        protocol: 'HTTP',
        targetType: 'ip',
        healthCheck: { ...lbConfig.healthCheck },
        deregistrationDelaySeconds: lbConfig.deregistrationDelaySeconds,
    };
    desired.loadBalancer = {
        name,
        scheme: lbConfig.scheme,
        securityGroupName: (0,_naming__WEBPACK_IMPORTED_MODULE_2__/* .securityGroupName */ .NM)('load-balancer', { loadBalancer: name }),
        listeners,
        routingPort: https ? 443 : 80,
        targetGroup,
        ...(config.strategy.kind !== 'rolling'
            ? {
                alternateTargetGroup: {
                    ...targetGroup,
                    healthCheck: { ...targetGroup.healthCheck },
                    name: (0,_naming__WEBPACK_IMPORTED_MODULE_2__/* .alternateTargetGroupName */ .UN)(targetGroup.name),
                },
            }
            : {}),
        routing: hasConditions
            ? {
                kind: 'rule',
                conditions: { hostHeader: [...lbConfig.hostHeader], pathPattern: [...lbConfig.pathPattern] },
                fixedPriority: lbConfig.rulePriority,
                band: priorityBand(config),
            }
            : { kind: 'default' },
    };
    return desired;
}
function loadBalancerIngress(listeners) {
    return listeners.flatMap((l) => [
        { port: l.port, cidr: '0.0.0.0/0' },
        { port: l.port, ipv6Cidr: '::/0' },
    ]);
}
function taskIngress(containerPort, sourceGroupIds) {
    return [...new Set(sourceGroupIds)].sort().map((sourceGroupId) => ({ port: containerPort, sourceGroupId }));
}
/**
 * What a user opens: the host header when one is given (the load balancer's DNS name would not
 * match the rule), then the fixed prefix of the first path pattern.
 */
function serviceUrl(dnsName, https, conditions) {
    const scheme = https ? 'https' : 'http';
    const host = conditions?.hostHeader.find((h) => !/[*?]/.test(h)) ?? dnsName;
    const pattern = conditions?.pathPattern[0];
    let path = '/';
    if (pattern) {
        const wildcard = pattern.search(/[*?]/);
        path = wildcard === -1 ? pattern : pattern.slice(0, wildcard);
        if (!path.startsWith('/'))
            path = `/${path}`;
    }
    return `${scheme}://${host}${path}`;
}
/**
 * The ALBRequestCountPerTarget label `app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>` from
 * the two ARNs (the part after `loadbalancer/` and the part from `targetgroup/`).
 */
function requestCountResourceLabel(loadBalancerArn, targetGroupArn) {
    const lb = /:loadbalancer\/(app\/[^/]+\/[^/]+)$/.exec(loadBalancerArn);
    const tg = /:(targetgroup\/[^/]+\/[^/]+)$/.exec(targetGroupArn);
    if (!lb)
        throw new Error(`Not an Application Load Balancer ARN: '${loadBalancerArn}'.`);
    if (!tg)
        throw new Error(`Not a target group ARN: '${targetGroupArn}'.`);
    return `${lb[1]}/${tg[1]}`;
}
function desiredScaling(config, target) {
    const as = config.autoScaling;
    const resourceId = `service/${target.cluster}/${target.service}`;
    const policies = [];
    const cooldowns = { scaleInCooldown: as.scaleInCooldown, scaleOutCooldown: as.scaleOutCooldown };
    if (as.enabled) {
        // The config decided the CPU target (60 by default, undefined when cpu-target is 0).
        if (as.cpuTarget && as.cpuTarget > 0)
            policies.push({
                name: _naming__WEBPACK_IMPORTED_MODULE_2__/* .SCALING_POLICY_NAMES */ .Od.cpu,
                metric: 'ECSServiceAverageCPUUtilization',
                targetValue: as.cpuTarget,
                ...cooldowns,
            });
        if (as.memoryTarget && as.memoryTarget > 0)
            policies.push({
                name: _naming__WEBPACK_IMPORTED_MODULE_2__/* .SCALING_POLICY_NAMES */ .Od.memory,
                metric: 'ECSServiceAverageMemoryUtilization',
                targetValue: as.memoryTarget,
                ...cooldowns,
            });
        if (as.requestsPerTarget && as.requestsPerTarget > 0) {
            if (!target.targetGroupArn || !target.loadBalancerArn)
                throw new Error('requests-per-target needs the service behind a load balancer the action knows (both the target group and its load balancer); with target-group-arn pointing to a target group without a load balancer, remove requests-per-target.');
            policies.push({
                name: _naming__WEBPACK_IMPORTED_MODULE_2__/* .SCALING_POLICY_NAMES */ .Od.requests,
                metric: 'ALBRequestCountPerTarget',
                targetValue: as.requestsPerTarget,
                resourceLabel: requestCountResourceLabel(target.loadBalancerArn, target.targetGroupArn),
                ...cooldowns,
            });
        }
    }
    return {
        enabled: as.enabled,
        resourceId,
        minCapacity: as.minCapacity,
        maxCapacity: as.maxCapacity,
        policies,
    };
}


/***/ },

/***/ 124:
/***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MANAGED_BY_KEY: () => (/* reexport */ infra_desired/* MANAGED_BY_KEY */.oe),
  MANAGED_BY_VALUE: () => (/* reexport */ infra_desired/* MANAGED_BY_VALUE */.Q9),
  checkStackReferences: () => (/* reexport */ checkStackReferences),
  choosePriority: () => (/* reexport */ choosePriority),
  desiredScaling: () => (/* reexport */ infra_desired/* desiredScaling */.Y_),
  desiredStack: () => (/* reexport */ infra_desired/* desiredStack */.jM),
  ensureScaling: () => (/* reexport */ ensureScaling),
  ensureStack: () => (/* reexport */ ensureStack),
  loadBalancerName: () => (/* reexport */ naming/* loadBalancerName */.MH),
  planLine: () => (/* reexport */ plan/* planLine */.o),
  securityGroupName: () => (/* reexport */ naming/* securityGroupName */.NM),
  serviceUrl: () => (/* reexport */ infra_desired/* serviceUrl */.Rs),
  targetGroupName: () => (/* reexport */ naming/* targetGroupName */.IT)
});

// EXTERNAL MODULE: ./src/aws/cloudwatch.ts + 4 modules
var cloudwatch = __webpack_require__(1394);
;// CONCATENATED MODULE: ./src/infra/diff.ts
function describeDrift(drifts) {
    return drifts
        .map((d) => `${d.field}: ${JSON.stringify(d.actual)} -> ${JSON.stringify(d.desired)}`)
        .join(', ');
}
function compare(field, actual, desired, out) {
    if (actual !== desired)
        out.push({ field, actual, desired });
}
/**
 * `mutable`: fixed by ModifyTargetGroup. `immutable`: port, protocol, target type and VPC cannot be
 * changed on an existing target group; the caller fails with a way out instead of recreating it
 * (deleting a target group in use would cut the service off).
 */
function targetGroupDrift(desired, actual, vpcId) {
    const mutable = [];
    const immutable = [];
    compare('port', actual.port, desired.port, immutable);
    compare('protocol', actual.protocol, desired.protocol, immutable);
    compare('target type', actual.targetType, desired.targetType, immutable);
    if (vpcId !== undefined)
        compare('vpc', actual.vpcId, vpcId, immutable);
    const hc = desired.healthCheck;
    compare('health check path', actual.healthCheck.path, hc.path, mutable);
    compare('health check interval', actual.healthCheck.intervalSeconds, hc.intervalSeconds, mutable);
    compare('health check timeout', actual.healthCheck.timeoutSeconds, hc.timeoutSeconds, mutable);
    compare('healthy threshold', actual.healthCheck.healthyThreshold, hc.healthyThreshold, mutable);
    compare('unhealthy threshold', actual.healthCheck.unhealthyThreshold, hc.unhealthyThreshold, mutable);
    compare('matcher', actual.healthCheck.matcher, hc.matcher, mutable);
    return { mutable, immutable };
}
function deregistrationDelayDrift(desiredSeconds, actualSeconds) {
    const out = [];
    compare('deregistration delay', actualSeconds, desiredSeconds, out);
    return out;
}
/** Certificate and TLS policy drift of an HTTPS listener; an HTTP listener has nothing to correct. */
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
    return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};
function conditionsDrift(desired, actual) {
    const out = [];
    if (!sameSet(desired.hostHeader, actual.hostHeader))
        out.push({ field: 'host-header', actual: actual.hostHeader, desired: desired.hostHeader });
    if (!sameSet(desired.pathPattern, actual.pathPattern))
        out.push({ field: 'path-pattern', actual: actual.pathPattern, desired: desired.pathPattern });
    return out;
}
const ingressKey = (p) => `${p.port}|${p.cidr ?? ''}|${p.ipv6Cidr ?? ''}|${p.sourceGroupId ?? ''}`;
/**
 * `missing`: desired permissions not granted yet. `extra`: granted ones not desired; the caller
 * revokes only those of the kinds the action itself grants, in groups it created.
 */
function ingressDiff(desired, actual) {
    const actualKeys = new Set(actual.map(ingressKey));
    const desiredKeys = new Set(desired.map(ingressKey));
    return {
        missing: desired.filter((p) => !actualKeys.has(ingressKey(p))),
        extra: actual.filter((p) => !desiredKeys.has(ingressKey(p))),
    };
}
function describeIngress(p) {
    return `tcp ${p.port} from ${p.cidr ?? p.ipv6Cidr ?? p.sourceGroupId ?? '?'}`;
}
function retentionDrift(desiredDays, actualDays) {
    const out = [];
    // 0 means "never expire", which CloudWatch Logs shows as no retention at all.
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
/** `update` with the drift as detail when anything drifted, else `keep`. */
function changeFor(resource, name, drifts, keepDetail) {
    return drifts.length > 0
        ? { action: 'update', resource, name, detail: describeDrift(drifts) }
        : { action: 'keep', resource, name, ...(keepDetail ? { detail: keepDetail } : {}) };
}

;// CONCATENATED MODULE: ./src/infra/alarms.ts


/**
 * The error alarm of rollback-on-errors: the share of requests the service's targets answer with
 * 5xx, over every target group of the service (both of blue/green, so the alarm follows the traffic
 * whichever group serves it), as one metric-math expression:
 *
 *   rate = IF(requests >= min, 100 * errors / requests, 0)
 *   errors = FILL(e0, 0) + FILL(e1, 0)     (HTTPCode_Target_5XX_Count, Sum per minute)
 *   requests = FILL(r0, 0) + FILL(r1, 0)   (RequestCount, Sum per minute)
 *
 * FILL(…, 0): a minute without 5xx publishes no HTTPCode_Target_5XX_Count datapoint, which is zero
 * errors, not missing data. The IF keeps a quiet minute (3 requests, 1 failed) from reading as 33 %.
 * One period of 60 s, one evaluation period out of one: the alarm trips in the first minute whose
 * rate passes the threshold (why, in docs/infrastructure.md). A minute with no requests at all
 * is not breaching (TreatMissingData notBreaching): no traffic is no evidence against a version.
 */
const ALB_NAMESPACE = 'AWS/ApplicationELB';
const ERROR_ALARM_PERIOD_SECONDS = 60;
const EVALUATION_PERIODS = 1;
const COMPARISON = 'GreaterThanThreshold';
const TREAT_MISSING = 'notBreaching';
/** 'targetgroup/<name>/<id>' and 'app/<name>/<id>', the dimensions CloudWatch files the metrics under. */
function albDimensions(t) {
    const tg = /:(targetgroup\/[^/]+\/[^/]+)$/.exec(t.targetGroupArn);
    const lb = /:loadbalancer\/(app\/[^/]+\/[^/]+)$/.exec(t.loadBalancerArn);
    if (!tg || !lb)
        throw new Error(`Cannot name the CloudWatch dimensions of ${t.targetGroupArn} behind ${t.loadBalancerArn}.`);
    return [
        { Name: 'TargetGroup', Value: tg[1] },
        { Name: 'LoadBalancer', Value: lb[1] },
    ];
}
function metric(id, name, t) {
    return {
        Id: id,
        MetricStat: {
            Metric: { Namespace: ALB_NAMESPACE, MetricName: name, Dimensions: albDimensions(t) },
            Period: ERROR_ALARM_PERIOD_SECONDS,
            Stat: 'Sum',
        },
        ReturnData: false,
    };
}
/**
 * The metric-math queries of the alarm; the last one, `rate`, is what the threshold is compared with.
 * The rate is each target group's own (5xx per 100 requests, in minutes of at least `minRequests`
 * requests there), and the alarm takes the highest: a canary that answers 500 to half of its 5 % of
 * the traffic reads 50 %, not the 2.5 % a rate over both groups would dilute it to.
 */
function errorRateQueries(targets, minRequests) {
    const rates = targets.map((_, i) => ({
        Id: `rate${i}`,
        Expression: `IF(FILL(r${i}, 0) >= ${minRequests}, 100 * FILL(e${i}, 0) / r${i}, 0)`,
        ReturnData: false,
    }));
    const highest = rates
        .map((q) => q.Id)
        .reduce((acc, id) => (acc === '' ? id : `IF(${acc} > ${id}, ${acc}, ${id})`), '');
    return [
        ...targets.flatMap((t, i) => [
            metric(`e${i}`, 'HTTPCode_Target_5XX_Count', t),
            metric(`r${i}`, 'RequestCount', t),
        ]),
        ...rates,
        {
            Id: 'rate',
            Expression: highest,
            Label: `5xx % of requests, the highest of its target groups (minutes of at least ${minRequests} requests)`,
            ReturnData: true,
        },
    ];
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
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    };
}
/** The queries as compared: the fields the action sets, in a stable shape. */
function comparableQueries(queries) {
    return JSON.stringify((queries ?? []).map((q) => ({
        Id: q.Id,
        Expression: q.Expression,
        ReturnData: q.ReturnData !== false,
        Metric: q.MetricStat && {
            Namespace: q.MetricStat.Metric?.Namespace,
            MetricName: q.MetricStat.Metric?.MetricName,
            Dimensions: [...(q.MetricStat.Metric?.Dimensions ?? [])].sort((a, b) => String(a.Name).localeCompare(String(b.Name))),
            Period: q.MetricStat.Period,
            Stat: q.MetricStat.Stat,
        },
    })));
}
/** How the alarm differs from the one wanted. */
function errorAlarmDrift(wanted, actual) {
    const drift = [];
    const fields = [
        'Threshold',
        'EvaluationPeriods',
        'DatapointsToAlarm',
        'ComparisonOperator',
        'TreatMissingData',
    ];
    for (const f of fields)
        if (actual[f] !== wanted[f])
            drift.push({ field: f, actual: actual[f], desired: wanted[f] });
    if (comparableQueries(actual.Metrics) !== comparableQueries(wanted.Metrics))
        drift.push({
            field: 'metrics',
            actual: actual.Metrics?.find((q) => q.ReturnData !== false)?.Expression ?? actual.MetricName,
            desired: `${wanted.Metrics?.at(-1)?.Expression} over ${(wanted.Metrics ?? []).filter((q) => q.MetricStat).length / 2} target group(s)`,
        });
    return drift;
}
/**
 * Makes the error alarm what the inputs say: created when missing, replaced when drifted (PutMetricAlarm
 * overwrites every setting), deleted when rollback-on-errors is off. Returns the alarm when it is in
 * use. `targets` empty (no load balancer known): no alarm, with a warning.
 */
async function ensureErrorAlarm(ctx, targets) {
    const spec = ctx.desired.errorAlarm;
    const client = ctx.clients.cloudwatch;
    const existing = await cloudwatch/* findMetricAlarm */.D6(client, spec.name);
    if (spec.enabled && targets.length === 0 && ctx.plan && ctx.desired.loadBalancer) {
        ctx.record({
            action: 'create',
            resource: 'alarm',
            name: spec.name,
            detail: 'on the target groups to be created',
        });
        return undefined;
    }
    if (!spec.enabled || targets.length === 0) {
        if (spec.enabled)
            ctx.log.warning(`rollback-on-errors: the target group has no load balancer, so there are no request metrics to alarm on; no error alarm.`);
        if (existing) {
            if (!ctx.plan)
                await cloudwatch/* deleteAlarms */.ic(client, [spec.name]);
            ctx.record({
                action: 'delete',
                resource: 'alarm',
                name: spec.name,
                detail: 'rollback-on-errors is off',
            });
        }
        return undefined;
    }
    const wanted = errorAlarmInput(spec, targets, ctx.config.service, ctx.desired.tags);
    const detail = `5xx > ${spec.thresholdPercent} % of at least ${spec.minRequests} requests in 1 minute, ${targets.length} target group(s)`;
    if (!existing) {
        if (!ctx.plan)
            await cloudwatch/* putMetricAlarm */.L(client, wanted);
        ctx.record({ action: 'create', resource: 'alarm', name: spec.name, detail });
        return { ...spec };
    }
    const drift = errorAlarmDrift(wanted, existing);
    if (drift.length > 0 && !ctx.plan)
        await cloudwatch/* putMetricAlarm */.L(client, wanted);
    ctx.record(changeFor('alarm', spec.name, drift, detail));
    return { ...spec };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(2588);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(4947);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeClustersCommand.js


class DescribeClustersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeClusters", schemas_0/* DescribeClusters$ */.dM4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/CreateClusterCommand.js


class CreateClusterCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateCluster", schemas_0/* CreateCluster$ */.TIA) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateClusterSettingsCommand.js


class UpdateClusterSettingsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateClusterSettings", schemas_0/* UpdateClusterSettings$ */.vB4) {
}

;// CONCATENATED MODULE: ./src/aws/cluster.ts

/** The ECS cluster the stack makes sure of (the services' calls are in ecs.ts). */
/** The cluster, or undefined when missing or INACTIVE (a deleted cluster is re-created by name). */
async function describeCluster(client, name) {
    const out = await client.send(new DescribeClustersCommand({ clusters: [name], include: ['SETTINGS', 'TAGS'] }));
    const cluster = out.clusters?.find((c) => c.clusterName === name || c.clusterArn?.endsWith(`/${name}`));
    if (!cluster || cluster.status === 'INACTIVE')
        return undefined;
    return cluster;
}
async function createCluster(client, input) {
    const out = await client.send(new CreateClusterCommand({
        clusterName: input.name,
        settings: [{ name: 'containerInsights', value: input.containerInsights ? 'enabled' : 'disabled' }],
        tags: Object.entries(input.tags).map(([key, value]) => ({ key, value })),
    }));
    if (!out.cluster)
        throw new Error(`CreateCluster ${input.name} returned no cluster.`);
    return out.cluster;
}
async function setContainerInsights(client, name, enabled) {
    await client.send(new UpdateClusterSettingsCommand({
        cluster: name,
        settings: [{ name: 'containerInsights', value: enabled ? 'enabled' : 'disabled' }],
    }));
}
/** Container Insights as the cluster reports it; 'enhanced' counts as on. */
function containerInsightsOf(cluster) {
    const value = cluster.settings?.find((s) => s.name === 'containerInsights')?.value;
    return value === 'enabled' || value === 'enhanced';
}

// EXTERNAL MODULE: ./src/aws/log-groups.ts + 6 modules
var log_groups = __webpack_require__(7526);
;// CONCATENATED MODULE: ./src/infra/cluster.ts



/** The ECS cluster, created or with Container Insights corrected; its ARN (none in plan mode when new). */
async function ensureCluster(ctx) {
    const { name, containerInsights } = ctx.desired.cluster;
    const actual = await describeCluster(ctx.clients.ecs, name);
    if (!actual) {
        let arn;
        if (!ctx.plan)
            arn = (await createCluster(ctx.clients.ecs, { name, containerInsights, tags: ctx.desired.tags })).clusterArn;
        ctx.record({
            action: 'create',
            resource: 'ecs-cluster',
            name,
            detail: `container insights ${containerInsights ? 'on' : 'off'}`,
        });
        return arn;
    }
    const drift = [];
    if (containerInsightsOf(actual) !== containerInsights)
        drift.push({
            field: 'container insights',
            actual: containerInsightsOf(actual),
            desired: containerInsights,
        });
    if (drift.length > 0 && !ctx.plan)
        await setContainerInsights(ctx.clients.ecs, name, containerInsights);
    ctx.record(changeFor('ecs-cluster', name, drift));
    return actual.clusterArn;
}
/** The service's log group, created or with its retention corrected. */
async function ensureLogGroup(ctx) {
    const { name, retentionDays } = ctx.desired.logGroup;
    const actual = await log_groups/* findLogGroup */.zq(ctx.clients.logs, name);
    if (!actual) {
        if (!ctx.plan) {
            await log_groups/* createLogGroup */.SE(ctx.clients.logs, name, ctx.desired.tags);
            if (retentionDays !== 0)
                await log_groups/* setRetention */.VB(ctx.clients.logs, name, retentionDays);
        }
        ctx.record({
            action: 'create',
            resource: 'log-group',
            name,
            detail: `retention ${retentionDays || 'never expires'}${retentionDays ? ' days' : ''}`,
        });
        return;
    }
    const drift = retentionDrift(retentionDays, actual.retentionInDays);
    if (drift.length > 0 && !ctx.plan)
        await log_groups/* setRetention */.VB(ctx.clients.logs, name, retentionDays);
    ctx.record(changeFor('log-group', name, drift));
}

// EXTERNAL MODULE: ./src/infra/context.ts
var context = __webpack_require__(9821);
// EXTERNAL MODULE: ./src/infra/desired.ts
var infra_desired = __webpack_require__(7484);
// EXTERNAL MODULE: ./src/aws/elbv2.ts + 20 modules
var elbv2 = __webpack_require__(6677);
;// CONCATENATED MODULE: ./src/infra/traffic.ts
/** The target groups a forward action sends to, with their weights (a plain forward: weight 1). */
function forwardWeights(actions) {
    const forward = actions?.find((a) => a.Type === 'forward');
    if (!forward)
        return [];
    const groups = forward.ForwardConfig?.TargetGroups ?? [];
    if (groups.length > 0)
        return groups
            .filter((g) => g.TargetGroupArn)
            .map((g) => ({ arn: g.TargetGroupArn, weight: g.Weight ?? 1 }));
    return forward.TargetGroupArn ? [{ arn: forward.TargetGroupArn, weight: 1 }] : [];
}
const nameOf = (arn) => /:targetgroup\/([^/]+)\//.exec(arn)?.[1];
/** The alternate group: the one known, else the one of its name a forward action still sends to. */
function alternateOf(groups, actions) {
    return groups.alternate ?? forwardWeights(actions).find((w) => nameOf(w.arn) === groups.alternateName)?.arn;
}
/** Both groups, all traffic on `serving`. */
function forwardTo(serving, standby) {
    if (!standby)
        return { Type: 'forward', TargetGroupArn: serving };
    return {
        Type: 'forward',
        ForwardConfig: {
            TargetGroups: [
                { TargetGroupArn: serving, Weight: 100 },
                { TargetGroupArn: standby, Weight: 0 },
            ],
        },
    };
}
/**
 * What the forward of the service's rule must become. `wantBoth`: blue/green, canary, linear (the
 * rule must name both groups for ECS to shift between them); with rolling updates a forward that
 * already names both (left by an earlier blue/green run) is kept, so that traffic stays on the
 * group that serves it.
 */
function planForward(actions, groups, wantBoth) {
    const main = groups.main;
    if (!main)
        return {};
    const alternate = alternateOf(groups, actions);
    const own = [main, ...(alternate ? [alternate] : [])];
    const current = forwardWeights(actions);
    const onlyOwn = current.length > 0 && current.every((w) => own.includes(w.arn));
    const nonForward = (actions ?? []).some((a) => a.Type !== 'forward');
    if (onlyOwn && !nonForward) {
        const heaviest = [...current].sort((a, b) => b.weight - a.weight || (a.arn === main ? -1 : 1))[0].arn;
        const standby = own.find((arn) => arn !== heaviest);
        const complete = !wantBoth || !alternate || current.length === 2;
        if (complete)
            return { serving: heaviest, ...(current.length === 2 ? { standby } : {}) };
        return { action: forwardTo(heaviest, standby), serving: heaviest, standby };
    }
    const standby = wantBoth ? alternate : undefined;
    return { action: forwardTo(main, standby), serving: main, ...(standby ? { standby } : {}) };
}
/** "forward to a (100), b (0)": how a plan line shows a forward. */
function describeForward(actions) {
    const w = forwardWeights(actions);
    if (w.length === 0)
        return 'no forward';
    if (w.length === 1)
        return `forward to ${nameOf(w[0].arn) ?? w[0].arn}`;
    return `forward to ${w.map((x) => `${nameOf(x.arn) ?? x.arn} (${x.weight})`).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/infra/listeners.ts




/**
 * The listeners: the routing one (80, or 443 with a certificate) and with a certificate 80
 * redirecting to 443. A listener the action did not create keeps its default action. Returns the
 * routing listener (none in plan mode when it is still to be created).
 */
async function ensureListeners(ctx, spec, lb, groups) {
    const client = ctx.clients.elbv2;
    const actual = lb?.LoadBalancerArn ? await elbv2/* describeListeners */.Pd(client, lb.LoadBalancerArn) : [];
    const tags = actual.length > 0
        ? await elbv2/* describeTags */.FE(client, actual.map((l) => l.ListenerArn))
        : new Map();
    let routeListener;
    for (const listenerSpec of spec.listeners) {
        const existing = actual.find((l) => l.Port === listenerSpec.port);
        const wanted = defaultActionFor(listenerSpec, spec, groups, existing);
        const listener = existing?.ListenerArn
            ? await updateListener(ctx, { spec, listenerSpec, wanted, groups }, existing, {
                managed: tags.get(existing.ListenerArn)?.[infra_desired/* MANAGED_BY_KEY */.oe] === infra_desired/* MANAGED_BY_VALUE */.Q9,
            })
            : await createListener(ctx, spec, listenerSpec, wanted, lb);
        if (listenerSpec.role === 'route')
            routeListener = listener;
    }
    return routeListener;
}
function certificateSettings(listenerSpec) {
    return listenerSpec.certificateArn
        ? {
            Certificates: [{ CertificateArn: listenerSpec.certificateArn }],
            SslPolicy: listenerSpec.sslPolicy,
        }
        : {};
}
async function createListener(ctx, spec, listenerSpec, wanted, lb) {
    let created;
    if (!ctx.plan)
        created = await elbv2/* createListener */.pA(ctx.clients.elbv2, {
            LoadBalancerArn: lb?.LoadBalancerArn,
            Port: listenerSpec.port,
            Protocol: listenerSpec.protocol,
            ...certificateSettings(listenerSpec),
            DefaultActions: [wanted],
            Tags: elbv2/* toTagList */.s3(ctx.desired.tags),
        });
    ctx.record({
        action: 'create',
        resource: 'listener',
        name: `${spec.name}:${listenerSpec.port}`,
        detail: `${listenerSpec.protocol}, default ${describeAction(wanted)}`,
    });
    return created;
}
async function updateListener(ctx, w, existing, { managed }) {
    const { listenerSpec } = w;
    const name = `${w.spec.name}:${listenerSpec.port}`;
    const drift = listenerDrift(listenerSpec, {
        port: existing.Port,
        protocol: existing.Protocol,
        certificateArn: existing.Certificates?.[0]?.CertificateArn,
        sslPolicy: existing.SslPolicy,
    });
    const defaultDrift = defaultActionDrift(ctx, w, existing, managed, name);
    if ((drift.length > 0 || defaultDrift) && !ctx.plan)
        await elbv2/* modifyListener */.JL(ctx.clients.elbv2, {
            ListenerArn: existing.ListenerArn,
            ...(drift.length > 0
                ? { Protocol: listenerSpec.protocol, Port: listenerSpec.port, ...certificateSettings(listenerSpec) }
                : {}),
            ...(defaultDrift ? { DefaultActions: [w.wanted] } : {}),
        });
    ctx.record(changeFor('listener', name, [...drift, ...(defaultDrift ? [defaultDrift] : [])]));
    return existing;
}
function defaultActionFor(listenerSpec, spec, groups, existing) {
    if (listenerSpec.role === 'redirect')
        return {
            Type: 'redirect',
            RedirectConfig: {
                Protocol: 'HTTPS',
                Port: '443',
                Host: '#{host}',
                Path: '/#{path}',
                Query: '#{query}',
                StatusCode: 'HTTP_301',
            },
        };
    if (spec.routing.kind === 'default') {
        const wantBoth = spec.alternateTargetGroup !== undefined;
        const plan = planForward(existing?.DefaultActions, groups, wantBoth);
        if (plan.action)
            return plan.action;
        return (existing?.DefaultActions?.find((a) => a.Type === 'forward') ?? {
            Type: 'forward',
            TargetGroupArn: groups.main ?? '(new target group)',
        });
    }
    // A load balancer whose services are all reached through rules answers anything else with a plain 404.
    return {
        Type: 'fixed-response',
        FixedResponseConfig: {
            StatusCode: '404',
            ContentType: 'text/plain',
            MessageBody: 'No service matches this host or path.',
        },
    };
}
/**
 * Whether the listener's default action must change. Taking over a default that forwards to
 * another service's target group is refused: that would cut the other service off.
 */
function defaultActionDrift(ctx, { listenerSpec, spec, groups }, existing, managed, name) {
    const current = existing.DefaultActions?.[0];
    const forwardsTo = elbv2/* forwardTargetGroupArns */.gS(existing.DefaultActions);
    if (listenerSpec.role === 'redirect') {
        if (current?.Type === 'redirect')
            return undefined;
        if (!managed || forwardsTo.some((arn) => arn !== groups.main)) {
            ctx.log.warning(`Listener ${name} was not made by this action (or serves another service), so it is left as it is (${describeAction(current)}) instead of redirecting to HTTPS.`);
            return undefined;
        }
        return { field: 'default action', actual: describeAction(current), desired: 'redirect to HTTPS' };
    }
    if (spec.routing.kind !== 'default')
        return undefined;
    const plan = planForward(existing.DefaultActions, groups, spec.alternateTargetGroup !== undefined);
    if (!plan.action)
        return undefined;
    const conflict = defaultActionConflict(name, existing, managed, groups);
    if (conflict)
        throw new Error(conflict);
    return {
        field: 'default action',
        actual: describeAction(current),
        desired: describeForward([plan.action]),
    };
}
/**
 * Why the service cannot take over this listener's default action (default routing), or undefined:
 * a default that forwards to another target group serves another service, and a listener the action
 * did not create keeps its default. The preflight and the listener's update both ask this.
 */
function defaultActionConflict(name, existing, managed, groups) {
    const forwardsTo = elbv2/* forwardTargetGroupArns */.gS(existing.DefaultActions);
    const own = forwardWeights(existing.DefaultActions).filter((w) => w.arn === groups.main || w.arn === alternateOf(groups, existing.DefaultActions));
    if (groups.main && forwardsTo.length > 0 && own.length === forwardsTo.length)
        return undefined;
    if (forwardsTo.length > 0)
        return (`Listener ${name} already forwards by default to another target group (${forwardsTo.join(', ')}), another service's. ` +
            'Give host-header and/or path-pattern so this service gets its own listener rule on the shared load balancer.');
    if (!managed)
        return (`Listener ${name} was not created by this action and its default action is ${describeAction(existing.DefaultActions?.[0])}. ` +
            'Give host-header and/or path-pattern to route this service by a listener rule instead.');
    return undefined;
}
function describeAction(a) {
    if (!a)
        return 'none';
    if (a.Type === 'forward')
        return `forward to ${elbv2/* forwardTargetGroupArns */.gS([a])
            .map((arn) => arn.split(':').pop())
            .join(', ')}`;
    if (a.Type === 'redirect')
        return `redirect to ${a.RedirectConfig?.Protocol ?? ''}:${a.RedirectConfig?.Port ?? ''}`;
    if (a.Type === 'fixed-response')
        return `fixed response ${a.FixedResponseConfig?.StatusCode ?? ''}`;
    return a.Type ?? 'unknown';
}

// EXTERNAL MODULE: ./src/infra/naming.ts
var naming = __webpack_require__(9720);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/config/aws-limits.ts
var aws_limits = __webpack_require__(9948);
;// CONCATENATED MODULE: ./src/infra/priority.ts

/**
 * The priority for a new listener rule: `preferred` when it is free and inside the band (the one
 * this service held before, or a fixed input), else the lowest free priority in the band. Lowest
 * rather than random, so that the choice is the same for the same listener and rules evaluated in
 * the order services were added; a concurrent writer taking the same number is handled by the
 * caller retrying on PriorityInUse with the refreshed list.
 */
function choosePriority(taken, band = [aws_limits/* RULE_PRIORITY_MIN */.j, aws_limits/* RULE_PRIORITY_MAX */.rP], preferred) {
    const [lo, hi] = band;
    if (!Number.isInteger(lo) ||
        !Number.isInteger(hi) ||
        lo < aws_limits/* RULE_PRIORITY_MIN */.j ||
        hi > aws_limits/* RULE_PRIORITY_MAX */.rP ||
        lo > hi)
        throw new Error(`Invalid rule priority band ${lo}..${hi}: it must lie within ${aws_limits/* RULE_PRIORITY_MIN */.j}..${aws_limits/* RULE_PRIORITY_MAX */.rP}.`);
    const used = new Set(taken);
    if (preferred !== undefined && preferred >= lo && preferred <= hi && !used.has(preferred))
        return preferred;
    for (let p = lo; p <= hi; p++)
        if (!used.has(p))
            return p;
    throw new Error(`Every listener rule priority in ${lo}..${hi} is taken (${hi - lo + 1} rules). ` +
        'Remove unused rules (for previews: run the sweep), widen the band, or set rule-priority to a free number outside it.');
}

;// CONCATENATED MODULE: ./src/infra/rule.ts







/** CreateRule is not idempotent and priorities are first come, first served between concurrent runs. */
const PRIORITY_ATTEMPTS = 5;
/** AWS quota: rules per load balancer, default rules excluded. */
const MAX_RULES = 100;
/**
 * The service's listener rule on a shared load balancer: found (by the target group it forwards to,
 * else by its tags) and corrected, or created at a free priority of the service's band (leaving
 * the free priority ahead of it to the test rule, for blue/green, canary and linear).
 */
async function ensureRule(ctx, listener, routing, groups, options) {
    const { targetGroupName, wantBoth } = options;
    if (!listener?.ListenerArn) {
        // Only in plan mode: the listener itself is still to be created.
        const priority = routing.fixedPriority ?? choosePriority(wantBoth ? [routing.band[0]] : [], routing.band);
        recordCreate(ctx, routing, targetGroupName, priority);
        return { priority };
    }
    const wanted = {
        listenerArn: listener.ListenerArn,
        routing,
        groups,
        targetGroupName,
        wantBoth,
    };
    const rules = await nonDefaultRules(ctx, listener.ListenerArn);
    const mine = await findOwnRule(ctx, rules, groups.main);
    if (mine?.RuleArn)
        return updateRule(ctx, wanted, mine);
    if (rules.length + (wantBoth ? 1 : 0) >= MAX_RULES)
        throw new Error(`The load balancer already has ${rules.length} listener rules on this listener, the AWS limit is ${MAX_RULES}: remove unused rules (previews: sweep) first.`);
    return createRule(ctx, wanted, rules);
}
async function nonDefaultRules(ctx, listenerArn) {
    return (await elbv2/* describeRules */.NH(ctx.clients.elbv2, listenerArn)).filter((r) => !r.IsDefault);
}
function recordCreate(ctx, routing, targetGroupName, priority) {
    ctx.record({
        action: 'create',
        resource: 'listener-rule',
        name: targetGroupName,
        detail: `${describeConditions(routing.conditions)}, priority ${priority}`,
    });
}
async function updateRule(ctx, w, mine) {
    const { routing } = w;
    const drift = conditionsDrift(routing.conditions, actualConditions(mine.Conditions));
    const forward = planForward(mine.Actions, w.groups, w.wantBoth);
    if (forward.action || !w.groups.main)
        drift.push({
            field: 'forward',
            actual: describeForward(mine.Actions),
            desired: forward.action ? describeForward([forward.action]) : w.targetGroupName,
        });
    const priority = Number(mine.Priority);
    const priorityDrift = routing.fixedPriority !== undefined && routing.fixedPriority !== priority;
    if (priorityDrift)
        drift.push({ field: 'priority', actual: priority, desired: routing.fixedPriority });
    if (!ctx.plan) {
        if (drift.some((d) => d.field !== 'priority'))
            await elbv2/* modifyRule */.B6(ctx.clients.elbv2, {
                RuleArn: mine.RuleArn,
                Conditions: toConditions(routing.conditions),
                // The forward as ECS left it, unless it must change: ECS owns the weights between the two groups.
                ...(forward.action ? { Actions: [forward.action] } : {}),
            });
        if (priorityDrift)
            await moveRule(ctx, w, mine.RuleArn, routing.fixedPriority);
    }
    const outcome = {
        ruleArn: mine.RuleArn,
        priority: priorityDrift ? routing.fixedPriority : priority,
        serving: forward.serving,
        standby: forward.standby,
    };
    ctx.record(changeFor('listener-rule', w.targetGroupName, drift, `${describeConditions(routing.conditions)}, priority ${priority}`));
    return outcome;
}
async function moveRule(ctx, w, ruleArn, priority) {
    try {
        await elbv2/* setRulePriority */.HZ(ctx.clients.elbv2, ruleArn, priority);
    }
    catch (err) {
        if ((0,errors/* isAwsError */.m)(err, 'PriorityInUse'))
            throw new Error(`rule-priority ${priority} is already used by another rule on ${w.listenerArn}; choose a free one.`);
        throw err;
    }
}
/** Creates the rule at a free priority; another run taking it meanwhile makes it read and choose again. */
async function createRule(ctx, w, existingRules) {
    const { routing } = w;
    let rules = existingRules;
    const tried = [];
    const forward = planForward(undefined, w.groups, w.wantBoth);
    for (let attempt = 1; attempt <= PRIORITY_ATTEMPTS; attempt++) {
        const taken = [...rules.map((r) => Number(r.Priority)).filter(Number.isFinite), ...tried];
        // Blue/green: the lowest free priority stays free for the test rule, which must come first.
        const ahead = w.wantBoth && routing.fixedPriority === undefined ? [choosePriority(taken, routing.band)] : [];
        const priority = freePriority(routing, [...taken, ...ahead]);
        const outcome = { priority, serving: forward.serving, standby: forward.standby };
        if (ctx.plan) {
            recordCreate(ctx, routing, w.targetGroupName, priority);
            return outcome;
        }
        try {
            const rule = await elbv2/* createRule */.D_(ctx.clients.elbv2, {
                ListenerArn: w.listenerArn,
                Priority: priority,
                Conditions: toConditions(routing.conditions),
                Actions: [forward.action ?? { Type: 'forward', TargetGroupArn: w.groups.main }],
                Tags: elbv2/* toTagList */.s3(ctx.desired.tags),
            });
            recordCreate(ctx, routing, w.targetGroupName, priority);
            return { ...outcome, ruleArn: rule?.RuleArn };
        }
        catch (err) {
            if (!(0,errors/* isAwsError */.m)(err, 'PriorityInUse') || routing.fixedPriority !== undefined)
                throw err;
            // Another run took the priority between our read and our write: read again, choose again.
            ctx.log.info(`Rule priority ${priority} was taken meanwhile (attempt ${attempt} of ${PRIORITY_ATTEMPTS}); choosing again.`);
            tried.push(priority);
            rules = await nonDefaultRules(ctx, w.listenerArn);
        }
    }
    throw new Error(`Could not create the listener rule for ${w.targetGroupName}: every priority chosen (${tried.join(', ')}) was taken by concurrent changes. Retry the job, or set rule-priority.`);
}
/** The rule-priority input when given (and free), else a free one of the band. */
function freePriority(routing, taken) {
    if (routing.fixedPriority === undefined)
        return choosePriority(taken, routing.band);
    if (taken.includes(routing.fixedPriority))
        throw new Error(`rule-priority ${routing.fixedPriority} is already used by another rule on the listener; choose a free one or leave rule-priority empty.`);
    return routing.fixedPriority;
}
/** The test rule: it matches the header TEST_TRAFFIC_HEADER besides the service's conditions. */
function isTestRule(rule) {
    return (rule.Conditions ?? []).some((c) => c.Field === 'http-header' &&
        c.HttpHeaderConfig?.HttpHeaderName?.toLowerCase() === context/* TEST_TRAFFIC_HEADER */.b.name.toLowerCase());
}
/**
 * The production rule this service made earlier: by the target group it forwards to, else by the
 * action's tags; never the test rule, which forwards to the same groups.
 */
async function findOwnRule(ctx, allRules, targetGroupArn) {
    const rules = allRules.filter((r) => !isTestRule(r));
    if (targetGroupArn) {
        const byTarget = rules.find((r) => elbv2/* forwardTargetGroupArns */.gS(r.Actions).includes(targetGroupArn));
        if (byTarget)
            return byTarget;
    }
    if (rules.length === 0)
        return undefined;
    const tags = await elbv2/* describeTags */.FE(ctx.clients.elbv2, rules.map((r) => r.RuleArn));
    return rules.find((r) => {
        const t = tags.get(r.RuleArn);
        return (t?.[infra_desired/* MANAGED_BY_KEY */.oe] === infra_desired/* MANAGED_BY_VALUE */.Q9 &&
            t.service === ctx.config.service &&
            t.environment === ctx.config.environment);
    });
}
function toConditions(c) {
    const out = [];
    if (c.hostHeader.length > 0)
        out.push({ Field: 'host-header', HostHeaderConfig: { Values: c.hostHeader } });
    if (c.pathPattern.length > 0)
        out.push({ Field: 'path-pattern', PathPatternConfig: { Values: c.pathPattern } });
    return out;
}
/** Rule conditions as values, whichever of the two shapes (Values or *Config) the API returned. */
function actualConditions(conditions) {
    const out = { hostHeader: [], pathPattern: [] };
    for (const c of conditions ?? []) {
        if (c.Field === 'host-header')
            out.hostHeader.push(...(c.HostHeaderConfig?.Values ?? c.Values ?? []));
        if (c.Field === 'path-pattern')
            out.pathPattern.push(...(c.PathPatternConfig?.Values ?? c.Values ?? []));
    }
    return out;
}
function describeConditions(c) {
    return [
        c.hostHeader.length ? `host ${c.hostHeader.join(' | ')}` : '',
        c.pathPattern.length ? `path ${c.pathPattern.join(' | ')}` : '',
    ]
        .filter(Boolean)
        .join(' and ');
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(3358);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/commandBuilder.js




const command = (0,client.makeBuilder)(EndpointParameters/* commonParams */.S, "AmazonEC2", "EC2Client", endpoints.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];
const _mw1 = (Command, cs, config, o) => [
    getCopySnapshotPresignedUrlPlugin(config),
];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/schemas/schemas_0.js + 1 modules
var schemas_schemas_0 = __webpack_require__(230);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeVpcsCommand.js


class DescribeVpcsCommand extends command(_ep0, _mw0, "DescribeVpcs", schemas_schemas_0/* DescribeVpcs$ */.EF0) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeSubnetsCommand.js


class DescribeSubnetsCommand extends command(_ep0, _mw0, "DescribeSubnets", schemas_schemas_0/* DescribeSubnets$ */._3j) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeSecurityGroupsCommand.js


class DescribeSecurityGroupsCommand extends command(_ep0, _mw0, "DescribeSecurityGroups", schemas_schemas_0/* DescribeSecurityGroups$ */.GZZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/commands/CreateSecurityGroupCommand.js


class CreateSecurityGroupCommand extends command(_ep0, _mw0, "CreateSecurityGroup", schemas_schemas_0/* CreateSecurityGroup$ */.Ism) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/commands/AuthorizeSecurityGroupIngressCommand.js


class AuthorizeSecurityGroupIngressCommand extends command(_ep0, _mw0, "AuthorizeSecurityGroupIngress", schemas_schemas_0/* AuthorizeSecurityGroupIngress$ */.Kos) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/commands/RevokeSecurityGroupIngressCommand.js


class RevokeSecurityGroupIngressCommand extends command(_ep0, _mw0, "RevokeSecurityGroupIngress", schemas_schemas_0/* RevokeSecurityGroupIngress$ */.H5M) {
}

// EXTERNAL MODULE: ./src/aws/consistency.ts
var aws_consistency = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/aws/paging.ts
var paging = __webpack_require__(6433);
;// CONCATENATED MODULE: ./src/aws/ec2.ts




async function findDefaultVpc(client) {
    const vpcs = await describeVpcs(client, [{ Name: 'is-default', Values: ['true'] }]);
    return vpcs[0];
}
async function describeVpc(client, vpcId) {
    const vpcs = await describeVpcs(client, [{ Name: 'vpc-id', Values: [vpcId] }]);
    return vpcs[0];
}
function describeVpcs(client, filters) {
    return (0,paging/* allPages */.S4)(async (token) => {
        const out = await client.send(new DescribeVpcsCommand({ Filters: filters, NextToken: token }));
        return { items: out.Vpcs, next: out.NextToken };
    });
}
/** Subnets by id, or every subnet of a VPC. */
function describeSubnets(client, by) {
    return (0,paging/* allPages */.S4)(async (token) => {
        const out = await client.send(new DescribeSubnetsCommand({
            ...(by.subnetIds ? { SubnetIds: by.subnetIds } : {}),
            ...(by.vpcId ? { Filters: [{ Name: 'vpc-id', Values: [by.vpcId] }] } : {}),
            NextToken: token,
        }));
        return { items: out.Subnets, next: out.NextToken };
    });
}
async function findSecurityGroupByName(client, vpcId, groupName) {
    const groups = await describeSecurityGroups(client, {
        Filters: [
            { Name: 'vpc-id', Values: [vpcId] },
            { Name: 'group-name', Values: [groupName] },
        ],
    });
    return groups[0];
}
async function describeSecurityGroupsById(client, groupIds) {
    if (groupIds.length === 0)
        return [];
    return describeSecurityGroups(client, { GroupIds: groupIds });
}
function describeSecurityGroups(client, input) {
    return (0,paging/* allPages */.S4)(async (token) => {
        const out = await client.send(new DescribeSecurityGroupsCommand({ ...input, NextToken: token }));
        return { items: out.SecurityGroups, next: out.NextToken };
    });
}
async function createSecurityGroup(client, input) {
    let out;
    try {
        out = await client.send(new CreateSecurityGroupCommand({
            VpcId: input.vpcId,
            GroupName: input.groupName,
            // EC2 limits a group description to 255 characters; long service and cluster names reach it.
            Description: input.description.slice(0, 255),
            TagSpecifications: [
                {
                    ResourceType: 'security-group',
                    Tags: Object.entries({ Name: input.groupName, ...input.tags }).map(([Key, Value]) => ({
                        Key,
                        Value,
                    })),
                },
            ],
        }));
    }
    catch (error) {
        // Two first runs racing (two services sharing the load balancer's group): the other one made it.
        if (!(0,errors/* isAwsError */.m)(error, 'InvalidGroup.Duplicate'))
            throw error;
        const made = await findSecurityGroupByName(client, input.vpcId, input.groupName);
        if (!made?.GroupId)
            throw error;
        return made.GroupId;
    }
    if (!out.GroupId)
        throw new Error(`CreateSecurityGroup ${input.groupName} returned no group id.`);
    return out.GroupId;
}
function toIpPermissions(perms) {
    return perms.map((p) => ({
        IpProtocol: 'tcp',
        FromPort: p.port,
        ToPort: p.port,
        ...(p.cidr ? { IpRanges: [{ CidrIp: p.cidr }] } : {}),
        ...(p.ipv6Cidr ? { Ipv6Ranges: [{ CidrIpv6: p.ipv6Cidr }] } : {}),
        ...(p.sourceGroupId ? { UserIdGroupPairs: [{ GroupId: p.sourceGroupId }] } : {}),
    }));
}
/**
 * EC2 is eventually consistent: a group made a moment ago (this one, or the load balancer's group a
 * grant refers to) can be unknown for a few seconds and the call fails with InvalidGroup.NotFound.
 */
async function authorizeIngress(client, groupId, perms, consistency) {
    if (perms.length === 0)
        return;
    try {
        await (0,aws_consistency/* untilVisible */.dr)(() => client.send(new AuthorizeSecurityGroupIngressCommand({
            GroupId: groupId,
            IpPermissions: toIpPermissions(perms),
        })), (error) => (0,errors/* isAwsError */.m)(error, 'InvalidGroup.NotFound'), consistency);
    }
    catch (error) {
        // The rule is there already (a racing run added it): what was wanted holds.
        if (!(0,errors/* isAwsError */.m)(error, 'InvalidPermission.Duplicate'))
            throw error;
    }
}
async function revokeIngress(client, groupId, perms) {
    if (perms.length === 0)
        return;
    await client.send(new RevokeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: toIpPermissions(perms) }));
}
/**
 * The group's single-port tcp ingress, one entry per source. Ranges and other protocols are not
 * something the action grants, so they are left out (and therefore never revoked).
 */
function flatIngress(group) {
    const out = [];
    for (const p of group.IpPermissions ?? []) {
        if (p.IpProtocol !== 'tcp' || p.FromPort === undefined || p.FromPort !== p.ToPort)
            continue;
        const port = p.FromPort;
        for (const r of p.IpRanges ?? [])
            if (r.CidrIp)
                out.push({ port, cidr: r.CidrIp });
        for (const r of p.Ipv6Ranges ?? [])
            if (r.CidrIpv6)
                out.push({ port, ipv6Cidr: r.CidrIpv6 });
        for (const g of p.UserIdGroupPairs ?? [])
            if (g.GroupId)
                out.push({ port, sourceGroupId: g.GroupId });
    }
    return out;
}
function ec2Tags(tags) {
    const out = {};
    for (const t of tags ?? [])
        if (t.Key)
            out[t.Key] = t.Value ?? '';
    return out;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/infra/security-groups.ts





/**
 * Makes the group exist with at least `desiredIngress`. In a group the action created, grants
 * that `revocable` recognises as its own kind and that are no longer desired are revoked; a
 * group it did not create only ever gains rules.
 */
async function ensureSecurityGroup(ctx, vpcId, group, desiredIngress, revocable) {
    const { name, description } = group;
    const existing = await findSecurityGroupByName(ctx.clients.ec2, vpcId, name);
    if (!existing?.GroupId) {
        let groupId;
        if (!ctx.plan) {
            groupId = await createSecurityGroup(ctx.clients.ec2, {
                vpcId,
                groupName: name,
                description,
                tags: ctx.desired.tags,
            });
            await authorizeIngress(ctx.clients.ec2, groupId, desiredIngress, ctx.consistency);
        }
        ctx.record({
            action: 'create',
            resource: 'security-group',
            name,
            detail: desiredIngress.map(describeIngress).join('; '),
        });
        return groupId;
    }
    const managed = ec2Tags(existing.Tags)[infra_desired/* MANAGED_BY_KEY */.oe] === infra_desired/* MANAGED_BY_VALUE */.Q9;
    const { missing, extra } = ingressDiff(desiredIngress, flatIngress(existing));
    const toRevoke = managed ? extra.filter(revocable) : [];
    if (!ctx.plan) {
        await authorizeIngress(ctx.clients.ec2, existing.GroupId, missing, ctx.consistency);
        await revokeIngress(ctx.clients.ec2, existing.GroupId, toRevoke);
    }
    const detail = [
        ...missing.map((p) => `+ ${describeIngress(p)}`),
        ...toRevoke.map((p) => `- ${describeIngress(p)}`),
    ].join('; ');
    const named = `${name} (${existing.GroupId})`;
    ctx.record(detail
        ? { action: 'update', resource: 'security-group', name: named, detail }
        : { action: 'keep', resource: 'security-group', name: named });
    return existing.GroupId;
}
/** The load balancer's group: its listener ports open to the world. */
function ensureLoadBalancerSecurityGroup(ctx, vpcId, spec) {
    const ports = new Set(spec.listeners.map((l) => l.port));
    return ensureSecurityGroup(ctx, vpcId, { name: spec.securityGroupName, description: `Load balancer ${spec.name}: listener ports from anywhere` }, (0,infra_desired/* loadBalancerIngress */.kY)(spec.listeners), 
    // Open-to-the-world grants at ports no listener uses any more (e.g. 443 after the certificate went).
    (p) => (p.cidr === '0.0.0.0/0' || p.ipv6Cidr === '::/0') && !ports.has(p.port));
}
/** The tasks' group: only the load balancers' groups reach the container port. */
function ensureTaskSecurityGroup(ctx, vpcId, sourceGroupIds) {
    const sources = new Set(sourceGroupIds);
    return ensureSecurityGroup(ctx, vpcId, {
        name: ctx.desired.taskSecurityGroupName,
        description: `Tasks of ECS service ${ctx.config.service} (${ctx.config.cluster}): only the load balancer reaches the container port`,
    }, (0,infra_desired/* taskIngress */.Bz)(ctx.desired.containerPort, sourceGroupIds), 
    // Only the load balancer grants at another port (the container port changed) are the action's.
    (p) => p.sourceGroupId !== undefined && sources.has(p.sourceGroupId));
}
/** The security-groups input: each group exists and is in the tasks' VPC. */
async function checkExtraSecurityGroups(ctx, vpcId) {
    const ids = ctx.desired.extraSecurityGroups;
    if (ids.length === 0)
        return;
    let found;
    try {
        found = await describeSecurityGroupsById(ctx.clients.ec2, ids);
    }
    catch (err) {
        // Real EC2 fails the whole call for one unknown id instead of leaving it out.
        if ((0,errors/* isAwsError */.m)(err, 'InvalidGroup.NotFound', 'InvalidGroupId.Malformed'))
            throw new Error(`Input 'security-groups': not found (${(0,util_errors/* errorMessage */.g)(err)}). Check the security-groups input and the region (${ctx.config.region}).`);
        throw err;
    }
    const missing = ids.filter((id) => !found.some((g) => g.GroupId === id));
    if (missing.length > 0)
        throw new Error(`Input 'security-groups': ${missing.join(', ')} not found.`);
    const elsewhere = found.filter((g) => g.VpcId !== vpcId);
    if (elsewhere.length > 0)
        throw new Error(`Input 'security-groups': ${elsewhere.map((g) => `${g.GroupId} (in ${g.VpcId})`).join(', ')} are not in the tasks' VPC ${vpcId}.`);
    for (const g of found)
        ctx.record({
            action: 'keep',
            resource: 'security-group',
            name: `${g.GroupName} (${g.GroupId})`,
            detail: 'from the security-groups input',
        });
}

;// CONCATENATED MODULE: ./src/infra/target-group.ts


const DEREGISTRATION_DELAY_KEY = 'deregistration_delay.timeout_seconds';
/** The service's target group, created or with its health check and deregistration delay corrected. */
async function ensureTargetGroup(ctx, spec, vpcId) {
    const existing = await elbv2/* findTargetGroupByName */.cn(ctx.clients.elbv2, spec.name);
    if (!existing?.TargetGroupArn)
        return createTargetGroup(ctx, spec, vpcId);
    const arn = existing.TargetGroupArn;
    const client = ctx.clients.elbv2;
    const { mutable, immutable } = targetGroupDrift(spec, actualTargetGroup(existing), vpcId);
    if (immutable.length > 0)
        throw new Error(`Target group ${spec.name} exists with ${describeDrift(immutable)}, which cannot change in place. ` +
            'Set target-group-name to a new name (then remove the old group once nothing uses it), or bring the inputs back in line.');
    const attrs = await elbv2/* describeTargetGroupAttributes */.HJ(client, arn);
    const current = attrs[DEREGISTRATION_DELAY_KEY];
    const delayDrift = deregistrationDelayDrift(spec.deregistrationDelaySeconds, current === undefined ? undefined : Number(current));
    if (!ctx.plan) {
        if (mutable.length > 0) {
            await elbv2/* modifyTargetGroup */.rN(client, { TargetGroupArn: arn, ...healthCheckSettings(spec) });
        }
        if (delayDrift.length > 0)
            await elbv2/* modifyTargetGroupAttributes */._k(client, arn, {
                [DEREGISTRATION_DELAY_KEY]: String(spec.deregistrationDelaySeconds),
            });
    }
    ctx.record(changeFor('target-group', spec.name, [...mutable, ...delayDrift]));
    return arn;
}
async function createTargetGroup(ctx, spec, vpcId) {
    let arn;
    if (!ctx.plan) {
        arn = (await elbv2/* createTargetGroup */.vE(ctx.clients.elbv2, {
            Name: spec.name,
            Protocol: spec.protocol,
            Port: spec.port,
            VpcId: vpcId,
            TargetType: spec.targetType,
            HealthCheckEnabled: true,
            HealthCheckProtocol: 'HTTP',
            HealthCheckPort: 'traffic-port',
            ...healthCheckSettings(spec),
            Tags: elbv2/* toTagList */.s3(ctx.desired.tags),
        })).TargetGroupArn;
        // The 300 s default is what makes "services stable" waits take minutes; it is an attribute, not a create parameter.
        await elbv2/* modifyTargetGroupAttributes */._k(ctx.clients.elbv2, arn, { [DEREGISTRATION_DELAY_KEY]: String(spec.deregistrationDelaySeconds) }, ctx.consistency);
    }
    ctx.record({
        action: 'create',
        resource: 'target-group',
        name: spec.name,
        detail: `ip:${spec.port}, health check ${spec.healthCheck.path} every ${spec.healthCheck.intervalSeconds} s, deregistration delay ${spec.deregistrationDelaySeconds} s`,
    });
    return arn;
}
/** The health check fields the action sets, both at create and when correcting drift. */
function healthCheckSettings(spec) {
    const hc = spec.healthCheck;
    return {
        HealthCheckPath: hc.path,
        HealthCheckIntervalSeconds: hc.intervalSeconds,
        HealthCheckTimeoutSeconds: hc.timeoutSeconds,
        HealthyThresholdCount: hc.healthyThreshold,
        UnhealthyThresholdCount: hc.unhealthyThreshold,
        Matcher: { HttpCode: hc.matcher },
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
            matcher: tg.Matcher?.HttpCode,
        },
    };
}
/**
 * Bring-your-own target group (the target-group-arn input): checked to exist in the tasks' VPC;
 * the security groups of the load balancers that forward to it are returned, for the tasks' group.
 */
async function useExistingTargetGroup(ctx, arn, vpcId) {
    const tg = await elbv2/* describeTargetGroup */.__(ctx.clients.elbv2, arn);
    if (!tg)
        throw new Error(`Input 'target-group-arn': ${arn} not found in ${ctx.config.region}.`);
    // Fargate tasks (awsvpc) register by IP; CreateService refuses a target group of instances.
    if (tg.TargetType && tg.TargetType !== 'ip')
        throw new Error(`Input 'target-group-arn': ${tg.TargetGroupName} has target type ${tg.TargetType}; Fargate tasks need a target group of type ip.`);
    if (tg.VpcId && tg.VpcId !== vpcId)
        throw new Error(`Input 'target-group-arn': the target group is in ${tg.VpcId} but the tasks' subnets are in ${vpcId}; give subnets of the target group's VPC.`);
    const sources = [];
    let loadBalancerArn;
    for (const lbArn of tg.LoadBalancerArns ?? []) {
        const lb = await elbv2/* describeLoadBalancerByArn */.uV(ctx.clients.elbv2, lbArn);
        sources.push(...(lb?.SecurityGroups ?? []));
        loadBalancerArn ??= lbArn;
    }
    if (sources.length === 0)
        ctx.log.warning(`Target group ${tg.TargetGroupName} has no load balancer yet, so the tasks' security group admits no load balancer.`);
    ctx.record({
        action: 'keep',
        resource: 'target-group',
        name: tg.TargetGroupName ?? arn,
        detail: 'from the target-group-arn input',
    });
    return { sources, loadBalancerArn };
}

;// CONCATENATED MODULE: ./src/infra/test-rule.ts






/**
 * The test rule of blue/green, canary and linear deployments: on the service's own listener, the
 * service's conditions plus the header X-Deploy-Test: green, at a priority ahead of the production
 * rule (a lower number: the load balancer tries rules in that order, so a request with the header
 * reaches this rule first). ECS points it at the green revision during TEST_TRAFFIC_SHIFT, so a
 * smoke test reaches the new version before any production request does. With rolling updates the
 * rule has no use and is deleted.
 */
const TEST_CONDITION = {
    Field: 'http-header',
    HttpHeaderConfig: { HttpHeaderName: context/* TEST_TRAFFIC_HEADER */.b.name, Values: [context/* TEST_TRAFFIC_HEADER */.b.value] },
};
function testConditions(spec) {
    const base = spec.routing.kind === 'rule' ? toConditions(spec.routing.conditions) : [];
    return [...base, TEST_CONDITION];
}
function describeTest(spec) {
    const base = spec.routing.kind === 'rule' ? `${describeConditions(spec.routing.conditions)} and ` : '';
    return `${base}header ${context/* TEST_TRAFFIC_HEADER */.b.name}: ${context/* TEST_TRAFFIC_HEADER */.b.value}`;
}
/** The service's test rule among the listener's rules: the header condition and a forward to its groups. */
function findTestRule(rules, groups, alternate) {
    const own = [groups.main, alternate].filter(Boolean);
    return rules.find((r) => isTestRule(r) && forwardWeights(r.Actions).some((w) => own.includes(w.arn)));
}
/**
 * Makes the test rule exist (blue/green, canary, linear) or not (rolling). `production` is the
 * production rule as ensureRule left it; with default routing (no host or path) there is no
 * production rule and any free priority of the band is ahead of the listener's default action.
 */
async function ensureTestRule(ctx, listener, spec, groups, production) {
    const name = `${spec.targetGroup.name} (test)`;
    const wanted = spec.alternateTargetGroup !== undefined;
    if (!listener?.ListenerArn) {
        if (wanted)
            ctx.record({ action: 'create', resource: 'listener-rule', name, detail: describeTest(spec) });
        return undefined;
    }
    const rules = (await elbv2/* describeRules */.NH(ctx.clients.elbv2, listener.ListenerArn)).filter((r) => !r.IsDefault);
    const mine = findTestRule(rules, groups, production?.standby ?? groups.alternate);
    if (!wanted) {
        if (mine?.RuleArn) {
            if (!ctx.plan)
                await elbv2/* deleteRule */.k3(ctx.clients.elbv2, mine.RuleArn);
            ctx.record({
                action: 'delete',
                resource: 'listener-rule',
                name,
                detail: 'strategy rolling has no test traffic',
            });
        }
        return undefined;
    }
    const limit = production && spec.routing.kind === 'rule' ? production.priority : undefined;
    if (mine?.RuleArn)
        return keepTestRule(ctx, { spec, groups, name, limit, listenerArn: listener.ListenerArn }, mine, rules);
    return createTestRule(ctx, { spec, groups, name, limit, listenerArn: listener.ListenerArn }, rules, production);
}
/** The test rule exists: its conditions, forward and place ahead of the production rule corrected. */
async function keepTestRule(ctx, w, mine, rules) {
    const forward = planForward(mine.Actions, w.groups, true);
    const wantedConditions = JSON.stringify(testConditions(w.spec).map(conditionKey).sort());
    const conditionsDrift = JSON.stringify((mine.Conditions ?? []).map(conditionKey).sort()) !== wantedConditions;
    const priority = Number(mine.Priority);
    const misplaced = w.limit !== undefined && priority >= w.limit;
    if (!ctx.plan && (forward.action || conditionsDrift))
        await elbv2/* modifyRule */.B6(ctx.clients.elbv2, {
            RuleArn: mine.RuleArn,
            Conditions: testConditions(w.spec),
            ...(forward.action ? { Actions: [forward.action] } : {}),
        });
    let moved;
    if (misplaced) {
        const taken = rules.map((r) => Number(r.Priority)).filter(Number.isFinite);
        moved = choosePriority(taken, [bandOf(w.spec)[0], w.limit - 1]);
        if (!ctx.plan)
            await elbv2/* setRulePriority */.HZ(ctx.clients.elbv2, mine.RuleArn, moved);
    }
    const changed = forward.action || conditionsDrift || misplaced;
    ctx.record({
        action: changed ? 'update' : 'keep',
        resource: 'listener-rule',
        name: w.name,
        detail: `${describeTest(w.spec)}, priority ${moved ?? priority}`,
    });
    return mine.RuleArn;
}
function conditionKey(c) {
    const values = c.HostHeaderConfig?.Values ?? c.PathPatternConfig?.Values ?? c.HttpHeaderConfig?.Values ?? c.Values ?? [];
    const header = c.HttpHeaderConfig?.HttpHeaderName?.toLowerCase() ?? '';
    return `${c.Field}:${header}:${[...values].sort().join('|')}`;
}
function bandOf(spec) {
    return spec.routing.kind === 'rule' ? spec.routing.band : [1, 50000];
}
/**
 * A new test rule at the lowest free priority ahead of the production rule. When every priority
 * ahead of it is taken (a service that rolled before and got the lowest free number), the
 * production rule moves to the next free priority after it and the test rule takes its place: the
 * rules in between belong to other services, whose conditions do not overlap this one's.
 */
async function createTestRule(ctx, w, rules, production) {
    const taken = rules.map((r) => Number(r.Priority)).filter(Number.isFinite);
    const [lo, hi] = bandOf(w.spec);
    let priority;
    if (w.limit === undefined)
        priority = choosePriority(taken, [lo, hi]);
    else if (hasFree(taken, lo, w.limit - 1))
        priority = choosePriority(taken, [lo, w.limit - 1]);
    else
        priority = await makeRoomAhead(ctx, w, taken, production);
    const serving = production?.serving ?? w.groups.main;
    const action = serving ? forwardTo(serving, production?.standby ?? w.groups.alternate) : undefined;
    let arn;
    if (!ctx.plan && action) {
        try {
            arn = (await elbv2/* createRule */.D_(ctx.clients.elbv2, {
                ListenerArn: w.listenerArn,
                Priority: priority,
                Conditions: testConditions(w.spec),
                Actions: [action],
                Tags: elbv2/* toTagList */.s3(ctx.desired.tags),
            })).RuleArn;
        }
        catch (err) {
            if ((0,errors/* isAwsError */.m)(err, 'PriorityInUse'))
                throw new Error(`Could not create the test rule for ${w.spec.targetGroup.name}: priority ${priority} was taken by a concurrent change. Retry the job.`);
            throw err;
        }
    }
    ctx.record({
        action: 'create',
        resource: 'listener-rule',
        name: w.name,
        detail: `${describeTest(w.spec)}, priority ${priority}`,
    });
    return arn;
}
function hasFree(taken, lo, hi) {
    const used = new Set(taken);
    for (let p = lo; p <= hi; p++)
        if (!used.has(p))
            return true;
    return false;
}
/** Moves the production rule to the next free priority after it; returns the one it left, for the test rule. */
async function makeRoomAhead(ctx, w, taken, production) {
    const limit = w.limit;
    if (w.spec.routing.kind === 'rule' && w.spec.routing.fixedPriority !== undefined)
        throw new Error(`Input 'rule-priority': the test rule of strategy ${ctx.config.strategy.kind} must come before the production rule (priority ${limit}), and every priority from ${bandOf(w.spec)[0]} to ${limit - 1} is taken. Set rule-priority to a number with a free one just before it.`);
    const next = choosePriority(taken, [limit + 1, bandOf(w.spec)[1]]);
    if (!ctx.plan && production?.ruleArn)
        await elbv2/* setRulePriority */.HZ(ctx.clients.elbv2, production.ruleArn, next);
    ctx.record({
        action: 'update',
        resource: 'listener-rule',
        name: w.spec.targetGroup.name,
        detail: `priority ${limit} -> ${next}, to make room for the test rule ahead of it`,
    });
    return limit;
}

;// CONCATENATED MODULE: ./src/infra/load-balancer.ts









/**
 * The action's own load balancer path, in dependency order: the load balancer's security group
 * (only when the action made the load balancer), the tasks' group, the load balancer, the target
 * group, the listeners and, when routing by host or path, the rule. `existing` is the load balancer
 * of that name as the reference checks found it (its VPC, type and scheme already checked).
 */
async function ensureLoadBalancedService(ctx, spec, network, existing) {
    let lbGroupId;
    if (await isManaged(ctx, existing)) {
        lbGroupId = await ensureLoadBalancerSecurityGroup(ctx, network.vpcId, spec);
    }
    else {
        ctx.log.info(`Load balancer ${spec.name} exists and was not created by this action: its security groups and listeners' defaults are left as they are.`);
    }
    const sources = existing
        ? (existing.SecurityGroups ?? [])
        : [lbGroupId ?? `(new ${spec.securityGroupName})`];
    const taskGroupId = await ensureTaskSecurityGroup(ctx, network.vpcId, sources);
    const lb = await ensureLoadBalancer(ctx, spec, existing, network.loadBalancerSubnets, lbGroupId);
    const targetGroupArn = await ensureTargetGroup(ctx, spec.targetGroup, network.vpcId);
    const groups = {
        main: targetGroupArn,
        alternate: spec.alternateTargetGroup
            ? await ensureTargetGroup(ctx, spec.alternateTargetGroup, network.vpcId)
            : undefined,
        alternateName: (0,naming/* alternateTargetGroupName */.UN)(spec.targetGroup.name),
    };
    const listener = await ensureListeners(ctx, spec, lb, groups);
    const production = await ensureProduction(ctx, spec, listener, groups);
    const testRuleArn = await ensureTestRule(ctx, listener, spec, groups, production);
    const blueGreen = spec.alternateTargetGroup !== undefined;
    return {
        taskGroupId,
        targetGroupArn: production.serving ?? targetGroupArn,
        ...(blueGreen
            ? {
                alternateTargetGroupArn: production.standby ?? groups.alternate,
                productionRuleArn: production.ruleArn,
                testRuleArn,
            }
            : {}),
        loadBalancerArn: lb?.LoadBalancerArn,
        url: announceUrl(ctx, spec, lb),
    };
}
/**
 * The production rule: the service's own rule (host or path routing), else the listener's default
 * rule (ECS shifts traffic by its forward action the same way). Its ARN is read only for
 * blue/green, canary and linear, which hand it to ECS.
 */
async function ensureProduction(ctx, spec, listener, groups) {
    const wantBoth = spec.alternateTargetGroup !== undefined;
    if (spec.routing.kind === 'rule')
        return ensureRule(ctx, listener, spec.routing, groups, {
            targetGroupName: spec.targetGroup.name,
            wantBoth,
        });
    const forward = planForward(listener?.DefaultActions, groups, wantBoth);
    let ruleArn;
    if (wantBoth && listener?.ListenerArn)
        ruleArn = (await elbv2/* describeRules */.NH(ctx.clients.elbv2, listener.ListenerArn)).find((r) => r.IsDefault)?.RuleArn;
    return { priority: Number.POSITIVE_INFINITY, serving: forward.serving, standby: forward.standby, ruleArn };
}
async function isManaged(ctx, lb) {
    if (!lb)
        return true;
    const arn = lb.LoadBalancerArn;
    const tags = await elbv2/* describeTags */.FE(ctx.clients.elbv2, [arn]);
    return tags.get(arn)?.[infra_desired/* MANAGED_BY_KEY */.oe] === infra_desired/* MANAGED_BY_VALUE */.Q9;
}
async function ensureLoadBalancer(ctx, spec, existing, subnets, securityGroupId) {
    if (existing) {
        ctx.record({ action: 'keep', resource: 'load-balancer', name: spec.name, detail: existing.DNSName });
        return existing;
    }
    let created;
    if (!ctx.plan)
        created = await elbv2/* createLoadBalancer */.dh(ctx.clients.elbv2, {
            Name: spec.name,
            Type: 'application',
            Scheme: spec.scheme,
            IpAddressType: 'ipv4',
            Subnets: subnets,
            SecurityGroups: securityGroupId ? [securityGroupId] : [],
            Tags: elbv2/* toTagList */.s3(ctx.desired.tags),
        }, ctx.consistency);
    ctx.record({
        action: 'create',
        resource: 'load-balancer',
        name: spec.name,
        detail: `${spec.scheme}, subnets ${subnets.join(',')}`,
    });
    return created;
}
/** The service's URL, logged (with the load balancer's own address when a host rule needs DNS). */
function announceUrl(ctx, spec, lb) {
    if (!lb?.DNSName)
        return undefined;
    const https = spec.routingPort === 443;
    const conditions = spec.routing.kind === 'rule' ? spec.routing.conditions : undefined;
    const url = (0,infra_desired/* serviceUrl */.Rs)(lb.DNSName, https, conditions);
    ctx.log.info(`Service URL: ${url}`);
    if (conditions?.hostHeader.length)
        ctx.log.info(`Load balancer address: ${(0,infra_desired/* serviceUrl */.Rs)(lb.DNSName, https)} (the rule matches host ${conditions.hostHeader.join(', ')}; point DNS at the load balancer)`);
    return url;
}

;// CONCATENATED MODULE: ./src/infra/network.ts



/**
 * The VPC and subnets: from the subnets input, else the public subnets of the vpc-id input or of
 * the default VPC. The load balancer gets one subnet per availability zone, at least two.
 */
async function resolveNetwork(ctx) {
    const { vpcId, subnets: chosen } = ctx.desired.network.subnets.length > 0 ? await subnetsFromInput(ctx) : await subnetsOfVpc(ctx);
    const subnets = [...chosen].sort((a, b) => (a.AvailabilityZone ?? '').localeCompare(b.AvailabilityZone ?? '') ||
        (a.SubnetId ?? '').localeCompare(b.SubnetId ?? ''));
    // An Application Load Balancer takes at most one subnet per availability zone.
    const perZone = new Map();
    for (const s of subnets)
        if (s.AvailabilityZone && s.SubnetId && !perZone.has(s.AvailabilityZone))
            perZone.set(s.AvailabilityZone, s.SubnetId);
    if (ctx.desired.loadBalancer && perZone.size < 2)
        throw new Error(`${ctx.desired.network.subnets.length > 0 ? "Input 'subnets': a" : 'A'}n Application Load Balancer needs subnets in at least two availability zones; the subnets chosen (${subnets
            .map((s) => `${s.SubnetId} in ${s.AvailabilityZone}`)
            .join(', ')}) cover ${perZone.size}. Give subnets in two or more zones with the subnets input.`);
    const taskSubnets = subnets.map((s) => s.SubnetId);
    ctx.record({
        action: 'keep',
        resource: 'subnets',
        name: taskSubnets.join(','),
        detail: `zones ${[...perZone.keys()].join(', ')}`,
    });
    return { vpcId, taskSubnets, loadBalancerSubnets: [...perZone.values()] };
}
async function subnetsFromInput(ctx) {
    const net = ctx.desired.network;
    const region = ctx.config.region;
    let subnets;
    try {
        subnets = await describeSubnets(ctx.clients.ec2, { subnetIds: net.subnets });
    }
    catch (err) {
        // Real EC2 fails the whole call for one unknown id instead of leaving it out.
        if ((0,errors/* isAwsError */.m)(err, 'InvalidSubnetID.NotFound', 'InvalidSubnetID.Malformed'))
            throw new Error(`Input 'subnets': not found (${(0,util_errors/* errorMessage */.g)(err)}). Check the subnets input and the region (${region}).`);
        throw err;
    }
    const missing = net.subnets.filter((id) => !subnets.some((s) => s.SubnetId === id));
    if (missing.length > 0)
        throw new Error(`Input 'subnets': ${missing.join(', ')} not found. Check the subnets input and the region (${region}).`);
    const vpcs = [...new Set(subnets.map((s) => s.VpcId))];
    if (vpcs.length > 1)
        throw new Error(`Input 'subnets': the subnets belong to different VPCs (${vpcs.join(', ')}); give subnets of one VPC.`);
    if (net.vpcId && vpcs[0] !== net.vpcId)
        throw new Error(`Inputs 'subnets' and 'vpc-id' contradict: the subnets are in ${vpcs[0]}, not in ${net.vpcId}.`);
    const vpcId = vpcs[0];
    ctx.record({ action: 'keep', resource: 'vpc', name: vpcId, detail: 'from the subnets input' });
    return { vpcId, subnets };
}
async function subnetsOfVpc(ctx) {
    const net = ctx.desired.network;
    const vpcId = await chooseVpc(ctx);
    const all = await describeSubnets(ctx.clients.ec2, { vpcId });
    // A subnet that gives instances public addresses (or a default subnet) is what the console
    // calls public; checking the route tables for an internet gateway would need more permissions.
    const isPublic = (s) => s.MapPublicIpOnLaunch === true || s.DefaultForAz === true;
    const needsPublic = ctx.desired.loadBalancer?.scheme !== 'internal' || net.assignPublicIp;
    let subnets = all.filter(isPublic);
    if (subnets.length === 0 && !needsPublic)
        subnets = all;
    if (subnets.length === 0)
        throw new Error(`${net.vpcId ? "Input 'vpc-id': " : ''}VPC ${vpcId} has no public subnets (MapPublicIpOnLaunch or default for their zone); found ${all.length} subnets. Give the subnets input.`);
    return { vpcId, subnets };
}
/** The vpc-id input, checked, or the account's default VPC. */
async function chooseVpc(ctx) {
    const vpcId = ctx.desired.network.vpcId;
    const region = ctx.config.region;
    if (vpcId) {
        if (!(await describeVpc(ctx.clients.ec2, vpcId)))
            throw new Error(`Input 'vpc-id': ${vpcId} not found in ${region}.`);
        ctx.record({ action: 'keep', resource: 'vpc', name: vpcId, detail: 'from the vpc-id input' });
        return vpcId;
    }
    const vpc = await findDefaultVpc(ctx.clients.ec2);
    if (!vpc?.VpcId)
        throw new Error(`No vpc-id was given and the account has no default VPC in ${region}. Give vpc-id (and subnets) of the VPC to deploy into.`);
    ctx.record({ action: 'keep', resource: 'vpc', name: vpc.VpcId, detail: 'the default VPC' });
    return vpc.VpcId;
}

;// CONCATENATED MODULE: ./src/infra/references.ts









/**
 * Every AWS resource the inputs name, read and checked before anything is changed: the VPC and
 * subnets, the extra security groups, your target group, or the load balancer (its VPC, type and
 * scheme), the routing listener's default action and the rule priority. Only Describe calls; a bad
 * reference is an error that names its input.
 */
async function checkStackReferences(config, clients, opts) {
    const desired = (0,infra_desired/* desiredStack */.jM)(config);
    const ctx = new context/* StackContext */.U(config, clients, desired, { ...opts, plan: true });
    const network = await resolveNetwork(ctx);
    await checkExtraSecurityGroups(ctx, network.vpcId);
    const refs = { network, changes: ctx.changes };
    if (desired.loadBalancer)
        refs.loadBalancer = await checkLoadBalancer(ctx, desired.loadBalancer, network);
    else
        refs.ownTargetGroup = await useExistingTargetGroup(ctx, desired.existingTargetGroupArn, network.vpcId);
    return refs;
}
/** The load balancer the service goes behind, when it exists: in the tasks' VPC, an ALB of the right scheme. */
async function checkLoadBalancer(ctx, spec, network) {
    const client = ctx.clients.elbv2;
    const lb = await elbv2/* findLoadBalancerByName */.CN(client, spec.name);
    if (!lb?.LoadBalancerArn)
        return undefined;
    const input = ctx.config.loadBalancer.name ? "Input 'load-balancer-name'" : 'The load balancer';
    if (lb.Type && lb.Type !== 'application')
        throw new Error(`${input}: ${spec.name} exists as a ${lb.Type} load balancer; the action needs an Application Load Balancer. Choose another load-balancer-name.`);
    if (lb.VpcId && lb.VpcId !== network.vpcId)
        throw new Error(`${input}: ${spec.name} is in ${lb.VpcId} but the tasks' subnets are in ${network.vpcId}. Give subnets (or vpc-id) of ${lb.VpcId}, or another load-balancer-name.`);
    if (lb.Scheme !== spec.scheme)
        throw new Error(`${input}: ${spec.name} exists as ${lb.Scheme}, not ${spec.scheme}; a scheme cannot change. Choose another load-balancer-name or set load-balancer-scheme to ${lb.Scheme}.`);
    await checkRoutingListener(ctx, spec, lb.LoadBalancerArn, input);
    return lb;
}
/**
 * On an existing load balancer, the listener that will carry the service: its default action is not
 * another service's (default routing), and a fixed rule-priority is not taken by another rule.
 */
async function checkRoutingListener(ctx, spec, lbArn, input) {
    const client = ctx.clients.elbv2;
    const port = spec.routingPort;
    const listener = (await elbv2/* describeListeners */.Pd(client, lbArn)).find((l) => l.Port === port);
    if (!listener?.ListenerArn)
        return;
    const targetGroupArn = (await elbv2/* findTargetGroupByName */.cn(client, spec.targetGroup.name))?.TargetGroupArn;
    const name = `${spec.name}:${port}`;
    if (spec.routing.kind === 'default') {
        const tags = await elbv2/* describeTags */.FE(client, [listener.ListenerArn]);
        const managed = tags.get(listener.ListenerArn)?.[infra_desired/* MANAGED_BY_KEY */.oe] === infra_desired/* MANAGED_BY_VALUE */.Q9;
        const conflict = defaultActionConflict(name, listener, managed, {
            main: targetGroupArn,
            alternateName: (0,naming/* alternateTargetGroupName */.UN)(spec.targetGroup.name),
        });
        if (conflict)
            throw new Error(`${input}: ${conflict}`);
        return;
    }
    const priority = spec.routing.fixedPriority;
    if (priority === undefined)
        return;
    const rules = await nonDefaultRules(ctx, listener.ListenerArn);
    const mine = await findOwnRule(ctx, rules, targetGroupArn);
    const other = rules.find((r) => Number(r.Priority) === priority && r.RuleArn !== mine?.RuleArn);
    if (other)
        throw new Error(`Input 'rule-priority': priority ${priority} is already used on listener ${name} by a rule this service did not make (forwarding to ${elbv2/* forwardTargetGroupArns */.gS(other.Actions)
            .map((arn) => arn.split(':').pop())
            .join(', ') || other.Actions?.[0]?.Type}). Choose a free priority, or leave rule-priority empty to get one.`);
}

;// CONCATENATED MODULE: ./src/infra/stack.ts







/**
 * Makes everything the service needs exist, in dependency order: cluster, log group, network,
 * security groups, load balancer, target group, listeners, rule. The resources the inputs name are
 * read and checked first (`checked`, from the preflight, or read here): nothing is changed when one
 * is wrong. In plan mode only Describe calls are made and the changes say what would happen.
 */
async function ensureStack(config, clients, opts, checked) {
    // Every input problem surfaces here, before the first call that changes anything.
    const desired = (0,infra_desired/* desiredStack */.jM)(config);
    const refs = checked ?? (await checkStackReferences(config, clients, opts));
    const ctx = new context/* StackContext */.U(config, clients, desired, opts);
    const clusterArn = await ensureCluster(ctx);
    await ensureLogGroup(ctx);
    const network = refs.network;
    let service;
    if (desired.loadBalancer) {
        service = await ensureLoadBalancedService(ctx, desired.loadBalancer, network, refs.loadBalancer);
    }
    else {
        // Bring-your-own target group: the tasks admit whatever load balancers forward to it.
        const targetGroupArn = desired.existingTargetGroupArn;
        const { sources, loadBalancerArn } = refs.ownTargetGroup ?? { sources: [] };
        const taskGroupId = await ensureTaskSecurityGroup(ctx, network.vpcId, sources);
        service = { taskGroupId, targetGroupArn, loadBalancerArn };
    }
    const { taskGroupId, ...routing } = service;
    const errorAlarm = await ensureErrorAlarm(ctx, alarmTargets(routing));
    return {
        cluster: config.cluster,
        clusterArn,
        logGroup: desired.logGroup.name,
        subnets: network.taskSubnets,
        securityGroups: [...(taskGroupId ? [taskGroupId] : []), ...desired.extraSecurityGroups],
        assignPublicIp: desired.network.assignPublicIp,
        ...routing,
        ...(errorAlarm ? { errorAlarm } : {}),
        changes: [...refs.changes, ...ctx.changes],
    };
}
/** The target groups the error alarm counts: the service's one or two, with their load balancer. */
function alarmTargets(routing) {
    const { loadBalancerArn } = routing;
    if (!loadBalancerArn)
        return [];
    return ([routing.targetGroupArn, routing.alternateTargetGroupArn]
        .filter((arn) => arn !== undefined)
        // In a stable order: which group serves changes with every blue/green deployment, the alarm does not.
        .sort()
        .map((targetGroupArn) => ({ targetGroupArn, loadBalancerArn })));
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-application-auto-scaling/dist-es/endpoint/EndpointParameters.js
var endpoint_EndpointParameters = __webpack_require__(984);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-application-auto-scaling/dist-es/commandBuilder.js



const commandBuilder_command = (0,client.makeBuilder)(endpoint_EndpointParameters/* commonParams */.S, "AnyScaleFrontendService", "ApplicationAutoScalingClient", endpoints.getEndpointPlugin);
const commandBuilder_ep0 = {};
const commandBuilder_mw0 = (Command, cs, config, o) => [];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-application-auto-scaling/dist-es/schemas/schemas_0.js + 2 modules
var dist_es_schemas_schemas_0 = __webpack_require__(1289);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-application-auto-scaling/dist-es/commands/DescribeScalableTargetsCommand.js


class DescribeScalableTargetsCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "DescribeScalableTargets", dist_es_schemas_schemas_0/* DescribeScalableTargets$ */.TF) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-application-auto-scaling/dist-es/commands/RegisterScalableTargetCommand.js


class RegisterScalableTargetCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "RegisterScalableTarget", dist_es_schemas_schemas_0/* RegisterScalableTarget$ */.Io) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-application-auto-scaling/dist-es/commands/DescribeScalingPoliciesCommand.js


class DescribeScalingPoliciesCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "DescribeScalingPolicies", dist_es_schemas_schemas_0/* DescribeScalingPolicies$ */.DP) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-application-auto-scaling/dist-es/commands/PutScalingPolicyCommand.js


class PutScalingPolicyCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "PutScalingPolicy", dist_es_schemas_schemas_0/* PutScalingPolicy$ */.Zx) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-application-auto-scaling/dist-es/commands/DeleteScalingPolicyCommand.js


class DeleteScalingPolicyCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "DeleteScalingPolicy", dist_es_schemas_schemas_0/* DeleteScalingPolicy$ */.d1) {
}

;// CONCATENATED MODULE: ./src/aws/autoscaling.ts





/** Application Auto Scaling for ECS services: namespace `ecs`, dimension `ecs:service:DesiredCount`. */
const NAMESPACE = 'ecs';
const DIMENSION = 'ecs:service:DesiredCount';
function describeScalableTarget(client, resourceId) {
    return (0,paging/* findInPages */.hr)(async (token) => {
        const out = await client.send(new DescribeScalableTargetsCommand({
            ServiceNamespace: NAMESPACE,
            ResourceIds: [resourceId],
            ScalableDimension: DIMENSION,
            NextToken: token,
        }));
        return { items: out.ScalableTargets, next: out.NextToken };
    }, (t) => t.ResourceId === resourceId);
}
/**
 * Right after CreateService, Application Auto Scaling may not see the service yet (ValidationException
 * "ECS service doesn't exist"), nor assume its service-linked role the first time in an account
 * ("Unable to assume IAM role"). ConcurrentUpdateException is a pending update of the same target.
 */
function isScalableTargetNotYetReady(error) {
    if ((0,errors/* isAwsError */.m)(error, 'ConcurrentUpdateException'))
        return true;
    return ((0,errors/* isAwsError */.m)(error, 'ValidationException') &&
        /service doesn't exist|service does not exist|unable to assume iam role/i.test((0,util_errors/* errorMessage */.g)(error)));
}
/**
 * Right after RegisterScalableTarget, PutScalingPolicy may not see the target yet
 * (ObjectNotFoundException "No scalable target registered"), or the service-linked role may not yet
 * be allowed to read CloudWatch alarms (FailedResourceAccessException, IAM propagation).
 */
function isScalingPolicyTargetNotYetReady(error) {
    return ((0,errors/* isAwsError */.m)(error, 'ObjectNotFoundException', 'FailedResourceAccessException', 'ConcurrentUpdateException') || isScalableTargetNotYetReady(error));
}
async function registerScalableTarget(client, input, consistency) {
    await (0,aws_consistency/* untilVisible */.dr)(() => client.send(new RegisterScalableTargetCommand({
        ServiceNamespace: NAMESPACE,
        ScalableDimension: DIMENSION,
        ResourceId: input.resourceId,
        MinCapacity: input.minCapacity,
        MaxCapacity: input.maxCapacity,
        ...(input.tags ? { Tags: input.tags } : {}),
    })), isScalableTargetNotYetReady, consistency);
}
function describeScalingPolicies(client, resourceId) {
    return (0,paging/* allPages */.S4)(async (token) => {
        const out = await client.send(new DescribeScalingPoliciesCommand({
            ServiceNamespace: NAMESPACE,
            ResourceId: resourceId,
            ScalableDimension: DIMENSION,
            NextToken: token,
        }));
        return { items: out.ScalingPolicies, next: out.NextToken };
    });
}
async function putTargetTrackingPolicy(client, input, consistency) {
    await (0,aws_consistency/* untilVisible */.dr)(() => client.send(new PutScalingPolicyCommand({
        ServiceNamespace: NAMESPACE,
        ScalableDimension: DIMENSION,
        ResourceId: input.resourceId,
        PolicyName: input.policyName,
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: {
            TargetValue: input.targetValue,
            PredefinedMetricSpecification: {
                PredefinedMetricType: input.metric,
                ...(input.resourceLabel ? { ResourceLabel: input.resourceLabel } : {}),
            },
            ScaleInCooldown: input.scaleInCooldown,
            ScaleOutCooldown: input.scaleOutCooldown,
        },
    })), isScalingPolicyTargetNotYetReady, consistency);
}
async function deleteScalingPolicy(client, resourceId, policyName) {
    await client.send(new DeleteScalingPolicyCommand({
        ServiceNamespace: NAMESPACE,
        ScalableDimension: DIMENSION,
        ResourceId: resourceId,
        PolicyName: policyName,
    }));
}

// EXTERNAL MODULE: ./src/config/tags.ts
var tags = __webpack_require__(1189);
// EXTERNAL MODULE: ./src/infra/plan.ts
var plan = __webpack_require__(8187);
;// CONCATENATED MODULE: ./src/infra/scaling.ts







const OWN_POLICY_NAMES = Object.values(naming/* SCALING_POLICY_NAMES */.Od);
function actualPolicy(p) {
    const tt = p.TargetTrackingScalingPolicyConfiguration;
    return {
        metric: tt?.PredefinedMetricSpecification?.PredefinedMetricType,
        targetValue: tt?.TargetValue,
        resourceLabel: tt?.PredefinedMetricSpecification?.ResourceLabel,
        scaleInCooldown: tt?.ScaleInCooldown,
        scaleOutCooldown: tt?.ScaleOutCooldown,
    };
}
/**
 * The service's scalable target and target-tracking policies, after the service exists. Policies
 * the action named and no longer wants are deleted; any other policy on the service is left alone.
 */
async function ensureScaling(config, clients, target, opts) {
    const desired = (0,infra_desired/* desiredScaling */.Y_)(config, target);
    const changes = [];
    const record = (change) => {
        changes.push(change);
        opts.log.info(`${opts.plan && change.action !== 'keep' ? 'would ' : ''}${(0,plan/* planLine */.o)(change)}`);
    };
    const client = clients.autoscaling;
    const consistency = {
        sleep: opts.sleep,
        onRetry: (error, attempt) => opts.log.info(`Application Auto Scaling does not see the service or its target yet (${(0,util_errors/* errorMessage */.g)(error)}); try ${attempt + 1}`),
    };
    const actual = await describeScalableTarget(client, desired.resourceId);
    const policies = actual ? await describeScalingPolicies(client, desired.resourceId) : [];
    if (desired.enabled) {
        const bounds = `min ${desired.minCapacity}, max ${desired.maxCapacity}`;
        if (!actual) {
            if (!opts.plan)
                await registerScalableTarget(client, {
                    resourceId: desired.resourceId,
                    minCapacity: desired.minCapacity,
                    maxCapacity: desired.maxCapacity,
                    tags: (0,tags/* resourceTagMap */.TY)(config),
                }, consistency);
            record({ action: 'create', resource: 'scalable-target', name: desired.resourceId, detail: bounds });
        }
        else {
            const drift = scalableTargetDrift(desired, {
                minCapacity: actual.MinCapacity,
                maxCapacity: actual.MaxCapacity,
            });
            if (drift.length > 0 && !opts.plan)
                await registerScalableTarget(client, {
                    resourceId: desired.resourceId,
                    minCapacity: desired.minCapacity,
                    maxCapacity: desired.maxCapacity,
                }, consistency);
            record(changeFor('scalable-target', desired.resourceId, drift, bounds));
        }
        for (const spec of desired.policies) {
            const existing = policies.find((p) => p.PolicyName === spec.name);
            const drift = existing ? scalingPolicyDrift(spec, actualPolicy(existing)) : [];
            if ((!existing || drift.length > 0) && !opts.plan)
                await putTargetTrackingPolicy(client, {
                    resourceId: desired.resourceId,
                    policyName: spec.name,
                    metric: spec.metric,
                    targetValue: spec.targetValue,
                    resourceLabel: spec.resourceLabel,
                    scaleInCooldown: spec.scaleInCooldown,
                    scaleOutCooldown: spec.scaleOutCooldown,
                }, consistency);
            const detail = `${spec.metric} ${spec.targetValue}, cooldowns in ${spec.scaleInCooldown} s / out ${spec.scaleOutCooldown} s`;
            record(existing
                ? changeFor('scaling-policy', spec.name, drift, detail)
                : { action: 'create', resource: 'scaling-policy', name: spec.name, detail });
        }
    }
    const wanted = new Set(desired.policies.map((p) => p.name));
    for (const p of policies) {
        if (!p.PolicyName || !OWN_POLICY_NAMES.includes(p.PolicyName) || wanted.has(p.PolicyName))
            continue;
        if (!opts.plan)
            await deleteScalingPolicy(client, desired.resourceId, p.PolicyName);
        record({ action: 'delete', resource: 'scaling-policy', name: p.PolicyName, detail: 'no longer wanted' });
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/infra/index.ts
/** The infrastructure stack the deploy needs, made to exist before the service is deployed. */









/***/ },

/***/ 9720:
/***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ errorAlarmName),
/* harmony export */   IT: () => (/* binding */ targetGroupName),
/* harmony export */   MH: () => (/* binding */ loadBalancerName),
/* harmony export */   NM: () => (/* binding */ securityGroupName),
/* harmony export */   Od: () => (/* binding */ SCALING_POLICY_NAMES),
/* harmony export */   UN: () => (/* binding */ alternateTargetGroupName)
/* harmony export */ });
/* unused harmony exports shortHash, ALARM_NAME_PREFIX */
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9948);


/**
 * Names of the resources the action creates. Pure and deterministic: the same inputs give the same
 * names on every run, which is how a later run finds what an earlier one made.
 */
const HASH_LENGTH = 7;
/** A short stable hash: the first characters of the SHA-256 hex digest. */
function shortHash(text, length = HASH_LENGTH) {
    return (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, length);
}
/** Lower-cases, turns every run of invalid characters into one hyphen, trims hyphens at both ends. */
function slug(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '');
}
/**
 * Fits `parts` into an ELB name. When the joined slug is too long, a hash of the original parts
 * keeps two long names that share a prefix apart: `<prefix>-<hash>`. Short names stay readable.
 */
function fitElbName(parts, kind) {
    const joined = slug(parts.join('-'));
    let name = joined;
    if (name.length > _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__/* .ELB_NAME_MAX */ .TR || name.length === 0) {
        const hash = shortHash(parts.join('/'));
        const room = _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__/* .ELB_NAME_MAX */ .TR - hash.length - 1;
        const prefix = joined.slice(0, room).replace(/-+$/, '');
        name = prefix ? `${prefix}-${hash}` : hash;
    }
    if (kind === 'load balancer' && name.startsWith('internal-'))
        name = `lb-${name}`.slice(0, _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__/* .ELB_NAME_MAX */ .TR).replace(/-+$/, '');
    const problem = (0,_config_aws_limits__WEBPACK_IMPORTED_MODULE_1__/* .elbNameProblem */ .yq)(name, kind);
    if (problem)
        throw new Error(`Cannot derive a valid ${kind} name from '${parts.join('/')}': ${problem}.`);
    return name;
}
/** The target group of one service of one environment: `<cluster>-<service>-<environment>`, hashed when too long. */
function targetGroupName(cluster, service, environment) {
    return fitElbName([cluster, service, environment], 'target group');
}
/**
 * The load balancer: the name given (checked by the config, never rewritten, since it may name a
 * load balancer that already exists) or one derived from the cluster, so the services of a cluster share it.
 */
function loadBalancerName(cluster, given) {
    return given || fitElbName([cluster], 'load balancer');
}
/**
 * Security group names (up to 255 characters, never starting with `sg-`).
 * `load-balancer`: the group of a load balancer (shared by the services behind it), named after it.
 * `tasks`: the group of one service's tasks.
 */
function securityGroupName(kind, ids) {
    const base = kind === 'load-balancer'
        ? `${ids.loadBalancer ?? ''}-alb`
        : `${ids.cluster ?? ''}-${ids.service ?? ''}-tasks`;
    let name = base.replace(/[^A-Za-z0-9 ._\-:/()#,@[\]+=&;{}!$*]/g, '-');
    if (name.toLowerCase().startsWith('sg-'))
        name = `ecs-${name}`;
    if (name.length > _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_GROUP_NAME_MAX */ .Qs)
        name = `${name.slice(0, _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_GROUP_NAME_MAX */ .Qs - HASH_LENGTH - 1)}-${shortHash(base)}`;
    return name;
}
/** Scaling policy names the action owns; only these are ever deleted. */
const SCALING_POLICY_NAMES = {
    cpu: 'ecs-fargate-deploy-cpu',
    memory: 'ecs-fargate-deploy-memory',
    requests: 'ecs-fargate-deploy-requests',
};
/**
 * The alternate target group of blue/green, canary and linear deployments: the main group's name
 * and `-alt`, hashed when that would pass 32 characters. ECS swaps the two groups' roles from one
 * deployment to the next, so neither name says blue or green.
 */
function alternateTargetGroupName(mainName) {
    return fitElbName([mainName, 'alt'], 'target group');
}
/** The start of every alarm name the action owns (the IAM policies scope CloudWatch to it). */
const ALARM_NAME_PREFIX = 'ecs-fargate-deploy-';
/**
 * The service's error alarm: `ecs-fargate-deploy-<cluster>-<service>-<environment>-5xx`, the three
 * names hashed into the end when the whole would pass CloudWatch's 255 characters.
 */
function errorAlarmName(cluster, service, environment) {
    const name = `${ALARM_NAME_PREFIX}${cluster}-${service}-${environment}-5xx`;
    if (name.length <= _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__/* .ALARM_NAME_MAX */ .Ve)
        return name;
    const hash = shortHash([cluster, service, environment].join('/'));
    return `${name.slice(0, _config_aws_limits__WEBPACK_IMPORTED_MODULE_1__/* .ALARM_NAME_MAX */ .Ve - hash.length - 5)}-${hash}-5xx`;
}


/***/ }

};
;