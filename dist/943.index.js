"use strict";

exports.id = 943;

exports.ids = [ 943 ];

exports.modules = {
  8943: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      createGitHubApi: () => createGitHubApi
    });
    var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3228);
    const MAX_PAGES = 10;
    const PER_PAGE = 100;
    function splitRepository(repository) {
      const [owner, repo, ...rest] = repository.split('/');
      if (!owner || !repo || rest.length > 0) throw new Error(`GITHUB_REPOSITORY must be 'owner/name'; got '${repository}'.`);
      return {
        owner: owner,
        repo: repo
      };
    }
    function createGitHubApi(token, repository, baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com') {
      const octokit = (0, _actions_github__WEBPACK_IMPORTED_MODULE_0__.getOctokit)(token, {
        baseUrl: baseUrl
      });
      const {owner: owner, repo: repo} = splitRepository(repository);
      const bounded = () => {
        let pages = 0;
        return (response, done) => {
          if (++pages >= MAX_PAGES) done();
          return response.data;
        };
      };
      return {
        async listComments(issue) {
          const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner: owner,
            repo: repo,
            issue_number: issue,
            per_page: PER_PAGE
          }, bounded());
          return comments.map(c => ({
            id: c.id,
            body: c.body ?? ''
          }));
        },
        async createComment(issue, body) {
          const r = await octokit.rest.issues.createComment({
            owner: owner,
            repo: repo,
            issue_number: issue,
            body: body
          });
          return {
            id: r.data.id,
            body: r.data.body ?? body
          };
        },
        async updateComment(id, body) {
          await octokit.rest.issues.updateComment({
            owner: owner,
            repo: repo,
            comment_id: id,
            body: body
          });
        },
        async createDeployment(input) {
          const r = await octokit.rest.repos.createDeployment({
            owner: owner,
            repo: repo,
            ref: input.ref,
            environment: input.environment,
            description: input.description,
            transient_environment: input.transient,
            production_environment: input.production,
            auto_merge: false,
            required_contexts: []
          });
          const data = r.data;
          if (typeof data.id !== 'number') throw new Error(`GitHub did not create the deployment: ${data.message ?? `status ${r.status}`}`);
          return {
            id: data.id
          };
        },
        async listDeployments(environment) {
          const deployments = await octokit.paginate(octokit.rest.repos.listDeployments, {
            owner: owner,
            repo: repo,
            environment: environment,
            per_page: PER_PAGE
          }, bounded());
          return deployments.map(d => ({
            id: d.id,
            ref: d.ref
          }));
        },
        async createDeploymentStatus(id, input) {
          await octokit.rest.repos.createDeploymentStatus({
            owner: owner,
            repo: repo,
            deployment_id: id,
            state: input.state,
            ...input.environmentUrl ? {
              environment_url: input.environmentUrl
            } : {},
            ...input.logUrl ? {
              log_url: input.logUrl
            } : {},
            ...input.description ? {
              description: input.description.slice(0, 140)
            } : {}
          });
        },
        async listDeploymentStatuses(id) {
          const r = await octokit.rest.repos.listDeploymentStatuses({
            owner: owner,
            repo: repo,
            deployment_id: id,
            per_page: PER_PAGE
          });
          return r.data.map(s => ({
            state: s.state
          }));
        },
        async getPullRequest(n) {
          try {
            const r = await octokit.rest.pulls.get({
              owner: owner,
              repo: repo,
              pull_number: n
            });
            return {
              number: r.data.number,
              state: r.data.state === 'closed' ? 'closed' : 'open',
              labels: r.data.labels.map(l => l.name ?? '').filter(Boolean),
              headSha: r.data.head.sha,
              headRepo: r.data.head.repo?.full_name,
              baseRepo: r.data.base.repo.full_name
            };
          } catch (error) {
            if (error.status === 404) return;
            throw error;
          }
        }
      };
    }
  }
};
