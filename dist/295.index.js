"use strict";
exports.id = 295;
exports.ids = [295];
exports.modules = {

/***/ 1295:
/***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getAccountId: () => (/* binding */ getAccountId)
});

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(8228);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sts/dist-es/commandBuilder.js



const command = (0,client.makeBuilder)(EndpointParameters/* commonParams */.S, "AWSSecurityTokenServiceV20110615", "STSClient", endpoints.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(5741);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sts/dist-es/commands/GetCallerIdentityCommand.js


class GetCallerIdentityCommand extends command(_ep0, _mw0, "GetCallerIdentity", schemas_0/* GetCallerIdentity$ */.ef) {
}

;// CONCATENATED MODULE: ./src/aws/sts.ts

/** The account the credentials belong to (for ${AWS_ACCOUNT_ID} and role ARNs in the task definition). */
async function getAccountId(sts) {
    const out = await sts.send(new GetCallerIdentityCommand({}));
    if (!out.Account)
        throw new Error('STS GetCallerIdentity returned no account id');
    return out.Account;
}


/***/ }

};
;