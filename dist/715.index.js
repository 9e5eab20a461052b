"use strict";

exports.id = 715;

exports.ids = [ 715 ];

exports.modules = {
  8715: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      fromTokenFile: () => fromTokenFile
    });
    var client = __webpack_require__(5152);
    var config = __webpack_require__(7291);
    var external_node_fs_ = __webpack_require__(3024);
    const fromWebToken = init => async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");
      const {roleArn: roleArn, roleSessionName: roleSessionName, webIdentityToken: webIdentityToken, providerId: providerId, policyArns: policyArns, policy: policy, durationSeconds: durationSeconds} = init;
      let {roleAssumerWithWebIdentity: roleAssumerWithWebIdentity} = init;
      if (!roleAssumerWithWebIdentity) {
        const {getDefaultRoleAssumerWithWebIdentity: getDefaultRoleAssumerWithWebIdentity} = await __webpack_require__.e(136).then(__webpack_require__.t.bind(__webpack_require__, 1136, 19));
        roleAssumerWithWebIdentity = getDefaultRoleAssumerWithWebIdentity({
          ...init.clientConfig,
          credentialProviderLogger: init.logger,
          parentClientConfig: {
            ...awsIdentityProperties?.callerClientConfig,
            ...init.parentClientConfig
          }
        }, init.clientPlugins);
      }
      return roleAssumerWithWebIdentity({
        RoleArn: roleArn,
        RoleSessionName: roleSessionName ?? `aws-sdk-js-session-${Date.now()}`,
        WebIdentityToken: webIdentityToken,
        ProviderId: providerId,
        PolicyArns: policyArns,
        Policy: policy,
        DurationSeconds: durationSeconds
      });
    };
    const ENV_TOKEN_FILE = "AWS_WEB_IDENTITY_TOKEN_FILE";
    const ENV_ROLE_ARN = "AWS_ROLE_ARN";
    const ENV_ROLE_SESSION_NAME = "AWS_ROLE_SESSION_NAME";
    const fromTokenFile = (init = {}) => async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");
      const webIdentityTokenFile = init?.webIdentityTokenFile ?? process.env[ENV_TOKEN_FILE];
      const roleArn = init?.roleArn ?? process.env[ENV_ROLE_ARN];
      const roleSessionName = init?.roleSessionName ?? process.env[ENV_ROLE_SESSION_NAME];
      if (!webIdentityTokenFile || !roleArn) throw new config.CredentialsProviderError("Web identity configuration not specified", {
        logger: init.logger
      });
      const credentials = await fromWebToken({
        ...init,
        webIdentityToken: config.externalDataInterceptor?.getTokenRecord?.()[webIdentityTokenFile] ?? (0, 
        external_node_fs_.readFileSync)(webIdentityTokenFile, {
          encoding: "ascii"
        }),
        roleArn: roleArn,
        roleSessionName: roleSessionName
      })(awsIdentityProperties);
      if (webIdentityTokenFile === process.env[ENV_TOKEN_FILE]) (0, client.setCredentialFeature)(credentials, "CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "h");
      return credentials;
    };
  }
};
