"use strict";
exports.id = 156;
exports.ids = [156];
exports.modules = {

/***/ 2775:
/***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildAndPush: () => (/* binding */ buildAndPush),
  ociLabels: () => (/* binding */ ociLabels)
});

// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(6928);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(942);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commandBuilder.js



const command = (0,client.makeBuilder)(EndpointParameters/* commonParams */.S, "AmazonEC2ContainerRegistry_V20150921", "ECRClient", endpoints.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(4872);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/CreateRepositoryCommand.js


class CreateRepositoryCommand extends command(_ep0, _mw0, "CreateRepository", schemas_0/* CreateRepository$ */.D2Z) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/PutImageTagMutabilityCommand.js


class PutImageTagMutabilityCommand extends command(_ep0, _mw0, "PutImageTagMutability", schemas_0/* PutImageTagMutability$ */.BZp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/PutImageScanningConfigurationCommand.js


class PutImageScanningConfigurationCommand extends command(_ep0, _mw0, "PutImageScanningConfiguration", schemas_0/* PutImageScanningConfiguration$ */.g_f) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/PutLifecyclePolicyCommand.js


class PutLifecyclePolicyCommand extends command(_ep0, _mw0, "PutLifecyclePolicy", schemas_0/* PutLifecyclePolicy$ */.QbX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/GetAuthorizationTokenCommand.js


class GetAuthorizationTokenCommand extends command(_ep0, _mw0, "GetAuthorizationToken", schemas_0/* GetAuthorizationToken$ */.phU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImagesCommand.js


class DescribeImagesCommand extends command(_ep0, _mw0, "DescribeImages", schemas_0/* DescribeImages$ */.gyn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeRepositoriesCommand.js


class DescribeRepositoriesCommand extends command(_ep0, _mw0, "DescribeRepositories", schemas_0/* DescribeRepositories$ */.aAD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/GetLifecyclePolicyCommand.js


class GetLifecyclePolicyCommand extends command(_ep0, _mw0, "GetLifecyclePolicy", schemas_0/* GetLifecyclePolicy$ */.t6f) {
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/ecr.ts


/** Marks the lifecycle policy as the action's own, so a policy written by someone else is never replaced. */
const LIFECYCLE_POLICY_MARKER = 'managed by ecs-fargate-deploy';
function lifecyclePolicyText(keepImages) {
    return JSON.stringify({
        rules: [
            {
                rulePriority: 1,
                description: `Keep the last ${keepImages} images (${LIFECYCLE_POLICY_MARKER})`,
                selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keepImages },
                action: { type: 'expire' },
            },
        ],
    });
}
/**
 * The repository exists with immutable tags (a commit's tag can never point at another image),
 * scan on push as asked, and a lifecycle policy keeping the last N images. Drift is corrected.
 */
async function ensureRepository(ecr, name, opts) {
    const note = opts.onChange ?? (() => undefined);
    let repo = await describeRepository(ecr, name);
    let created = false;
    if (!repo) {
        try {
            const out = await ecr.send(new CreateRepositoryCommand({
                repositoryName: name,
                imageTagMutability: 'IMMUTABLE',
                imageScanningConfiguration: { scanOnPush: opts.scanOnPush },
                tags: opts.tags.length ? opts.tags : undefined,
            }));
            repo = out.repository;
            created = true;
        }
        catch (err) {
            // Another run of the same workflow may have created it a moment ago.
            if ((0,errors/* errorName */.I)(err) !== 'RepositoryAlreadyExistsException')
                throw err;
            repo = await describeRepository(ecr, name);
        }
    }
    if (!repo?.repositoryUri)
        throw new Error(`ECR repository '${name}' has no URI after creation`);
    if (!created) {
        if (repo.imageTagMutability !== 'IMMUTABLE') {
            await ecr.send(new PutImageTagMutabilityCommand({ repositoryName: name, imageTagMutability: 'IMMUTABLE' }));
            note(`ECR repository ${name}: image tags made immutable (were ${repo.imageTagMutability ?? 'MUTABLE'})`);
        }
        if ((repo.imageScanningConfiguration?.scanOnPush ?? false) !== opts.scanOnPush) {
            await ecr.send(new PutImageScanningConfigurationCommand({
                repositoryName: name,
                imageScanningConfiguration: { scanOnPush: opts.scanOnPush },
            }));
            note(`ECR repository ${name}: scan on push turned ${opts.scanOnPush ? 'on' : 'off'}`);
        }
    }
    const desired = lifecyclePolicyText(opts.keepImages);
    const current = created ? undefined : await getLifecyclePolicy(ecr, name);
    if (current === undefined) {
        await ecr.send(new PutLifecyclePolicyCommand({ repositoryName: name, lifecyclePolicyText: desired }));
        if (!created)
            note(`ECR repository ${name}: lifecycle policy added (keep the last ${opts.keepImages} images)`);
    }
    else if (!current.includes(LIFECYCLE_POLICY_MARKER)) {
        note(`ECR repository ${name}: it has its own lifecycle policy, left as it is (ecr-keep-images not applied)`);
    }
    else if (!sameJson(current, desired)) {
        await ecr.send(new PutLifecyclePolicyCommand({ repositoryName: name, lifecyclePolicyText: desired }));
        note(`ECR repository ${name}: lifecycle policy now keeps the last ${opts.keepImages} images`);
    }
    return { repositoryUri: repo.repositoryUri, created };
}
/**
 * Registry credentials from GetAuthorizationToken. `onSecret` is called with the token and the password
 * before they are returned, so the caller masks them before anything can print them.
 */
async function getLoginCredentials(ecr, onSecret = () => undefined) {
    const out = await ecr.send(new GetAuthorizationTokenCommand({}));
    const data = out.authorizationData?.[0];
    if (!data?.authorizationToken || !data.proxyEndpoint) {
        throw new Error('ECR GetAuthorizationToken returned no authorization data');
    }
    onSecret(data.authorizationToken);
    const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        throw new Error('ECR authorization token is not in the form user:password');
    const password = decoded.slice(colon + 1);
    onSecret(password);
    return { registry: registryHost(data.proxyEndpoint), username: decoded.slice(0, colon), password };
}
/** Whether the repository holds an image with this tag; a missing repository holds none. */
async function imageExists(ecr, repositoryName, tag) {
    return (await imageDigest(ecr, repositoryName, tag)) !== null;
}
/** The digest of the image with this tag, or null when there is none. */
async function imageDigest(ecr, repositoryName, tag) {
    try {
        const out = await ecr.send(new DescribeImagesCommand({ repositoryName, imageIds: [{ imageTag: tag }] }));
        const detail = out.imageDetails?.[0];
        return detail ? (detail.imageDigest ?? '') : null;
    }
    catch (err) {
        if (['ImageNotFoundException', 'RepositoryNotFoundException'].includes((0,errors/* errorName */.I)(err)))
            return null;
        throw err;
    }
}
/** 'https://123.dkr.ecr.eu-west-1.amazonaws.com' -> '123.dkr.ecr.eu-west-1.amazonaws.com'. */
function registryHost(endpoint) {
    return endpoint.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
}
const ECR_IMAGE = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)(?::([^@]+))?(?:@(sha256:[0-9a-f]{64}))?$/;
/** Splits an image reference into registry host, repository and tag or digest. */
function parseImageRef(ref) {
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    // Docker's rule: the first component is a registry host when it has a '.' or ':' or is localhost.
    const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first === 'localhost');
    const registry = hasRegistry ? first : 'docker.io';
    const path = hasRegistry ? rest.slice(slash + 1) : rest;
    const colon = path.lastIndexOf(':');
    const tag = colon >= 0 ? path.slice(colon + 1) : undefined;
    const repository = colon >= 0 ? path.slice(0, colon) : path;
    return { registry, repository, tag: tag ?? (digest ? undefined : 'latest'), digest };
}
function isEcrImage(ref) {
    return ECR_IMAGE.test(ref);
}
async function describeRepository(ecr, name) {
    try {
        const out = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
        return out.repositories?.[0];
    }
    catch (err) {
        if ((0,errors/* errorName */.I)(err) === 'RepositoryNotFoundException')
            return undefined;
        throw err;
    }
}
async function getLifecyclePolicy(ecr, name) {
    try {
        const out = await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: name }));
        return out.lifecyclePolicyText;
    }
    catch (err) {
        if ((0,errors/* errorName */.I)(err) === 'LifecyclePolicyNotFoundException')
            return undefined;
        throw err;
    }
}
function sameJson(a, b) {
    try {
        return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/config/tags.ts
var tags = __webpack_require__(1189);
;// CONCATENATED MODULE: ./src/pipeline/build.ts



/**
 * The image to deploy: the given one after checking that it exists, or one built from the workspace
 * and pushed to ECR tagged with the commit SHA. Tags are immutable, so when the commit's tag is already
 * in the repository (a re-run) the existing image is used and nothing is built.
 */
async function buildAndPush(config, deps) {
    const { clients, docker, log } = deps;
    if (config.image)
        return checkGivenImage(config.image, deps);
    const name = config.ecr.repository;
    const { repositoryUri, created } = await ensureRepository(clients.ecr, name, {
        keepImages: config.ecr.keepImages,
        scanOnPush: config.ecr.scanOnPush,
        tags: (0,tags/* resourceTags */.iu)(config).map((t) => ({ Key: t.name, Value: t.value })),
        onChange: (m) => log.info(m),
    });
    log.info(created ? `Created ECR repository ${repositoryUri}` : `ECR repository ${repositoryUri}`);
    const tag = config.commitSha;
    const imageUri = `${repositoryUri}:${tag}`;
    const existing = await imageDigest(clients.ecr, name, tag);
    if (existing !== null) {
        log.info(`Image ${imageUri} is already in ECR (tags are immutable): not building or pushing it again.`);
        return { imageUri, digest: existing || undefined, built: false };
    }
    const extraTags = [];
    for (const t of config.build.extraTags) {
        if (t === tag)
            continue;
        if ((await imageDigest(clients.ecr, name, t)) !== null) {
            log.warning(`Tag '${t}' already exists in ${name} and tags are immutable there: not pushing it. Use a tag that is new for each build.`);
        }
        else {
            extraTags.push(t);
        }
    }
    const creds = await getLoginCredentials(clients.ecr, (s) => deps.setSecret(s));
    await docker.login(creds.registry, creds.username, creds.password);
    const refs = [imageUri, ...extraTags.map((t) => `${repositoryUri}:${t}`)];
    const context = external_path_.resolve(config.workspace, config.build.context);
    const dockerfile = external_path_.resolve(config.workspace, config.build.dockerfile);
    log.info(`Building ${refs.join(', ')} from ${external_path_.relative(config.workspace, context) || '.'}`);
    await docker.build({
        context,
        dockerfile,
        tags: refs,
        buildArgs: config.build.buildArgs,
        labels: ociLabels(config, (deps.now ?? (() => new Date()))()),
        platform: config.build.platform,
        cacheFrom: config.build.cacheFrom,
        cacheTo: config.build.cacheTo,
    });
    let digest;
    for (const [i, ref] of refs.entries()) {
        let pushed;
        try {
            pushed = await docker.push(ref);
        }
        catch (err) {
            // Another run of the same commit (a re-run, a second workflow) may have pushed the tag since
            // it was checked: ECR then refuses the push (ImageTagAlreadyExistsException, "tag invalid ...
            // cannot be overwritten because the repository is immutable"). The image it holds is fine to use.
            const t = i === 0 ? tag : extraTags[i - 1];
            const there = await imageDigest(clients.ecr, name, t);
            if (there === null)
                throw err;
            log.warning(`Tag '${t}' appeared in ${name} while this run was building (tags are immutable there): using the image it holds${there ? ` (${there})` : ''}.`);
            digest = digest ?? (there || undefined);
            continue;
        }
        digest = digest ?? pushed.digest;
        log.info(`Pushed ${ref}${pushed.digest ? ` (${pushed.digest})` : ''}`);
    }
    return { imageUri, digest, built: true };
}
/**
 * An image in ECR is checked with DescribeImages. So is one in the registry ECR itself reports
 * (a private endpoint or a local emulator), found by comparing hosts. Any other image is checked
 * with `docker manifest inspect`, which sees whatever registries the runner is logged in to.
 */
async function checkGivenImage(image, deps) {
    const { clients, docker, log } = deps;
    const ref = parseImageRef(image);
    let inEcr = isEcrImage(image);
    if (!inEcr) {
        try {
            const creds = await getLoginCredentials(clients.ecr, (s) => deps.setSecret(s));
            inEcr = creds.registry === ref.registry;
        }
        catch (err) {
            log.debug(`No ECR registry to compare with: ${err.message}`);
        }
    }
    let found;
    let digest;
    if (inEcr && ref.tag) {
        const d = await imageDigest(clients.ecr, ref.repository, ref.tag);
        found = d !== null;
        digest = d || undefined;
    }
    else {
        found = await docker.imageExists(image);
        digest = ref.digest;
    }
    if (!found) {
        throw new Error(`Image ${image} was not found${inEcr ? ` in ECR repository '${ref.repository}'` : ''}: check the 'image' input (repository and tag), or leave it empty to build from the Dockerfile.`);
    }
    log.info(`Deploying the existing image ${image}; nothing is built.`);
    return { imageUri: image, digest, built: false };
}
/** OCI annotations that tie the image to its commit, so `docker inspect` on any running task says where it came from. */
function ociLabels(config, now) {
    const labels = new Map([
        ['org.opencontainers.image.revision', config.commitSha],
        ['org.opencontainers.image.created', now.toISOString()],
    ]);
    if (config.repository)
        labels.set('org.opencontainers.image.source', `${config.serverUrl}/${config.repository}`);
    if (config.ref)
        labels.set('org.opencontainers.image.ref.name', config.ref);
    for (const l of config.build.labels)
        labels.set(l.name, l.value);
    return [...labels].map(([name, value]) => ({ name, value }));
}


/***/ }

};
;