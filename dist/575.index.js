"use strict";

exports.id = 575;

exports.ids = [ 575 ];

exports.modules = {
  3575: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      fromProcess: () => fromProcess
    });
    var config = __webpack_require__(7291);
    var external_node_child_process_ = __webpack_require__(1421);
    var external_node_util_ = __webpack_require__(7975);
    var client = __webpack_require__(5152);
    const getValidatedProcessCredentials = (profileName, data, profiles) => {
      if (data.Version !== 1) throw Error(`Profile ${profileName} credential_process did not return Version 1.`);
      if (data.AccessKeyId === void 0 || data.SecretAccessKey === void 0) throw Error(`Profile ${profileName} credential_process returned invalid credentials.`);
      if (data.Expiration) {
        const currentTime = new Date;
        const expireTime = new Date(data.Expiration);
        if (expireTime < currentTime) throw Error(`Profile ${profileName} credential_process returned expired credentials.`);
      }
      let accountId = data.AccountId;
      if (!accountId && profiles?.[profileName]?.aws_account_id) accountId = profiles[profileName].aws_account_id;
      const credentials = {
        accessKeyId: data.AccessKeyId,
        secretAccessKey: data.SecretAccessKey,
        ...data.SessionToken && {
          sessionToken: data.SessionToken
        },
        ...data.Expiration && {
          expiration: new Date(data.Expiration)
        },
        ...data.CredentialScope && {
          credentialScope: data.CredentialScope
        },
        ...accountId && {
          accountId: accountId
        }
      };
      (0, client.setCredentialFeature)(credentials, "CREDENTIALS_PROCESS", "w");
      return credentials;
    };
    const resolveProcessCredentials = async (profileName, profiles, logger) => {
      const profile = profiles[profileName];
      if (profiles[profileName]) {
        const credentialProcess = profile["credential_process"];
        if (credentialProcess !== void 0) {
          const execPromise = (0, external_node_util_.promisify)(config.externalDataInterceptor?.getTokenRecord?.().exec ?? external_node_child_process_.exec);
          try {
            const {stdout: stdout} = await execPromise(credentialProcess);
            let data;
            try {
              data = JSON.parse(stdout.trim());
            } catch {
              throw Error(`Profile ${profileName} credential_process returned invalid JSON.`);
            }
            return getValidatedProcessCredentials(profileName, data, profiles);
          } catch (error) {
            throw new config.CredentialsProviderError(error.message, {
              logger: logger
            });
          }
        } else throw new config.CredentialsProviderError(`Profile ${profileName} did not contain credential_process.`, {
          logger: logger
        });
      } else throw new config.CredentialsProviderError(`Profile ${profileName} could not be found in shared credentials file.`, {
        logger: logger
      });
    };
    const fromProcess = (init = {}) => async ({callerClientConfig: callerClientConfig} = {}) => {
      init.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");
      const profiles = await (0, config.parseKnownFiles)(init);
      return resolveProcessCredentials((0, config.getProfileName)({
        profile: init.profile ?? callerClientConfig?.profile
      }), profiles, init.logger);
    };
  }
};
