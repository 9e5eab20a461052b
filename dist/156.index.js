"use strict";

exports.id = 156;

exports.ids = [ 156 ];

exports.modules = {
  2775: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      buildAndPush: () => buildAndPush,
      ociLabels: () => ociLabels
    });
    var external_path_ = __webpack_require__(6928);
    var client = __webpack_require__(2658);
    var endpoints = __webpack_require__(2085);
    var EndpointParameters = __webpack_require__(942);
    const command = (0, client.makeBuilder)(EndpointParameters.S, "AmazonEC2ContainerRegistry_V20150921", "ECRClient", endpoints.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    var schemas_0 = __webpack_require__(4872);
    class CreateRepositoryCommand extends(command(_ep0, _mw0, "CreateRepository", schemas_0.D2Z)){}
    class PutImageTagMutabilityCommand extends(command(_ep0, _mw0, "PutImageTagMutability", schemas_0.BZp)){}
    class PutImageScanningConfigurationCommand extends(command(_ep0, _mw0, "PutImageScanningConfiguration", schemas_0.g_f)){}
    class PutLifecyclePolicyCommand extends(command(_ep0, _mw0, "PutLifecyclePolicy", schemas_0.QbX)){}
    class GetAuthorizationTokenCommand extends(command(_ep0, _mw0, "GetAuthorizationToken", schemas_0.phU)){}
    class DescribeImagesCommand extends(command(_ep0, _mw0, "DescribeImages", schemas_0.gyn)){}
    class DescribeRepositoriesCommand extends(command(_ep0, _mw0, "DescribeRepositories", schemas_0.aAD)){}
    class GetLifecyclePolicyCommand extends(command(_ep0, _mw0, "GetLifecyclePolicy", schemas_0.t6f)){}
    var errors = __webpack_require__(9378);
    const LIFECYCLE_POLICY_MARKER = 'managed by ecs-fargate-deploy';
    function lifecyclePolicyText(keepImages) {
      return JSON.stringify({
        rules: [ {
          rulePriority: 1,
          description: `Keep the last ${keepImages} images (${LIFECYCLE_POLICY_MARKER})`,
          selection: {
            tagStatus: 'any',
            countType: 'imageCountMoreThan',
            countNumber: keepImages
          },
          action: {
            type: 'expire'
          }
        } ]
      });
    }
    async function ensureRepository(ecr, name, opts) {
      const note = opts.onChange ?? (() => {});
      let repo = await describeRepository(ecr, name);
      let created = false;
      if (!repo) try {
        const out = await ecr.send(new CreateRepositoryCommand({
          repositoryName: name,
          imageTagMutability: 'IMMUTABLE',
          imageScanningConfiguration: {
            scanOnPush: opts.scanOnPush
          },
          tags: opts.tags.length ? opts.tags : void 0
        }));
        repo = out.repository;
        created = true;
      } catch (err) {
        if ((0, errors.I)(err) !== 'RepositoryAlreadyExistsException') throw err;
        repo = await describeRepository(ecr, name);
      }
      if (!repo?.repositoryUri) throw new Error(`ECR repository '${name}' has no URI after creation`);
      if (!created) {
        if (repo.imageTagMutability !== 'IMMUTABLE') {
          await ecr.send(new PutImageTagMutabilityCommand({
            repositoryName: name,
            imageTagMutability: 'IMMUTABLE'
          }));
          note(`ECR repository ${name}: image tags made immutable (were ${repo.imageTagMutability ?? 'MUTABLE'})`);
        }
        if ((repo.imageScanningConfiguration?.scanOnPush ?? false) !== opts.scanOnPush) {
          await ecr.send(new PutImageScanningConfigurationCommand({
            repositoryName: name,
            imageScanningConfiguration: {
              scanOnPush: opts.scanOnPush
            }
          }));
          note(`ECR repository ${name}: scan on push turned ${opts.scanOnPush ? 'on' : 'off'}`);
        }
      }
      const desired = lifecyclePolicyText(opts.keepImages);
      const current = created ? void 0 : await getLifecyclePolicy(ecr, name);
      if (current === void 0) {
        await ecr.send(new PutLifecyclePolicyCommand({
          repositoryName: name,
          lifecyclePolicyText: desired
        }));
        if (!created) note(`ECR repository ${name}: lifecycle policy added (keep the last ${opts.keepImages} images)`);
      } else if (!current.includes(LIFECYCLE_POLICY_MARKER)) note(`ECR repository ${name}: it has its own lifecycle policy, left as it is (ecr-keep-images not applied)`); else if (!sameJson(current, desired)) {
        await ecr.send(new PutLifecyclePolicyCommand({
          repositoryName: name,
          lifecyclePolicyText: desired
        }));
        note(`ECR repository ${name}: lifecycle policy now keeps the last ${opts.keepImages} images`);
      }
      return {
        repositoryUri: repo.repositoryUri,
        created: created
      };
    }
    async function getLoginCredentials(ecr, onSecret = () => {}) {
      const out = await ecr.send(new GetAuthorizationTokenCommand({}));
      const data = out.authorizationData?.[0];
      if (!data?.authorizationToken || !data.proxyEndpoint) throw new Error('ECR GetAuthorizationToken returned no authorization data');
      onSecret(data.authorizationToken);
      const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon <= 0) throw new Error('ECR authorization token is not in the form user:password');
      const password = decoded.slice(colon + 1);
      onSecret(password);
      return {
        registry: registryHost(data.proxyEndpoint),
        username: decoded.slice(0, colon),
        password: password
      };
    }
    async function imageDigest(ecr, repositoryName, tag) {
      try {
        const out = await ecr.send(new DescribeImagesCommand({
          repositoryName: repositoryName,
          imageIds: [ {
            imageTag: tag
          } ]
        }));
        const detail = out.imageDetails?.[0];
        return detail ? detail.imageDigest ?? '' : null;
      } catch (err) {
        if ([ 'ImageNotFoundException', 'RepositoryNotFoundException' ].includes((0, errors.I)(err))) return null;
        throw err;
      }
    }
    function registryHost(endpoint) {
      return endpoint.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
    }
    const ECR_IMAGE = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)(?::([^@]+))?(?:@(sha256:[0-9a-f]{64}))?$/;
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
      const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first === 'localhost');
      const registry = hasRegistry ? first : 'docker.io';
      const path = hasRegistry ? rest.slice(slash + 1) : rest;
      const colon = path.lastIndexOf(':');
      const tag = colon >= 0 ? path.slice(colon + 1) : void 0;
      const repository = colon >= 0 ? path.slice(0, colon) : path;
      return {
        registry: registry,
        repository: repository,
        tag: tag ?? (digest ? void 0 : 'latest'),
        digest: digest
      };
    }
    function isEcrImage(ref) {
      return ECR_IMAGE.test(ref);
    }
    async function describeRepository(ecr, name) {
      try {
        const out = await ecr.send(new DescribeRepositoriesCommand({
          repositoryNames: [ name ]
        }));
        return out.repositories?.[0];
      } catch (err) {
        if ((0, errors.I)(err) === 'RepositoryNotFoundException') return;
        throw err;
      }
    }
    async function getLifecyclePolicy(ecr, name) {
      try {
        const out = await ecr.send(new GetLifecyclePolicyCommand({
          repositoryName: name
        }));
        return out.lifecyclePolicyText;
      } catch (err) {
        if ((0, errors.I)(err) === 'LifecyclePolicyNotFoundException') return;
        throw err;
      }
    }
    function sameJson(a, b) {
      try {
        return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
      } catch {
        return false;
      }
    }
    var tags = __webpack_require__(1189);
    async function buildAndPush(config, deps) {
      const {clients: clients, docker: docker, log: log} = deps;
      if (config.image) return checkGivenImage(config.image, deps);
      const name = config.ecr.repository;
      const {repositoryUri: repositoryUri, created: created} = await ensureRepository(clients.ecr, name, {
        keepImages: config.ecr.keepImages,
        scanOnPush: config.ecr.scanOnPush,
        tags: (0, tags.iu)(config).map(t => ({
          Key: t.name,
          Value: t.value
        })),
        onChange: m => log.info(m)
      });
      log.info(created ? `Created ECR repository ${repositoryUri}` : `ECR repository ${repositoryUri}`);
      const tag = config.commitSha;
      const imageUri = `${repositoryUri}:${tag}`;
      const existing = await imageDigest(clients.ecr, name, tag);
      if (existing !== null) {
        log.info(`Image ${imageUri} is already in ECR (tags are immutable): not building or pushing it again.`);
        return {
          imageUri: imageUri,
          digest: existing || void 0,
          built: false
        };
      }
      const extraTags = [];
      for (const t of config.build.extraTags) {
        if (t === tag) continue;
        if (await imageDigest(clients.ecr, name, t) !== null) log.warning(`Tag '${t}' already exists in ${name} and tags are immutable there: not pushing it. Use a tag that is new for each build.`); else extraTags.push(t);
      }
      const creds = await getLoginCredentials(clients.ecr, s => deps.setSecret(s));
      await docker.login(creds.registry, creds.username, creds.password);
      const refs = [ imageUri, ...extraTags.map(t => `${repositoryUri}:${t}`) ];
      const context = external_path_.resolve(config.workspace, config.build.context);
      const dockerfile = external_path_.resolve(config.workspace, config.build.dockerfile);
      log.info(`Building ${refs.join(', ')} from ${external_path_.relative(config.workspace, context) || '.'}`);
      await docker.build({
        context: context,
        dockerfile: dockerfile,
        tags: refs,
        buildArgs: config.build.buildArgs,
        labels: ociLabels(config, (deps.now ?? (() => new Date))()),
        platform: config.build.platform,
        cacheFrom: config.build.cacheFrom,
        cacheTo: config.build.cacheTo
      });
      let digest;
      for (const [i, ref] of refs.entries()) {
        let pushed;
        try {
          pushed = await docker.push(ref);
        } catch (err) {
          const t = i === 0 ? tag : extraTags[i - 1];
          const there = await imageDigest(clients.ecr, name, t);
          if (there === null) throw err;
          log.warning(`Tag '${t}' appeared in ${name} while this run was building (tags are immutable there): using the image it holds${there ? ` (${there})` : ''}.`);
          digest = digest ?? (there || void 0);
          continue;
        }
        digest = digest ?? pushed.digest;
        log.info(`Pushed ${ref}${pushed.digest ? ` (${pushed.digest})` : ''}`);
      }
      return {
        imageUri: imageUri,
        digest: digest,
        built: true
      };
    }
    async function checkGivenImage(image, deps) {
      const {clients: clients, docker: docker, log: log} = deps;
      const ref = parseImageRef(image);
      let inEcr = isEcrImage(image);
      if (!inEcr) try {
        const creds = await getLoginCredentials(clients.ecr, s => deps.setSecret(s));
        inEcr = creds.registry === ref.registry;
      } catch (err) {
        log.debug(`No ECR registry to compare with: ${err.message}`);
      }
      let found;
      let digest;
      if (inEcr && ref.tag) {
        const d = await imageDigest(clients.ecr, ref.repository, ref.tag);
        found = d !== null;
        digest = d || void 0;
      } else {
        found = await docker.imageExists(image);
        digest = ref.digest;
      }
      if (!found) throw new Error(`Image ${image} was not found${inEcr ? ` in ECR repository '${ref.repository}'` : ''}: check the 'image' input (repository and tag), or leave it empty to build from the Dockerfile.`);
      log.info(`Deploying the existing image ${image}; nothing is built.`);
      return {
        imageUri: image,
        digest: digest,
        built: false
      };
    }
    function ociLabels(config, now) {
      const labels = new Map([ [ 'org.opencontainers.image.revision', config.commitSha ], [ 'org.opencontainers.image.created', now.toISOString() ] ]);
      if (config.repository) labels.set('org.opencontainers.image.source', `${config.serverUrl}/${config.repository}`);
      if (config.ref) labels.set('org.opencontainers.image.ref.name', config.ref);
      for (const l of config.build.labels) labels.set(l.name, l.value);
      return [ ...labels ].map(([name, value]) => ({
        name: name,
        value: value
      }));
    }
  }
};
