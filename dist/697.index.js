"use strict";
exports.id = 697;
exports.ids = [697];
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


/***/ },

/***/ 9697:
/***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPreview: () => (/* binding */ runPreview),
  runSweep: () => (/* binding */ runSweep),
  runTeardown: () => (/* binding */ runTeardown)
});

// UNUSED EXPORTS: PreviewRefusedError, sweepMarkdown

// EXTERNAL MODULE: ./src/github/comment.ts
var github_comment = __webpack_require__(7318);
;// CONCATENATED MODULE: ./src/github/deployment.ts
/** The GitHub environment of a preview: one per pull request, transient, never production. */
function previewEnvironment(pullRequest) {
    return `pr-${pullRequest}`;
}
async function startPreviewDeployment(api, input) {
    const { id } = await api.createDeployment({
        ref: input.ref,
        environment: previewEnvironment(input.pullRequest),
        description: input.description,
        transient: true,
        production: false,
    });
    await api.createDeploymentStatus(id, { state: 'in_progress', logUrl: input.logUrl });
    return id;
}
async function finishPreviewDeployment(api, id, input) {
    await api.createDeploymentStatus(id, input);
}
/**
 * Marks every deployment of the preview's environment inactive (a transient environment then shows
 * as destroyed). Deployments already inactive are skipped, so a second teardown sends nothing.
 */
async function deactivatePreviewDeployments(api, pullRequest) {
    let changed = 0;
    for (const d of await api.listDeployments(previewEnvironment(pullRequest))) {
        const latest = (await api.listDeploymentStatuses(d.id))[0];
        if (latest?.state === 'inactive')
            continue;
        await api.createDeploymentStatus(d.id, { state: 'inactive', description: 'Preview torn down' });
        changed++;
    }
    return changed;
}

// EXTERNAL MODULE: ./src/config/event.ts
var config_event = __webpack_require__(8906);
// EXTERNAL MODULE: ./src/pipeline/result.ts
var pipeline_result = __webpack_require__(3641);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/aws/ecs.ts + 15 modules
var ecs = __webpack_require__(2976);
// EXTERNAL MODULE: ./src/aws/elbv2.ts + 20 modules
var elbv2 = __webpack_require__(6677);
// EXTERNAL MODULE: ./src/infra/desired.ts
var desired = __webpack_require__(7484);
// EXTERNAL MODULE: ./src/config/aws-limits.ts
var aws_limits = __webpack_require__(9948);
// EXTERNAL MODULE: ./src/config/tags.ts
var config_tags = __webpack_require__(1189);
// EXTERNAL MODULE: ./src/infra/naming.ts
var naming = __webpack_require__(9720);
// EXTERNAL MODULE: ./src/pipeline/render.ts + 8 modules
var render = __webpack_require__(5362);
;// CONCATENATED MODULE: ./src/preview/names.ts




/**
 * Names and tags of a pull request's preview. Pure: the preview, teardown and sweep modes derive
 * the same names from the same inputs, which is how a later run finds what an earlier one made.
 */
// The preview's tag keys are reserved in the `tags` input, so they are declared with the config's tags.

function previewServiceName(service, pullRequest) {
    const name = `${service}-pr-${pullRequest}`;
    if (name.length > aws_limits/* ECS_NAME_MAX */.By)
        throw new Error(`The preview service name '${name.slice(0, 40)}...' would have ${name.length} characters (ECS allows ${aws_limits/* ECS_NAME_MAX */.By}); use a shorter service name.`);
    return name;
}
/** The environment of a preview: in its tags, its target group name and the task definition's ${ENVIRONMENT}. */
function previewEnvironmentName(pullRequest) {
    return `pr-${pullRequest}`;
}
function previewHost(pullRequest, domain) {
    return `pr-${pullRequest}.${domain}`;
}
/** Without a domain a preview is reached under this prefix of the shared load balancer. */
function previewPathPrefix(pullRequest) {
    return `/pr-${pullRequest}`;
}
function expiresAt(nowMs, ttlHours) {
    return new Date(nowMs + ttlHours * 3_600_000).toISOString();
}
/** Whether an expiry tag has passed. An unreadable one counts as not expired: the sweep never removes on a guess. */
function isExpired(expiry, nowMs) {
    if (!expiry)
        return false;
    const t = Date.parse(expiry);
    return Number.isFinite(t) && t <= nowMs;
}
function previewNames(config, pullRequest) {
    const service = previewServiceName(config.service, pullRequest);
    const environment = previewEnvironmentName(pullRequest);
    const defaultLogGroup = `/ecs/${config.cluster}/${config.service}`;
    const ownLogGroup = config.taskDefinition.logGroup === defaultLogGroup;
    return {
        pullRequest,
        cluster: config.cluster,
        service,
        environment,
        // A target group name is at most 32 characters; the naming module hashes longer ones stably.
        targetGroup: (0,naming/* targetGroupName */.IT)(config.cluster, service, environment),
        loadBalancer: config.loadBalancer.targetGroupArn
            ? undefined
            : (0,naming/* loadBalancerName */.MH)(config.cluster, config.loadBalancer.name),
        family: (0,render/* taskFamily */.Cy)({ cluster: config.cluster, service }),
        logGroup: ownLogGroup ? `/ecs/${config.cluster}/${service}` : config.taskDefinition.logGroup,
        ownLogGroup,
        hostHeader: config.preview.domain ? previewHost(pullRequest, config.preview.domain) : undefined,
        pathPrefix: config.preview.domain ? undefined : previewPathPrefix(pullRequest),
    };
}
/**
 * The configuration the deploy pipeline runs for a preview: its own service, target group and rule
 * (host or path) on the shared load balancer, one task of the smallest Fargate size, no autoscaling,
 * tagged with the repository, the pull request and the expiry.
 */
function previewDeployConfig(config, pullRequest, nowMs) {
    if (config.loadBalancer.targetGroupArn)
        throw new Error("A preview needs its own target group behind the shared load balancer; remove 'target-group-arn' for mode 'preview'.");
    const n = previewNames(config, pullRequest);
    const managedKeys = new Set(Object.values(config_tags/* PREVIEW_TAGS */.R0));
    const tags = [
        ...config.tags.filter((t) => !managedKeys.has(t.name)),
        { name: config_tags/* PREVIEW_TAGS */.R0.repository, value: config.repository },
        { name: config_tags/* PREVIEW_TAGS */.R0.pullRequest, value: String(pullRequest) },
        { name: config_tags/* PREVIEW_TAGS */.R0.expiresAt, value: expiresAt(nowMs, config.preview.ttlHours) },
        { name: config_tags/* PREVIEW_TAGS */.R0.previewOf, value: config.service },
    ];
    const environment = n.pathPrefix
        ? [
            ...config.taskDefinition.environment.filter((e) => e.name !== 'PATH_PREFIX'),
            { name: 'PATH_PREFIX', value: n.pathPrefix },
        ]
        : config.taskDefinition.environment;
    return {
        ...config,
        service: n.service,
        environment: n.environment,
        taskDefinition: {
            ...config.taskDefinition,
            cpu: '256',
            memory: '512',
            environment,
            logGroup: n.logGroup,
        },
        loadBalancer: {
            ...config.loadBalancer,
            hostHeader: n.hostHeader ? [n.hostHeader] : [],
            // The first pattern gives the URL (/pr-7/); the second catches the bare prefix without a slash.
            pathPattern: n.pathPrefix ? [`${n.pathPrefix}/*`, n.pathPrefix] : [],
            // A fixed priority or target group name of the main service must not be reused by every preview.
            rulePriority: undefined,
            targetGroupName: undefined,
        },
        autoScaling: { ...config.autoScaling, enabled: false },
        desiredCount: 1,
        tags,
    };
}

;// CONCATENATED MODULE: ./src/preview/find.ts




function isPreviewTagged(tags, names) {
    return (tags?.[desired/* MANAGED_BY_KEY */.oe] === desired/* MANAGED_BY_VALUE */.Q9 &&
        tags[config_tags/* PREVIEW_TAGS */.R0.pullRequest] === String(names.pullRequest));
}
/** Reads (never changes) the preview's rule, target group and service, and the load balancer around them. */
async function findPreview(clients, names) {
    const found = { listeners: [], rules: [], targetGroupManaged: false };
    const tg = await elbv2/* findTargetGroupByName */.cn(clients.elbv2, names.targetGroup);
    if (tg?.TargetGroupArn) {
        found.targetGroup = tg;
        const tags = (await elbv2/* describeTags */.FE(clients.elbv2, [tg.TargetGroupArn])).get(tg.TargetGroupArn);
        found.targetGroupManaged = tags?.[desired/* MANAGED_BY_KEY */.oe] === desired/* MANAGED_BY_VALUE */.Q9;
    }
    const lb = names.loadBalancer
        ? await elbv2/* findLoadBalancerByName */.CN(clients.elbv2, names.loadBalancer)
        : undefined;
    if (lb?.LoadBalancerArn) {
        found.loadBalancerArn = lb.LoadBalancerArn;
        found.listeners = await elbv2/* describeListeners */.Pd(clients.elbv2, lb.LoadBalancerArn);
        for (const l of found.listeners) {
            const rules = (await elbv2/* describeRules */.NH(clients.elbv2, l.ListenerArn)).filter((r) => !r.IsDefault);
            found.rules.push(...rules.map((rule) => ({ rule, listenerArn: l.ListenerArn })));
        }
        const tgArn = found.targetGroup?.TargetGroupArn;
        found.rule = tgArn
            ? found.rules.find((r) => elbv2/* forwardTargetGroupArns */.gS(r.rule.Actions).includes(tgArn))?.rule
            : undefined;
        if (!found.rule && found.rules.length > 0) {
            // The target group may be gone already (a teardown stopped half-way): find the rule by its tags.
            const tags = await elbv2/* describeTags */.FE(clients.elbv2, found.rules.map((r) => r.rule.RuleArn));
            found.rule = found.rules.find((r) => isPreviewTagged(tags.get(r.rule.RuleArn), names) &&
                tags.get(r.rule.RuleArn)?.service === names.service)?.rule;
        }
    }
    found.service = await (0,ecs/* describeService */.Jv)(clients.ecs, names.cluster, names.service);
    return found;
}

;// CONCATENATED MODULE: ./src/preview/limits.ts

/** The first free priority of the band, or undefined when every one is taken. */
function freePriority(taken, band) {
    const used = new Set(taken);
    for (let p = band[0]; p <= band[1]; p++)
        if (!used.has(p))
            return p;
    return undefined;
}
/** Every reason the preview cannot be created; empty when it fits. */
function capacityProblems(c) {
    const problems = [];
    if (!c.hasRule && c.rules >= aws_limits/* MAX_RULES_PER_LOAD_BALANCER */.NY)
        problems.push(`the load balancer already has ${c.rules} listener rules and AWS allows ${aws_limits/* MAX_RULES_PER_LOAD_BALANCER */.NY} (default rules excluded)`);
    if (!c.hasTargetGroup && c.targetGroups >= aws_limits/* MAX_TARGET_GROUPS_PER_LOAD_BALANCER */.kx)
        problems.push(`the load balancer already forwards to ${c.targetGroups} target groups and AWS allows ${aws_limits/* MAX_TARGET_GROUPS_PER_LOAD_BALANCER */.kx}`);
    if (!c.hasRule && freePriority(c.takenPriorities, c.band) === undefined)
        problems.push(`every rule priority of the preview band ${c.band[0]}-${c.band[1]} is taken (${c.band[1] - c.band[0] + 1} rules)`);
    return problems;
}
function capacityMessage(pullRequest, problems) {
    return (`No room for the preview of pull request #${pullRequest}: ${problems.join('; ')}. Nothing was created. ` +
        'Remove previews that are no longer needed (close their pull requests, or run the sweep mode), ' +
        "widen 'preview-priority-band', or use another load balancer ('load-balancer-name').");
}

;// CONCATENATED MODULE: ./src/preview/sweep.ts




/** Whether a resource's tags mark it as a preview of this scope; the pull request number when so. */
function previewOf(tags, scope) {
    if (!tags || tags[desired/* MANAGED_BY_KEY */.oe] !== desired/* MANAGED_BY_VALUE */.Q9)
        return undefined;
    if (tags[config_tags/* PREVIEW_TAGS */.R0.previewOf] !== scope.service)
        return undefined;
    const repo = tags[config_tags/* PREVIEW_TAGS */.R0.repository];
    if (repo && scope.repository && repo.toLowerCase() !== scope.repository.toLowerCase())
        return undefined;
    const n = Number(tags[config_tags/* PREVIEW_TAGS */.R0.pullRequest]);
    return Number.isInteger(n) && n > 0 ? n : undefined;
}
/** Merges sightings of previews: one entry per pull request, with the latest expiry (a push moves it on). */
function mergeSightings(sightings) {
    const byPr = new Map();
    for (const s of sightings) {
        const p = byPr.get(s.pullRequest) ?? { pullRequest: s.pullRequest, seenOn: [] };
        if (!p.seenOn.includes(s.resource))
            p.seenOn.push(s.resource);
        if (s.expiresAt && Number.isFinite(Date.parse(s.expiresAt)))
            if (!p.expiresAt || Date.parse(s.expiresAt) > Date.parse(p.expiresAt))
                p.expiresAt = s.expiresAt;
        byPr.set(s.pullRequest, p);
    }
    return [...byPr.values()].sort((a, b) => a.pullRequest - b.pullRequest);
}
/** Expired previews go; then those whose pull request is closed; an unknown state keeps the preview. */
function sweepDecision(p, nowMs, pullRequestState) {
    if (isExpired(p.expiresAt, nowMs))
        return { remove: true, reason: `expired at ${p.expiresAt}` };
    if (pullRequestState === 'closed')
        return { remove: true, reason: 'pull request closed' };
    if (pullRequestState === 'unknown')
        return {
            remove: false,
            reason: `pull request state unknown; expires ${p.expiresAt ?? 'never (no expiry tag)'}`,
        };
    return { remove: false, reason: `pull request open; expires ${p.expiresAt ?? 'never (no expiry tag)'}` };
}
/**
 * Finds the previews of a service by their tags on the load balancer's rules, on target groups
 * (a half torn-down preview may have lost its rule) and on the cluster's services.
 */
async function findPreviews(clients, where, scope) {
    const sightings = [];
    const see = (tags, resource) => {
        const n = previewOf(tags, scope);
        if (n !== undefined)
            sightings.push({ pullRequest: n, expiresAt: tags?.[config_tags/* PREVIEW_TAGS */.R0.expiresAt], resource });
    };
    if (where.loadBalancer) {
        const lb = await elbv2/* findLoadBalancerByName */.CN(clients.elbv2, where.loadBalancer);
        if (lb?.LoadBalancerArn) {
            const ruleArns = [];
            for (const l of await elbv2/* describeListeners */.Pd(clients.elbv2, lb.LoadBalancerArn))
                for (const r of await elbv2/* describeRules */.NH(clients.elbv2, l.ListenerArn))
                    if (!r.IsDefault && r.RuleArn)
                        ruleArns.push(r.RuleArn);
            for (const tags of (await elbv2/* describeTags */.FE(clients.elbv2, ruleArns)).values())
                see(tags, 'listener-rule');
        }
    }
    const tgArns = (await elbv2/* listTargetGroups */.CS(clients.elbv2))
        .map((t) => t.TargetGroupArn)
        .filter((a) => !!a);
    for (const tags of (await elbv2/* describeTags */.FE(clients.elbv2, tgArns)).values())
        see(tags, 'target-group');
    for (const s of await (0,ecs/* listServices */.TD)(clients.ecs, where.cluster))
        see((0,ecs/* ecsTags */.pH)(s.tags), 'ecs-service');
    return mergeSightings(sightings);
}

// EXTERNAL MODULE: ./src/aws/cloudwatch.ts + 4 modules
var cloudwatch = __webpack_require__(1394);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/log-groups.ts + 6 modules
var log_groups = __webpack_require__(7526);
;// CONCATENATED MODULE: ./src/preview/teardown.ts










/**
 * Removes one preview, in the order AWS requires: the rule first (a target group a rule forwards to
 * cannot be deleted), the service scaled to zero then deleted, the target group, the task definition
 * revisions, and the log group only when the action created it for this preview. Each step skips what
 * is missing, so a half-created preview is removed and a second teardown changes nothing.
 */
async function teardownPreview(clients, names, opts) {
    const steps = [];
    const record = (s) => {
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
    const absent = { resource: 'listener-rule', name: names.targetGroup, action: 'absent' };
    if (!found.rule?.RuleArn)
        return absent;
    try {
        await elbv2/* deleteRule */.k3(clients.elbv2, found.rule.RuleArn);
    }
    catch (err) {
        if (!(0,aws_errors/* isAwsError */.m)(err, 'RuleNotFound'))
            throw err;
        return absent;
    }
    return { ...absent, action: 'deleted', detail: `priority ${found.rule.Priority}` };
}
/** Scaled to zero first so that ECS stops the tasks, then deleted. */
async function removeService(clients, names, found) {
    const absent = { resource: 'ecs-service', name: names.service, action: 'absent' };
    const service = found.service;
    if (!service || service.status !== 'ACTIVE')
        return { ...absent, detail: service ? `already ${service.status?.toLowerCase()}` : undefined };
    if ((service.desiredCount ?? 0) > 0)
        await ecs/* scaleServiceToZero */.l3(clients.ecs, names.cluster, names.service);
    try {
        await ecs/* deleteService */.hs(clients.ecs, names.cluster, names.service);
    }
    catch (err) {
        if (!(0,aws_errors/* isAwsError */.m)(err, 'ServiceNotFoundException', 'ServiceNotActiveException'))
            throw err;
        return absent;
    }
    return { ...absent, action: 'deleted', detail: 'scaled to 0, tasks stopping' };
}
/** The preview's error alarm (rollback-on-errors), by its name. */
async function removeErrorAlarm(clients, names) {
    const name = (0,naming/* errorAlarmName */.Dx)(names.cluster, names.service, names.environment);
    const absent = { resource: 'alarm', name, action: 'absent' };
    if (!(await cloudwatch/* findMetricAlarm */.D6(clients.cloudwatch, name)))
        return absent;
    await cloudwatch/* deleteAlarms */.ic(clients.cloudwatch, [name]);
    return { ...absent, action: 'deleted' };
}
/** ELBv2 may still count the target group in use for a moment after the rule went (see deleteTargetGroup). */
async function removeTargetGroup(clients, names, found, opts) {
    const absent = { resource: 'target-group', name: names.targetGroup, action: 'absent' };
    const tgArn = found.targetGroup?.TargetGroupArn;
    if (!tgArn)
        return absent;
    if (!found.targetGroupManaged)
        return { ...absent, action: 'kept', detail: `not tagged ${desired/* MANAGED_BY_KEY */.oe}=${desired/* MANAGED_BY_VALUE */.Q9}` };
    let tries = 1;
    try {
        await elbv2/* deleteTargetGroup */.Gb(clients.elbv2, tgArn, {
            sleep: opts.sleep,
            random: opts.random,
            attempts: opts.targetGroupAttempts,
            onRetry: (_err, attempt) => {
                tries = attempt + 1;
                opts.log.info(`Target group ${names.targetGroup} is still in use (attempt ${attempt}); retrying.`);
            },
        });
    }
    catch (err) {
        if ((0,aws_errors/* isAwsError */.m)(err, 'TargetGroupNotFound'))
            return absent;
        throw new Error(`Could not delete target group ${names.targetGroup} after ${tries} attempt(s): ${(0,errors/* errorMessage */.g)(err)}. ` +
            'Run the teardown again in a few minutes (it skips what is already gone).');
    }
    return { ...absent, action: 'deleted' };
}
async function removeTaskDefinitions(clients, names) {
    const revisions = await ecs/* listActiveRevisions */.lD(clients.ecs, names.family);
    for (const arn of revisions)
        await ecs/* deregisterTaskDefinition */.T2(clients.ecs, arn);
    return {
        resource: 'task-definition',
        name: names.family,
        action: revisions.length > 0 ? 'deleted' : 'absent',
        detail: revisions.length > 0 ? `${revisions.length} revision(s) deregistered` : undefined,
    };
}
/** Only when the action created it for this very preview. */
async function removeLogGroup(clients, names, log) {
    const step = { resource: 'log-group', name: names.logGroup, action: 'absent' };
    const group = await (0,log_groups/* findLogGroup */.zq)(clients.logs, names.logGroup);
    if (!group)
        return step;
    let tags;
    try {
        tags = await (0,log_groups/* logGroupTags */.Vw)(clients.logs, group.logGroupArn ?? group.arn ?? '');
    }
    catch (err) {
        log.warning(`Could not read the tags of log group ${names.logGroup} (${(0,errors/* errorMessage */.g)(err)}); it is kept. Delete it by hand if it is the preview's.`);
    }
    if (tags &&
        tags[desired/* MANAGED_BY_KEY */.oe] === desired/* MANAGED_BY_VALUE */.Q9 &&
        tags[config_tags/* PREVIEW_TAGS */.R0.pullRequest] === String(names.pullRequest)) {
        await (0,log_groups/* deleteLogGroup */.Jj)(clients.logs, names.logGroup);
        return { ...step, action: 'deleted' };
    }
    return { ...step, action: 'kept', detail: tags ? 'not created by this preview' : 'tags unreadable' };
}
function teardownMarkdown(pullRequest, steps) {
    const lines = [
        `### Preview of #${pullRequest} torn down`,
        '',
        '| Resource | Name | Result |',
        '|---|---|---|',
    ];
    for (const s of steps)
        lines.push(`| ${s.resource} | \`${s.name.replace(/\|/g, '\\|')}\` | ${s.action}${s.detail ? ` (${s.detail.replace(/\|/g, '\\|')})` : ''} |`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/preview/run.ts












/** The run was deliberately not done (fork, label missing): the step ends without changing anything. */
class PreviewRefusedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PreviewRefusedError';
    }
}
/** A GitHub call that must not decide the outcome: the preview works (or is gone) even when the comment fails. */
async function bestEffort(log, what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        log.warning(`Could not ${what} on GitHub: ${(0,errors/* errorMessage */.g)(error)}`);
        return undefined;
    }
}
function pullRequestOf(config) {
    const n = config.preview.pullRequest;
    if (n === undefined)
        throw new Error(`Mode '${config.mode}' needs the pull request number (input 'pull-request').`);
    return n;
}
/** The event, when it is about this pull request; otherwise what the API says about it. */
async function pullRequestFacts(n, ctx, log) {
    if (ctx.event && ctx.event.number === n)
        return {
            labels: ctx.event.labels,
            headRepo: ctx.event.headRepo,
            baseRepo: ctx.event.baseRepo,
            headSha: ctx.event.headSha,
            known: true,
        };
    if (!ctx.github)
        return { known: false };
    const pr = await bestEffort(log, `read pull request #${n}`, () => ctx.github.getPullRequest(n));
    if (!pr)
        return { known: false };
    return {
        labels: pr.labels,
        headRepo: pr.headRepo,
        baseRepo: pr.baseRepo,
        headSha: pr.headSha,
        known: true,
    };
}
/**
 * Refuses forks (an error) and pull requests without the opt-in label (a skip: false) before any
 * AWS call; true when the preview may be deployed.
 */
async function previewAllowed(config, deps, n, facts) {
    const { log } = deps;
    if (facts.known &&
        (0,config_event/* isForkPullRequest */.B7)({ number: n, labels: [], headRepo: facts.headRepo, baseRepo: facts.baseRepo ?? config.repository }, config.repository)) {
        throw new PreviewRefusedError(`Pull request #${n} comes from ${facts.headRepo ? `the fork ${facts.headRepo}` : 'a fork that no longer exists'}: ` +
            "previews are never deployed for forks, because the fork's code would run with this repository's AWS role. Nothing was changed.");
    }
    const label = config.preview.label;
    if (!label)
        return true;
    if (!facts.labels) {
        log.warning(`Preview skipped: cannot tell whether pull request #${n} has the label '${label}' (no pull_request event and no readable pull request). Nothing was changed.`);
        return false;
    }
    if (!facts.labels.includes(label)) {
        log.info(`Preview skipped: pull request #${n} does not have the label '${label}' (preview-label). Add the label to deploy a preview. Nothing was changed.`);
        await deps
            .writeSummary(`### Preview skipped\n\nPull request #${n} does not have the label \`${label}\`; add it to get a preview.\n`)
            .catch(() => undefined);
        return false;
    }
    return true;
}
/**
 * Quotas first: a preview that does not fit must fail before the first resource exists. On a
 * problem, `onProblem` gets the message (for the comment) before the error is thrown.
 */
async function checkCapacity(config, deps, n, names, onProblem) {
    const { log } = deps;
    return log.group('Preview capacity', async () => {
        const f = await findPreview(deps.clients, names);
        const routingPort = config.loadBalancer.certificateArn ? 443 : 80;
        const routing = f.listeners.find((l) => l.Port === routingPort);
        const attached = f.loadBalancerArn ? await (0,elbv2/* listTargetGroups */.CS)(deps.clients.elbv2, f.loadBalancerArn) : [];
        const problems = capacityProblems({
            rules: f.rules.length,
            targetGroups: attached.length,
            takenPriorities: f.rules
                .filter((r) => r.listenerArn === routing?.ListenerArn)
                .map((r) => Number(r.rule.Priority)),
            band: config.preview.priorityBand,
            hasRule: !!f.rule,
            hasTargetGroup: attached.some((t) => t.TargetGroupArn === f.targetGroup?.TargetGroupArn),
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
/**
 * mode: preview. Refuses forks and pull requests without the opt-in label before any AWS call,
 * checks the load balancer's quotas before creating anything, then runs the deploy pipeline for the
 * preview's own service and reports to the pull request (one comment, one transient deployment).
 */
async function runPreview(config, deps, ctx) {
    const { log } = deps;
    const n = pullRequestOf(config);
    const names = previewNames(config, n);
    const facts = await pullRequestFacts(n, ctx, log);
    if (!(await previewAllowed(config, deps, n, facts)))
        return undefined;
    const previewConfig = previewDeployConfig(config, n, deps.now());
    const comment = {
        pullRequest: n,
        status: 'deploying',
        service: names.service,
        cluster: names.cluster,
        commitSha: facts.headSha ?? config.commitSha,
        expiresAt: expiresAt(deps.now(), config.preview.ttlHours),
        pathPrefix: names.pathPrefix,
        runUrl: ctx.runUrl,
    };
    const github = ctx.github;
    const publish = async () => {
        if (!github)
            return;
        await bestEffort(log, 'update the preview comment', () => (0,github_comment/* upsertPreviewComment */.dX)(github, n, (0,github_comment/* previewCommentBody */.AF)(comment)));
    };
    const found = await checkCapacity(config, deps, n, names, async (problem) => {
        comment.status = 'failed';
        comment.failure = problem;
        await publish();
    });
    await publish();
    const deploymentId = github
        ? await bestEffort(log, 'create the deployment', () => startPreviewDeployment(github, {
            pullRequest: n,
            ref: facts.headSha ?? config.commitSha ?? config.ref,
            description: `Preview of #${n} (${names.service})`,
            logUrl: ctx.runUrl,
        }))
        : undefined;
    let result;
    let failure;
    try {
        result = await ctx.deploy(previewConfig, deps);
    }
    catch (error) {
        failure = error;
        result = error instanceof pipeline_result/* RunFailedError */.fg ? error.result : undefined;
    }
    comment.url = result?.url;
    comment.image = result?.imageUri;
    if (failure === undefined) {
        comment.status = 'ready';
        await refreshExpiry(deps, names, found.service?.serviceArn ?? result?.serviceArn, previewConfig, log);
    }
    else {
        comment.status = 'failed';
        comment.failure = result?.failure ?? (0,errors/* errorMessage */.g)(failure);
        comment.digest = result?.digest;
    }
    await publish();
    if (github && deploymentId !== undefined)
        await bestEffort(log, 'set the deployment status', () => finishPreviewDeployment(github, deploymentId, {
            state: failure === undefined ? 'success' : 'failure',
            environmentUrl: result?.url,
            logUrl: ctx.runUrl,
            description: failure === undefined ? 'Preview ready' : (comment.failure ?? 'Preview failed'),
        }));
    if (failure !== undefined)
        throw failure;
    return result;
}
/** Moves the expiry on with every push: a preview that is worked on is not swept. */
async function refreshExpiry(deps, names, serviceArn, config, log) {
    const expiry = config.tags.find((t) => t.name === config_tags/* PREVIEW_TAGS */.R0.expiresAt)?.value;
    if (!expiry)
        return;
    try {
        const f = await findPreview(deps.clients, names);
        const tags = { [config_tags/* PREVIEW_TAGS */.R0.expiresAt]: expiry };
        const arns = [f.rule?.RuleArn, f.targetGroup?.TargetGroupArn].filter((a) => !!a);
        await (0,elbv2/* addTags */.JE)(deps.clients.elbv2, arns, tags);
        const arn = f.service?.serviceArn ?? serviceArn;
        if (arn)
            await (0,ecs/* tagResource */.FT)(deps.clients.ecs, arn, tags);
        log.info(`Preview expires ${expiry}.`);
    }
    catch (error) {
        log.warning(`Could not move the preview's expiry to ${expiry}: ${(0,errors/* errorMessage */.g)(error)}`);
    }
}
/** mode: teardown. Removes the preview's AWS resources, then marks the deployment inactive and the comment torn down. */
async function runTeardown(config, deps, ctx, reason = 'the pull request was closed') {
    const n = pullRequestOf(config);
    return teardownOne(config, deps, ctx, n, reason, true);
}
async function teardownOne(config, deps, ctx, n, reason, summary) {
    const { log } = deps;
    const names = previewNames(config, n);
    const steps = await log.group(`Teardown of the preview of #${n}`, () => teardownPreview(deps.clients, names, { log, sleep: deps.sleep }));
    const github = ctx.github;
    if (github) {
        const inactive = await bestEffort(log, 'mark the deployment inactive', () => deactivatePreviewDeployments(github, n));
        if (inactive)
            log.info(`Marked ${inactive} deployment(s) of environment pr-${n} inactive.`);
        const body = (0,github_comment/* previewCommentBody */.AF)({
            pullRequest: n,
            status: 'torn-down',
            service: names.service,
            cluster: names.cluster,
            note: `Removed because ${reason}.`,
        });
        const r = await bestEffort(log, 'update the preview comment', () => (0,github_comment/* upsertPreviewComment */.dX)(github, n, body, { createIfMissing: false }));
        if (r?.action === 'updated')
            log.info('Preview comment updated: torn down.');
    }
    if (summary)
        await deps
            .writeSummary(teardownMarkdown(n, steps))
            .catch((e) => log.warning(`Could not write the job summary: ${(0,errors/* errorMessage */.g)(e)}`));
    return steps;
}
/** mode: sweep. Removes the service's previews whose expiry passed or whose pull request is closed. */
async function runSweep(config, deps, ctx) {
    const { log } = deps;
    const names = previewNames(config, 1);
    const previews = await log.group('Find previews', async () => {
        const found = await findPreviews(deps.clients, { cluster: config.cluster, loadBalancer: names.loadBalancer }, { service: config.service, repository: config.repository });
        log.info(`${found.length} preview(s) of ${config.service}: ${found.map((p) => `#${p.pullRequest}`).join(', ') || 'none'}`);
        return found;
    });
    const report = { removed: [], kept: [], failed: [] };
    for (const p of previews) {
        let state = 'unknown';
        if (ctx.github) {
            const pr = await bestEffort(log, `read pull request #${p.pullRequest}`, () => ctx.github.getPullRequest(p.pullRequest));
            if (pr)
                state = pr.state;
        }
        const decision = sweepDecision(p, deps.now(), state);
        if (!decision.remove) {
            log.info(`#${p.pullRequest}: kept (${decision.reason})`);
            report.kept.push({ pullRequest: p.pullRequest, reason: decision.reason });
            continue;
        }
        log.info(`#${p.pullRequest}: removing (${decision.reason})`);
        try {
            await teardownOne(config, deps, ctx, p.pullRequest, decision.reason, false);
            report.removed.push({ pullRequest: p.pullRequest, reason: decision.reason });
        }
        catch (error) {
            // One preview that cannot be removed now must not keep the others.
            log.error(`#${p.pullRequest}: ${(0,errors/* errorMessage */.g)(error)}`);
            report.failed.push({ pullRequest: p.pullRequest, error: (0,errors/* errorMessage */.g)(error) });
        }
    }
    await deps
        .writeSummary(sweepMarkdown(config.service, report))
        .catch((e) => log.warning(`Could not write the job summary: ${(0,errors/* errorMessage */.g)(e)}`));
    log.info(`Sweep: ${report.removed.length} removed, ${report.kept.length} kept, ${report.failed.length} failed.`);
    if (report.failed.length > 0)
        throw new Error(`The sweep could not remove ${report.failed.map((f) => `#${f.pullRequest}`).join(', ')}: ${report.failed[0].error}`);
    return report;
}
function sweepMarkdown(service, r) {
    const lines = [`### Preview sweep of ${service}`, ''];
    if (r.removed.length + r.kept.length + r.failed.length === 0)
        lines.push('No previews found.');
    else {
        lines.push('| Pull request | Result | Why |', '|---|---|---|');
        for (const x of r.removed)
            lines.push(`| #${x.pullRequest} | removed | ${x.reason} |`);
        for (const x of r.failed)
            lines.push(`| #${x.pullRequest} | failed | ${x.error.replace(/\|/g, '\\|')} |`);
        for (const x of r.kept)
            lines.push(`| #${x.pullRequest} | kept | ${x.reason} |`);
    }
    return lines.join('\n') + '\n';
}


/***/ }

};
;