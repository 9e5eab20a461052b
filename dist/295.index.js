"use strict";

exports.id = 295;

exports.ids = [ 295 ];

exports.modules = {
  1295: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      getAccountId: () => getAccountId
    });
    var client = __webpack_require__(2658);
    var endpoints = __webpack_require__(2085);
    var EndpointParameters = __webpack_require__(8228);
    const command = (0, client.makeBuilder)(EndpointParameters.S, "AWSSecurityTokenServiceV20110615", "STSClient", endpoints.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    var schemas_0 = __webpack_require__(5741);
    class GetCallerIdentityCommand extends(command(_ep0, _mw0, "GetCallerIdentity", schemas_0.ef)){}
    async function getAccountId(sts) {
      const out = await sts.send(new GetCallerIdentityCommand({}));
      if (!out.Account) throw new Error('STS GetCallerIdentity returned no account id');
      return out.Account;
    }
  }
};
