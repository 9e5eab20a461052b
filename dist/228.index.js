exports.id = 228;

exports.ids = [ 228 ];

exports.modules = {
  1648: (__unused_webpack_module, exports, __webpack_require__) => {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.Context = void 0;
    const fs_1 = __webpack_require__(9896);
    const os_1 = __webpack_require__(857);
    class Context {
      constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) if ((0, fs_1.existsSync)(process.env.GITHUB_EVENT_PATH)) this.payload = JSON.parse((0, 
        fs_1.readFileSync)(process.env.GITHUB_EVENT_PATH, {
          encoding: 'utf8'
        })); else {
          const path = process.env.GITHUB_EVENT_PATH;
          process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${os_1.EOL}`);
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
      }
      get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), {
          number: (payload.issue || payload.pull_request || payload).number
        });
      }
      get repo() {
        if (process.env.GITHUB_REPOSITORY) {
          const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
          return {
            owner: owner,
            repo: repo
          };
        }
        if (this.payload.repository) return {
          owner: this.payload.repository.owner.login,
          repo: this.payload.repository.name
        };
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
      }
    }
    exports.Context = Context;
  },
  3228: function(__unused_webpack_module, exports, __webpack_require__) {
    "use strict";
    var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) desc = {
        enumerable: true,
        get: function() {
          return m[k];
        }
      };
      Object.defineProperty(o, k2, desc);
    } : function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    });
    var __setModuleDefault = this && this.__setModuleDefault || (Object.create ? function(o, v) {
      Object.defineProperty(o, "default", {
        enumerable: true,
        value: v
      });
    } : function(o, v) {
      o["default"] = v;
    });
    var __importStar = this && this.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.getOctokit = exports.context = void 0;
    const Context = __importStar(__webpack_require__(1648));
    const utils_1 = __webpack_require__(8006);
    exports.context = new Context.Context;
    function getOctokit(token, options, ...additionalPlugins) {
      const GitHubWithPlugins = utils_1.GitHub.plugin(...additionalPlugins);
      return new GitHubWithPlugins((0, utils_1.getOctokitOptions)(token, options));
    }
    exports.getOctokit = getOctokit;
  },
  5156: function(__unused_webpack_module, exports, __webpack_require__) {
    "use strict";
    var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) desc = {
        enumerable: true,
        get: function() {
          return m[k];
        }
      };
      Object.defineProperty(o, k2, desc);
    } : function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    });
    var __setModuleDefault = this && this.__setModuleDefault || (Object.create ? function(o, v) {
      Object.defineProperty(o, "default", {
        enumerable: true,
        value: v
      });
    } : function(o, v) {
      o["default"] = v;
    });
    var __importStar = this && this.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      __setModuleDefault(result, mod);
      return result;
    };
    var __awaiter = this && this.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve) {
          resolve(value);
        });
      }
      return new (P || (P = Promise))(function(resolve, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.getApiBaseUrl = exports.getProxyFetch = exports.getProxyAgentDispatcher = exports.getProxyAgent = exports.getAuthString = void 0;
    const httpClient = __importStar(__webpack_require__(4844));
    const undici_1 = __webpack_require__(6752);
    function getAuthString(token, options) {
      if (!token && !options.auth) throw new Error('Parameter token or opts.auth is required'); else if (token && options.auth) throw new Error('Parameters token and opts.auth may not both be specified');
      return typeof options.auth === 'string' ? options.auth : `token ${token}`;
    }
    exports.getAuthString = getAuthString;
    function getProxyAgent(destinationUrl) {
      const hc = new httpClient.HttpClient;
      return hc.getAgent(destinationUrl);
    }
    exports.getProxyAgent = getProxyAgent;
    function getProxyAgentDispatcher(destinationUrl) {
      const hc = new httpClient.HttpClient;
      return hc.getAgentDispatcher(destinationUrl);
    }
    exports.getProxyAgentDispatcher = getProxyAgentDispatcher;
    function getProxyFetch(destinationUrl) {
      const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
      const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function*() {
        return (0, undici_1.fetch)(url, Object.assign(Object.assign({}, opts), {
          dispatcher: httpDispatcher
        }));
      });
      return proxyFetch;
    }
    exports.getProxyFetch = getProxyFetch;
    function getApiBaseUrl() {
      return process.env['GITHUB_API_URL'] || 'https://api.github.com';
    }
    exports.getApiBaseUrl = getApiBaseUrl;
  },
  8006: function(__unused_webpack_module, exports, __webpack_require__) {
    "use strict";
    var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) desc = {
        enumerable: true,
        get: function() {
          return m[k];
        }
      };
      Object.defineProperty(o, k2, desc);
    } : function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    });
    var __setModuleDefault = this && this.__setModuleDefault || (Object.create ? function(o, v) {
      Object.defineProperty(o, "default", {
        enumerable: true,
        value: v
      });
    } : function(o, v) {
      o["default"] = v;
    });
    var __importStar = this && this.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.getOctokitOptions = exports.GitHub = exports.defaults = exports.context = void 0;
    const Context = __importStar(__webpack_require__(1648));
    const Utils = __importStar(__webpack_require__(5156));
    const core_1 = __webpack_require__(8133);
    const plugin_rest_endpoint_methods_1 = __webpack_require__(7048);
    const plugin_paginate_rest_1 = __webpack_require__(5996);
    exports.context = new Context.Context;
    const baseUrl = Utils.getApiBaseUrl();
    exports.defaults = {
      baseUrl: baseUrl,
      request: {
        agent: Utils.getProxyAgent(baseUrl),
        fetch: Utils.getProxyFetch(baseUrl)
      }
    };
    exports.GitHub = core_1.Octokit.plugin(plugin_rest_endpoint_methods_1.restEndpointMethods, plugin_paginate_rest_1.paginateRest).defaults(exports.defaults);
    function getOctokitOptions(token, options) {
      const opts = Object.assign({}, options || {});
      const auth = Utils.getAuthString(token, opts);
      if (auth) opts.auth = auth;
      return opts;
    }
    exports.getOctokitOptions = getOctokitOptions;
  },
  4844: function(__unused_webpack_module, exports, __webpack_require__) {
    "use strict";
    var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) desc = {
        enumerable: true,
        get: function() {
          return m[k];
        }
      };
      Object.defineProperty(o, k2, desc);
    } : function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    });
    var __setModuleDefault = this && this.__setModuleDefault || (Object.create ? function(o, v) {
      Object.defineProperty(o, "default", {
        enumerable: true,
        value: v
      });
    } : function(o, v) {
      o["default"] = v;
    });
    var __importStar = this && this.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      __setModuleDefault(result, mod);
      return result;
    };
    var __awaiter = this && this.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve) {
          resolve(value);
        });
      }
      return new (P || (P = Promise))(function(resolve, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.HttpClient = exports.isHttps = exports.HttpClientResponse = exports.HttpClientError = exports.getProxyUrl = exports.MediaTypes = exports.Headers = exports.HttpCodes = void 0;
    const http = __importStar(__webpack_require__(8611));
    const https = __importStar(__webpack_require__(5692));
    const pm = __importStar(__webpack_require__(4988));
    const tunnel = __importStar(__webpack_require__(770));
    const undici_1 = __webpack_require__(6752);
    var HttpCodes;
    (function(HttpCodes) {
      HttpCodes[HttpCodes["OK"] = 200] = "OK";
      HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
      HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
      HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
      HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
      HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
      HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
      HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
      HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
      HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
      HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
      HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
      HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
      HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
      HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
      HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
      HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
      HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
      HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
      HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
      HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
      HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
      HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
      HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
      HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
      HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
      HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
    })(HttpCodes || (exports.HttpCodes = HttpCodes = {}));
    var Headers;
    (function(Headers) {
      Headers["Accept"] = "accept";
      Headers["ContentType"] = "content-type";
    })(Headers || (exports.Headers = Headers = {}));
    var MediaTypes;
    (function(MediaTypes) {
      MediaTypes["ApplicationJson"] = "application/json";
    })(MediaTypes || (exports.MediaTypes = MediaTypes = {}));
    function getProxyUrl(serverUrl) {
      const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
      return proxyUrl ? proxyUrl.href : '';
    }
    exports.getProxyUrl = getProxyUrl;
    const HttpRedirectCodes = [ HttpCodes.MovedPermanently, HttpCodes.ResourceMoved, HttpCodes.SeeOther, HttpCodes.TemporaryRedirect, HttpCodes.PermanentRedirect ];
    const HttpResponseRetryCodes = [ HttpCodes.BadGateway, HttpCodes.ServiceUnavailable, HttpCodes.GatewayTimeout ];
    const RetryableHttpVerbs = [ 'OPTIONS', 'GET', 'DELETE', 'HEAD' ];
    const ExponentialBackoffCeiling = 10;
    const ExponentialBackoffTimeSlice = 5;
    class HttpClientError extends Error {
      constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
      }
    }
    exports.HttpClientError = HttpClientError;
    class HttpClientResponse {
      constructor(message) {
        this.message = message;
      }
      readBody() {
        return __awaiter(this, void 0, void 0, function*() {
          return new Promise(resolve => __awaiter(this, void 0, void 0, function*() {
            let output = Buffer.alloc(0);
            this.message.on('data', chunk => {
              output = Buffer.concat([ output, chunk ]);
            });
            this.message.on('end', () => {
              resolve(output.toString());
            });
          }));
        });
      }
      readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function*() {
          return new Promise(resolve => __awaiter(this, void 0, void 0, function*() {
            const chunks = [];
            this.message.on('data', chunk => {
              chunks.push(chunk);
            });
            this.message.on('end', () => {
              resolve(Buffer.concat(chunks));
            });
          }));
        });
      }
    }
    exports.HttpClientResponse = HttpClientResponse;
    function isHttps(requestUrl) {
      const parsedUrl = new URL(requestUrl);
      return parsedUrl.protocol === 'https:';
    }
    exports.isHttps = isHttps;
    class HttpClient {
      constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = userAgent;
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
          if (requestOptions.ignoreSslError != null) this._ignoreSslError = requestOptions.ignoreSslError;
          this._socketTimeout = requestOptions.socketTimeout;
          if (requestOptions.allowRedirects != null) this._allowRedirects = requestOptions.allowRedirects;
          if (requestOptions.allowRedirectDowngrade != null) this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
          if (requestOptions.maxRedirects != null) this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
          if (requestOptions.keepAlive != null) this._keepAlive = requestOptions.keepAlive;
          if (requestOptions.allowRetries != null) this._allowRetries = requestOptions.allowRetries;
          if (requestOptions.maxRetries != null) this._maxRetries = requestOptions.maxRetries;
        }
      }
      options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function*() {
          return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
      }
      get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function*() {
          return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
      }
      del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function*() {
          return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
      }
      post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function*() {
          return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
      }
      patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function*() {
          return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
      }
      put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function*() {
          return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
      }
      head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function*() {
          return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
      }
      sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function*() {
          return this.request(verb, requestUrl, stream, additionalHeaders);
        });
      }
      getJson(requestUrl, additionalHeaders = {}) {
        return __awaiter(this, void 0, void 0, function*() {
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          const res = yield this.get(requestUrl, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      postJson(requestUrl, obj, additionalHeaders = {}) {
        return __awaiter(this, void 0, void 0, function*() {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.ContentType, MediaTypes.ApplicationJson);
          const res = yield this.post(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      putJson(requestUrl, obj, additionalHeaders = {}) {
        return __awaiter(this, void 0, void 0, function*() {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.ContentType, MediaTypes.ApplicationJson);
          const res = yield this.put(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      patchJson(requestUrl, obj, additionalHeaders = {}) {
        return __awaiter(this, void 0, void 0, function*() {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.ContentType, MediaTypes.ApplicationJson);
          const res = yield this.patch(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function*() {
          if (this._disposed) throw new Error('Client has already been disposed.');
          const parsedUrl = new URL(requestUrl);
          let info = this._prepareRequest(verb, parsedUrl, headers);
          const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
          let numTries = 0;
          let response;
          do {
            response = yield this.requestRaw(info, data);
            if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
              let authenticationHandler;
              for (const handler of this.handlers) if (handler.canHandleAuthentication(response)) {
                authenticationHandler = handler;
                break;
              }
              if (authenticationHandler) return authenticationHandler.handleAuthentication(this, info, data); else return response;
            }
            let redirectsRemaining = this._maxRedirects;
            while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
              const redirectUrl = response.message.headers['location'];
              if (!redirectUrl) break;
              const parsedRedirectUrl = new URL(redirectUrl);
              if (parsedUrl.protocol === 'https:' && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
              yield response.readBody();
              if (parsedRedirectUrl.hostname !== parsedUrl.hostname) for (const header in headers) if (header.toLowerCase() === 'authorization') delete headers[header];
              info = this._prepareRequest(verb, parsedRedirectUrl, headers);
              response = yield this.requestRaw(info, data);
              redirectsRemaining--;
            }
            if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) return response;
            numTries += 1;
            if (numTries < maxTries) {
              yield response.readBody();
              yield this._performExponentialBackoff(numTries);
            }
          } while (numTries < maxTries);
          return response;
        });
      }
      dispose() {
        if (this._agent) this._agent.destroy();
        this._disposed = true;
      }
      requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function*() {
          return new Promise((resolve, reject) => {
            function callbackForResult(err, res) {
              if (err) reject(err); else if (!res) reject(new Error('Unknown error')); else resolve(res);
            }
            this.requestRawWithCallback(info, data, callbackForResult);
          });
        });
      }
      requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
          if (!info.options.headers) info.options.headers = {};
          info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
          if (!callbackCalled) {
            callbackCalled = true;
            onResult(err, res);
          }
        }
        const req = info.httpModule.request(info.options, msg => {
          const res = new HttpClientResponse(msg);
          handleResult(void 0, res);
        });
        let socket;
        req.on('socket', sock => {
          socket = sock;
        });
        req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
          if (socket) socket.end();
          handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function(err) {
          handleResult(err);
        });
        if (data && typeof data === 'string') req.write(data, 'utf8');
        if (data && typeof data !== 'string') {
          data.on('close', function() {
            req.end();
          });
          data.pipe(req);
        } else req.end();
      }
      getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
      }
      getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) return;
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
      }
      _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port ? parseInt(info.parsedUrl.port) : defaultPort;
        info.options.path = (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) info.options.headers['user-agent'] = this.userAgent;
        info.options.agent = this._getAgent(info.parsedUrl);
        if (this.handlers) for (const handler of this.handlers) handler.prepareRequest(info.options);
        return info;
      }
      _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        return lowercaseKeys(headers || {});
      }
      _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) clientHeader = lowercaseKeys(this.requestOptions.headers)[header];
        return additionalHeaders[header] || clientHeader || _default;
      }
      _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) agent = this._proxyAgent;
        if (!useProxy) agent = this._agent;
        if (agent) return agent;
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        if (proxyUrl && proxyUrl.hostname) {
          const agentOptions = {
            maxSockets: maxSockets,
            keepAlive: this._keepAlive,
            proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
              proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
            }), {
              host: proxyUrl.hostname,
              port: proxyUrl.port
            })
          };
          let tunnelAgent;
          const overHttps = proxyUrl.protocol === 'https:';
          if (usingSsl) tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp; else tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
          agent = tunnelAgent(agentOptions);
          this._proxyAgent = agent;
        }
        if (!agent) {
          const options = {
            keepAlive: this._keepAlive,
            maxSockets: maxSockets
          };
          agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
          this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) agent.options = Object.assign(agent.options || {}, {
          rejectUnauthorized: false
        });
        return agent;
      }
      _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) proxyAgent = this._proxyAgentDispatcher;
        if (proxyAgent) return proxyAgent;
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici_1.ProxyAgent(Object.assign({
          uri: proxyUrl.href,
          pipelining: !this._keepAlive ? 0 : 1
        }, (proxyUrl.username || proxyUrl.password) && {
          token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        }));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
          rejectUnauthorized: false
        });
        return proxyAgent;
      }
      _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function*() {
          retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
          const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
          return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
      }
      _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function*() {
          return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function*() {
            const statusCode = res.message.statusCode || 0;
            const response = {
              statusCode: statusCode,
              result: null,
              headers: {}
            };
            if (statusCode === HttpCodes.NotFound) resolve(response);
            function dateTimeDeserializer(key, value) {
              if (typeof value === 'string') {
                const a = new Date(value);
                if (!isNaN(a.valueOf())) return a;
              }
              return value;
            }
            let obj;
            let contents;
            try {
              contents = yield res.readBody();
              if (contents && contents.length > 0) {
                if (options && options.deserializeDates) obj = JSON.parse(contents, dateTimeDeserializer); else obj = JSON.parse(contents);
                response.result = obj;
              }
              response.headers = res.message.headers;
            } catch (err) {}
            if (statusCode > 299) {
              let msg;
              if (obj && obj.message) msg = obj.message; else if (contents && contents.length > 0) msg = contents; else msg = `Failed request: (${statusCode})`;
              const err = new HttpClientError(msg, statusCode);
              err.result = response.result;
              reject(err);
            } else resolve(response);
          }));
        });
      }
    }
    exports.HttpClient = HttpClient;
    const lowercaseKeys = obj => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], 
    c), {});
  },
  4988: (__unused_webpack_module, exports) => {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.checkBypass = exports.getProxyUrl = void 0;
    function getProxyUrl(reqUrl) {
      const usingSsl = reqUrl.protocol === 'https:';
      if (checkBypass(reqUrl)) return;
      const proxyVar = (() => {
        if (usingSsl) return process.env['https_proxy'] || process.env['HTTPS_PROXY']; else return process.env['http_proxy'] || process.env['HTTP_PROXY'];
      })();
      if (proxyVar) try {
        return new DecodedURL(proxyVar);
      } catch (_a) {
        if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://')) return new DecodedURL(`http://${proxyVar}`);
      } else return;
    }
    exports.getProxyUrl = getProxyUrl;
    function checkBypass(reqUrl) {
      if (!reqUrl.hostname) return false;
      const reqHost = reqUrl.hostname;
      if (isLoopbackAddress(reqHost)) return true;
      const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
      if (!noProxy) return false;
      let reqPort;
      if (reqUrl.port) reqPort = Number(reqUrl.port); else if (reqUrl.protocol === 'http:') reqPort = 80; else if (reqUrl.protocol === 'https:') reqPort = 443;
      const upperReqHosts = [ reqUrl.hostname.toUpperCase() ];
      if (typeof reqPort === 'number') upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
      for (const upperNoProxyItem of noProxy.split(',').map(x => x.trim().toUpperCase()).filter(x => x)) if (upperNoProxyItem === '*' || upperReqHosts.some(x => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith('.') && x.endsWith(`${upperNoProxyItem}`))) return true;
      return false;
    }
    exports.checkBypass = checkBypass;
    function isLoopbackAddress(host) {
      const hostLower = host.toLowerCase();
      return hostLower === 'localhost' || hostLower.startsWith('127.') || hostLower.startsWith('[::1]') || hostLower.startsWith('[0:0:0:0:0:0:0:1]');
    }
    class DecodedURL extends URL {
      constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    }
  },
  8133: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    "use strict";
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      Octokit: () => Octokit
    });
    function getUserAgent() {
      if (typeof navigator === "object" && "userAgent" in navigator) return navigator.userAgent;
      if (typeof process === "object" && process.version !== void 0) return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
      return "<environment undetectable>";
    }
    var before_after_hook = __webpack_require__(2732);
    function lowercaseKeys(object) {
      if (!object) return {};
      return Object.keys(object).reduce((newObj, key) => {
        newObj[key.toLowerCase()] = object[key];
        return newObj;
      }, {});
    }
    function isPlainObject(value) {
      if (typeof value !== "object" || value === null) return false;
      if (Object.prototype.toString.call(value) !== "[object Object]") return false;
      const proto = Object.getPrototypeOf(value);
      if (proto === null) return true;
      const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
      return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
    }
    function mergeDeep(defaults, options) {
      const result = Object.assign({}, defaults);
      Object.keys(options).forEach(key => {
        if (isPlainObject(options[key])) if (!(key in defaults)) Object.assign(result, {
          [key]: options[key]
        }); else result[key] = mergeDeep(defaults[key], options[key]); else Object.assign(result, {
          [key]: options[key]
        });
      });
      return result;
    }
    function removeUndefinedProperties(obj) {
      for (const key in obj) if (obj[key] === void 0) delete obj[key];
      return obj;
    }
    function merge(defaults, route, options) {
      if (typeof route === "string") {
        let [method, url] = route.split(" ");
        options = Object.assign(url ? {
          method: method,
          url: url
        } : {
          url: method
        }, options);
      } else options = Object.assign({}, route);
      options.headers = lowercaseKeys(options.headers);
      removeUndefinedProperties(options);
      removeUndefinedProperties(options.headers);
      const mergedOptions = mergeDeep(defaults || {}, options);
      if (options.url === "/graphql") {
        if (defaults && defaults.mediaType.previews?.length) mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(preview => !mergedOptions.mediaType.previews.includes(preview)).concat(mergedOptions.mediaType.previews);
        mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map(preview => preview.replace(/-preview/, ""));
      }
      return mergedOptions;
    }
    function addQueryParameters(url, parameters) {
      const separator = /\?/.test(url) ? "&" : "?";
      const names = Object.keys(parameters);
      if (names.length === 0) return url;
      return url + separator + names.map(name => {
        if (name === "q") return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
        return `${name}=${encodeURIComponent(parameters[name])}`;
      }).join("&");
    }
    const urlVariableRegex = /\{[^{}}]+\}/g;
    function removeNonChars(variableName) {
      return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
    }
    function extractUrlVariableNames(url) {
      const matches = url.match(urlVariableRegex);
      if (!matches) return [];
      return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
    }
    function omit(object, keysToOmit) {
      const result = {
        __proto__: null
      };
      for (const key of Object.keys(object)) if (keysToOmit.indexOf(key) === -1) result[key] = object[key];
      return result;
    }
    function encodeReserved(str) {
      return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
        if (!/%[0-9A-Fa-f]/.test(part)) part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
        return part;
      }).join("");
    }
    function encodeUnreserved(str) {
      return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
        return "%" + c.charCodeAt(0).toString(16).toUpperCase();
      });
    }
    function encodeValue(operator, value, key) {
      value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
      if (key) return encodeUnreserved(key) + "=" + value; else return value;
    }
    function isDefined(value) {
      return value !== void 0 && value !== null;
    }
    function isKeyOperator(operator) {
      return operator === ";" || operator === "&" || operator === "?";
    }
    function getValues(context, operator, key, modifier) {
      var value = context[key], result = [];
      if (isDefined(value) && value !== "") if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
        value = value.toString();
        if (modifier && modifier !== "*") value = value.substring(0, parseInt(modifier, 10));
        result.push(encodeValue(operator, value, isKeyOperator(operator) ? key : ""));
      } else if (modifier === "*") if (Array.isArray(value)) value.filter(isDefined).forEach(function(value2) {
        result.push(encodeValue(operator, value2, isKeyOperator(operator) ? key : ""));
      }); else Object.keys(value).forEach(function(k) {
        if (isDefined(value[k])) result.push(encodeValue(operator, value[k], k));
      }); else {
        const tmp = [];
        if (Array.isArray(value)) value.filter(isDefined).forEach(function(value2) {
          tmp.push(encodeValue(operator, value2));
        }); else Object.keys(value).forEach(function(k) {
          if (isDefined(value[k])) {
            tmp.push(encodeUnreserved(k));
            tmp.push(encodeValue(operator, value[k].toString()));
          }
        });
        if (isKeyOperator(operator)) result.push(encodeUnreserved(key) + "=" + tmp.join(",")); else if (tmp.length !== 0) result.push(tmp.join(","));
      } else if (operator === ";") {
        if (isDefined(value)) result.push(encodeUnreserved(key));
      } else if (value === "" && (operator === "&" || operator === "?")) result.push(encodeUnreserved(key) + "="); else if (value === "") result.push("");
      return result;
    }
    function parseUrl(template) {
      return {
        expand: expand.bind(null, template)
      };
    }
    function expand(template, context) {
      var operators = [ "+", "#", ".", "/", ";", "?", "&" ];
      template = template.replace(/\{([^\{\}]+)\}|([^\{\}]+)/g, function(_, expression, literal) {
        if (expression) {
          let operator = "";
          const values = [];
          if (operators.indexOf(expression.charAt(0)) !== -1) {
            operator = expression.charAt(0);
            expression = expression.substr(1);
          }
          expression.split(/,/g).forEach(function(variable) {
            var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
            values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
          });
          if (operator && operator !== "+") {
            var separator = ",";
            if (operator === "?") separator = "&"; else if (operator !== "#") separator = operator;
            return (values.length !== 0 ? operator : "") + values.join(separator);
          } else return values.join(",");
        } else return encodeReserved(literal);
      });
      if (template === "/") return template; else return template.replace(/\/$/, "");
    }
    function parse(options) {
      let method = options.method.toUpperCase();
      let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
      let headers = Object.assign({}, options.headers);
      let body;
      let parameters = omit(options, [ "method", "baseUrl", "url", "headers", "request", "mediaType" ]);
      const urlVariableNames = extractUrlVariableNames(url);
      url = parseUrl(url).expand(parameters);
      if (!/^http/.test(url)) url = options.baseUrl + url;
      const omittedParameters = Object.keys(options).filter(option => urlVariableNames.includes(option)).concat("baseUrl");
      const remainingParameters = omit(parameters, omittedParameters);
      const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
      if (!isBinaryRequest) {
        if (options.mediaType.format) headers.accept = headers.accept.split(/,/).map(format => format.replace(/application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/, `application/vnd$1$2.${options.mediaType.format}`)).join(",");
        if (url.endsWith("/graphql")) if (options.mediaType.previews?.length) {
          const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
          headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map(preview => {
            const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
            return `application/vnd.github.${preview}-preview${format}`;
          }).join(",");
        }
      }
      if ([ "GET", "HEAD" ].includes(method)) url = addQueryParameters(url, remainingParameters); else if ("data" in remainingParameters) body = remainingParameters.data; else if (Object.keys(remainingParameters).length) body = remainingParameters;
      if (!headers["content-type"] && typeof body !== "undefined") headers["content-type"] = "application/json; charset=utf-8";
      if ([ "PATCH", "PUT" ].includes(method) && typeof body === "undefined") body = "";
      return Object.assign({
        method: method,
        url: url,
        headers: headers
      }, typeof body !== "undefined" ? {
        body: body
      } : null, options.request ? {
        request: options.request
      } : null);
    }
    function endpointWithDefaults(defaults, route, options) {
      return parse(merge(defaults, route, options));
    }
    function withDefaults(oldDefaults, newDefaults) {
      const DEFAULTS = merge(oldDefaults, newDefaults);
      const endpoint = endpointWithDefaults.bind(null, DEFAULTS);
      return Object.assign(endpoint, {
        DEFAULTS: DEFAULTS,
        defaults: withDefaults.bind(null, DEFAULTS),
        merge: merge.bind(null, DEFAULTS),
        parse: parse
      });
    }
    const VERSION = "9.0.6";
    const userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
    const DEFAULTS = {
      method: "GET",
      baseUrl: "https://api.github.com",
      headers: {
        accept: "application/vnd.github.v3+json",
        "user-agent": userAgent
      },
      mediaType: {
        format: ""
      }
    };
    const endpoint = withDefaults(null, DEFAULTS);
    const version_VERSION = "8.4.1";
    function is_plain_object_isPlainObject(value) {
      if (typeof value !== "object" || value === null) return false;
      if (Object.prototype.toString.call(value) !== "[object Object]") return false;
      const proto = Object.getPrototypeOf(value);
      if (proto === null) return true;
      const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
      return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
    }
    class Deprecation extends Error {
      constructor(message) {
        super(message);
        if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
        this.name = 'Deprecation';
      }
    }
    var once = __webpack_require__(5560);
    var once_default = __webpack_require__.n(once);
    const logOnceCode = once_default()(deprecation => console.warn(deprecation));
    const logOnceHeaders = once_default()(deprecation => console.warn(deprecation));
    class RequestError extends Error {
      constructor(message, statusCode, options) {
        super(message);
        if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
        this.name = "HttpError";
        this.status = statusCode;
        let headers;
        if ("headers" in options && typeof options.headers !== "undefined") headers = options.headers;
        if ("response" in options) {
          this.response = options.response;
          headers = options.response.headers;
        }
        const requestCopy = Object.assign({}, options.request);
        if (options.request.headers.authorization) requestCopy.headers = Object.assign({}, options.request.headers, {
          authorization: options.request.headers.authorization.replace(/(?<! ) .*$/, " [REDACTED]")
        });
        requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
        this.request = requestCopy;
        Object.defineProperty(this, "code", {
          get() {
            logOnceCode(new Deprecation("[@octokit/request-error] `error.code` is deprecated, use `error.status`."));
            return statusCode;
          }
        });
        Object.defineProperty(this, "headers", {
          get() {
            logOnceHeaders(new Deprecation("[@octokit/request-error] `error.headers` is deprecated, use `error.response.headers`."));
            return headers || {};
          }
        });
      }
    }
    function getBufferResponse(response) {
      return response.arrayBuffer();
    }
    function fetchWrapper(requestOptions) {
      const log = requestOptions.request && requestOptions.request.log ? requestOptions.request.log : console;
      const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
      if (is_plain_object_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body)) requestOptions.body = JSON.stringify(requestOptions.body);
      let headers = {};
      let status;
      let url;
      let {fetch: fetch} = globalThis;
      if (requestOptions.request?.fetch) fetch = requestOptions.request.fetch;
      if (!fetch) throw new Error("fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing");
      return fetch(requestOptions.url, {
        method: requestOptions.method,
        body: requestOptions.body,
        redirect: requestOptions.request?.redirect,
        headers: requestOptions.headers,
        signal: requestOptions.request?.signal,
        ...requestOptions.body && {
          duplex: "half"
        }
      }).then(async response => {
        url = response.url;
        status = response.status;
        for (const keyAndValue of response.headers) headers[keyAndValue[0]] = keyAndValue[1];
        if ("deprecation" in headers) {
          const matches = headers.link && headers.link.match(/<([^<>]+)>; rel="deprecation"/);
          const deprecationLink = matches && matches.pop();
          log.warn(`[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${headers.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`);
        }
        if (status === 204 || status === 205) return;
        if (requestOptions.method === "HEAD") {
          if (status < 400) return;
          throw new RequestError(response.statusText, status, {
            response: {
              url: url,
              status: status,
              headers: headers,
              data: void 0
            },
            request: requestOptions
          });
        }
        if (status === 304) throw new RequestError("Not modified", status, {
          response: {
            url: url,
            status: status,
            headers: headers,
            data: await getResponseData(response)
          },
          request: requestOptions
        });
        if (status >= 400) {
          const data = await getResponseData(response);
          const error = new RequestError(toErrorMessage(data), status, {
            response: {
              url: url,
              status: status,
              headers: headers,
              data: data
            },
            request: requestOptions
          });
          throw error;
        }
        return parseSuccessResponseBody ? await getResponseData(response) : response.body;
      }).then(data => ({
        status: status,
        url: url,
        headers: headers,
        data: data
      })).catch(error => {
        if (error instanceof RequestError) throw error; else if (error.name === "AbortError") throw error;
        let message = error.message;
        if (error.name === "TypeError" && "cause" in error) if (error.cause instanceof Error) message = error.cause.message; else if (typeof error.cause === "string") message = error.cause;
        throw new RequestError(message, 500, {
          request: requestOptions
        });
      });
    }
    async function getResponseData(response) {
      const contentType = response.headers.get("content-type");
      if (/application\/json/.test(contentType)) return response.json().catch(() => response.text()).catch(() => "");
      if (!contentType || /^text\/|charset=utf-8$/.test(contentType)) return response.text();
      return getBufferResponse(response);
    }
    function toErrorMessage(data) {
      if (typeof data === "string") return data;
      let suffix;
      if ("documentation_url" in data) suffix = ` - ${data.documentation_url}`; else suffix = "";
      if ("message" in data) {
        if (Array.isArray(data.errors)) return `${data.message}: ${data.errors.map(JSON.stringify).join(", ")}${suffix}`;
        return `${data.message}${suffix}`;
      }
      return `Unknown error: ${JSON.stringify(data)}`;
    }
    function with_defaults_withDefaults(oldEndpoint, newDefaults) {
      const endpoint = oldEndpoint.defaults(newDefaults);
      const newApi = function(route, parameters) {
        const endpointOptions = endpoint.merge(route, parameters);
        if (!endpointOptions.request || !endpointOptions.request.hook) return fetchWrapper(endpoint.parse(endpointOptions));
        const request = (route2, parameters2) => fetchWrapper(endpoint.parse(endpoint.merge(route2, parameters2)));
        Object.assign(request, {
          endpoint: endpoint,
          defaults: with_defaults_withDefaults.bind(null, endpoint)
        });
        return endpointOptions.request.hook(request, endpointOptions);
      };
      return Object.assign(newApi, {
        endpoint: endpoint,
        defaults: with_defaults_withDefaults.bind(null, endpoint)
      });
    }
    const request = with_defaults_withDefaults(endpoint, {
      headers: {
        "user-agent": `octokit-request.js/${version_VERSION} ${getUserAgent()}`
      }
    });
    var dist_web_VERSION = "7.1.1";
    function _buildMessageForResponseErrors(data) {
      return `Request failed due to following response errors:\n` + data.errors.map(e => ` - ${e.message}`).join("\n");
    }
    var GraphqlResponseError = class extends Error {
      constructor(request2, headers, response) {
        super(_buildMessageForResponseErrors(response));
        this.request = request2;
        this.headers = headers;
        this.response = response;
        this.name = "GraphqlResponseError";
        this.errors = response.errors;
        this.data = response.data;
        if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
      }
    };
    var NON_VARIABLE_OPTIONS = [ "method", "baseUrl", "url", "headers", "request", "query", "mediaType" ];
    var FORBIDDEN_VARIABLE_OPTIONS = [ "query", "method", "url" ];
    var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
    function graphql(request2, query, options) {
      if (options) {
        if (typeof query === "string" && "query" in options) return Promise.reject(new Error(`[@octokit/graphql] "query" cannot be used as variable name`));
        for (const key in options) {
          if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
          return Promise.reject(new Error(`[@octokit/graphql] "${key}" cannot be used as variable name`));
        }
      }
      const parsedOptions = typeof query === "string" ? Object.assign({
        query: query
      }, options) : query;
      const requestOptions = Object.keys(parsedOptions).reduce((result, key) => {
        if (NON_VARIABLE_OPTIONS.includes(key)) {
          result[key] = parsedOptions[key];
          return result;
        }
        if (!result.variables) result.variables = {};
        result.variables[key] = parsedOptions[key];
        return result;
      }, {});
      const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
      if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
      return request2(requestOptions).then(response => {
        if (response.data.errors) {
          const headers = {};
          for (const key of Object.keys(response.headers)) headers[key] = response.headers[key];
          throw new GraphqlResponseError(requestOptions, headers, response.data);
        }
        return response.data.data;
      });
    }
    function dist_web_withDefaults(request2, newDefaults) {
      const newRequest = request2.defaults(newDefaults);
      const newApi = (query, options) => graphql(newRequest, query, options);
      return Object.assign(newApi, {
        defaults: dist_web_withDefaults.bind(null, newRequest),
        endpoint: newRequest.endpoint
      });
    }
    dist_web_withDefaults(request, {
      headers: {
        "user-agent": `octokit-graphql.js/${dist_web_VERSION} ${getUserAgent()}`
      },
      method: "POST",
      url: "/graphql"
    });
    function withCustomRequest(customRequest) {
      return dist_web_withDefaults(customRequest, {
        method: "POST",
        url: "/graphql"
      });
    }
    const REGEX_IS_INSTALLATION_LEGACY = /^v1\./;
    const REGEX_IS_INSTALLATION = /^ghs_/;
    const REGEX_IS_USER_TO_SERVER = /^ghu_/;
    async function auth(token) {
      const isApp = token.split(/\./).length === 3;
      const isInstallation = REGEX_IS_INSTALLATION_LEGACY.test(token) || REGEX_IS_INSTALLATION.test(token);
      const isUserToServer = REGEX_IS_USER_TO_SERVER.test(token);
      const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
      return {
        type: "token",
        token: token,
        tokenType: tokenType
      };
    }
    function withAuthorizationPrefix(token) {
      if (token.split(/\./).length === 3) return `bearer ${token}`;
      return `token ${token}`;
    }
    async function hook(token, request, route, parameters) {
      const endpoint = request.endpoint.merge(route, parameters);
      endpoint.headers.authorization = withAuthorizationPrefix(token);
      return request(endpoint);
    }
    const createTokenAuth = function(token) {
      if (!token) throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
      if (typeof token !== "string") throw new Error("[@octokit/auth-token] Token passed to createTokenAuth is not a string");
      token = token.replace(/^(token|bearer) +/i, "");
      return Object.assign(auth.bind(null, token), {
        hook: hook.bind(null, token)
      });
    };
    var core_dist_web_VERSION = "5.2.2";
    var noop = () => {};
    var consoleWarn = console.warn.bind(console);
    var consoleError = console.error.bind(console);
    function createLogger(logger = {}) {
      if (typeof logger.debug !== "function") logger.debug = noop;
      if (typeof logger.info !== "function") logger.info = noop;
      if (typeof logger.warn !== "function") logger.warn = consoleWarn;
      if (typeof logger.error !== "function") logger.error = consoleError;
      return logger;
    }
    var userAgentTrail = `octokit-core.js/${core_dist_web_VERSION} ${getUserAgent()}`;
    var Octokit = class {
      static {
        this.VERSION = core_dist_web_VERSION;
      }
      static defaults(defaults) {
        const OctokitWithDefaults = class extends(this){
          constructor(...args) {
            const options = args[0] || {};
            if (typeof defaults === "function") {
              super(defaults(options));
              return;
            }
            super(Object.assign({}, defaults, options, options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null));
          }
        };
        return OctokitWithDefaults;
      }
      static {
        this.plugins = [];
      }
      static plugin(...newPlugins) {
        const currentPlugins = this.plugins;
        const NewOctokit = class extends(this){
          static {
            this.plugins = currentPlugins.concat(newPlugins.filter(plugin => !currentPlugins.includes(plugin)));
          }
        };
        return NewOctokit;
      }
      constructor(options = {}) {
        const hook = new before_after_hook.Collection;
        const requestDefaults = {
          baseUrl: request.endpoint.DEFAULTS.baseUrl,
          headers: {},
          request: Object.assign({}, options.request, {
            hook: hook.bind(null, "request")
          }),
          mediaType: {
            previews: [],
            format: ""
          }
        };
        requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
        if (options.baseUrl) requestDefaults.baseUrl = options.baseUrl;
        if (options.previews) requestDefaults.mediaType.previews = options.previews;
        if (options.timeZone) requestDefaults.headers["time-zone"] = options.timeZone;
        this.request = request.defaults(requestDefaults);
        this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
        this.log = createLogger(options.log);
        this.hook = hook;
        if (!options.authStrategy) if (!options.auth) this.auth = async () => ({
          type: "unauthenticated"
        }); else {
          const auth = createTokenAuth(options.auth);
          hook.wrap("request", auth.hook);
          this.auth = auth;
        } else {
          const {authStrategy: authStrategy, ...otherOptions} = options;
          const auth = authStrategy(Object.assign({
            request: this.request,
            log: this.log,
            octokit: this,
            octokitOptions: otherOptions
          }, options.auth));
          hook.wrap("request", auth.hook);
          this.auth = auth;
        }
        const classConstructor = this.constructor;
        for (let i = 0; i < classConstructor.plugins.length; ++i) Object.assign(this, classConstructor.plugins[i](this, options));
      }
    };
  },
  5996: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    "use strict";
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      composePaginateRest: () => composePaginateRest,
      isPaginatingEndpoint: () => isPaginatingEndpoint,
      paginateRest: () => paginateRest,
      paginatingEndpoints: () => paginatingEndpoints
    });
    var VERSION = "9.2.2";
    function normalizePaginatedListResponse(response) {
      if (!response.data) return {
        ...response,
        data: []
      };
      const responseNeedsNormalization = "total_count" in response.data && !("url" in response.data);
      if (!responseNeedsNormalization) return response;
      const incompleteResults = response.data.incomplete_results;
      const repositorySelection = response.data.repository_selection;
      const totalCount = response.data.total_count;
      delete response.data.incomplete_results;
      delete response.data.repository_selection;
      delete response.data.total_count;
      const namespaceKey = Object.keys(response.data)[0];
      const data = response.data[namespaceKey];
      response.data = data;
      if (typeof incompleteResults !== "undefined") response.data.incomplete_results = incompleteResults;
      if (typeof repositorySelection !== "undefined") response.data.repository_selection = repositorySelection;
      response.data.total_count = totalCount;
      return response;
    }
    function iterator(octokit, route, parameters) {
      const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
      const requestMethod = typeof route === "function" ? route : octokit.request;
      const method = options.method;
      const headers = options.headers;
      let url = options.url;
      return {
        [Symbol.asyncIterator]: () => ({
          async next() {
            if (!url) return {
              done: true
            };
            try {
              const response = await requestMethod({
                method: method,
                url: url,
                headers: headers
              });
              const normalizedResponse = normalizePaginatedListResponse(response);
              url = ((normalizedResponse.headers.link || "").match(/<([^<>]+)>;\s*rel="next"/) || [])[1];
              return {
                value: normalizedResponse
              };
            } catch (error) {
              if (error.status !== 409) throw error;
              url = "";
              return {
                value: {
                  status: 200,
                  headers: {},
                  data: []
                }
              };
            }
          }
        })
      };
    }
    function paginate(octokit, route, parameters, mapFn) {
      if (typeof parameters === "function") {
        mapFn = parameters;
        parameters = void 0;
      }
      return gather(octokit, [], iterator(octokit, route, parameters)[Symbol.asyncIterator](), mapFn);
    }
    function gather(octokit, results, iterator2, mapFn) {
      return iterator2.next().then(result => {
        if (result.done) return results;
        let earlyExit = false;
        function done() {
          earlyExit = true;
        }
        results = results.concat(mapFn ? mapFn(result.value, done) : result.value.data);
        if (earlyExit) return results;
        return gather(octokit, results, iterator2, mapFn);
      });
    }
    var composePaginateRest = Object.assign(paginate, {
      iterator: iterator
    });
    var paginatingEndpoints = [ "GET /advisories", "GET /app/hook/deliveries", "GET /app/installation-requests", "GET /app/installations", "GET /assignments/{assignment_id}/accepted_assignments", "GET /classrooms", "GET /classrooms/{classroom_id}/assignments", "GET /enterprises/{enterprise}/dependabot/alerts", "GET /enterprises/{enterprise}/secret-scanning/alerts", "GET /events", "GET /gists", "GET /gists/public", "GET /gists/starred", "GET /gists/{gist_id}/comments", "GET /gists/{gist_id}/commits", "GET /gists/{gist_id}/forks", "GET /installation/repositories", "GET /issues", "GET /licenses", "GET /marketplace_listing/plans", "GET /marketplace_listing/plans/{plan_id}/accounts", "GET /marketplace_listing/stubbed/plans", "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts", "GET /networks/{owner}/{repo}/events", "GET /notifications", "GET /organizations", "GET /orgs/{org}/actions/cache/usage-by-repository", "GET /orgs/{org}/actions/permissions/repositories", "GET /orgs/{org}/actions/runners", "GET /orgs/{org}/actions/secrets", "GET /orgs/{org}/actions/secrets/{secret_name}/repositories", "GET /orgs/{org}/actions/variables", "GET /orgs/{org}/actions/variables/{name}/repositories", "GET /orgs/{org}/blocks", "GET /orgs/{org}/code-scanning/alerts", "GET /orgs/{org}/codespaces", "GET /orgs/{org}/codespaces/secrets", "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories", "GET /orgs/{org}/copilot/billing/seats", "GET /orgs/{org}/dependabot/alerts", "GET /orgs/{org}/dependabot/secrets", "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories", "GET /orgs/{org}/events", "GET /orgs/{org}/failed_invitations", "GET /orgs/{org}/hooks", "GET /orgs/{org}/hooks/{hook_id}/deliveries", "GET /orgs/{org}/installations", "GET /orgs/{org}/invitations", "GET /orgs/{org}/invitations/{invitation_id}/teams", "GET /orgs/{org}/issues", "GET /orgs/{org}/members", "GET /orgs/{org}/members/{username}/codespaces", "GET /orgs/{org}/migrations", "GET /orgs/{org}/migrations/{migration_id}/repositories", "GET /orgs/{org}/organization-roles/{role_id}/teams", "GET /orgs/{org}/organization-roles/{role_id}/users", "GET /orgs/{org}/outside_collaborators", "GET /orgs/{org}/packages", "GET /orgs/{org}/packages/{package_type}/{package_name}/versions", "GET /orgs/{org}/personal-access-token-requests", "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories", "GET /orgs/{org}/personal-access-tokens", "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories", "GET /orgs/{org}/projects", "GET /orgs/{org}/properties/values", "GET /orgs/{org}/public_members", "GET /orgs/{org}/repos", "GET /orgs/{org}/rulesets", "GET /orgs/{org}/rulesets/rule-suites", "GET /orgs/{org}/secret-scanning/alerts", "GET /orgs/{org}/security-advisories", "GET /orgs/{org}/teams", "GET /orgs/{org}/teams/{team_slug}/discussions", "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments", "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions", "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions", "GET /orgs/{org}/teams/{team_slug}/invitations", "GET /orgs/{org}/teams/{team_slug}/members", "GET /orgs/{org}/teams/{team_slug}/projects", "GET /orgs/{org}/teams/{team_slug}/repos", "GET /orgs/{org}/teams/{team_slug}/teams", "GET /projects/columns/{column_id}/cards", "GET /projects/{project_id}/collaborators", "GET /projects/{project_id}/columns", "GET /repos/{owner}/{repo}/actions/artifacts", "GET /repos/{owner}/{repo}/actions/caches", "GET /repos/{owner}/{repo}/actions/organization-secrets", "GET /repos/{owner}/{repo}/actions/organization-variables", "GET /repos/{owner}/{repo}/actions/runners", "GET /repos/{owner}/{repo}/actions/runs", "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs", "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs", "GET /repos/{owner}/{repo}/actions/secrets", "GET /repos/{owner}/{repo}/actions/variables", "GET /repos/{owner}/{repo}/actions/workflows", "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", "GET /repos/{owner}/{repo}/activity", "GET /repos/{owner}/{repo}/assignees", "GET /repos/{owner}/{repo}/branches", "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations", "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs", "GET /repos/{owner}/{repo}/code-scanning/alerts", "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances", "GET /repos/{owner}/{repo}/code-scanning/analyses", "GET /repos/{owner}/{repo}/codespaces", "GET /repos/{owner}/{repo}/codespaces/devcontainers", "GET /repos/{owner}/{repo}/codespaces/secrets", "GET /repos/{owner}/{repo}/collaborators", "GET /repos/{owner}/{repo}/comments", "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions", "GET /repos/{owner}/{repo}/commits", "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments", "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", "GET /repos/{owner}/{repo}/commits/{ref}/check-runs", "GET /repos/{owner}/{repo}/commits/{ref}/check-suites", "GET /repos/{owner}/{repo}/commits/{ref}/status", "GET /repos/{owner}/{repo}/commits/{ref}/statuses", "GET /repos/{owner}/{repo}/contributors", "GET /repos/{owner}/{repo}/dependabot/alerts", "GET /repos/{owner}/{repo}/dependabot/secrets", "GET /repos/{owner}/{repo}/deployments", "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", "GET /repos/{owner}/{repo}/environments", "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies", "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps", "GET /repos/{owner}/{repo}/events", "GET /repos/{owner}/{repo}/forks", "GET /repos/{owner}/{repo}/hooks", "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries", "GET /repos/{owner}/{repo}/invitations", "GET /repos/{owner}/{repo}/issues", "GET /repos/{owner}/{repo}/issues/comments", "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", "GET /repos/{owner}/{repo}/issues/events", "GET /repos/{owner}/{repo}/issues/{issue_number}/comments", "GET /repos/{owner}/{repo}/issues/{issue_number}/events", "GET /repos/{owner}/{repo}/issues/{issue_number}/labels", "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions", "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", "GET /repos/{owner}/{repo}/keys", "GET /repos/{owner}/{repo}/labels", "GET /repos/{owner}/{repo}/milestones", "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels", "GET /repos/{owner}/{repo}/notifications", "GET /repos/{owner}/{repo}/pages/builds", "GET /repos/{owner}/{repo}/projects", "GET /repos/{owner}/{repo}/pulls", "GET /repos/{owner}/{repo}/pulls/comments", "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions", "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments", "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", "GET /repos/{owner}/{repo}/pulls/{pull_number}/files", "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments", "GET /repos/{owner}/{repo}/releases", "GET /repos/{owner}/{repo}/releases/{release_id}/assets", "GET /repos/{owner}/{repo}/releases/{release_id}/reactions", "GET /repos/{owner}/{repo}/rules/branches/{branch}", "GET /repos/{owner}/{repo}/rulesets", "GET /repos/{owner}/{repo}/rulesets/rule-suites", "GET /repos/{owner}/{repo}/secret-scanning/alerts", "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations", "GET /repos/{owner}/{repo}/security-advisories", "GET /repos/{owner}/{repo}/stargazers", "GET /repos/{owner}/{repo}/subscribers", "GET /repos/{owner}/{repo}/tags", "GET /repos/{owner}/{repo}/teams", "GET /repos/{owner}/{repo}/topics", "GET /repositories", "GET /repositories/{repository_id}/environments/{environment_name}/secrets", "GET /repositories/{repository_id}/environments/{environment_name}/variables", "GET /search/code", "GET /search/commits", "GET /search/issues", "GET /search/labels", "GET /search/repositories", "GET /search/topics", "GET /search/users", "GET /teams/{team_id}/discussions", "GET /teams/{team_id}/discussions/{discussion_number}/comments", "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions", "GET /teams/{team_id}/discussions/{discussion_number}/reactions", "GET /teams/{team_id}/invitations", "GET /teams/{team_id}/members", "GET /teams/{team_id}/projects", "GET /teams/{team_id}/repos", "GET /teams/{team_id}/teams", "GET /user/blocks", "GET /user/codespaces", "GET /user/codespaces/secrets", "GET /user/emails", "GET /user/followers", "GET /user/following", "GET /user/gpg_keys", "GET /user/installations", "GET /user/installations/{installation_id}/repositories", "GET /user/issues", "GET /user/keys", "GET /user/marketplace_purchases", "GET /user/marketplace_purchases/stubbed", "GET /user/memberships/orgs", "GET /user/migrations", "GET /user/migrations/{migration_id}/repositories", "GET /user/orgs", "GET /user/packages", "GET /user/packages/{package_type}/{package_name}/versions", "GET /user/public_emails", "GET /user/repos", "GET /user/repository_invitations", "GET /user/social_accounts", "GET /user/ssh_signing_keys", "GET /user/starred", "GET /user/subscriptions", "GET /user/teams", "GET /users", "GET /users/{username}/events", "GET /users/{username}/events/orgs/{org}", "GET /users/{username}/events/public", "GET /users/{username}/followers", "GET /users/{username}/following", "GET /users/{username}/gists", "GET /users/{username}/gpg_keys", "GET /users/{username}/keys", "GET /users/{username}/orgs", "GET /users/{username}/packages", "GET /users/{username}/projects", "GET /users/{username}/received_events", "GET /users/{username}/received_events/public", "GET /users/{username}/repos", "GET /users/{username}/social_accounts", "GET /users/{username}/ssh_signing_keys", "GET /users/{username}/starred", "GET /users/{username}/subscriptions" ];
    function isPaginatingEndpoint(arg) {
      if (typeof arg === "string") return paginatingEndpoints.includes(arg); else return false;
    }
    function paginateRest(octokit) {
      return {
        paginate: Object.assign(paginate.bind(null, octokit), {
          iterator: iterator.bind(null, octokit)
        })
      };
    }
    paginateRest.VERSION = VERSION;
  },
  7048: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    "use strict";
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      legacyRestEndpointMethods: () => legacyRestEndpointMethods,
      restEndpointMethods: () => restEndpointMethods
    });
    const VERSION = "10.4.1";
    const Endpoints = {
      actions: {
        addCustomLabelsToSelfHostedRunnerForOrg: [ "POST /orgs/{org}/actions/runners/{runner_id}/labels" ],
        addCustomLabelsToSelfHostedRunnerForRepo: [ "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels" ],
        addSelectedRepoToOrgSecret: [ "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}" ],
        addSelectedRepoToOrgVariable: [ "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}" ],
        approveWorkflowRun: [ "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve" ],
        cancelWorkflowRun: [ "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel" ],
        createEnvironmentVariable: [ "POST /repositories/{repository_id}/environments/{environment_name}/variables" ],
        createOrUpdateEnvironmentSecret: [ "PUT /repositories/{repository_id}/environments/{environment_name}/secrets/{secret_name}" ],
        createOrUpdateOrgSecret: [ "PUT /orgs/{org}/actions/secrets/{secret_name}" ],
        createOrUpdateRepoSecret: [ "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}" ],
        createOrgVariable: [ "POST /orgs/{org}/actions/variables" ],
        createRegistrationTokenForOrg: [ "POST /orgs/{org}/actions/runners/registration-token" ],
        createRegistrationTokenForRepo: [ "POST /repos/{owner}/{repo}/actions/runners/registration-token" ],
        createRemoveTokenForOrg: [ "POST /orgs/{org}/actions/runners/remove-token" ],
        createRemoveTokenForRepo: [ "POST /repos/{owner}/{repo}/actions/runners/remove-token" ],
        createRepoVariable: [ "POST /repos/{owner}/{repo}/actions/variables" ],
        createWorkflowDispatch: [ "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches" ],
        deleteActionsCacheById: [ "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}" ],
        deleteActionsCacheByKey: [ "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}" ],
        deleteArtifact: [ "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}" ],
        deleteEnvironmentSecret: [ "DELETE /repositories/{repository_id}/environments/{environment_name}/secrets/{secret_name}" ],
        deleteEnvironmentVariable: [ "DELETE /repositories/{repository_id}/environments/{environment_name}/variables/{name}" ],
        deleteOrgSecret: [ "DELETE /orgs/{org}/actions/secrets/{secret_name}" ],
        deleteOrgVariable: [ "DELETE /orgs/{org}/actions/variables/{name}" ],
        deleteRepoSecret: [ "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}" ],
        deleteRepoVariable: [ "DELETE /repos/{owner}/{repo}/actions/variables/{name}" ],
        deleteSelfHostedRunnerFromOrg: [ "DELETE /orgs/{org}/actions/runners/{runner_id}" ],
        deleteSelfHostedRunnerFromRepo: [ "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}" ],
        deleteWorkflowRun: [ "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}" ],
        deleteWorkflowRunLogs: [ "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs" ],
        disableSelectedRepositoryGithubActionsOrganization: [ "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}" ],
        disableWorkflow: [ "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable" ],
        downloadArtifact: [ "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}" ],
        downloadJobLogsForWorkflowRun: [ "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs" ],
        downloadWorkflowRunAttemptLogs: [ "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs" ],
        downloadWorkflowRunLogs: [ "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs" ],
        enableSelectedRepositoryGithubActionsOrganization: [ "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}" ],
        enableWorkflow: [ "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable" ],
        forceCancelWorkflowRun: [ "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel" ],
        generateRunnerJitconfigForOrg: [ "POST /orgs/{org}/actions/runners/generate-jitconfig" ],
        generateRunnerJitconfigForRepo: [ "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig" ],
        getActionsCacheList: [ "GET /repos/{owner}/{repo}/actions/caches" ],
        getActionsCacheUsage: [ "GET /repos/{owner}/{repo}/actions/cache/usage" ],
        getActionsCacheUsageByRepoForOrg: [ "GET /orgs/{org}/actions/cache/usage-by-repository" ],
        getActionsCacheUsageForOrg: [ "GET /orgs/{org}/actions/cache/usage" ],
        getAllowedActionsOrganization: [ "GET /orgs/{org}/actions/permissions/selected-actions" ],
        getAllowedActionsRepository: [ "GET /repos/{owner}/{repo}/actions/permissions/selected-actions" ],
        getArtifact: [ "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}" ],
        getCustomOidcSubClaimForRepo: [ "GET /repos/{owner}/{repo}/actions/oidc/customization/sub" ],
        getEnvironmentPublicKey: [ "GET /repositories/{repository_id}/environments/{environment_name}/secrets/public-key" ],
        getEnvironmentSecret: [ "GET /repositories/{repository_id}/environments/{environment_name}/secrets/{secret_name}" ],
        getEnvironmentVariable: [ "GET /repositories/{repository_id}/environments/{environment_name}/variables/{name}" ],
        getGithubActionsDefaultWorkflowPermissionsOrganization: [ "GET /orgs/{org}/actions/permissions/workflow" ],
        getGithubActionsDefaultWorkflowPermissionsRepository: [ "GET /repos/{owner}/{repo}/actions/permissions/workflow" ],
        getGithubActionsPermissionsOrganization: [ "GET /orgs/{org}/actions/permissions" ],
        getGithubActionsPermissionsRepository: [ "GET /repos/{owner}/{repo}/actions/permissions" ],
        getJobForWorkflowRun: [ "GET /repos/{owner}/{repo}/actions/jobs/{job_id}" ],
        getOrgPublicKey: [ "GET /orgs/{org}/actions/secrets/public-key" ],
        getOrgSecret: [ "GET /orgs/{org}/actions/secrets/{secret_name}" ],
        getOrgVariable: [ "GET /orgs/{org}/actions/variables/{name}" ],
        getPendingDeploymentsForRun: [ "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments" ],
        getRepoPermissions: [ "GET /repos/{owner}/{repo}/actions/permissions", {}, {
          renamed: [ "actions", "getGithubActionsPermissionsRepository" ]
        } ],
        getRepoPublicKey: [ "GET /repos/{owner}/{repo}/actions/secrets/public-key" ],
        getRepoSecret: [ "GET /repos/{owner}/{repo}/actions/secrets/{secret_name}" ],
        getRepoVariable: [ "GET /repos/{owner}/{repo}/actions/variables/{name}" ],
        getReviewsForRun: [ "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals" ],
        getSelfHostedRunnerForOrg: [ "GET /orgs/{org}/actions/runners/{runner_id}" ],
        getSelfHostedRunnerForRepo: [ "GET /repos/{owner}/{repo}/actions/runners/{runner_id}" ],
        getWorkflow: [ "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}" ],
        getWorkflowAccessToRepository: [ "GET /repos/{owner}/{repo}/actions/permissions/access" ],
        getWorkflowRun: [ "GET /repos/{owner}/{repo}/actions/runs/{run_id}" ],
        getWorkflowRunAttempt: [ "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}" ],
        getWorkflowRunUsage: [ "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing" ],
        getWorkflowUsage: [ "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing" ],
        listArtifactsForRepo: [ "GET /repos/{owner}/{repo}/actions/artifacts" ],
        listEnvironmentSecrets: [ "GET /repositories/{repository_id}/environments/{environment_name}/secrets" ],
        listEnvironmentVariables: [ "GET /repositories/{repository_id}/environments/{environment_name}/variables" ],
        listJobsForWorkflowRun: [ "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs" ],
        listJobsForWorkflowRunAttempt: [ "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs" ],
        listLabelsForSelfHostedRunnerForOrg: [ "GET /orgs/{org}/actions/runners/{runner_id}/labels" ],
        listLabelsForSelfHostedRunnerForRepo: [ "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels" ],
        listOrgSecrets: [ "GET /orgs/{org}/actions/secrets" ],
        listOrgVariables: [ "GET /orgs/{org}/actions/variables" ],
        listRepoOrganizationSecrets: [ "GET /repos/{owner}/{repo}/actions/organization-secrets" ],
        listRepoOrganizationVariables: [ "GET /repos/{owner}/{repo}/actions/organization-variables" ],
        listRepoSecrets: [ "GET /repos/{owner}/{repo}/actions/secrets" ],
        listRepoVariables: [ "GET /repos/{owner}/{repo}/actions/variables" ],
        listRepoWorkflows: [ "GET /repos/{owner}/{repo}/actions/workflows" ],
        listRunnerApplicationsForOrg: [ "GET /orgs/{org}/actions/runners/downloads" ],
        listRunnerApplicationsForRepo: [ "GET /repos/{owner}/{repo}/actions/runners/downloads" ],
        listSelectedReposForOrgSecret: [ "GET /orgs/{org}/actions/secrets/{secret_name}/repositories" ],
        listSelectedReposForOrgVariable: [ "GET /orgs/{org}/actions/variables/{name}/repositories" ],
        listSelectedRepositoriesEnabledGithubActionsOrganization: [ "GET /orgs/{org}/actions/permissions/repositories" ],
        listSelfHostedRunnersForOrg: [ "GET /orgs/{org}/actions/runners" ],
        listSelfHostedRunnersForRepo: [ "GET /repos/{owner}/{repo}/actions/runners" ],
        listWorkflowRunArtifacts: [ "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts" ],
        listWorkflowRuns: [ "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs" ],
        listWorkflowRunsForRepo: [ "GET /repos/{owner}/{repo}/actions/runs" ],
        reRunJobForWorkflowRun: [ "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun" ],
        reRunWorkflow: [ "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun" ],
        reRunWorkflowFailedJobs: [ "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs" ],
        removeAllCustomLabelsFromSelfHostedRunnerForOrg: [ "DELETE /orgs/{org}/actions/runners/{runner_id}/labels" ],
        removeAllCustomLabelsFromSelfHostedRunnerForRepo: [ "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels" ],
        removeCustomLabelFromSelfHostedRunnerForOrg: [ "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}" ],
        removeCustomLabelFromSelfHostedRunnerForRepo: [ "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}" ],
        removeSelectedRepoFromOrgSecret: [ "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}" ],
        removeSelectedRepoFromOrgVariable: [ "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}" ],
        reviewCustomGatesForRun: [ "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule" ],
        reviewPendingDeploymentsForRun: [ "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments" ],
        setAllowedActionsOrganization: [ "PUT /orgs/{org}/actions/permissions/selected-actions" ],
        setAllowedActionsRepository: [ "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions" ],
        setCustomLabelsForSelfHostedRunnerForOrg: [ "PUT /orgs/{org}/actions/runners/{runner_id}/labels" ],
        setCustomLabelsForSelfHostedRunnerForRepo: [ "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels" ],
        setCustomOidcSubClaimForRepo: [ "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub" ],
        setGithubActionsDefaultWorkflowPermissionsOrganization: [ "PUT /orgs/{org}/actions/permissions/workflow" ],
        setGithubActionsDefaultWorkflowPermissionsRepository: [ "PUT /repos/{owner}/{repo}/actions/permissions/workflow" ],
        setGithubActionsPermissionsOrganization: [ "PUT /orgs/{org}/actions/permissions" ],
        setGithubActionsPermissionsRepository: [ "PUT /repos/{owner}/{repo}/actions/permissions" ],
        setSelectedReposForOrgSecret: [ "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories" ],
        setSelectedReposForOrgVariable: [ "PUT /orgs/{org}/actions/variables/{name}/repositories" ],
        setSelectedRepositoriesEnabledGithubActionsOrganization: [ "PUT /orgs/{org}/actions/permissions/repositories" ],
        setWorkflowAccessToRepository: [ "PUT /repos/{owner}/{repo}/actions/permissions/access" ],
        updateEnvironmentVariable: [ "PATCH /repositories/{repository_id}/environments/{environment_name}/variables/{name}" ],
        updateOrgVariable: [ "PATCH /orgs/{org}/actions/variables/{name}" ],
        updateRepoVariable: [ "PATCH /repos/{owner}/{repo}/actions/variables/{name}" ]
      },
      activity: {
        checkRepoIsStarredByAuthenticatedUser: [ "GET /user/starred/{owner}/{repo}" ],
        deleteRepoSubscription: [ "DELETE /repos/{owner}/{repo}/subscription" ],
        deleteThreadSubscription: [ "DELETE /notifications/threads/{thread_id}/subscription" ],
        getFeeds: [ "GET /feeds" ],
        getRepoSubscription: [ "GET /repos/{owner}/{repo}/subscription" ],
        getThread: [ "GET /notifications/threads/{thread_id}" ],
        getThreadSubscriptionForAuthenticatedUser: [ "GET /notifications/threads/{thread_id}/subscription" ],
        listEventsForAuthenticatedUser: [ "GET /users/{username}/events" ],
        listNotificationsForAuthenticatedUser: [ "GET /notifications" ],
        listOrgEventsForAuthenticatedUser: [ "GET /users/{username}/events/orgs/{org}" ],
        listPublicEvents: [ "GET /events" ],
        listPublicEventsForRepoNetwork: [ "GET /networks/{owner}/{repo}/events" ],
        listPublicEventsForUser: [ "GET /users/{username}/events/public" ],
        listPublicOrgEvents: [ "GET /orgs/{org}/events" ],
        listReceivedEventsForUser: [ "GET /users/{username}/received_events" ],
        listReceivedPublicEventsForUser: [ "GET /users/{username}/received_events/public" ],
        listRepoEvents: [ "GET /repos/{owner}/{repo}/events" ],
        listRepoNotificationsForAuthenticatedUser: [ "GET /repos/{owner}/{repo}/notifications" ],
        listReposStarredByAuthenticatedUser: [ "GET /user/starred" ],
        listReposStarredByUser: [ "GET /users/{username}/starred" ],
        listReposWatchedByUser: [ "GET /users/{username}/subscriptions" ],
        listStargazersForRepo: [ "GET /repos/{owner}/{repo}/stargazers" ],
        listWatchedReposForAuthenticatedUser: [ "GET /user/subscriptions" ],
        listWatchersForRepo: [ "GET /repos/{owner}/{repo}/subscribers" ],
        markNotificationsAsRead: [ "PUT /notifications" ],
        markRepoNotificationsAsRead: [ "PUT /repos/{owner}/{repo}/notifications" ],
        markThreadAsDone: [ "DELETE /notifications/threads/{thread_id}" ],
        markThreadAsRead: [ "PATCH /notifications/threads/{thread_id}" ],
        setRepoSubscription: [ "PUT /repos/{owner}/{repo}/subscription" ],
        setThreadSubscription: [ "PUT /notifications/threads/{thread_id}/subscription" ],
        starRepoForAuthenticatedUser: [ "PUT /user/starred/{owner}/{repo}" ],
        unstarRepoForAuthenticatedUser: [ "DELETE /user/starred/{owner}/{repo}" ]
      },
      apps: {
        addRepoToInstallation: [ "PUT /user/installations/{installation_id}/repositories/{repository_id}", {}, {
          renamed: [ "apps", "addRepoToInstallationForAuthenticatedUser" ]
        } ],
        addRepoToInstallationForAuthenticatedUser: [ "PUT /user/installations/{installation_id}/repositories/{repository_id}" ],
        checkToken: [ "POST /applications/{client_id}/token" ],
        createFromManifest: [ "POST /app-manifests/{code}/conversions" ],
        createInstallationAccessToken: [ "POST /app/installations/{installation_id}/access_tokens" ],
        deleteAuthorization: [ "DELETE /applications/{client_id}/grant" ],
        deleteInstallation: [ "DELETE /app/installations/{installation_id}" ],
        deleteToken: [ "DELETE /applications/{client_id}/token" ],
        getAuthenticated: [ "GET /app" ],
        getBySlug: [ "GET /apps/{app_slug}" ],
        getInstallation: [ "GET /app/installations/{installation_id}" ],
        getOrgInstallation: [ "GET /orgs/{org}/installation" ],
        getRepoInstallation: [ "GET /repos/{owner}/{repo}/installation" ],
        getSubscriptionPlanForAccount: [ "GET /marketplace_listing/accounts/{account_id}" ],
        getSubscriptionPlanForAccountStubbed: [ "GET /marketplace_listing/stubbed/accounts/{account_id}" ],
        getUserInstallation: [ "GET /users/{username}/installation" ],
        getWebhookConfigForApp: [ "GET /app/hook/config" ],
        getWebhookDelivery: [ "GET /app/hook/deliveries/{delivery_id}" ],
        listAccountsForPlan: [ "GET /marketplace_listing/plans/{plan_id}/accounts" ],
        listAccountsForPlanStubbed: [ "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts" ],
        listInstallationReposForAuthenticatedUser: [ "GET /user/installations/{installation_id}/repositories" ],
        listInstallationRequestsForAuthenticatedApp: [ "GET /app/installation-requests" ],
        listInstallations: [ "GET /app/installations" ],
        listInstallationsForAuthenticatedUser: [ "GET /user/installations" ],
        listPlans: [ "GET /marketplace_listing/plans" ],
        listPlansStubbed: [ "GET /marketplace_listing/stubbed/plans" ],
        listReposAccessibleToInstallation: [ "GET /installation/repositories" ],
        listSubscriptionsForAuthenticatedUser: [ "GET /user/marketplace_purchases" ],
        listSubscriptionsForAuthenticatedUserStubbed: [ "GET /user/marketplace_purchases/stubbed" ],
        listWebhookDeliveries: [ "GET /app/hook/deliveries" ],
        redeliverWebhookDelivery: [ "POST /app/hook/deliveries/{delivery_id}/attempts" ],
        removeRepoFromInstallation: [ "DELETE /user/installations/{installation_id}/repositories/{repository_id}", {}, {
          renamed: [ "apps", "removeRepoFromInstallationForAuthenticatedUser" ]
        } ],
        removeRepoFromInstallationForAuthenticatedUser: [ "DELETE /user/installations/{installation_id}/repositories/{repository_id}" ],
        resetToken: [ "PATCH /applications/{client_id}/token" ],
        revokeInstallationAccessToken: [ "DELETE /installation/token" ],
        scopeToken: [ "POST /applications/{client_id}/token/scoped" ],
        suspendInstallation: [ "PUT /app/installations/{installation_id}/suspended" ],
        unsuspendInstallation: [ "DELETE /app/installations/{installation_id}/suspended" ],
        updateWebhookConfigForApp: [ "PATCH /app/hook/config" ]
      },
      billing: {
        getGithubActionsBillingOrg: [ "GET /orgs/{org}/settings/billing/actions" ],
        getGithubActionsBillingUser: [ "GET /users/{username}/settings/billing/actions" ],
        getGithubPackagesBillingOrg: [ "GET /orgs/{org}/settings/billing/packages" ],
        getGithubPackagesBillingUser: [ "GET /users/{username}/settings/billing/packages" ],
        getSharedStorageBillingOrg: [ "GET /orgs/{org}/settings/billing/shared-storage" ],
        getSharedStorageBillingUser: [ "GET /users/{username}/settings/billing/shared-storage" ]
      },
      checks: {
        create: [ "POST /repos/{owner}/{repo}/check-runs" ],
        createSuite: [ "POST /repos/{owner}/{repo}/check-suites" ],
        get: [ "GET /repos/{owner}/{repo}/check-runs/{check_run_id}" ],
        getSuite: [ "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}" ],
        listAnnotations: [ "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations" ],
        listForRef: [ "GET /repos/{owner}/{repo}/commits/{ref}/check-runs" ],
        listForSuite: [ "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs" ],
        listSuitesForRef: [ "GET /repos/{owner}/{repo}/commits/{ref}/check-suites" ],
        rerequestRun: [ "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest" ],
        rerequestSuite: [ "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest" ],
        setSuitesPreferences: [ "PATCH /repos/{owner}/{repo}/check-suites/preferences" ],
        update: [ "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}" ]
      },
      codeScanning: {
        deleteAnalysis: [ "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}" ],
        getAlert: [ "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}", {}, {
          renamedParameters: {
            alert_id: "alert_number"
          }
        } ],
        getAnalysis: [ "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}" ],
        getCodeqlDatabase: [ "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}" ],
        getDefaultSetup: [ "GET /repos/{owner}/{repo}/code-scanning/default-setup" ],
        getSarif: [ "GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}" ],
        listAlertInstances: [ "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances" ],
        listAlertsForOrg: [ "GET /orgs/{org}/code-scanning/alerts" ],
        listAlertsForRepo: [ "GET /repos/{owner}/{repo}/code-scanning/alerts" ],
        listAlertsInstances: [ "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances", {}, {
          renamed: [ "codeScanning", "listAlertInstances" ]
        } ],
        listCodeqlDatabases: [ "GET /repos/{owner}/{repo}/code-scanning/codeql/databases" ],
        listRecentAnalyses: [ "GET /repos/{owner}/{repo}/code-scanning/analyses" ],
        updateAlert: [ "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}" ],
        updateDefaultSetup: [ "PATCH /repos/{owner}/{repo}/code-scanning/default-setup" ],
        uploadSarif: [ "POST /repos/{owner}/{repo}/code-scanning/sarifs" ]
      },
      codesOfConduct: {
        getAllCodesOfConduct: [ "GET /codes_of_conduct" ],
        getConductCode: [ "GET /codes_of_conduct/{key}" ]
      },
      codespaces: {
        addRepositoryForSecretForAuthenticatedUser: [ "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}" ],
        addSelectedRepoToOrgSecret: [ "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}" ],
        checkPermissionsForDevcontainer: [ "GET /repos/{owner}/{repo}/codespaces/permissions_check" ],
        codespaceMachinesForAuthenticatedUser: [ "GET /user/codespaces/{codespace_name}/machines" ],
        createForAuthenticatedUser: [ "POST /user/codespaces" ],
        createOrUpdateOrgSecret: [ "PUT /orgs/{org}/codespaces/secrets/{secret_name}" ],
        createOrUpdateRepoSecret: [ "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}" ],
        createOrUpdateSecretForAuthenticatedUser: [ "PUT /user/codespaces/secrets/{secret_name}" ],
        createWithPrForAuthenticatedUser: [ "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces" ],
        createWithRepoForAuthenticatedUser: [ "POST /repos/{owner}/{repo}/codespaces" ],
        deleteForAuthenticatedUser: [ "DELETE /user/codespaces/{codespace_name}" ],
        deleteFromOrganization: [ "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}" ],
        deleteOrgSecret: [ "DELETE /orgs/{org}/codespaces/secrets/{secret_name}" ],
        deleteRepoSecret: [ "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}" ],
        deleteSecretForAuthenticatedUser: [ "DELETE /user/codespaces/secrets/{secret_name}" ],
        exportForAuthenticatedUser: [ "POST /user/codespaces/{codespace_name}/exports" ],
        getCodespacesForUserInOrg: [ "GET /orgs/{org}/members/{username}/codespaces" ],
        getExportDetailsForAuthenticatedUser: [ "GET /user/codespaces/{codespace_name}/exports/{export_id}" ],
        getForAuthenticatedUser: [ "GET /user/codespaces/{codespace_name}" ],
        getOrgPublicKey: [ "GET /orgs/{org}/codespaces/secrets/public-key" ],
        getOrgSecret: [ "GET /orgs/{org}/codespaces/secrets/{secret_name}" ],
        getPublicKeyForAuthenticatedUser: [ "GET /user/codespaces/secrets/public-key" ],
        getRepoPublicKey: [ "GET /repos/{owner}/{repo}/codespaces/secrets/public-key" ],
        getRepoSecret: [ "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}" ],
        getSecretForAuthenticatedUser: [ "GET /user/codespaces/secrets/{secret_name}" ],
        listDevcontainersInRepositoryForAuthenticatedUser: [ "GET /repos/{owner}/{repo}/codespaces/devcontainers" ],
        listForAuthenticatedUser: [ "GET /user/codespaces" ],
        listInOrganization: [ "GET /orgs/{org}/codespaces", {}, {
          renamedParameters: {
            org_id: "org"
          }
        } ],
        listInRepositoryForAuthenticatedUser: [ "GET /repos/{owner}/{repo}/codespaces" ],
        listOrgSecrets: [ "GET /orgs/{org}/codespaces/secrets" ],
        listRepoSecrets: [ "GET /repos/{owner}/{repo}/codespaces/secrets" ],
        listRepositoriesForSecretForAuthenticatedUser: [ "GET /user/codespaces/secrets/{secret_name}/repositories" ],
        listSecretsForAuthenticatedUser: [ "GET /user/codespaces/secrets" ],
        listSelectedReposForOrgSecret: [ "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories" ],
        preFlightWithRepoForAuthenticatedUser: [ "GET /repos/{owner}/{repo}/codespaces/new" ],
        publishForAuthenticatedUser: [ "POST /user/codespaces/{codespace_name}/publish" ],
        removeRepositoryForSecretForAuthenticatedUser: [ "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}" ],
        removeSelectedRepoFromOrgSecret: [ "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}" ],
        repoMachinesForAuthenticatedUser: [ "GET /repos/{owner}/{repo}/codespaces/machines" ],
        setRepositoriesForSecretForAuthenticatedUser: [ "PUT /user/codespaces/secrets/{secret_name}/repositories" ],
        setSelectedReposForOrgSecret: [ "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories" ],
        startForAuthenticatedUser: [ "POST /user/codespaces/{codespace_name}/start" ],
        stopForAuthenticatedUser: [ "POST /user/codespaces/{codespace_name}/stop" ],
        stopInOrganization: [ "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop" ],
        updateForAuthenticatedUser: [ "PATCH /user/codespaces/{codespace_name}" ]
      },
      copilot: {
        addCopilotSeatsForTeams: [ "POST /orgs/{org}/copilot/billing/selected_teams" ],
        addCopilotSeatsForUsers: [ "POST /orgs/{org}/copilot/billing/selected_users" ],
        cancelCopilotSeatAssignmentForTeams: [ "DELETE /orgs/{org}/copilot/billing/selected_teams" ],
        cancelCopilotSeatAssignmentForUsers: [ "DELETE /orgs/{org}/copilot/billing/selected_users" ],
        getCopilotOrganizationDetails: [ "GET /orgs/{org}/copilot/billing" ],
        getCopilotSeatDetailsForUser: [ "GET /orgs/{org}/members/{username}/copilot" ],
        listCopilotSeats: [ "GET /orgs/{org}/copilot/billing/seats" ]
      },
      dependabot: {
        addSelectedRepoToOrgSecret: [ "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}" ],
        createOrUpdateOrgSecret: [ "PUT /orgs/{org}/dependabot/secrets/{secret_name}" ],
        createOrUpdateRepoSecret: [ "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}" ],
        deleteOrgSecret: [ "DELETE /orgs/{org}/dependabot/secrets/{secret_name}" ],
        deleteRepoSecret: [ "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}" ],
        getAlert: [ "GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}" ],
        getOrgPublicKey: [ "GET /orgs/{org}/dependabot/secrets/public-key" ],
        getOrgSecret: [ "GET /orgs/{org}/dependabot/secrets/{secret_name}" ],
        getRepoPublicKey: [ "GET /repos/{owner}/{repo}/dependabot/secrets/public-key" ],
        getRepoSecret: [ "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}" ],
        listAlertsForEnterprise: [ "GET /enterprises/{enterprise}/dependabot/alerts" ],
        listAlertsForOrg: [ "GET /orgs/{org}/dependabot/alerts" ],
        listAlertsForRepo: [ "GET /repos/{owner}/{repo}/dependabot/alerts" ],
        listOrgSecrets: [ "GET /orgs/{org}/dependabot/secrets" ],
        listRepoSecrets: [ "GET /repos/{owner}/{repo}/dependabot/secrets" ],
        listSelectedReposForOrgSecret: [ "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories" ],
        removeSelectedRepoFromOrgSecret: [ "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}" ],
        setSelectedReposForOrgSecret: [ "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories" ],
        updateAlert: [ "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}" ]
      },
      dependencyGraph: {
        createRepositorySnapshot: [ "POST /repos/{owner}/{repo}/dependency-graph/snapshots" ],
        diffRange: [ "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}" ],
        exportSbom: [ "GET /repos/{owner}/{repo}/dependency-graph/sbom" ]
      },
      emojis: {
        get: [ "GET /emojis" ]
      },
      gists: {
        checkIsStarred: [ "GET /gists/{gist_id}/star" ],
        create: [ "POST /gists" ],
        createComment: [ "POST /gists/{gist_id}/comments" ],
        delete: [ "DELETE /gists/{gist_id}" ],
        deleteComment: [ "DELETE /gists/{gist_id}/comments/{comment_id}" ],
        fork: [ "POST /gists/{gist_id}/forks" ],
        get: [ "GET /gists/{gist_id}" ],
        getComment: [ "GET /gists/{gist_id}/comments/{comment_id}" ],
        getRevision: [ "GET /gists/{gist_id}/{sha}" ],
        list: [ "GET /gists" ],
        listComments: [ "GET /gists/{gist_id}/comments" ],
        listCommits: [ "GET /gists/{gist_id}/commits" ],
        listForUser: [ "GET /users/{username}/gists" ],
        listForks: [ "GET /gists/{gist_id}/forks" ],
        listPublic: [ "GET /gists/public" ],
        listStarred: [ "GET /gists/starred" ],
        star: [ "PUT /gists/{gist_id}/star" ],
        unstar: [ "DELETE /gists/{gist_id}/star" ],
        update: [ "PATCH /gists/{gist_id}" ],
        updateComment: [ "PATCH /gists/{gist_id}/comments/{comment_id}" ]
      },
      git: {
        createBlob: [ "POST /repos/{owner}/{repo}/git/blobs" ],
        createCommit: [ "POST /repos/{owner}/{repo}/git/commits" ],
        createRef: [ "POST /repos/{owner}/{repo}/git/refs" ],
        createTag: [ "POST /repos/{owner}/{repo}/git/tags" ],
        createTree: [ "POST /repos/{owner}/{repo}/git/trees" ],
        deleteRef: [ "DELETE /repos/{owner}/{repo}/git/refs/{ref}" ],
        getBlob: [ "GET /repos/{owner}/{repo}/git/blobs/{file_sha}" ],
        getCommit: [ "GET /repos/{owner}/{repo}/git/commits/{commit_sha}" ],
        getRef: [ "GET /repos/{owner}/{repo}/git/ref/{ref}" ],
        getTag: [ "GET /repos/{owner}/{repo}/git/tags/{tag_sha}" ],
        getTree: [ "GET /repos/{owner}/{repo}/git/trees/{tree_sha}" ],
        listMatchingRefs: [ "GET /repos/{owner}/{repo}/git/matching-refs/{ref}" ],
        updateRef: [ "PATCH /repos/{owner}/{repo}/git/refs/{ref}" ]
      },
      gitignore: {
        getAllTemplates: [ "GET /gitignore/templates" ],
        getTemplate: [ "GET /gitignore/templates/{name}" ]
      },
      interactions: {
        getRestrictionsForAuthenticatedUser: [ "GET /user/interaction-limits" ],
        getRestrictionsForOrg: [ "GET /orgs/{org}/interaction-limits" ],
        getRestrictionsForRepo: [ "GET /repos/{owner}/{repo}/interaction-limits" ],
        getRestrictionsForYourPublicRepos: [ "GET /user/interaction-limits", {}, {
          renamed: [ "interactions", "getRestrictionsForAuthenticatedUser" ]
        } ],
        removeRestrictionsForAuthenticatedUser: [ "DELETE /user/interaction-limits" ],
        removeRestrictionsForOrg: [ "DELETE /orgs/{org}/interaction-limits" ],
        removeRestrictionsForRepo: [ "DELETE /repos/{owner}/{repo}/interaction-limits" ],
        removeRestrictionsForYourPublicRepos: [ "DELETE /user/interaction-limits", {}, {
          renamed: [ "interactions", "removeRestrictionsForAuthenticatedUser" ]
        } ],
        setRestrictionsForAuthenticatedUser: [ "PUT /user/interaction-limits" ],
        setRestrictionsForOrg: [ "PUT /orgs/{org}/interaction-limits" ],
        setRestrictionsForRepo: [ "PUT /repos/{owner}/{repo}/interaction-limits" ],
        setRestrictionsForYourPublicRepos: [ "PUT /user/interaction-limits", {}, {
          renamed: [ "interactions", "setRestrictionsForAuthenticatedUser" ]
        } ]
      },
      issues: {
        addAssignees: [ "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees" ],
        addLabels: [ "POST /repos/{owner}/{repo}/issues/{issue_number}/labels" ],
        checkUserCanBeAssigned: [ "GET /repos/{owner}/{repo}/assignees/{assignee}" ],
        checkUserCanBeAssignedToIssue: [ "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}" ],
        create: [ "POST /repos/{owner}/{repo}/issues" ],
        createComment: [ "POST /repos/{owner}/{repo}/issues/{issue_number}/comments" ],
        createLabel: [ "POST /repos/{owner}/{repo}/labels" ],
        createMilestone: [ "POST /repos/{owner}/{repo}/milestones" ],
        deleteComment: [ "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}" ],
        deleteLabel: [ "DELETE /repos/{owner}/{repo}/labels/{name}" ],
        deleteMilestone: [ "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}" ],
        get: [ "GET /repos/{owner}/{repo}/issues/{issue_number}" ],
        getComment: [ "GET /repos/{owner}/{repo}/issues/comments/{comment_id}" ],
        getEvent: [ "GET /repos/{owner}/{repo}/issues/events/{event_id}" ],
        getLabel: [ "GET /repos/{owner}/{repo}/labels/{name}" ],
        getMilestone: [ "GET /repos/{owner}/{repo}/milestones/{milestone_number}" ],
        list: [ "GET /issues" ],
        listAssignees: [ "GET /repos/{owner}/{repo}/assignees" ],
        listComments: [ "GET /repos/{owner}/{repo}/issues/{issue_number}/comments" ],
        listCommentsForRepo: [ "GET /repos/{owner}/{repo}/issues/comments" ],
        listEvents: [ "GET /repos/{owner}/{repo}/issues/{issue_number}/events" ],
        listEventsForRepo: [ "GET /repos/{owner}/{repo}/issues/events" ],
        listEventsForTimeline: [ "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline" ],
        listForAuthenticatedUser: [ "GET /user/issues" ],
        listForOrg: [ "GET /orgs/{org}/issues" ],
        listForRepo: [ "GET /repos/{owner}/{repo}/issues" ],
        listLabelsForMilestone: [ "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels" ],
        listLabelsForRepo: [ "GET /repos/{owner}/{repo}/labels" ],
        listLabelsOnIssue: [ "GET /repos/{owner}/{repo}/issues/{issue_number}/labels" ],
        listMilestones: [ "GET /repos/{owner}/{repo}/milestones" ],
        lock: [ "PUT /repos/{owner}/{repo}/issues/{issue_number}/lock" ],
        removeAllLabels: [ "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels" ],
        removeAssignees: [ "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees" ],
        removeLabel: [ "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}" ],
        setLabels: [ "PUT /repos/{owner}/{repo}/issues/{issue_number}/labels" ],
        unlock: [ "DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock" ],
        update: [ "PATCH /repos/{owner}/{repo}/issues/{issue_number}" ],
        updateComment: [ "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}" ],
        updateLabel: [ "PATCH /repos/{owner}/{repo}/labels/{name}" ],
        updateMilestone: [ "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}" ]
      },
      licenses: {
        get: [ "GET /licenses/{license}" ],
        getAllCommonlyUsed: [ "GET /licenses" ],
        getForRepo: [ "GET /repos/{owner}/{repo}/license" ]
      },
      markdown: {
        render: [ "POST /markdown" ],
        renderRaw: [ "POST /markdown/raw", {
          headers: {
            "content-type": "text/plain; charset=utf-8"
          }
        } ]
      },
      meta: {
        get: [ "GET /meta" ],
        getAllVersions: [ "GET /versions" ],
        getOctocat: [ "GET /octocat" ],
        getZen: [ "GET /zen" ],
        root: [ "GET /" ]
      },
      migrations: {
        cancelImport: [ "DELETE /repos/{owner}/{repo}/import", {}, {
          deprecated: "octokit.rest.migrations.cancelImport() is deprecated, see https://docs.github.com/rest/migrations/source-imports#cancel-an-import"
        } ],
        deleteArchiveForAuthenticatedUser: [ "DELETE /user/migrations/{migration_id}/archive" ],
        deleteArchiveForOrg: [ "DELETE /orgs/{org}/migrations/{migration_id}/archive" ],
        downloadArchiveForOrg: [ "GET /orgs/{org}/migrations/{migration_id}/archive" ],
        getArchiveForAuthenticatedUser: [ "GET /user/migrations/{migration_id}/archive" ],
        getCommitAuthors: [ "GET /repos/{owner}/{repo}/import/authors", {}, {
          deprecated: "octokit.rest.migrations.getCommitAuthors() is deprecated, see https://docs.github.com/rest/migrations/source-imports#get-commit-authors"
        } ],
        getImportStatus: [ "GET /repos/{owner}/{repo}/import", {}, {
          deprecated: "octokit.rest.migrations.getImportStatus() is deprecated, see https://docs.github.com/rest/migrations/source-imports#get-an-import-status"
        } ],
        getLargeFiles: [ "GET /repos/{owner}/{repo}/import/large_files", {}, {
          deprecated: "octokit.rest.migrations.getLargeFiles() is deprecated, see https://docs.github.com/rest/migrations/source-imports#get-large-files"
        } ],
        getStatusForAuthenticatedUser: [ "GET /user/migrations/{migration_id}" ],
        getStatusForOrg: [ "GET /orgs/{org}/migrations/{migration_id}" ],
        listForAuthenticatedUser: [ "GET /user/migrations" ],
        listForOrg: [ "GET /orgs/{org}/migrations" ],
        listReposForAuthenticatedUser: [ "GET /user/migrations/{migration_id}/repositories" ],
        listReposForOrg: [ "GET /orgs/{org}/migrations/{migration_id}/repositories" ],
        listReposForUser: [ "GET /user/migrations/{migration_id}/repositories", {}, {
          renamed: [ "migrations", "listReposForAuthenticatedUser" ]
        } ],
        mapCommitAuthor: [ "PATCH /repos/{owner}/{repo}/import/authors/{author_id}", {}, {
          deprecated: "octokit.rest.migrations.mapCommitAuthor() is deprecated, see https://docs.github.com/rest/migrations/source-imports#map-a-commit-author"
        } ],
        setLfsPreference: [ "PATCH /repos/{owner}/{repo}/import/lfs", {}, {
          deprecated: "octokit.rest.migrations.setLfsPreference() is deprecated, see https://docs.github.com/rest/migrations/source-imports#update-git-lfs-preference"
        } ],
        startForAuthenticatedUser: [ "POST /user/migrations" ],
        startForOrg: [ "POST /orgs/{org}/migrations" ],
        startImport: [ "PUT /repos/{owner}/{repo}/import", {}, {
          deprecated: "octokit.rest.migrations.startImport() is deprecated, see https://docs.github.com/rest/migrations/source-imports#start-an-import"
        } ],
        unlockRepoForAuthenticatedUser: [ "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock" ],
        unlockRepoForOrg: [ "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock" ],
        updateImport: [ "PATCH /repos/{owner}/{repo}/import", {}, {
          deprecated: "octokit.rest.migrations.updateImport() is deprecated, see https://docs.github.com/rest/migrations/source-imports#update-an-import"
        } ]
      },
      oidc: {
        getOidcCustomSubTemplateForOrg: [ "GET /orgs/{org}/actions/oidc/customization/sub" ],
        updateOidcCustomSubTemplateForOrg: [ "PUT /orgs/{org}/actions/oidc/customization/sub" ]
      },
      orgs: {
        addSecurityManagerTeam: [ "PUT /orgs/{org}/security-managers/teams/{team_slug}" ],
        assignTeamToOrgRole: [ "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}" ],
        assignUserToOrgRole: [ "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}" ],
        blockUser: [ "PUT /orgs/{org}/blocks/{username}" ],
        cancelInvitation: [ "DELETE /orgs/{org}/invitations/{invitation_id}" ],
        checkBlockedUser: [ "GET /orgs/{org}/blocks/{username}" ],
        checkMembershipForUser: [ "GET /orgs/{org}/members/{username}" ],
        checkPublicMembershipForUser: [ "GET /orgs/{org}/public_members/{username}" ],
        convertMemberToOutsideCollaborator: [ "PUT /orgs/{org}/outside_collaborators/{username}" ],
        createCustomOrganizationRole: [ "POST /orgs/{org}/organization-roles" ],
        createInvitation: [ "POST /orgs/{org}/invitations" ],
        createOrUpdateCustomProperties: [ "PATCH /orgs/{org}/properties/schema" ],
        createOrUpdateCustomPropertiesValuesForRepos: [ "PATCH /orgs/{org}/properties/values" ],
        createOrUpdateCustomProperty: [ "PUT /orgs/{org}/properties/schema/{custom_property_name}" ],
        createWebhook: [ "POST /orgs/{org}/hooks" ],
        delete: [ "DELETE /orgs/{org}" ],
        deleteCustomOrganizationRole: [ "DELETE /orgs/{org}/organization-roles/{role_id}" ],
        deleteWebhook: [ "DELETE /orgs/{org}/hooks/{hook_id}" ],
        enableOrDisableSecurityProductOnAllOrgRepos: [ "POST /orgs/{org}/{security_product}/{enablement}" ],
        get: [ "GET /orgs/{org}" ],
        getAllCustomProperties: [ "GET /orgs/{org}/properties/schema" ],
        getCustomProperty: [ "GET /orgs/{org}/properties/schema/{custom_property_name}" ],
        getMembershipForAuthenticatedUser: [ "GET /user/memberships/orgs/{org}" ],
        getMembershipForUser: [ "GET /orgs/{org}/memberships/{username}" ],
        getOrgRole: [ "GET /orgs/{org}/organization-roles/{role_id}" ],
        getWebhook: [ "GET /orgs/{org}/hooks/{hook_id}" ],
        getWebhookConfigForOrg: [ "GET /orgs/{org}/hooks/{hook_id}/config" ],
        getWebhookDelivery: [ "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}" ],
        list: [ "GET /organizations" ],
        listAppInstallations: [ "GET /orgs/{org}/installations" ],
        listBlockedUsers: [ "GET /orgs/{org}/blocks" ],
        listCustomPropertiesValuesForRepos: [ "GET /orgs/{org}/properties/values" ],
        listFailedInvitations: [ "GET /orgs/{org}/failed_invitations" ],
        listForAuthenticatedUser: [ "GET /user/orgs" ],
        listForUser: [ "GET /users/{username}/orgs" ],
        listInvitationTeams: [ "GET /orgs/{org}/invitations/{invitation_id}/teams" ],
        listMembers: [ "GET /orgs/{org}/members" ],
        listMembershipsForAuthenticatedUser: [ "GET /user/memberships/orgs" ],
        listOrgRoleTeams: [ "GET /orgs/{org}/organization-roles/{role_id}/teams" ],
        listOrgRoleUsers: [ "GET /orgs/{org}/organization-roles/{role_id}/users" ],
        listOrgRoles: [ "GET /orgs/{org}/organization-roles" ],
        listOrganizationFineGrainedPermissions: [ "GET /orgs/{org}/organization-fine-grained-permissions" ],
        listOutsideCollaborators: [ "GET /orgs/{org}/outside_collaborators" ],
        listPatGrantRepositories: [ "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories" ],
        listPatGrantRequestRepositories: [ "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories" ],
        listPatGrantRequests: [ "GET /orgs/{org}/personal-access-token-requests" ],
        listPatGrants: [ "GET /orgs/{org}/personal-access-tokens" ],
        listPendingInvitations: [ "GET /orgs/{org}/invitations" ],
        listPublicMembers: [ "GET /orgs/{org}/public_members" ],
        listSecurityManagerTeams: [ "GET /orgs/{org}/security-managers" ],
        listWebhookDeliveries: [ "GET /orgs/{org}/hooks/{hook_id}/deliveries" ],
        listWebhooks: [ "GET /orgs/{org}/hooks" ],
        patchCustomOrganizationRole: [ "PATCH /orgs/{org}/organization-roles/{role_id}" ],
        pingWebhook: [ "POST /orgs/{org}/hooks/{hook_id}/pings" ],
        redeliverWebhookDelivery: [ "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts" ],
        removeCustomProperty: [ "DELETE /orgs/{org}/properties/schema/{custom_property_name}" ],
        removeMember: [ "DELETE /orgs/{org}/members/{username}" ],
        removeMembershipForUser: [ "DELETE /orgs/{org}/memberships/{username}" ],
        removeOutsideCollaborator: [ "DELETE /orgs/{org}/outside_collaborators/{username}" ],
        removePublicMembershipForAuthenticatedUser: [ "DELETE /orgs/{org}/public_members/{username}" ],
        removeSecurityManagerTeam: [ "DELETE /orgs/{org}/security-managers/teams/{team_slug}" ],
        reviewPatGrantRequest: [ "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}" ],
        reviewPatGrantRequestsInBulk: [ "POST /orgs/{org}/personal-access-token-requests" ],
        revokeAllOrgRolesTeam: [ "DELETE /orgs/{org}/organization-roles/teams/{team_slug}" ],
        revokeAllOrgRolesUser: [ "DELETE /orgs/{org}/organization-roles/users/{username}" ],
        revokeOrgRoleTeam: [ "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}" ],
        revokeOrgRoleUser: [ "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}" ],
        setMembershipForUser: [ "PUT /orgs/{org}/memberships/{username}" ],
        setPublicMembershipForAuthenticatedUser: [ "PUT /orgs/{org}/public_members/{username}" ],
        unblockUser: [ "DELETE /orgs/{org}/blocks/{username}" ],
        update: [ "PATCH /orgs/{org}" ],
        updateMembershipForAuthenticatedUser: [ "PATCH /user/memberships/orgs/{org}" ],
        updatePatAccess: [ "POST /orgs/{org}/personal-access-tokens/{pat_id}" ],
        updatePatAccesses: [ "POST /orgs/{org}/personal-access-tokens" ],
        updateWebhook: [ "PATCH /orgs/{org}/hooks/{hook_id}" ],
        updateWebhookConfigForOrg: [ "PATCH /orgs/{org}/hooks/{hook_id}/config" ]
      },
      packages: {
        deletePackageForAuthenticatedUser: [ "DELETE /user/packages/{package_type}/{package_name}" ],
        deletePackageForOrg: [ "DELETE /orgs/{org}/packages/{package_type}/{package_name}" ],
        deletePackageForUser: [ "DELETE /users/{username}/packages/{package_type}/{package_name}" ],
        deletePackageVersionForAuthenticatedUser: [ "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}" ],
        deletePackageVersionForOrg: [ "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}" ],
        deletePackageVersionForUser: [ "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}" ],
        getAllPackageVersionsForAPackageOwnedByAnOrg: [ "GET /orgs/{org}/packages/{package_type}/{package_name}/versions", {}, {
          renamed: [ "packages", "getAllPackageVersionsForPackageOwnedByOrg" ]
        } ],
        getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [ "GET /user/packages/{package_type}/{package_name}/versions", {}, {
          renamed: [ "packages", "getAllPackageVersionsForPackageOwnedByAuthenticatedUser" ]
        } ],
        getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [ "GET /user/packages/{package_type}/{package_name}/versions" ],
        getAllPackageVersionsForPackageOwnedByOrg: [ "GET /orgs/{org}/packages/{package_type}/{package_name}/versions" ],
        getAllPackageVersionsForPackageOwnedByUser: [ "GET /users/{username}/packages/{package_type}/{package_name}/versions" ],
        getPackageForAuthenticatedUser: [ "GET /user/packages/{package_type}/{package_name}" ],
        getPackageForOrganization: [ "GET /orgs/{org}/packages/{package_type}/{package_name}" ],
        getPackageForUser: [ "GET /users/{username}/packages/{package_type}/{package_name}" ],
        getPackageVersionForAuthenticatedUser: [ "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}" ],
        getPackageVersionForOrganization: [ "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}" ],
        getPackageVersionForUser: [ "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}" ],
        listDockerMigrationConflictingPackagesForAuthenticatedUser: [ "GET /user/docker/conflicts" ],
        listDockerMigrationConflictingPackagesForOrganization: [ "GET /orgs/{org}/docker/conflicts" ],
        listDockerMigrationConflictingPackagesForUser: [ "GET /users/{username}/docker/conflicts" ],
        listPackagesForAuthenticatedUser: [ "GET /user/packages" ],
        listPackagesForOrganization: [ "GET /orgs/{org}/packages" ],
        listPackagesForUser: [ "GET /users/{username}/packages" ],
        restorePackageForAuthenticatedUser: [ "POST /user/packages/{package_type}/{package_name}/restore{?token}" ],
        restorePackageForOrg: [ "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}" ],
        restorePackageForUser: [ "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}" ],
        restorePackageVersionForAuthenticatedUser: [ "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore" ],
        restorePackageVersionForOrg: [ "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore" ],
        restorePackageVersionForUser: [ "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore" ]
      },
      projects: {
        addCollaborator: [ "PUT /projects/{project_id}/collaborators/{username}" ],
        createCard: [ "POST /projects/columns/{column_id}/cards" ],
        createColumn: [ "POST /projects/{project_id}/columns" ],
        createForAuthenticatedUser: [ "POST /user/projects" ],
        createForOrg: [ "POST /orgs/{org}/projects" ],
        createForRepo: [ "POST /repos/{owner}/{repo}/projects" ],
        delete: [ "DELETE /projects/{project_id}" ],
        deleteCard: [ "DELETE /projects/columns/cards/{card_id}" ],
        deleteColumn: [ "DELETE /projects/columns/{column_id}" ],
        get: [ "GET /projects/{project_id}" ],
        getCard: [ "GET /projects/columns/cards/{card_id}" ],
        getColumn: [ "GET /projects/columns/{column_id}" ],
        getPermissionForUser: [ "GET /projects/{project_id}/collaborators/{username}/permission" ],
        listCards: [ "GET /projects/columns/{column_id}/cards" ],
        listCollaborators: [ "GET /projects/{project_id}/collaborators" ],
        listColumns: [ "GET /projects/{project_id}/columns" ],
        listForOrg: [ "GET /orgs/{org}/projects" ],
        listForRepo: [ "GET /repos/{owner}/{repo}/projects" ],
        listForUser: [ "GET /users/{username}/projects" ],
        moveCard: [ "POST /projects/columns/cards/{card_id}/moves" ],
        moveColumn: [ "POST /projects/columns/{column_id}/moves" ],
        removeCollaborator: [ "DELETE /projects/{project_id}/collaborators/{username}" ],
        update: [ "PATCH /projects/{project_id}" ],
        updateCard: [ "PATCH /projects/columns/cards/{card_id}" ],
        updateColumn: [ "PATCH /projects/columns/{column_id}" ]
      },
      pulls: {
        checkIfMerged: [ "GET /repos/{owner}/{repo}/pulls/{pull_number}/merge" ],
        create: [ "POST /repos/{owner}/{repo}/pulls" ],
        createReplyForReviewComment: [ "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies" ],
        createReview: [ "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews" ],
        createReviewComment: [ "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments" ],
        deletePendingReview: [ "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}" ],
        deleteReviewComment: [ "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}" ],
        dismissReview: [ "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals" ],
        get: [ "GET /repos/{owner}/{repo}/pulls/{pull_number}" ],
        getReview: [ "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}" ],
        getReviewComment: [ "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}" ],
        list: [ "GET /repos/{owner}/{repo}/pulls" ],
        listCommentsForReview: [ "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments" ],
        listCommits: [ "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits" ],
        listFiles: [ "GET /repos/{owner}/{repo}/pulls/{pull_number}/files" ],
        listRequestedReviewers: [ "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers" ],
        listReviewComments: [ "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments" ],
        listReviewCommentsForRepo: [ "GET /repos/{owner}/{repo}/pulls/comments" ],
        listReviews: [ "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews" ],
        merge: [ "PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge" ],
        removeRequestedReviewers: [ "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers" ],
        requestReviewers: [ "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers" ],
        submitReview: [ "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events" ],
        update: [ "PATCH /repos/{owner}/{repo}/pulls/{pull_number}" ],
        updateBranch: [ "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch" ],
        updateReview: [ "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}" ],
        updateReviewComment: [ "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}" ]
      },
      rateLimit: {
        get: [ "GET /rate_limit" ]
      },
      reactions: {
        createForCommitComment: [ "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions" ],
        createForIssue: [ "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions" ],
        createForIssueComment: [ "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions" ],
        createForPullRequestReviewComment: [ "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions" ],
        createForRelease: [ "POST /repos/{owner}/{repo}/releases/{release_id}/reactions" ],
        createForTeamDiscussionCommentInOrg: [ "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions" ],
        createForTeamDiscussionInOrg: [ "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions" ],
        deleteForCommitComment: [ "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}" ],
        deleteForIssue: [ "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}" ],
        deleteForIssueComment: [ "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}" ],
        deleteForPullRequestComment: [ "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}" ],
        deleteForRelease: [ "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}" ],
        deleteForTeamDiscussion: [ "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}" ],
        deleteForTeamDiscussionComment: [ "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}" ],
        listForCommitComment: [ "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions" ],
        listForIssue: [ "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions" ],
        listForIssueComment: [ "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions" ],
        listForPullRequestReviewComment: [ "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions" ],
        listForRelease: [ "GET /repos/{owner}/{repo}/releases/{release_id}/reactions" ],
        listForTeamDiscussionCommentInOrg: [ "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions" ],
        listForTeamDiscussionInOrg: [ "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions" ]
      },
      repos: {
        acceptInvitation: [ "PATCH /user/repository_invitations/{invitation_id}", {}, {
          renamed: [ "repos", "acceptInvitationForAuthenticatedUser" ]
        } ],
        acceptInvitationForAuthenticatedUser: [ "PATCH /user/repository_invitations/{invitation_id}" ],
        addAppAccessRestrictions: [ "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps", {}, {
          mapToData: "apps"
        } ],
        addCollaborator: [ "PUT /repos/{owner}/{repo}/collaborators/{username}" ],
        addStatusCheckContexts: [ "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts", {}, {
          mapToData: "contexts"
        } ],
        addTeamAccessRestrictions: [ "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams", {}, {
          mapToData: "teams"
        } ],
        addUserAccessRestrictions: [ "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users", {}, {
          mapToData: "users"
        } ],
        cancelPagesDeployment: [ "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel" ],
        checkAutomatedSecurityFixes: [ "GET /repos/{owner}/{repo}/automated-security-fixes" ],
        checkCollaborator: [ "GET /repos/{owner}/{repo}/collaborators/{username}" ],
        checkVulnerabilityAlerts: [ "GET /repos/{owner}/{repo}/vulnerability-alerts" ],
        codeownersErrors: [ "GET /repos/{owner}/{repo}/codeowners/errors" ],
        compareCommits: [ "GET /repos/{owner}/{repo}/compare/{base}...{head}" ],
        compareCommitsWithBasehead: [ "GET /repos/{owner}/{repo}/compare/{basehead}" ],
        createAutolink: [ "POST /repos/{owner}/{repo}/autolinks" ],
        createCommitComment: [ "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments" ],
        createCommitSignatureProtection: [ "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures" ],
        createCommitStatus: [ "POST /repos/{owner}/{repo}/statuses/{sha}" ],
        createDeployKey: [ "POST /repos/{owner}/{repo}/keys" ],
        createDeployment: [ "POST /repos/{owner}/{repo}/deployments" ],
        createDeploymentBranchPolicy: [ "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies" ],
        createDeploymentProtectionRule: [ "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules" ],
        createDeploymentStatus: [ "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses" ],
        createDispatchEvent: [ "POST /repos/{owner}/{repo}/dispatches" ],
        createForAuthenticatedUser: [ "POST /user/repos" ],
        createFork: [ "POST /repos/{owner}/{repo}/forks" ],
        createInOrg: [ "POST /orgs/{org}/repos" ],
        createOrUpdateCustomPropertiesValues: [ "PATCH /repos/{owner}/{repo}/properties/values" ],
        createOrUpdateEnvironment: [ "PUT /repos/{owner}/{repo}/environments/{environment_name}" ],
        createOrUpdateFileContents: [ "PUT /repos/{owner}/{repo}/contents/{path}" ],
        createOrgRuleset: [ "POST /orgs/{org}/rulesets" ],
        createPagesDeployment: [ "POST /repos/{owner}/{repo}/pages/deployments" ],
        createPagesSite: [ "POST /repos/{owner}/{repo}/pages" ],
        createRelease: [ "POST /repos/{owner}/{repo}/releases" ],
        createRepoRuleset: [ "POST /repos/{owner}/{repo}/rulesets" ],
        createTagProtection: [ "POST /repos/{owner}/{repo}/tags/protection" ],
        createUsingTemplate: [ "POST /repos/{template_owner}/{template_repo}/generate" ],
        createWebhook: [ "POST /repos/{owner}/{repo}/hooks" ],
        declineInvitation: [ "DELETE /user/repository_invitations/{invitation_id}", {}, {
          renamed: [ "repos", "declineInvitationForAuthenticatedUser" ]
        } ],
        declineInvitationForAuthenticatedUser: [ "DELETE /user/repository_invitations/{invitation_id}" ],
        delete: [ "DELETE /repos/{owner}/{repo}" ],
        deleteAccessRestrictions: [ "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions" ],
        deleteAdminBranchProtection: [ "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins" ],
        deleteAnEnvironment: [ "DELETE /repos/{owner}/{repo}/environments/{environment_name}" ],
        deleteAutolink: [ "DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}" ],
        deleteBranchProtection: [ "DELETE /repos/{owner}/{repo}/branches/{branch}/protection" ],
        deleteCommitComment: [ "DELETE /repos/{owner}/{repo}/comments/{comment_id}" ],
        deleteCommitSignatureProtection: [ "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures" ],
        deleteDeployKey: [ "DELETE /repos/{owner}/{repo}/keys/{key_id}" ],
        deleteDeployment: [ "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}" ],
        deleteDeploymentBranchPolicy: [ "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}" ],
        deleteFile: [ "DELETE /repos/{owner}/{repo}/contents/{path}" ],
        deleteInvitation: [ "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}" ],
        deleteOrgRuleset: [ "DELETE /orgs/{org}/rulesets/{ruleset_id}" ],
        deletePagesSite: [ "DELETE /repos/{owner}/{repo}/pages" ],
        deletePullRequestReviewProtection: [ "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews" ],
        deleteRelease: [ "DELETE /repos/{owner}/{repo}/releases/{release_id}" ],
        deleteReleaseAsset: [ "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}" ],
        deleteRepoRuleset: [ "DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}" ],
        deleteTagProtection: [ "DELETE /repos/{owner}/{repo}/tags/protection/{tag_protection_id}" ],
        deleteWebhook: [ "DELETE /repos/{owner}/{repo}/hooks/{hook_id}" ],
        disableAutomatedSecurityFixes: [ "DELETE /repos/{owner}/{repo}/automated-security-fixes" ],
        disableDeploymentProtectionRule: [ "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}" ],
        disablePrivateVulnerabilityReporting: [ "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting" ],
        disableVulnerabilityAlerts: [ "DELETE /repos/{owner}/{repo}/vulnerability-alerts" ],
        downloadArchive: [ "GET /repos/{owner}/{repo}/zipball/{ref}", {}, {
          renamed: [ "repos", "downloadZipballArchive" ]
        } ],
        downloadTarballArchive: [ "GET /repos/{owner}/{repo}/tarball/{ref}" ],
        downloadZipballArchive: [ "GET /repos/{owner}/{repo}/zipball/{ref}" ],
        enableAutomatedSecurityFixes: [ "PUT /repos/{owner}/{repo}/automated-security-fixes" ],
        enablePrivateVulnerabilityReporting: [ "PUT /repos/{owner}/{repo}/private-vulnerability-reporting" ],
        enableVulnerabilityAlerts: [ "PUT /repos/{owner}/{repo}/vulnerability-alerts" ],
        generateReleaseNotes: [ "POST /repos/{owner}/{repo}/releases/generate-notes" ],
        get: [ "GET /repos/{owner}/{repo}" ],
        getAccessRestrictions: [ "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions" ],
        getAdminBranchProtection: [ "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins" ],
        getAllDeploymentProtectionRules: [ "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules" ],
        getAllEnvironments: [ "GET /repos/{owner}/{repo}/environments" ],
        getAllStatusCheckContexts: [ "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts" ],
        getAllTopics: [ "GET /repos/{owner}/{repo}/topics" ],
        getAppsWithAccessToProtectedBranch: [ "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps" ],
        getAutolink: [ "GET /repos/{owner}/{repo}/autolinks/{autolink_id}" ],
        getBranch: [ "GET /repos/{owner}/{repo}/branches/{branch}" ],
        getBranchProtection: [ "GET /repos/{owner}/{repo}/branches/{branch}/protection" ],
        getBranchRules: [ "GET /repos/{owner}/{repo}/rules/branches/{branch}" ],
        getClones: [ "GET /repos/{owner}/{repo}/traffic/clones" ],
        getCodeFrequencyStats: [ "GET /repos/{owner}/{repo}/stats/code_frequency" ],
        getCollaboratorPermissionLevel: [ "GET /repos/{owner}/{repo}/collaborators/{username}/permission" ],
        getCombinedStatusForRef: [ "GET /repos/{owner}/{repo}/commits/{ref}/status" ],
        getCommit: [ "GET /repos/{owner}/{repo}/commits/{ref}" ],
        getCommitActivityStats: [ "GET /repos/{owner}/{repo}/stats/commit_activity" ],
        getCommitComment: [ "GET /repos/{owner}/{repo}/comments/{comment_id}" ],
        getCommitSignatureProtection: [ "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures" ],
        getCommunityProfileMetrics: [ "GET /repos/{owner}/{repo}/community/profile" ],
        getContent: [ "GET /repos/{owner}/{repo}/contents/{path}" ],
        getContributorsStats: [ "GET /repos/{owner}/{repo}/stats/contributors" ],
        getCustomDeploymentProtectionRule: [ "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}" ],
        getCustomPropertiesValues: [ "GET /repos/{owner}/{repo}/properties/values" ],
        getDeployKey: [ "GET /repos/{owner}/{repo}/keys/{key_id}" ],
        getDeployment: [ "GET /repos/{owner}/{repo}/deployments/{deployment_id}" ],
        getDeploymentBranchPolicy: [ "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}" ],
        getDeploymentStatus: [ "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}" ],
        getEnvironment: [ "GET /repos/{owner}/{repo}/environments/{environment_name}" ],
        getLatestPagesBuild: [ "GET /repos/{owner}/{repo}/pages/builds/latest" ],
        getLatestRelease: [ "GET /repos/{owner}/{repo}/releases/latest" ],
        getOrgRuleSuite: [ "GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}" ],
        getOrgRuleSuites: [ "GET /orgs/{org}/rulesets/rule-suites" ],
        getOrgRuleset: [ "GET /orgs/{org}/rulesets/{ruleset_id}" ],
        getOrgRulesets: [ "GET /orgs/{org}/rulesets" ],
        getPages: [ "GET /repos/{owner}/{repo}/pages" ],
        getPagesBuild: [ "GET /repos/{owner}/{repo}/pages/builds/{build_id}" ],
        getPagesDeployment: [ "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}" ],
        getPagesHealthCheck: [ "GET /repos/{owner}/{repo}/pages/health" ],
        getParticipationStats: [ "GET /repos/{owner}/{repo}/stats/participation" ],
        getPullRequestReviewProtection: [ "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews" ],
        getPunchCardStats: [ "GET /repos/{owner}/{repo}/stats/punch_card" ],
        getReadme: [ "GET /repos/{owner}/{repo}/readme" ],
        getReadmeInDirectory: [ "GET /repos/{owner}/{repo}/readme/{dir}" ],
        getRelease: [ "GET /repos/{owner}/{repo}/releases/{release_id}" ],
        getReleaseAsset: [ "GET /repos/{owner}/{repo}/releases/assets/{asset_id}" ],
        getReleaseByTag: [ "GET /repos/{owner}/{repo}/releases/tags/{tag}" ],
        getRepoRuleSuite: [ "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}" ],
        getRepoRuleSuites: [ "GET /repos/{owner}/{repo}/rulesets/rule-suites" ],
        getRepoRuleset: [ "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}" ],
        getRepoRulesets: [ "GET /repos/{owner}/{repo}/rulesets" ],
        getStatusChecksProtection: [ "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks" ],
        getTeamsWithAccessToProtectedBranch: [ "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams" ],
        getTopPaths: [ "GET /repos/{owner}/{repo}/traffic/popular/paths" ],
        getTopReferrers: [ "GET /repos/{owner}/{repo}/traffic/popular/referrers" ],
        getUsersWithAccessToProtectedBranch: [ "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users" ],
        getViews: [ "GET /repos/{owner}/{repo}/traffic/views" ],
        getWebhook: [ "GET /repos/{owner}/{repo}/hooks/{hook_id}" ],
        getWebhookConfigForRepo: [ "GET /repos/{owner}/{repo}/hooks/{hook_id}/config" ],
        getWebhookDelivery: [ "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}" ],
        listActivities: [ "GET /repos/{owner}/{repo}/activity" ],
        listAutolinks: [ "GET /repos/{owner}/{repo}/autolinks" ],
        listBranches: [ "GET /repos/{owner}/{repo}/branches" ],
        listBranchesForHeadCommit: [ "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head" ],
        listCollaborators: [ "GET /repos/{owner}/{repo}/collaborators" ],
        listCommentsForCommit: [ "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments" ],
        listCommitCommentsForRepo: [ "GET /repos/{owner}/{repo}/comments" ],
        listCommitStatusesForRef: [ "GET /repos/{owner}/{repo}/commits/{ref}/statuses" ],
        listCommits: [ "GET /repos/{owner}/{repo}/commits" ],
        listContributors: [ "GET /repos/{owner}/{repo}/contributors" ],
        listCustomDeploymentRuleIntegrations: [ "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps" ],
        listDeployKeys: [ "GET /repos/{owner}/{repo}/keys" ],
        listDeploymentBranchPolicies: [ "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies" ],
        listDeploymentStatuses: [ "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses" ],
        listDeployments: [ "GET /repos/{owner}/{repo}/deployments" ],
        listForAuthenticatedUser: [ "GET /user/repos" ],
        listForOrg: [ "GET /orgs/{org}/repos" ],
        listForUser: [ "GET /users/{username}/repos" ],
        listForks: [ "GET /repos/{owner}/{repo}/forks" ],
        listInvitations: [ "GET /repos/{owner}/{repo}/invitations" ],
        listInvitationsForAuthenticatedUser: [ "GET /user/repository_invitations" ],
        listLanguages: [ "GET /repos/{owner}/{repo}/languages" ],
        listPagesBuilds: [ "GET /repos/{owner}/{repo}/pages/builds" ],
        listPublic: [ "GET /repositories" ],
        listPullRequestsAssociatedWithCommit: [ "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls" ],
        listReleaseAssets: [ "GET /repos/{owner}/{repo}/releases/{release_id}/assets" ],
        listReleases: [ "GET /repos/{owner}/{repo}/releases" ],
        listTagProtection: [ "GET /repos/{owner}/{repo}/tags/protection" ],
        listTags: [ "GET /repos/{owner}/{repo}/tags" ],
        listTeams: [ "GET /repos/{owner}/{repo}/teams" ],
        listWebhookDeliveries: [ "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries" ],
        listWebhooks: [ "GET /repos/{owner}/{repo}/hooks" ],
        merge: [ "POST /repos/{owner}/{repo}/merges" ],
        mergeUpstream: [ "POST /repos/{owner}/{repo}/merge-upstream" ],
        pingWebhook: [ "POST /repos/{owner}/{repo}/hooks/{hook_id}/pings" ],
        redeliverWebhookDelivery: [ "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts" ],
        removeAppAccessRestrictions: [ "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps", {}, {
          mapToData: "apps"
        } ],
        removeCollaborator: [ "DELETE /repos/{owner}/{repo}/collaborators/{username}" ],
        removeStatusCheckContexts: [ "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts", {}, {
          mapToData: "contexts"
        } ],
        removeStatusCheckProtection: [ "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks" ],
        removeTeamAccessRestrictions: [ "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams", {}, {
          mapToData: "teams"
        } ],
        removeUserAccessRestrictions: [ "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users", {}, {
          mapToData: "users"
        } ],
        renameBranch: [ "POST /repos/{owner}/{repo}/branches/{branch}/rename" ],
        replaceAllTopics: [ "PUT /repos/{owner}/{repo}/topics" ],
        requestPagesBuild: [ "POST /repos/{owner}/{repo}/pages/builds" ],
        setAdminBranchProtection: [ "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins" ],
        setAppAccessRestrictions: [ "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps", {}, {
          mapToData: "apps"
        } ],
        setStatusCheckContexts: [ "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts", {}, {
          mapToData: "contexts"
        } ],
        setTeamAccessRestrictions: [ "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams", {}, {
          mapToData: "teams"
        } ],
        setUserAccessRestrictions: [ "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users", {}, {
          mapToData: "users"
        } ],
        testPushWebhook: [ "POST /repos/{owner}/{repo}/hooks/{hook_id}/tests" ],
        transfer: [ "POST /repos/{owner}/{repo}/transfer" ],
        update: [ "PATCH /repos/{owner}/{repo}" ],
        updateBranchProtection: [ "PUT /repos/{owner}/{repo}/branches/{branch}/protection" ],
        updateCommitComment: [ "PATCH /repos/{owner}/{repo}/comments/{comment_id}" ],
        updateDeploymentBranchPolicy: [ "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}" ],
        updateInformationAboutPagesSite: [ "PUT /repos/{owner}/{repo}/pages" ],
        updateInvitation: [ "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}" ],
        updateOrgRuleset: [ "PUT /orgs/{org}/rulesets/{ruleset_id}" ],
        updatePullRequestReviewProtection: [ "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews" ],
        updateRelease: [ "PATCH /repos/{owner}/{repo}/releases/{release_id}" ],
        updateReleaseAsset: [ "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}" ],
        updateRepoRuleset: [ "PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}" ],
        updateStatusCheckPotection: [ "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks", {}, {
          renamed: [ "repos", "updateStatusCheckProtection" ]
        } ],
        updateStatusCheckProtection: [ "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks" ],
        updateWebhook: [ "PATCH /repos/{owner}/{repo}/hooks/{hook_id}" ],
        updateWebhookConfigForRepo: [ "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config" ],
        uploadReleaseAsset: [ "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}", {
          baseUrl: "https://uploads.github.com"
        } ]
      },
      search: {
        code: [ "GET /search/code" ],
        commits: [ "GET /search/commits" ],
        issuesAndPullRequests: [ "GET /search/issues" ],
        labels: [ "GET /search/labels" ],
        repos: [ "GET /search/repositories" ],
        topics: [ "GET /search/topics" ],
        users: [ "GET /search/users" ]
      },
      secretScanning: {
        getAlert: [ "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}" ],
        listAlertsForEnterprise: [ "GET /enterprises/{enterprise}/secret-scanning/alerts" ],
        listAlertsForOrg: [ "GET /orgs/{org}/secret-scanning/alerts" ],
        listAlertsForRepo: [ "GET /repos/{owner}/{repo}/secret-scanning/alerts" ],
        listLocationsForAlert: [ "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations" ],
        updateAlert: [ "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}" ]
      },
      securityAdvisories: {
        createFork: [ "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks" ],
        createPrivateVulnerabilityReport: [ "POST /repos/{owner}/{repo}/security-advisories/reports" ],
        createRepositoryAdvisory: [ "POST /repos/{owner}/{repo}/security-advisories" ],
        createRepositoryAdvisoryCveRequest: [ "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve" ],
        getGlobalAdvisory: [ "GET /advisories/{ghsa_id}" ],
        getRepositoryAdvisory: [ "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}" ],
        listGlobalAdvisories: [ "GET /advisories" ],
        listOrgRepositoryAdvisories: [ "GET /orgs/{org}/security-advisories" ],
        listRepositoryAdvisories: [ "GET /repos/{owner}/{repo}/security-advisories" ],
        updateRepositoryAdvisory: [ "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}" ]
      },
      teams: {
        addOrUpdateMembershipForUserInOrg: [ "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}" ],
        addOrUpdateProjectPermissionsInOrg: [ "PUT /orgs/{org}/teams/{team_slug}/projects/{project_id}" ],
        addOrUpdateRepoPermissionsInOrg: [ "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}" ],
        checkPermissionsForProjectInOrg: [ "GET /orgs/{org}/teams/{team_slug}/projects/{project_id}" ],
        checkPermissionsForRepoInOrg: [ "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}" ],
        create: [ "POST /orgs/{org}/teams" ],
        createDiscussionCommentInOrg: [ "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments" ],
        createDiscussionInOrg: [ "POST /orgs/{org}/teams/{team_slug}/discussions" ],
        deleteDiscussionCommentInOrg: [ "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}" ],
        deleteDiscussionInOrg: [ "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}" ],
        deleteInOrg: [ "DELETE /orgs/{org}/teams/{team_slug}" ],
        getByName: [ "GET /orgs/{org}/teams/{team_slug}" ],
        getDiscussionCommentInOrg: [ "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}" ],
        getDiscussionInOrg: [ "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}" ],
        getMembershipForUserInOrg: [ "GET /orgs/{org}/teams/{team_slug}/memberships/{username}" ],
        list: [ "GET /orgs/{org}/teams" ],
        listChildInOrg: [ "GET /orgs/{org}/teams/{team_slug}/teams" ],
        listDiscussionCommentsInOrg: [ "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments" ],
        listDiscussionsInOrg: [ "GET /orgs/{org}/teams/{team_slug}/discussions" ],
        listForAuthenticatedUser: [ "GET /user/teams" ],
        listMembersInOrg: [ "GET /orgs/{org}/teams/{team_slug}/members" ],
        listPendingInvitationsInOrg: [ "GET /orgs/{org}/teams/{team_slug}/invitations" ],
        listProjectsInOrg: [ "GET /orgs/{org}/teams/{team_slug}/projects" ],
        listReposInOrg: [ "GET /orgs/{org}/teams/{team_slug}/repos" ],
        removeMembershipForUserInOrg: [ "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}" ],
        removeProjectInOrg: [ "DELETE /orgs/{org}/teams/{team_slug}/projects/{project_id}" ],
        removeRepoInOrg: [ "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}" ],
        updateDiscussionCommentInOrg: [ "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}" ],
        updateDiscussionInOrg: [ "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}" ],
        updateInOrg: [ "PATCH /orgs/{org}/teams/{team_slug}" ]
      },
      users: {
        addEmailForAuthenticated: [ "POST /user/emails", {}, {
          renamed: [ "users", "addEmailForAuthenticatedUser" ]
        } ],
        addEmailForAuthenticatedUser: [ "POST /user/emails" ],
        addSocialAccountForAuthenticatedUser: [ "POST /user/social_accounts" ],
        block: [ "PUT /user/blocks/{username}" ],
        checkBlocked: [ "GET /user/blocks/{username}" ],
        checkFollowingForUser: [ "GET /users/{username}/following/{target_user}" ],
        checkPersonIsFollowedByAuthenticated: [ "GET /user/following/{username}" ],
        createGpgKeyForAuthenticated: [ "POST /user/gpg_keys", {}, {
          renamed: [ "users", "createGpgKeyForAuthenticatedUser" ]
        } ],
        createGpgKeyForAuthenticatedUser: [ "POST /user/gpg_keys" ],
        createPublicSshKeyForAuthenticated: [ "POST /user/keys", {}, {
          renamed: [ "users", "createPublicSshKeyForAuthenticatedUser" ]
        } ],
        createPublicSshKeyForAuthenticatedUser: [ "POST /user/keys" ],
        createSshSigningKeyForAuthenticatedUser: [ "POST /user/ssh_signing_keys" ],
        deleteEmailForAuthenticated: [ "DELETE /user/emails", {}, {
          renamed: [ "users", "deleteEmailForAuthenticatedUser" ]
        } ],
        deleteEmailForAuthenticatedUser: [ "DELETE /user/emails" ],
        deleteGpgKeyForAuthenticated: [ "DELETE /user/gpg_keys/{gpg_key_id}", {}, {
          renamed: [ "users", "deleteGpgKeyForAuthenticatedUser" ]
        } ],
        deleteGpgKeyForAuthenticatedUser: [ "DELETE /user/gpg_keys/{gpg_key_id}" ],
        deletePublicSshKeyForAuthenticated: [ "DELETE /user/keys/{key_id}", {}, {
          renamed: [ "users", "deletePublicSshKeyForAuthenticatedUser" ]
        } ],
        deletePublicSshKeyForAuthenticatedUser: [ "DELETE /user/keys/{key_id}" ],
        deleteSocialAccountForAuthenticatedUser: [ "DELETE /user/social_accounts" ],
        deleteSshSigningKeyForAuthenticatedUser: [ "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}" ],
        follow: [ "PUT /user/following/{username}" ],
        getAuthenticated: [ "GET /user" ],
        getByUsername: [ "GET /users/{username}" ],
        getContextForUser: [ "GET /users/{username}/hovercard" ],
        getGpgKeyForAuthenticated: [ "GET /user/gpg_keys/{gpg_key_id}", {}, {
          renamed: [ "users", "getGpgKeyForAuthenticatedUser" ]
        } ],
        getGpgKeyForAuthenticatedUser: [ "GET /user/gpg_keys/{gpg_key_id}" ],
        getPublicSshKeyForAuthenticated: [ "GET /user/keys/{key_id}", {}, {
          renamed: [ "users", "getPublicSshKeyForAuthenticatedUser" ]
        } ],
        getPublicSshKeyForAuthenticatedUser: [ "GET /user/keys/{key_id}" ],
        getSshSigningKeyForAuthenticatedUser: [ "GET /user/ssh_signing_keys/{ssh_signing_key_id}" ],
        list: [ "GET /users" ],
        listBlockedByAuthenticated: [ "GET /user/blocks", {}, {
          renamed: [ "users", "listBlockedByAuthenticatedUser" ]
        } ],
        listBlockedByAuthenticatedUser: [ "GET /user/blocks" ],
        listEmailsForAuthenticated: [ "GET /user/emails", {}, {
          renamed: [ "users", "listEmailsForAuthenticatedUser" ]
        } ],
        listEmailsForAuthenticatedUser: [ "GET /user/emails" ],
        listFollowedByAuthenticated: [ "GET /user/following", {}, {
          renamed: [ "users", "listFollowedByAuthenticatedUser" ]
        } ],
        listFollowedByAuthenticatedUser: [ "GET /user/following" ],
        listFollowersForAuthenticatedUser: [ "GET /user/followers" ],
        listFollowersForUser: [ "GET /users/{username}/followers" ],
        listFollowingForUser: [ "GET /users/{username}/following" ],
        listGpgKeysForAuthenticated: [ "GET /user/gpg_keys", {}, {
          renamed: [ "users", "listGpgKeysForAuthenticatedUser" ]
        } ],
        listGpgKeysForAuthenticatedUser: [ "GET /user/gpg_keys" ],
        listGpgKeysForUser: [ "GET /users/{username}/gpg_keys" ],
        listPublicEmailsForAuthenticated: [ "GET /user/public_emails", {}, {
          renamed: [ "users", "listPublicEmailsForAuthenticatedUser" ]
        } ],
        listPublicEmailsForAuthenticatedUser: [ "GET /user/public_emails" ],
        listPublicKeysForUser: [ "GET /users/{username}/keys" ],
        listPublicSshKeysForAuthenticated: [ "GET /user/keys", {}, {
          renamed: [ "users", "listPublicSshKeysForAuthenticatedUser" ]
        } ],
        listPublicSshKeysForAuthenticatedUser: [ "GET /user/keys" ],
        listSocialAccountsForAuthenticatedUser: [ "GET /user/social_accounts" ],
        listSocialAccountsForUser: [ "GET /users/{username}/social_accounts" ],
        listSshSigningKeysForAuthenticatedUser: [ "GET /user/ssh_signing_keys" ],
        listSshSigningKeysForUser: [ "GET /users/{username}/ssh_signing_keys" ],
        setPrimaryEmailVisibilityForAuthenticated: [ "PATCH /user/email/visibility", {}, {
          renamed: [ "users", "setPrimaryEmailVisibilityForAuthenticatedUser" ]
        } ],
        setPrimaryEmailVisibilityForAuthenticatedUser: [ "PATCH /user/email/visibility" ],
        unblock: [ "DELETE /user/blocks/{username}" ],
        unfollow: [ "DELETE /user/following/{username}" ],
        updateAuthenticated: [ "PATCH /user" ]
      }
    };
    var endpoints_default = Endpoints;
    const endpointMethodsMap = new Map;
    for (const [scope, endpoints] of Object.entries(endpoints_default)) for (const [methodName, endpoint] of Object.entries(endpoints)) {
      const [route, defaults, decorations] = endpoint;
      const [method, url] = route.split(/ /);
      const endpointDefaults = Object.assign({
        method: method,
        url: url
      }, defaults);
      if (!endpointMethodsMap.has(scope)) endpointMethodsMap.set(scope, new Map);
      endpointMethodsMap.get(scope).set(methodName, {
        scope: scope,
        methodName: methodName,
        endpointDefaults: endpointDefaults,
        decorations: decorations
      });
    }
    const handler = {
      has({scope: scope}, methodName) {
        return endpointMethodsMap.get(scope).has(methodName);
      },
      getOwnPropertyDescriptor(target, methodName) {
        return {
          value: this.get(target, methodName),
          configurable: true,
          writable: true,
          enumerable: true
        };
      },
      defineProperty(target, methodName, descriptor) {
        Object.defineProperty(target.cache, methodName, descriptor);
        return true;
      },
      deleteProperty(target, methodName) {
        delete target.cache[methodName];
        return true;
      },
      ownKeys({scope: scope}) {
        return [ ...endpointMethodsMap.get(scope).keys() ];
      },
      set(target, methodName, value) {
        return target.cache[methodName] = value;
      },
      get({octokit: octokit, scope: scope, cache: cache}, methodName) {
        if (cache[methodName]) return cache[methodName];
        const method = endpointMethodsMap.get(scope).get(methodName);
        if (!method) return;
        const {endpointDefaults: endpointDefaults, decorations: decorations} = method;
        if (decorations) cache[methodName] = decorate(octokit, scope, methodName, endpointDefaults, decorations); else cache[methodName] = octokit.request.defaults(endpointDefaults);
        return cache[methodName];
      }
    };
    function endpointsToMethods(octokit) {
      const newMethods = {};
      for (const scope of endpointMethodsMap.keys()) newMethods[scope] = new Proxy({
        octokit: octokit,
        scope: scope,
        cache: {}
      }, handler);
      return newMethods;
    }
    function decorate(octokit, scope, methodName, defaults, decorations) {
      const requestWithDefaults = octokit.request.defaults(defaults);
      function withDecorations(...args) {
        let options = requestWithDefaults.endpoint.merge(...args);
        if (decorations.mapToData) {
          options = Object.assign({}, options, {
            data: options[decorations.mapToData],
            [decorations.mapToData]: void 0
          });
          return requestWithDefaults(options);
        }
        if (decorations.renamed) {
          const [newScope, newMethodName] = decorations.renamed;
          octokit.log.warn(`octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`);
        }
        if (decorations.deprecated) octokit.log.warn(decorations.deprecated);
        if (decorations.renamedParameters) {
          const options2 = requestWithDefaults.endpoint.merge(...args);
          for (const [name, alias] of Object.entries(decorations.renamedParameters)) if (name in options2) {
            octokit.log.warn(`"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`);
            if (!(alias in options2)) options2[alias] = options2[name];
            delete options2[name];
          }
          return requestWithDefaults(options2);
        }
        return requestWithDefaults(...args);
      }
      return Object.assign(withDecorations, requestWithDefaults);
    }
    function restEndpointMethods(octokit) {
      const api = endpointsToMethods(octokit);
      return {
        rest: api
      };
    }
    restEndpointMethods.VERSION = VERSION;
    function legacyRestEndpointMethods(octokit) {
      const api = endpointsToMethods(octokit);
      return {
        ...api,
        rest: api
      };
    }
    legacyRestEndpointMethods.VERSION = VERSION;
  },
  2732: (module, __unused_webpack_exports, __webpack_require__) => {
    var register = __webpack_require__(1063);
    var addHook = __webpack_require__(2027);
    var removeHook = __webpack_require__(9934);
    var bind = Function.bind;
    var bindable = bind.bind(bind);
    function bindApi(hook, state, name) {
      var removeHookRef = bindable(removeHook, null).apply(null, name ? [ state, name ] : [ state ]);
      hook.api = {
        remove: removeHookRef
      };
      hook.remove = removeHookRef;
      [ "before", "error", "after", "wrap" ].forEach(function(kind) {
        var args = name ? [ state, kind, name ] : [ state, kind ];
        hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
      });
    }
    function HookSingular() {
      var singularHookName = "h";
      var singularHookState = {
        registry: {}
      };
      var singularHook = register.bind(null, singularHookState, singularHookName);
      bindApi(singularHook, singularHookState, singularHookName);
      return singularHook;
    }
    function HookCollection() {
      var state = {
        registry: {}
      };
      var hook = register.bind(null, state);
      bindApi(hook, state);
      return hook;
    }
    var collectionHookDeprecationMessageDisplayed = false;
    function Hook() {
      if (!collectionHookDeprecationMessageDisplayed) {
        console.warn('[before-after-hook]: "Hook()" repurposing warning, use "Hook.Collection()". Read more: https://git.io/upgrade-before-after-hook-to-1.4');
        collectionHookDeprecationMessageDisplayed = true;
      }
      return HookCollection();
    }
    Hook.Singular = HookSingular.bind();
    Hook.Collection = HookCollection.bind();
    module.exports = Hook;
    module.exports.Hook = Hook;
    module.exports.Singular = Hook.Singular;
    module.exports.Collection = Hook.Collection;
  },
  2027: module => {
    module.exports = addHook;
    function addHook(state, kind, name, hook) {
      var orig = hook;
      if (!state.registry[name]) state.registry[name] = [];
      if (kind === "before") hook = function(method, options) {
        return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
      };
      if (kind === "after") hook = function(method, options) {
        var result;
        return Promise.resolve().then(method.bind(null, options)).then(function(result_) {
          result = result_;
          return orig(result, options);
        }).then(function() {
          return result;
        });
      };
      if (kind === "error") hook = function(method, options) {
        return Promise.resolve().then(method.bind(null, options)).catch(function(error) {
          return orig(error, options);
        });
      };
      state.registry[name].push({
        hook: hook,
        orig: orig
      });
    }
  },
  1063: module => {
    module.exports = register;
    function register(state, name, method, options) {
      if (typeof method !== "function") throw new Error("method for before hook must be a function");
      if (!options) options = {};
      if (Array.isArray(name)) return name.reverse().reduce(function(callback, name) {
        return register.bind(null, state, name, callback, options);
      }, method)();
      return Promise.resolve().then(function() {
        if (!state.registry[name]) return method(options);
        return state.registry[name].reduce(function(method, registered) {
          return registered.hook.bind(null, method, options);
        }, method)();
      });
    }
  },
  9934: module => {
    module.exports = removeHook;
    function removeHook(state, name, method) {
      if (!state.registry[name]) return;
      var index = state.registry[name].map(function(registered) {
        return registered.orig;
      }).indexOf(method);
      if (index === -1) return;
      state.registry[name].splice(index, 1);
    }
  },
  5560: (module, __unused_webpack_exports, __webpack_require__) => {
    var wrappy = __webpack_require__(8264);
    module.exports = wrappy(once);
    module.exports.strict = wrappy(onceStrict);
    once.proto = once(function() {
      Object.defineProperty(Function.prototype, 'once', {
        value: function() {
          return once(this);
        },
        configurable: true
      });
      Object.defineProperty(Function.prototype, 'onceStrict', {
        value: function() {
          return onceStrict(this);
        },
        configurable: true
      });
    });
    function once(fn) {
      var f = function() {
        if (f.called) return f.value;
        f.called = true;
        return f.value = fn.apply(this, arguments);
      };
      f.called = false;
      return f;
    }
    function onceStrict(fn) {
      var f = function() {
        if (f.called) throw new Error(f.onceError);
        f.called = true;
        return f.value = fn.apply(this, arguments);
      };
      var name = fn.name || 'Function wrapped with `once`';
      f.onceError = name + " shouldn't be called more than once";
      f.called = false;
      return f;
    }
  },
  770: (module, __unused_webpack_exports, __webpack_require__) => {
    module.exports = __webpack_require__(218);
  },
  218: (__unused_webpack_module, exports, __webpack_require__) => {
    "use strict";
    __webpack_require__(9278);
    var tls = __webpack_require__(4756);
    var http = __webpack_require__(8611);
    var https = __webpack_require__(5692);
    var events = __webpack_require__(4434);
    __webpack_require__(2613);
    var util = __webpack_require__(9023);
    exports.httpOverHttp = httpOverHttp;
    exports.httpsOverHttp = httpsOverHttp;
    exports.httpOverHttps = httpOverHttps;
    exports.httpsOverHttps = httpsOverHttps;
    function httpOverHttp(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      return agent;
    }
    function httpsOverHttp(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      return agent;
    }
    function httpsOverHttps(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on('free', function(socket, host, port, localAddress) {
        var options = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options.host && pending.port === options.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = function(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({
        request: req
      }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on('free', onFree);
        socket.on('close', onCloseOrRemove);
        socket.on('agentRemove', onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit('free', socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener('free', onFree);
          socket.removeListener('close', onCloseOrRemove);
          socket.removeListener('agentRemove', onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: 'CONNECT',
        path: options.host + ':' + options.port,
        agent: false,
        headers: {
          host: options.host + ':' + options.port
        }
      });
      if (options.localAddress) connectOptions.localAddress = options.localAddress;
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers['Proxy-Authorization'] = 'Basic ' + new Buffer(connectOptions.proxyAuth).toString('base64');
      }
      debug('making CONNECT request');
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once('response', onResponse);
      connectReq.once('upgrade', onUpgrade);
      connectReq.once('connect', onConnect);
      connectReq.once('error', onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug('tunneling socket could not be established, statusCode=%d', res.statusCode);
          socket.destroy();
          var error = new Error('tunneling socket could not be established, ' + 'statusCode=' + res.statusCode);
          error.code = 'ECONNRESET';
          options.request.emit('error', error);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug('got illegal response body from proxy');
          socket.destroy();
          error = new Error('got illegal response body from proxy');
          error.code = 'ECONNRESET';
          options.request.emit('error', error);
          self.removeSocket(placeholder);
          return;
        }
        debug('tunneling connection has established');
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug('tunneling socket could not be established, cause=%s\n', cause.message, cause.stack);
        var error = new Error('tunneling socket could not be established, ' + 'cause=' + cause.message);
        error.code = 'ECONNRESET';
        options.request.emit('error', error);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) return;
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) this.createSocket(pending, function(socket) {
        pending.request.onSocket(socket);
      });
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader('host');
        var tlsOptions = mergeOptions({}, self.options, {
          socket: socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === 'string') return {
        host: host,
        port: port,
        localAddress: localAddress
      };
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === 'object') {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) target[k] = overrides[k];
          }
        }
      }
      return target;
    }
    var debug;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) debug = function() {
      var args = Array.prototype.slice.call(arguments);
      if (typeof args[0] === 'string') args[0] = 'TUNNEL: ' + args[0]; else args.unshift('TUNNEL:');
      console.error.apply(console, args);
    }; else debug = function() {};
    exports.debug = debug;
  },
  6752: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const Client = __webpack_require__(6197);
    const Dispatcher = __webpack_require__(992);
    const errors = __webpack_require__(8707);
    const Pool = __webpack_require__(5076);
    const BalancedPool = __webpack_require__(1093);
    const Agent = __webpack_require__(2346);
    const util = __webpack_require__(3440);
    const {InvalidArgumentError: InvalidArgumentError} = errors;
    const api = __webpack_require__(6615);
    const buildConnector = __webpack_require__(9136);
    const MockClient = __webpack_require__(7365);
    const MockAgent = __webpack_require__(7501);
    const MockPool = __webpack_require__(4004);
    const mockErrors = __webpack_require__(2429);
    const ProxyAgent = __webpack_require__(2720);
    const RetryHandler = __webpack_require__(3573);
    const {getGlobalDispatcher: getGlobalDispatcher, setGlobalDispatcher: setGlobalDispatcher} = __webpack_require__(2581);
    const DecoratorHandler = __webpack_require__(8840);
    const RedirectHandler = __webpack_require__(8299);
    const createRedirectInterceptor = __webpack_require__(4415);
    let hasCrypto;
    try {
      __webpack_require__(6982);
      hasCrypto = true;
    } catch {
      hasCrypto = false;
    }
    Object.assign(Dispatcher.prototype, api);
    module.exports.Dispatcher = Dispatcher;
    module.exports.Client = Client;
    module.exports.Pool = Pool;
    module.exports.BalancedPool = BalancedPool;
    module.exports.Agent = Agent;
    module.exports.ProxyAgent = ProxyAgent;
    module.exports.RetryHandler = RetryHandler;
    module.exports.DecoratorHandler = DecoratorHandler;
    module.exports.RedirectHandler = RedirectHandler;
    module.exports.createRedirectInterceptor = createRedirectInterceptor;
    module.exports.buildConnector = buildConnector;
    module.exports.errors = errors;
    function makeDispatcher(fn) {
      return (url, opts, handler) => {
        if (typeof opts === 'function') {
          handler = opts;
          opts = null;
        }
        if (!url || typeof url !== 'string' && typeof url !== 'object' && !(url instanceof URL)) throw new InvalidArgumentError('invalid url');
        if (opts != null && typeof opts !== 'object') throw new InvalidArgumentError('invalid opts');
        if (opts && opts.path != null) {
          if (typeof opts.path !== 'string') throw new InvalidArgumentError('invalid opts.path');
          let path = opts.path;
          if (!opts.path.startsWith('/')) path = `/${path}`;
          url = new URL(util.parseOrigin(url).origin + path);
        } else {
          if (!opts) opts = typeof url === 'object' ? url : {};
          url = util.parseURL(url);
        }
        const {agent: agent, dispatcher: dispatcher = getGlobalDispatcher()} = opts;
        if (agent) throw new InvalidArgumentError('unsupported opts.agent. Did you mean opts.client?');
        return fn.call(dispatcher, {
          ...opts,
          origin: url.origin,
          path: url.search ? `${url.pathname}${url.search}` : url.pathname,
          method: opts.method || (opts.body ? 'PUT' : 'GET')
        }, handler);
      };
    }
    module.exports.setGlobalDispatcher = setGlobalDispatcher;
    module.exports.getGlobalDispatcher = getGlobalDispatcher;
    if (util.nodeMajor > 16 || util.nodeMajor === 16 && util.nodeMinor >= 8) {
      let fetchImpl = null;
      module.exports.fetch = async function(resource) {
        if (!fetchImpl) fetchImpl = __webpack_require__(2315).fetch;
        try {
          return await fetchImpl(...arguments);
        } catch (err) {
          if (typeof err === 'object') Error.captureStackTrace(err, this);
          throw err;
        }
      };
      module.exports.Headers = __webpack_require__(6349).Headers;
      module.exports.Response = __webpack_require__(8676).Response;
      module.exports.Request = __webpack_require__(5194).Request;
      module.exports.FormData = __webpack_require__(3073).FormData;
      module.exports.File = __webpack_require__(3041).File;
      module.exports.FileReader = __webpack_require__(2160).FileReader;
      const {setGlobalOrigin: setGlobalOrigin, getGlobalOrigin: getGlobalOrigin} = __webpack_require__(5628);
      module.exports.setGlobalOrigin = setGlobalOrigin;
      module.exports.getGlobalOrigin = getGlobalOrigin;
      const {CacheStorage: CacheStorage} = __webpack_require__(4738);
      const {kConstruct: kConstruct} = __webpack_require__(296);
      module.exports.caches = new CacheStorage(kConstruct);
    }
    if (util.nodeMajor >= 16) {
      const {deleteCookie: deleteCookie, getCookies: getCookies, getSetCookies: getSetCookies, setCookie: setCookie} = __webpack_require__(787);
      module.exports.deleteCookie = deleteCookie;
      module.exports.getCookies = getCookies;
      module.exports.getSetCookies = getSetCookies;
      module.exports.setCookie = setCookie;
      const {parseMIMEType: parseMIMEType, serializeAMimeType: serializeAMimeType} = __webpack_require__(4322);
      module.exports.parseMIMEType = parseMIMEType;
      module.exports.serializeAMimeType = serializeAMimeType;
    }
    if (util.nodeMajor >= 18 && hasCrypto) {
      const {WebSocket: WebSocket} = __webpack_require__(5171);
      module.exports.WebSocket = WebSocket;
    }
    module.exports.request = makeDispatcher(api.request);
    module.exports.stream = makeDispatcher(api.stream);
    module.exports.pipeline = makeDispatcher(api.pipeline);
    module.exports.connect = makeDispatcher(api.connect);
    module.exports.upgrade = makeDispatcher(api.upgrade);
    module.exports.MockClient = MockClient;
    module.exports.MockPool = MockPool;
    module.exports.MockAgent = MockAgent;
    module.exports.mockErrors = mockErrors;
  },
  2346: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {InvalidArgumentError: InvalidArgumentError} = __webpack_require__(8707);
    const {kClients: kClients, kRunning: kRunning, kClose: kClose, kDestroy: kDestroy, kDispatch: kDispatch, kInterceptors: kInterceptors} = __webpack_require__(6443);
    const DispatcherBase = __webpack_require__(1);
    const Pool = __webpack_require__(5076);
    const Client = __webpack_require__(6197);
    const util = __webpack_require__(3440);
    const createRedirectInterceptor = __webpack_require__(4415);
    const {WeakRef: WeakRef, FinalizationRegistry: FinalizationRegistry} = __webpack_require__(3194)();
    const kOnConnect = Symbol('onConnect');
    const kOnDisconnect = Symbol('onDisconnect');
    const kOnConnectionError = Symbol('onConnectionError');
    const kMaxRedirections = Symbol('maxRedirections');
    const kOnDrain = Symbol('onDrain');
    const kFactory = Symbol('factory');
    const kFinalizer = Symbol('finalizer');
    const kOptions = Symbol('options');
    function defaultFactory(origin, opts) {
      return opts && opts.connections === 1 ? new Client(origin, opts) : new Pool(origin, opts);
    }
    class Agent extends DispatcherBase {
      constructor({factory: factory = defaultFactory, maxRedirections: maxRedirections = 0, connect: connect, ...options} = {}) {
        super();
        if (typeof factory !== 'function') throw new InvalidArgumentError('factory must be a function.');
        if (connect != null && typeof connect !== 'function' && typeof connect !== 'object') throw new InvalidArgumentError('connect must be a function or an object');
        if (!Number.isInteger(maxRedirections) || maxRedirections < 0) throw new InvalidArgumentError('maxRedirections must be a positive number');
        if (connect && typeof connect !== 'function') connect = {
          ...connect
        };
        this[kInterceptors] = options.interceptors && options.interceptors.Agent && Array.isArray(options.interceptors.Agent) ? options.interceptors.Agent : [ createRedirectInterceptor({
          maxRedirections: maxRedirections
        }) ];
        this[kOptions] = {
          ...util.deepClone(options),
          connect: connect
        };
        this[kOptions].interceptors = options.interceptors ? {
          ...options.interceptors
        } : void 0;
        this[kMaxRedirections] = maxRedirections;
        this[kFactory] = factory;
        this[kClients] = new Map;
        this[kFinalizer] = new FinalizationRegistry(key => {
          const ref = this[kClients].get(key);
          if (ref !== void 0 && ref.deref() === void 0) this[kClients].delete(key);
        });
        const agent = this;
        this[kOnDrain] = (origin, targets) => {
          agent.emit('drain', origin, [ agent, ...targets ]);
        };
        this[kOnConnect] = (origin, targets) => {
          agent.emit('connect', origin, [ agent, ...targets ]);
        };
        this[kOnDisconnect] = (origin, targets, err) => {
          agent.emit('disconnect', origin, [ agent, ...targets ], err);
        };
        this[kOnConnectionError] = (origin, targets, err) => {
          agent.emit('connectionError', origin, [ agent, ...targets ], err);
        };
      }
      get [kRunning]() {
        let ret = 0;
        for (const ref of this[kClients].values()) {
          const client = ref.deref();
          if (client) ret += client[kRunning];
        }
        return ret;
      }
      [kDispatch](opts, handler) {
        let key;
        if (opts.origin && (typeof opts.origin === 'string' || opts.origin instanceof URL)) key = String(opts.origin); else throw new InvalidArgumentError('opts.origin must be a non-empty string or URL.');
        const ref = this[kClients].get(key);
        let dispatcher = ref ? ref.deref() : null;
        if (!dispatcher) {
          dispatcher = this[kFactory](opts.origin, this[kOptions]).on('drain', this[kOnDrain]).on('connect', this[kOnConnect]).on('disconnect', this[kOnDisconnect]).on('connectionError', this[kOnConnectionError]);
          this[kClients].set(key, new WeakRef(dispatcher));
          this[kFinalizer].register(dispatcher, key);
        }
        return dispatcher.dispatch(opts, handler);
      }
      async [kClose]() {
        const closePromises = [];
        for (const ref of this[kClients].values()) {
          const client = ref.deref();
          if (client) closePromises.push(client.close());
        }
        await Promise.all(closePromises);
      }
      async [kDestroy](err) {
        const destroyPromises = [];
        for (const ref of this[kClients].values()) {
          const client = ref.deref();
          if (client) destroyPromises.push(client.destroy(err));
        }
        await Promise.all(destroyPromises);
      }
    }
    module.exports = Agent;
  },
  158: (module, __unused_webpack_exports, __webpack_require__) => {
    const {addAbortListener: addAbortListener} = __webpack_require__(3440);
    const {RequestAbortedError: RequestAbortedError} = __webpack_require__(8707);
    const kListener = Symbol('kListener');
    const kSignal = Symbol('kSignal');
    function abort(self) {
      if (self.abort) self.abort(); else self.onError(new RequestAbortedError);
    }
    function addSignal(self, signal) {
      self[kSignal] = null;
      self[kListener] = null;
      if (!signal) return;
      if (signal.aborted) {
        abort(self);
        return;
      }
      self[kSignal] = signal;
      self[kListener] = () => {
        abort(self);
      };
      addAbortListener(self[kSignal], self[kListener]);
    }
    function removeSignal(self) {
      if (!self[kSignal]) return;
      if ('removeEventListener' in self[kSignal]) self[kSignal].removeEventListener('abort', self[kListener]); else self[kSignal].removeListener('abort', self[kListener]);
      self[kSignal] = null;
      self[kListener] = null;
    }
    module.exports = {
      addSignal: addSignal,
      removeSignal: removeSignal
    };
  },
  4660: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {AsyncResource: AsyncResource} = __webpack_require__(290);
    const {InvalidArgumentError: InvalidArgumentError, RequestAbortedError: RequestAbortedError, SocketError: SocketError} = __webpack_require__(8707);
    const util = __webpack_require__(3440);
    const {addSignal: addSignal, removeSignal: removeSignal} = __webpack_require__(158);
    class ConnectHandler extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== 'object') throw new InvalidArgumentError('invalid opts');
        if (typeof callback !== 'function') throw new InvalidArgumentError('invalid callback');
        const {signal: signal, opaque: opaque, responseHeaders: responseHeaders} = opts;
        if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget');
        super('UNDICI_CONNECT');
        this.opaque = opaque || null;
        this.responseHeaders = responseHeaders || null;
        this.callback = callback;
        this.abort = null;
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        if (!this.callback) throw new RequestAbortedError;
        this.abort = abort;
        this.context = context;
      }
      onHeaders() {
        throw new SocketError('bad connect', null);
      }
      onUpgrade(statusCode, rawHeaders, socket) {
        const {callback: callback, opaque: opaque, context: context} = this;
        removeSignal(this);
        this.callback = null;
        let headers = rawHeaders;
        if (headers != null) headers = this.responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        this.runInAsyncScope(callback, null, null, {
          statusCode: statusCode,
          headers: headers,
          socket: socket,
          opaque: opaque,
          context: context
        });
      }
      onError(err) {
        const {callback: callback, opaque: opaque} = this;
        removeSignal(this);
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, {
              opaque: opaque
            });
          });
        }
      }
    }
    function connect(opts, callback) {
      if (callback === void 0) return new Promise((resolve, reject) => {
        connect.call(this, opts, (err, data) => err ? reject(err) : resolve(data));
      });
      try {
        const connectHandler = new ConnectHandler(opts, callback);
        this.dispatch({
          ...opts,
          method: 'CONNECT'
        }, connectHandler);
      } catch (err) {
        if (typeof callback !== 'function') throw err;
        const opaque = opts && opts.opaque;
        queueMicrotask(() => callback(err, {
          opaque: opaque
        }));
      }
    }
    module.exports = connect;
  },
  6862: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {Readable: Readable, Duplex: Duplex, PassThrough: PassThrough} = __webpack_require__(2203);
    const {InvalidArgumentError: InvalidArgumentError, InvalidReturnValueError: InvalidReturnValueError, RequestAbortedError: RequestAbortedError} = __webpack_require__(8707);
    const util = __webpack_require__(3440);
    const {AsyncResource: AsyncResource} = __webpack_require__(290);
    const {addSignal: addSignal, removeSignal: removeSignal} = __webpack_require__(158);
    const assert = __webpack_require__(2613);
    const kResume = Symbol('resume');
    class PipelineRequest extends Readable {
      constructor() {
        super({
          autoDestroy: true
        });
        this[kResume] = null;
      }
      _read() {
        const {[kResume]: resume} = this;
        if (resume) {
          this[kResume] = null;
          resume();
        }
      }
      _destroy(err, callback) {
        this._read();
        callback(err);
      }
    }
    class PipelineResponse extends Readable {
      constructor(resume) {
        super({
          autoDestroy: true
        });
        this[kResume] = resume;
      }
      _read() {
        this[kResume]();
      }
      _destroy(err, callback) {
        if (!err && !this._readableState.endEmitted) err = new RequestAbortedError;
        callback(err);
      }
    }
    class PipelineHandler extends AsyncResource {
      constructor(opts, handler) {
        if (!opts || typeof opts !== 'object') throw new InvalidArgumentError('invalid opts');
        if (typeof handler !== 'function') throw new InvalidArgumentError('invalid handler');
        const {signal: signal, method: method, opaque: opaque, onInfo: onInfo, responseHeaders: responseHeaders} = opts;
        if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget');
        if (method === 'CONNECT') throw new InvalidArgumentError('invalid method');
        if (onInfo && typeof onInfo !== 'function') throw new InvalidArgumentError('invalid onInfo callback');
        super('UNDICI_PIPELINE');
        this.opaque = opaque || null;
        this.responseHeaders = responseHeaders || null;
        this.handler = handler;
        this.abort = null;
        this.context = null;
        this.onInfo = onInfo || null;
        this.req = (new PipelineRequest).on('error', util.nop);
        this.ret = new Duplex({
          readableObjectMode: opts.objectMode,
          autoDestroy: true,
          read: () => {
            const {body: body} = this;
            if (body && body.resume) body.resume();
          },
          write: (chunk, encoding, callback) => {
            const {req: req} = this;
            if (req.push(chunk, encoding) || req._readableState.destroyed) callback(); else req[kResume] = callback;
          },
          destroy: (err, callback) => {
            const {body: body, req: req, res: res, ret: ret, abort: abort} = this;
            if (!err && !ret._readableState.endEmitted) err = new RequestAbortedError;
            if (abort && err) abort();
            util.destroy(body, err);
            util.destroy(req, err);
            util.destroy(res, err);
            removeSignal(this);
            callback(err);
          }
        }).on('prefinish', () => {
          const {req: req} = this;
          req.push(null);
        });
        this.res = null;
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        const {ret: ret, res: res} = this;
        assert(!res, 'pipeline cannot be retried');
        if (ret.destroyed) throw new RequestAbortedError;
        this.abort = abort;
        this.context = context;
      }
      onHeaders(statusCode, rawHeaders, resume) {
        const {opaque: opaque, handler: handler, context: context} = this;
        if (statusCode < 200) {
          if (this.onInfo) {
            const headers = this.responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
            this.onInfo({
              statusCode: statusCode,
              headers: headers
            });
          }
          return;
        }
        this.res = new PipelineResponse(resume);
        let body;
        try {
          this.handler = null;
          const headers = this.responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
          body = this.runInAsyncScope(handler, null, {
            statusCode: statusCode,
            headers: headers,
            opaque: opaque,
            body: this.res,
            context: context
          });
        } catch (err) {
          this.res.on('error', util.nop);
          throw err;
        }
        if (!body || typeof body.on !== 'function') throw new InvalidReturnValueError('expected Readable');
        body.on('data', chunk => {
          const {ret: ret, body: body} = this;
          if (!ret.push(chunk) && body.pause) body.pause();
        }).on('error', err => {
          const {ret: ret} = this;
          util.destroy(ret, err);
        }).on('end', () => {
          const {ret: ret} = this;
          ret.push(null);
        }).on('close', () => {
          const {ret: ret} = this;
          if (!ret._readableState.ended) util.destroy(ret, new RequestAbortedError);
        });
        this.body = body;
      }
      onData(chunk) {
        const {res: res} = this;
        return res.push(chunk);
      }
      onComplete(trailers) {
        const {res: res} = this;
        res.push(null);
      }
      onError(err) {
        const {ret: ret} = this;
        this.handler = null;
        util.destroy(ret, err);
      }
    }
    function pipeline(opts, handler) {
      try {
        const pipelineHandler = new PipelineHandler(opts, handler);
        this.dispatch({
          ...opts,
          body: pipelineHandler.req
        }, pipelineHandler);
        return pipelineHandler.ret;
      } catch (err) {
        return (new PassThrough).destroy(err);
      }
    }
    module.exports = pipeline;
  },
  4043: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const Readable = __webpack_require__(9927);
    const {InvalidArgumentError: InvalidArgumentError, RequestAbortedError: RequestAbortedError} = __webpack_require__(8707);
    const util = __webpack_require__(3440);
    const {getResolveErrorBodyCallback: getResolveErrorBodyCallback} = __webpack_require__(7655);
    const {AsyncResource: AsyncResource} = __webpack_require__(290);
    const {addSignal: addSignal, removeSignal: removeSignal} = __webpack_require__(158);
    class RequestHandler extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== 'object') throw new InvalidArgumentError('invalid opts');
        const {signal: signal, method: method, opaque: opaque, body: body, onInfo: onInfo, responseHeaders: responseHeaders, throwOnError: throwOnError, highWaterMark: highWaterMark} = opts;
        try {
          if (typeof callback !== 'function') throw new InvalidArgumentError('invalid callback');
          if (highWaterMark && (typeof highWaterMark !== 'number' || highWaterMark < 0)) throw new InvalidArgumentError('invalid highWaterMark');
          if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget');
          if (method === 'CONNECT') throw new InvalidArgumentError('invalid method');
          if (onInfo && typeof onInfo !== 'function') throw new InvalidArgumentError('invalid onInfo callback');
          super('UNDICI_REQUEST');
        } catch (err) {
          if (util.isStream(body)) util.destroy(body.on('error', util.nop), err);
          throw err;
        }
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.callback = callback;
        this.res = null;
        this.abort = null;
        this.body = body;
        this.trailers = {};
        this.context = null;
        this.onInfo = onInfo || null;
        this.throwOnError = throwOnError;
        this.highWaterMark = highWaterMark;
        if (util.isStream(body)) body.on('error', err => {
          this.onError(err);
        });
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        if (!this.callback) throw new RequestAbortedError;
        this.abort = abort;
        this.context = context;
      }
      onHeaders(statusCode, rawHeaders, resume, statusMessage) {
        const {callback: callback, opaque: opaque, abort: abort, context: context, responseHeaders: responseHeaders, highWaterMark: highWaterMark} = this;
        const headers = responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        if (statusCode < 200) {
          if (this.onInfo) this.onInfo({
            statusCode: statusCode,
            headers: headers
          });
          return;
        }
        const parsedHeaders = responseHeaders === 'raw' ? util.parseHeaders(rawHeaders) : headers;
        const contentType = parsedHeaders['content-type'];
        const body = new Readable({
          resume: resume,
          abort: abort,
          contentType: contentType,
          highWaterMark: highWaterMark
        });
        this.callback = null;
        this.res = body;
        if (callback !== null) if (this.throwOnError && statusCode >= 400) this.runInAsyncScope(getResolveErrorBodyCallback, null, {
          callback: callback,
          body: body,
          contentType: contentType,
          statusCode: statusCode,
          statusMessage: statusMessage,
          headers: headers
        }); else this.runInAsyncScope(callback, null, null, {
          statusCode: statusCode,
          headers: headers,
          trailers: this.trailers,
          opaque: opaque,
          body: body,
          context: context
        });
      }
      onData(chunk) {
        const {res: res} = this;
        return res.push(chunk);
      }
      onComplete(trailers) {
        const {res: res} = this;
        removeSignal(this);
        util.parseHeaders(trailers, this.trailers);
        res.push(null);
      }
      onError(err) {
        const {res: res, callback: callback, body: body, opaque: opaque} = this;
        removeSignal(this);
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, {
              opaque: opaque
            });
          });
        }
        if (res) {
          this.res = null;
          queueMicrotask(() => {
            util.destroy(res, err);
          });
        }
        if (body) {
          this.body = null;
          util.destroy(body, err);
        }
      }
    }
    function request(opts, callback) {
      if (callback === void 0) return new Promise((resolve, reject) => {
        request.call(this, opts, (err, data) => err ? reject(err) : resolve(data));
      });
      try {
        this.dispatch(opts, new RequestHandler(opts, callback));
      } catch (err) {
        if (typeof callback !== 'function') throw err;
        const opaque = opts && opts.opaque;
        queueMicrotask(() => callback(err, {
          opaque: opaque
        }));
      }
    }
    module.exports = request;
    module.exports.RequestHandler = RequestHandler;
  },
  3560: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {finished: finished, PassThrough: PassThrough} = __webpack_require__(2203);
    const {InvalidArgumentError: InvalidArgumentError, InvalidReturnValueError: InvalidReturnValueError, RequestAbortedError: RequestAbortedError} = __webpack_require__(8707);
    const util = __webpack_require__(3440);
    const {getResolveErrorBodyCallback: getResolveErrorBodyCallback} = __webpack_require__(7655);
    const {AsyncResource: AsyncResource} = __webpack_require__(290);
    const {addSignal: addSignal, removeSignal: removeSignal} = __webpack_require__(158);
    class StreamHandler extends AsyncResource {
      constructor(opts, factory, callback) {
        if (!opts || typeof opts !== 'object') throw new InvalidArgumentError('invalid opts');
        const {signal: signal, method: method, opaque: opaque, body: body, onInfo: onInfo, responseHeaders: responseHeaders, throwOnError: throwOnError} = opts;
        try {
          if (typeof callback !== 'function') throw new InvalidArgumentError('invalid callback');
          if (typeof factory !== 'function') throw new InvalidArgumentError('invalid factory');
          if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget');
          if (method === 'CONNECT') throw new InvalidArgumentError('invalid method');
          if (onInfo && typeof onInfo !== 'function') throw new InvalidArgumentError('invalid onInfo callback');
          super('UNDICI_STREAM');
        } catch (err) {
          if (util.isStream(body)) util.destroy(body.on('error', util.nop), err);
          throw err;
        }
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.factory = factory;
        this.callback = callback;
        this.res = null;
        this.abort = null;
        this.context = null;
        this.trailers = null;
        this.body = body;
        this.onInfo = onInfo || null;
        this.throwOnError = throwOnError || false;
        if (util.isStream(body)) body.on('error', err => {
          this.onError(err);
        });
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        if (!this.callback) throw new RequestAbortedError;
        this.abort = abort;
        this.context = context;
      }
      onHeaders(statusCode, rawHeaders, resume, statusMessage) {
        const {factory: factory, opaque: opaque, context: context, callback: callback, responseHeaders: responseHeaders} = this;
        const headers = responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        if (statusCode < 200) {
          if (this.onInfo) this.onInfo({
            statusCode: statusCode,
            headers: headers
          });
          return;
        }
        this.factory = null;
        let res;
        if (this.throwOnError && statusCode >= 400) {
          const parsedHeaders = responseHeaders === 'raw' ? util.parseHeaders(rawHeaders) : headers;
          const contentType = parsedHeaders['content-type'];
          res = new PassThrough;
          this.callback = null;
          this.runInAsyncScope(getResolveErrorBodyCallback, null, {
            callback: callback,
            body: res,
            contentType: contentType,
            statusCode: statusCode,
            statusMessage: statusMessage,
            headers: headers
          });
        } else {
          if (factory === null) return;
          res = this.runInAsyncScope(factory, null, {
            statusCode: statusCode,
            headers: headers,
            opaque: opaque,
            context: context
          });
          if (!res || typeof res.write !== 'function' || typeof res.end !== 'function' || typeof res.on !== 'function') throw new InvalidReturnValueError('expected Writable');
          finished(res, {
            readable: false
          }, err => {
            const {callback: callback, res: res, opaque: opaque, trailers: trailers, abort: abort} = this;
            this.res = null;
            if (err || !res.readable) util.destroy(res, err);
            this.callback = null;
            this.runInAsyncScope(callback, null, err || null, {
              opaque: opaque,
              trailers: trailers
            });
            if (err) abort();
          });
        }
        res.on('drain', resume);
        this.res = res;
        const needDrain = res.writableNeedDrain !== void 0 ? res.writableNeedDrain : res._writableState && res._writableState.needDrain;
        return needDrain !== true;
      }
      onData(chunk) {
        const {res: res} = this;
        return res ? res.write(chunk) : true;
      }
      onComplete(trailers) {
        const {res: res} = this;
        removeSignal(this);
        if (!res) return;
        this.trailers = util.parseHeaders(trailers);
        res.end();
      }
      onError(err) {
        const {res: res, callback: callback, opaque: opaque, body: body} = this;
        removeSignal(this);
        this.factory = null;
        if (res) {
          this.res = null;
          util.destroy(res, err);
        } else if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, {
              opaque: opaque
            });
          });
        }
        if (body) {
          this.body = null;
          util.destroy(body, err);
        }
      }
    }
    function stream(opts, factory, callback) {
      if (callback === void 0) return new Promise((resolve, reject) => {
        stream.call(this, opts, factory, (err, data) => err ? reject(err) : resolve(data));
      });
      try {
        this.dispatch(opts, new StreamHandler(opts, factory, callback));
      } catch (err) {
        if (typeof callback !== 'function') throw err;
        const opaque = opts && opts.opaque;
        queueMicrotask(() => callback(err, {
          opaque: opaque
        }));
      }
    }
    module.exports = stream;
  },
  1882: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {InvalidArgumentError: InvalidArgumentError, RequestAbortedError: RequestAbortedError, SocketError: SocketError} = __webpack_require__(8707);
    const {AsyncResource: AsyncResource} = __webpack_require__(290);
    const util = __webpack_require__(3440);
    const {addSignal: addSignal, removeSignal: removeSignal} = __webpack_require__(158);
    const assert = __webpack_require__(2613);
    class UpgradeHandler extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== 'object') throw new InvalidArgumentError('invalid opts');
        if (typeof callback !== 'function') throw new InvalidArgumentError('invalid callback');
        const {signal: signal, opaque: opaque, responseHeaders: responseHeaders} = opts;
        if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget');
        super('UNDICI_UPGRADE');
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.callback = callback;
        this.abort = null;
        this.context = null;
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        if (!this.callback) throw new RequestAbortedError;
        this.abort = abort;
        this.context = null;
      }
      onHeaders() {
        throw new SocketError('bad upgrade', null);
      }
      onUpgrade(statusCode, rawHeaders, socket) {
        const {callback: callback, opaque: opaque, context: context} = this;
        assert.strictEqual(statusCode, 101);
        removeSignal(this);
        this.callback = null;
        const headers = this.responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        this.runInAsyncScope(callback, null, null, {
          headers: headers,
          socket: socket,
          opaque: opaque,
          context: context
        });
      }
      onError(err) {
        const {callback: callback, opaque: opaque} = this;
        removeSignal(this);
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, {
              opaque: opaque
            });
          });
        }
      }
    }
    function upgrade(opts, callback) {
      if (callback === void 0) return new Promise((resolve, reject) => {
        upgrade.call(this, opts, (err, data) => err ? reject(err) : resolve(data));
      });
      try {
        const upgradeHandler = new UpgradeHandler(opts, callback);
        this.dispatch({
          ...opts,
          method: opts.method || 'GET',
          upgrade: opts.protocol || 'Websocket'
        }, upgradeHandler);
      } catch (err) {
        if (typeof callback !== 'function') throw err;
        const opaque = opts && opts.opaque;
        queueMicrotask(() => callback(err, {
          opaque: opaque
        }));
      }
    }
    module.exports = upgrade;
  },
  6615: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    module.exports.request = __webpack_require__(4043);
    module.exports.stream = __webpack_require__(3560);
    module.exports.pipeline = __webpack_require__(6862);
    module.exports.upgrade = __webpack_require__(1882);
    module.exports.connect = __webpack_require__(4660);
  },
  9927: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const assert = __webpack_require__(2613);
    const {Readable: Readable} = __webpack_require__(2203);
    const {RequestAbortedError: RequestAbortedError, NotSupportedError: NotSupportedError, InvalidArgumentError: InvalidArgumentError} = __webpack_require__(8707);
    const util = __webpack_require__(3440);
    const {ReadableStreamFrom: ReadableStreamFrom, toUSVString: toUSVString} = __webpack_require__(3440);
    let Blob;
    const kConsume = Symbol('kConsume');
    const kReading = Symbol('kReading');
    const kBody = Symbol('kBody');
    const kAbort = Symbol('abort');
    const kContentType = Symbol('kContentType');
    const noop = () => {};
    module.exports = class extends Readable {
      constructor({resume: resume, abort: abort, contentType: contentType = '', highWaterMark: highWaterMark = 64 * 1024}) {
        super({
          autoDestroy: true,
          read: resume,
          highWaterMark: highWaterMark
        });
        this._readableState.dataEmitted = false;
        this[kAbort] = abort;
        this[kConsume] = null;
        this[kBody] = null;
        this[kContentType] = contentType;
        this[kReading] = false;
      }
      destroy(err) {
        if (this.destroyed) return this;
        if (!err && !this._readableState.endEmitted) err = new RequestAbortedError;
        if (err) this[kAbort]();
        return super.destroy(err);
      }
      emit(ev, ...args) {
        if (ev === 'data') this._readableState.dataEmitted = true; else if (ev === 'error') this._readableState.errorEmitted = true;
        return super.emit(ev, ...args);
      }
      on(ev, ...args) {
        if (ev === 'data' || ev === 'readable') this[kReading] = true;
        return super.on(ev, ...args);
      }
      addListener(ev, ...args) {
        return this.on(ev, ...args);
      }
      off(ev, ...args) {
        const ret = super.off(ev, ...args);
        if (ev === 'data' || ev === 'readable') this[kReading] = this.listenerCount('data') > 0 || this.listenerCount('readable') > 0;
        return ret;
      }
      removeListener(ev, ...args) {
        return this.off(ev, ...args);
      }
      push(chunk) {
        if (this[kConsume] && chunk !== null && this.readableLength === 0) {
          consumePush(this[kConsume], chunk);
          return this[kReading] ? super.push(chunk) : true;
        }
        return super.push(chunk);
      }
      async text() {
        return consume(this, 'text');
      }
      async json() {
        return consume(this, 'json');
      }
      async blob() {
        return consume(this, 'blob');
      }
      async arrayBuffer() {
        return consume(this, 'arrayBuffer');
      }
      async formData() {
        throw new NotSupportedError;
      }
      get bodyUsed() {
        return util.isDisturbed(this);
      }
      get body() {
        if (!this[kBody]) {
          this[kBody] = ReadableStreamFrom(this);
          if (this[kConsume]) {
            this[kBody].getReader();
            assert(this[kBody].locked);
          }
        }
        return this[kBody];
      }
      dump(opts) {
        let limit = opts && Number.isFinite(opts.limit) ? opts.limit : 262144;
        const signal = opts && opts.signal;
        if (signal) try {
          if (typeof signal !== 'object' || !('aborted' in signal)) throw new InvalidArgumentError('signal must be an AbortSignal');
          util.throwIfAborted(signal);
        } catch (err) {
          return Promise.reject(err);
        }
        if (this.closed) return Promise.resolve(null);
        return new Promise((resolve, reject) => {
          const signalListenerCleanup = signal ? util.addAbortListener(signal, () => {
            this.destroy();
          }) : noop;
          this.on('close', function() {
            signalListenerCleanup();
            if (signal && signal.aborted) reject(signal.reason || Object.assign(new Error('The operation was aborted'), {
              name: 'AbortError'
            })); else resolve(null);
          }).on('error', noop).on('data', function(chunk) {
            limit -= chunk.length;
            if (limit <= 0) this.destroy();
          }).resume();
        });
      }
    };
    function isLocked(self) {
      return self[kBody] && self[kBody].locked === true || self[kConsume];
    }
    function isUnusable(self) {
      return util.isDisturbed(self) || isLocked(self);
    }
    async function consume(stream, type) {
      if (isUnusable(stream)) throw new TypeError('unusable');
      assert(!stream[kConsume]);
      return new Promise((resolve, reject) => {
        stream[kConsume] = {
          type: type,
          stream: stream,
          resolve: resolve,
          reject: reject,
          length: 0,
          body: []
        };
        stream.on('error', function(err) {
          consumeFinish(this[kConsume], err);
        }).on('close', function() {
          if (this[kConsume].body !== null) consumeFinish(this[kConsume], new RequestAbortedError);
        });
        process.nextTick(consumeStart, stream[kConsume]);
      });
    }
    function consumeStart(consume) {
      if (consume.body === null) return;
      const {_readableState: state} = consume.stream;
      for (const chunk of state.buffer) consumePush(consume, chunk);
      if (state.endEmitted) consumeEnd(this[kConsume]); else consume.stream.on('end', function() {
        consumeEnd(this[kConsume]);
      });
      consume.stream.resume();
      while (consume.stream.read() != null) ;
    }
    function consumeEnd(consume) {
      const {type: type, body: body, resolve: resolve, stream: stream, length: length} = consume;
      try {
        if (type === 'text') resolve(toUSVString(Buffer.concat(body))); else if (type === 'json') resolve(JSON.parse(Buffer.concat(body))); else if (type === 'arrayBuffer') {
          const dst = new Uint8Array(length);
          let pos = 0;
          for (const buf of body) {
            dst.set(buf, pos);
            pos += buf.byteLength;
          }
          resolve(dst.buffer);
        } else if (type === 'blob') {
          if (!Blob) Blob = __webpack_require__(181).Blob;
          resolve(new Blob(body, {
            type: stream[kContentType]
          }));
        }
        consumeFinish(consume);
      } catch (err) {
        stream.destroy(err);
      }
    }
    function consumePush(consume, chunk) {
      consume.length += chunk.length;
      consume.body.push(chunk);
    }
    function consumeFinish(consume, err) {
      if (consume.body === null) return;
      if (err) consume.reject(err); else consume.resolve();
      consume.type = null;
      consume.stream = null;
      consume.resolve = null;
      consume.reject = null;
      consume.length = 0;
      consume.body = null;
    }
  },
  7655: (module, __unused_webpack_exports, __webpack_require__) => {
    const assert = __webpack_require__(2613);
    const {ResponseStatusCodeError: ResponseStatusCodeError} = __webpack_require__(8707);
    const {toUSVString: toUSVString} = __webpack_require__(3440);
    async function getResolveErrorBodyCallback({callback: callback, body: body, contentType: contentType, statusCode: statusCode, statusMessage: statusMessage, headers: headers}) {
      assert(body);
      let chunks = [];
      let limit = 0;
      for await (const chunk of body) {
        chunks.push(chunk);
        limit += chunk.length;
        if (limit > 128 * 1024) {
          chunks = null;
          break;
        }
      }
      if (statusCode === 204 || !contentType || !chunks) {
        process.nextTick(callback, new ResponseStatusCodeError(`Response status code ${statusCode}${statusMessage ? `: ${statusMessage}` : ''}`, statusCode, headers));
        return;
      }
      try {
        if (contentType.startsWith('application/json')) {
          const payload = JSON.parse(toUSVString(Buffer.concat(chunks)));
          process.nextTick(callback, new ResponseStatusCodeError(`Response status code ${statusCode}${statusMessage ? `: ${statusMessage}` : ''}`, statusCode, headers, payload));
          return;
        }
        if (contentType.startsWith('text/')) {
          const payload = toUSVString(Buffer.concat(chunks));
          process.nextTick(callback, new ResponseStatusCodeError(`Response status code ${statusCode}${statusMessage ? `: ${statusMessage}` : ''}`, statusCode, headers, payload));
          return;
        }
      } catch (err) {}
      process.nextTick(callback, new ResponseStatusCodeError(`Response status code ${statusCode}${statusMessage ? `: ${statusMessage}` : ''}`, statusCode, headers));
    }
    module.exports = {
      getResolveErrorBodyCallback: getResolveErrorBodyCallback
    };
  },
  1093: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {BalancedPoolMissingUpstreamError: BalancedPoolMissingUpstreamError, InvalidArgumentError: InvalidArgumentError} = __webpack_require__(8707);
    const {PoolBase: PoolBase, kClients: kClients, kNeedDrain: kNeedDrain, kAddClient: kAddClient, kRemoveClient: kRemoveClient, kGetDispatcher: kGetDispatcher} = __webpack_require__(8640);
    const Pool = __webpack_require__(5076);
    const {kUrl: kUrl, kInterceptors: kInterceptors} = __webpack_require__(6443);
    const {parseOrigin: parseOrigin} = __webpack_require__(3440);
    const kFactory = Symbol('factory');
    const kOptions = Symbol('options');
    const kGreatestCommonDivisor = Symbol('kGreatestCommonDivisor');
    const kCurrentWeight = Symbol('kCurrentWeight');
    const kIndex = Symbol('kIndex');
    const kWeight = Symbol('kWeight');
    const kMaxWeightPerServer = Symbol('kMaxWeightPerServer');
    const kErrorPenalty = Symbol('kErrorPenalty');
    function getGreatestCommonDivisor(a, b) {
      if (b === 0) return a;
      return getGreatestCommonDivisor(b, a % b);
    }
    function defaultFactory(origin, opts) {
      return new Pool(origin, opts);
    }
    class BalancedPool extends PoolBase {
      constructor(upstreams = [], {factory: factory = defaultFactory, ...opts} = {}) {
        super();
        this[kOptions] = opts;
        this[kIndex] = -1;
        this[kCurrentWeight] = 0;
        this[kMaxWeightPerServer] = this[kOptions].maxWeightPerServer || 100;
        this[kErrorPenalty] = this[kOptions].errorPenalty || 15;
        if (!Array.isArray(upstreams)) upstreams = [ upstreams ];
        if (typeof factory !== 'function') throw new InvalidArgumentError('factory must be a function.');
        this[kInterceptors] = opts.interceptors && opts.interceptors.BalancedPool && Array.isArray(opts.interceptors.BalancedPool) ? opts.interceptors.BalancedPool : [];
        this[kFactory] = factory;
        for (const upstream of upstreams) this.addUpstream(upstream);
        this._updateBalancedPoolStats();
      }
      addUpstream(upstream) {
        const upstreamOrigin = parseOrigin(upstream).origin;
        if (this[kClients].find(pool => pool[kUrl].origin === upstreamOrigin && pool.closed !== true && pool.destroyed !== true)) return this;
        const pool = this[kFactory](upstreamOrigin, Object.assign({}, this[kOptions]));
        this[kAddClient](pool);
        pool.on('connect', () => {
          pool[kWeight] = Math.min(this[kMaxWeightPerServer], pool[kWeight] + this[kErrorPenalty]);
        });
        pool.on('connectionError', () => {
          pool[kWeight] = Math.max(1, pool[kWeight] - this[kErrorPenalty]);
          this._updateBalancedPoolStats();
        });
        pool.on('disconnect', (...args) => {
          const err = args[2];
          if (err && err.code === 'UND_ERR_SOCKET') {
            pool[kWeight] = Math.max(1, pool[kWeight] - this[kErrorPenalty]);
            this._updateBalancedPoolStats();
          }
        });
        for (const client of this[kClients]) client[kWeight] = this[kMaxWeightPerServer];
        this._updateBalancedPoolStats();
        return this;
      }
      _updateBalancedPoolStats() {
        this[kGreatestCommonDivisor] = this[kClients].map(p => p[kWeight]).reduce(getGreatestCommonDivisor, 0);
      }
      removeUpstream(upstream) {
        const upstreamOrigin = parseOrigin(upstream).origin;
        const pool = this[kClients].find(pool => pool[kUrl].origin === upstreamOrigin && pool.closed !== true && pool.destroyed !== true);
        if (pool) this[kRemoveClient](pool);
        return this;
      }
      get upstreams() {
        return this[kClients].filter(dispatcher => dispatcher.closed !== true && dispatcher.destroyed !== true).map(p => p[kUrl].origin);
      }
      [kGetDispatcher]() {
        if (this[kClients].length === 0) throw new BalancedPoolMissingUpstreamError;
        const dispatcher = this[kClients].find(dispatcher => !dispatcher[kNeedDrain] && dispatcher.closed !== true && dispatcher.destroyed !== true);
        if (!dispatcher) return;
        const allClientsBusy = this[kClients].map(pool => pool[kNeedDrain]).reduce((a, b) => a && b, true);
        if (allClientsBusy) return;
        let counter = 0;
        let maxWeightIndex = this[kClients].findIndex(pool => !pool[kNeedDrain]);
        while (counter++ < this[kClients].length) {
          this[kIndex] = (this[kIndex] + 1) % this[kClients].length;
          const pool = this[kClients][this[kIndex]];
          if (pool[kWeight] > this[kClients][maxWeightIndex][kWeight] && !pool[kNeedDrain]) maxWeightIndex = this[kIndex];
          if (this[kIndex] === 0) {
            this[kCurrentWeight] = this[kCurrentWeight] - this[kGreatestCommonDivisor];
            if (this[kCurrentWeight] <= 0) this[kCurrentWeight] = this[kMaxWeightPerServer];
          }
          if (pool[kWeight] >= this[kCurrentWeight] && !pool[kNeedDrain]) return pool;
        }
        this[kCurrentWeight] = this[kClients][maxWeightIndex][kWeight];
        this[kIndex] = maxWeightIndex;
        return this[kClients][maxWeightIndex];
      }
    }
    module.exports = BalancedPool;
  },
  479: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {kConstruct: kConstruct} = __webpack_require__(296);
    const {urlEquals: urlEquals, fieldValues: getFieldValues} = __webpack_require__(3993);
    const {kEnumerableProperty: kEnumerableProperty, isDisturbed: isDisturbed} = __webpack_require__(3440);
    const {kHeadersList: kHeadersList} = __webpack_require__(6443);
    const {webidl: webidl} = __webpack_require__(4222);
    const {Response: Response, cloneResponse: cloneResponse} = __webpack_require__(8676);
    const {Request: Request} = __webpack_require__(5194);
    const {kState: kState, kHeaders: kHeaders, kGuard: kGuard, kRealm: kRealm} = __webpack_require__(9710);
    const {fetching: fetching} = __webpack_require__(2315);
    const {urlIsHttpHttpsScheme: urlIsHttpHttpsScheme, createDeferredPromise: createDeferredPromise, readAllBytes: readAllBytes} = __webpack_require__(5523);
    const assert = __webpack_require__(2613);
    const {getGlobalDispatcher: getGlobalDispatcher} = __webpack_require__(2581);
    class Cache {
      #relevantRequestResponseList;
      constructor() {
        if (arguments[0] !== kConstruct) webidl.illegalConstructor();
        this.#relevantRequestResponseList = arguments[1];
      }
      async match(request, options = {}) {
        webidl.brandCheck(this, Cache);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'Cache.match'
        });
        request = webidl.converters.RequestInfo(request);
        options = webidl.converters.CacheQueryOptions(options);
        const p = await this.matchAll(request, options);
        if (p.length === 0) return;
        return p[0];
      }
      async matchAll(request = void 0, options = {}) {
        webidl.brandCheck(this, Cache);
        if (request !== void 0) request = webidl.converters.RequestInfo(request);
        options = webidl.converters.CacheQueryOptions(options);
        let r = null;
        if (request !== void 0) if (request instanceof Request) {
          r = request[kState];
          if (r.method !== 'GET' && !options.ignoreMethod) return [];
        } else if (typeof request === 'string') r = new Request(request)[kState];
        const responses = [];
        if (request === void 0) for (const requestResponse of this.#relevantRequestResponseList) responses.push(requestResponse[1]); else {
          const requestResponses = this.#queryCache(r, options);
          for (const requestResponse of requestResponses) responses.push(requestResponse[1]);
        }
        const responseList = [];
        for (const response of responses) {
          const responseObject = new Response(response.body?.source ?? null);
          const body = responseObject[kState].body;
          responseObject[kState] = response;
          responseObject[kState].body = body;
          responseObject[kHeaders][kHeadersList] = response.headersList;
          responseObject[kHeaders][kGuard] = 'immutable';
          responseList.push(responseObject);
        }
        return Object.freeze(responseList);
      }
      async add(request) {
        webidl.brandCheck(this, Cache);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'Cache.add'
        });
        request = webidl.converters.RequestInfo(request);
        const requests = [ request ];
        const responseArrayPromise = this.addAll(requests);
        return await responseArrayPromise;
      }
      async addAll(requests) {
        webidl.brandCheck(this, Cache);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'Cache.addAll'
        });
        requests = webidl.converters['sequence<RequestInfo>'](requests);
        const responsePromises = [];
        const requestList = [];
        for (const request of requests) {
          if (typeof request === 'string') continue;
          const r = request[kState];
          if (!urlIsHttpHttpsScheme(r.url) || r.method !== 'GET') throw webidl.errors.exception({
            header: 'Cache.addAll',
            message: 'Expected http/s scheme when method is not GET.'
          });
        }
        const fetchControllers = [];
        for (const request of requests) {
          const r = new Request(request)[kState];
          if (!urlIsHttpHttpsScheme(r.url)) throw webidl.errors.exception({
            header: 'Cache.addAll',
            message: 'Expected http/s scheme.'
          });
          r.initiator = 'fetch';
          r.destination = 'subresource';
          requestList.push(r);
          const responsePromise = createDeferredPromise();
          fetchControllers.push(fetching({
            request: r,
            dispatcher: getGlobalDispatcher(),
            processResponse(response) {
              if (response.type === 'error' || response.status === 206 || response.status < 200 || response.status > 299) responsePromise.reject(webidl.errors.exception({
                header: 'Cache.addAll',
                message: 'Received an invalid status code or the request failed.'
              })); else if (response.headersList.contains('vary')) {
                const fieldValues = getFieldValues(response.headersList.get('vary'));
                for (const fieldValue of fieldValues) if (fieldValue === '*') {
                  responsePromise.reject(webidl.errors.exception({
                    header: 'Cache.addAll',
                    message: 'invalid vary field value'
                  }));
                  for (const controller of fetchControllers) controller.abort();
                  return;
                }
              }
            },
            processResponseEndOfBody(response) {
              if (response.aborted) {
                responsePromise.reject(new DOMException('aborted', 'AbortError'));
                return;
              }
              responsePromise.resolve(response);
            }
          }));
          responsePromises.push(responsePromise.promise);
        }
        const p = Promise.all(responsePromises);
        const responses = await p;
        const operations = [];
        let index = 0;
        for (const response of responses) {
          const operation = {
            type: 'put',
            request: requestList[index],
            response: response
          };
          operations.push(operation);
          index++;
        }
        const cacheJobPromise = createDeferredPromise();
        let errorData = null;
        try {
          this.#batchCacheOperations(operations);
        } catch (e) {
          errorData = e;
        }
        queueMicrotask(() => {
          if (errorData === null) cacheJobPromise.resolve(void 0); else cacheJobPromise.reject(errorData);
        });
        return cacheJobPromise.promise;
      }
      async put(request, response) {
        webidl.brandCheck(this, Cache);
        webidl.argumentLengthCheck(arguments, 2, {
          header: 'Cache.put'
        });
        request = webidl.converters.RequestInfo(request);
        response = webidl.converters.Response(response);
        let innerRequest = null;
        if (request instanceof Request) innerRequest = request[kState]; else innerRequest = new Request(request)[kState];
        if (!urlIsHttpHttpsScheme(innerRequest.url) || innerRequest.method !== 'GET') throw webidl.errors.exception({
          header: 'Cache.put',
          message: 'Expected an http/s scheme when method is not GET'
        });
        const innerResponse = response[kState];
        if (innerResponse.status === 206) throw webidl.errors.exception({
          header: 'Cache.put',
          message: 'Got 206 status'
        });
        if (innerResponse.headersList.contains('vary')) {
          const fieldValues = getFieldValues(innerResponse.headersList.get('vary'));
          for (const fieldValue of fieldValues) if (fieldValue === '*') throw webidl.errors.exception({
            header: 'Cache.put',
            message: 'Got * vary field value'
          });
        }
        if (innerResponse.body && (isDisturbed(innerResponse.body.stream) || innerResponse.body.stream.locked)) throw webidl.errors.exception({
          header: 'Cache.put',
          message: 'Response body is locked or disturbed'
        });
        const clonedResponse = cloneResponse(innerResponse);
        const bodyReadPromise = createDeferredPromise();
        if (innerResponse.body != null) {
          const stream = innerResponse.body.stream;
          const reader = stream.getReader();
          readAllBytes(reader).then(bodyReadPromise.resolve, bodyReadPromise.reject);
        } else bodyReadPromise.resolve(void 0);
        const operations = [];
        const operation = {
          type: 'put',
          request: innerRequest,
          response: clonedResponse
        };
        operations.push(operation);
        const bytes = await bodyReadPromise.promise;
        if (clonedResponse.body != null) clonedResponse.body.source = bytes;
        const cacheJobPromise = createDeferredPromise();
        let errorData = null;
        try {
          this.#batchCacheOperations(operations);
        } catch (e) {
          errorData = e;
        }
        queueMicrotask(() => {
          if (errorData === null) cacheJobPromise.resolve(); else cacheJobPromise.reject(errorData);
        });
        return cacheJobPromise.promise;
      }
      async delete(request, options = {}) {
        webidl.brandCheck(this, Cache);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'Cache.delete'
        });
        request = webidl.converters.RequestInfo(request);
        options = webidl.converters.CacheQueryOptions(options);
        let r = null;
        if (request instanceof Request) {
          r = request[kState];
          if (r.method !== 'GET' && !options.ignoreMethod) return false;
        } else {
          assert(typeof request === 'string');
          r = new Request(request)[kState];
        }
        const operations = [];
        const operation = {
          type: 'delete',
          request: r,
          options: options
        };
        operations.push(operation);
        const cacheJobPromise = createDeferredPromise();
        let errorData = null;
        let requestResponses;
        try {
          requestResponses = this.#batchCacheOperations(operations);
        } catch (e) {
          errorData = e;
        }
        queueMicrotask(() => {
          if (errorData === null) cacheJobPromise.resolve(!!requestResponses?.length); else cacheJobPromise.reject(errorData);
        });
        return cacheJobPromise.promise;
      }
      async keys(request = void 0, options = {}) {
        webidl.brandCheck(this, Cache);
        if (request !== void 0) request = webidl.converters.RequestInfo(request);
        options = webidl.converters.CacheQueryOptions(options);
        let r = null;
        if (request !== void 0) if (request instanceof Request) {
          r = request[kState];
          if (r.method !== 'GET' && !options.ignoreMethod) return [];
        } else if (typeof request === 'string') r = new Request(request)[kState];
        const promise = createDeferredPromise();
        const requests = [];
        if (request === void 0) for (const requestResponse of this.#relevantRequestResponseList) requests.push(requestResponse[0]); else {
          const requestResponses = this.#queryCache(r, options);
          for (const requestResponse of requestResponses) requests.push(requestResponse[0]);
        }
        queueMicrotask(() => {
          const requestList = [];
          for (const request of requests) {
            const requestObject = new Request('https://a');
            requestObject[kState] = request;
            requestObject[kHeaders][kHeadersList] = request.headersList;
            requestObject[kHeaders][kGuard] = 'immutable';
            requestObject[kRealm] = request.client;
            requestList.push(requestObject);
          }
          promise.resolve(Object.freeze(requestList));
        });
        return promise.promise;
      }
      #batchCacheOperations(operations) {
        const cache = this.#relevantRequestResponseList;
        const backupCache = [ ...cache ];
        const addedItems = [];
        const resultList = [];
        try {
          for (const operation of operations) {
            if (operation.type !== 'delete' && operation.type !== 'put') throw webidl.errors.exception({
              header: 'Cache.#batchCacheOperations',
              message: 'operation type does not match "delete" or "put"'
            });
            if (operation.type === 'delete' && operation.response != null) throw webidl.errors.exception({
              header: 'Cache.#batchCacheOperations',
              message: 'delete operation should not have an associated response'
            });
            if (this.#queryCache(operation.request, operation.options, addedItems).length) throw new DOMException('???', 'InvalidStateError');
            let requestResponses;
            if (operation.type === 'delete') {
              requestResponses = this.#queryCache(operation.request, operation.options);
              if (requestResponses.length === 0) return [];
              for (const requestResponse of requestResponses) {
                const idx = cache.indexOf(requestResponse);
                assert(idx !== -1);
                cache.splice(idx, 1);
              }
            } else if (operation.type === 'put') {
              if (operation.response == null) throw webidl.errors.exception({
                header: 'Cache.#batchCacheOperations',
                message: 'put operation should have an associated response'
              });
              const r = operation.request;
              if (!urlIsHttpHttpsScheme(r.url)) throw webidl.errors.exception({
                header: 'Cache.#batchCacheOperations',
                message: 'expected http or https scheme'
              });
              if (r.method !== 'GET') throw webidl.errors.exception({
                header: 'Cache.#batchCacheOperations',
                message: 'not get method'
              });
              if (operation.options != null) throw webidl.errors.exception({
                header: 'Cache.#batchCacheOperations',
                message: 'options must not be defined'
              });
              requestResponses = this.#queryCache(operation.request);
              for (const requestResponse of requestResponses) {
                const idx = cache.indexOf(requestResponse);
                assert(idx !== -1);
                cache.splice(idx, 1);
              }
              cache.push([ operation.request, operation.response ]);
              addedItems.push([ operation.request, operation.response ]);
            }
            resultList.push([ operation.request, operation.response ]);
          }
          return resultList;
        } catch (e) {
          this.#relevantRequestResponseList.length = 0;
          this.#relevantRequestResponseList = backupCache;
          throw e;
        }
      }
      #queryCache(requestQuery, options, targetStorage) {
        const resultList = [];
        const storage = targetStorage ?? this.#relevantRequestResponseList;
        for (const requestResponse of storage) {
          const [cachedRequest, cachedResponse] = requestResponse;
          if (this.#requestMatchesCachedItem(requestQuery, cachedRequest, cachedResponse, options)) resultList.push(requestResponse);
        }
        return resultList;
      }
      #requestMatchesCachedItem(requestQuery, request, response = null, options) {
        const queryURL = new URL(requestQuery.url);
        const cachedURL = new URL(request.url);
        if (options?.ignoreSearch) {
          cachedURL.search = '';
          queryURL.search = '';
        }
        if (!urlEquals(queryURL, cachedURL, true)) return false;
        if (response == null || options?.ignoreVary || !response.headersList.contains('vary')) return true;
        const fieldValues = getFieldValues(response.headersList.get('vary'));
        for (const fieldValue of fieldValues) {
          if (fieldValue === '*') return false;
          const requestValue = request.headersList.get(fieldValue);
          const queryValue = requestQuery.headersList.get(fieldValue);
          if (requestValue !== queryValue) return false;
        }
        return true;
      }
    }
    Object.defineProperties(Cache.prototype, {
      [Symbol.toStringTag]: {
        value: 'Cache',
        configurable: true
      },
      match: kEnumerableProperty,
      matchAll: kEnumerableProperty,
      add: kEnumerableProperty,
      addAll: kEnumerableProperty,
      put: kEnumerableProperty,
      delete: kEnumerableProperty,
      keys: kEnumerableProperty
    });
    const cacheQueryOptionConverters = [ {
      key: 'ignoreSearch',
      converter: webidl.converters.boolean,
      defaultValue: false
    }, {
      key: 'ignoreMethod',
      converter: webidl.converters.boolean,
      defaultValue: false
    }, {
      key: 'ignoreVary',
      converter: webidl.converters.boolean,
      defaultValue: false
    } ];
    webidl.converters.CacheQueryOptions = webidl.dictionaryConverter(cacheQueryOptionConverters);
    webidl.converters.MultiCacheQueryOptions = webidl.dictionaryConverter([ ...cacheQueryOptionConverters, {
      key: 'cacheName',
      converter: webidl.converters.DOMString
    } ]);
    webidl.converters.Response = webidl.interfaceConverter(Response);
    webidl.converters['sequence<RequestInfo>'] = webidl.sequenceConverter(webidl.converters.RequestInfo);
    module.exports = {
      Cache: Cache
    };
  },
  4738: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {kConstruct: kConstruct} = __webpack_require__(296);
    const {Cache: Cache} = __webpack_require__(479);
    const {webidl: webidl} = __webpack_require__(4222);
    const {kEnumerableProperty: kEnumerableProperty} = __webpack_require__(3440);
    class CacheStorage {
      #caches=new Map;
      constructor() {
        if (arguments[0] !== kConstruct) webidl.illegalConstructor();
      }
      async match(request, options = {}) {
        webidl.brandCheck(this, CacheStorage);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'CacheStorage.match'
        });
        request = webidl.converters.RequestInfo(request);
        options = webidl.converters.MultiCacheQueryOptions(options);
        if (options.cacheName != null) {
          if (this.#caches.has(options.cacheName)) {
            const cacheList = this.#caches.get(options.cacheName);
            const cache = new Cache(kConstruct, cacheList);
            return await cache.match(request, options);
          }
        } else for (const cacheList of this.#caches.values()) {
          const cache = new Cache(kConstruct, cacheList);
          const response = await cache.match(request, options);
          if (response !== void 0) return response;
        }
      }
      async has(cacheName) {
        webidl.brandCheck(this, CacheStorage);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'CacheStorage.has'
        });
        cacheName = webidl.converters.DOMString(cacheName);
        return this.#caches.has(cacheName);
      }
      async open(cacheName) {
        webidl.brandCheck(this, CacheStorage);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'CacheStorage.open'
        });
        cacheName = webidl.converters.DOMString(cacheName);
        if (this.#caches.has(cacheName)) {
          const cache = this.#caches.get(cacheName);
          return new Cache(kConstruct, cache);
        }
        const cache = [];
        this.#caches.set(cacheName, cache);
        return new Cache(kConstruct, cache);
      }
      async delete(cacheName) {
        webidl.brandCheck(this, CacheStorage);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'CacheStorage.delete'
        });
        cacheName = webidl.converters.DOMString(cacheName);
        return this.#caches.delete(cacheName);
      }
      async keys() {
        webidl.brandCheck(this, CacheStorage);
        const keys = this.#caches.keys();
        return [ ...keys ];
      }
    }
    Object.defineProperties(CacheStorage.prototype, {
      [Symbol.toStringTag]: {
        value: 'CacheStorage',
        configurable: true
      },
      match: kEnumerableProperty,
      has: kEnumerableProperty,
      open: kEnumerableProperty,
      delete: kEnumerableProperty,
      keys: kEnumerableProperty
    });
    module.exports = {
      CacheStorage: CacheStorage
    };
  },
  296: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    module.exports = {
      kConstruct: __webpack_require__(6443).kConstruct
    };
  },
  3993: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const assert = __webpack_require__(2613);
    const {URLSerializer: URLSerializer} = __webpack_require__(4322);
    const {isValidHeaderName: isValidHeaderName} = __webpack_require__(5523);
    function urlEquals(A, B, excludeFragment = false) {
      const serializedA = URLSerializer(A, excludeFragment);
      const serializedB = URLSerializer(B, excludeFragment);
      return serializedA === serializedB;
    }
    function fieldValues(header) {
      assert(header !== null);
      const values = [];
      for (let value of header.split(',')) {
        value = value.trim();
        if (!value.length) continue; else if (!isValidHeaderName(value)) continue;
        values.push(value);
      }
      return values;
    }
    module.exports = {
      urlEquals: urlEquals,
      fieldValues: fieldValues
    };
  },
  6197: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const assert = __webpack_require__(2613);
    const net = __webpack_require__(9278);
    const http = __webpack_require__(8611);
    const {pipeline: pipeline} = __webpack_require__(2203);
    const util = __webpack_require__(3440);
    const timers = __webpack_require__(8804);
    const Request = __webpack_require__(4655);
    const DispatcherBase = __webpack_require__(1);
    const {RequestContentLengthMismatchError: RequestContentLengthMismatchError, ResponseContentLengthMismatchError: ResponseContentLengthMismatchError, InvalidArgumentError: InvalidArgumentError, RequestAbortedError: RequestAbortedError, HeadersTimeoutError: HeadersTimeoutError, HeadersOverflowError: HeadersOverflowError, SocketError: SocketError, InformationalError: InformationalError, BodyTimeoutError: BodyTimeoutError, HTTPParserError: HTTPParserError, ResponseExceededMaxSizeError: ResponseExceededMaxSizeError, ClientDestroyedError: ClientDestroyedError} = __webpack_require__(8707);
    const buildConnector = __webpack_require__(9136);
    const {kUrl: kUrl, kReset: kReset, kServerName: kServerName, kClient: kClient, kBusy: kBusy, kParser: kParser, kConnect: kConnect, kBlocking: kBlocking, kResuming: kResuming, kRunning: kRunning, kPending: kPending, kSize: kSize, kWriting: kWriting, kQueue: kQueue, kConnected: kConnected, kConnecting: kConnecting, kNeedDrain: kNeedDrain, kNoRef: kNoRef, kKeepAliveDefaultTimeout: kKeepAliveDefaultTimeout, kHostHeader: kHostHeader, kPendingIdx: kPendingIdx, kRunningIdx: kRunningIdx, kError: kError, kPipelining: kPipelining, kSocket: kSocket, kKeepAliveTimeoutValue: kKeepAliveTimeoutValue, kMaxHeadersSize: kMaxHeadersSize, kKeepAliveMaxTimeout: kKeepAliveMaxTimeout, kKeepAliveTimeoutThreshold: kKeepAliveTimeoutThreshold, kHeadersTimeout: kHeadersTimeout, kBodyTimeout: kBodyTimeout, kStrictContentLength: kStrictContentLength, kConnector: kConnector, kMaxRedirections: kMaxRedirections, kMaxRequests: kMaxRequests, kCounter: kCounter, kClose: kClose, kDestroy: kDestroy, kDispatch: kDispatch, kInterceptors: kInterceptors, kLocalAddress: kLocalAddress, kMaxResponseSize: kMaxResponseSize, kHTTPConnVersion: kHTTPConnVersion, kHost: kHost, kHTTP2Session: kHTTP2Session, kHTTP2SessionState: kHTTP2SessionState, kHTTP2BuildRequest: kHTTP2BuildRequest, kHTTP2CopyHeaders: kHTTP2CopyHeaders, kHTTP1BuildRequest: kHTTP1BuildRequest} = __webpack_require__(6443);
    let http2;
    try {
      http2 = __webpack_require__(5675);
    } catch {
      http2 = {
        constants: {}
      };
    }
    const {constants: {HTTP2_HEADER_AUTHORITY: HTTP2_HEADER_AUTHORITY, HTTP2_HEADER_METHOD: HTTP2_HEADER_METHOD, HTTP2_HEADER_PATH: HTTP2_HEADER_PATH, HTTP2_HEADER_SCHEME: HTTP2_HEADER_SCHEME, HTTP2_HEADER_CONTENT_LENGTH: HTTP2_HEADER_CONTENT_LENGTH, HTTP2_HEADER_EXPECT: HTTP2_HEADER_EXPECT, HTTP2_HEADER_STATUS: HTTP2_HEADER_STATUS}} = http2;
    let h2ExperimentalWarned = false;
    const FastBuffer = Buffer[Symbol.species];
    const kClosedResolve = Symbol('kClosedResolve');
    const channels = {};
    try {
      const diagnosticsChannel = __webpack_require__(1637);
      channels.sendHeaders = diagnosticsChannel.channel('undici:client:sendHeaders');
      channels.beforeConnect = diagnosticsChannel.channel('undici:client:beforeConnect');
      channels.connectError = diagnosticsChannel.channel('undici:client:connectError');
      channels.connected = diagnosticsChannel.channel('undici:client:connected');
    } catch {
      channels.sendHeaders = {
        hasSubscribers: false
      };
      channels.beforeConnect = {
        hasSubscribers: false
      };
      channels.connectError = {
        hasSubscribers: false
      };
      channels.connected = {
        hasSubscribers: false
      };
    }
    class Client extends DispatcherBase {
      constructor(url, {interceptors: interceptors, maxHeaderSize: maxHeaderSize, headersTimeout: headersTimeout, socketTimeout: socketTimeout, requestTimeout: requestTimeout, connectTimeout: connectTimeout, bodyTimeout: bodyTimeout, idleTimeout: idleTimeout, keepAlive: keepAlive, keepAliveTimeout: keepAliveTimeout, maxKeepAliveTimeout: maxKeepAliveTimeout, keepAliveMaxTimeout: keepAliveMaxTimeout, keepAliveTimeoutThreshold: keepAliveTimeoutThreshold, socketPath: socketPath, pipelining: pipelining, tls: tls, strictContentLength: strictContentLength, maxCachedSessions: maxCachedSessions, maxRedirections: maxRedirections, connect: connect, maxRequestsPerClient: maxRequestsPerClient, localAddress: localAddress, maxResponseSize: maxResponseSize, autoSelectFamily: autoSelectFamily, autoSelectFamilyAttemptTimeout: autoSelectFamilyAttemptTimeout, allowH2: allowH2, maxConcurrentStreams: maxConcurrentStreams} = {}) {
        super();
        if (keepAlive !== void 0) throw new InvalidArgumentError('unsupported keepAlive, use pipelining=0 instead');
        if (socketTimeout !== void 0) throw new InvalidArgumentError('unsupported socketTimeout, use headersTimeout & bodyTimeout instead');
        if (requestTimeout !== void 0) throw new InvalidArgumentError('unsupported requestTimeout, use headersTimeout & bodyTimeout instead');
        if (idleTimeout !== void 0) throw new InvalidArgumentError('unsupported idleTimeout, use keepAliveTimeout instead');
        if (maxKeepAliveTimeout !== void 0) throw new InvalidArgumentError('unsupported maxKeepAliveTimeout, use keepAliveMaxTimeout instead');
        if (maxHeaderSize != null && !Number.isFinite(maxHeaderSize)) throw new InvalidArgumentError('invalid maxHeaderSize');
        if (socketPath != null && typeof socketPath !== 'string') throw new InvalidArgumentError('invalid socketPath');
        if (connectTimeout != null && (!Number.isFinite(connectTimeout) || connectTimeout < 0)) throw new InvalidArgumentError('invalid connectTimeout');
        if (keepAliveTimeout != null && (!Number.isFinite(keepAliveTimeout) || keepAliveTimeout <= 0)) throw new InvalidArgumentError('invalid keepAliveTimeout');
        if (keepAliveMaxTimeout != null && (!Number.isFinite(keepAliveMaxTimeout) || keepAliveMaxTimeout <= 0)) throw new InvalidArgumentError('invalid keepAliveMaxTimeout');
        if (keepAliveTimeoutThreshold != null && !Number.isFinite(keepAliveTimeoutThreshold)) throw new InvalidArgumentError('invalid keepAliveTimeoutThreshold');
        if (headersTimeout != null && (!Number.isInteger(headersTimeout) || headersTimeout < 0)) throw new InvalidArgumentError('headersTimeout must be a positive integer or zero');
        if (bodyTimeout != null && (!Number.isInteger(bodyTimeout) || bodyTimeout < 0)) throw new InvalidArgumentError('bodyTimeout must be a positive integer or zero');
        if (connect != null && typeof connect !== 'function' && typeof connect !== 'object') throw new InvalidArgumentError('connect must be a function or an object');
        if (maxRedirections != null && (!Number.isInteger(maxRedirections) || maxRedirections < 0)) throw new InvalidArgumentError('maxRedirections must be a positive number');
        if (maxRequestsPerClient != null && (!Number.isInteger(maxRequestsPerClient) || maxRequestsPerClient < 0)) throw new InvalidArgumentError('maxRequestsPerClient must be a positive number');
        if (localAddress != null && (typeof localAddress !== 'string' || net.isIP(localAddress) === 0)) throw new InvalidArgumentError('localAddress must be valid string IP address');
        if (maxResponseSize != null && (!Number.isInteger(maxResponseSize) || maxResponseSize < -1)) throw new InvalidArgumentError('maxResponseSize must be a positive number');
        if (autoSelectFamilyAttemptTimeout != null && (!Number.isInteger(autoSelectFamilyAttemptTimeout) || autoSelectFamilyAttemptTimeout < -1)) throw new InvalidArgumentError('autoSelectFamilyAttemptTimeout must be a positive number');
        if (allowH2 != null && typeof allowH2 !== 'boolean') throw new InvalidArgumentError('allowH2 must be a valid boolean value');
        if (maxConcurrentStreams != null && (typeof maxConcurrentStreams !== 'number' || maxConcurrentStreams < 1)) throw new InvalidArgumentError('maxConcurrentStreams must be a possitive integer, greater than 0');
        if (typeof connect !== 'function') connect = buildConnector({
          ...tls,
          maxCachedSessions: maxCachedSessions,
          allowH2: allowH2,
          socketPath: socketPath,
          timeout: connectTimeout,
          ...util.nodeHasAutoSelectFamily && autoSelectFamily ? {
            autoSelectFamily: autoSelectFamily,
            autoSelectFamilyAttemptTimeout: autoSelectFamilyAttemptTimeout
          } : void 0,
          ...connect
        });
        this[kInterceptors] = interceptors && interceptors.Client && Array.isArray(interceptors.Client) ? interceptors.Client : [ createRedirectInterceptor({
          maxRedirections: maxRedirections
        }) ];
        this[kUrl] = util.parseOrigin(url);
        this[kConnector] = connect;
        this[kSocket] = null;
        this[kPipelining] = pipelining != null ? pipelining : 1;
        this[kMaxHeadersSize] = maxHeaderSize || http.maxHeaderSize;
        this[kKeepAliveDefaultTimeout] = keepAliveTimeout == null ? 4e3 : keepAliveTimeout;
        this[kKeepAliveMaxTimeout] = keepAliveMaxTimeout == null ? 6e5 : keepAliveMaxTimeout;
        this[kKeepAliveTimeoutThreshold] = keepAliveTimeoutThreshold == null ? 1e3 : keepAliveTimeoutThreshold;
        this[kKeepAliveTimeoutValue] = this[kKeepAliveDefaultTimeout];
        this[kServerName] = null;
        this[kLocalAddress] = localAddress != null ? localAddress : null;
        this[kResuming] = 0;
        this[kNeedDrain] = 0;
        this[kHostHeader] = `host: ${this[kUrl].hostname}${this[kUrl].port ? `:${this[kUrl].port}` : ''}\r\n`;
        this[kBodyTimeout] = bodyTimeout != null ? bodyTimeout : 3e5;
        this[kHeadersTimeout] = headersTimeout != null ? headersTimeout : 3e5;
        this[kStrictContentLength] = strictContentLength == null ? true : strictContentLength;
        this[kMaxRedirections] = maxRedirections;
        this[kMaxRequests] = maxRequestsPerClient;
        this[kClosedResolve] = null;
        this[kMaxResponseSize] = maxResponseSize > -1 ? maxResponseSize : -1;
        this[kHTTPConnVersion] = 'h1';
        this[kHTTP2Session] = null;
        this[kHTTP2SessionState] = !allowH2 ? null : {
          openStreams: 0,
          maxConcurrentStreams: maxConcurrentStreams != null ? maxConcurrentStreams : 100
        };
        this[kHost] = `${this[kUrl].hostname}${this[kUrl].port ? `:${this[kUrl].port}` : ''}`;
        this[kQueue] = [];
        this[kRunningIdx] = 0;
        this[kPendingIdx] = 0;
      }
      get pipelining() {
        return this[kPipelining];
      }
      set pipelining(value) {
        this[kPipelining] = value;
        resume(this, true);
      }
      get [kPending]() {
        return this[kQueue].length - this[kPendingIdx];
      }
      get [kRunning]() {
        return this[kPendingIdx] - this[kRunningIdx];
      }
      get [kSize]() {
        return this[kQueue].length - this[kRunningIdx];
      }
      get [kConnected]() {
        return !!this[kSocket] && !this[kConnecting] && !this[kSocket].destroyed;
      }
      get [kBusy]() {
        const socket = this[kSocket];
        return socket && (socket[kReset] || socket[kWriting] || socket[kBlocking]) || this[kSize] >= (this[kPipelining] || 1) || this[kPending] > 0;
      }
      [kConnect](cb) {
        connect(this);
        this.once('connect', cb);
      }
      [kDispatch](opts, handler) {
        const origin = opts.origin || this[kUrl].origin;
        const request = this[kHTTPConnVersion] === 'h2' ? Request[kHTTP2BuildRequest](origin, opts, handler) : Request[kHTTP1BuildRequest](origin, opts, handler);
        this[kQueue].push(request);
        if (this[kResuming]) ; else if (util.bodyLength(request.body) == null && util.isIterable(request.body)) {
          this[kResuming] = 1;
          process.nextTick(resume, this);
        } else resume(this, true);
        if (this[kResuming] && this[kNeedDrain] !== 2 && this[kBusy]) this[kNeedDrain] = 2;
        return this[kNeedDrain] < 2;
      }
      async [kClose]() {
        return new Promise(resolve => {
          if (!this[kSize]) resolve(null); else this[kClosedResolve] = resolve;
        });
      }
      async [kDestroy](err) {
        return new Promise(resolve => {
          const requests = this[kQueue].splice(this[kPendingIdx]);
          for (let i = 0; i < requests.length; i++) {
            const request = requests[i];
            errorRequest(this, request, err);
          }
          const callback = () => {
            if (this[kClosedResolve]) {
              this[kClosedResolve]();
              this[kClosedResolve] = null;
            }
            resolve();
          };
          if (this[kHTTP2Session] != null) {
            util.destroy(this[kHTTP2Session], err);
            this[kHTTP2Session] = null;
            this[kHTTP2SessionState] = null;
          }
          if (!this[kSocket]) queueMicrotask(callback); else util.destroy(this[kSocket].on('close', callback), err);
          resume(this);
        });
      }
    }
    function onHttp2SessionError(err) {
      assert(err.code !== 'ERR_TLS_CERT_ALTNAME_INVALID');
      this[kSocket][kError] = err;
      onError(this[kClient], err);
    }
    function onHttp2FrameError(type, code, id) {
      const err = new InformationalError(`HTTP/2: "frameError" received - type ${type}, code ${code}`);
      if (id === 0) {
        this[kSocket][kError] = err;
        onError(this[kClient], err);
      }
    }
    function onHttp2SessionEnd() {
      util.destroy(this, new SocketError('other side closed'));
      util.destroy(this[kSocket], new SocketError('other side closed'));
    }
    function onHTTP2GoAway(code) {
      const client = this[kClient];
      const err = new InformationalError(`HTTP/2: "GOAWAY" frame received with code ${code}`);
      client[kSocket] = null;
      client[kHTTP2Session] = null;
      if (client.destroyed) {
        assert(this[kPending] === 0);
        const requests = client[kQueue].splice(client[kRunningIdx]);
        for (let i = 0; i < requests.length; i++) {
          const request = requests[i];
          errorRequest(this, request, err);
        }
      } else if (client[kRunning] > 0) {
        const request = client[kQueue][client[kRunningIdx]];
        client[kQueue][client[kRunningIdx]++] = null;
        errorRequest(client, request, err);
      }
      client[kPendingIdx] = client[kRunningIdx];
      assert(client[kRunning] === 0);
      client.emit('disconnect', client[kUrl], [ client ], err);
      resume(client);
    }
    const constants = __webpack_require__(2824);
    const createRedirectInterceptor = __webpack_require__(4415);
    const EMPTY_BUF = Buffer.alloc(0);
    async function lazyllhttp() {
      const llhttpWasmData = process.env.JEST_WORKER_ID ? __webpack_require__(3870) : void 0;
      let mod;
      try {
        mod = await WebAssembly.compile(Buffer.from(__webpack_require__(3434), 'base64'));
      } catch (e) {
        mod = await WebAssembly.compile(Buffer.from(llhttpWasmData || __webpack_require__(3870), 'base64'));
      }
      return await WebAssembly.instantiate(mod, {
        env: {
          wasm_on_url: (p, at, len) => 0,
          wasm_on_status: (p, at, len) => {
            assert.strictEqual(currentParser.ptr, p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onStatus(new FastBuffer(currentBufferRef.buffer, start, len)) || 0;
          },
          wasm_on_message_begin: p => {
            assert.strictEqual(currentParser.ptr, p);
            return currentParser.onMessageBegin() || 0;
          },
          wasm_on_header_field: (p, at, len) => {
            assert.strictEqual(currentParser.ptr, p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onHeaderField(new FastBuffer(currentBufferRef.buffer, start, len)) || 0;
          },
          wasm_on_header_value: (p, at, len) => {
            assert.strictEqual(currentParser.ptr, p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onHeaderValue(new FastBuffer(currentBufferRef.buffer, start, len)) || 0;
          },
          wasm_on_headers_complete: (p, statusCode, upgrade, shouldKeepAlive) => {
            assert.strictEqual(currentParser.ptr, p);
            return currentParser.onHeadersComplete(statusCode, Boolean(upgrade), Boolean(shouldKeepAlive)) || 0;
          },
          wasm_on_body: (p, at, len) => {
            assert.strictEqual(currentParser.ptr, p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onBody(new FastBuffer(currentBufferRef.buffer, start, len)) || 0;
          },
          wasm_on_message_complete: p => {
            assert.strictEqual(currentParser.ptr, p);
            return currentParser.onMessageComplete() || 0;
          }
        }
      });
    }
    let llhttpInstance = null;
    let llhttpPromise = lazyllhttp();
    llhttpPromise.catch();
    let currentParser = null;
    let currentBufferRef = null;
    let currentBufferSize = 0;
    let currentBufferPtr = null;
    const TIMEOUT_HEADERS = 1;
    const TIMEOUT_BODY = 2;
    const TIMEOUT_IDLE = 3;
    class Parser {
      constructor(client, socket, {exports: exports}) {
        assert(Number.isFinite(client[kMaxHeadersSize]) && client[kMaxHeadersSize] > 0);
        this.llhttp = exports;
        this.ptr = this.llhttp.llhttp_alloc(constants.TYPE.RESPONSE);
        this.client = client;
        this.socket = socket;
        this.timeout = null;
        this.timeoutValue = null;
        this.timeoutType = null;
        this.statusCode = null;
        this.statusText = '';
        this.upgrade = false;
        this.headers = [];
        this.headersSize = 0;
        this.headersMaxSize = client[kMaxHeadersSize];
        this.shouldKeepAlive = false;
        this.paused = false;
        this.resume = this.resume.bind(this);
        this.bytesRead = 0;
        this.keepAlive = '';
        this.contentLength = '';
        this.connection = '';
        this.maxResponseSize = client[kMaxResponseSize];
      }
      setTimeout(value, type) {
        this.timeoutType = type;
        if (value !== this.timeoutValue) {
          timers.clearTimeout(this.timeout);
          if (value) {
            this.timeout = timers.setTimeout(onParserTimeout, value, this);
            if (this.timeout.unref) this.timeout.unref();
          } else this.timeout = null;
          this.timeoutValue = value;
        } else if (this.timeout) if (this.timeout.refresh) this.timeout.refresh();
      }
      resume() {
        if (this.socket.destroyed || !this.paused) return;
        assert(this.ptr != null);
        assert(currentParser == null);
        this.llhttp.llhttp_resume(this.ptr);
        assert(this.timeoutType === TIMEOUT_BODY);
        if (this.timeout) if (this.timeout.refresh) this.timeout.refresh();
        this.paused = false;
        this.execute(this.socket.read() || EMPTY_BUF);
        this.readMore();
      }
      readMore() {
        while (!this.paused && this.ptr) {
          const chunk = this.socket.read();
          if (chunk === null) break;
          this.execute(chunk);
        }
      }
      execute(data) {
        assert(this.ptr != null);
        assert(currentParser == null);
        assert(!this.paused);
        const {socket: socket, llhttp: llhttp} = this;
        if (data.length > currentBufferSize) {
          if (currentBufferPtr) llhttp.free(currentBufferPtr);
          currentBufferSize = Math.ceil(data.length / 4096) * 4096;
          currentBufferPtr = llhttp.malloc(currentBufferSize);
        }
        new Uint8Array(llhttp.memory.buffer, currentBufferPtr, currentBufferSize).set(data);
        try {
          let ret;
          try {
            currentBufferRef = data;
            currentParser = this;
            ret = llhttp.llhttp_execute(this.ptr, currentBufferPtr, data.length);
          } catch (err) {
            throw err;
          } finally {
            currentParser = null;
            currentBufferRef = null;
          }
          const offset = llhttp.llhttp_get_error_pos(this.ptr) - currentBufferPtr;
          if (ret === constants.ERROR.PAUSED_UPGRADE) this.onUpgrade(data.slice(offset)); else if (ret === constants.ERROR.PAUSED) {
            this.paused = true;
            socket.unshift(data.slice(offset));
          } else if (ret !== constants.ERROR.OK) {
            const ptr = llhttp.llhttp_get_error_reason(this.ptr);
            let message = '';
            if (ptr) {
              const len = new Uint8Array(llhttp.memory.buffer, ptr).indexOf(0);
              message = 'Response does not match the HTTP/1.1 protocol (' + Buffer.from(llhttp.memory.buffer, ptr, len).toString() + ')';
            }
            throw new HTTPParserError(message, constants.ERROR[ret], data.slice(offset));
          }
        } catch (err) {
          util.destroy(socket, err);
        }
      }
      destroy() {
        assert(this.ptr != null);
        assert(currentParser == null);
        this.llhttp.llhttp_free(this.ptr);
        this.ptr = null;
        timers.clearTimeout(this.timeout);
        this.timeout = null;
        this.timeoutValue = null;
        this.timeoutType = null;
        this.paused = false;
      }
      onStatus(buf) {
        this.statusText = buf.toString();
      }
      onMessageBegin() {
        const {socket: socket, client: client} = this;
        if (socket.destroyed) return -1;
        const request = client[kQueue][client[kRunningIdx]];
        if (!request) return -1;
      }
      onHeaderField(buf) {
        const len = this.headers.length;
        if ((len & 1) === 0) this.headers.push(buf); else this.headers[len - 1] = Buffer.concat([ this.headers[len - 1], buf ]);
        this.trackHeader(buf.length);
      }
      onHeaderValue(buf) {
        let len = this.headers.length;
        if ((len & 1) === 1) {
          this.headers.push(buf);
          len += 1;
        } else this.headers[len - 1] = Buffer.concat([ this.headers[len - 1], buf ]);
        const key = this.headers[len - 2];
        if (key.length === 10 && key.toString().toLowerCase() === 'keep-alive') this.keepAlive += buf.toString(); else if (key.length === 10 && key.toString().toLowerCase() === 'connection') this.connection += buf.toString(); else if (key.length === 14 && key.toString().toLowerCase() === 'content-length') this.contentLength += buf.toString();
        this.trackHeader(buf.length);
      }
      trackHeader(len) {
        this.headersSize += len;
        if (this.headersSize >= this.headersMaxSize) util.destroy(this.socket, new HeadersOverflowError);
      }
      onUpgrade(head) {
        const {upgrade: upgrade, client: client, socket: socket, headers: headers, statusCode: statusCode} = this;
        assert(upgrade);
        const request = client[kQueue][client[kRunningIdx]];
        assert(request);
        assert(!socket.destroyed);
        assert(socket === client[kSocket]);
        assert(!this.paused);
        assert(request.upgrade || request.method === 'CONNECT');
        this.statusCode = null;
        this.statusText = '';
        this.shouldKeepAlive = null;
        assert(this.headers.length % 2 === 0);
        this.headers = [];
        this.headersSize = 0;
        socket.unshift(head);
        socket[kParser].destroy();
        socket[kParser] = null;
        socket[kClient] = null;
        socket[kError] = null;
        socket.removeListener('error', onSocketError).removeListener('readable', onSocketReadable).removeListener('end', onSocketEnd).removeListener('close', onSocketClose);
        client[kSocket] = null;
        client[kQueue][client[kRunningIdx]++] = null;
        client.emit('disconnect', client[kUrl], [ client ], new InformationalError('upgrade'));
        try {
          request.onUpgrade(statusCode, headers, socket);
        } catch (err) {
          util.destroy(socket, err);
        }
        resume(client);
      }
      onHeadersComplete(statusCode, upgrade, shouldKeepAlive) {
        const {client: client, socket: socket, headers: headers, statusText: statusText} = this;
        if (socket.destroyed) return -1;
        const request = client[kQueue][client[kRunningIdx]];
        if (!request) return -1;
        assert(!this.upgrade);
        assert(this.statusCode < 200);
        if (statusCode === 100) {
          util.destroy(socket, new SocketError('bad response', util.getSocketInfo(socket)));
          return -1;
        }
        if (upgrade && !request.upgrade) {
          util.destroy(socket, new SocketError('bad upgrade', util.getSocketInfo(socket)));
          return -1;
        }
        assert.strictEqual(this.timeoutType, TIMEOUT_HEADERS);
        this.statusCode = statusCode;
        this.shouldKeepAlive = shouldKeepAlive || request.method === 'HEAD' && !socket[kReset] && this.connection.toLowerCase() === 'keep-alive';
        if (this.statusCode >= 200) {
          const bodyTimeout = request.bodyTimeout != null ? request.bodyTimeout : client[kBodyTimeout];
          this.setTimeout(bodyTimeout, TIMEOUT_BODY);
        } else if (this.timeout) if (this.timeout.refresh) this.timeout.refresh();
        if (request.method === 'CONNECT') {
          assert(client[kRunning] === 1);
          this.upgrade = true;
          return 2;
        }
        if (upgrade) {
          assert(client[kRunning] === 1);
          this.upgrade = true;
          return 2;
        }
        assert(this.headers.length % 2 === 0);
        this.headers = [];
        this.headersSize = 0;
        if (this.shouldKeepAlive && client[kPipelining]) {
          const keepAliveTimeout = this.keepAlive ? util.parseKeepAliveTimeout(this.keepAlive) : null;
          if (keepAliveTimeout != null) {
            const timeout = Math.min(keepAliveTimeout - client[kKeepAliveTimeoutThreshold], client[kKeepAliveMaxTimeout]);
            if (timeout <= 0) socket[kReset] = true; else client[kKeepAliveTimeoutValue] = timeout;
          } else client[kKeepAliveTimeoutValue] = client[kKeepAliveDefaultTimeout];
        } else socket[kReset] = true;
        const pause = request.onHeaders(statusCode, headers, this.resume, statusText) === false;
        if (request.aborted) return -1;
        if (request.method === 'HEAD') return 1;
        if (statusCode < 200) return 1;
        if (socket[kBlocking]) {
          socket[kBlocking] = false;
          resume(client);
        }
        return pause ? constants.ERROR.PAUSED : 0;
      }
      onBody(buf) {
        const {client: client, socket: socket, statusCode: statusCode, maxResponseSize: maxResponseSize} = this;
        if (socket.destroyed) return -1;
        const request = client[kQueue][client[kRunningIdx]];
        assert(request);
        assert.strictEqual(this.timeoutType, TIMEOUT_BODY);
        if (this.timeout) if (this.timeout.refresh) this.timeout.refresh();
        assert(statusCode >= 200);
        if (maxResponseSize > -1 && this.bytesRead + buf.length > maxResponseSize) {
          util.destroy(socket, new ResponseExceededMaxSizeError);
          return -1;
        }
        this.bytesRead += buf.length;
        if (request.onData(buf) === false) return constants.ERROR.PAUSED;
      }
      onMessageComplete() {
        const {client: client, socket: socket, statusCode: statusCode, upgrade: upgrade, headers: headers, contentLength: contentLength, bytesRead: bytesRead, shouldKeepAlive: shouldKeepAlive} = this;
        if (socket.destroyed && (!statusCode || shouldKeepAlive)) return -1;
        if (upgrade) return;
        const request = client[kQueue][client[kRunningIdx]];
        assert(request);
        assert(statusCode >= 100);
        this.statusCode = null;
        this.statusText = '';
        this.bytesRead = 0;
        this.contentLength = '';
        this.keepAlive = '';
        this.connection = '';
        assert(this.headers.length % 2 === 0);
        this.headers = [];
        this.headersSize = 0;
        if (statusCode < 200) return;
        if (request.method !== 'HEAD' && contentLength && bytesRead !== parseInt(contentLength, 10)) {
          util.destroy(socket, new ResponseContentLengthMismatchError);
          return -1;
        }
        request.onComplete(headers);
        client[kQueue][client[kRunningIdx]++] = null;
        if (socket[kWriting]) {
          assert.strictEqual(client[kRunning], 0);
          util.destroy(socket, new InformationalError('reset'));
          return constants.ERROR.PAUSED;
        } else if (!shouldKeepAlive) {
          util.destroy(socket, new InformationalError('reset'));
          return constants.ERROR.PAUSED;
        } else if (socket[kReset] && client[kRunning] === 0) {
          util.destroy(socket, new InformationalError('reset'));
          return constants.ERROR.PAUSED;
        } else if (client[kPipelining] === 1) setImmediate(resume, client); else resume(client);
      }
    }
    function onParserTimeout(parser) {
      const {socket: socket, timeoutType: timeoutType, client: client} = parser;
      if (timeoutType === TIMEOUT_HEADERS) {
        if (!socket[kWriting] || socket.writableNeedDrain || client[kRunning] > 1) {
          assert(!parser.paused, 'cannot be paused while waiting for headers');
          util.destroy(socket, new HeadersTimeoutError);
        }
      } else if (timeoutType === TIMEOUT_BODY) {
        if (!parser.paused) util.destroy(socket, new BodyTimeoutError);
      } else if (timeoutType === TIMEOUT_IDLE) {
        assert(client[kRunning] === 0 && client[kKeepAliveTimeoutValue]);
        util.destroy(socket, new InformationalError('socket idle timeout'));
      }
    }
    function onSocketReadable() {
      const {[kParser]: parser} = this;
      if (parser) parser.readMore();
    }
    function onSocketError(err) {
      const {[kClient]: client, [kParser]: parser} = this;
      assert(err.code !== 'ERR_TLS_CERT_ALTNAME_INVALID');
      if (client[kHTTPConnVersion] !== 'h2') if (err.code === 'ECONNRESET' && parser.statusCode && !parser.shouldKeepAlive) {
        parser.onMessageComplete();
        return;
      }
      this[kError] = err;
      onError(this[kClient], err);
    }
    function onError(client, err) {
      if (client[kRunning] === 0 && err.code !== 'UND_ERR_INFO' && err.code !== 'UND_ERR_SOCKET') {
        assert(client[kPendingIdx] === client[kRunningIdx]);
        const requests = client[kQueue].splice(client[kRunningIdx]);
        for (let i = 0; i < requests.length; i++) {
          const request = requests[i];
          errorRequest(client, request, err);
        }
        assert(client[kSize] === 0);
      }
    }
    function onSocketEnd() {
      const {[kParser]: parser, [kClient]: client} = this;
      if (client[kHTTPConnVersion] !== 'h2') if (parser.statusCode && !parser.shouldKeepAlive) {
        parser.onMessageComplete();
        return;
      }
      util.destroy(this, new SocketError('other side closed', util.getSocketInfo(this)));
    }
    function onSocketClose() {
      const {[kClient]: client, [kParser]: parser} = this;
      if (client[kHTTPConnVersion] === 'h1' && parser) {
        if (!this[kError] && parser.statusCode && !parser.shouldKeepAlive) parser.onMessageComplete();
        this[kParser].destroy();
        this[kParser] = null;
      }
      const err = this[kError] || new SocketError('closed', util.getSocketInfo(this));
      client[kSocket] = null;
      if (client.destroyed) {
        assert(client[kPending] === 0);
        const requests = client[kQueue].splice(client[kRunningIdx]);
        for (let i = 0; i < requests.length; i++) {
          const request = requests[i];
          errorRequest(client, request, err);
        }
      } else if (client[kRunning] > 0 && err.code !== 'UND_ERR_INFO') {
        const request = client[kQueue][client[kRunningIdx]];
        client[kQueue][client[kRunningIdx]++] = null;
        errorRequest(client, request, err);
      }
      client[kPendingIdx] = client[kRunningIdx];
      assert(client[kRunning] === 0);
      client.emit('disconnect', client[kUrl], [ client ], err);
      resume(client);
    }
    async function connect(client) {
      assert(!client[kConnecting]);
      assert(!client[kSocket]);
      let {host: host, hostname: hostname, protocol: protocol, port: port} = client[kUrl];
      if (hostname[0] === '[') {
        const idx = hostname.indexOf(']');
        assert(idx !== -1);
        const ip = hostname.substring(1, idx);
        assert(net.isIP(ip));
        hostname = ip;
      }
      client[kConnecting] = true;
      if (channels.beforeConnect.hasSubscribers) channels.beforeConnect.publish({
        connectParams: {
          host: host,
          hostname: hostname,
          protocol: protocol,
          port: port,
          servername: client[kServerName],
          localAddress: client[kLocalAddress]
        },
        connector: client[kConnector]
      });
      try {
        const socket = await new Promise((resolve, reject) => {
          client[kConnector]({
            host: host,
            hostname: hostname,
            protocol: protocol,
            port: port,
            servername: client[kServerName],
            localAddress: client[kLocalAddress]
          }, (err, socket) => {
            if (err) reject(err); else resolve(socket);
          });
        });
        if (client.destroyed) {
          util.destroy(socket.on('error', () => {}), new ClientDestroyedError);
          return;
        }
        client[kConnecting] = false;
        assert(socket);
        const isH2 = socket.alpnProtocol === 'h2';
        if (isH2) {
          if (!h2ExperimentalWarned) {
            h2ExperimentalWarned = true;
            process.emitWarning('H2 support is experimental, expect them to change at any time.', {
              code: 'UNDICI-H2'
            });
          }
          const session = http2.connect(client[kUrl], {
            createConnection: () => socket,
            peerMaxConcurrentStreams: client[kHTTP2SessionState].maxConcurrentStreams
          });
          client[kHTTPConnVersion] = 'h2';
          session[kClient] = client;
          session[kSocket] = socket;
          session.on('error', onHttp2SessionError);
          session.on('frameError', onHttp2FrameError);
          session.on('end', onHttp2SessionEnd);
          session.on('goaway', onHTTP2GoAway);
          session.on('close', onSocketClose);
          session.unref();
          client[kHTTP2Session] = session;
          socket[kHTTP2Session] = session;
        } else {
          if (!llhttpInstance) {
            llhttpInstance = await llhttpPromise;
            llhttpPromise = null;
          }
          socket[kNoRef] = false;
          socket[kWriting] = false;
          socket[kReset] = false;
          socket[kBlocking] = false;
          socket[kParser] = new Parser(client, socket, llhttpInstance);
        }
        socket[kCounter] = 0;
        socket[kMaxRequests] = client[kMaxRequests];
        socket[kClient] = client;
        socket[kError] = null;
        socket.on('error', onSocketError).on('readable', onSocketReadable).on('end', onSocketEnd).on('close', onSocketClose);
        client[kSocket] = socket;
        if (channels.connected.hasSubscribers) channels.connected.publish({
          connectParams: {
            host: host,
            hostname: hostname,
            protocol: protocol,
            port: port,
            servername: client[kServerName],
            localAddress: client[kLocalAddress]
          },
          connector: client[kConnector],
          socket: socket
        });
        client.emit('connect', client[kUrl], [ client ]);
      } catch (err) {
        if (client.destroyed) return;
        client[kConnecting] = false;
        if (channels.connectError.hasSubscribers) channels.connectError.publish({
          connectParams: {
            host: host,
            hostname: hostname,
            protocol: protocol,
            port: port,
            servername: client[kServerName],
            localAddress: client[kLocalAddress]
          },
          connector: client[kConnector],
          error: err
        });
        if (err.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
          assert(client[kRunning] === 0);
          while (client[kPending] > 0 && client[kQueue][client[kPendingIdx]].servername === client[kServerName]) {
            const request = client[kQueue][client[kPendingIdx]++];
            errorRequest(client, request, err);
          }
        } else onError(client, err);
        client.emit('connectionError', client[kUrl], [ client ], err);
      }
      resume(client);
    }
    function emitDrain(client) {
      client[kNeedDrain] = 0;
      client.emit('drain', client[kUrl], [ client ]);
    }
    function resume(client, sync) {
      if (client[kResuming] === 2) return;
      client[kResuming] = 2;
      _resume(client, sync);
      client[kResuming] = 0;
      if (client[kRunningIdx] > 256) {
        client[kQueue].splice(0, client[kRunningIdx]);
        client[kPendingIdx] -= client[kRunningIdx];
        client[kRunningIdx] = 0;
      }
    }
    function _resume(client, sync) {
      while (true) {
        if (client.destroyed) {
          assert(client[kPending] === 0);
          return;
        }
        if (client[kClosedResolve] && !client[kSize]) {
          client[kClosedResolve]();
          client[kClosedResolve] = null;
          return;
        }
        const socket = client[kSocket];
        if (socket && !socket.destroyed && socket.alpnProtocol !== 'h2') {
          if (client[kSize] === 0) {
            if (!socket[kNoRef] && socket.unref) {
              socket.unref();
              socket[kNoRef] = true;
            }
          } else if (socket[kNoRef] && socket.ref) {
            socket.ref();
            socket[kNoRef] = false;
          }
          if (client[kSize] === 0) {
            if (socket[kParser].timeoutType !== TIMEOUT_IDLE) socket[kParser].setTimeout(client[kKeepAliveTimeoutValue], TIMEOUT_IDLE);
          } else if (client[kRunning] > 0 && socket[kParser].statusCode < 200) if (socket[kParser].timeoutType !== TIMEOUT_HEADERS) {
            const request = client[kQueue][client[kRunningIdx]];
            const headersTimeout = request.headersTimeout != null ? request.headersTimeout : client[kHeadersTimeout];
            socket[kParser].setTimeout(headersTimeout, TIMEOUT_HEADERS);
          }
        }
        if (client[kBusy]) client[kNeedDrain] = 2; else if (client[kNeedDrain] === 2) {
          if (sync) {
            client[kNeedDrain] = 1;
            process.nextTick(emitDrain, client);
          } else emitDrain(client);
          continue;
        }
        if (client[kPending] === 0) return;
        if (client[kRunning] >= (client[kPipelining] || 1)) return;
        const request = client[kQueue][client[kPendingIdx]];
        if (client[kUrl].protocol === 'https:' && client[kServerName] !== request.servername) {
          if (client[kRunning] > 0) return;
          client[kServerName] = request.servername;
          if (socket && socket.servername !== request.servername) {
            util.destroy(socket, new InformationalError('servername changed'));
            return;
          }
        }
        if (client[kConnecting]) return;
        if (!socket && !client[kHTTP2Session]) {
          connect(client);
          return;
        }
        if (socket.destroyed || socket[kWriting] || socket[kReset] || socket[kBlocking]) return;
        if (client[kRunning] > 0 && !request.idempotent) return;
        if (client[kRunning] > 0 && (request.upgrade || request.method === 'CONNECT')) return;
        if (client[kRunning] > 0 && util.bodyLength(request.body) !== 0 && (util.isStream(request.body) || util.isAsyncIterable(request.body))) return;
        if (!request.aborted && write(client, request)) client[kPendingIdx]++; else client[kQueue].splice(client[kPendingIdx], 1);
      }
    }
    function shouldSendContentLength(method) {
      return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS' && method !== 'TRACE' && method !== 'CONNECT';
    }
    function write(client, request) {
      if (client[kHTTPConnVersion] === 'h2') {
        writeH2(client, client[kHTTP2Session], request);
        return;
      }
      const {body: body, method: method, path: path, host: host, upgrade: upgrade, headers: headers, blocking: blocking, reset: reset} = request;
      const expectsPayload = method === 'PUT' || method === 'POST' || method === 'PATCH';
      if (body && typeof body.read === 'function') body.read(0);
      const bodyLength = util.bodyLength(body);
      let contentLength = bodyLength;
      if (contentLength === null) contentLength = request.contentLength;
      if (contentLength === 0 && !expectsPayload) contentLength = null;
      if (shouldSendContentLength(method) && contentLength > 0 && request.contentLength !== null && request.contentLength !== contentLength) {
        if (client[kStrictContentLength]) {
          errorRequest(client, request, new RequestContentLengthMismatchError);
          return false;
        }
        process.emitWarning(new RequestContentLengthMismatchError);
      }
      const socket = client[kSocket];
      try {
        request.onConnect(err => {
          if (request.aborted || request.completed) return;
          errorRequest(client, request, err || new RequestAbortedError);
          util.destroy(socket, new InformationalError('aborted'));
        });
      } catch (err) {
        errorRequest(client, request, err);
      }
      if (request.aborted) return false;
      if (method === 'HEAD') socket[kReset] = true;
      if (upgrade || method === 'CONNECT') socket[kReset] = true;
      if (reset != null) socket[kReset] = reset;
      if (client[kMaxRequests] && socket[kCounter]++ >= client[kMaxRequests]) socket[kReset] = true;
      if (blocking) socket[kBlocking] = true;
      let header = `${method} ${path} HTTP/1.1\r\n`;
      if (typeof host === 'string') header += `host: ${host}\r\n`; else header += client[kHostHeader];
      if (upgrade) header += `connection: upgrade\r\nupgrade: ${upgrade}\r\n`; else if (client[kPipelining] && !socket[kReset]) header += 'connection: keep-alive\r\n'; else header += 'connection: close\r\n';
      if (headers) header += headers;
      if (channels.sendHeaders.hasSubscribers) channels.sendHeaders.publish({
        request: request,
        headers: header,
        socket: socket
      });
      if (!body || bodyLength === 0) {
        if (contentLength === 0) socket.write(`${header}content-length: 0\r\n\r\n`, 'latin1'); else {
          assert(contentLength === null, 'no body must not have content length');
          socket.write(`${header}\r\n`, 'latin1');
        }
        request.onRequestSent();
      } else if (util.isBuffer(body)) {
        assert(contentLength === body.byteLength, 'buffer body must have content length');
        socket.cork();
        socket.write(`${header}content-length: ${contentLength}\r\n\r\n`, 'latin1');
        socket.write(body);
        socket.uncork();
        request.onBodySent(body);
        request.onRequestSent();
        if (!expectsPayload) socket[kReset] = true;
      } else if (util.isBlobLike(body)) if (typeof body.stream === 'function') writeIterable({
        body: body.stream(),
        client: client,
        request: request,
        socket: socket,
        contentLength: contentLength,
        header: header,
        expectsPayload: expectsPayload
      }); else writeBlob({
        body: body,
        client: client,
        request: request,
        socket: socket,
        contentLength: contentLength,
        header: header,
        expectsPayload: expectsPayload
      }); else if (util.isStream(body)) writeStream({
        body: body,
        client: client,
        request: request,
        socket: socket,
        contentLength: contentLength,
        header: header,
        expectsPayload: expectsPayload
      }); else if (util.isIterable(body)) writeIterable({
        body: body,
        client: client,
        request: request,
        socket: socket,
        contentLength: contentLength,
        header: header,
        expectsPayload: expectsPayload
      }); else assert(false);
      return true;
    }
    function writeH2(client, session, request) {
      const {body: body, method: method, path: path, host: host, upgrade: upgrade, expectContinue: expectContinue, signal: signal, headers: reqHeaders} = request;
      let headers;
      if (typeof reqHeaders === 'string') headers = Request[kHTTP2CopyHeaders](reqHeaders.trim()); else headers = reqHeaders;
      if (upgrade) {
        errorRequest(client, request, new Error('Upgrade not supported for H2'));
        return false;
      }
      try {
        request.onConnect(err => {
          if (request.aborted || request.completed) return;
          errorRequest(client, request, err || new RequestAbortedError);
        });
      } catch (err) {
        errorRequest(client, request, err);
      }
      if (request.aborted) return false;
      let stream;
      const h2State = client[kHTTP2SessionState];
      headers[HTTP2_HEADER_AUTHORITY] = host || client[kHost];
      headers[HTTP2_HEADER_METHOD] = method;
      if (method === 'CONNECT') {
        session.ref();
        stream = session.request(headers, {
          endStream: false,
          signal: signal
        });
        if (stream.id && !stream.pending) {
          request.onUpgrade(null, null, stream);
          ++h2State.openStreams;
        } else stream.once('ready', () => {
          request.onUpgrade(null, null, stream);
          ++h2State.openStreams;
        });
        stream.once('close', () => {
          h2State.openStreams -= 1;
          if (h2State.openStreams === 0) session.unref();
        });
        return true;
      }
      headers[HTTP2_HEADER_PATH] = path;
      headers[HTTP2_HEADER_SCHEME] = 'https';
      const expectsPayload = method === 'PUT' || method === 'POST' || method === 'PATCH';
      if (body && typeof body.read === 'function') body.read(0);
      let contentLength = util.bodyLength(body);
      if (contentLength == null) contentLength = request.contentLength;
      if (contentLength === 0 || !expectsPayload) contentLength = null;
      if (shouldSendContentLength(method) && contentLength > 0 && request.contentLength != null && request.contentLength !== contentLength) {
        if (client[kStrictContentLength]) {
          errorRequest(client, request, new RequestContentLengthMismatchError);
          return false;
        }
        process.emitWarning(new RequestContentLengthMismatchError);
      }
      if (contentLength != null) {
        assert(body, 'no body must not have content length');
        headers[HTTP2_HEADER_CONTENT_LENGTH] = `${contentLength}`;
      }
      session.ref();
      const shouldEndStream = method === 'GET' || method === 'HEAD';
      if (expectContinue) {
        headers[HTTP2_HEADER_EXPECT] = '100-continue';
        stream = session.request(headers, {
          endStream: shouldEndStream,
          signal: signal
        });
        stream.once('continue', writeBodyH2);
      } else {
        stream = session.request(headers, {
          endStream: shouldEndStream,
          signal: signal
        });
        writeBodyH2();
      }
      ++h2State.openStreams;
      stream.once('response', headers => {
        const {[HTTP2_HEADER_STATUS]: statusCode, ...realHeaders} = headers;
        if (request.onHeaders(Number(statusCode), realHeaders, stream.resume.bind(stream), '') === false) stream.pause();
      });
      stream.once('end', () => {
        request.onComplete([]);
      });
      stream.on('data', chunk => {
        if (request.onData(chunk) === false) stream.pause();
      });
      stream.once('close', () => {
        h2State.openStreams -= 1;
        if (h2State.openStreams === 0) session.unref();
      });
      stream.once('error', function(err) {
        if (client[kHTTP2Session] && !client[kHTTP2Session].destroyed && !this.closed && !this.destroyed) {
          h2State.streams -= 1;
          util.destroy(stream, err);
        }
      });
      stream.once('frameError', (type, code) => {
        const err = new InformationalError(`HTTP/2: "frameError" received - type ${type}, code ${code}`);
        errorRequest(client, request, err);
        if (client[kHTTP2Session] && !client[kHTTP2Session].destroyed && !this.closed && !this.destroyed) {
          h2State.streams -= 1;
          util.destroy(stream, err);
        }
      });
      return true;
      function writeBodyH2() {
        if (!body) request.onRequestSent(); else if (util.isBuffer(body)) {
          assert(contentLength === body.byteLength, 'buffer body must have content length');
          stream.cork();
          stream.write(body);
          stream.uncork();
          stream.end();
          request.onBodySent(body);
          request.onRequestSent();
        } else if (util.isBlobLike(body)) if (typeof body.stream === 'function') writeIterable({
          client: client,
          request: request,
          contentLength: contentLength,
          h2stream: stream,
          expectsPayload: expectsPayload,
          body: body.stream(),
          socket: client[kSocket],
          header: ''
        }); else writeBlob({
          body: body,
          client: client,
          request: request,
          contentLength: contentLength,
          expectsPayload: expectsPayload,
          h2stream: stream,
          header: '',
          socket: client[kSocket]
        }); else if (util.isStream(body)) writeStream({
          body: body,
          client: client,
          request: request,
          contentLength: contentLength,
          expectsPayload: expectsPayload,
          socket: client[kSocket],
          h2stream: stream,
          header: ''
        }); else if (util.isIterable(body)) writeIterable({
          body: body,
          client: client,
          request: request,
          contentLength: contentLength,
          expectsPayload: expectsPayload,
          header: '',
          h2stream: stream,
          socket: client[kSocket]
        }); else assert(false);
      }
    }
    function writeStream({h2stream: h2stream, body: body, client: client, request: request, socket: socket, contentLength: contentLength, header: header, expectsPayload: expectsPayload}) {
      assert(contentLength !== 0 || client[kRunning] === 0, 'stream body cannot be pipelined');
      if (client[kHTTPConnVersion] === 'h2') {
        const pipe = pipeline(body, h2stream, err => {
          if (err) {
            util.destroy(body, err);
            util.destroy(h2stream, err);
          } else request.onRequestSent();
        });
        pipe.on('data', onPipeData);
        pipe.once('end', () => {
          pipe.removeListener('data', onPipeData);
          util.destroy(pipe);
        });
        function onPipeData(chunk) {
          request.onBodySent(chunk);
        }
        return;
      }
      let finished = false;
      const writer = new AsyncWriter({
        socket: socket,
        request: request,
        contentLength: contentLength,
        client: client,
        expectsPayload: expectsPayload,
        header: header
      });
      const onData = function(chunk) {
        if (finished) return;
        try {
          if (!writer.write(chunk) && this.pause) this.pause();
        } catch (err) {
          util.destroy(this, err);
        }
      };
      const onDrain = function() {
        if (finished) return;
        if (body.resume) body.resume();
      };
      const onAbort = function() {
        if (finished) return;
        const err = new RequestAbortedError;
        queueMicrotask(() => onFinished(err));
      };
      const onFinished = function(err) {
        if (finished) return;
        finished = true;
        assert(socket.destroyed || socket[kWriting] && client[kRunning] <= 1);
        socket.off('drain', onDrain).off('error', onFinished);
        body.removeListener('data', onData).removeListener('end', onFinished).removeListener('error', onFinished).removeListener('close', onAbort);
        if (!err) try {
          writer.end();
        } catch (er) {
          err = er;
        }
        writer.destroy(err);
        if (err && (err.code !== 'UND_ERR_INFO' || err.message !== 'reset')) util.destroy(body, err); else util.destroy(body);
      };
      body.on('data', onData).on('end', onFinished).on('error', onFinished).on('close', onAbort);
      if (body.resume) body.resume();
      socket.on('drain', onDrain).on('error', onFinished);
    }
    async function writeBlob({h2stream: h2stream, body: body, client: client, request: request, socket: socket, contentLength: contentLength, header: header, expectsPayload: expectsPayload}) {
      assert(contentLength === body.size, 'blob body must have content length');
      const isH2 = client[kHTTPConnVersion] === 'h2';
      try {
        if (contentLength != null && contentLength !== body.size) throw new RequestContentLengthMismatchError;
        const buffer = Buffer.from(await body.arrayBuffer());
        if (isH2) {
          h2stream.cork();
          h2stream.write(buffer);
          h2stream.uncork();
        } else {
          socket.cork();
          socket.write(`${header}content-length: ${contentLength}\r\n\r\n`, 'latin1');
          socket.write(buffer);
          socket.uncork();
        }
        request.onBodySent(buffer);
        request.onRequestSent();
        if (!expectsPayload) socket[kReset] = true;
        resume(client);
      } catch (err) {
        util.destroy(isH2 ? h2stream : socket, err);
      }
    }
    async function writeIterable({h2stream: h2stream, body: body, client: client, request: request, socket: socket, contentLength: contentLength, header: header, expectsPayload: expectsPayload}) {
      assert(contentLength !== 0 || client[kRunning] === 0, 'iterator body cannot be pipelined');
      let callback = null;
      function onDrain() {
        if (callback) {
          const cb = callback;
          callback = null;
          cb();
        }
      }
      const waitForDrain = () => new Promise((resolve, reject) => {
        assert(callback === null);
        if (socket[kError]) reject(socket[kError]); else callback = resolve;
      });
      if (client[kHTTPConnVersion] === 'h2') {
        h2stream.on('close', onDrain).on('drain', onDrain);
        try {
          for await (const chunk of body) {
            if (socket[kError]) throw socket[kError];
            const res = h2stream.write(chunk);
            request.onBodySent(chunk);
            if (!res) await waitForDrain();
          }
        } catch (err) {
          h2stream.destroy(err);
        } finally {
          request.onRequestSent();
          h2stream.end();
          h2stream.off('close', onDrain).off('drain', onDrain);
        }
        return;
      }
      socket.on('close', onDrain).on('drain', onDrain);
      const writer = new AsyncWriter({
        socket: socket,
        request: request,
        contentLength: contentLength,
        client: client,
        expectsPayload: expectsPayload,
        header: header
      });
      try {
        for await (const chunk of body) {
          if (socket[kError]) throw socket[kError];
          if (!writer.write(chunk)) await waitForDrain();
        }
        writer.end();
      } catch (err) {
        writer.destroy(err);
      } finally {
        socket.off('close', onDrain).off('drain', onDrain);
      }
    }
    class AsyncWriter {
      constructor({socket: socket, request: request, contentLength: contentLength, client: client, expectsPayload: expectsPayload, header: header}) {
        this.socket = socket;
        this.request = request;
        this.contentLength = contentLength;
        this.client = client;
        this.bytesWritten = 0;
        this.expectsPayload = expectsPayload;
        this.header = header;
        socket[kWriting] = true;
      }
      write(chunk) {
        const {socket: socket, request: request, contentLength: contentLength, client: client, bytesWritten: bytesWritten, expectsPayload: expectsPayload, header: header} = this;
        if (socket[kError]) throw socket[kError];
        if (socket.destroyed) return false;
        const len = Buffer.byteLength(chunk);
        if (!len) return true;
        if (contentLength !== null && bytesWritten + len > contentLength) {
          if (client[kStrictContentLength]) throw new RequestContentLengthMismatchError;
          process.emitWarning(new RequestContentLengthMismatchError);
        }
        socket.cork();
        if (bytesWritten === 0) {
          if (!expectsPayload) socket[kReset] = true;
          if (contentLength === null) socket.write(`${header}transfer-encoding: chunked\r\n`, 'latin1'); else socket.write(`${header}content-length: ${contentLength}\r\n\r\n`, 'latin1');
        }
        if (contentLength === null) socket.write(`\r\n${len.toString(16)}\r\n`, 'latin1');
        this.bytesWritten += len;
        const ret = socket.write(chunk);
        socket.uncork();
        request.onBodySent(chunk);
        if (!ret) if (socket[kParser].timeout && socket[kParser].timeoutType === TIMEOUT_HEADERS) if (socket[kParser].timeout.refresh) socket[kParser].timeout.refresh();
        return ret;
      }
      end() {
        const {socket: socket, contentLength: contentLength, client: client, bytesWritten: bytesWritten, expectsPayload: expectsPayload, header: header, request: request} = this;
        request.onRequestSent();
        socket[kWriting] = false;
        if (socket[kError]) throw socket[kError];
        if (socket.destroyed) return;
        if (bytesWritten === 0) if (expectsPayload) socket.write(`${header}content-length: 0\r\n\r\n`, 'latin1'); else socket.write(`${header}\r\n`, 'latin1'); else if (contentLength === null) socket.write('\r\n0\r\n\r\n', 'latin1');
        if (contentLength !== null && bytesWritten !== contentLength) if (client[kStrictContentLength]) throw new RequestContentLengthMismatchError; else process.emitWarning(new RequestContentLengthMismatchError);
        if (socket[kParser].timeout && socket[kParser].timeoutType === TIMEOUT_HEADERS) if (socket[kParser].timeout.refresh) socket[kParser].timeout.refresh();
        resume(client);
      }
      destroy(err) {
        const {socket: socket, client: client} = this;
        socket[kWriting] = false;
        if (err) {
          assert(client[kRunning] <= 1, 'pipeline should only contain this request');
          util.destroy(socket, err);
        }
      }
    }
    function errorRequest(client, request, err) {
      try {
        request.onError(err);
        assert(request.aborted);
      } catch (err) {
        client.emit('error', err);
      }
    }
    module.exports = Client;
  },
  3194: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {kConnected: kConnected, kSize: kSize} = __webpack_require__(6443);
    class CompatWeakRef {
      constructor(value) {
        this.value = value;
      }
      deref() {
        return this.value[kConnected] === 0 && this.value[kSize] === 0 ? void 0 : this.value;
      }
    }
    class CompatFinalizer {
      constructor(finalizer) {
        this.finalizer = finalizer;
      }
      register(dispatcher, key) {
        if (dispatcher.on) dispatcher.on('disconnect', () => {
          if (dispatcher[kConnected] === 0 && dispatcher[kSize] === 0) this.finalizer(key);
        });
      }
    }
    module.exports = function() {
      if (process.env.NODE_V8_COVERAGE) return {
        WeakRef: CompatWeakRef,
        FinalizationRegistry: CompatFinalizer
      };
      return {
        WeakRef: global.WeakRef || CompatWeakRef,
        FinalizationRegistry: global.FinalizationRegistry || CompatFinalizer
      };
    };
  },
  9237: module => {
    "use strict";
    const maxAttributeValueSize = 1024;
    const maxNameValuePairSize = 4096;
    module.exports = {
      maxAttributeValueSize: maxAttributeValueSize,
      maxNameValuePairSize: maxNameValuePairSize
    };
  },
  787: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {parseSetCookie: parseSetCookie} = __webpack_require__(8915);
    const {stringify: stringify} = __webpack_require__(3834);
    const {webidl: webidl} = __webpack_require__(4222);
    const {Headers: Headers} = __webpack_require__(6349);
    function getCookies(headers) {
      webidl.argumentLengthCheck(arguments, 1, {
        header: 'getCookies'
      });
      webidl.brandCheck(headers, Headers, {
        strict: false
      });
      const cookie = headers.get('cookie');
      const out = {};
      if (!cookie) return out;
      for (const piece of cookie.split(';')) {
        const [name, ...value] = piece.split('=');
        out[name.trim()] = value.join('=');
      }
      return out;
    }
    function deleteCookie(headers, name, attributes) {
      webidl.argumentLengthCheck(arguments, 2, {
        header: 'deleteCookie'
      });
      webidl.brandCheck(headers, Headers, {
        strict: false
      });
      name = webidl.converters.DOMString(name);
      attributes = webidl.converters.DeleteCookieAttributes(attributes);
      setCookie(headers, {
        name: name,
        value: '',
        expires: new Date(0),
        ...attributes
      });
    }
    function getSetCookies(headers) {
      webidl.argumentLengthCheck(arguments, 1, {
        header: 'getSetCookies'
      });
      webidl.brandCheck(headers, Headers, {
        strict: false
      });
      const cookies = headers.getSetCookie();
      if (!cookies) return [];
      return cookies.map(pair => parseSetCookie(pair));
    }
    function setCookie(headers, cookie) {
      webidl.argumentLengthCheck(arguments, 2, {
        header: 'setCookie'
      });
      webidl.brandCheck(headers, Headers, {
        strict: false
      });
      cookie = webidl.converters.Cookie(cookie);
      const str = stringify(cookie);
      if (str) headers.append('Set-Cookie', stringify(cookie));
    }
    webidl.converters.DeleteCookieAttributes = webidl.dictionaryConverter([ {
      converter: webidl.nullableConverter(webidl.converters.DOMString),
      key: 'path',
      defaultValue: null
    }, {
      converter: webidl.nullableConverter(webidl.converters.DOMString),
      key: 'domain',
      defaultValue: null
    } ]);
    webidl.converters.Cookie = webidl.dictionaryConverter([ {
      converter: webidl.converters.DOMString,
      key: 'name'
    }, {
      converter: webidl.converters.DOMString,
      key: 'value'
    }, {
      converter: webidl.nullableConverter(value => {
        if (typeof value === 'number') return webidl.converters['unsigned long long'](value);
        return new Date(value);
      }),
      key: 'expires',
      defaultValue: null
    }, {
      converter: webidl.nullableConverter(webidl.converters['long long']),
      key: 'maxAge',
      defaultValue: null
    }, {
      converter: webidl.nullableConverter(webidl.converters.DOMString),
      key: 'domain',
      defaultValue: null
    }, {
      converter: webidl.nullableConverter(webidl.converters.DOMString),
      key: 'path',
      defaultValue: null
    }, {
      converter: webidl.nullableConverter(webidl.converters.boolean),
      key: 'secure',
      defaultValue: null
    }, {
      converter: webidl.nullableConverter(webidl.converters.boolean),
      key: 'httpOnly',
      defaultValue: null
    }, {
      converter: webidl.converters.USVString,
      key: 'sameSite',
      allowedValues: [ 'Strict', 'Lax', 'None' ]
    }, {
      converter: webidl.sequenceConverter(webidl.converters.DOMString),
      key: 'unparsed',
      defaultValue: []
    } ]);
    module.exports = {
      getCookies: getCookies,
      deleteCookie: deleteCookie,
      getSetCookies: getSetCookies,
      setCookie: setCookie
    };
  },
  8915: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {maxNameValuePairSize: maxNameValuePairSize, maxAttributeValueSize: maxAttributeValueSize} = __webpack_require__(9237);
    const {isCTLExcludingHtab: isCTLExcludingHtab} = __webpack_require__(3834);
    const {collectASequenceOfCodePointsFast: collectASequenceOfCodePointsFast} = __webpack_require__(4322);
    const assert = __webpack_require__(2613);
    function parseSetCookie(header) {
      if (isCTLExcludingHtab(header)) return null;
      let nameValuePair = '';
      let unparsedAttributes = '';
      let name = '';
      let value = '';
      if (header.includes(';')) {
        const position = {
          position: 0
        };
        nameValuePair = collectASequenceOfCodePointsFast(';', header, position);
        unparsedAttributes = header.slice(position.position);
      } else nameValuePair = header;
      if (!nameValuePair.includes('=')) value = nameValuePair; else {
        const position = {
          position: 0
        };
        name = collectASequenceOfCodePointsFast('=', nameValuePair, position);
        value = nameValuePair.slice(position.position + 1);
      }
      name = name.trim();
      value = value.trim();
      if (name.length + value.length > maxNameValuePairSize) return null;
      return {
        name: name,
        value: value,
        ...parseUnparsedAttributes(unparsedAttributes)
      };
    }
    function parseUnparsedAttributes(unparsedAttributes, cookieAttributeList = {}) {
      if (unparsedAttributes.length === 0) return cookieAttributeList;
      assert(unparsedAttributes[0] === ';');
      unparsedAttributes = unparsedAttributes.slice(1);
      let cookieAv = '';
      if (unparsedAttributes.includes(';')) {
        cookieAv = collectASequenceOfCodePointsFast(';', unparsedAttributes, {
          position: 0
        });
        unparsedAttributes = unparsedAttributes.slice(cookieAv.length);
      } else {
        cookieAv = unparsedAttributes;
        unparsedAttributes = '';
      }
      let attributeName = '';
      let attributeValue = '';
      if (cookieAv.includes('=')) {
        const position = {
          position: 0
        };
        attributeName = collectASequenceOfCodePointsFast('=', cookieAv, position);
        attributeValue = cookieAv.slice(position.position + 1);
      } else attributeName = cookieAv;
      attributeName = attributeName.trim();
      attributeValue = attributeValue.trim();
      if (attributeValue.length > maxAttributeValueSize) return parseUnparsedAttributes(unparsedAttributes, cookieAttributeList);
      const attributeNameLowercase = attributeName.toLowerCase();
      if (attributeNameLowercase === 'expires') {
        const expiryTime = new Date(attributeValue);
        cookieAttributeList.expires = expiryTime;
      } else if (attributeNameLowercase === 'max-age') {
        const charCode = attributeValue.charCodeAt(0);
        if ((charCode < 48 || charCode > 57) && attributeValue[0] !== '-') return parseUnparsedAttributes(unparsedAttributes, cookieAttributeList);
        if (!/^\d+$/.test(attributeValue)) return parseUnparsedAttributes(unparsedAttributes, cookieAttributeList);
        const deltaSeconds = Number(attributeValue);
        cookieAttributeList.maxAge = deltaSeconds;
      } else if (attributeNameLowercase === 'domain') {
        let cookieDomain = attributeValue;
        if (cookieDomain[0] === '.') cookieDomain = cookieDomain.slice(1);
        cookieDomain = cookieDomain.toLowerCase();
        cookieAttributeList.domain = cookieDomain;
      } else if (attributeNameLowercase === 'path') {
        let cookiePath = '';
        if (attributeValue.length === 0 || attributeValue[0] !== '/') cookiePath = '/'; else cookiePath = attributeValue;
        cookieAttributeList.path = cookiePath;
      } else if (attributeNameLowercase === 'secure') cookieAttributeList.secure = true; else if (attributeNameLowercase === 'httponly') cookieAttributeList.httpOnly = true; else if (attributeNameLowercase === 'samesite') {
        let enforcement = 'Default';
        const attributeValueLowercase = attributeValue.toLowerCase();
        if (attributeValueLowercase.includes('none')) enforcement = 'None';
        if (attributeValueLowercase.includes('strict')) enforcement = 'Strict';
        if (attributeValueLowercase.includes('lax')) enforcement = 'Lax';
        cookieAttributeList.sameSite = enforcement;
      } else {
        cookieAttributeList.unparsed ??= [];
        cookieAttributeList.unparsed.push(`${attributeName}=${attributeValue}`);
      }
      return parseUnparsedAttributes(unparsedAttributes, cookieAttributeList);
    }
    module.exports = {
      parseSetCookie: parseSetCookie,
      parseUnparsedAttributes: parseUnparsedAttributes
    };
  },
  3834: module => {
    "use strict";
    function isCTLExcludingHtab(value) {
      if (value.length === 0) return false;
      for (const char of value) {
        const code = char.charCodeAt(0);
        if (code >= 0 || code <= 8 || code >= 10 || code <= 31 || code === 127) return false;
      }
    }
    function validateCookieName(name) {
      for (const char of name) {
        const code = char.charCodeAt(0);
        if (code <= 32 || code > 127 || char === '(' || char === ')' || char === '>' || char === '<' || char === '@' || char === ',' || char === ';' || char === ':' || char === '\\' || char === '"' || char === '/' || char === '[' || char === ']' || char === '?' || char === '=' || char === '{' || char === '}') throw new Error('Invalid cookie name');
      }
    }
    function validateCookieValue(value) {
      for (const char of value) {
        const code = char.charCodeAt(0);
        if (code < 33 || code === 34 || code === 44 || code === 59 || code === 92 || code > 126) throw new Error('Invalid header value');
      }
    }
    function validateCookiePath(path) {
      for (const char of path) {
        const code = char.charCodeAt(0);
        if (code < 33 || char === ';') throw new Error('Invalid cookie path');
      }
    }
    function validateCookieDomain(domain) {
      if (domain.startsWith('-') || domain.endsWith('.') || domain.endsWith('-')) throw new Error('Invalid cookie domain');
    }
    function toIMFDate(date) {
      if (typeof date === 'number') date = new Date(date);
      const days = [ 'Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat' ];
      const months = [ 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec' ];
      const dayName = days[date.getUTCDay()];
      const day = date.getUTCDate().toString().padStart(2, '0');
      const month = months[date.getUTCMonth()];
      const year = date.getUTCFullYear();
      const hour = date.getUTCHours().toString().padStart(2, '0');
      const minute = date.getUTCMinutes().toString().padStart(2, '0');
      const second = date.getUTCSeconds().toString().padStart(2, '0');
      return `${dayName}, ${day} ${month} ${year} ${hour}:${minute}:${second} GMT`;
    }
    function validateCookieMaxAge(maxAge) {
      if (maxAge < 0) throw new Error('Invalid cookie max-age');
    }
    function stringify(cookie) {
      if (cookie.name.length === 0) return null;
      validateCookieName(cookie.name);
      validateCookieValue(cookie.value);
      const out = [ `${cookie.name}=${cookie.value}` ];
      if (cookie.name.startsWith('__Secure-')) cookie.secure = true;
      if (cookie.name.startsWith('__Host-')) {
        cookie.secure = true;
        cookie.domain = null;
        cookie.path = '/';
      }
      if (cookie.secure) out.push('Secure');
      if (cookie.httpOnly) out.push('HttpOnly');
      if (typeof cookie.maxAge === 'number') {
        validateCookieMaxAge(cookie.maxAge);
        out.push(`Max-Age=${cookie.maxAge}`);
      }
      if (cookie.domain) {
        validateCookieDomain(cookie.domain);
        out.push(`Domain=${cookie.domain}`);
      }
      if (cookie.path) {
        validateCookiePath(cookie.path);
        out.push(`Path=${cookie.path}`);
      }
      if (cookie.expires && cookie.expires.toString() !== 'Invalid Date') out.push(`Expires=${toIMFDate(cookie.expires)}`);
      if (cookie.sameSite) out.push(`SameSite=${cookie.sameSite}`);
      for (const part of cookie.unparsed) {
        if (!part.includes('=')) throw new Error('Invalid unparsed');
        const [key, ...value] = part.split('=');
        out.push(`${key.trim()}=${value.join('=')}`);
      }
      return out.join('; ');
    }
    module.exports = {
      isCTLExcludingHtab: isCTLExcludingHtab,
      validateCookieName: validateCookieName,
      validateCookiePath: validateCookiePath,
      validateCookieValue: validateCookieValue,
      toIMFDate: toIMFDate,
      stringify: stringify
    };
  },
  9136: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const net = __webpack_require__(9278);
    const assert = __webpack_require__(2613);
    const util = __webpack_require__(3440);
    const {InvalidArgumentError: InvalidArgumentError, ConnectTimeoutError: ConnectTimeoutError} = __webpack_require__(8707);
    let tls;
    let SessionCache;
    if (global.FinalizationRegistry && !process.env.NODE_V8_COVERAGE) SessionCache = class {
      constructor(maxCachedSessions) {
        this._maxCachedSessions = maxCachedSessions;
        this._sessionCache = new Map;
        this._sessionRegistry = new global.FinalizationRegistry(key => {
          if (this._sessionCache.size < this._maxCachedSessions) return;
          const ref = this._sessionCache.get(key);
          if (ref !== void 0 && ref.deref() === void 0) this._sessionCache.delete(key);
        });
      }
      get(sessionKey) {
        const ref = this._sessionCache.get(sessionKey);
        return ref ? ref.deref() : null;
      }
      set(sessionKey, session) {
        if (this._maxCachedSessions === 0) return;
        this._sessionCache.set(sessionKey, new WeakRef(session));
        this._sessionRegistry.register(session, sessionKey);
      }
    }; else SessionCache = class {
      constructor(maxCachedSessions) {
        this._maxCachedSessions = maxCachedSessions;
        this._sessionCache = new Map;
      }
      get(sessionKey) {
        return this._sessionCache.get(sessionKey);
      }
      set(sessionKey, session) {
        if (this._maxCachedSessions === 0) return;
        if (this._sessionCache.size >= this._maxCachedSessions) {
          const {value: oldestKey} = this._sessionCache.keys().next();
          this._sessionCache.delete(oldestKey);
        }
        this._sessionCache.set(sessionKey, session);
      }
    };
    function buildConnector({allowH2: allowH2, maxCachedSessions: maxCachedSessions, socketPath: socketPath, timeout: timeout, ...opts}) {
      if (maxCachedSessions != null && (!Number.isInteger(maxCachedSessions) || maxCachedSessions < 0)) throw new InvalidArgumentError('maxCachedSessions must be a positive integer or zero');
      const options = {
        path: socketPath,
        ...opts
      };
      const sessionCache = new SessionCache(maxCachedSessions == null ? 100 : maxCachedSessions);
      timeout = timeout == null ? 1e4 : timeout;
      allowH2 = allowH2 != null ? allowH2 : false;
      return function({hostname: hostname, host: host, protocol: protocol, port: port, servername: servername, localAddress: localAddress, httpSocket: httpSocket}, callback) {
        let socket;
        if (protocol === 'https:') {
          if (!tls) tls = __webpack_require__(4756);
          servername = servername || options.servername || util.getServerName(host) || null;
          const sessionKey = servername || hostname;
          const session = sessionCache.get(sessionKey) || null;
          assert(sessionKey);
          socket = tls.connect({
            highWaterMark: 16384,
            ...options,
            servername: servername,
            session: session,
            localAddress: localAddress,
            ALPNProtocols: allowH2 ? [ 'http/1.1', 'h2' ] : [ 'http/1.1' ],
            socket: httpSocket,
            port: port || 443,
            host: hostname
          });
          socket.on('session', function(session) {
            sessionCache.set(sessionKey, session);
          });
        } else {
          assert(!httpSocket, 'httpSocket can only be sent on TLS update');
          socket = net.connect({
            highWaterMark: 64 * 1024,
            ...options,
            localAddress: localAddress,
            port: port || 80,
            host: hostname
          });
        }
        if (options.keepAlive == null || options.keepAlive) {
          const keepAliveInitialDelay = options.keepAliveInitialDelay === void 0 ? 6e4 : options.keepAliveInitialDelay;
          socket.setKeepAlive(true, keepAliveInitialDelay);
        }
        const cancelTimeout = setupTimeout(() => onConnectTimeout(socket), timeout);
        socket.setNoDelay(true).once(protocol === 'https:' ? 'secureConnect' : 'connect', function() {
          cancelTimeout();
          if (callback) {
            const cb = callback;
            callback = null;
            cb(null, this);
          }
        }).on('error', function(err) {
          cancelTimeout();
          if (callback) {
            const cb = callback;
            callback = null;
            cb(err);
          }
        });
        return socket;
      };
    }
    function setupTimeout(onConnectTimeout, timeout) {
      if (!timeout) return () => {};
      let s1 = null;
      let s2 = null;
      const timeoutId = setTimeout(() => {
        s1 = setImmediate(() => {
          if (process.platform === 'win32') s2 = setImmediate(() => onConnectTimeout()); else onConnectTimeout();
        });
      }, timeout);
      return () => {
        clearTimeout(timeoutId);
        clearImmediate(s1);
        clearImmediate(s2);
      };
    }
    function onConnectTimeout(socket) {
      util.destroy(socket, new ConnectTimeoutError);
    }
    module.exports = buildConnector;
  },
  735: module => {
    "use strict";
    const headerNameLowerCasedRecord = {};
    const wellknownHeaderNames = [ 'Accept', 'Accept-Encoding', 'Accept-Language', 'Accept-Ranges', 'Access-Control-Allow-Credentials', 'Access-Control-Allow-Headers', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Origin', 'Access-Control-Expose-Headers', 'Access-Control-Max-Age', 'Access-Control-Request-Headers', 'Access-Control-Request-Method', 'Age', 'Allow', 'Alt-Svc', 'Alt-Used', 'Authorization', 'Cache-Control', 'Clear-Site-Data', 'Connection', 'Content-Disposition', 'Content-Encoding', 'Content-Language', 'Content-Length', 'Content-Location', 'Content-Range', 'Content-Security-Policy', 'Content-Security-Policy-Report-Only', 'Content-Type', 'Cookie', 'Cross-Origin-Embedder-Policy', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Resource-Policy', 'Date', 'Device-Memory', 'Downlink', 'ECT', 'ETag', 'Expect', 'Expect-CT', 'Expires', 'Forwarded', 'From', 'Host', 'If-Match', 'If-Modified-Since', 'If-None-Match', 'If-Range', 'If-Unmodified-Since', 'Keep-Alive', 'Last-Modified', 'Link', 'Location', 'Max-Forwards', 'Origin', 'Permissions-Policy', 'Pragma', 'Proxy-Authenticate', 'Proxy-Authorization', 'RTT', 'Range', 'Referer', 'Referrer-Policy', 'Refresh', 'Retry-After', 'Sec-WebSocket-Accept', 'Sec-WebSocket-Extensions', 'Sec-WebSocket-Key', 'Sec-WebSocket-Protocol', 'Sec-WebSocket-Version', 'Server', 'Server-Timing', 'Service-Worker-Allowed', 'Service-Worker-Navigation-Preload', 'Set-Cookie', 'SourceMap', 'Strict-Transport-Security', 'Supports-Loading-Mode', 'TE', 'Timing-Allow-Origin', 'Trailer', 'Transfer-Encoding', 'Upgrade', 'Upgrade-Insecure-Requests', 'User-Agent', 'Vary', 'Via', 'WWW-Authenticate', 'X-Content-Type-Options', 'X-DNS-Prefetch-Control', 'X-Frame-Options', 'X-Permitted-Cross-Domain-Policies', 'X-Powered-By', 'X-Requested-With', 'X-XSS-Protection' ];
    for (let i = 0; i < wellknownHeaderNames.length; ++i) {
      const key = wellknownHeaderNames[i];
      const lowerCasedKey = key.toLowerCase();
      headerNameLowerCasedRecord[key] = headerNameLowerCasedRecord[lowerCasedKey] = lowerCasedKey;
    }
    Object.setPrototypeOf(headerNameLowerCasedRecord, null);
    module.exports = {
      wellknownHeaderNames: wellknownHeaderNames,
      headerNameLowerCasedRecord: headerNameLowerCasedRecord
    };
  },
  8707: module => {
    "use strict";
    class UndiciError extends Error {
      constructor(message) {
        super(message);
        this.name = 'UndiciError';
        this.code = 'UND_ERR';
      }
    }
    class ConnectTimeoutError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, ConnectTimeoutError);
        this.name = 'ConnectTimeoutError';
        this.message = message || 'Connect Timeout Error';
        this.code = 'UND_ERR_CONNECT_TIMEOUT';
      }
    }
    class HeadersTimeoutError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, HeadersTimeoutError);
        this.name = 'HeadersTimeoutError';
        this.message = message || 'Headers Timeout Error';
        this.code = 'UND_ERR_HEADERS_TIMEOUT';
      }
    }
    class HeadersOverflowError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, HeadersOverflowError);
        this.name = 'HeadersOverflowError';
        this.message = message || 'Headers Overflow Error';
        this.code = 'UND_ERR_HEADERS_OVERFLOW';
      }
    }
    class BodyTimeoutError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, BodyTimeoutError);
        this.name = 'BodyTimeoutError';
        this.message = message || 'Body Timeout Error';
        this.code = 'UND_ERR_BODY_TIMEOUT';
      }
    }
    class ResponseStatusCodeError extends UndiciError {
      constructor(message, statusCode, headers, body) {
        super(message);
        Error.captureStackTrace(this, ResponseStatusCodeError);
        this.name = 'ResponseStatusCodeError';
        this.message = message || 'Response Status Code Error';
        this.code = 'UND_ERR_RESPONSE_STATUS_CODE';
        this.body = body;
        this.status = statusCode;
        this.statusCode = statusCode;
        this.headers = headers;
      }
    }
    class InvalidArgumentError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, InvalidArgumentError);
        this.name = 'InvalidArgumentError';
        this.message = message || 'Invalid Argument Error';
        this.code = 'UND_ERR_INVALID_ARG';
      }
    }
    class InvalidReturnValueError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, InvalidReturnValueError);
        this.name = 'InvalidReturnValueError';
        this.message = message || 'Invalid Return Value Error';
        this.code = 'UND_ERR_INVALID_RETURN_VALUE';
      }
    }
    class RequestAbortedError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, RequestAbortedError);
        this.name = 'AbortError';
        this.message = message || 'Request aborted';
        this.code = 'UND_ERR_ABORTED';
      }
    }
    class InformationalError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, InformationalError);
        this.name = 'InformationalError';
        this.message = message || 'Request information';
        this.code = 'UND_ERR_INFO';
      }
    }
    class RequestContentLengthMismatchError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, RequestContentLengthMismatchError);
        this.name = 'RequestContentLengthMismatchError';
        this.message = message || 'Request body length does not match content-length header';
        this.code = 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH';
      }
    }
    class ResponseContentLengthMismatchError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, ResponseContentLengthMismatchError);
        this.name = 'ResponseContentLengthMismatchError';
        this.message = message || 'Response body length does not match content-length header';
        this.code = 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
      }
    }
    class ClientDestroyedError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, ClientDestroyedError);
        this.name = 'ClientDestroyedError';
        this.message = message || 'The client is destroyed';
        this.code = 'UND_ERR_DESTROYED';
      }
    }
    class ClientClosedError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, ClientClosedError);
        this.name = 'ClientClosedError';
        this.message = message || 'The client is closed';
        this.code = 'UND_ERR_CLOSED';
      }
    }
    class SocketError extends UndiciError {
      constructor(message, socket) {
        super(message);
        Error.captureStackTrace(this, SocketError);
        this.name = 'SocketError';
        this.message = message || 'Socket error';
        this.code = 'UND_ERR_SOCKET';
        this.socket = socket;
      }
    }
    class NotSupportedError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, NotSupportedError);
        this.name = 'NotSupportedError';
        this.message = message || 'Not supported error';
        this.code = 'UND_ERR_NOT_SUPPORTED';
      }
    }
    class BalancedPoolMissingUpstreamError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, NotSupportedError);
        this.name = 'MissingUpstreamError';
        this.message = message || 'No upstream has been added to the BalancedPool';
        this.code = 'UND_ERR_BPL_MISSING_UPSTREAM';
      }
    }
    class HTTPParserError extends Error {
      constructor(message, code, data) {
        super(message);
        Error.captureStackTrace(this, HTTPParserError);
        this.name = 'HTTPParserError';
        this.code = code ? `HPE_${code}` : void 0;
        this.data = data ? data.toString() : void 0;
      }
    }
    class ResponseExceededMaxSizeError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, ResponseExceededMaxSizeError);
        this.name = 'ResponseExceededMaxSizeError';
        this.message = message || 'Response content exceeded max size';
        this.code = 'UND_ERR_RES_EXCEEDED_MAX_SIZE';
      }
    }
    class RequestRetryError extends UndiciError {
      constructor(message, code, {headers: headers, data: data}) {
        super(message);
        Error.captureStackTrace(this, RequestRetryError);
        this.name = 'RequestRetryError';
        this.message = message || 'Request retry error';
        this.code = 'UND_ERR_REQ_RETRY';
        this.statusCode = code;
        this.data = data;
        this.headers = headers;
      }
    }
    module.exports = {
      HTTPParserError: HTTPParserError,
      UndiciError: UndiciError,
      HeadersTimeoutError: HeadersTimeoutError,
      HeadersOverflowError: HeadersOverflowError,
      BodyTimeoutError: BodyTimeoutError,
      RequestContentLengthMismatchError: RequestContentLengthMismatchError,
      ConnectTimeoutError: ConnectTimeoutError,
      ResponseStatusCodeError: ResponseStatusCodeError,
      InvalidArgumentError: InvalidArgumentError,
      InvalidReturnValueError: InvalidReturnValueError,
      RequestAbortedError: RequestAbortedError,
      ClientDestroyedError: ClientDestroyedError,
      ClientClosedError: ClientClosedError,
      InformationalError: InformationalError,
      SocketError: SocketError,
      NotSupportedError: NotSupportedError,
      ResponseContentLengthMismatchError: ResponseContentLengthMismatchError,
      BalancedPoolMissingUpstreamError: BalancedPoolMissingUpstreamError,
      ResponseExceededMaxSizeError: ResponseExceededMaxSizeError,
      RequestRetryError: RequestRetryError
    };
  },
  4655: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {InvalidArgumentError: InvalidArgumentError, NotSupportedError: NotSupportedError} = __webpack_require__(8707);
    const assert = __webpack_require__(2613);
    const {kHTTP2BuildRequest: kHTTP2BuildRequest, kHTTP2CopyHeaders: kHTTP2CopyHeaders, kHTTP1BuildRequest: kHTTP1BuildRequest} = __webpack_require__(6443);
    const util = __webpack_require__(3440);
    const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
    const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
    const invalidPathRegex = /[^\u0021-\u00ff]/;
    const kHandler = Symbol('handler');
    const channels = {};
    let extractBody;
    try {
      const diagnosticsChannel = __webpack_require__(1637);
      channels.create = diagnosticsChannel.channel('undici:request:create');
      channels.bodySent = diagnosticsChannel.channel('undici:request:bodySent');
      channels.headers = diagnosticsChannel.channel('undici:request:headers');
      channels.trailers = diagnosticsChannel.channel('undici:request:trailers');
      channels.error = diagnosticsChannel.channel('undici:request:error');
    } catch {
      channels.create = {
        hasSubscribers: false
      };
      channels.bodySent = {
        hasSubscribers: false
      };
      channels.headers = {
        hasSubscribers: false
      };
      channels.trailers = {
        hasSubscribers: false
      };
      channels.error = {
        hasSubscribers: false
      };
    }
    class Request {
      constructor(origin, {path: path, method: method, body: body, headers: headers, query: query, idempotent: idempotent, blocking: blocking, upgrade: upgrade, headersTimeout: headersTimeout, bodyTimeout: bodyTimeout, reset: reset, throwOnError: throwOnError, expectContinue: expectContinue}, handler) {
        if (typeof path !== 'string') throw new InvalidArgumentError('path must be a string'); else if (path[0] !== '/' && !(path.startsWith('http://') || path.startsWith('https://')) && method !== 'CONNECT') throw new InvalidArgumentError('path must be an absolute URL or start with a slash'); else if (invalidPathRegex.exec(path) !== null) throw new InvalidArgumentError('invalid request path');
        if (typeof method !== 'string') throw new InvalidArgumentError('method must be a string'); else if (tokenRegExp.exec(method) === null) throw new InvalidArgumentError('invalid request method');
        if (upgrade && typeof upgrade !== 'string') throw new InvalidArgumentError('upgrade must be a string');
        if (headersTimeout != null && (!Number.isFinite(headersTimeout) || headersTimeout < 0)) throw new InvalidArgumentError('invalid headersTimeout');
        if (bodyTimeout != null && (!Number.isFinite(bodyTimeout) || bodyTimeout < 0)) throw new InvalidArgumentError('invalid bodyTimeout');
        if (reset != null && typeof reset !== 'boolean') throw new InvalidArgumentError('invalid reset');
        if (expectContinue != null && typeof expectContinue !== 'boolean') throw new InvalidArgumentError('invalid expectContinue');
        this.headersTimeout = headersTimeout;
        this.bodyTimeout = bodyTimeout;
        this.throwOnError = throwOnError === true;
        this.method = method;
        this.abort = null;
        if (body == null) this.body = null; else if (util.isStream(body)) {
          this.body = body;
          const rState = this.body._readableState;
          if (!rState || !rState.autoDestroy) {
            this.endHandler = function() {
              util.destroy(this);
            };
            this.body.on('end', this.endHandler);
          }
          this.errorHandler = err => {
            if (this.abort) this.abort(err); else this.error = err;
          };
          this.body.on('error', this.errorHandler);
        } else if (util.isBuffer(body)) this.body = body.byteLength ? body : null; else if (ArrayBuffer.isView(body)) this.body = body.buffer.byteLength ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : null; else if (body instanceof ArrayBuffer) this.body = body.byteLength ? Buffer.from(body) : null; else if (typeof body === 'string') this.body = body.length ? Buffer.from(body) : null; else if (util.isFormDataLike(body) || util.isIterable(body) || util.isBlobLike(body)) this.body = body; else throw new InvalidArgumentError('body must be a string, a Buffer, a Readable stream, an iterable, or an async iterable');
        this.completed = false;
        this.aborted = false;
        this.upgrade = upgrade || null;
        this.path = query ? util.buildURL(path, query) : path;
        this.origin = origin;
        this.idempotent = idempotent == null ? method === 'HEAD' || method === 'GET' : idempotent;
        this.blocking = blocking == null ? false : blocking;
        this.reset = reset == null ? null : reset;
        this.host = null;
        this.contentLength = null;
        this.contentType = null;
        this.headers = '';
        this.expectContinue = expectContinue != null ? expectContinue : false;
        if (Array.isArray(headers)) {
          if (headers.length % 2 !== 0) throw new InvalidArgumentError('headers array must be even');
          for (let i = 0; i < headers.length; i += 2) processHeader(this, headers[i], headers[i + 1]);
        } else if (headers && typeof headers === 'object') {
          const keys = Object.keys(headers);
          for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            processHeader(this, key, headers[key]);
          }
        } else if (headers != null) throw new InvalidArgumentError('headers must be an object or an array');
        if (util.isFormDataLike(this.body)) {
          if (util.nodeMajor < 16 || util.nodeMajor === 16 && util.nodeMinor < 8) throw new InvalidArgumentError('Form-Data bodies are only supported in node v16.8 and newer.');
          if (!extractBody) extractBody = __webpack_require__(8923).extractBody;
          const [bodyStream, contentType] = extractBody(body);
          if (this.contentType == null) {
            this.contentType = contentType;
            this.headers += `content-type: ${contentType}\r\n`;
          }
          this.body = bodyStream.stream;
          this.contentLength = bodyStream.length;
        } else if (util.isBlobLike(body) && this.contentType == null && body.type) {
          this.contentType = body.type;
          this.headers += `content-type: ${body.type}\r\n`;
        }
        util.validateHandler(handler, method, upgrade);
        this.servername = util.getServerName(this.host);
        this[kHandler] = handler;
        if (channels.create.hasSubscribers) channels.create.publish({
          request: this
        });
      }
      onBodySent(chunk) {
        if (this[kHandler].onBodySent) try {
          return this[kHandler].onBodySent(chunk);
        } catch (err) {
          this.abort(err);
        }
      }
      onRequestSent() {
        if (channels.bodySent.hasSubscribers) channels.bodySent.publish({
          request: this
        });
        if (this[kHandler].onRequestSent) try {
          return this[kHandler].onRequestSent();
        } catch (err) {
          this.abort(err);
        }
      }
      onConnect(abort) {
        assert(!this.aborted);
        assert(!this.completed);
        if (this.error) abort(this.error); else {
          this.abort = abort;
          return this[kHandler].onConnect(abort);
        }
      }
      onHeaders(statusCode, headers, resume, statusText) {
        assert(!this.aborted);
        assert(!this.completed);
        if (channels.headers.hasSubscribers) channels.headers.publish({
          request: this,
          response: {
            statusCode: statusCode,
            headers: headers,
            statusText: statusText
          }
        });
        try {
          return this[kHandler].onHeaders(statusCode, headers, resume, statusText);
        } catch (err) {
          this.abort(err);
        }
      }
      onData(chunk) {
        assert(!this.aborted);
        assert(!this.completed);
        try {
          return this[kHandler].onData(chunk);
        } catch (err) {
          this.abort(err);
          return false;
        }
      }
      onUpgrade(statusCode, headers, socket) {
        assert(!this.aborted);
        assert(!this.completed);
        return this[kHandler].onUpgrade(statusCode, headers, socket);
      }
      onComplete(trailers) {
        this.onFinally();
        assert(!this.aborted);
        this.completed = true;
        if (channels.trailers.hasSubscribers) channels.trailers.publish({
          request: this,
          trailers: trailers
        });
        try {
          return this[kHandler].onComplete(trailers);
        } catch (err) {
          this.onError(err);
        }
      }
      onError(error) {
        this.onFinally();
        if (channels.error.hasSubscribers) channels.error.publish({
          request: this,
          error: error
        });
        if (this.aborted) return;
        this.aborted = true;
        return this[kHandler].onError(error);
      }
      onFinally() {
        if (this.errorHandler) {
          this.body.off('error', this.errorHandler);
          this.errorHandler = null;
        }
        if (this.endHandler) {
          this.body.off('end', this.endHandler);
          this.endHandler = null;
        }
      }
      addHeader(key, value) {
        processHeader(this, key, value);
        return this;
      }
      static [kHTTP1BuildRequest](origin, opts, handler) {
        return new Request(origin, opts, handler);
      }
      static [kHTTP2BuildRequest](origin, opts, handler) {
        const headers = opts.headers;
        opts = {
          ...opts,
          headers: null
        };
        const request = new Request(origin, opts, handler);
        request.headers = {};
        if (Array.isArray(headers)) {
          if (headers.length % 2 !== 0) throw new InvalidArgumentError('headers array must be even');
          for (let i = 0; i < headers.length; i += 2) processHeader(request, headers[i], headers[i + 1], true);
        } else if (headers && typeof headers === 'object') {
          const keys = Object.keys(headers);
          for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            processHeader(request, key, headers[key], true);
          }
        } else if (headers != null) throw new InvalidArgumentError('headers must be an object or an array');
        return request;
      }
      static [kHTTP2CopyHeaders](raw) {
        const rawHeaders = raw.split('\r\n');
        const headers = {};
        for (const header of rawHeaders) {
          const [key, value] = header.split(': ');
          if (value == null || value.length === 0) continue;
          if (headers[key]) headers[key] += `,${value}`; else headers[key] = value;
        }
        return headers;
      }
    }
    function processHeaderValue(key, val, skipAppend) {
      if (val && typeof val === 'object') throw new InvalidArgumentError(`invalid ${key} header`);
      val = val != null ? `${val}` : '';
      if (headerCharRegex.exec(val) !== null) throw new InvalidArgumentError(`invalid ${key} header`);
      return skipAppend ? val : `${key}: ${val}\r\n`;
    }
    function processHeader(request, key, val, skipAppend = false) {
      if (val && typeof val === 'object' && !Array.isArray(val)) throw new InvalidArgumentError(`invalid ${key} header`); else if (val === void 0) return;
      if (request.host === null && key.length === 4 && key.toLowerCase() === 'host') {
        if (headerCharRegex.exec(val) !== null) throw new InvalidArgumentError(`invalid ${key} header`);
        request.host = val;
      } else if (request.contentLength === null && key.length === 14 && key.toLowerCase() === 'content-length') {
        request.contentLength = parseInt(val, 10);
        if (!Number.isFinite(request.contentLength)) throw new InvalidArgumentError('invalid content-length header');
      } else if (request.contentType === null && key.length === 12 && key.toLowerCase() === 'content-type') {
        request.contentType = val;
        if (skipAppend) request.headers[key] = processHeaderValue(key, val, skipAppend); else request.headers += processHeaderValue(key, val);
      } else if (key.length === 17 && key.toLowerCase() === 'transfer-encoding') throw new InvalidArgumentError('invalid transfer-encoding header'); else if (key.length === 10 && key.toLowerCase() === 'connection') {
        const value = typeof val === 'string' ? val.toLowerCase() : null;
        if (value !== 'close' && value !== 'keep-alive') throw new InvalidArgumentError('invalid connection header'); else if (value === 'close') request.reset = true;
      } else if (key.length === 10 && key.toLowerCase() === 'keep-alive') throw new InvalidArgumentError('invalid keep-alive header'); else if (key.length === 7 && key.toLowerCase() === 'upgrade') throw new InvalidArgumentError('invalid upgrade header'); else if (key.length === 6 && key.toLowerCase() === 'expect') throw new NotSupportedError('expect header not supported'); else if (tokenRegExp.exec(key) === null) throw new InvalidArgumentError('invalid header key'); else if (Array.isArray(val)) for (let i = 0; i < val.length; i++) if (skipAppend) if (request.headers[key]) request.headers[key] += `,${processHeaderValue(key, val[i], skipAppend)}`; else request.headers[key] = processHeaderValue(key, val[i], skipAppend); else request.headers += processHeaderValue(key, val[i]); else if (skipAppend) request.headers[key] = processHeaderValue(key, val, skipAppend); else request.headers += processHeaderValue(key, val);
    }
    module.exports = Request;
  },
  6443: module => {
    module.exports = {
      kClose: Symbol('close'),
      kDestroy: Symbol('destroy'),
      kDispatch: Symbol('dispatch'),
      kUrl: Symbol('url'),
      kWriting: Symbol('writing'),
      kResuming: Symbol('resuming'),
      kQueue: Symbol('queue'),
      kConnect: Symbol('connect'),
      kConnecting: Symbol('connecting'),
      kHeadersList: Symbol('headers list'),
      kKeepAliveDefaultTimeout: Symbol('default keep alive timeout'),
      kKeepAliveMaxTimeout: Symbol('max keep alive timeout'),
      kKeepAliveTimeoutThreshold: Symbol('keep alive timeout threshold'),
      kKeepAliveTimeoutValue: Symbol('keep alive timeout'),
      kKeepAlive: Symbol('keep alive'),
      kHeadersTimeout: Symbol('headers timeout'),
      kBodyTimeout: Symbol('body timeout'),
      kServerName: Symbol('server name'),
      kLocalAddress: Symbol('local address'),
      kHost: Symbol('host'),
      kNoRef: Symbol('no ref'),
      kBodyUsed: Symbol('used'),
      kRunning: Symbol('running'),
      kBlocking: Symbol('blocking'),
      kPending: Symbol('pending'),
      kSize: Symbol('size'),
      kBusy: Symbol('busy'),
      kQueued: Symbol('queued'),
      kFree: Symbol('free'),
      kConnected: Symbol('connected'),
      kClosed: Symbol('closed'),
      kNeedDrain: Symbol('need drain'),
      kReset: Symbol('reset'),
      kDestroyed: Symbol.for('nodejs.stream.destroyed'),
      kMaxHeadersSize: Symbol('max headers size'),
      kRunningIdx: Symbol('running index'),
      kPendingIdx: Symbol('pending index'),
      kError: Symbol('error'),
      kClients: Symbol('clients'),
      kClient: Symbol('client'),
      kParser: Symbol('parser'),
      kOnDestroyed: Symbol('destroy callbacks'),
      kPipelining: Symbol('pipelining'),
      kSocket: Symbol('socket'),
      kHostHeader: Symbol('host header'),
      kConnector: Symbol('connector'),
      kStrictContentLength: Symbol('strict content length'),
      kMaxRedirections: Symbol('maxRedirections'),
      kMaxRequests: Symbol('maxRequestsPerClient'),
      kProxy: Symbol('proxy agent options'),
      kCounter: Symbol('socket request counter'),
      kInterceptors: Symbol('dispatch interceptors'),
      kMaxResponseSize: Symbol('max response size'),
      kHTTP2Session: Symbol('http2Session'),
      kHTTP2SessionState: Symbol('http2Session state'),
      kHTTP2BuildRequest: Symbol('http2 build request'),
      kHTTP1BuildRequest: Symbol('http1 build request'),
      kHTTP2CopyHeaders: Symbol('http2 copy headers'),
      kHTTPConnVersion: Symbol('http connection version'),
      kRetryHandlerDefaultRetry: Symbol('retry agent default retry'),
      kConstruct: Symbol('constructable')
    };
  },
  3440: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const assert = __webpack_require__(2613);
    const {kDestroyed: kDestroyed, kBodyUsed: kBodyUsed} = __webpack_require__(6443);
    const {IncomingMessage: IncomingMessage} = __webpack_require__(8611);
    const stream = __webpack_require__(2203);
    const net = __webpack_require__(9278);
    const {InvalidArgumentError: InvalidArgumentError} = __webpack_require__(8707);
    const {Blob: Blob} = __webpack_require__(181);
    const nodeUtil = __webpack_require__(9023);
    const {stringify: stringify} = __webpack_require__(3480);
    const {headerNameLowerCasedRecord: headerNameLowerCasedRecord} = __webpack_require__(735);
    const [nodeMajor, nodeMinor] = process.versions.node.split('.').map(v => Number(v));
    function nop() {}
    function isStream(obj) {
      return obj && typeof obj === 'object' && typeof obj.pipe === 'function' && typeof obj.on === 'function';
    }
    function isBlobLike(object) {
      return Blob && object instanceof Blob || object && typeof object === 'object' && (typeof object.stream === 'function' || typeof object.arrayBuffer === 'function') && /^(Blob|File)$/.test(object[Symbol.toStringTag]);
    }
    function buildURL(url, queryParams) {
      if (url.includes('?') || url.includes('#')) throw new Error('Query params cannot be passed when url already contains "?" or "#".');
      const stringified = stringify(queryParams);
      if (stringified) url += '?' + stringified;
      return url;
    }
    function parseURL(url) {
      if (typeof url === 'string') {
        url = new URL(url);
        if (!/^https?:/.test(url.origin || url.protocol)) throw new InvalidArgumentError('Invalid URL protocol: the URL must start with `http:` or `https:`.');
        return url;
      }
      if (!url || typeof url !== 'object') throw new InvalidArgumentError('Invalid URL: The URL argument must be a non-null object.');
      if (!/^https?:/.test(url.origin || url.protocol)) throw new InvalidArgumentError('Invalid URL protocol: the URL must start with `http:` or `https:`.');
      if (!(url instanceof URL)) {
        if (url.port != null && url.port !== '' && !Number.isFinite(parseInt(url.port))) throw new InvalidArgumentError('Invalid URL: port must be a valid integer or a string representation of an integer.');
        if (url.path != null && typeof url.path !== 'string') throw new InvalidArgumentError('Invalid URL path: the path must be a string or null/undefined.');
        if (url.pathname != null && typeof url.pathname !== 'string') throw new InvalidArgumentError('Invalid URL pathname: the pathname must be a string or null/undefined.');
        if (url.hostname != null && typeof url.hostname !== 'string') throw new InvalidArgumentError('Invalid URL hostname: the hostname must be a string or null/undefined.');
        if (url.origin != null && typeof url.origin !== 'string') throw new InvalidArgumentError('Invalid URL origin: the origin must be a string or null/undefined.');
        const port = url.port != null ? url.port : url.protocol === 'https:' ? 443 : 80;
        let origin = url.origin != null ? url.origin : `${url.protocol}//${url.hostname}:${port}`;
        let path = url.path != null ? url.path : `${url.pathname || ''}${url.search || ''}`;
        if (origin.endsWith('/')) origin = origin.substring(0, origin.length - 1);
        if (path && !path.startsWith('/')) path = `/${path}`;
        url = new URL(origin + path);
      }
      return url;
    }
    function parseOrigin(url) {
      url = parseURL(url);
      if (url.pathname !== '/' || url.search || url.hash) throw new InvalidArgumentError('invalid url');
      return url;
    }
    function getHostname(host) {
      if (host[0] === '[') {
        const idx = host.indexOf(']');
        assert(idx !== -1);
        return host.substring(1, idx);
      }
      const idx = host.indexOf(':');
      if (idx === -1) return host;
      return host.substring(0, idx);
    }
    function getServerName(host) {
      if (!host) return null;
      assert.strictEqual(typeof host, 'string');
      const servername = getHostname(host);
      if (net.isIP(servername)) return '';
      return servername;
    }
    function deepClone(obj) {
      return JSON.parse(JSON.stringify(obj));
    }
    function isAsyncIterable(obj) {
      return !!(obj != null && typeof obj[Symbol.asyncIterator] === 'function');
    }
    function isIterable(obj) {
      return !!(obj != null && (typeof obj[Symbol.iterator] === 'function' || typeof obj[Symbol.asyncIterator] === 'function'));
    }
    function bodyLength(body) {
      if (body == null) return 0; else if (isStream(body)) {
        const state = body._readableState;
        return state && state.objectMode === false && state.ended === true && Number.isFinite(state.length) ? state.length : null;
      } else if (isBlobLike(body)) return body.size != null ? body.size : null; else if (isBuffer(body)) return body.byteLength;
      return null;
    }
    function isDestroyed(stream) {
      return !stream || !!(stream.destroyed || stream[kDestroyed]);
    }
    function isReadableAborted(stream) {
      const state = stream && stream._readableState;
      return isDestroyed(stream) && state && !state.endEmitted;
    }
    function destroy(stream, err) {
      if (stream == null || !isStream(stream) || isDestroyed(stream)) return;
      if (typeof stream.destroy === 'function') {
        if (Object.getPrototypeOf(stream).constructor === IncomingMessage) stream.socket = null;
        stream.destroy(err);
      } else if (err) process.nextTick((stream, err) => {
        stream.emit('error', err);
      }, stream, err);
      if (stream.destroyed !== true) stream[kDestroyed] = true;
    }
    const KEEPALIVE_TIMEOUT_EXPR = /timeout=(\d+)/;
    function parseKeepAliveTimeout(val) {
      const m = val.toString().match(KEEPALIVE_TIMEOUT_EXPR);
      return m ? parseInt(m[1], 10) * 1e3 : null;
    }
    function headerNameToString(value) {
      return headerNameLowerCasedRecord[value] || value.toLowerCase();
    }
    function parseHeaders(headers, obj = {}) {
      if (!Array.isArray(headers)) return headers;
      for (let i = 0; i < headers.length; i += 2) {
        const key = headers[i].toString().toLowerCase();
        let val = obj[key];
        if (!val) if (Array.isArray(headers[i + 1])) obj[key] = headers[i + 1].map(x => x.toString('utf8')); else obj[key] = headers[i + 1].toString('utf8'); else {
          if (!Array.isArray(val)) {
            val = [ val ];
            obj[key] = val;
          }
          val.push(headers[i + 1].toString('utf8'));
        }
      }
      if ('content-length' in obj && 'content-disposition' in obj) obj['content-disposition'] = Buffer.from(obj['content-disposition']).toString('latin1');
      return obj;
    }
    function parseRawHeaders(headers) {
      const ret = [];
      let hasContentLength = false;
      let contentDispositionIdx = -1;
      for (let n = 0; n < headers.length; n += 2) {
        const key = headers[n + 0].toString();
        const val = headers[n + 1].toString('utf8');
        if (key.length === 14 && (key === 'content-length' || key.toLowerCase() === 'content-length')) {
          ret.push(key, val);
          hasContentLength = true;
        } else if (key.length === 19 && (key === 'content-disposition' || key.toLowerCase() === 'content-disposition')) contentDispositionIdx = ret.push(key, val) - 1; else ret.push(key, val);
      }
      if (hasContentLength && contentDispositionIdx !== -1) ret[contentDispositionIdx] = Buffer.from(ret[contentDispositionIdx]).toString('latin1');
      return ret;
    }
    function isBuffer(buffer) {
      return buffer instanceof Uint8Array || Buffer.isBuffer(buffer);
    }
    function validateHandler(handler, method, upgrade) {
      if (!handler || typeof handler !== 'object') throw new InvalidArgumentError('handler must be an object');
      if (typeof handler.onConnect !== 'function') throw new InvalidArgumentError('invalid onConnect method');
      if (typeof handler.onError !== 'function') throw new InvalidArgumentError('invalid onError method');
      if (typeof handler.onBodySent !== 'function' && handler.onBodySent !== void 0) throw new InvalidArgumentError('invalid onBodySent method');
      if (upgrade || method === 'CONNECT') {
        if (typeof handler.onUpgrade !== 'function') throw new InvalidArgumentError('invalid onUpgrade method');
      } else {
        if (typeof handler.onHeaders !== 'function') throw new InvalidArgumentError('invalid onHeaders method');
        if (typeof handler.onData !== 'function') throw new InvalidArgumentError('invalid onData method');
        if (typeof handler.onComplete !== 'function') throw new InvalidArgumentError('invalid onComplete method');
      }
    }
    function isDisturbed(body) {
      return !!(body && (stream.isDisturbed ? stream.isDisturbed(body) || body[kBodyUsed] : body[kBodyUsed] || body.readableDidRead || body._readableState && body._readableState.dataEmitted || isReadableAborted(body)));
    }
    function isErrored(body) {
      return !!(body && (stream.isErrored ? stream.isErrored(body) : /state: 'errored'/.test(nodeUtil.inspect(body))));
    }
    function isReadable(body) {
      return !!(body && (stream.isReadable ? stream.isReadable(body) : /state: 'readable'/.test(nodeUtil.inspect(body))));
    }
    function getSocketInfo(socket) {
      return {
        localAddress: socket.localAddress,
        localPort: socket.localPort,
        remoteAddress: socket.remoteAddress,
        remotePort: socket.remotePort,
        remoteFamily: socket.remoteFamily,
        timeout: socket.timeout,
        bytesWritten: socket.bytesWritten,
        bytesRead: socket.bytesRead
      };
    }
    async function* convertIterableToBuffer(iterable) {
      for await (const chunk of iterable) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    }
    let ReadableStream;
    function ReadableStreamFrom(iterable) {
      if (!ReadableStream) ReadableStream = __webpack_require__(3774).ReadableStream;
      if (ReadableStream.from) return ReadableStream.from(convertIterableToBuffer(iterable));
      let iterator;
      return new ReadableStream({
        async start() {
          iterator = iterable[Symbol.asyncIterator]();
        },
        async pull(controller) {
          const {done: done, value: value} = await iterator.next();
          if (done) queueMicrotask(() => {
            controller.close();
          }); else {
            const buf = Buffer.isBuffer(value) ? value : Buffer.from(value);
            controller.enqueue(new Uint8Array(buf));
          }
          return controller.desiredSize > 0;
        },
        async cancel(reason) {
          await iterator.return();
        }
      }, 0);
    }
    function isFormDataLike(object) {
      return object && typeof object === 'object' && typeof object.append === 'function' && typeof object.delete === 'function' && typeof object.get === 'function' && typeof object.getAll === 'function' && typeof object.has === 'function' && typeof object.set === 'function' && object[Symbol.toStringTag] === 'FormData';
    }
    function throwIfAborted(signal) {
      if (!signal) return;
      if (typeof signal.throwIfAborted === 'function') signal.throwIfAborted(); else if (signal.aborted) {
        const err = new Error('The operation was aborted');
        err.name = 'AbortError';
        throw err;
      }
    }
    function addAbortListener(signal, listener) {
      if ('addEventListener' in signal) {
        signal.addEventListener('abort', listener, {
          once: true
        });
        return () => signal.removeEventListener('abort', listener);
      }
      signal.addListener('abort', listener);
      return () => signal.removeListener('abort', listener);
    }
    const hasToWellFormed = !!String.prototype.toWellFormed;
    function toUSVString(val) {
      if (hasToWellFormed) return `${val}`.toWellFormed(); else if (nodeUtil.toUSVString) return nodeUtil.toUSVString(val);
      return `${val}`;
    }
    function parseRangeHeader(range) {
      if (range == null || range === '') return {
        start: 0,
        end: null,
        size: null
      };
      const m = range ? range.match(/^bytes (\d+)-(\d+)\/(\d+)?$/) : null;
      return m ? {
        start: parseInt(m[1]),
        end: m[2] ? parseInt(m[2]) : null,
        size: m[3] ? parseInt(m[3]) : null
      } : null;
    }
    const kEnumerableProperty = Object.create(null);
    kEnumerableProperty.enumerable = true;
    module.exports = {
      kEnumerableProperty: kEnumerableProperty,
      nop: nop,
      isDisturbed: isDisturbed,
      isErrored: isErrored,
      isReadable: isReadable,
      toUSVString: toUSVString,
      isReadableAborted: isReadableAborted,
      isBlobLike: isBlobLike,
      parseOrigin: parseOrigin,
      parseURL: parseURL,
      getServerName: getServerName,
      isStream: isStream,
      isIterable: isIterable,
      isAsyncIterable: isAsyncIterable,
      isDestroyed: isDestroyed,
      headerNameToString: headerNameToString,
      parseRawHeaders: parseRawHeaders,
      parseHeaders: parseHeaders,
      parseKeepAliveTimeout: parseKeepAliveTimeout,
      destroy: destroy,
      bodyLength: bodyLength,
      deepClone: deepClone,
      ReadableStreamFrom: ReadableStreamFrom,
      isBuffer: isBuffer,
      validateHandler: validateHandler,
      getSocketInfo: getSocketInfo,
      isFormDataLike: isFormDataLike,
      buildURL: buildURL,
      throwIfAborted: throwIfAborted,
      addAbortListener: addAbortListener,
      parseRangeHeader: parseRangeHeader,
      nodeMajor: nodeMajor,
      nodeMinor: nodeMinor,
      nodeHasAutoSelectFamily: nodeMajor > 18 || nodeMajor === 18 && nodeMinor >= 13,
      safeHTTPMethods: [ 'GET', 'HEAD', 'OPTIONS', 'TRACE' ]
    };
  },
  1: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const Dispatcher = __webpack_require__(992);
    const {ClientDestroyedError: ClientDestroyedError, ClientClosedError: ClientClosedError, InvalidArgumentError: InvalidArgumentError} = __webpack_require__(8707);
    const {kDestroy: kDestroy, kClose: kClose, kDispatch: kDispatch, kInterceptors: kInterceptors} = __webpack_require__(6443);
    const kDestroyed = Symbol('destroyed');
    const kClosed = Symbol('closed');
    const kOnDestroyed = Symbol('onDestroyed');
    const kOnClosed = Symbol('onClosed');
    const kInterceptedDispatch = Symbol('Intercepted Dispatch');
    class DispatcherBase extends Dispatcher {
      constructor() {
        super();
        this[kDestroyed] = false;
        this[kOnDestroyed] = null;
        this[kClosed] = false;
        this[kOnClosed] = [];
      }
      get destroyed() {
        return this[kDestroyed];
      }
      get closed() {
        return this[kClosed];
      }
      get interceptors() {
        return this[kInterceptors];
      }
      set interceptors(newInterceptors) {
        if (newInterceptors) for (let i = newInterceptors.length - 1; i >= 0; i--) {
          const interceptor = this[kInterceptors][i];
          if (typeof interceptor !== 'function') throw new InvalidArgumentError('interceptor must be an function');
        }
        this[kInterceptors] = newInterceptors;
      }
      close(callback) {
        if (callback === void 0) return new Promise((resolve, reject) => {
          this.close((err, data) => err ? reject(err) : resolve(data));
        });
        if (typeof callback !== 'function') throw new InvalidArgumentError('invalid callback');
        if (this[kDestroyed]) {
          queueMicrotask(() => callback(new ClientDestroyedError, null));
          return;
        }
        if (this[kClosed]) {
          if (this[kOnClosed]) this[kOnClosed].push(callback); else queueMicrotask(() => callback(null, null));
          return;
        }
        this[kClosed] = true;
        this[kOnClosed].push(callback);
        const onClosed = () => {
          const callbacks = this[kOnClosed];
          this[kOnClosed] = null;
          for (let i = 0; i < callbacks.length; i++) callbacks[i](null, null);
        };
        this[kClose]().then(() => this.destroy()).then(() => {
          queueMicrotask(onClosed);
        });
      }
      destroy(err, callback) {
        if (typeof err === 'function') {
          callback = err;
          err = null;
        }
        if (callback === void 0) return new Promise((resolve, reject) => {
          this.destroy(err, (err, data) => err ? reject(err) : resolve(data));
        });
        if (typeof callback !== 'function') throw new InvalidArgumentError('invalid callback');
        if (this[kDestroyed]) {
          if (this[kOnDestroyed]) this[kOnDestroyed].push(callback); else queueMicrotask(() => callback(null, null));
          return;
        }
        if (!err) err = new ClientDestroyedError;
        this[kDestroyed] = true;
        this[kOnDestroyed] = this[kOnDestroyed] || [];
        this[kOnDestroyed].push(callback);
        const onDestroyed = () => {
          const callbacks = this[kOnDestroyed];
          this[kOnDestroyed] = null;
          for (let i = 0; i < callbacks.length; i++) callbacks[i](null, null);
        };
        this[kDestroy](err).then(() => {
          queueMicrotask(onDestroyed);
        });
      }
      [kInterceptedDispatch](opts, handler) {
        if (!this[kInterceptors] || this[kInterceptors].length === 0) {
          this[kInterceptedDispatch] = this[kDispatch];
          return this[kDispatch](opts, handler);
        }
        let dispatch = this[kDispatch].bind(this);
        for (let i = this[kInterceptors].length - 1; i >= 0; i--) dispatch = this[kInterceptors][i](dispatch);
        this[kInterceptedDispatch] = dispatch;
        return dispatch(opts, handler);
      }
      dispatch(opts, handler) {
        if (!handler || typeof handler !== 'object') throw new InvalidArgumentError('handler must be an object');
        try {
          if (!opts || typeof opts !== 'object') throw new InvalidArgumentError('opts must be an object.');
          if (this[kDestroyed] || this[kOnDestroyed]) throw new ClientDestroyedError;
          if (this[kClosed]) throw new ClientClosedError;
          return this[kInterceptedDispatch](opts, handler);
        } catch (err) {
          if (typeof handler.onError !== 'function') throw new InvalidArgumentError('invalid onError method');
          handler.onError(err);
          return false;
        }
      }
    }
    module.exports = DispatcherBase;
  },
  992: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const EventEmitter = __webpack_require__(4434);
    class Dispatcher extends EventEmitter {
      dispatch() {
        throw new Error('not implemented');
      }
      close() {
        throw new Error('not implemented');
      }
      destroy() {
        throw new Error('not implemented');
      }
    }
    module.exports = Dispatcher;
  },
  8923: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const Busboy = __webpack_require__(9581);
    const util = __webpack_require__(3440);
    const {ReadableStreamFrom: ReadableStreamFrom, isBlobLike: isBlobLike, isReadableStreamLike: isReadableStreamLike, readableStreamClose: readableStreamClose, createDeferredPromise: createDeferredPromise, fullyReadBody: fullyReadBody} = __webpack_require__(5523);
    const {FormData: FormData} = __webpack_require__(3073);
    const {kState: kState} = __webpack_require__(9710);
    const {webidl: webidl} = __webpack_require__(4222);
    const {DOMException: DOMException, structuredClone: structuredClone} = __webpack_require__(7326);
    const {Blob: Blob, File: NativeFile} = __webpack_require__(181);
    const {kBodyUsed: kBodyUsed} = __webpack_require__(6443);
    const assert = __webpack_require__(2613);
    const {isErrored: isErrored} = __webpack_require__(3440);
    const {isUint8Array: isUint8Array, isArrayBuffer: isArrayBuffer} = __webpack_require__(8253);
    const {File: UndiciFile} = __webpack_require__(3041);
    const {parseMIMEType: parseMIMEType, serializeAMimeType: serializeAMimeType} = __webpack_require__(4322);
    let random;
    try {
      const crypto = __webpack_require__(7598);
      random = max => crypto.randomInt(0, max);
    } catch {
      random = max => Math.floor(Math.random(max));
    }
    let ReadableStream = globalThis.ReadableStream;
    const File = NativeFile ?? UndiciFile;
    const textEncoder = new TextEncoder;
    const textDecoder = new TextDecoder;
    function extractBody(object, keepalive = false) {
      if (!ReadableStream) ReadableStream = __webpack_require__(3774).ReadableStream;
      let stream = null;
      if (object instanceof ReadableStream) stream = object; else if (isBlobLike(object)) stream = object.stream(); else stream = new ReadableStream({
        async pull(controller) {
          controller.enqueue(typeof source === 'string' ? textEncoder.encode(source) : source);
          queueMicrotask(() => readableStreamClose(controller));
        },
        start() {},
        type: void 0
      });
      assert(isReadableStreamLike(stream));
      let action = null;
      let source = null;
      let length = null;
      let type = null;
      if (typeof object === 'string') {
        source = object;
        type = 'text/plain;charset=UTF-8';
      } else if (object instanceof URLSearchParams) {
        source = object.toString();
        type = 'application/x-www-form-urlencoded;charset=UTF-8';
      } else if (isArrayBuffer(object)) source = new Uint8Array(object.slice()); else if (ArrayBuffer.isView(object)) source = new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength)); else if (util.isFormDataLike(object)) {
        const boundary = `----formdata-undici-0${`${random(1e11)}`.padStart(11, '0')}`;
        const prefix = `--${boundary}\r\nContent-Disposition: form-data`
        /*! formdata-polyfill. MIT License. Jimmy Wärting <https://jimmy.warting.se/opensource> */;
        const escape = str => str.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
        const normalizeLinefeeds = value => value.replace(/\r?\n|\r/g, '\r\n');
        const blobParts = [];
        const rn = new Uint8Array([ 13, 10 ]);
        length = 0;
        let hasUnknownSizeValue = false;
        for (const [name, value] of object) if (typeof value === 'string') {
          const chunk = textEncoder.encode(prefix + `; name="${escape(normalizeLinefeeds(name))}"` + `\r\n\r\n${normalizeLinefeeds(value)}\r\n`);
          blobParts.push(chunk);
          length += chunk.byteLength;
        } else {
          const chunk = textEncoder.encode(`${prefix}; name="${escape(normalizeLinefeeds(name))}"` + (value.name ? `; filename="${escape(value.name)}"` : '') + '\r\n' + `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`);
          blobParts.push(chunk, value, rn);
          if (typeof value.size === 'number') length += chunk.byteLength + value.size + rn.byteLength; else hasUnknownSizeValue = true;
        }
        const chunk = textEncoder.encode(`--${boundary}--`);
        blobParts.push(chunk);
        length += chunk.byteLength;
        if (hasUnknownSizeValue) length = null;
        source = object;
        action = async function*() {
          for (const part of blobParts) if (part.stream) yield* part.stream(); else yield part;
        };
        type = 'multipart/form-data; boundary=' + boundary;
      } else if (isBlobLike(object)) {
        source = object;
        length = object.size;
        if (object.type) type = object.type;
      } else if (typeof object[Symbol.asyncIterator] === 'function') {
        if (keepalive) throw new TypeError('keepalive');
        if (util.isDisturbed(object) || object.locked) throw new TypeError('Response body object should not be disturbed or locked');
        stream = object instanceof ReadableStream ? object : ReadableStreamFrom(object);
      }
      if (typeof source === 'string' || util.isBuffer(source)) length = Buffer.byteLength(source);
      if (action != null) {
        let iterator;
        stream = new ReadableStream({
          async start() {
            iterator = action(object)[Symbol.asyncIterator]();
          },
          async pull(controller) {
            const {value: value, done: done} = await iterator.next();
            if (done) queueMicrotask(() => {
              controller.close();
            }); else if (!isErrored(stream)) controller.enqueue(new Uint8Array(value));
            return controller.desiredSize > 0;
          },
          async cancel(reason) {
            await iterator.return();
          },
          type: void 0
        });
      }
      const body = {
        stream: stream,
        source: source,
        length: length
      };
      return [ body, type ];
    }
    function safelyExtractBody(object, keepalive = false) {
      if (!ReadableStream) ReadableStream = __webpack_require__(3774).ReadableStream;
      if (object instanceof ReadableStream) {
        assert(!util.isDisturbed(object), 'The body has already been consumed.');
        assert(!object.locked, 'The stream is locked.');
      }
      return extractBody(object, keepalive);
    }
    function cloneBody(body) {
      const [out1, out2] = body.stream.tee();
      const out2Clone = structuredClone(out2, {
        transfer: [ out2 ]
      });
      const [, finalClone] = out2Clone.tee();
      body.stream = out1;
      return {
        stream: finalClone,
        length: body.length,
        source: body.source
      };
    }
    async function* consumeBody(body) {
      if (body) if (isUint8Array(body)) yield body; else {
        const stream = body.stream;
        if (util.isDisturbed(stream)) throw new TypeError('The body has already been consumed.');
        if (stream.locked) throw new TypeError('The stream is locked.');
        stream[kBodyUsed] = true;
        yield* stream;
      }
    }
    function throwIfAborted(state) {
      if (state.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    }
    function bodyMixinMethods(instance) {
      const methods = {
        blob() {
          return specConsumeBody(this, bytes => {
            let mimeType = bodyMimeType(this);
            if (mimeType === 'failure') mimeType = ''; else if (mimeType) mimeType = serializeAMimeType(mimeType);
            return new Blob([ bytes ], {
              type: mimeType
            });
          }, instance);
        },
        arrayBuffer() {
          return specConsumeBody(this, bytes => new Uint8Array(bytes).buffer, instance);
        },
        text() {
          return specConsumeBody(this, utf8DecodeBytes, instance);
        },
        json() {
          return specConsumeBody(this, parseJSONFromBytes, instance);
        },
        async formData() {
          webidl.brandCheck(this, instance);
          throwIfAborted(this[kState]);
          const contentType = this.headers.get('Content-Type');
          if (/multipart\/form-data/.test(contentType)) {
            const headers = {};
            for (const [key, value] of this.headers) headers[key.toLowerCase()] = value;
            const responseFormData = new FormData;
            let busboy;
            try {
              busboy = new Busboy({
                headers: headers,
                preservePath: true
              });
            } catch (err) {
              throw new DOMException(`${err}`, 'AbortError');
            }
            busboy.on('field', (name, value) => {
              responseFormData.append(name, value);
            });
            busboy.on('file', (name, value, filename, encoding, mimeType) => {
              const chunks = [];
              if (encoding === 'base64' || encoding.toLowerCase() === 'base64') {
                let base64chunk = '';
                value.on('data', chunk => {
                  base64chunk += chunk.toString().replace(/[\r\n]/gm, '');
                  const end = base64chunk.length - base64chunk.length % 4;
                  chunks.push(Buffer.from(base64chunk.slice(0, end), 'base64'));
                  base64chunk = base64chunk.slice(end);
                });
                value.on('end', () => {
                  chunks.push(Buffer.from(base64chunk, 'base64'));
                  responseFormData.append(name, new File(chunks, filename, {
                    type: mimeType
                  }));
                });
              } else {
                value.on('data', chunk => {
                  chunks.push(chunk);
                });
                value.on('end', () => {
                  responseFormData.append(name, new File(chunks, filename, {
                    type: mimeType
                  }));
                });
              }
            });
            const busboyResolve = new Promise((resolve, reject) => {
              busboy.on('finish', resolve);
              busboy.on('error', err => reject(new TypeError(err)));
            });
            if (this.body !== null) for await (const chunk of consumeBody(this[kState].body)) busboy.write(chunk);
            busboy.end();
            await busboyResolve;
            return responseFormData;
          } else if (/application\/x-www-form-urlencoded/.test(contentType)) {
            let entries;
            try {
              let text = '';
              const streamingDecoder = new TextDecoder('utf-8', {
                ignoreBOM: true
              });
              for await (const chunk of consumeBody(this[kState].body)) {
                if (!isUint8Array(chunk)) throw new TypeError('Expected Uint8Array chunk');
                text += streamingDecoder.decode(chunk, {
                  stream: true
                });
              }
              text += streamingDecoder.decode();
              entries = new URLSearchParams(text);
            } catch (err) {
              throw Object.assign(new TypeError, {
                cause: err
              });
            }
            const formData = new FormData;
            for (const [name, value] of entries) formData.append(name, value);
            return formData;
          } else {
            await Promise.resolve();
            throwIfAborted(this[kState]);
            throw webidl.errors.exception({
              header: `${instance.name}.formData`,
              message: 'Could not parse content as FormData.'
            });
          }
        }
      };
      return methods;
    }
    function mixinBody(prototype) {
      Object.assign(prototype.prototype, bodyMixinMethods(prototype));
    }
    async function specConsumeBody(object, convertBytesToJSValue, instance) {
      webidl.brandCheck(object, instance);
      throwIfAborted(object[kState]);
      if (bodyUnusable(object[kState].body)) throw new TypeError('Body is unusable');
      const promise = createDeferredPromise();
      const errorSteps = error => promise.reject(error);
      const successSteps = data => {
        try {
          promise.resolve(convertBytesToJSValue(data));
        } catch (e) {
          errorSteps(e);
        }
      };
      if (object[kState].body == null) {
        successSteps(new Uint8Array);
        return promise.promise;
      }
      await fullyReadBody(object[kState].body, successSteps, errorSteps);
      return promise.promise;
    }
    function bodyUnusable(body) {
      return body != null && (body.stream.locked || util.isDisturbed(body.stream));
    }
    function utf8DecodeBytes(buffer) {
      if (buffer.length === 0) return '';
      if (buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191) buffer = buffer.subarray(3);
      const output = textDecoder.decode(buffer);
      return output;
    }
    function parseJSONFromBytes(bytes) {
      return JSON.parse(utf8DecodeBytes(bytes));
    }
    function bodyMimeType(object) {
      const {headersList: headersList} = object[kState];
      const contentType = headersList.get('content-type');
      if (contentType === null) return 'failure';
      return parseMIMEType(contentType);
    }
    module.exports = {
      extractBody: extractBody,
      safelyExtractBody: safelyExtractBody,
      cloneBody: cloneBody,
      mixinBody: mixinBody
    };
  },
  7326: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {MessageChannel: MessageChannel, receiveMessageOnPort: receiveMessageOnPort} = __webpack_require__(8167);
    const corsSafeListedMethods = [ 'GET', 'HEAD', 'POST' ];
    const corsSafeListedMethodsSet = new Set(corsSafeListedMethods);
    const nullBodyStatus = [ 101, 204, 205, 304 ];
    const redirectStatus = [ 301, 302, 303, 307, 308 ];
    const redirectStatusSet = new Set(redirectStatus);
    const badPorts = [ '1', '7', '9', '11', '13', '15', '17', '19', '20', '21', '22', '23', '25', '37', '42', '43', '53', '69', '77', '79', '87', '95', '101', '102', '103', '104', '109', '110', '111', '113', '115', '117', '119', '123', '135', '137', '139', '143', '161', '179', '389', '427', '465', '512', '513', '514', '515', '526', '530', '531', '532', '540', '548', '554', '556', '563', '587', '601', '636', '989', '990', '993', '995', '1719', '1720', '1723', '2049', '3659', '4045', '5060', '5061', '6000', '6566', '6665', '6666', '6667', '6668', '6669', '6697', '10080' ];
    const badPortsSet = new Set(badPorts);
    const referrerPolicy = [ '', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url' ];
    const referrerPolicySet = new Set(referrerPolicy);
    const requestRedirect = [ 'follow', 'manual', 'error' ];
    const safeMethods = [ 'GET', 'HEAD', 'OPTIONS', 'TRACE' ];
    const safeMethodsSet = new Set(safeMethods);
    const requestMode = [ 'navigate', 'same-origin', 'no-cors', 'cors' ];
    const requestCredentials = [ 'omit', 'same-origin', 'include' ];
    const requestCache = [ 'default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached' ];
    const requestBodyHeader = [ 'content-encoding', 'content-language', 'content-location', 'content-type', 'content-length' ];
    const requestDuplex = [ 'half' ];
    const forbiddenMethods = [ 'CONNECT', 'TRACE', 'TRACK' ];
    const forbiddenMethodsSet = new Set(forbiddenMethods);
    const subresource = [ 'audio', 'audioworklet', 'font', 'image', 'manifest', 'paintworklet', 'script', 'style', 'track', 'video', 'xslt', '' ];
    const subresourceSet = new Set(subresource);
    const DOMException = globalThis.DOMException ?? (() => {
      try {
        atob('~');
      } catch (err) {
        return Object.getPrototypeOf(err).constructor;
      }
    })();
    let channel;
    const structuredClone = globalThis.structuredClone ?? function(value, options = void 0) {
      if (arguments.length === 0) throw new TypeError('missing argument');
      if (!channel) channel = new MessageChannel;
      channel.port1.unref();
      channel.port2.unref();
      channel.port1.postMessage(value, options?.transfer);
      return receiveMessageOnPort(channel.port2).message;
    };
    module.exports = {
      DOMException: DOMException,
      structuredClone: structuredClone,
      subresource: subresource,
      forbiddenMethods: forbiddenMethods,
      requestBodyHeader: requestBodyHeader,
      referrerPolicy: referrerPolicy,
      requestRedirect: requestRedirect,
      requestMode: requestMode,
      requestCredentials: requestCredentials,
      requestCache: requestCache,
      redirectStatus: redirectStatus,
      corsSafeListedMethods: corsSafeListedMethods,
      nullBodyStatus: nullBodyStatus,
      safeMethods: safeMethods,
      badPorts: badPorts,
      requestDuplex: requestDuplex,
      subresourceSet: subresourceSet,
      badPortsSet: badPortsSet,
      redirectStatusSet: redirectStatusSet,
      corsSafeListedMethodsSet: corsSafeListedMethodsSet,
      safeMethodsSet: safeMethodsSet,
      forbiddenMethodsSet: forbiddenMethodsSet,
      referrerPolicySet: referrerPolicySet
    };
  },
  4322: (module, __unused_webpack_exports, __webpack_require__) => {
    const assert = __webpack_require__(2613);
    const {atob: atob} = __webpack_require__(181);
    const {isomorphicDecode: isomorphicDecode} = __webpack_require__(5523);
    const encoder = new TextEncoder;
    const HTTP_TOKEN_CODEPOINTS = /^[!#$%&'*+-.^_|~A-Za-z0-9]+$/;
    const HTTP_WHITESPACE_REGEX = /(\u000A|\u000D|\u0009|\u0020)/;
    const HTTP_QUOTED_STRING_TOKENS = /[\u0009|\u0020-\u007E|\u0080-\u00FF]/;
    function dataURLProcessor(dataURL) {
      assert(dataURL.protocol === 'data:');
      let input = URLSerializer(dataURL, true);
      input = input.slice(5);
      const position = {
        position: 0
      };
      let mimeType = collectASequenceOfCodePointsFast(',', input, position);
      const mimeTypeLength = mimeType.length;
      mimeType = removeASCIIWhitespace(mimeType, true, true);
      if (position.position >= input.length) return 'failure';
      position.position++;
      const encodedBody = input.slice(mimeTypeLength + 1);
      let body = stringPercentDecode(encodedBody);
      if (/;(\u0020){0,}base64$/i.test(mimeType)) {
        const stringBody = isomorphicDecode(body);
        body = forgivingBase64(stringBody);
        if (body === 'failure') return 'failure';
        mimeType = mimeType.slice(0, -6);
        mimeType = mimeType.replace(/(\u0020)+$/, '');
        mimeType = mimeType.slice(0, -1);
      }
      if (mimeType.startsWith(';')) mimeType = 'text/plain' + mimeType;
      let mimeTypeRecord = parseMIMEType(mimeType);
      if (mimeTypeRecord === 'failure') mimeTypeRecord = parseMIMEType('text/plain;charset=US-ASCII');
      return {
        mimeType: mimeTypeRecord,
        body: body
      };
    }
    function URLSerializer(url, excludeFragment = false) {
      if (!excludeFragment) return url.href;
      const href = url.href;
      const hashLength = url.hash.length;
      return hashLength === 0 ? href : href.substring(0, href.length - hashLength);
    }
    function collectASequenceOfCodePoints(condition, input, position) {
      let result = '';
      while (position.position < input.length && condition(input[position.position])) {
        result += input[position.position];
        position.position++;
      }
      return result;
    }
    function collectASequenceOfCodePointsFast(char, input, position) {
      const idx = input.indexOf(char, position.position);
      const start = position.position;
      if (idx === -1) {
        position.position = input.length;
        return input.slice(start);
      }
      position.position = idx;
      return input.slice(start, position.position);
    }
    function stringPercentDecode(input) {
      const bytes = encoder.encode(input);
      return percentDecode(bytes);
    }
    function percentDecode(input) {
      const output = [];
      for (let i = 0; i < input.length; i++) {
        const byte = input[i];
        if (byte !== 37) output.push(byte); else if (byte === 37 && !/^[0-9A-Fa-f]{2}$/i.test(String.fromCharCode(input[i + 1], input[i + 2]))) output.push(37); else {
          const nextTwoBytes = String.fromCharCode(input[i + 1], input[i + 2]);
          const bytePoint = Number.parseInt(nextTwoBytes, 16);
          output.push(bytePoint);
          i += 2;
        }
      }
      return Uint8Array.from(output);
    }
    function parseMIMEType(input) {
      input = removeHTTPWhitespace(input, true, true);
      const position = {
        position: 0
      };
      const type = collectASequenceOfCodePointsFast('/', input, position);
      if (type.length === 0 || !HTTP_TOKEN_CODEPOINTS.test(type)) return 'failure';
      if (position.position > input.length) return 'failure';
      position.position++;
      let subtype = collectASequenceOfCodePointsFast(';', input, position);
      subtype = removeHTTPWhitespace(subtype, false, true);
      if (subtype.length === 0 || !HTTP_TOKEN_CODEPOINTS.test(subtype)) return 'failure';
      const typeLowercase = type.toLowerCase();
      const subtypeLowercase = subtype.toLowerCase();
      const mimeType = {
        type: typeLowercase,
        subtype: subtypeLowercase,
        parameters: new Map,
        essence: `${typeLowercase}/${subtypeLowercase}`
      };
      while (position.position < input.length) {
        position.position++;
        collectASequenceOfCodePoints(char => HTTP_WHITESPACE_REGEX.test(char), input, position);
        let parameterName = collectASequenceOfCodePoints(char => char !== ';' && char !== '=', input, position);
        parameterName = parameterName.toLowerCase();
        if (position.position < input.length) {
          if (input[position.position] === ';') continue;
          position.position++;
        }
        if (position.position > input.length) break;
        let parameterValue = null;
        if (input[position.position] === '"') {
          parameterValue = collectAnHTTPQuotedString(input, position, true);
          collectASequenceOfCodePointsFast(';', input, position);
        } else {
          parameterValue = collectASequenceOfCodePointsFast(';', input, position);
          parameterValue = removeHTTPWhitespace(parameterValue, false, true);
          if (parameterValue.length === 0) continue;
        }
        if (parameterName.length !== 0 && HTTP_TOKEN_CODEPOINTS.test(parameterName) && (parameterValue.length === 0 || HTTP_QUOTED_STRING_TOKENS.test(parameterValue)) && !mimeType.parameters.has(parameterName)) mimeType.parameters.set(parameterName, parameterValue);
      }
      return mimeType;
    }
    function forgivingBase64(data) {
      data = data.replace(/[\u0009\u000A\u000C\u000D\u0020]/g, '');
      if (data.length % 4 === 0) data = data.replace(/=?=$/, '');
      if (data.length % 4 === 1) return 'failure';
      if (/[^+/0-9A-Za-z]/.test(data)) return 'failure';
      const binary = atob(data);
      const bytes = new Uint8Array(binary.length);
      for (let byte = 0; byte < binary.length; byte++) bytes[byte] = binary.charCodeAt(byte);
      return bytes;
    }
    function collectAnHTTPQuotedString(input, position, extractValue) {
      const positionStart = position.position;
      let value = '';
      assert(input[position.position] === '"');
      position.position++;
      while (true) {
        value += collectASequenceOfCodePoints(char => char !== '"' && char !== '\\', input, position);
        if (position.position >= input.length) break;
        const quoteOrBackslash = input[position.position];
        position.position++;
        if (quoteOrBackslash === '\\') {
          if (position.position >= input.length) {
            value += '\\';
            break;
          }
          value += input[position.position];
          position.position++;
        } else {
          assert(quoteOrBackslash === '"');
          break;
        }
      }
      if (extractValue) return value;
      return input.slice(positionStart, position.position);
    }
    function serializeAMimeType(mimeType) {
      assert(mimeType !== 'failure');
      const {parameters: parameters, essence: essence} = mimeType;
      let serialization = essence;
      for (let [name, value] of parameters.entries()) {
        serialization += ';';
        serialization += name;
        serialization += '=';
        if (!HTTP_TOKEN_CODEPOINTS.test(value)) {
          value = value.replace(/(\\|")/g, '\\$1');
          value = '"' + value;
          value += '"';
        }
        serialization += value;
      }
      return serialization;
    }
    function isHTTPWhiteSpace(char) {
      return char === '\r' || char === '\n' || char === '\t' || char === ' ';
    }
    function removeHTTPWhitespace(str, leading = true, trailing = true) {
      let lead = 0;
      let trail = str.length - 1;
      if (leading) for (;lead < str.length && isHTTPWhiteSpace(str[lead]); lead++) ;
      if (trailing) for (;trail > 0 && isHTTPWhiteSpace(str[trail]); trail--) ;
      return str.slice(lead, trail + 1);
    }
    function isASCIIWhitespace(char) {
      return char === '\r' || char === '\n' || char === '\t' || char === '\f' || char === ' ';
    }
    function removeASCIIWhitespace(str, leading = true, trailing = true) {
      let lead = 0;
      let trail = str.length - 1;
      if (leading) for (;lead < str.length && isASCIIWhitespace(str[lead]); lead++) ;
      if (trailing) for (;trail > 0 && isASCIIWhitespace(str[trail]); trail--) ;
      return str.slice(lead, trail + 1);
    }
    module.exports = {
      dataURLProcessor: dataURLProcessor,
      URLSerializer: URLSerializer,
      collectASequenceOfCodePoints: collectASequenceOfCodePoints,
      collectASequenceOfCodePointsFast: collectASequenceOfCodePointsFast,
      stringPercentDecode: stringPercentDecode,
      parseMIMEType: parseMIMEType,
      collectAnHTTPQuotedString: collectAnHTTPQuotedString,
      serializeAMimeType: serializeAMimeType
    };
  },
  3041: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {Blob: Blob, File: NativeFile} = __webpack_require__(181);
    const {types: types} = __webpack_require__(9023);
    const {kState: kState} = __webpack_require__(9710);
    const {isBlobLike: isBlobLike} = __webpack_require__(5523);
    const {webidl: webidl} = __webpack_require__(4222);
    const {parseMIMEType: parseMIMEType, serializeAMimeType: serializeAMimeType} = __webpack_require__(4322);
    const {kEnumerableProperty: kEnumerableProperty} = __webpack_require__(3440);
    const encoder = new TextEncoder;
    class File extends Blob {
      constructor(fileBits, fileName, options = {}) {
        webidl.argumentLengthCheck(arguments, 2, {
          header: 'File constructor'
        });
        fileBits = webidl.converters['sequence<BlobPart>'](fileBits);
        fileName = webidl.converters.USVString(fileName);
        options = webidl.converters.FilePropertyBag(options);
        const n = fileName;
        let t = options.type;
        let d;
        substep: {
          if (t) {
            t = parseMIMEType(t);
            if (t === 'failure') {
              t = '';
              break substep;
            }
            t = serializeAMimeType(t).toLowerCase();
          }
          d = options.lastModified;
        }
        super(processBlobParts(fileBits, options), {
          type: t
        });
        this[kState] = {
          name: n,
          lastModified: d,
          type: t
        };
      }
      get name() {
        webidl.brandCheck(this, File);
        return this[kState].name;
      }
      get lastModified() {
        webidl.brandCheck(this, File);
        return this[kState].lastModified;
      }
      get type() {
        webidl.brandCheck(this, File);
        return this[kState].type;
      }
    }
    class FileLike {
      constructor(blobLike, fileName, options = {}) {
        const n = fileName;
        const t = options.type;
        const d = options.lastModified ?? Date.now();
        this[kState] = {
          blobLike: blobLike,
          name: n,
          type: t,
          lastModified: d
        };
      }
      stream(...args) {
        webidl.brandCheck(this, FileLike);
        return this[kState].blobLike.stream(...args);
      }
      arrayBuffer(...args) {
        webidl.brandCheck(this, FileLike);
        return this[kState].blobLike.arrayBuffer(...args);
      }
      slice(...args) {
        webidl.brandCheck(this, FileLike);
        return this[kState].blobLike.slice(...args);
      }
      text(...args) {
        webidl.brandCheck(this, FileLike);
        return this[kState].blobLike.text(...args);
      }
      get size() {
        webidl.brandCheck(this, FileLike);
        return this[kState].blobLike.size;
      }
      get type() {
        webidl.brandCheck(this, FileLike);
        return this[kState].blobLike.type;
      }
      get name() {
        webidl.brandCheck(this, FileLike);
        return this[kState].name;
      }
      get lastModified() {
        webidl.brandCheck(this, FileLike);
        return this[kState].lastModified;
      }
      get [Symbol.toStringTag]() {
        return 'File';
      }
    }
    Object.defineProperties(File.prototype, {
      [Symbol.toStringTag]: {
        value: 'File',
        configurable: true
      },
      name: kEnumerableProperty,
      lastModified: kEnumerableProperty
    });
    webidl.converters.Blob = webidl.interfaceConverter(Blob);
    webidl.converters.BlobPart = function(V, opts) {
      if (webidl.util.Type(V) === 'Object') {
        if (isBlobLike(V)) return webidl.converters.Blob(V, {
          strict: false
        });
        if (ArrayBuffer.isView(V) || types.isAnyArrayBuffer(V)) return webidl.converters.BufferSource(V, opts);
      }
      return webidl.converters.USVString(V, opts);
    };
    webidl.converters['sequence<BlobPart>'] = webidl.sequenceConverter(webidl.converters.BlobPart);
    webidl.converters.FilePropertyBag = webidl.dictionaryConverter([ {
      key: 'lastModified',
      converter: webidl.converters['long long'],
      get defaultValue() {
        return Date.now();
      }
    }, {
      key: 'type',
      converter: webidl.converters.DOMString,
      defaultValue: ''
    }, {
      key: 'endings',
      converter: value => {
        value = webidl.converters.DOMString(value);
        value = value.toLowerCase();
        if (value !== 'native') value = 'transparent';
        return value;
      },
      defaultValue: 'transparent'
    } ]);
    function processBlobParts(parts, options) {
      const bytes = [];
      for (const element of parts) if (typeof element === 'string') {
        let s = element;
        if (options.endings === 'native') s = convertLineEndingsNative(s);
        bytes.push(encoder.encode(s));
      } else if (types.isAnyArrayBuffer(element) || types.isTypedArray(element)) if (!element.buffer) bytes.push(new Uint8Array(element)); else bytes.push(new Uint8Array(element.buffer, element.byteOffset, element.byteLength)); else if (isBlobLike(element)) bytes.push(element);
      return bytes;
    }
    function convertLineEndingsNative(s) {
      let nativeLineEnding = '\n';
      if (process.platform === 'win32') nativeLineEnding = '\r\n';
      return s.replace(/\r?\n/g, nativeLineEnding);
    }
    function isFileLike(object) {
      return NativeFile && object instanceof NativeFile || object instanceof File || object && (typeof object.stream === 'function' || typeof object.arrayBuffer === 'function') && object[Symbol.toStringTag] === 'File';
    }
    module.exports = {
      File: File,
      FileLike: FileLike,
      isFileLike: isFileLike
    };
  },
  3073: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {isBlobLike: isBlobLike, toUSVString: toUSVString, makeIterator: makeIterator} = __webpack_require__(5523);
    const {kState: kState} = __webpack_require__(9710);
    const {File: UndiciFile, FileLike: FileLike, isFileLike: isFileLike} = __webpack_require__(3041);
    const {webidl: webidl} = __webpack_require__(4222);
    const {Blob: Blob, File: NativeFile} = __webpack_require__(181);
    const File = NativeFile ?? UndiciFile;
    class FormData {
      constructor(form) {
        if (form !== void 0) throw webidl.errors.conversionFailed({
          prefix: 'FormData constructor',
          argument: 'Argument 1',
          types: [ 'undefined' ]
        });
        this[kState] = [];
      }
      append(name, value, filename = void 0) {
        webidl.brandCheck(this, FormData);
        webidl.argumentLengthCheck(arguments, 2, {
          header: 'FormData.append'
        });
        if (arguments.length === 3 && !isBlobLike(value)) throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'");
        name = webidl.converters.USVString(name);
        value = isBlobLike(value) ? webidl.converters.Blob(value, {
          strict: false
        }) : webidl.converters.USVString(value);
        filename = arguments.length === 3 ? webidl.converters.USVString(filename) : void 0;
        const entry = makeEntry(name, value, filename);
        this[kState].push(entry);
      }
      delete(name) {
        webidl.brandCheck(this, FormData);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'FormData.delete'
        });
        name = webidl.converters.USVString(name);
        this[kState] = this[kState].filter(entry => entry.name !== name);
      }
      get(name) {
        webidl.brandCheck(this, FormData);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'FormData.get'
        });
        name = webidl.converters.USVString(name);
        const idx = this[kState].findIndex(entry => entry.name === name);
        if (idx === -1) return null;
        return this[kState][idx].value;
      }
      getAll(name) {
        webidl.brandCheck(this, FormData);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'FormData.getAll'
        });
        name = webidl.converters.USVString(name);
        return this[kState].filter(entry => entry.name === name).map(entry => entry.value);
      }
      has(name) {
        webidl.brandCheck(this, FormData);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'FormData.has'
        });
        name = webidl.converters.USVString(name);
        return this[kState].findIndex(entry => entry.name === name) !== -1;
      }
      set(name, value, filename = void 0) {
        webidl.brandCheck(this, FormData);
        webidl.argumentLengthCheck(arguments, 2, {
          header: 'FormData.set'
        });
        if (arguments.length === 3 && !isBlobLike(value)) throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'");
        name = webidl.converters.USVString(name);
        value = isBlobLike(value) ? webidl.converters.Blob(value, {
          strict: false
        }) : webidl.converters.USVString(value);
        filename = arguments.length === 3 ? toUSVString(filename) : void 0;
        const entry = makeEntry(name, value, filename);
        const idx = this[kState].findIndex(entry => entry.name === name);
        if (idx !== -1) this[kState] = [ ...this[kState].slice(0, idx), entry, ...this[kState].slice(idx + 1).filter(entry => entry.name !== name) ]; else this[kState].push(entry);
      }
      entries() {
        webidl.brandCheck(this, FormData);
        return makeIterator(() => this[kState].map(pair => [ pair.name, pair.value ]), 'FormData', 'key+value');
      }
      keys() {
        webidl.brandCheck(this, FormData);
        return makeIterator(() => this[kState].map(pair => [ pair.name, pair.value ]), 'FormData', 'key');
      }
      values() {
        webidl.brandCheck(this, FormData);
        return makeIterator(() => this[kState].map(pair => [ pair.name, pair.value ]), 'FormData', 'value');
      }
      forEach(callbackFn, thisArg = globalThis) {
        webidl.brandCheck(this, FormData);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'FormData.forEach'
        });
        if (typeof callbackFn !== 'function') throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
        for (const [key, value] of this) callbackFn.apply(thisArg, [ value, key, this ]);
      }
    }
    FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
    Object.defineProperties(FormData.prototype, {
      [Symbol.toStringTag]: {
        value: 'FormData',
        configurable: true
      }
    });
    function makeEntry(name, value, filename) {
      name = Buffer.from(name).toString('utf8');
      if (typeof value === 'string') value = Buffer.from(value).toString('utf8'); else {
        if (!isFileLike(value)) value = value instanceof Blob ? new File([ value ], 'blob', {
          type: value.type
        }) : new FileLike(value, 'blob', {
          type: value.type
        });
        if (filename !== void 0) {
          const options = {
            type: value.type,
            lastModified: value.lastModified
          };
          value = NativeFile && value instanceof NativeFile || value instanceof UndiciFile ? new File([ value ], filename, options) : new FileLike(value, filename, options);
        }
      }
      return {
        name: name,
        value: value
      };
    }
    module.exports = {
      FormData: FormData
    };
  },
  5628: module => {
    "use strict";
    const globalOrigin = Symbol.for('undici.globalOrigin.1');
    function getGlobalOrigin() {
      return globalThis[globalOrigin];
    }
    function setGlobalOrigin(newOrigin) {
      if (newOrigin === void 0) {
        Object.defineProperty(globalThis, globalOrigin, {
          value: void 0,
          writable: true,
          enumerable: false,
          configurable: false
        });
        return;
      }
      const parsedURL = new URL(newOrigin);
      if (parsedURL.protocol !== 'http:' && parsedURL.protocol !== 'https:') throw new TypeError(`Only http & https urls are allowed, received ${parsedURL.protocol}`);
      Object.defineProperty(globalThis, globalOrigin, {
        value: parsedURL,
        writable: true,
        enumerable: false,
        configurable: false
      });
    }
    module.exports = {
      getGlobalOrigin: getGlobalOrigin,
      setGlobalOrigin: setGlobalOrigin
    };
  },
  6349: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {kHeadersList: kHeadersList, kConstruct: kConstruct} = __webpack_require__(6443);
    const {kGuard: kGuard} = __webpack_require__(9710);
    const {kEnumerableProperty: kEnumerableProperty} = __webpack_require__(3440);
    const {makeIterator: makeIterator, isValidHeaderName: isValidHeaderName, isValidHeaderValue: isValidHeaderValue} = __webpack_require__(5523);
    const util = __webpack_require__(9023);
    const {webidl: webidl} = __webpack_require__(4222);
    const assert = __webpack_require__(2613);
    const kHeadersMap = Symbol('headers map');
    const kHeadersSortedMap = Symbol('headers map sorted');
    function isHTTPWhiteSpaceCharCode(code) {
      return code === 10 || code === 13 || code === 9 || code === 32;
    }
    function headerValueNormalize(potentialValue) {
      let i = 0;
      let j = potentialValue.length;
      while (j > i && isHTTPWhiteSpaceCharCode(potentialValue.charCodeAt(j - 1))) --j;
      while (j > i && isHTTPWhiteSpaceCharCode(potentialValue.charCodeAt(i))) ++i;
      return i === 0 && j === potentialValue.length ? potentialValue : potentialValue.substring(i, j);
    }
    function fill(headers, object) {
      if (Array.isArray(object)) for (let i = 0; i < object.length; ++i) {
        const header = object[i];
        if (header.length !== 2) throw webidl.errors.exception({
          header: 'Headers constructor',
          message: `expected name/value pair to be length 2, found ${header.length}.`
        });
        appendHeader(headers, header[0], header[1]);
      } else if (typeof object === 'object' && object !== null) {
        const keys = Object.keys(object);
        for (let i = 0; i < keys.length; ++i) appendHeader(headers, keys[i], object[keys[i]]);
      } else throw webidl.errors.conversionFailed({
        prefix: 'Headers constructor',
        argument: 'Argument 1',
        types: [ 'sequence<sequence<ByteString>>', 'record<ByteString, ByteString>' ]
      });
    }
    function appendHeader(headers, name, value) {
      value = headerValueNormalize(value);
      if (!isValidHeaderName(name)) throw webidl.errors.invalidArgument({
        prefix: 'Headers.append',
        value: name,
        type: 'header name'
      }); else if (!isValidHeaderValue(value)) throw webidl.errors.invalidArgument({
        prefix: 'Headers.append',
        value: value,
        type: 'header value'
      });
      if (headers[kGuard] === 'immutable') throw new TypeError('immutable'); else if (headers[kGuard] === 'request-no-cors') ;
      return headers[kHeadersList].append(name, value);
    }
    class HeadersList {
      cookies=null;
      constructor(init) {
        if (init instanceof HeadersList) {
          this[kHeadersMap] = new Map(init[kHeadersMap]);
          this[kHeadersSortedMap] = init[kHeadersSortedMap];
          this.cookies = init.cookies === null ? null : [ ...init.cookies ];
        } else {
          this[kHeadersMap] = new Map(init);
          this[kHeadersSortedMap] = null;
        }
      }
      contains(name) {
        name = name.toLowerCase();
        return this[kHeadersMap].has(name);
      }
      clear() {
        this[kHeadersMap].clear();
        this[kHeadersSortedMap] = null;
        this.cookies = null;
      }
      append(name, value) {
        this[kHeadersSortedMap] = null;
        const lowercaseName = name.toLowerCase();
        const exists = this[kHeadersMap].get(lowercaseName);
        if (exists) {
          const delimiter = lowercaseName === 'cookie' ? '; ' : ', ';
          this[kHeadersMap].set(lowercaseName, {
            name: exists.name,
            value: `${exists.value}${delimiter}${value}`
          });
        } else this[kHeadersMap].set(lowercaseName, {
          name: name,
          value: value
        });
        if (lowercaseName === 'set-cookie') {
          this.cookies ??= [];
          this.cookies.push(value);
        }
      }
      set(name, value) {
        this[kHeadersSortedMap] = null;
        const lowercaseName = name.toLowerCase();
        if (lowercaseName === 'set-cookie') this.cookies = [ value ];
        this[kHeadersMap].set(lowercaseName, {
          name: name,
          value: value
        });
      }
      delete(name) {
        this[kHeadersSortedMap] = null;
        name = name.toLowerCase();
        if (name === 'set-cookie') this.cookies = null;
        this[kHeadersMap].delete(name);
      }
      get(name) {
        const value = this[kHeadersMap].get(name.toLowerCase());
        return value === void 0 ? null : value.value;
      }
      * [Symbol.iterator]() {
        for (const [name, {value: value}] of this[kHeadersMap]) yield [ name, value ];
      }
      get entries() {
        const headers = {};
        if (this[kHeadersMap].size) for (const {name: name, value: value} of this[kHeadersMap].values()) headers[name] = value;
        return headers;
      }
    }
    class Headers {
      constructor(init = void 0) {
        if (init === kConstruct) return;
        this[kHeadersList] = new HeadersList;
        this[kGuard] = 'none';
        if (init !== void 0) {
          init = webidl.converters.HeadersInit(init);
          fill(this, init);
        }
      }
      append(name, value) {
        webidl.brandCheck(this, Headers);
        webidl.argumentLengthCheck(arguments, 2, {
          header: 'Headers.append'
        });
        name = webidl.converters.ByteString(name);
        value = webidl.converters.ByteString(value);
        return appendHeader(this, name, value);
      }
      delete(name) {
        webidl.brandCheck(this, Headers);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'Headers.delete'
        });
        name = webidl.converters.ByteString(name);
        if (!isValidHeaderName(name)) throw webidl.errors.invalidArgument({
          prefix: 'Headers.delete',
          value: name,
          type: 'header name'
        });
        if (this[kGuard] === 'immutable') throw new TypeError('immutable'); else if (this[kGuard] === 'request-no-cors') ;
        if (!this[kHeadersList].contains(name)) return;
        this[kHeadersList].delete(name);
      }
      get(name) {
        webidl.brandCheck(this, Headers);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'Headers.get'
        });
        name = webidl.converters.ByteString(name);
        if (!isValidHeaderName(name)) throw webidl.errors.invalidArgument({
          prefix: 'Headers.get',
          value: name,
          type: 'header name'
        });
        return this[kHeadersList].get(name);
      }
      has(name) {
        webidl.brandCheck(this, Headers);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'Headers.has'
        });
        name = webidl.converters.ByteString(name);
        if (!isValidHeaderName(name)) throw webidl.errors.invalidArgument({
          prefix: 'Headers.has',
          value: name,
          type: 'header name'
        });
        return this[kHeadersList].contains(name);
      }
      set(name, value) {
        webidl.brandCheck(this, Headers);
        webidl.argumentLengthCheck(arguments, 2, {
          header: 'Headers.set'
        });
        name = webidl.converters.ByteString(name);
        value = webidl.converters.ByteString(value);
        value = headerValueNormalize(value);
        if (!isValidHeaderName(name)) throw webidl.errors.invalidArgument({
          prefix: 'Headers.set',
          value: name,
          type: 'header name'
        }); else if (!isValidHeaderValue(value)) throw webidl.errors.invalidArgument({
          prefix: 'Headers.set',
          value: value,
          type: 'header value'
        });
        if (this[kGuard] === 'immutable') throw new TypeError('immutable'); else if (this[kGuard] === 'request-no-cors') ;
        this[kHeadersList].set(name, value);
      }
      getSetCookie() {
        webidl.brandCheck(this, Headers);
        const list = this[kHeadersList].cookies;
        if (list) return [ ...list ];
        return [];
      }
      get [kHeadersSortedMap]() {
        if (this[kHeadersList][kHeadersSortedMap]) return this[kHeadersList][kHeadersSortedMap];
        const headers = [];
        const names = [ ...this[kHeadersList] ].sort((a, b) => a[0] < b[0] ? -1 : 1);
        const cookies = this[kHeadersList].cookies;
        for (let i = 0; i < names.length; ++i) {
          const [name, value] = names[i];
          if (name === 'set-cookie') for (let j = 0; j < cookies.length; ++j) headers.push([ name, cookies[j] ]); else {
            assert(value !== null);
            headers.push([ name, value ]);
          }
        }
        this[kHeadersList][kHeadersSortedMap] = headers;
        return headers;
      }
      keys() {
        webidl.brandCheck(this, Headers);
        if (this[kGuard] === 'immutable') {
          const value = this[kHeadersSortedMap];
          return makeIterator(() => value, 'Headers', 'key');
        }
        return makeIterator(() => [ ...this[kHeadersSortedMap].values() ], 'Headers', 'key');
      }
      values() {
        webidl.brandCheck(this, Headers);
        if (this[kGuard] === 'immutable') {
          const value = this[kHeadersSortedMap];
          return makeIterator(() => value, 'Headers', 'value');
        }
        return makeIterator(() => [ ...this[kHeadersSortedMap].values() ], 'Headers', 'value');
      }
      entries() {
        webidl.brandCheck(this, Headers);
        if (this[kGuard] === 'immutable') {
          const value = this[kHeadersSortedMap];
          return makeIterator(() => value, 'Headers', 'key+value');
        }
        return makeIterator(() => [ ...this[kHeadersSortedMap].values() ], 'Headers', 'key+value');
      }
      forEach(callbackFn, thisArg = globalThis) {
        webidl.brandCheck(this, Headers);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'Headers.forEach'
        });
        if (typeof callbackFn !== 'function') throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
        for (const [key, value] of this) callbackFn.apply(thisArg, [ value, key, this ]);
      }
      [Symbol.for('nodejs.util.inspect.custom')]() {
        webidl.brandCheck(this, Headers);
        return this[kHeadersList];
      }
    }
    Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
    Object.defineProperties(Headers.prototype, {
      append: kEnumerableProperty,
      delete: kEnumerableProperty,
      get: kEnumerableProperty,
      has: kEnumerableProperty,
      set: kEnumerableProperty,
      getSetCookie: kEnumerableProperty,
      keys: kEnumerableProperty,
      values: kEnumerableProperty,
      entries: kEnumerableProperty,
      forEach: kEnumerableProperty,
      [Symbol.iterator]: {
        enumerable: false
      },
      [Symbol.toStringTag]: {
        value: 'Headers',
        configurable: true
      },
      [util.inspect.custom]: {
        enumerable: false
      }
    });
    webidl.converters.HeadersInit = function(V) {
      if (webidl.util.Type(V) === 'Object') {
        if (V[Symbol.iterator]) return webidl.converters['sequence<sequence<ByteString>>'](V);
        return webidl.converters['record<ByteString, ByteString>'](V);
      }
      throw webidl.errors.conversionFailed({
        prefix: 'Headers constructor',
        argument: 'Argument 1',
        types: [ 'sequence<sequence<ByteString>>', 'record<ByteString, ByteString>' ]
      });
    };
    module.exports = {
      fill: fill,
      Headers: Headers,
      HeadersList: HeadersList
    };
  },
  2315: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {Response: Response, makeNetworkError: makeNetworkError, makeAppropriateNetworkError: makeAppropriateNetworkError, filterResponse: filterResponse, makeResponse: makeResponse} = __webpack_require__(8676);
    const {Headers: Headers} = __webpack_require__(6349);
    const {Request: Request, makeRequest: makeRequest} = __webpack_require__(5194);
    const zlib = __webpack_require__(3106);
    const {bytesMatch: bytesMatch, makePolicyContainer: makePolicyContainer, clonePolicyContainer: clonePolicyContainer, requestBadPort: requestBadPort, TAOCheck: TAOCheck, appendRequestOriginHeader: appendRequestOriginHeader, responseLocationURL: responseLocationURL, requestCurrentURL: requestCurrentURL, setRequestReferrerPolicyOnRedirect: setRequestReferrerPolicyOnRedirect, tryUpgradeRequestToAPotentiallyTrustworthyURL: tryUpgradeRequestToAPotentiallyTrustworthyURL, createOpaqueTimingInfo: createOpaqueTimingInfo, appendFetchMetadata: appendFetchMetadata, corsCheck: corsCheck, crossOriginResourcePolicyCheck: crossOriginResourcePolicyCheck, determineRequestsReferrer: determineRequestsReferrer, coarsenedSharedCurrentTime: coarsenedSharedCurrentTime, createDeferredPromise: createDeferredPromise, isBlobLike: isBlobLike, sameOrigin: sameOrigin, isCancelled: isCancelled, isAborted: isAborted, isErrorLike: isErrorLike, fullyReadBody: fullyReadBody, readableStreamClose: readableStreamClose, isomorphicEncode: isomorphicEncode, urlIsLocal: urlIsLocal, urlIsHttpHttpsScheme: urlIsHttpHttpsScheme, urlHasHttpsScheme: urlHasHttpsScheme} = __webpack_require__(5523);
    const {kState: kState, kHeaders: kHeaders, kGuard: kGuard, kRealm: kRealm} = __webpack_require__(9710);
    const assert = __webpack_require__(2613);
    const {safelyExtractBody: safelyExtractBody} = __webpack_require__(8923);
    const {redirectStatusSet: redirectStatusSet, nullBodyStatus: nullBodyStatus, safeMethodsSet: safeMethodsSet, requestBodyHeader: requestBodyHeader, subresourceSet: subresourceSet, DOMException: DOMException} = __webpack_require__(7326);
    const {kHeadersList: kHeadersList} = __webpack_require__(6443);
    const EE = __webpack_require__(4434);
    const {Readable: Readable, pipeline: pipeline} = __webpack_require__(2203);
    const {addAbortListener: addAbortListener, isErrored: isErrored, isReadable: isReadable, nodeMajor: nodeMajor, nodeMinor: nodeMinor} = __webpack_require__(3440);
    const {dataURLProcessor: dataURLProcessor, serializeAMimeType: serializeAMimeType} = __webpack_require__(4322);
    const {TransformStream: TransformStream} = __webpack_require__(3774);
    const {getGlobalDispatcher: getGlobalDispatcher} = __webpack_require__(2581);
    const {webidl: webidl} = __webpack_require__(4222);
    const {STATUS_CODES: STATUS_CODES} = __webpack_require__(8611);
    const GET_OR_HEAD = [ 'GET', 'HEAD' ];
    let resolveObjectURL;
    let ReadableStream = globalThis.ReadableStream;
    class Fetch extends EE {
      constructor(dispatcher) {
        super();
        this.dispatcher = dispatcher;
        this.connection = null;
        this.dump = false;
        this.state = 'ongoing';
        this.setMaxListeners(21);
      }
      terminate(reason) {
        if (this.state !== 'ongoing') return;
        this.state = 'terminated';
        this.connection?.destroy(reason);
        this.emit('terminated', reason);
      }
      abort(error) {
        if (this.state !== 'ongoing') return;
        this.state = 'aborted';
        if (!error) error = new DOMException('The operation was aborted.', 'AbortError');
        this.serializedAbortReason = error;
        this.connection?.destroy(error);
        this.emit('terminated', error);
      }
    }
    function fetch(input, init = {}) {
      webidl.argumentLengthCheck(arguments, 1, {
        header: 'globalThis.fetch'
      });
      const p = createDeferredPromise();
      let requestObject;
      try {
        requestObject = new Request(input, init);
      } catch (e) {
        p.reject(e);
        return p.promise;
      }
      const request = requestObject[kState];
      if (requestObject.signal.aborted) {
        abortFetch(p, request, null, requestObject.signal.reason);
        return p.promise;
      }
      const globalObject = request.client.globalObject;
      if (globalObject?.constructor?.name === 'ServiceWorkerGlobalScope') request.serviceWorkers = 'none';
      let responseObject = null;
      const relevantRealm = null;
      let locallyAborted = false;
      let controller = null;
      addAbortListener(requestObject.signal, () => {
        locallyAborted = true;
        assert(controller != null);
        controller.abort(requestObject.signal.reason);
        abortFetch(p, request, responseObject, requestObject.signal.reason);
      });
      const handleFetchDone = response => finalizeAndReportTiming(response, 'fetch');
      const processResponse = response => {
        if (locallyAborted) return Promise.resolve();
        if (response.aborted) {
          abortFetch(p, request, responseObject, controller.serializedAbortReason);
          return Promise.resolve();
        }
        if (response.type === 'error') {
          p.reject(Object.assign(new TypeError('fetch failed'), {
            cause: response.error
          }));
          return Promise.resolve();
        }
        responseObject = new Response;
        responseObject[kState] = response;
        responseObject[kRealm] = relevantRealm;
        responseObject[kHeaders][kHeadersList] = response.headersList;
        responseObject[kHeaders][kGuard] = 'immutable';
        responseObject[kHeaders][kRealm] = relevantRealm;
        p.resolve(responseObject);
      };
      controller = fetching({
        request: request,
        processResponseEndOfBody: handleFetchDone,
        processResponse: processResponse,
        dispatcher: init.dispatcher ?? getGlobalDispatcher()
      });
      return p.promise;
    }
    function finalizeAndReportTiming(response, initiatorType = 'other') {
      if (response.type === 'error' && response.aborted) return;
      if (!response.urlList?.length) return;
      const originalURL = response.urlList[0];
      let timingInfo = response.timingInfo;
      let cacheState = response.cacheState;
      if (!urlIsHttpHttpsScheme(originalURL)) return;
      if (timingInfo === null) return;
      if (!response.timingAllowPassed) {
        timingInfo = createOpaqueTimingInfo({
          startTime: timingInfo.startTime
        });
        cacheState = '';
      }
      timingInfo.endTime = coarsenedSharedCurrentTime();
      response.timingInfo = timingInfo;
      markResourceTiming(timingInfo, originalURL, initiatorType, globalThis, cacheState);
    }
    function markResourceTiming(timingInfo, originalURL, initiatorType, globalThis, cacheState) {
      if (nodeMajor > 18 || nodeMajor === 18 && nodeMinor >= 2) performance.markResourceTiming(timingInfo, originalURL.href, initiatorType, globalThis, cacheState);
    }
    function abortFetch(p, request, responseObject, error) {
      if (!error) error = new DOMException('The operation was aborted.', 'AbortError');
      p.reject(error);
      if (request.body != null && isReadable(request.body?.stream)) request.body.stream.cancel(error).catch(err => {
        if (err.code === 'ERR_INVALID_STATE') return;
        throw err;
      });
      if (responseObject == null) return;
      const response = responseObject[kState];
      if (response.body != null && isReadable(response.body?.stream)) response.body.stream.cancel(error).catch(err => {
        if (err.code === 'ERR_INVALID_STATE') return;
        throw err;
      });
    }
    function fetching({request: request, processRequestBodyChunkLength: processRequestBodyChunkLength, processRequestEndOfBody: processRequestEndOfBody, processResponse: processResponse, processResponseEndOfBody: processResponseEndOfBody, processResponseConsumeBody: processResponseConsumeBody, useParallelQueue: useParallelQueue = false, dispatcher: dispatcher}) {
      let taskDestination = null;
      let crossOriginIsolatedCapability = false;
      if (request.client != null) {
        taskDestination = request.client.globalObject;
        crossOriginIsolatedCapability = request.client.crossOriginIsolatedCapability;
      }
      const currenTime = coarsenedSharedCurrentTime(crossOriginIsolatedCapability);
      const timingInfo = createOpaqueTimingInfo({
        startTime: currenTime
      });
      const fetchParams = {
        controller: new Fetch(dispatcher),
        request: request,
        timingInfo: timingInfo,
        processRequestBodyChunkLength: processRequestBodyChunkLength,
        processRequestEndOfBody: processRequestEndOfBody,
        processResponse: processResponse,
        processResponseConsumeBody: processResponseConsumeBody,
        processResponseEndOfBody: processResponseEndOfBody,
        taskDestination: taskDestination,
        crossOriginIsolatedCapability: crossOriginIsolatedCapability
      };
      assert(!request.body || request.body.stream);
      if (request.window === 'client') request.window = request.client?.globalObject?.constructor?.name === 'Window' ? request.client : 'no-window';
      if (request.origin === 'client') request.origin = request.client?.origin;
      if (request.policyContainer === 'client') if (request.client != null) request.policyContainer = clonePolicyContainer(request.client.policyContainer); else request.policyContainer = makePolicyContainer();
      if (!request.headersList.contains('accept')) {
        const value = '*/*';
        request.headersList.append('accept', value);
      }
      if (!request.headersList.contains('accept-language')) request.headersList.append('accept-language', '*');
      if (request.priority === null) ;
      if (subresourceSet.has(request.destination)) ;
      mainFetch(fetchParams).catch(err => {
        fetchParams.controller.terminate(err);
      });
      return fetchParams.controller;
    }
    async function mainFetch(fetchParams, recursive = false) {
      const request = fetchParams.request;
      let response = null;
      if (request.localURLsOnly && !urlIsLocal(requestCurrentURL(request))) response = makeNetworkError('local URLs only');
      tryUpgradeRequestToAPotentiallyTrustworthyURL(request);
      if (requestBadPort(request) === 'blocked') response = makeNetworkError('bad port');
      if (request.referrerPolicy === '') request.referrerPolicy = request.policyContainer.referrerPolicy;
      if (request.referrer !== 'no-referrer') request.referrer = determineRequestsReferrer(request);
      if (response === null) response = await (async () => {
        const currentURL = requestCurrentURL(request);
        if (sameOrigin(currentURL, request.url) && request.responseTainting === 'basic' || currentURL.protocol === 'data:' || request.mode === 'navigate' || request.mode === 'websocket') {
          request.responseTainting = 'basic';
          return await schemeFetch(fetchParams);
        }
        if (request.mode === 'same-origin') return makeNetworkError('request mode cannot be "same-origin"');
        if (request.mode === 'no-cors') {
          if (request.redirect !== 'follow') return makeNetworkError('redirect mode cannot be "follow" for "no-cors" request');
          request.responseTainting = 'opaque';
          return await schemeFetch(fetchParams);
        }
        if (!urlIsHttpHttpsScheme(requestCurrentURL(request))) return makeNetworkError('URL scheme must be a HTTP(S) scheme');
        request.responseTainting = 'cors';
        return await httpFetch(fetchParams);
      })();
      if (recursive) return response;
      if (response.status !== 0 && !response.internalResponse) {
        if (request.responseTainting === 'cors') ;
        if (request.responseTainting === 'basic') response = filterResponse(response, 'basic'); else if (request.responseTainting === 'cors') response = filterResponse(response, 'cors'); else if (request.responseTainting === 'opaque') response = filterResponse(response, 'opaque'); else assert(false);
      }
      let internalResponse = response.status === 0 ? response : response.internalResponse;
      if (internalResponse.urlList.length === 0) internalResponse.urlList.push(...request.urlList);
      if (!request.timingAllowFailed) response.timingAllowPassed = true;
      if (response.type === 'opaque' && internalResponse.status === 206 && internalResponse.rangeRequested && !request.headers.contains('range')) response = internalResponse = makeNetworkError();
      if (response.status !== 0 && (request.method === 'HEAD' || request.method === 'CONNECT' || nullBodyStatus.includes(internalResponse.status))) {
        internalResponse.body = null;
        fetchParams.controller.dump = true;
      }
      if (request.integrity) {
        const processBodyError = reason => fetchFinale(fetchParams, makeNetworkError(reason));
        if (request.responseTainting === 'opaque' || response.body == null) {
          processBodyError(response.error);
          return;
        }
        const processBody = bytes => {
          if (!bytesMatch(bytes, request.integrity)) {
            processBodyError('integrity mismatch');
            return;
          }
          response.body = safelyExtractBody(bytes)[0];
          fetchFinale(fetchParams, response);
        };
        await fullyReadBody(response.body, processBody, processBodyError);
      } else fetchFinale(fetchParams, response);
    }
    function schemeFetch(fetchParams) {
      if (isCancelled(fetchParams) && fetchParams.request.redirectCount === 0) return Promise.resolve(makeAppropriateNetworkError(fetchParams));
      const {request: request} = fetchParams;
      const {protocol: scheme} = requestCurrentURL(request);
      switch (scheme) {
       case 'about:':
        return Promise.resolve(makeNetworkError('about scheme is not supported'));

       case 'blob:':
        {
          if (!resolveObjectURL) resolveObjectURL = __webpack_require__(181).resolveObjectURL;
          const blobURLEntry = requestCurrentURL(request);
          if (blobURLEntry.search.length !== 0) return Promise.resolve(makeNetworkError('NetworkError when attempting to fetch resource.'));
          const blobURLEntryObject = resolveObjectURL(blobURLEntry.toString());
          if (request.method !== 'GET' || !isBlobLike(blobURLEntryObject)) return Promise.resolve(makeNetworkError('invalid method'));
          const bodyWithType = safelyExtractBody(blobURLEntryObject);
          const body = bodyWithType[0];
          const length = isomorphicEncode(`${body.length}`);
          const type = bodyWithType[1] ?? '';
          const response = makeResponse({
            statusText: 'OK',
            headersList: [ [ 'content-length', {
              name: 'Content-Length',
              value: length
            } ], [ 'content-type', {
              name: 'Content-Type',
              value: type
            } ] ]
          });
          response.body = body;
          return Promise.resolve(response);
        }

       case 'data:':
        {
          const currentURL = requestCurrentURL(request);
          const dataURLStruct = dataURLProcessor(currentURL);
          if (dataURLStruct === 'failure') return Promise.resolve(makeNetworkError('failed to fetch the data URL'));
          const mimeType = serializeAMimeType(dataURLStruct.mimeType);
          return Promise.resolve(makeResponse({
            statusText: 'OK',
            headersList: [ [ 'content-type', {
              name: 'Content-Type',
              value: mimeType
            } ] ],
            body: safelyExtractBody(dataURLStruct.body)[0]
          }));
        }

       case 'file:':
        return Promise.resolve(makeNetworkError('not implemented... yet...'));

       case 'http:':
       case 'https:':
        return httpFetch(fetchParams).catch(err => makeNetworkError(err));

       default:
        return Promise.resolve(makeNetworkError('unknown scheme'));
      }
    }
    function finalizeResponse(fetchParams, response) {
      fetchParams.request.done = true;
      if (fetchParams.processResponseDone != null) queueMicrotask(() => fetchParams.processResponseDone(response));
    }
    function fetchFinale(fetchParams, response) {
      if (response.type === 'error') {
        response.urlList = [ fetchParams.request.urlList[0] ];
        response.timingInfo = createOpaqueTimingInfo({
          startTime: fetchParams.timingInfo.startTime
        });
      }
      const processResponseEndOfBody = () => {
        fetchParams.request.done = true;
        if (fetchParams.processResponseEndOfBody != null) queueMicrotask(() => fetchParams.processResponseEndOfBody(response));
      };
      if (fetchParams.processResponse != null) queueMicrotask(() => fetchParams.processResponse(response));
      if (response.body == null) processResponseEndOfBody(); else {
        const identityTransformAlgorithm = (chunk, controller) => {
          controller.enqueue(chunk);
        };
        const transformStream = new TransformStream({
          start() {},
          transform: identityTransformAlgorithm,
          flush: processResponseEndOfBody
        }, {
          size() {
            return 1;
          }
        }, {
          size() {
            return 1;
          }
        });
        response.body = {
          stream: response.body.stream.pipeThrough(transformStream)
        };
      }
      if (fetchParams.processResponseConsumeBody != null) {
        const processBody = nullOrBytes => fetchParams.processResponseConsumeBody(response, nullOrBytes);
        const processBodyError = failure => fetchParams.processResponseConsumeBody(response, failure);
        if (response.body == null) queueMicrotask(() => processBody(null)); else return fullyReadBody(response.body, processBody, processBodyError);
        return Promise.resolve();
      }
    }
    async function httpFetch(fetchParams) {
      const request = fetchParams.request;
      let response = null;
      let actualResponse = null;
      const timingInfo = fetchParams.timingInfo;
      if (request.serviceWorkers === 'all') ;
      if (response === null) {
        if (request.redirect === 'follow') request.serviceWorkers = 'none';
        actualResponse = response = await httpNetworkOrCacheFetch(fetchParams);
        if (request.responseTainting === 'cors' && corsCheck(request, response) === 'failure') return makeNetworkError('cors failure');
        if (TAOCheck(request, response) === 'failure') request.timingAllowFailed = true;
      }
      if ((request.responseTainting === 'opaque' || response.type === 'opaque') && crossOriginResourcePolicyCheck(request.origin, request.client, request.destination, actualResponse) === 'blocked') return makeNetworkError('blocked');
      if (redirectStatusSet.has(actualResponse.status)) {
        if (request.redirect !== 'manual') fetchParams.controller.connection.destroy();
        if (request.redirect === 'error') response = makeNetworkError('unexpected redirect'); else if (request.redirect === 'manual') response = actualResponse; else if (request.redirect === 'follow') response = await httpRedirectFetch(fetchParams, response); else assert(false);
      }
      response.timingInfo = timingInfo;
      return response;
    }
    function httpRedirectFetch(fetchParams, response) {
      const request = fetchParams.request;
      const actualResponse = response.internalResponse ? response.internalResponse : response;
      let locationURL;
      try {
        locationURL = responseLocationURL(actualResponse, requestCurrentURL(request).hash);
        if (locationURL == null) return response;
      } catch (err) {
        return Promise.resolve(makeNetworkError(err));
      }
      if (!urlIsHttpHttpsScheme(locationURL)) return Promise.resolve(makeNetworkError('URL scheme must be a HTTP(S) scheme'));
      if (request.redirectCount === 20) return Promise.resolve(makeNetworkError('redirect count exceeded'));
      request.redirectCount += 1;
      if (request.mode === 'cors' && (locationURL.username || locationURL.password) && !sameOrigin(request, locationURL)) return Promise.resolve(makeNetworkError('cross origin not allowed for request mode "cors"'));
      if (request.responseTainting === 'cors' && (locationURL.username || locationURL.password)) return Promise.resolve(makeNetworkError('URL cannot contain credentials for request mode "cors"'));
      if (actualResponse.status !== 303 && request.body != null && request.body.source == null) return Promise.resolve(makeNetworkError());
      if ([ 301, 302 ].includes(actualResponse.status) && request.method === 'POST' || actualResponse.status === 303 && !GET_OR_HEAD.includes(request.method)) {
        request.method = 'GET';
        request.body = null;
        for (const headerName of requestBodyHeader) request.headersList.delete(headerName);
      }
      if (!sameOrigin(requestCurrentURL(request), locationURL)) {
        request.headersList.delete('authorization');
        request.headersList.delete('proxy-authorization', true);
        request.headersList.delete('cookie');
        request.headersList.delete('host');
      }
      if (request.body != null) {
        assert(request.body.source != null);
        request.body = safelyExtractBody(request.body.source)[0];
      }
      const timingInfo = fetchParams.timingInfo;
      timingInfo.redirectEndTime = timingInfo.postRedirectStartTime = coarsenedSharedCurrentTime(fetchParams.crossOriginIsolatedCapability);
      if (timingInfo.redirectStartTime === 0) timingInfo.redirectStartTime = timingInfo.startTime;
      request.urlList.push(locationURL);
      setRequestReferrerPolicyOnRedirect(request, actualResponse);
      return mainFetch(fetchParams, true);
    }
    async function httpNetworkOrCacheFetch(fetchParams, isAuthenticationFetch = false, isNewConnectionFetch = false) {
      const request = fetchParams.request;
      let httpFetchParams = null;
      let httpRequest = null;
      let response = null;
      const httpCache = null;
      const revalidatingFlag = false;
      if (request.window === 'no-window' && request.redirect === 'error') {
        httpFetchParams = fetchParams;
        httpRequest = request;
      } else {
        httpRequest = makeRequest(request);
        httpFetchParams = {
          ...fetchParams
        };
        httpFetchParams.request = httpRequest;
      }
      const includeCredentials = request.credentials === 'include' || request.credentials === 'same-origin' && request.responseTainting === 'basic';
      const contentLength = httpRequest.body ? httpRequest.body.length : null;
      let contentLengthHeaderValue = null;
      if (httpRequest.body == null && [ 'POST', 'PUT' ].includes(httpRequest.method)) contentLengthHeaderValue = '0';
      if (contentLength != null) contentLengthHeaderValue = isomorphicEncode(`${contentLength}`);
      if (contentLengthHeaderValue != null) httpRequest.headersList.append('content-length', contentLengthHeaderValue);
      if (contentLength != null && httpRequest.keepalive) ;
      if (httpRequest.referrer instanceof URL) httpRequest.headersList.append('referer', isomorphicEncode(httpRequest.referrer.href));
      appendRequestOriginHeader(httpRequest);
      appendFetchMetadata(httpRequest);
      if (!httpRequest.headersList.contains('user-agent')) httpRequest.headersList.append('user-agent', typeof esbuildDetection === 'undefined' ? 'undici' : 'node');
      if (httpRequest.cache === 'default' && (httpRequest.headersList.contains('if-modified-since') || httpRequest.headersList.contains('if-none-match') || httpRequest.headersList.contains('if-unmodified-since') || httpRequest.headersList.contains('if-match') || httpRequest.headersList.contains('if-range'))) httpRequest.cache = 'no-store';
      if (httpRequest.cache === 'no-cache' && !httpRequest.preventNoCacheCacheControlHeaderModification && !httpRequest.headersList.contains('cache-control')) httpRequest.headersList.append('cache-control', 'max-age=0');
      if (httpRequest.cache === 'no-store' || httpRequest.cache === 'reload') {
        if (!httpRequest.headersList.contains('pragma')) httpRequest.headersList.append('pragma', 'no-cache');
        if (!httpRequest.headersList.contains('cache-control')) httpRequest.headersList.append('cache-control', 'no-cache');
      }
      if (httpRequest.headersList.contains('range')) httpRequest.headersList.append('accept-encoding', 'identity');
      if (!httpRequest.headersList.contains('accept-encoding')) if (urlHasHttpsScheme(requestCurrentURL(httpRequest))) httpRequest.headersList.append('accept-encoding', 'br, gzip, deflate'); else httpRequest.headersList.append('accept-encoding', 'gzip, deflate');
      httpRequest.headersList.delete('host');
      if (includeCredentials) ;
      if (httpCache == null) httpRequest.cache = 'no-store';
      if (httpRequest.mode !== 'no-store' && httpRequest.mode !== 'reload') ;
      if (response == null) {
        if (httpRequest.mode === 'only-if-cached') return makeNetworkError('only if cached');
        const forwardResponse = await httpNetworkFetch(httpFetchParams, includeCredentials, isNewConnectionFetch);
        if (!safeMethodsSet.has(httpRequest.method) && forwardResponse.status >= 200 && forwardResponse.status <= 399) ;
        if (revalidatingFlag && forwardResponse.status === 304) ;
        if (response == null) response = forwardResponse;
      }
      response.urlList = [ ...httpRequest.urlList ];
      if (httpRequest.headersList.contains('range')) response.rangeRequested = true;
      response.requestIncludesCredentials = includeCredentials;
      if (response.status === 407) {
        if (request.window === 'no-window') return makeNetworkError();
        if (isCancelled(fetchParams)) return makeAppropriateNetworkError(fetchParams);
        return makeNetworkError('proxy authentication required');
      }
      if (response.status === 421 && !isNewConnectionFetch && (request.body == null || request.body.source != null)) {
        if (isCancelled(fetchParams)) return makeAppropriateNetworkError(fetchParams);
        fetchParams.controller.connection.destroy();
        response = await httpNetworkOrCacheFetch(fetchParams, isAuthenticationFetch, true);
      }
      if (isAuthenticationFetch) ;
      return response;
    }
    async function httpNetworkFetch(fetchParams, includeCredentials = false, forceNewConnection = false) {
      assert(!fetchParams.controller.connection || fetchParams.controller.connection.destroyed);
      fetchParams.controller.connection = {
        abort: null,
        destroyed: false,
        destroy(err) {
          if (!this.destroyed) {
            this.destroyed = true;
            this.abort?.(err ?? new DOMException('The operation was aborted.', 'AbortError'));
          }
        }
      };
      const request = fetchParams.request;
      let response = null;
      const timingInfo = fetchParams.timingInfo;
      const httpCache = null;
      if (httpCache == null) request.cache = 'no-store';
      if (request.mode === 'websocket') ;
      let requestBody = null;
      if (request.body == null && fetchParams.processRequestEndOfBody) queueMicrotask(() => fetchParams.processRequestEndOfBody()); else if (request.body != null) {
        const processBodyChunk = async function*(bytes) {
          if (isCancelled(fetchParams)) return;
          yield bytes;
          fetchParams.processRequestBodyChunkLength?.(bytes.byteLength);
        };
        const processEndOfBody = () => {
          if (isCancelled(fetchParams)) return;
          if (fetchParams.processRequestEndOfBody) fetchParams.processRequestEndOfBody();
        };
        const processBodyError = e => {
          if (isCancelled(fetchParams)) return;
          if (e.name === 'AbortError') fetchParams.controller.abort(); else fetchParams.controller.terminate(e);
        };
        requestBody = async function*() {
          try {
            for await (const bytes of request.body.stream) yield* processBodyChunk(bytes);
            processEndOfBody();
          } catch (err) {
            processBodyError(err);
          }
        }();
      }
      try {
        const {body: body, status: status, statusText: statusText, headersList: headersList, socket: socket} = await dispatch({
          body: requestBody
        });
        if (socket) response = makeResponse({
          status: status,
          statusText: statusText,
          headersList: headersList,
          socket: socket
        }); else {
          const iterator = body[Symbol.asyncIterator]();
          fetchParams.controller.next = () => iterator.next();
          response = makeResponse({
            status: status,
            statusText: statusText,
            headersList: headersList
          });
        }
      } catch (err) {
        if (err.name === 'AbortError') {
          fetchParams.controller.connection.destroy();
          return makeAppropriateNetworkError(fetchParams, err);
        }
        return makeNetworkError(err);
      }
      const pullAlgorithm = () => {
        fetchParams.controller.resume();
      };
      const cancelAlgorithm = reason => {
        fetchParams.controller.abort(reason);
      };
      if (!ReadableStream) ReadableStream = __webpack_require__(3774).ReadableStream;
      const stream = new ReadableStream({
        async start(controller) {
          fetchParams.controller.controller = controller;
        },
        async pull(controller) {
          await pullAlgorithm(controller);
        },
        async cancel(reason) {
          await cancelAlgorithm(reason);
        }
      }, {
        highWaterMark: 0,
        size() {
          return 1;
        }
      });
      response.body = {
        stream: stream
      };
      fetchParams.controller.on('terminated', onAborted);
      fetchParams.controller.resume = async () => {
        while (true) {
          let bytes;
          let isFailure;
          try {
            const {done: done, value: value} = await fetchParams.controller.next();
            if (isAborted(fetchParams)) break;
            bytes = done ? void 0 : value;
          } catch (err) {
            if (fetchParams.controller.ended && !timingInfo.encodedBodySize) bytes = void 0; else {
              bytes = err;
              isFailure = true;
            }
          }
          if (bytes === void 0) {
            readableStreamClose(fetchParams.controller.controller);
            finalizeResponse(fetchParams, response);
            return;
          }
          timingInfo.decodedBodySize += bytes?.byteLength ?? 0;
          if (isFailure) {
            fetchParams.controller.terminate(bytes);
            return;
          }
          fetchParams.controller.controller.enqueue(new Uint8Array(bytes));
          if (isErrored(stream)) {
            fetchParams.controller.terminate();
            return;
          }
          if (!fetchParams.controller.controller.desiredSize) return;
        }
      };
      function onAborted(reason) {
        if (isAborted(fetchParams)) {
          response.aborted = true;
          if (isReadable(stream)) fetchParams.controller.controller.error(fetchParams.controller.serializedAbortReason);
        } else if (isReadable(stream)) fetchParams.controller.controller.error(new TypeError('terminated', {
          cause: isErrorLike(reason) ? reason : void 0
        }));
        fetchParams.controller.connection.destroy();
      }
      return response;
      async function dispatch({body: body}) {
        const url = requestCurrentURL(request);
        const agent = fetchParams.controller.dispatcher;
        return new Promise((resolve, reject) => agent.dispatch({
          path: url.pathname + url.search,
          origin: url.origin,
          method: request.method,
          body: fetchParams.controller.dispatcher.isMockActive ? request.body && (request.body.source || request.body.stream) : body,
          headers: request.headersList.entries,
          maxRedirections: 0,
          upgrade: request.mode === 'websocket' ? 'websocket' : void 0
        }, {
          body: null,
          abort: null,
          onConnect(abort) {
            const {connection: connection} = fetchParams.controller;
            if (connection.destroyed) abort(new DOMException('The operation was aborted.', 'AbortError')); else {
              fetchParams.controller.on('terminated', abort);
              this.abort = connection.abort = abort;
            }
          },
          onHeaders(status, headersList, resume, statusText) {
            if (status < 200) return;
            let codings = [];
            let location = '';
            const headers = new Headers;
            if (Array.isArray(headersList)) for (let n = 0; n < headersList.length; n += 2) {
              const key = headersList[n + 0].toString('latin1');
              const val = headersList[n + 1].toString('latin1');
              if (key.toLowerCase() === 'content-encoding') codings = val.toLowerCase().split(',').map(x => x.trim()); else if (key.toLowerCase() === 'location') location = val;
              headers[kHeadersList].append(key, val);
            } else {
              const keys = Object.keys(headersList);
              for (const key of keys) {
                const val = headersList[key];
                if (key.toLowerCase() === 'content-encoding') codings = val.toLowerCase().split(',').map(x => x.trim()).reverse(); else if (key.toLowerCase() === 'location') location = val;
                headers[kHeadersList].append(key, val);
              }
            }
            this.body = new Readable({
              read: resume
            });
            const decoders = [];
            const willFollow = request.redirect === 'follow' && location && redirectStatusSet.has(status);
            if (request.method !== 'HEAD' && request.method !== 'CONNECT' && !nullBodyStatus.includes(status) && !willFollow) for (const coding of codings) if (coding === 'x-gzip' || coding === 'gzip') decoders.push(zlib.createGunzip({
              flush: zlib.constants.Z_SYNC_FLUSH,
              finishFlush: zlib.constants.Z_SYNC_FLUSH
            })); else if (coding === 'deflate') decoders.push(zlib.createInflate()); else if (coding === 'br') decoders.push(zlib.createBrotliDecompress()); else {
              decoders.length = 0;
              break;
            }
            resolve({
              status: status,
              statusText: statusText,
              headersList: headers[kHeadersList],
              body: decoders.length ? pipeline(this.body, ...decoders, () => {}) : this.body.on('error', () => {})
            });
            return true;
          },
          onData(chunk) {
            if (fetchParams.controller.dump) return;
            const bytes = chunk;
            timingInfo.encodedBodySize += bytes.byteLength;
            return this.body.push(bytes);
          },
          onComplete() {
            if (this.abort) fetchParams.controller.off('terminated', this.abort);
            fetchParams.controller.ended = true;
            this.body.push(null);
          },
          onError(error) {
            if (this.abort) fetchParams.controller.off('terminated', this.abort);
            this.body?.destroy(error);
            fetchParams.controller.terminate(error);
            reject(error);
          },
          onUpgrade(status, headersList, socket) {
            if (status !== 101) return;
            const headers = new Headers;
            for (let n = 0; n < headersList.length; n += 2) {
              const key = headersList[n + 0].toString('latin1');
              const val = headersList[n + 1].toString('latin1');
              headers[kHeadersList].append(key, val);
            }
            resolve({
              status: status,
              statusText: STATUS_CODES[status],
              headersList: headers[kHeadersList],
              socket: socket
            });
            return true;
          }
        }));
      }
    }
    module.exports = {
      fetch: fetch,
      Fetch: Fetch,
      fetching: fetching,
      finalizeAndReportTiming: finalizeAndReportTiming
    };
  },
  5194: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {extractBody: extractBody, mixinBody: mixinBody, cloneBody: cloneBody} = __webpack_require__(8923);
    const {Headers: Headers, fill: fillHeaders, HeadersList: HeadersList} = __webpack_require__(6349);
    const {FinalizationRegistry: FinalizationRegistry} = __webpack_require__(3194)();
    const util = __webpack_require__(3440);
    const {isValidHTTPToken: isValidHTTPToken, sameOrigin: sameOrigin, normalizeMethod: normalizeMethod, makePolicyContainer: makePolicyContainer, normalizeMethodRecord: normalizeMethodRecord} = __webpack_require__(5523);
    const {forbiddenMethodsSet: forbiddenMethodsSet, corsSafeListedMethodsSet: corsSafeListedMethodsSet, referrerPolicy: referrerPolicy, requestRedirect: requestRedirect, requestMode: requestMode, requestCredentials: requestCredentials, requestCache: requestCache, requestDuplex: requestDuplex} = __webpack_require__(7326);
    const {kEnumerableProperty: kEnumerableProperty} = util;
    const {kHeaders: kHeaders, kSignal: kSignal, kState: kState, kGuard: kGuard, kRealm: kRealm} = __webpack_require__(9710);
    const {webidl: webidl} = __webpack_require__(4222);
    const {getGlobalOrigin: getGlobalOrigin} = __webpack_require__(5628);
    const {URLSerializer: URLSerializer} = __webpack_require__(4322);
    const {kHeadersList: kHeadersList, kConstruct: kConstruct} = __webpack_require__(6443);
    const assert = __webpack_require__(2613);
    const {getMaxListeners: getMaxListeners, setMaxListeners: setMaxListeners, getEventListeners: getEventListeners, defaultMaxListeners: defaultMaxListeners} = __webpack_require__(4434);
    let TransformStream = globalThis.TransformStream;
    const kAbortController = Symbol('abortController');
    const requestFinalizer = new FinalizationRegistry(({signal: signal, abort: abort}) => {
      signal.removeEventListener('abort', abort);
    });
    class Request {
      constructor(input, init = {}) {
        if (input === kConstruct) return;
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'Request constructor'
        });
        input = webidl.converters.RequestInfo(input);
        init = webidl.converters.RequestInit(init);
        this[kRealm] = {
          settingsObject: {
            baseUrl: getGlobalOrigin(),
            get origin() {
              return this.baseUrl?.origin;
            },
            policyContainer: makePolicyContainer()
          }
        };
        let request = null;
        let fallbackMode = null;
        const baseUrl = this[kRealm].settingsObject.baseUrl;
        let signal = null;
        if (typeof input === 'string') {
          let parsedURL;
          try {
            parsedURL = new URL(input, baseUrl);
          } catch (err) {
            throw new TypeError('Failed to parse URL from ' + input, {
              cause: err
            });
          }
          if (parsedURL.username || parsedURL.password) throw new TypeError('Request cannot be constructed from a URL that includes credentials: ' + input);
          request = makeRequest({
            urlList: [ parsedURL ]
          });
          fallbackMode = 'cors';
        } else {
          assert(input instanceof Request);
          request = input[kState];
          signal = input[kSignal];
        }
        const origin = this[kRealm].settingsObject.origin;
        let window = 'client';
        if (request.window?.constructor?.name === 'EnvironmentSettingsObject' && sameOrigin(request.window, origin)) window = request.window;
        if (init.window != null) throw new TypeError(`'window' option '${window}' must be null`);
        if ('window' in init) window = 'no-window';
        request = makeRequest({
          method: request.method,
          headersList: request.headersList,
          unsafeRequest: request.unsafeRequest,
          client: this[kRealm].settingsObject,
          window: window,
          priority: request.priority,
          origin: request.origin,
          referrer: request.referrer,
          referrerPolicy: request.referrerPolicy,
          mode: request.mode,
          credentials: request.credentials,
          cache: request.cache,
          redirect: request.redirect,
          integrity: request.integrity,
          keepalive: request.keepalive,
          reloadNavigation: request.reloadNavigation,
          historyNavigation: request.historyNavigation,
          urlList: [ ...request.urlList ]
        });
        const initHasKey = Object.keys(init).length !== 0;
        if (initHasKey) {
          if (request.mode === 'navigate') request.mode = 'same-origin';
          request.reloadNavigation = false;
          request.historyNavigation = false;
          request.origin = 'client';
          request.referrer = 'client';
          request.referrerPolicy = '';
          request.url = request.urlList[request.urlList.length - 1];
          request.urlList = [ request.url ];
        }
        if (init.referrer !== void 0) {
          const referrer = init.referrer;
          if (referrer === '') request.referrer = 'no-referrer'; else {
            let parsedReferrer;
            try {
              parsedReferrer = new URL(referrer, baseUrl);
            } catch (err) {
              throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, {
                cause: err
              });
            }
            if (parsedReferrer.protocol === 'about:' && parsedReferrer.hostname === 'client' || origin && !sameOrigin(parsedReferrer, this[kRealm].settingsObject.baseUrl)) request.referrer = 'client'; else request.referrer = parsedReferrer;
          }
        }
        if (init.referrerPolicy !== void 0) request.referrerPolicy = init.referrerPolicy;
        let mode;
        if (init.mode !== void 0) mode = init.mode; else mode = fallbackMode;
        if (mode === 'navigate') throw webidl.errors.exception({
          header: 'Request constructor',
          message: 'invalid request mode navigate.'
        });
        if (mode != null) request.mode = mode;
        if (init.credentials !== void 0) request.credentials = init.credentials;
        if (init.cache !== void 0) request.cache = init.cache;
        if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
        if (init.redirect !== void 0) request.redirect = init.redirect;
        if (init.integrity != null) request.integrity = String(init.integrity);
        if (init.keepalive !== void 0) request.keepalive = Boolean(init.keepalive);
        if (init.method !== void 0) {
          let method = init.method;
          if (!isValidHTTPToken(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
          if (forbiddenMethodsSet.has(method.toUpperCase())) throw new TypeError(`'${method}' HTTP method is unsupported.`);
          method = normalizeMethodRecord[method] ?? normalizeMethod(method);
          request.method = method;
        }
        if (init.signal !== void 0) signal = init.signal;
        this[kState] = request;
        const ac = new AbortController;
        this[kSignal] = ac.signal;
        this[kSignal][kRealm] = this[kRealm];
        if (signal != null) {
          if (!signal || typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function') throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
          if (signal.aborted) ac.abort(signal.reason); else {
            this[kAbortController] = ac;
            const acRef = new WeakRef(ac);
            const abort = function() {
              const ac = acRef.deref();
              if (ac !== void 0) ac.abort(this.reason);
            };
            try {
              if (typeof getMaxListeners === 'function' && getMaxListeners(signal) === defaultMaxListeners) setMaxListeners(100, signal); else if (getEventListeners(signal, 'abort').length >= defaultMaxListeners) setMaxListeners(100, signal);
            } catch {}
            util.addAbortListener(signal, abort);
            requestFinalizer.register(ac, {
              signal: signal,
              abort: abort
            });
          }
        }
        this[kHeaders] = new Headers(kConstruct);
        this[kHeaders][kHeadersList] = request.headersList;
        this[kHeaders][kGuard] = 'request';
        this[kHeaders][kRealm] = this[kRealm];
        if (mode === 'no-cors') {
          if (!corsSafeListedMethodsSet.has(request.method)) throw new TypeError(`'${request.method} is unsupported in no-cors mode.`);
          this[kHeaders][kGuard] = 'request-no-cors';
        }
        if (initHasKey) {
          const headersList = this[kHeaders][kHeadersList];
          const headers = init.headers !== void 0 ? init.headers : new HeadersList(headersList);
          headersList.clear();
          if (headers instanceof HeadersList) {
            for (const [key, val] of headers) headersList.append(key, val);
            headersList.cookies = headers.cookies;
          } else fillHeaders(this[kHeaders], headers);
        }
        const inputBody = input instanceof Request ? input[kState].body : null;
        if ((init.body != null || inputBody != null) && (request.method === 'GET' || request.method === 'HEAD')) throw new TypeError('Request with GET/HEAD method cannot have body.');
        let initBody = null;
        if (init.body != null) {
          const [extractedBody, contentType] = extractBody(init.body, request.keepalive);
          initBody = extractedBody;
          if (contentType && !this[kHeaders][kHeadersList].contains('content-type')) this[kHeaders].append('content-type', contentType);
        }
        const inputOrInitBody = initBody ?? inputBody;
        if (inputOrInitBody != null && inputOrInitBody.source == null) {
          if (initBody != null && init.duplex == null) throw new TypeError('RequestInit: duplex option is required when sending a body.');
          if (request.mode !== 'same-origin' && request.mode !== 'cors') throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"');
          request.useCORSPreflightFlag = true;
        }
        let finalBody = inputOrInitBody;
        if (initBody == null && inputBody != null) {
          if (util.isDisturbed(inputBody.stream) || inputBody.stream.locked) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
          if (!TransformStream) TransformStream = __webpack_require__(3774).TransformStream;
          const identityTransform = new TransformStream;
          inputBody.stream.pipeThrough(identityTransform);
          finalBody = {
            source: inputBody.source,
            length: inputBody.length,
            stream: identityTransform.readable
          };
        }
        this[kState].body = finalBody;
      }
      get method() {
        webidl.brandCheck(this, Request);
        return this[kState].method;
      }
      get url() {
        webidl.brandCheck(this, Request);
        return URLSerializer(this[kState].url);
      }
      get headers() {
        webidl.brandCheck(this, Request);
        return this[kHeaders];
      }
      get destination() {
        webidl.brandCheck(this, Request);
        return this[kState].destination;
      }
      get referrer() {
        webidl.brandCheck(this, Request);
        if (this[kState].referrer === 'no-referrer') return '';
        if (this[kState].referrer === 'client') return 'about:client';
        return this[kState].referrer.toString();
      }
      get referrerPolicy() {
        webidl.brandCheck(this, Request);
        return this[kState].referrerPolicy;
      }
      get mode() {
        webidl.brandCheck(this, Request);
        return this[kState].mode;
      }
      get credentials() {
        return this[kState].credentials;
      }
      get cache() {
        webidl.brandCheck(this, Request);
        return this[kState].cache;
      }
      get redirect() {
        webidl.brandCheck(this, Request);
        return this[kState].redirect;
      }
      get integrity() {
        webidl.brandCheck(this, Request);
        return this[kState].integrity;
      }
      get keepalive() {
        webidl.brandCheck(this, Request);
        return this[kState].keepalive;
      }
      get isReloadNavigation() {
        webidl.brandCheck(this, Request);
        return this[kState].reloadNavigation;
      }
      get isHistoryNavigation() {
        webidl.brandCheck(this, Request);
        return this[kState].historyNavigation;
      }
      get signal() {
        webidl.brandCheck(this, Request);
        return this[kSignal];
      }
      get body() {
        webidl.brandCheck(this, Request);
        return this[kState].body ? this[kState].body.stream : null;
      }
      get bodyUsed() {
        webidl.brandCheck(this, Request);
        return !!this[kState].body && util.isDisturbed(this[kState].body.stream);
      }
      get duplex() {
        webidl.brandCheck(this, Request);
        return 'half';
      }
      clone() {
        webidl.brandCheck(this, Request);
        if (this.bodyUsed || this.body?.locked) throw new TypeError('unusable');
        const clonedRequest = cloneRequest(this[kState]);
        const clonedRequestObject = new Request(kConstruct);
        clonedRequestObject[kState] = clonedRequest;
        clonedRequestObject[kRealm] = this[kRealm];
        clonedRequestObject[kHeaders] = new Headers(kConstruct);
        clonedRequestObject[kHeaders][kHeadersList] = clonedRequest.headersList;
        clonedRequestObject[kHeaders][kGuard] = this[kHeaders][kGuard];
        clonedRequestObject[kHeaders][kRealm] = this[kHeaders][kRealm];
        const ac = new AbortController;
        if (this.signal.aborted) ac.abort(this.signal.reason); else util.addAbortListener(this.signal, () => {
          ac.abort(this.signal.reason);
        });
        clonedRequestObject[kSignal] = ac.signal;
        return clonedRequestObject;
      }
    }
    mixinBody(Request);
    function makeRequest(init) {
      const request = {
        method: 'GET',
        localURLsOnly: false,
        unsafeRequest: false,
        body: null,
        client: null,
        reservedClient: null,
        replacesClientId: '',
        window: 'client',
        keepalive: false,
        serviceWorkers: 'all',
        initiator: '',
        destination: '',
        priority: null,
        origin: 'client',
        policyContainer: 'client',
        referrer: 'client',
        referrerPolicy: '',
        mode: 'no-cors',
        useCORSPreflightFlag: false,
        credentials: 'same-origin',
        useCredentials: false,
        cache: 'default',
        redirect: 'follow',
        integrity: '',
        cryptoGraphicsNonceMetadata: '',
        parserMetadata: '',
        reloadNavigation: false,
        historyNavigation: false,
        userActivation: false,
        taintedOrigin: false,
        redirectCount: 0,
        responseTainting: 'basic',
        preventNoCacheCacheControlHeaderModification: false,
        done: false,
        timingAllowFailed: false,
        ...init,
        headersList: init.headersList ? new HeadersList(init.headersList) : new HeadersList
      };
      request.url = request.urlList[0];
      return request;
    }
    function cloneRequest(request) {
      const newRequest = makeRequest({
        ...request,
        body: null
      });
      if (request.body != null) newRequest.body = cloneBody(request.body);
      return newRequest;
    }
    Object.defineProperties(Request.prototype, {
      method: kEnumerableProperty,
      url: kEnumerableProperty,
      headers: kEnumerableProperty,
      redirect: kEnumerableProperty,
      clone: kEnumerableProperty,
      signal: kEnumerableProperty,
      duplex: kEnumerableProperty,
      destination: kEnumerableProperty,
      body: kEnumerableProperty,
      bodyUsed: kEnumerableProperty,
      isHistoryNavigation: kEnumerableProperty,
      isReloadNavigation: kEnumerableProperty,
      keepalive: kEnumerableProperty,
      integrity: kEnumerableProperty,
      cache: kEnumerableProperty,
      credentials: kEnumerableProperty,
      attribute: kEnumerableProperty,
      referrerPolicy: kEnumerableProperty,
      referrer: kEnumerableProperty,
      mode: kEnumerableProperty,
      [Symbol.toStringTag]: {
        value: 'Request',
        configurable: true
      }
    });
    webidl.converters.Request = webidl.interfaceConverter(Request);
    webidl.converters.RequestInfo = function(V) {
      if (typeof V === 'string') return webidl.converters.USVString(V);
      if (V instanceof Request) return webidl.converters.Request(V);
      return webidl.converters.USVString(V);
    };
    webidl.converters.AbortSignal = webidl.interfaceConverter(AbortSignal);
    webidl.converters.RequestInit = webidl.dictionaryConverter([ {
      key: 'method',
      converter: webidl.converters.ByteString
    }, {
      key: 'headers',
      converter: webidl.converters.HeadersInit
    }, {
      key: 'body',
      converter: webidl.nullableConverter(webidl.converters.BodyInit)
    }, {
      key: 'referrer',
      converter: webidl.converters.USVString
    }, {
      key: 'referrerPolicy',
      converter: webidl.converters.DOMString,
      allowedValues: referrerPolicy
    }, {
      key: 'mode',
      converter: webidl.converters.DOMString,
      allowedValues: requestMode
    }, {
      key: 'credentials',
      converter: webidl.converters.DOMString,
      allowedValues: requestCredentials
    }, {
      key: 'cache',
      converter: webidl.converters.DOMString,
      allowedValues: requestCache
    }, {
      key: 'redirect',
      converter: webidl.converters.DOMString,
      allowedValues: requestRedirect
    }, {
      key: 'integrity',
      converter: webidl.converters.DOMString
    }, {
      key: 'keepalive',
      converter: webidl.converters.boolean
    }, {
      key: 'signal',
      converter: webidl.nullableConverter(signal => webidl.converters.AbortSignal(signal, {
        strict: false
      }))
    }, {
      key: 'window',
      converter: webidl.converters.any
    }, {
      key: 'duplex',
      converter: webidl.converters.DOMString,
      allowedValues: requestDuplex
    } ]);
    module.exports = {
      Request: Request,
      makeRequest: makeRequest
    };
  },
  8676: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {Headers: Headers, HeadersList: HeadersList, fill: fill} = __webpack_require__(6349);
    const {extractBody: extractBody, cloneBody: cloneBody, mixinBody: mixinBody} = __webpack_require__(8923);
    const util = __webpack_require__(3440);
    const {kEnumerableProperty: kEnumerableProperty} = util;
    const {isValidReasonPhrase: isValidReasonPhrase, isCancelled: isCancelled, isAborted: isAborted, isBlobLike: isBlobLike, serializeJavascriptValueToJSONString: serializeJavascriptValueToJSONString, isErrorLike: isErrorLike, isomorphicEncode: isomorphicEncode} = __webpack_require__(5523);
    const {redirectStatusSet: redirectStatusSet, nullBodyStatus: nullBodyStatus, DOMException: DOMException} = __webpack_require__(7326);
    const {kState: kState, kHeaders: kHeaders, kGuard: kGuard, kRealm: kRealm} = __webpack_require__(9710);
    const {webidl: webidl} = __webpack_require__(4222);
    const {FormData: FormData} = __webpack_require__(3073);
    const {getGlobalOrigin: getGlobalOrigin} = __webpack_require__(5628);
    const {URLSerializer: URLSerializer} = __webpack_require__(4322);
    const {kHeadersList: kHeadersList, kConstruct: kConstruct} = __webpack_require__(6443);
    const assert = __webpack_require__(2613);
    const {types: types} = __webpack_require__(9023);
    const ReadableStream = globalThis.ReadableStream || __webpack_require__(3774).ReadableStream;
    const textEncoder = new TextEncoder('utf-8');
    class Response {
      static error() {
        const relevantRealm = {
          settingsObject: {}
        };
        const responseObject = new Response;
        responseObject[kState] = makeNetworkError();
        responseObject[kRealm] = relevantRealm;
        responseObject[kHeaders][kHeadersList] = responseObject[kState].headersList;
        responseObject[kHeaders][kGuard] = 'immutable';
        responseObject[kHeaders][kRealm] = relevantRealm;
        return responseObject;
      }
      static json(data, init = {}) {
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'Response.json'
        });
        if (init !== null) init = webidl.converters.ResponseInit(init);
        const bytes = textEncoder.encode(serializeJavascriptValueToJSONString(data));
        const body = extractBody(bytes);
        const relevantRealm = {
          settingsObject: {}
        };
        const responseObject = new Response;
        responseObject[kRealm] = relevantRealm;
        responseObject[kHeaders][kGuard] = 'response';
        responseObject[kHeaders][kRealm] = relevantRealm;
        initializeResponse(responseObject, init, {
          body: body[0],
          type: 'application/json'
        });
        return responseObject;
      }
      static redirect(url, status = 302) {
        const relevantRealm = {
          settingsObject: {}
        };
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'Response.redirect'
        });
        url = webidl.converters.USVString(url);
        status = webidl.converters['unsigned short'](status);
        let parsedURL;
        try {
          parsedURL = new URL(url, getGlobalOrigin());
        } catch (err) {
          throw Object.assign(new TypeError('Failed to parse URL from ' + url), {
            cause: err
          });
        }
        if (!redirectStatusSet.has(status)) throw new RangeError('Invalid status code ' + status);
        const responseObject = new Response;
        responseObject[kRealm] = relevantRealm;
        responseObject[kHeaders][kGuard] = 'immutable';
        responseObject[kHeaders][kRealm] = relevantRealm;
        responseObject[kState].status = status;
        const value = isomorphicEncode(URLSerializer(parsedURL));
        responseObject[kState].headersList.append('location', value);
        return responseObject;
      }
      constructor(body = null, init = {}) {
        if (body !== null) body = webidl.converters.BodyInit(body);
        init = webidl.converters.ResponseInit(init);
        this[kRealm] = {
          settingsObject: {}
        };
        this[kState] = makeResponse({});
        this[kHeaders] = new Headers(kConstruct);
        this[kHeaders][kGuard] = 'response';
        this[kHeaders][kHeadersList] = this[kState].headersList;
        this[kHeaders][kRealm] = this[kRealm];
        let bodyWithType = null;
        if (body != null) {
          const [extractedBody, type] = extractBody(body);
          bodyWithType = {
            body: extractedBody,
            type: type
          };
        }
        initializeResponse(this, init, bodyWithType);
      }
      get type() {
        webidl.brandCheck(this, Response);
        return this[kState].type;
      }
      get url() {
        webidl.brandCheck(this, Response);
        const urlList = this[kState].urlList;
        const url = urlList[urlList.length - 1] ?? null;
        if (url === null) return '';
        return URLSerializer(url, true);
      }
      get redirected() {
        webidl.brandCheck(this, Response);
        return this[kState].urlList.length > 1;
      }
      get status() {
        webidl.brandCheck(this, Response);
        return this[kState].status;
      }
      get ok() {
        webidl.brandCheck(this, Response);
        return this[kState].status >= 200 && this[kState].status <= 299;
      }
      get statusText() {
        webidl.brandCheck(this, Response);
        return this[kState].statusText;
      }
      get headers() {
        webidl.brandCheck(this, Response);
        return this[kHeaders];
      }
      get body() {
        webidl.brandCheck(this, Response);
        return this[kState].body ? this[kState].body.stream : null;
      }
      get bodyUsed() {
        webidl.brandCheck(this, Response);
        return !!this[kState].body && util.isDisturbed(this[kState].body.stream);
      }
      clone() {
        webidl.brandCheck(this, Response);
        if (this.bodyUsed || this.body && this.body.locked) throw webidl.errors.exception({
          header: 'Response.clone',
          message: 'Body has already been consumed.'
        });
        const clonedResponse = cloneResponse(this[kState]);
        const clonedResponseObject = new Response;
        clonedResponseObject[kState] = clonedResponse;
        clonedResponseObject[kRealm] = this[kRealm];
        clonedResponseObject[kHeaders][kHeadersList] = clonedResponse.headersList;
        clonedResponseObject[kHeaders][kGuard] = this[kHeaders][kGuard];
        clonedResponseObject[kHeaders][kRealm] = this[kHeaders][kRealm];
        return clonedResponseObject;
      }
    }
    mixinBody(Response);
    Object.defineProperties(Response.prototype, {
      type: kEnumerableProperty,
      url: kEnumerableProperty,
      status: kEnumerableProperty,
      ok: kEnumerableProperty,
      redirected: kEnumerableProperty,
      statusText: kEnumerableProperty,
      headers: kEnumerableProperty,
      clone: kEnumerableProperty,
      body: kEnumerableProperty,
      bodyUsed: kEnumerableProperty,
      [Symbol.toStringTag]: {
        value: 'Response',
        configurable: true
      }
    });
    Object.defineProperties(Response, {
      json: kEnumerableProperty,
      redirect: kEnumerableProperty,
      error: kEnumerableProperty
    });
    function cloneResponse(response) {
      if (response.internalResponse) return filterResponse(cloneResponse(response.internalResponse), response.type);
      const newResponse = makeResponse({
        ...response,
        body: null
      });
      if (response.body != null) newResponse.body = cloneBody(response.body);
      return newResponse;
    }
    function makeResponse(init) {
      return {
        aborted: false,
        rangeRequested: false,
        timingAllowPassed: false,
        requestIncludesCredentials: false,
        type: 'default',
        status: 200,
        timingInfo: null,
        cacheState: '',
        statusText: '',
        ...init,
        headersList: init.headersList ? new HeadersList(init.headersList) : new HeadersList,
        urlList: init.urlList ? [ ...init.urlList ] : []
      };
    }
    function makeNetworkError(reason) {
      const isError = isErrorLike(reason);
      return makeResponse({
        type: 'error',
        status: 0,
        error: isError ? reason : new Error(reason ? String(reason) : reason),
        aborted: reason && reason.name === 'AbortError'
      });
    }
    function makeFilteredResponse(response, state) {
      state = {
        internalResponse: response,
        ...state
      };
      return new Proxy(response, {
        get(target, p) {
          return p in state ? state[p] : target[p];
        },
        set(target, p, value) {
          assert(!(p in state));
          target[p] = value;
          return true;
        }
      });
    }
    function filterResponse(response, type) {
      if (type === 'basic') return makeFilteredResponse(response, {
        type: 'basic',
        headersList: response.headersList
      }); else if (type === 'cors') return makeFilteredResponse(response, {
        type: 'cors',
        headersList: response.headersList
      }); else if (type === 'opaque') return makeFilteredResponse(response, {
        type: 'opaque',
        urlList: Object.freeze([]),
        status: 0,
        statusText: '',
        body: null
      }); else if (type === 'opaqueredirect') return makeFilteredResponse(response, {
        type: 'opaqueredirect',
        status: 0,
        statusText: '',
        headersList: [],
        body: null
      }); else assert(false);
    }
    function makeAppropriateNetworkError(fetchParams, err = null) {
      assert(isCancelled(fetchParams));
      return isAborted(fetchParams) ? makeNetworkError(Object.assign(new DOMException('The operation was aborted.', 'AbortError'), {
        cause: err
      })) : makeNetworkError(Object.assign(new DOMException('Request was cancelled.'), {
        cause: err
      }));
    }
    function initializeResponse(response, init, body) {
      if (init.status !== null && (init.status < 200 || init.status > 599)) throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
      if ('statusText' in init && init.statusText != null) if (!isValidReasonPhrase(String(init.statusText))) throw new TypeError('Invalid statusText');
      if ('status' in init && init.status != null) response[kState].status = init.status;
      if ('statusText' in init && init.statusText != null) response[kState].statusText = init.statusText;
      if ('headers' in init && init.headers != null) fill(response[kHeaders], init.headers);
      if (body) {
        if (nullBodyStatus.includes(response.status)) throw webidl.errors.exception({
          header: 'Response constructor',
          message: 'Invalid response status code ' + response.status
        });
        response[kState].body = body.body;
        if (body.type != null && !response[kState].headersList.contains('Content-Type')) response[kState].headersList.append('content-type', body.type);
      }
    }
    webidl.converters.ReadableStream = webidl.interfaceConverter(ReadableStream);
    webidl.converters.FormData = webidl.interfaceConverter(FormData);
    webidl.converters.URLSearchParams = webidl.interfaceConverter(URLSearchParams);
    webidl.converters.XMLHttpRequestBodyInit = function(V) {
      if (typeof V === 'string') return webidl.converters.USVString(V);
      if (isBlobLike(V)) return webidl.converters.Blob(V, {
        strict: false
      });
      if (types.isArrayBuffer(V) || types.isTypedArray(V) || types.isDataView(V)) return webidl.converters.BufferSource(V);
      if (util.isFormDataLike(V)) return webidl.converters.FormData(V, {
        strict: false
      });
      if (V instanceof URLSearchParams) return webidl.converters.URLSearchParams(V);
      return webidl.converters.DOMString(V);
    };
    webidl.converters.BodyInit = function(V) {
      if (V instanceof ReadableStream) return webidl.converters.ReadableStream(V);
      if (V?.[Symbol.asyncIterator]) return V;
      return webidl.converters.XMLHttpRequestBodyInit(V);
    };
    webidl.converters.ResponseInit = webidl.dictionaryConverter([ {
      key: 'status',
      converter: webidl.converters['unsigned short'],
      defaultValue: 200
    }, {
      key: 'statusText',
      converter: webidl.converters.ByteString,
      defaultValue: ''
    }, {
      key: 'headers',
      converter: webidl.converters.HeadersInit
    } ]);
    module.exports = {
      makeNetworkError: makeNetworkError,
      makeResponse: makeResponse,
      makeAppropriateNetworkError: makeAppropriateNetworkError,
      filterResponse: filterResponse,
      Response: Response,
      cloneResponse: cloneResponse
    };
  },
  9710: module => {
    "use strict";
    module.exports = {
      kUrl: Symbol('url'),
      kHeaders: Symbol('headers'),
      kSignal: Symbol('signal'),
      kState: Symbol('state'),
      kGuard: Symbol('guard'),
      kRealm: Symbol('realm')
    };
  },
  5523: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {redirectStatusSet: redirectStatusSet, referrerPolicySet: referrerPolicyTokens, badPortsSet: badPortsSet} = __webpack_require__(7326);
    const {getGlobalOrigin: getGlobalOrigin} = __webpack_require__(5628);
    const {performance: performance} = __webpack_require__(2987);
    const {isBlobLike: isBlobLike, toUSVString: toUSVString, ReadableStreamFrom: ReadableStreamFrom} = __webpack_require__(3440);
    const assert = __webpack_require__(2613);
    const {isUint8Array: isUint8Array} = __webpack_require__(8253);
    let supportedHashes = [];
    let crypto;
    try {
      crypto = __webpack_require__(6982);
      const possibleRelevantHashes = [ 'sha256', 'sha384', 'sha512' ];
      supportedHashes = crypto.getHashes().filter(hash => possibleRelevantHashes.includes(hash));
    } catch {}
    function responseURL(response) {
      const urlList = response.urlList;
      const length = urlList.length;
      return length === 0 ? null : urlList[length - 1].toString();
    }
    function responseLocationURL(response, requestFragment) {
      if (!redirectStatusSet.has(response.status)) return null;
      let location = response.headersList.get('location');
      if (location !== null && isValidHeaderValue(location)) location = new URL(location, responseURL(response));
      if (location && !location.hash) location.hash = requestFragment;
      return location;
    }
    function requestCurrentURL(request) {
      return request.urlList[request.urlList.length - 1];
    }
    function requestBadPort(request) {
      const url = requestCurrentURL(request);
      if (urlIsHttpHttpsScheme(url) && badPortsSet.has(url.port)) return 'blocked';
      return 'allowed';
    }
    function isErrorLike(object) {
      return object instanceof Error || object?.constructor?.name === 'Error' || object?.constructor?.name === 'DOMException';
    }
    function isValidReasonPhrase(statusText) {
      for (let i = 0; i < statusText.length; ++i) {
        const c = statusText.charCodeAt(i);
        if (!(c === 9 || c >= 32 && c <= 126 || c >= 128 && c <= 255)) return false;
      }
      return true;
    }
    function isTokenCharCode(c) {
      switch (c) {
       case 34:
       case 40:
       case 41:
       case 44:
       case 47:
       case 58:
       case 59:
       case 60:
       case 61:
       case 62:
       case 63:
       case 64:
       case 91:
       case 92:
       case 93:
       case 123:
       case 125:
        return false;

       default:
        return c >= 33 && c <= 126;
      }
    }
    function isValidHTTPToken(characters) {
      if (characters.length === 0) return false;
      for (let i = 0; i < characters.length; ++i) if (!isTokenCharCode(characters.charCodeAt(i))) return false;
      return true;
    }
    function isValidHeaderName(potentialValue) {
      return isValidHTTPToken(potentialValue);
    }
    function isValidHeaderValue(potentialValue) {
      if (potentialValue.startsWith('\t') || potentialValue.startsWith(' ') || potentialValue.endsWith('\t') || potentialValue.endsWith(' ')) return false;
      if (potentialValue.includes('\0') || potentialValue.includes('\r') || potentialValue.includes('\n')) return false;
      return true;
    }
    function setRequestReferrerPolicyOnRedirect(request, actualResponse) {
      const {headersList: headersList} = actualResponse;
      const policyHeader = (headersList.get('referrer-policy') ?? '').split(',');
      let policy = '';
      if (policyHeader.length > 0) for (let i = policyHeader.length; i !== 0; i--) {
        const token = policyHeader[i - 1].trim();
        if (referrerPolicyTokens.has(token)) {
          policy = token;
          break;
        }
      }
      if (policy !== '') request.referrerPolicy = policy;
    }
    function crossOriginResourcePolicyCheck() {
      return 'allowed';
    }
    function corsCheck() {
      return 'success';
    }
    function TAOCheck() {
      return 'success';
    }
    function appendFetchMetadata(httpRequest) {
      let header = null;
      header = httpRequest.mode;
      httpRequest.headersList.set('sec-fetch-mode', header);
    }
    function appendRequestOriginHeader(request) {
      let serializedOrigin = request.origin;
      if (request.responseTainting === 'cors' || request.mode === 'websocket') {
        if (serializedOrigin) request.headersList.append('origin', serializedOrigin);
      } else if (request.method !== 'GET' && request.method !== 'HEAD') {
        switch (request.referrerPolicy) {
         case 'no-referrer':
          serializedOrigin = null;
          break;

         case 'no-referrer-when-downgrade':
         case 'strict-origin':
         case 'strict-origin-when-cross-origin':
          if (request.origin && urlHasHttpsScheme(request.origin) && !urlHasHttpsScheme(requestCurrentURL(request))) serializedOrigin = null;
          break;

         case 'same-origin':
          if (!sameOrigin(request, requestCurrentURL(request))) serializedOrigin = null;
          break;

         default:
        }
        if (serializedOrigin) request.headersList.append('origin', serializedOrigin);
      }
    }
    function coarsenedSharedCurrentTime(crossOriginIsolatedCapability) {
      return performance.now();
    }
    function createOpaqueTimingInfo(timingInfo) {
      return {
        startTime: timingInfo.startTime ?? 0,
        redirectStartTime: 0,
        redirectEndTime: 0,
        postRedirectStartTime: timingInfo.startTime ?? 0,
        finalServiceWorkerStartTime: 0,
        finalNetworkResponseStartTime: 0,
        finalNetworkRequestStartTime: 0,
        endTime: 0,
        encodedBodySize: 0,
        decodedBodySize: 0,
        finalConnectionTimingInfo: null
      };
    }
    function makePolicyContainer() {
      return {
        referrerPolicy: 'strict-origin-when-cross-origin'
      };
    }
    function clonePolicyContainer(policyContainer) {
      return {
        referrerPolicy: policyContainer.referrerPolicy
      };
    }
    function determineRequestsReferrer(request) {
      const policy = request.referrerPolicy;
      assert(policy);
      let referrerSource = null;
      if (request.referrer === 'client') {
        const globalOrigin = getGlobalOrigin();
        if (!globalOrigin || globalOrigin.origin === 'null') return 'no-referrer';
        referrerSource = new URL(globalOrigin);
      } else if (request.referrer instanceof URL) referrerSource = request.referrer;
      let referrerURL = stripURLForReferrer(referrerSource);
      const referrerOrigin = stripURLForReferrer(referrerSource, true);
      if (referrerURL.toString().length > 4096) referrerURL = referrerOrigin;
      const areSameOrigin = sameOrigin(request, referrerURL);
      const isNonPotentiallyTrustWorthy = isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(request.url);
      switch (policy) {
       case 'origin':
        return referrerOrigin != null ? referrerOrigin : stripURLForReferrer(referrerSource, true);

       case 'unsafe-url':
        return referrerURL;

       case 'same-origin':
        return areSameOrigin ? referrerOrigin : 'no-referrer';

       case 'origin-when-cross-origin':
        return areSameOrigin ? referrerURL : referrerOrigin;

       case 'strict-origin-when-cross-origin':
        {
          const currentURL = requestCurrentURL(request);
          if (sameOrigin(referrerURL, currentURL)) return referrerURL;
          if (isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(currentURL)) return 'no-referrer';
          return referrerOrigin;
        }

       case 'strict-origin':
       case 'no-referrer-when-downgrade':
       default:
        return isNonPotentiallyTrustWorthy ? 'no-referrer' : referrerOrigin;
      }
    }
    function stripURLForReferrer(url, originOnly) {
      assert(url instanceof URL);
      if (url.protocol === 'file:' || url.protocol === 'about:' || url.protocol === 'blank:') return 'no-referrer';
      url.username = '';
      url.password = '';
      url.hash = '';
      if (originOnly) {
        url.pathname = '';
        url.search = '';
      }
      return url;
    }
    function isURLPotentiallyTrustworthy(url) {
      if (!(url instanceof URL)) return false;
      if (url.href === 'about:blank' || url.href === 'about:srcdoc') return true;
      if (url.protocol === 'data:') return true;
      if (url.protocol === 'file:') return true;
      return isOriginPotentiallyTrustworthy(url.origin);
      function isOriginPotentiallyTrustworthy(origin) {
        if (origin == null || origin === 'null') return false;
        const originAsURL = new URL(origin);
        if (originAsURL.protocol === 'https:' || originAsURL.protocol === 'wss:') return true;
        if (/^127(?:\.[0-9]+){0,2}\.[0-9]+$|^\[(?:0*:)*?:?0*1\]$/.test(originAsURL.hostname) || originAsURL.hostname === 'localhost' || originAsURL.hostname.includes('localhost.') || originAsURL.hostname.endsWith('.localhost')) return true;
        return false;
      }
    }
    function bytesMatch(bytes, metadataList) {
      if (crypto === void 0) return true;
      const parsedMetadata = parseMetadata(metadataList);
      if (parsedMetadata === 'no metadata') return true;
      if (parsedMetadata.length === 0) return true;
      const strongest = getStrongestMetadata(parsedMetadata);
      const metadata = filterMetadataListByAlgorithm(parsedMetadata, strongest);
      for (const item of metadata) {
        const algorithm = item.algo;
        const expectedValue = item.hash;
        let actualValue = crypto.createHash(algorithm).update(bytes).digest('base64');
        if (actualValue[actualValue.length - 1] === '=') if (actualValue[actualValue.length - 2] === '=') actualValue = actualValue.slice(0, -2); else actualValue = actualValue.slice(0, -1);
        if (compareBase64Mixed(actualValue, expectedValue)) return true;
      }
      return false;
    }
    const parseHashWithOptions = /(?<algo>sha256|sha384|sha512)-((?<hash>[A-Za-z0-9+/]+|[A-Za-z0-9_-]+)={0,2}(?:\s|$)( +[!-~]*)?)?/i;
    function parseMetadata(metadata) {
      const result = [];
      let empty = true;
      for (const token of metadata.split(' ')) {
        empty = false;
        const parsedToken = parseHashWithOptions.exec(token);
        if (parsedToken === null || parsedToken.groups === void 0 || parsedToken.groups.algo === void 0) continue;
        const algorithm = parsedToken.groups.algo.toLowerCase();
        if (supportedHashes.includes(algorithm)) result.push(parsedToken.groups);
      }
      if (empty === true) return 'no metadata';
      return result;
    }
    function getStrongestMetadata(metadataList) {
      let algorithm = metadataList[0].algo;
      if (algorithm[3] === '5') return algorithm;
      for (let i = 1; i < metadataList.length; ++i) {
        const metadata = metadataList[i];
        if (metadata.algo[3] === '5') {
          algorithm = 'sha512';
          break;
        } else if (algorithm[3] === '3') continue; else if (metadata.algo[3] === '3') algorithm = 'sha384';
      }
      return algorithm;
    }
    function filterMetadataListByAlgorithm(metadataList, algorithm) {
      if (metadataList.length === 1) return metadataList;
      let pos = 0;
      for (let i = 0; i < metadataList.length; ++i) if (metadataList[i].algo === algorithm) metadataList[pos++] = metadataList[i];
      metadataList.length = pos;
      return metadataList;
    }
    function compareBase64Mixed(actualValue, expectedValue) {
      if (actualValue.length !== expectedValue.length) return false;
      for (let i = 0; i < actualValue.length; ++i) if (actualValue[i] !== expectedValue[i]) {
        if (actualValue[i] === '+' && expectedValue[i] === '-' || actualValue[i] === '/' && expectedValue[i] === '_') continue;
        return false;
      }
      return true;
    }
    function tryUpgradeRequestToAPotentiallyTrustworthyURL(request) {}
    function sameOrigin(A, B) {
      if (A.origin === B.origin && A.origin === 'null') return true;
      if (A.protocol === B.protocol && A.hostname === B.hostname && A.port === B.port) return true;
      return false;
    }
    function createDeferredPromise() {
      let res;
      let rej;
      const promise = new Promise((resolve, reject) => {
        res = resolve;
        rej = reject;
      });
      return {
        promise: promise,
        resolve: res,
        reject: rej
      };
    }
    function isAborted(fetchParams) {
      return fetchParams.controller.state === 'aborted';
    }
    function isCancelled(fetchParams) {
      return fetchParams.controller.state === 'aborted' || fetchParams.controller.state === 'terminated';
    }
    const normalizeMethodRecord = {
      delete: 'DELETE',
      DELETE: 'DELETE',
      get: 'GET',
      GET: 'GET',
      head: 'HEAD',
      HEAD: 'HEAD',
      options: 'OPTIONS',
      OPTIONS: 'OPTIONS',
      post: 'POST',
      POST: 'POST',
      put: 'PUT',
      PUT: 'PUT'
    };
    Object.setPrototypeOf(normalizeMethodRecord, null);
    function normalizeMethod(method) {
      return normalizeMethodRecord[method.toLowerCase()] ?? method;
    }
    function serializeJavascriptValueToJSONString(value) {
      const result = JSON.stringify(value);
      if (result === void 0) throw new TypeError('Value is not JSON serializable');
      assert(typeof result === 'string');
      return result;
    }
    const esIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
    function makeIterator(iterator, name, kind) {
      const object = {
        index: 0,
        kind: kind,
        target: iterator
      };
      const i = {
        next() {
          if (Object.getPrototypeOf(this) !== i) throw new TypeError(`'next' called on an object that does not implement interface ${name} Iterator.`);
          const {index: index, kind: kind, target: target} = object;
          const values = target();
          const len = values.length;
          if (index >= len) return {
            value: void 0,
            done: true
          };
          const pair = values[index];
          object.index = index + 1;
          return iteratorResult(pair, kind);
        },
        [Symbol.toStringTag]: `${name} Iterator`
      };
      Object.setPrototypeOf(i, esIteratorPrototype);
      return Object.setPrototypeOf({}, i);
    }
    function iteratorResult(pair, kind) {
      let result;
      switch (kind) {
       case 'key':
        result = pair[0];
        break;

       case 'value':
        result = pair[1];
        break;

       case 'key+value':
        result = pair;
        break;
      }
      return {
        value: result,
        done: false
      };
    }
    async function fullyReadBody(body, processBody, processBodyError) {
      const successSteps = processBody;
      const errorSteps = processBodyError;
      let reader;
      try {
        reader = body.stream.getReader();
      } catch (e) {
        errorSteps(e);
        return;
      }
      try {
        const result = await readAllBytes(reader);
        successSteps(result);
      } catch (e) {
        errorSteps(e);
      }
    }
    let ReadableStream = globalThis.ReadableStream;
    function isReadableStreamLike(stream) {
      if (!ReadableStream) ReadableStream = __webpack_require__(3774).ReadableStream;
      return stream instanceof ReadableStream || stream[Symbol.toStringTag] === 'ReadableStream' && typeof stream.tee === 'function';
    }
    const MAXIMUM_ARGUMENT_LENGTH = 65535;
    function isomorphicDecode(input) {
      if (input.length < MAXIMUM_ARGUMENT_LENGTH) return String.fromCharCode(...input);
      return input.reduce((previous, current) => previous + String.fromCharCode(current), '');
    }
    function readableStreamClose(controller) {
      try {
        controller.close();
      } catch (err) {
        if (!err.message.includes('Controller is already closed')) throw err;
      }
    }
    function isomorphicEncode(input) {
      for (let i = 0; i < input.length; i++) assert(input.charCodeAt(i) <= 255);
      return input;
    }
    async function readAllBytes(reader) {
      const bytes = [];
      let byteLength = 0;
      while (true) {
        const {done: done, value: chunk} = await reader.read();
        if (done) return Buffer.concat(bytes, byteLength);
        if (!isUint8Array(chunk)) throw new TypeError('Received non-Uint8Array chunk');
        bytes.push(chunk);
        byteLength += chunk.length;
      }
    }
    function urlIsLocal(url) {
      assert('protocol' in url);
      const protocol = url.protocol;
      return protocol === 'about:' || protocol === 'blob:' || protocol === 'data:';
    }
    function urlHasHttpsScheme(url) {
      if (typeof url === 'string') return url.startsWith('https:');
      return url.protocol === 'https:';
    }
    function urlIsHttpHttpsScheme(url) {
      assert('protocol' in url);
      const protocol = url.protocol;
      return protocol === 'http:' || protocol === 'https:';
    }
    const hasOwn = Object.hasOwn || ((dict, key) => Object.prototype.hasOwnProperty.call(dict, key));
    module.exports = {
      isAborted: isAborted,
      isCancelled: isCancelled,
      createDeferredPromise: createDeferredPromise,
      ReadableStreamFrom: ReadableStreamFrom,
      toUSVString: toUSVString,
      tryUpgradeRequestToAPotentiallyTrustworthyURL: tryUpgradeRequestToAPotentiallyTrustworthyURL,
      coarsenedSharedCurrentTime: coarsenedSharedCurrentTime,
      determineRequestsReferrer: determineRequestsReferrer,
      makePolicyContainer: makePolicyContainer,
      clonePolicyContainer: clonePolicyContainer,
      appendFetchMetadata: appendFetchMetadata,
      appendRequestOriginHeader: appendRequestOriginHeader,
      TAOCheck: TAOCheck,
      corsCheck: corsCheck,
      crossOriginResourcePolicyCheck: crossOriginResourcePolicyCheck,
      createOpaqueTimingInfo: createOpaqueTimingInfo,
      setRequestReferrerPolicyOnRedirect: setRequestReferrerPolicyOnRedirect,
      isValidHTTPToken: isValidHTTPToken,
      requestBadPort: requestBadPort,
      requestCurrentURL: requestCurrentURL,
      responseURL: responseURL,
      responseLocationURL: responseLocationURL,
      isBlobLike: isBlobLike,
      isURLPotentiallyTrustworthy: isURLPotentiallyTrustworthy,
      isValidReasonPhrase: isValidReasonPhrase,
      sameOrigin: sameOrigin,
      normalizeMethod: normalizeMethod,
      serializeJavascriptValueToJSONString: serializeJavascriptValueToJSONString,
      makeIterator: makeIterator,
      isValidHeaderName: isValidHeaderName,
      isValidHeaderValue: isValidHeaderValue,
      hasOwn: hasOwn,
      isErrorLike: isErrorLike,
      fullyReadBody: fullyReadBody,
      bytesMatch: bytesMatch,
      isReadableStreamLike: isReadableStreamLike,
      readableStreamClose: readableStreamClose,
      isomorphicEncode: isomorphicEncode,
      isomorphicDecode: isomorphicDecode,
      urlIsLocal: urlIsLocal,
      urlHasHttpsScheme: urlHasHttpsScheme,
      urlIsHttpHttpsScheme: urlIsHttpHttpsScheme,
      readAllBytes: readAllBytes,
      normalizeMethodRecord: normalizeMethodRecord,
      parseMetadata: parseMetadata
    };
  },
  4222: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {types: types} = __webpack_require__(9023);
    const {hasOwn: hasOwn, toUSVString: toUSVString} = __webpack_require__(5523);
    const webidl = {};
    webidl.converters = {};
    webidl.util = {};
    webidl.errors = {};
    webidl.errors.exception = function(message) {
      return new TypeError(`${message.header}: ${message.message}`);
    };
    webidl.errors.conversionFailed = function(context) {
      const plural = context.types.length === 1 ? '' : ' one of';
      const message = `${context.argument} could not be converted to` + `${plural}: ${context.types.join(', ')}.`;
      return webidl.errors.exception({
        header: context.prefix,
        message: message
      });
    };
    webidl.errors.invalidArgument = function(context) {
      return webidl.errors.exception({
        header: context.prefix,
        message: `"${context.value}" is an invalid ${context.type}.`
      });
    };
    webidl.brandCheck = function(V, I, opts = void 0) {
      if (opts?.strict !== false && !(V instanceof I)) throw new TypeError('Illegal invocation'); else return V?.[Symbol.toStringTag] === I.prototype[Symbol.toStringTag];
    };
    webidl.argumentLengthCheck = function({length: length}, min, ctx) {
      if (length < min) throw webidl.errors.exception({
        message: `${min} argument${min !== 1 ? 's' : ''} required, ` + `but${length ? ' only' : ''} ${length} found.`,
        ...ctx
      });
    };
    webidl.illegalConstructor = function() {
      throw webidl.errors.exception({
        header: 'TypeError',
        message: 'Illegal constructor'
      });
    };
    webidl.util.Type = function(V) {
      switch (typeof V) {
       case 'undefined':
        return 'Undefined';

       case 'boolean':
        return 'Boolean';

       case 'string':
        return 'String';

       case 'symbol':
        return 'Symbol';

       case 'number':
        return 'Number';

       case 'bigint':
        return 'BigInt';

       case 'function':
       case 'object':
        if (V === null) return 'Null';
        return 'Object';
      }
    };
    webidl.util.ConvertToInt = function(V, bitLength, signedness, opts = {}) {
      let upperBound;
      let lowerBound;
      if (bitLength === 64) {
        upperBound = Math.pow(2, 53) - 1;
        if (signedness === 'unsigned') lowerBound = 0; else lowerBound = Math.pow(-2, 53) + 1;
      } else if (signedness === 'unsigned') {
        lowerBound = 0;
        upperBound = Math.pow(2, bitLength) - 1;
      } else {
        lowerBound = Math.pow(-2, bitLength) - 1;
        upperBound = Math.pow(2, bitLength - 1) - 1;
      }
      let x = Number(V);
      if (x === 0) x = 0;
      if (opts.enforceRange === true) {
        if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) throw webidl.errors.exception({
          header: 'Integer conversion',
          message: `Could not convert ${V} to an integer.`
        });
        x = webidl.util.IntegerPart(x);
        if (x < lowerBound || x > upperBound) throw webidl.errors.exception({
          header: 'Integer conversion',
          message: `Value must be between ${lowerBound}-${upperBound}, got ${x}.`
        });
        return x;
      }
      if (!Number.isNaN(x) && opts.clamp === true) {
        x = Math.min(Math.max(x, lowerBound), upperBound);
        if (Math.floor(x) % 2 === 0) x = Math.floor(x); else x = Math.ceil(x);
        return x;
      }
      if (Number.isNaN(x) || x === 0 && Object.is(0, x) || x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) return 0;
      x = webidl.util.IntegerPart(x);
      x %= Math.pow(2, bitLength);
      if (signedness === 'signed' && x >= Math.pow(2, bitLength) - 1) return x - Math.pow(2, bitLength);
      return x;
    };
    webidl.util.IntegerPart = function(n) {
      const r = Math.floor(Math.abs(n));
      if (n < 0) return -1 * r;
      return r;
    };
    webidl.sequenceConverter = function(converter) {
      return V => {
        if (webidl.util.Type(V) !== 'Object') throw webidl.errors.exception({
          header: 'Sequence',
          message: `Value of type ${webidl.util.Type(V)} is not an Object.`
        });
        const method = V?.[Symbol.iterator]?.();
        const seq = [];
        if (method === void 0 || typeof method.next !== 'function') throw webidl.errors.exception({
          header: 'Sequence',
          message: 'Object is not an iterator.'
        });
        while (true) {
          const {done: done, value: value} = method.next();
          if (done) break;
          seq.push(converter(value));
        }
        return seq;
      };
    };
    webidl.recordConverter = function(keyConverter, valueConverter) {
      return O => {
        if (webidl.util.Type(O) !== 'Object') throw webidl.errors.exception({
          header: 'Record',
          message: `Value of type ${webidl.util.Type(O)} is not an Object.`
        });
        const result = {};
        if (!types.isProxy(O)) {
          const keys = Object.keys(O);
          for (const key of keys) {
            const typedKey = keyConverter(key);
            const typedValue = valueConverter(O[key]);
            result[typedKey] = typedValue;
          }
          return result;
        }
        const keys = Reflect.ownKeys(O);
        for (const key of keys) {
          const desc = Reflect.getOwnPropertyDescriptor(O, key);
          if (desc?.enumerable) {
            const typedKey = keyConverter(key);
            const typedValue = valueConverter(O[key]);
            result[typedKey] = typedValue;
          }
        }
        return result;
      };
    };
    webidl.interfaceConverter = function(i) {
      return (V, opts = {}) => {
        if (opts.strict !== false && !(V instanceof i)) throw webidl.errors.exception({
          header: i.name,
          message: `Expected ${V} to be an instance of ${i.name}.`
        });
        return V;
      };
    };
    webidl.dictionaryConverter = function(converters) {
      return dictionary => {
        const type = webidl.util.Type(dictionary);
        const dict = {};
        if (type === 'Null' || type === 'Undefined') return dict; else if (type !== 'Object') throw webidl.errors.exception({
          header: 'Dictionary',
          message: `Expected ${dictionary} to be one of: Null, Undefined, Object.`
        });
        for (const options of converters) {
          const {key: key, defaultValue: defaultValue, required: required, converter: converter} = options;
          if (required === true) if (!hasOwn(dictionary, key)) throw webidl.errors.exception({
            header: 'Dictionary',
            message: `Missing required key "${key}".`
          });
          let value = dictionary[key];
          const hasDefault = hasOwn(options, 'defaultValue');
          if (hasDefault && value !== null) value = value ?? defaultValue;
          if (required || hasDefault || value !== void 0) {
            value = converter(value);
            if (options.allowedValues && !options.allowedValues.includes(value)) throw webidl.errors.exception({
              header: 'Dictionary',
              message: `${value} is not an accepted type. Expected one of ${options.allowedValues.join(', ')}.`
            });
            dict[key] = value;
          }
        }
        return dict;
      };
    };
    webidl.nullableConverter = function(converter) {
      return V => {
        if (V === null) return V;
        return converter(V);
      };
    };
    webidl.converters.DOMString = function(V, opts = {}) {
      if (V === null && opts.legacyNullToEmptyString) return '';
      if (typeof V === 'symbol') throw new TypeError('Could not convert argument of type symbol to string.');
      return String(V);
    };
    webidl.converters.ByteString = function(V) {
      const x = webidl.converters.DOMString(V);
      for (let index = 0; index < x.length; index++) if (x.charCodeAt(index) > 255) throw new TypeError('Cannot convert argument to a ByteString because the character at ' + `index ${index} has a value of ${x.charCodeAt(index)} which is greater than 255.`);
      return x;
    };
    webidl.converters.USVString = toUSVString;
    webidl.converters.boolean = function(V) {
      const x = Boolean(V);
      return x;
    };
    webidl.converters.any = function(V) {
      return V;
    };
    webidl.converters['long long'] = function(V) {
      const x = webidl.util.ConvertToInt(V, 64, 'signed');
      return x;
    };
    webidl.converters['unsigned long long'] = function(V) {
      const x = webidl.util.ConvertToInt(V, 64, 'unsigned');
      return x;
    };
    webidl.converters['unsigned long'] = function(V) {
      const x = webidl.util.ConvertToInt(V, 32, 'unsigned');
      return x;
    };
    webidl.converters['unsigned short'] = function(V, opts) {
      const x = webidl.util.ConvertToInt(V, 16, 'unsigned', opts);
      return x;
    };
    webidl.converters.ArrayBuffer = function(V, opts = {}) {
      if (webidl.util.Type(V) !== 'Object' || !types.isAnyArrayBuffer(V)) throw webidl.errors.conversionFailed({
        prefix: `${V}`,
        argument: `${V}`,
        types: [ 'ArrayBuffer' ]
      });
      if (opts.allowShared === false && types.isSharedArrayBuffer(V)) throw webidl.errors.exception({
        header: 'ArrayBuffer',
        message: 'SharedArrayBuffer is not allowed.'
      });
      return V;
    };
    webidl.converters.TypedArray = function(V, T, opts = {}) {
      if (webidl.util.Type(V) !== 'Object' || !types.isTypedArray(V) || V.constructor.name !== T.name) throw webidl.errors.conversionFailed({
        prefix: `${T.name}`,
        argument: `${V}`,
        types: [ T.name ]
      });
      if (opts.allowShared === false && types.isSharedArrayBuffer(V.buffer)) throw webidl.errors.exception({
        header: 'ArrayBuffer',
        message: 'SharedArrayBuffer is not allowed.'
      });
      return V;
    };
    webidl.converters.DataView = function(V, opts = {}) {
      if (webidl.util.Type(V) !== 'Object' || !types.isDataView(V)) throw webidl.errors.exception({
        header: 'DataView',
        message: 'Object is not a DataView.'
      });
      if (opts.allowShared === false && types.isSharedArrayBuffer(V.buffer)) throw webidl.errors.exception({
        header: 'ArrayBuffer',
        message: 'SharedArrayBuffer is not allowed.'
      });
      return V;
    };
    webidl.converters.BufferSource = function(V, opts = {}) {
      if (types.isAnyArrayBuffer(V)) return webidl.converters.ArrayBuffer(V, opts);
      if (types.isTypedArray(V)) return webidl.converters.TypedArray(V, V.constructor);
      if (types.isDataView(V)) return webidl.converters.DataView(V, opts);
      throw new TypeError(`Could not convert ${V} to a BufferSource.`);
    };
    webidl.converters['sequence<ByteString>'] = webidl.sequenceConverter(webidl.converters.ByteString);
    webidl.converters['sequence<sequence<ByteString>>'] = webidl.sequenceConverter(webidl.converters['sequence<ByteString>']);
    webidl.converters['record<ByteString, ByteString>'] = webidl.recordConverter(webidl.converters.ByteString, webidl.converters.ByteString);
    module.exports = {
      webidl: webidl
    };
  },
  396: module => {
    "use strict";
    function getEncoding(label) {
      if (!label) return 'failure';
      switch (label.trim().toLowerCase()) {
       case 'unicode-1-1-utf-8':
       case 'unicode11utf8':
       case 'unicode20utf8':
       case 'utf-8':
       case 'utf8':
       case 'x-unicode20utf8':
        return 'UTF-8';

       case '866':
       case 'cp866':
       case 'csibm866':
       case 'ibm866':
        return 'IBM866';

       case 'csisolatin2':
       case 'iso-8859-2':
       case 'iso-ir-101':
       case 'iso8859-2':
       case 'iso88592':
       case 'iso_8859-2':
       case 'iso_8859-2:1987':
       case 'l2':
       case 'latin2':
        return 'ISO-8859-2';

       case 'csisolatin3':
       case 'iso-8859-3':
       case 'iso-ir-109':
       case 'iso8859-3':
       case 'iso88593':
       case 'iso_8859-3':
       case 'iso_8859-3:1988':
       case 'l3':
       case 'latin3':
        return 'ISO-8859-3';

       case 'csisolatin4':
       case 'iso-8859-4':
       case 'iso-ir-110':
       case 'iso8859-4':
       case 'iso88594':
       case 'iso_8859-4':
       case 'iso_8859-4:1988':
       case 'l4':
       case 'latin4':
        return 'ISO-8859-4';

       case 'csisolatincyrillic':
       case 'cyrillic':
       case 'iso-8859-5':
       case 'iso-ir-144':
       case 'iso8859-5':
       case 'iso88595':
       case 'iso_8859-5':
       case 'iso_8859-5:1988':
        return 'ISO-8859-5';

       case 'arabic':
       case 'asmo-708':
       case 'csiso88596e':
       case 'csiso88596i':
       case 'csisolatinarabic':
       case 'ecma-114':
       case 'iso-8859-6':
       case 'iso-8859-6-e':
       case 'iso-8859-6-i':
       case 'iso-ir-127':
       case 'iso8859-6':
       case 'iso88596':
       case 'iso_8859-6':
       case 'iso_8859-6:1987':
        return 'ISO-8859-6';

       case 'csisolatingreek':
       case 'ecma-118':
       case 'elot_928':
       case 'greek':
       case 'greek8':
       case 'iso-8859-7':
       case 'iso-ir-126':
       case 'iso8859-7':
       case 'iso88597':
       case 'iso_8859-7':
       case 'iso_8859-7:1987':
       case 'sun_eu_greek':
        return 'ISO-8859-7';

       case 'csiso88598e':
       case 'csisolatinhebrew':
       case 'hebrew':
       case 'iso-8859-8':
       case 'iso-8859-8-e':
       case 'iso-ir-138':
       case 'iso8859-8':
       case 'iso88598':
       case 'iso_8859-8':
       case 'iso_8859-8:1988':
       case 'visual':
        return 'ISO-8859-8';

       case 'csiso88598i':
       case 'iso-8859-8-i':
       case 'logical':
        return 'ISO-8859-8-I';

       case 'csisolatin6':
       case 'iso-8859-10':
       case 'iso-ir-157':
       case 'iso8859-10':
       case 'iso885910':
       case 'l6':
       case 'latin6':
        return 'ISO-8859-10';

       case 'iso-8859-13':
       case 'iso8859-13':
       case 'iso885913':
        return 'ISO-8859-13';

       case 'iso-8859-14':
       case 'iso8859-14':
       case 'iso885914':
        return 'ISO-8859-14';

       case 'csisolatin9':
       case 'iso-8859-15':
       case 'iso8859-15':
       case 'iso885915':
       case 'iso_8859-15':
       case 'l9':
        return 'ISO-8859-15';

       case 'iso-8859-16':
        return 'ISO-8859-16';

       case 'cskoi8r':
       case 'koi':
       case 'koi8':
       case 'koi8-r':
       case 'koi8_r':
        return 'KOI8-R';

       case 'koi8-ru':
       case 'koi8-u':
        return 'KOI8-U';

       case 'csmacintosh':
       case 'mac':
       case 'macintosh':
       case 'x-mac-roman':
        return 'macintosh';

       case 'iso-8859-11':
       case 'iso8859-11':
       case 'iso885911':
       case 'tis-620':
       case 'windows-874':
        return 'windows-874';

       case 'cp1250':
       case 'windows-1250':
       case 'x-cp1250':
        return 'windows-1250';

       case 'cp1251':
       case 'windows-1251':
       case 'x-cp1251':
        return 'windows-1251';

       case 'ansi_x3.4-1968':
       case 'ascii':
       case 'cp1252':
       case 'cp819':
       case 'csisolatin1':
       case 'ibm819':
       case 'iso-8859-1':
       case 'iso-ir-100':
       case 'iso8859-1':
       case 'iso88591':
       case 'iso_8859-1':
       case 'iso_8859-1:1987':
       case 'l1':
       case 'latin1':
       case 'us-ascii':
       case 'windows-1252':
       case 'x-cp1252':
        return 'windows-1252';

       case 'cp1253':
       case 'windows-1253':
       case 'x-cp1253':
        return 'windows-1253';

       case 'cp1254':
       case 'csisolatin5':
       case 'iso-8859-9':
       case 'iso-ir-148':
       case 'iso8859-9':
       case 'iso88599':
       case 'iso_8859-9':
       case 'iso_8859-9:1989':
       case 'l5':
       case 'latin5':
       case 'windows-1254':
       case 'x-cp1254':
        return 'windows-1254';

       case 'cp1255':
       case 'windows-1255':
       case 'x-cp1255':
        return 'windows-1255';

       case 'cp1256':
       case 'windows-1256':
       case 'x-cp1256':
        return 'windows-1256';

       case 'cp1257':
       case 'windows-1257':
       case 'x-cp1257':
        return 'windows-1257';

       case 'cp1258':
       case 'windows-1258':
       case 'x-cp1258':
        return 'windows-1258';

       case 'x-mac-cyrillic':
       case 'x-mac-ukrainian':
        return 'x-mac-cyrillic';

       case 'chinese':
       case 'csgb2312':
       case 'csiso58gb231280':
       case 'gb2312':
       case 'gb_2312':
       case 'gb_2312-80':
       case 'gbk':
       case 'iso-ir-58':
       case 'x-gbk':
        return 'GBK';

       case 'gb18030':
        return 'gb18030';

       case 'big5':
       case 'big5-hkscs':
       case 'cn-big5':
       case 'csbig5':
       case 'x-x-big5':
        return 'Big5';

       case 'cseucpkdfmtjapanese':
       case 'euc-jp':
       case 'x-euc-jp':
        return 'EUC-JP';

       case 'csiso2022jp':
       case 'iso-2022-jp':
        return 'ISO-2022-JP';

       case 'csshiftjis':
       case 'ms932':
       case 'ms_kanji':
       case 'shift-jis':
       case 'shift_jis':
       case 'sjis':
       case 'windows-31j':
       case 'x-sjis':
        return 'Shift_JIS';

       case 'cseuckr':
       case 'csksc56011987':
       case 'euc-kr':
       case 'iso-ir-149':
       case 'korean':
       case 'ks_c_5601-1987':
       case 'ks_c_5601-1989':
       case 'ksc5601':
       case 'ksc_5601':
       case 'windows-949':
        return 'EUC-KR';

       case 'csiso2022kr':
       case 'hz-gb-2312':
       case 'iso-2022-cn':
       case 'iso-2022-cn-ext':
       case 'iso-2022-kr':
       case 'replacement':
        return 'replacement';

       case 'unicodefffe':
       case 'utf-16be':
        return 'UTF-16BE';

       case 'csunicode':
       case 'iso-10646-ucs-2':
       case 'ucs-2':
       case 'unicode':
       case 'unicodefeff':
       case 'utf-16':
       case 'utf-16le':
        return 'UTF-16LE';

       case 'x-user-defined':
        return 'x-user-defined';

       default:
        return 'failure';
      }
    }
    module.exports = {
      getEncoding: getEncoding
    };
  },
  2160: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {staticPropertyDescriptors: staticPropertyDescriptors, readOperation: readOperation, fireAProgressEvent: fireAProgressEvent} = __webpack_require__(165);
    const {kState: kState, kError: kError, kResult: kResult, kEvents: kEvents, kAborted: kAborted} = __webpack_require__(6812);
    const {webidl: webidl} = __webpack_require__(4222);
    const {kEnumerableProperty: kEnumerableProperty} = __webpack_require__(3440);
    class FileReader extends EventTarget {
      constructor() {
        super();
        this[kState] = 'empty';
        this[kResult] = null;
        this[kError] = null;
        this[kEvents] = {
          loadend: null,
          error: null,
          abort: null,
          load: null,
          progress: null,
          loadstart: null
        };
      }
      readAsArrayBuffer(blob) {
        webidl.brandCheck(this, FileReader);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'FileReader.readAsArrayBuffer'
        });
        blob = webidl.converters.Blob(blob, {
          strict: false
        });
        readOperation(this, blob, 'ArrayBuffer');
      }
      readAsBinaryString(blob) {
        webidl.brandCheck(this, FileReader);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'FileReader.readAsBinaryString'
        });
        blob = webidl.converters.Blob(blob, {
          strict: false
        });
        readOperation(this, blob, 'BinaryString');
      }
      readAsText(blob, encoding = void 0) {
        webidl.brandCheck(this, FileReader);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'FileReader.readAsText'
        });
        blob = webidl.converters.Blob(blob, {
          strict: false
        });
        if (encoding !== void 0) encoding = webidl.converters.DOMString(encoding);
        readOperation(this, blob, 'Text', encoding);
      }
      readAsDataURL(blob) {
        webidl.brandCheck(this, FileReader);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'FileReader.readAsDataURL'
        });
        blob = webidl.converters.Blob(blob, {
          strict: false
        });
        readOperation(this, blob, 'DataURL');
      }
      abort() {
        if (this[kState] === 'empty' || this[kState] === 'done') {
          this[kResult] = null;
          return;
        }
        if (this[kState] === 'loading') {
          this[kState] = 'done';
          this[kResult] = null;
        }
        this[kAborted] = true;
        fireAProgressEvent('abort', this);
        if (this[kState] !== 'loading') fireAProgressEvent('loadend', this);
      }
      get readyState() {
        webidl.brandCheck(this, FileReader);
        switch (this[kState]) {
         case 'empty':
          return this.EMPTY;

         case 'loading':
          return this.LOADING;

         case 'done':
          return this.DONE;
        }
      }
      get result() {
        webidl.brandCheck(this, FileReader);
        return this[kResult];
      }
      get error() {
        webidl.brandCheck(this, FileReader);
        return this[kError];
      }
      get onloadend() {
        webidl.brandCheck(this, FileReader);
        return this[kEvents].loadend;
      }
      set onloadend(fn) {
        webidl.brandCheck(this, FileReader);
        if (this[kEvents].loadend) this.removeEventListener('loadend', this[kEvents].loadend);
        if (typeof fn === 'function') {
          this[kEvents].loadend = fn;
          this.addEventListener('loadend', fn);
        } else this[kEvents].loadend = null;
      }
      get onerror() {
        webidl.brandCheck(this, FileReader);
        return this[kEvents].error;
      }
      set onerror(fn) {
        webidl.brandCheck(this, FileReader);
        if (this[kEvents].error) this.removeEventListener('error', this[kEvents].error);
        if (typeof fn === 'function') {
          this[kEvents].error = fn;
          this.addEventListener('error', fn);
        } else this[kEvents].error = null;
      }
      get onloadstart() {
        webidl.brandCheck(this, FileReader);
        return this[kEvents].loadstart;
      }
      set onloadstart(fn) {
        webidl.brandCheck(this, FileReader);
        if (this[kEvents].loadstart) this.removeEventListener('loadstart', this[kEvents].loadstart);
        if (typeof fn === 'function') {
          this[kEvents].loadstart = fn;
          this.addEventListener('loadstart', fn);
        } else this[kEvents].loadstart = null;
      }
      get onprogress() {
        webidl.brandCheck(this, FileReader);
        return this[kEvents].progress;
      }
      set onprogress(fn) {
        webidl.brandCheck(this, FileReader);
        if (this[kEvents].progress) this.removeEventListener('progress', this[kEvents].progress);
        if (typeof fn === 'function') {
          this[kEvents].progress = fn;
          this.addEventListener('progress', fn);
        } else this[kEvents].progress = null;
      }
      get onload() {
        webidl.brandCheck(this, FileReader);
        return this[kEvents].load;
      }
      set onload(fn) {
        webidl.brandCheck(this, FileReader);
        if (this[kEvents].load) this.removeEventListener('load', this[kEvents].load);
        if (typeof fn === 'function') {
          this[kEvents].load = fn;
          this.addEventListener('load', fn);
        } else this[kEvents].load = null;
      }
      get onabort() {
        webidl.brandCheck(this, FileReader);
        return this[kEvents].abort;
      }
      set onabort(fn) {
        webidl.brandCheck(this, FileReader);
        if (this[kEvents].abort) this.removeEventListener('abort', this[kEvents].abort);
        if (typeof fn === 'function') {
          this[kEvents].abort = fn;
          this.addEventListener('abort', fn);
        } else this[kEvents].abort = null;
      }
    }
    FileReader.EMPTY = FileReader.prototype.EMPTY = 0;
    FileReader.LOADING = FileReader.prototype.LOADING = 1;
    FileReader.DONE = FileReader.prototype.DONE = 2;
    Object.defineProperties(FileReader.prototype, {
      EMPTY: staticPropertyDescriptors,
      LOADING: staticPropertyDescriptors,
      DONE: staticPropertyDescriptors,
      readAsArrayBuffer: kEnumerableProperty,
      readAsBinaryString: kEnumerableProperty,
      readAsText: kEnumerableProperty,
      readAsDataURL: kEnumerableProperty,
      abort: kEnumerableProperty,
      readyState: kEnumerableProperty,
      result: kEnumerableProperty,
      error: kEnumerableProperty,
      onloadstart: kEnumerableProperty,
      onprogress: kEnumerableProperty,
      onload: kEnumerableProperty,
      onabort: kEnumerableProperty,
      onerror: kEnumerableProperty,
      onloadend: kEnumerableProperty,
      [Symbol.toStringTag]: {
        value: 'FileReader',
        writable: false,
        enumerable: false,
        configurable: true
      }
    });
    Object.defineProperties(FileReader, {
      EMPTY: staticPropertyDescriptors,
      LOADING: staticPropertyDescriptors,
      DONE: staticPropertyDescriptors
    });
    module.exports = {
      FileReader: FileReader
    };
  },
  5976: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {webidl: webidl} = __webpack_require__(4222);
    const kState = Symbol('ProgressEvent state');
    class ProgressEvent extends Event {
      constructor(type, eventInitDict = {}) {
        type = webidl.converters.DOMString(type);
        eventInitDict = webidl.converters.ProgressEventInit(eventInitDict ?? {});
        super(type, eventInitDict);
        this[kState] = {
          lengthComputable: eventInitDict.lengthComputable,
          loaded: eventInitDict.loaded,
          total: eventInitDict.total
        };
      }
      get lengthComputable() {
        webidl.brandCheck(this, ProgressEvent);
        return this[kState].lengthComputable;
      }
      get loaded() {
        webidl.brandCheck(this, ProgressEvent);
        return this[kState].loaded;
      }
      get total() {
        webidl.brandCheck(this, ProgressEvent);
        return this[kState].total;
      }
    }
    webidl.converters.ProgressEventInit = webidl.dictionaryConverter([ {
      key: 'lengthComputable',
      converter: webidl.converters.boolean,
      defaultValue: false
    }, {
      key: 'loaded',
      converter: webidl.converters['unsigned long long'],
      defaultValue: 0
    }, {
      key: 'total',
      converter: webidl.converters['unsigned long long'],
      defaultValue: 0
    }, {
      key: 'bubbles',
      converter: webidl.converters.boolean,
      defaultValue: false
    }, {
      key: 'cancelable',
      converter: webidl.converters.boolean,
      defaultValue: false
    }, {
      key: 'composed',
      converter: webidl.converters.boolean,
      defaultValue: false
    } ]);
    module.exports = {
      ProgressEvent: ProgressEvent
    };
  },
  6812: module => {
    "use strict";
    module.exports = {
      kState: Symbol('FileReader state'),
      kResult: Symbol('FileReader result'),
      kError: Symbol('FileReader error'),
      kLastProgressEventFired: Symbol('FileReader last progress event fired timestamp'),
      kEvents: Symbol('FileReader events'),
      kAborted: Symbol('FileReader aborted')
    };
  },
  165: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {kState: kState, kError: kError, kResult: kResult, kAborted: kAborted, kLastProgressEventFired: kLastProgressEventFired} = __webpack_require__(6812);
    const {ProgressEvent: ProgressEvent} = __webpack_require__(5976);
    const {getEncoding: getEncoding} = __webpack_require__(396);
    const {DOMException: DOMException} = __webpack_require__(7326);
    const {serializeAMimeType: serializeAMimeType, parseMIMEType: parseMIMEType} = __webpack_require__(4322);
    const {types: types} = __webpack_require__(9023);
    const {StringDecoder: StringDecoder} = __webpack_require__(3193);
    const {btoa: btoa} = __webpack_require__(181);
    const staticPropertyDescriptors = {
      enumerable: true,
      writable: false,
      configurable: false
    };
    function readOperation(fr, blob, type, encodingName) {
      if (fr[kState] === 'loading') throw new DOMException('Invalid state', 'InvalidStateError');
      fr[kState] = 'loading';
      fr[kResult] = null;
      fr[kError] = null;
      const stream = blob.stream();
      const reader = stream.getReader();
      const bytes = [];
      let chunkPromise = reader.read();
      let isFirstChunk = true;
      (async () => {
        while (!fr[kAborted]) try {
          const {done: done, value: value} = await chunkPromise;
          if (isFirstChunk && !fr[kAborted]) queueMicrotask(() => {
            fireAProgressEvent('loadstart', fr);
          });
          isFirstChunk = false;
          if (!done && types.isUint8Array(value)) {
            bytes.push(value);
            if ((fr[kLastProgressEventFired] === void 0 || Date.now() - fr[kLastProgressEventFired] >= 50) && !fr[kAborted]) {
              fr[kLastProgressEventFired] = Date.now();
              queueMicrotask(() => {
                fireAProgressEvent('progress', fr);
              });
            }
            chunkPromise = reader.read();
          } else if (done) {
            queueMicrotask(() => {
              fr[kState] = 'done';
              try {
                const result = packageData(bytes, type, blob.type, encodingName);
                if (fr[kAborted]) return;
                fr[kResult] = result;
                fireAProgressEvent('load', fr);
              } catch (error) {
                fr[kError] = error;
                fireAProgressEvent('error', fr);
              }
              if (fr[kState] !== 'loading') fireAProgressEvent('loadend', fr);
            });
            break;
          }
        } catch (error) {
          if (fr[kAborted]) return;
          queueMicrotask(() => {
            fr[kState] = 'done';
            fr[kError] = error;
            fireAProgressEvent('error', fr);
            if (fr[kState] !== 'loading') fireAProgressEvent('loadend', fr);
          });
          break;
        }
      })();
    }
    function fireAProgressEvent(e, reader) {
      const event = new ProgressEvent(e, {
        bubbles: false,
        cancelable: false
      });
      reader.dispatchEvent(event);
    }
    function packageData(bytes, type, mimeType, encodingName) {
      switch (type) {
       case 'DataURL':
        {
          let dataURL = 'data:';
          const parsed = parseMIMEType(mimeType || 'application/octet-stream');
          if (parsed !== 'failure') dataURL += serializeAMimeType(parsed);
          dataURL += ';base64,';
          const decoder = new StringDecoder('latin1');
          for (const chunk of bytes) dataURL += btoa(decoder.write(chunk));
          dataURL += btoa(decoder.end());
          return dataURL;
        }

       case 'Text':
        {
          let encoding = 'failure';
          if (encodingName) encoding = getEncoding(encodingName);
          if (encoding === 'failure' && mimeType) {
            const type = parseMIMEType(mimeType);
            if (type !== 'failure') encoding = getEncoding(type.parameters.get('charset'));
          }
          if (encoding === 'failure') encoding = 'UTF-8';
          return decode(bytes, encoding);
        }

       case 'ArrayBuffer':
        {
          const sequence = combineByteSequences(bytes);
          return sequence.buffer;
        }

       case 'BinaryString':
        {
          let binaryString = '';
          const decoder = new StringDecoder('latin1');
          for (const chunk of bytes) binaryString += decoder.write(chunk);
          binaryString += decoder.end();
          return binaryString;
        }
      }
    }
    function decode(ioQueue, encoding) {
      const bytes = combineByteSequences(ioQueue);
      const BOMEncoding = BOMSniffing(bytes);
      let slice = 0;
      if (BOMEncoding !== null) {
        encoding = BOMEncoding;
        slice = BOMEncoding === 'UTF-8' ? 3 : 2;
      }
      const sliced = bytes.slice(slice);
      return new TextDecoder(encoding).decode(sliced);
    }
    function BOMSniffing(ioQueue) {
      const [a, b, c] = ioQueue;
      if (a === 239 && b === 187 && c === 191) return 'UTF-8'; else if (a === 254 && b === 255) return 'UTF-16BE'; else if (a === 255 && b === 254) return 'UTF-16LE';
      return null;
    }
    function combineByteSequences(sequences) {
      const size = sequences.reduce((a, b) => a + b.byteLength, 0);
      let offset = 0;
      return sequences.reduce((a, b) => {
        a.set(b, offset);
        offset += b.byteLength;
        return a;
      }, new Uint8Array(size));
    }
    module.exports = {
      staticPropertyDescriptors: staticPropertyDescriptors,
      readOperation: readOperation,
      fireAProgressEvent: fireAProgressEvent
    };
  },
  2581: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const globalDispatcher = Symbol.for('undici.globalDispatcher.1');
    const {InvalidArgumentError: InvalidArgumentError} = __webpack_require__(8707);
    const Agent = __webpack_require__(2346);
    if (getGlobalDispatcher() === void 0) setGlobalDispatcher(new Agent);
    function setGlobalDispatcher(agent) {
      if (!agent || typeof agent.dispatch !== 'function') throw new InvalidArgumentError('Argument agent must implement Agent');
      Object.defineProperty(globalThis, globalDispatcher, {
        value: agent,
        writable: true,
        enumerable: false,
        configurable: false
      });
    }
    function getGlobalDispatcher() {
      return globalThis[globalDispatcher];
    }
    module.exports = {
      setGlobalDispatcher: setGlobalDispatcher,
      getGlobalDispatcher: getGlobalDispatcher
    };
  },
  8840: module => {
    "use strict";
    module.exports = class {
      constructor(handler) {
        this.handler = handler;
      }
      onConnect(...args) {
        return this.handler.onConnect(...args);
      }
      onError(...args) {
        return this.handler.onError(...args);
      }
      onUpgrade(...args) {
        return this.handler.onUpgrade(...args);
      }
      onHeaders(...args) {
        return this.handler.onHeaders(...args);
      }
      onData(...args) {
        return this.handler.onData(...args);
      }
      onComplete(...args) {
        return this.handler.onComplete(...args);
      }
      onBodySent(...args) {
        return this.handler.onBodySent(...args);
      }
    };
  },
  8299: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const util = __webpack_require__(3440);
    const {kBodyUsed: kBodyUsed} = __webpack_require__(6443);
    const assert = __webpack_require__(2613);
    const {InvalidArgumentError: InvalidArgumentError} = __webpack_require__(8707);
    const EE = __webpack_require__(4434);
    const redirectableStatusCodes = [ 300, 301, 302, 303, 307, 308 ];
    const kBody = Symbol('body');
    class BodyAsyncIterable {
      constructor(body) {
        this[kBody] = body;
        this[kBodyUsed] = false;
      }
      async* [Symbol.asyncIterator]() {
        assert(!this[kBodyUsed], 'disturbed');
        this[kBodyUsed] = true;
        yield* this[kBody];
      }
    }
    class RedirectHandler {
      constructor(dispatch, maxRedirections, opts, handler) {
        if (maxRedirections != null && (!Number.isInteger(maxRedirections) || maxRedirections < 0)) throw new InvalidArgumentError('maxRedirections must be a positive number');
        util.validateHandler(handler, opts.method, opts.upgrade);
        this.dispatch = dispatch;
        this.location = null;
        this.abort = null;
        this.opts = {
          ...opts,
          maxRedirections: 0
        };
        this.maxRedirections = maxRedirections;
        this.handler = handler;
        this.history = [];
        if (util.isStream(this.opts.body)) {
          if (util.bodyLength(this.opts.body) === 0) this.opts.body.on('data', function() {
            assert(false);
          });
          if (typeof this.opts.body.readableDidRead !== 'boolean') {
            this.opts.body[kBodyUsed] = false;
            EE.prototype.on.call(this.opts.body, 'data', function() {
              this[kBodyUsed] = true;
            });
          }
        } else if (this.opts.body && typeof this.opts.body.pipeTo === 'function') this.opts.body = new BodyAsyncIterable(this.opts.body); else if (this.opts.body && typeof this.opts.body !== 'string' && !ArrayBuffer.isView(this.opts.body) && util.isIterable(this.opts.body)) this.opts.body = new BodyAsyncIterable(this.opts.body);
      }
      onConnect(abort) {
        this.abort = abort;
        this.handler.onConnect(abort, {
          history: this.history
        });
      }
      onUpgrade(statusCode, headers, socket) {
        this.handler.onUpgrade(statusCode, headers, socket);
      }
      onError(error) {
        this.handler.onError(error);
      }
      onHeaders(statusCode, headers, resume, statusText) {
        this.location = this.history.length >= this.maxRedirections || util.isDisturbed(this.opts.body) ? null : parseLocation(statusCode, headers);
        if (this.opts.origin) this.history.push(new URL(this.opts.path, this.opts.origin));
        if (!this.location) return this.handler.onHeaders(statusCode, headers, resume, statusText);
        const {origin: origin, pathname: pathname, search: search} = util.parseURL(new URL(this.location, this.opts.origin && new URL(this.opts.path, this.opts.origin)));
        const path = search ? `${pathname}${search}` : pathname;
        this.opts.headers = cleanRequestHeaders(this.opts.headers, statusCode === 303, this.opts.origin !== origin);
        this.opts.path = path;
        this.opts.origin = origin;
        this.opts.maxRedirections = 0;
        this.opts.query = null;
        if (statusCode === 303 && this.opts.method !== 'HEAD') {
          this.opts.method = 'GET';
          this.opts.body = null;
        }
      }
      onData(chunk) {
        if (this.location) ; else return this.handler.onData(chunk);
      }
      onComplete(trailers) {
        if (this.location) {
          this.location = null;
          this.abort = null;
          this.dispatch(this.opts, this);
        } else this.handler.onComplete(trailers);
      }
      onBodySent(chunk) {
        if (this.handler.onBodySent) this.handler.onBodySent(chunk);
      }
    }
    function parseLocation(statusCode, headers) {
      if (redirectableStatusCodes.indexOf(statusCode) === -1) return null;
      for (let i = 0; i < headers.length; i += 2) if (headers[i].toString().toLowerCase() === 'location') return headers[i + 1];
    }
    function shouldRemoveHeader(header, removeContent, unknownOrigin) {
      if (header.length === 4) return util.headerNameToString(header) === 'host';
      if (removeContent && util.headerNameToString(header).startsWith('content-')) return true;
      if (unknownOrigin && (header.length === 13 || header.length === 6 || header.length === 19)) {
        const name = util.headerNameToString(header);
        return name === 'authorization' || name === 'cookie' || name === 'proxy-authorization';
      }
      return false;
    }
    function cleanRequestHeaders(headers, removeContent, unknownOrigin) {
      const ret = [];
      if (Array.isArray(headers)) {
        for (let i = 0; i < headers.length; i += 2) if (!shouldRemoveHeader(headers[i], removeContent, unknownOrigin)) ret.push(headers[i], headers[i + 1]);
      } else if (headers && typeof headers === 'object') {
        for (const key of Object.keys(headers)) if (!shouldRemoveHeader(key, removeContent, unknownOrigin)) ret.push(key, headers[key]);
      } else assert(headers == null, 'headers must be an object or an array');
      return ret;
    }
    module.exports = RedirectHandler;
  },
  3573: (module, __unused_webpack_exports, __webpack_require__) => {
    const assert = __webpack_require__(2613);
    const {kRetryHandlerDefaultRetry: kRetryHandlerDefaultRetry} = __webpack_require__(6443);
    const {RequestRetryError: RequestRetryError} = __webpack_require__(8707);
    const {isDisturbed: isDisturbed, parseHeaders: parseHeaders, parseRangeHeader: parseRangeHeader} = __webpack_require__(3440);
    function calculateRetryAfterHeader(retryAfter) {
      const current = Date.now();
      const diff = new Date(retryAfter).getTime() - current;
      return diff;
    }
    class RetryHandler {
      constructor(opts, handlers) {
        const {retryOptions: retryOptions, ...dispatchOpts} = opts;
        const {retry: retryFn, maxRetries: maxRetries, maxTimeout: maxTimeout, minTimeout: minTimeout, timeoutFactor: timeoutFactor, methods: methods, errorCodes: errorCodes, retryAfter: retryAfter, statusCodes: statusCodes} = retryOptions ?? {};
        this.dispatch = handlers.dispatch;
        this.handler = handlers.handler;
        this.opts = dispatchOpts;
        this.abort = null;
        this.aborted = false;
        this.retryOpts = {
          retry: retryFn ?? RetryHandler[kRetryHandlerDefaultRetry],
          retryAfter: retryAfter ?? true,
          maxTimeout: maxTimeout ?? 30 * 1e3,
          timeout: minTimeout ?? 500,
          timeoutFactor: timeoutFactor ?? 2,
          maxRetries: maxRetries ?? 5,
          methods: methods ?? [ 'GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE' ],
          statusCodes: statusCodes ?? [ 500, 502, 503, 504, 429 ],
          errorCodes: errorCodes ?? [ 'ECONNRESET', 'ECONNREFUSED', 'ENOTFOUND', 'ENETDOWN', 'ENETUNREACH', 'EHOSTDOWN', 'EHOSTUNREACH', 'EPIPE' ]
        };
        this.retryCount = 0;
        this.start = 0;
        this.end = null;
        this.etag = null;
        this.resume = null;
        this.handler.onConnect(reason => {
          this.aborted = true;
          if (this.abort) this.abort(reason); else this.reason = reason;
        });
      }
      onRequestSent() {
        if (this.handler.onRequestSent) this.handler.onRequestSent();
      }
      onUpgrade(statusCode, headers, socket) {
        if (this.handler.onUpgrade) this.handler.onUpgrade(statusCode, headers, socket);
      }
      onConnect(abort) {
        if (this.aborted) abort(this.reason); else this.abort = abort;
      }
      onBodySent(chunk) {
        if (this.handler.onBodySent) return this.handler.onBodySent(chunk);
      }
      static [kRetryHandlerDefaultRetry](err, {state: state, opts: opts}, cb) {
        const {statusCode: statusCode, code: code, headers: headers} = err;
        const {method: method, retryOptions: retryOptions} = opts;
        const {maxRetries: maxRetries, timeout: timeout, maxTimeout: maxTimeout, timeoutFactor: timeoutFactor, statusCodes: statusCodes, errorCodes: errorCodes, methods: methods} = retryOptions;
        let {counter: counter, currentTimeout: currentTimeout} = state;
        currentTimeout = currentTimeout != null && currentTimeout > 0 ? currentTimeout : timeout;
        if (code && code !== 'UND_ERR_REQ_RETRY' && code !== 'UND_ERR_SOCKET' && !errorCodes.includes(code)) {
          cb(err);
          return;
        }
        if (Array.isArray(methods) && !methods.includes(method)) {
          cb(err);
          return;
        }
        if (statusCode != null && Array.isArray(statusCodes) && !statusCodes.includes(statusCode)) {
          cb(err);
          return;
        }
        if (counter > maxRetries) {
          cb(err);
          return;
        }
        let retryAfterHeader = headers != null && headers['retry-after'];
        if (retryAfterHeader) {
          retryAfterHeader = Number(retryAfterHeader);
          retryAfterHeader = isNaN(retryAfterHeader) ? calculateRetryAfterHeader(retryAfterHeader) : retryAfterHeader * 1e3;
        }
        const retryTimeout = retryAfterHeader > 0 ? Math.min(retryAfterHeader, maxTimeout) : Math.min(currentTimeout * timeoutFactor ** counter, maxTimeout);
        state.currentTimeout = retryTimeout;
        setTimeout(() => cb(null), retryTimeout);
      }
      onHeaders(statusCode, rawHeaders, resume, statusMessage) {
        const headers = parseHeaders(rawHeaders);
        this.retryCount += 1;
        if (statusCode >= 300) {
          this.abort(new RequestRetryError('Request failed', statusCode, {
            headers: headers,
            count: this.retryCount
          }));
          return false;
        }
        if (this.resume != null) {
          this.resume = null;
          if (statusCode !== 206) return true;
          const contentRange = parseRangeHeader(headers['content-range']);
          if (!contentRange) {
            this.abort(new RequestRetryError('Content-Range mismatch', statusCode, {
              headers: headers,
              count: this.retryCount
            }));
            return false;
          }
          if (this.etag != null && this.etag !== headers.etag) {
            this.abort(new RequestRetryError('ETag mismatch', statusCode, {
              headers: headers,
              count: this.retryCount
            }));
            return false;
          }
          const {start: start, size: size, end: end = size} = contentRange;
          assert(this.start === start, 'content-range mismatch');
          assert(this.end == null || this.end === end, 'content-range mismatch');
          this.resume = resume;
          return true;
        }
        if (this.end == null) {
          if (statusCode === 206) {
            const range = parseRangeHeader(headers['content-range']);
            if (range == null) return this.handler.onHeaders(statusCode, rawHeaders, resume, statusMessage);
            const {start: start, size: size, end: end = size} = range;
            assert(start != null && Number.isFinite(start) && this.start !== start, 'content-range mismatch');
            assert(Number.isFinite(start));
            assert(end != null && Number.isFinite(end) && this.end !== end, 'invalid content-length');
            this.start = start;
            this.end = end;
          }
          if (this.end == null) {
            const contentLength = headers['content-length'];
            this.end = contentLength != null ? Number(contentLength) : null;
          }
          assert(Number.isFinite(this.start));
          assert(this.end == null || Number.isFinite(this.end), 'invalid content-length');
          this.resume = resume;
          this.etag = headers.etag != null ? headers.etag : null;
          return this.handler.onHeaders(statusCode, rawHeaders, resume, statusMessage);
        }
        const err = new RequestRetryError('Request failed', statusCode, {
          headers: headers,
          count: this.retryCount
        });
        this.abort(err);
        return false;
      }
      onData(chunk) {
        this.start += chunk.length;
        return this.handler.onData(chunk);
      }
      onComplete(rawTrailers) {
        this.retryCount = 0;
        return this.handler.onComplete(rawTrailers);
      }
      onError(err) {
        if (this.aborted || isDisturbed(this.opts.body)) return this.handler.onError(err);
        this.retryOpts.retry(err, {
          state: {
            counter: this.retryCount++,
            currentTimeout: this.retryAfter
          },
          opts: {
            retryOptions: this.retryOpts,
            ...this.opts
          }
        }, onRetry.bind(this));
        function onRetry(err) {
          if (err != null || this.aborted || isDisturbed(this.opts.body)) return this.handler.onError(err);
          if (this.start !== 0) this.opts = {
            ...this.opts,
            headers: {
              ...this.opts.headers,
              range: `bytes=${this.start}-${this.end ?? ''}`
            }
          };
          try {
            this.dispatch(this.opts, this);
          } catch (err) {
            this.handler.onError(err);
          }
        }
      }
    }
    module.exports = RetryHandler;
  },
  4415: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const RedirectHandler = __webpack_require__(8299);
    function createRedirectInterceptor({maxRedirections: defaultMaxRedirections}) {
      return dispatch => function(opts, handler) {
        const {maxRedirections: maxRedirections = defaultMaxRedirections} = opts;
        if (!maxRedirections) return dispatch(opts, handler);
        const redirectHandler = new RedirectHandler(dispatch, maxRedirections, opts, handler);
        opts = {
          ...opts,
          maxRedirections: 0
        };
        return dispatch(opts, redirectHandler);
      };
    }
    module.exports = createRedirectInterceptor;
  },
  2824: (__unused_webpack_module, exports, __webpack_require__) => {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.SPECIAL_HEADERS = exports.HEADER_STATE = exports.MINOR = exports.MAJOR = exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS = exports.TOKEN = exports.STRICT_TOKEN = exports.HEX = exports.URL_CHAR = exports.STRICT_URL_CHAR = exports.USERINFO_CHARS = exports.MARK = exports.ALPHANUM = exports.NUM = exports.HEX_MAP = exports.NUM_MAP = exports.ALPHA = exports.FINISH = exports.H_METHOD_MAP = exports.METHOD_MAP = exports.METHODS_RTSP = exports.METHODS_ICE = exports.METHODS_HTTP = exports.METHODS = exports.LENIENT_FLAGS = exports.FLAGS = exports.TYPE = exports.ERROR = void 0;
    const utils_1 = __webpack_require__(172);
    (function(ERROR) {
      ERROR[ERROR["OK"] = 0] = "OK";
      ERROR[ERROR["INTERNAL"] = 1] = "INTERNAL";
      ERROR[ERROR["STRICT"] = 2] = "STRICT";
      ERROR[ERROR["LF_EXPECTED"] = 3] = "LF_EXPECTED";
      ERROR[ERROR["UNEXPECTED_CONTENT_LENGTH"] = 4] = "UNEXPECTED_CONTENT_LENGTH";
      ERROR[ERROR["CLOSED_CONNECTION"] = 5] = "CLOSED_CONNECTION";
      ERROR[ERROR["INVALID_METHOD"] = 6] = "INVALID_METHOD";
      ERROR[ERROR["INVALID_URL"] = 7] = "INVALID_URL";
      ERROR[ERROR["INVALID_CONSTANT"] = 8] = "INVALID_CONSTANT";
      ERROR[ERROR["INVALID_VERSION"] = 9] = "INVALID_VERSION";
      ERROR[ERROR["INVALID_HEADER_TOKEN"] = 10] = "INVALID_HEADER_TOKEN";
      ERROR[ERROR["INVALID_CONTENT_LENGTH"] = 11] = "INVALID_CONTENT_LENGTH";
      ERROR[ERROR["INVALID_CHUNK_SIZE"] = 12] = "INVALID_CHUNK_SIZE";
      ERROR[ERROR["INVALID_STATUS"] = 13] = "INVALID_STATUS";
      ERROR[ERROR["INVALID_EOF_STATE"] = 14] = "INVALID_EOF_STATE";
      ERROR[ERROR["INVALID_TRANSFER_ENCODING"] = 15] = "INVALID_TRANSFER_ENCODING";
      ERROR[ERROR["CB_MESSAGE_BEGIN"] = 16] = "CB_MESSAGE_BEGIN";
      ERROR[ERROR["CB_HEADERS_COMPLETE"] = 17] = "CB_HEADERS_COMPLETE";
      ERROR[ERROR["CB_MESSAGE_COMPLETE"] = 18] = "CB_MESSAGE_COMPLETE";
      ERROR[ERROR["CB_CHUNK_HEADER"] = 19] = "CB_CHUNK_HEADER";
      ERROR[ERROR["CB_CHUNK_COMPLETE"] = 20] = "CB_CHUNK_COMPLETE";
      ERROR[ERROR["PAUSED"] = 21] = "PAUSED";
      ERROR[ERROR["PAUSED_UPGRADE"] = 22] = "PAUSED_UPGRADE";
      ERROR[ERROR["PAUSED_H2_UPGRADE"] = 23] = "PAUSED_H2_UPGRADE";
      ERROR[ERROR["USER"] = 24] = "USER";
    })(exports.ERROR || (exports.ERROR = {}));
    (function(TYPE) {
      TYPE[TYPE["BOTH"] = 0] = "BOTH";
      TYPE[TYPE["REQUEST"] = 1] = "REQUEST";
      TYPE[TYPE["RESPONSE"] = 2] = "RESPONSE";
    })(exports.TYPE || (exports.TYPE = {}));
    (function(FLAGS) {
      FLAGS[FLAGS["CONNECTION_KEEP_ALIVE"] = 1] = "CONNECTION_KEEP_ALIVE";
      FLAGS[FLAGS["CONNECTION_CLOSE"] = 2] = "CONNECTION_CLOSE";
      FLAGS[FLAGS["CONNECTION_UPGRADE"] = 4] = "CONNECTION_UPGRADE";
      FLAGS[FLAGS["CHUNKED"] = 8] = "CHUNKED";
      FLAGS[FLAGS["UPGRADE"] = 16] = "UPGRADE";
      FLAGS[FLAGS["CONTENT_LENGTH"] = 32] = "CONTENT_LENGTH";
      FLAGS[FLAGS["SKIPBODY"] = 64] = "SKIPBODY";
      FLAGS[FLAGS["TRAILING"] = 128] = "TRAILING";
      FLAGS[FLAGS["TRANSFER_ENCODING"] = 512] = "TRANSFER_ENCODING";
    })(exports.FLAGS || (exports.FLAGS = {}));
    (function(LENIENT_FLAGS) {
      LENIENT_FLAGS[LENIENT_FLAGS["HEADERS"] = 1] = "HEADERS";
      LENIENT_FLAGS[LENIENT_FLAGS["CHUNKED_LENGTH"] = 2] = "CHUNKED_LENGTH";
      LENIENT_FLAGS[LENIENT_FLAGS["KEEP_ALIVE"] = 4] = "KEEP_ALIVE";
    })(exports.LENIENT_FLAGS || (exports.LENIENT_FLAGS = {}));
    var METHODS;
    (function(METHODS) {
      METHODS[METHODS["DELETE"] = 0] = "DELETE";
      METHODS[METHODS["GET"] = 1] = "GET";
      METHODS[METHODS["HEAD"] = 2] = "HEAD";
      METHODS[METHODS["POST"] = 3] = "POST";
      METHODS[METHODS["PUT"] = 4] = "PUT";
      METHODS[METHODS["CONNECT"] = 5] = "CONNECT";
      METHODS[METHODS["OPTIONS"] = 6] = "OPTIONS";
      METHODS[METHODS["TRACE"] = 7] = "TRACE";
      METHODS[METHODS["COPY"] = 8] = "COPY";
      METHODS[METHODS["LOCK"] = 9] = "LOCK";
      METHODS[METHODS["MKCOL"] = 10] = "MKCOL";
      METHODS[METHODS["MOVE"] = 11] = "MOVE";
      METHODS[METHODS["PROPFIND"] = 12] = "PROPFIND";
      METHODS[METHODS["PROPPATCH"] = 13] = "PROPPATCH";
      METHODS[METHODS["SEARCH"] = 14] = "SEARCH";
      METHODS[METHODS["UNLOCK"] = 15] = "UNLOCK";
      METHODS[METHODS["BIND"] = 16] = "BIND";
      METHODS[METHODS["REBIND"] = 17] = "REBIND";
      METHODS[METHODS["UNBIND"] = 18] = "UNBIND";
      METHODS[METHODS["ACL"] = 19] = "ACL";
      METHODS[METHODS["REPORT"] = 20] = "REPORT";
      METHODS[METHODS["MKACTIVITY"] = 21] = "MKACTIVITY";
      METHODS[METHODS["CHECKOUT"] = 22] = "CHECKOUT";
      METHODS[METHODS["MERGE"] = 23] = "MERGE";
      METHODS[METHODS["M-SEARCH"] = 24] = "M-SEARCH";
      METHODS[METHODS["NOTIFY"] = 25] = "NOTIFY";
      METHODS[METHODS["SUBSCRIBE"] = 26] = "SUBSCRIBE";
      METHODS[METHODS["UNSUBSCRIBE"] = 27] = "UNSUBSCRIBE";
      METHODS[METHODS["PATCH"] = 28] = "PATCH";
      METHODS[METHODS["PURGE"] = 29] = "PURGE";
      METHODS[METHODS["MKCALENDAR"] = 30] = "MKCALENDAR";
      METHODS[METHODS["LINK"] = 31] = "LINK";
      METHODS[METHODS["UNLINK"] = 32] = "UNLINK";
      METHODS[METHODS["SOURCE"] = 33] = "SOURCE";
      METHODS[METHODS["PRI"] = 34] = "PRI";
      METHODS[METHODS["DESCRIBE"] = 35] = "DESCRIBE";
      METHODS[METHODS["ANNOUNCE"] = 36] = "ANNOUNCE";
      METHODS[METHODS["SETUP"] = 37] = "SETUP";
      METHODS[METHODS["PLAY"] = 38] = "PLAY";
      METHODS[METHODS["PAUSE"] = 39] = "PAUSE";
      METHODS[METHODS["TEARDOWN"] = 40] = "TEARDOWN";
      METHODS[METHODS["GET_PARAMETER"] = 41] = "GET_PARAMETER";
      METHODS[METHODS["SET_PARAMETER"] = 42] = "SET_PARAMETER";
      METHODS[METHODS["REDIRECT"] = 43] = "REDIRECT";
      METHODS[METHODS["RECORD"] = 44] = "RECORD";
      METHODS[METHODS["FLUSH"] = 45] = "FLUSH";
    })(METHODS = exports.METHODS || (exports.METHODS = {}));
    exports.METHODS_HTTP = [ METHODS.DELETE, METHODS.GET, METHODS.HEAD, METHODS.POST, METHODS.PUT, METHODS.CONNECT, METHODS.OPTIONS, METHODS.TRACE, METHODS.COPY, METHODS.LOCK, METHODS.MKCOL, METHODS.MOVE, METHODS.PROPFIND, METHODS.PROPPATCH, METHODS.SEARCH, METHODS.UNLOCK, METHODS.BIND, METHODS.REBIND, METHODS.UNBIND, METHODS.ACL, METHODS.REPORT, METHODS.MKACTIVITY, METHODS.CHECKOUT, METHODS.MERGE, METHODS['M-SEARCH'], METHODS.NOTIFY, METHODS.SUBSCRIBE, METHODS.UNSUBSCRIBE, METHODS.PATCH, METHODS.PURGE, METHODS.MKCALENDAR, METHODS.LINK, METHODS.UNLINK, METHODS.PRI, METHODS.SOURCE ];
    exports.METHODS_ICE = [ METHODS.SOURCE ];
    exports.METHODS_RTSP = [ METHODS.OPTIONS, METHODS.DESCRIBE, METHODS.ANNOUNCE, METHODS.SETUP, METHODS.PLAY, METHODS.PAUSE, METHODS.TEARDOWN, METHODS.GET_PARAMETER, METHODS.SET_PARAMETER, METHODS.REDIRECT, METHODS.RECORD, METHODS.FLUSH, METHODS.GET, METHODS.POST ];
    exports.METHOD_MAP = utils_1.enumToMap(METHODS);
    exports.H_METHOD_MAP = {};
    Object.keys(exports.METHOD_MAP).forEach(key => {
      if (/^H/.test(key)) exports.H_METHOD_MAP[key] = exports.METHOD_MAP[key];
    });
    (function(FINISH) {
      FINISH[FINISH["SAFE"] = 0] = "SAFE";
      FINISH[FINISH["SAFE_WITH_CB"] = 1] = "SAFE_WITH_CB";
      FINISH[FINISH["UNSAFE"] = 2] = "UNSAFE";
    })(exports.FINISH || (exports.FINISH = {}));
    exports.ALPHA = [];
    for (let i = 'A'.charCodeAt(0); i <= 'Z'.charCodeAt(0); i++) {
      exports.ALPHA.push(String.fromCharCode(i));
      exports.ALPHA.push(String.fromCharCode(i + 32));
    }
    exports.NUM_MAP = {
      0: 0,
      1: 1,
      2: 2,
      3: 3,
      4: 4,
      5: 5,
      6: 6,
      7: 7,
      8: 8,
      9: 9
    };
    exports.HEX_MAP = {
      0: 0,
      1: 1,
      2: 2,
      3: 3,
      4: 4,
      5: 5,
      6: 6,
      7: 7,
      8: 8,
      9: 9,
      A: 10,
      B: 11,
      C: 12,
      D: 13,
      E: 14,
      F: 15,
      a: 10,
      b: 11,
      c: 12,
      d: 13,
      e: 14,
      f: 15
    };
    exports.NUM = [ '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' ];
    exports.ALPHANUM = exports.ALPHA.concat(exports.NUM);
    exports.MARK = [ '-', '_', '.', '!', '~', '*', '\'', '(', ')' ];
    exports.USERINFO_CHARS = exports.ALPHANUM.concat(exports.MARK).concat([ '%', ';', ':', '&', '=', '+', '$', ',' ]);
    exports.STRICT_URL_CHAR = [ '!', '"', '$', '%', '&', '\'', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', '\\', ']', '^', '_', '`', '{', '|', '}', '~' ].concat(exports.ALPHANUM);
    exports.URL_CHAR = exports.STRICT_URL_CHAR.concat([ '\t', '\f' ]);
    for (let i = 128; i <= 255; i++) exports.URL_CHAR.push(i);
    exports.HEX = exports.NUM.concat([ 'a', 'b', 'c', 'd', 'e', 'f', 'A', 'B', 'C', 'D', 'E', 'F' ]);
    exports.STRICT_TOKEN = [ '!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~' ].concat(exports.ALPHANUM);
    exports.TOKEN = exports.STRICT_TOKEN.concat([ ' ' ]);
    exports.HEADER_CHARS = [ '\t' ];
    for (let i = 32; i <= 255; i++) if (i !== 127) exports.HEADER_CHARS.push(i);
    exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS.filter(c => c !== 44);
    exports.MAJOR = exports.NUM_MAP;
    exports.MINOR = exports.MAJOR;
    var HEADER_STATE;
    (function(HEADER_STATE) {
      HEADER_STATE[HEADER_STATE["GENERAL"] = 0] = "GENERAL";
      HEADER_STATE[HEADER_STATE["CONNECTION"] = 1] = "CONNECTION";
      HEADER_STATE[HEADER_STATE["CONTENT_LENGTH"] = 2] = "CONTENT_LENGTH";
      HEADER_STATE[HEADER_STATE["TRANSFER_ENCODING"] = 3] = "TRANSFER_ENCODING";
      HEADER_STATE[HEADER_STATE["UPGRADE"] = 4] = "UPGRADE";
      HEADER_STATE[HEADER_STATE["CONNECTION_KEEP_ALIVE"] = 5] = "CONNECTION_KEEP_ALIVE";
      HEADER_STATE[HEADER_STATE["CONNECTION_CLOSE"] = 6] = "CONNECTION_CLOSE";
      HEADER_STATE[HEADER_STATE["CONNECTION_UPGRADE"] = 7] = "CONNECTION_UPGRADE";
      HEADER_STATE[HEADER_STATE["TRANSFER_ENCODING_CHUNKED"] = 8] = "TRANSFER_ENCODING_CHUNKED";
    })(HEADER_STATE = exports.HEADER_STATE || (exports.HEADER_STATE = {}));
    exports.SPECIAL_HEADERS = {
      connection: HEADER_STATE.CONNECTION,
      'content-length': HEADER_STATE.CONTENT_LENGTH,
      'proxy-connection': HEADER_STATE.CONNECTION,
      'transfer-encoding': HEADER_STATE.TRANSFER_ENCODING,
      upgrade: HEADER_STATE.UPGRADE
    };
  },
  3870: module => {
    module.exports = 'AGFzbQEAAAABMAhgAX8Bf2ADf39/AX9gBH9/f38Bf2AAAGADf39/AGABfwBgAn9/AGAGf39/f39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQACA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAA0ZFAwMEAAAFAAAAAAAABQEFAAUFBQAABgAAAAAGBgYGAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAAABAQcAAAUFAwABBAUBcAESEgUDAQACBggBfwFBgNQECwfRBSIGbWVtb3J5AgALX2luaXRpYWxpemUACRlfX2luZGlyZWN0X2Z1bmN0aW9uX3RhYmxlAQALbGxodHRwX2luaXQAChhsbGh0dHBfc2hvdWxkX2tlZXBfYWxpdmUAQQxsbGh0dHBfYWxsb2MADAZtYWxsb2MARgtsbGh0dHBfZnJlZQANBGZyZWUASA9sbGh0dHBfZ2V0X3R5cGUADhVsbGh0dHBfZ2V0X2h0dHBfbWFqb3IADxVsbGh0dHBfZ2V0X2h0dHBfbWlub3IAEBFsbGh0dHBfZ2V0X21ldGhvZAARFmxsaHR0cF9nZXRfc3RhdHVzX2NvZGUAEhJsbGh0dHBfZ2V0X3VwZ3JhZGUAEwxsbGh0dHBfcmVzZXQAFA5sbGh0dHBfZXhlY3V0ZQAVFGxsaHR0cF9zZXR0aW5nc19pbml0ABYNbGxodHRwX2ZpbmlzaAAXDGxsaHR0cF9wYXVzZQAYDWxsaHR0cF9yZXN1bWUAGRtsbGh0dHBfcmVzdW1lX2FmdGVyX3VwZ3JhZGUAGhBsbGh0dHBfZ2V0X2Vycm5vABsXbGxodHRwX2dldF9lcnJvcl9yZWFzb24AHBdsbGh0dHBfc2V0X2Vycm9yX3JlYXNvbgAdFGxsaHR0cF9nZXRfZXJyb3JfcG9zAB4RbGxodHRwX2Vycm5vX25hbWUAHxJsbGh0dHBfbWV0aG9kX25hbWUAIBJsbGh0dHBfc3RhdHVzX25hbWUAIRpsbGh0dHBfc2V0X2xlbmllbnRfaGVhZGVycwAiIWxsaHR0cF9zZXRfbGVuaWVudF9jaHVua2VkX2xlbmd0aAAjHWxsaHR0cF9zZXRfbGVuaWVudF9rZWVwX2FsaXZlACQkbGxodHRwX3NldF9sZW5pZW50X3RyYW5zZmVyX2VuY29kaW5nACUYbGxodHRwX21lc3NhZ2VfbmVlZHNfZW9mAD8JFwEAQQELEQECAwQFCwYHNTk3MS8tJyspCsLgAkUCAAsIABCIgICAAAsZACAAEMKAgIAAGiAAIAI2AjggACABOgAoCxwAIAAgAC8BMiAALQAuIAAQwYCAgAAQgICAgAALKgEBf0HAABDGgICAACIBEMKAgIAAGiABQYCIgIAANgI4IAEgADoAKCABCwoAIAAQyICAgAALBwAgAC0AKAsHACAALQAqCwcAIAAtACsLBwAgAC0AKQsHACAALwEyCwcAIAAtAC4LRQEEfyAAKAIYIQEgAC0ALSECIAAtACghAyAAKAI4IQQgABDCgICAABogACAENgI4IAAgAzoAKCAAIAI6AC0gACABNgIYCxEAIAAgASABIAJqEMOAgIAACxAAIABBAEHcABDMgICAABoLZwEBf0EAIQECQCAAKAIMDQACQAJAAkACQCAALQAvDgMBAAMCCyAAKAI4IgFFDQAgASgCLCIBRQ0AIAAgARGAgICAAAAiAQ0DC0EADwsQyoCAgAAACyAAQcOWgIAANgIQQQ4hAQsgAQseAAJAIAAoAgwNACAAQdGbgIAANgIQIABBFTYCDAsLFgACQCAAKAIMQRVHDQAgAEEANgIMCwsWAAJAIAAoAgxBFkcNACAAQQA2AgwLCwcAIAAoAgwLBwAgACgCEAsJACAAIAE2AhALBwAgACgCFAsiAAJAIABBJEkNABDKgICAAAALIABBAnRBoLOAgABqKAIACyIAAkAgAEEuSQ0AEMqAgIAAAAsgAEECdEGwtICAAGooAgAL7gsBAX9B66iAgAAhAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABBnH9qDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0Hhp4CAAA8LQaShgIAADwtBy6yAgAAPC0H+sYCAAA8LQcCkgIAADwtBq6SAgAAPC0GNqICAAA8LQeKmgIAADwtBgLCAgAAPC0G5r4CAAA8LQdekgIAADwtB75+AgAAPC0Hhn4CAAA8LQfqfgIAADwtB8qCAgAAPC0Gor4CAAA8LQa6ygIAADwtBiLCAgAAPC0Hsp4CAAA8LQYKigIAADwtBjp2AgAAPC0HQroCAAA8LQcqjgIAADwtBxbKAgAAPC0HfnICAAA8LQdKcgIAADwtBxKCAgAAPC0HXoICAAA8LQaKfgIAADwtB7a6AgAAPC0GrsICAAA8LQdSlgIAADwtBzK6AgAAPC0H6roCAAA8LQfyrgIAADwtB0rCAgAAPC0HxnYCAAA8LQbuggIAADwtB96uAgAAPC0GQsYCAAA8LQdexgIAADwtBoq2AgAAPC0HUp4CAAA8LQeCrgIAADwtBn6yAgAAPC0HrsYCAAA8LQdWfgIAADwtByrGAgAAPC0HepYCAAA8LQdSegIAADwtB9JyAgAAPC0GnsoCAAA8LQbGdgIAADwtBoJ2AgAAPC0G5sYCAAA8LQbywgIAADwtBkqGAgAAPC0GzpoCAAA8LQemsgIAADwtBrJ6AgAAPC0HUq4CAAA8LQfemgIAADwtBgKaAgAAPC0GwoYCAAA8LQf6egIAADwtBjaOAgAAPC0GJrYCAAA8LQfeigIAADwtBoLGAgAAPC0Gun4CAAA8LQcalgIAADwtB6J6AgAAPC0GTooCAAA8LQcKvgIAADwtBw52AgAAPC0GLrICAAA8LQeGdgIAADwtBja+AgAAPC0HqoYCAAA8LQbStgIAADwtB0q+AgAAPC0HfsoCAAA8LQdKygIAADwtB8LCAgAAPC0GpooCAAA8LQfmjgIAADwtBmZ6AgAAPC0G1rICAAA8LQZuwgIAADwtBkrKAgAAPC0G2q4CAAA8LQcKigIAADwtB+LKAgAAPC0GepYCAAA8LQdCigIAADwtBup6AgAAPC0GBnoCAAA8LEMqAgIAAAAtB1qGAgAAhAQsgAQsWACAAIAAtAC1B/gFxIAFBAEdyOgAtCxkAIAAgAC0ALUH9AXEgAUEAR0EBdHI6AC0LGQAgACAALQAtQfsBcSABQQBHQQJ0cjoALQsZACAAIAAtAC1B9wFxIAFBAEdBA3RyOgAtCy4BAn9BACEDAkAgACgCOCIERQ0AIAQoAgAiBEUNACAAIAQRgICAgAAAIQMLIAMLSQECf0EAIQMCQCAAKAI4IgRFDQAgBCgCBCIERQ0AIAAgASACIAFrIAQRgYCAgAAAIgNBf0cNACAAQcaRgIAANgIQQRghAwsgAwsuAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAIwIgRFDQAgACAEEYCAgIAAACEDCyADC0kBAn9BACEDAkAgACgCOCIERQ0AIAQoAggiBEUNACAAIAEgAiABayAEEYGAgIAAACIDQX9HDQAgAEH2ioCAADYCEEEYIQMLIAMLLgECf0EAIQMCQCAAKAI4IgRFDQAgBCgCNCIERQ0AIAAgBBGAgICAAAAhAwsgAwtJAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAIMIgRFDQAgACABIAIgAWsgBBGBgICAAAAiA0F/Rw0AIABB7ZqAgAA2AhBBGCEDCyADCy4BAn9BACEDAkAgACgCOCIERQ0AIAQoAjgiBEUNACAAIAQRgICAgAAAIQMLIAMLSQECf0EAIQMCQCAAKAI4IgRFDQAgBCgCECIERQ0AIAAgASACIAFrIAQRgYCAgAAAIgNBf0cNACAAQZWQgIAANgIQQRghAwsgAwsuAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAI8IgRFDQAgACAEEYCAgIAAACEDCyADC0kBAn9BACEDAkAgACgCOCIERQ0AIAQoAhQiBEUNACAAIAEgAiABayAEEYGAgIAAACIDQX9HDQAgAEGqm4CAADYCEEEYIQMLIAMLLgECf0EAIQMCQCAAKAI4IgRFDQAgBCgCQCIERQ0AIAAgBBGAgICAAAAhAwsgAwtJAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAIYIgRFDQAgACABIAIgAWsgBBGBgICAAAAiA0F/Rw0AIABB7ZOAgAA2AhBBGCEDCyADCy4BAn9BACEDAkAgACgCOCIERQ0AIAQoAkQiBEUNACAAIAQRgICAgAAAIQMLIAMLLgECf0EAIQMCQCAAKAI4IgRFDQAgBCgCJCIERQ0AIAAgBBGAgICAAAAhAwsgAwsuAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAIsIgRFDQAgACAEEYCAgIAAACEDCyADC0kBAn9BACEDAkAgACgCOCIERQ0AIAQoAigiBEUNACAAIAEgAiABayAEEYGAgIAAACIDQX9HDQAgAEH2iICAADYCEEEYIQMLIAMLLgECf0EAIQMCQCAAKAI4IgRFDQAgBCgCUCIERQ0AIAAgBBGAgICAAAAhAwsgAwtJAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAIcIgRFDQAgACABIAIgAWsgBBGBgICAAAAiA0F/Rw0AIABBwpmAgAA2AhBBGCEDCyADCy4BAn9BACEDAkAgACgCOCIERQ0AIAQoAkgiBEUNACAAIAQRgICAgAAAIQMLIAMLSQECf0EAIQMCQCAAKAI4IgRFDQAgBCgCICIERQ0AIAAgASACIAFrIAQRgYCAgAAAIgNBf0cNACAAQZSUgIAANgIQQRghAwsgAwsuAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAJMIgRFDQAgACAEEYCAgIAAACEDCyADCy4BAn9BACEDAkAgACgCOCIERQ0AIAQoAlQiBEUNACAAIAQRgICAgAAAIQMLIAMLLgECf0EAIQMCQCAAKAI4IgRFDQAgBCgCWCIERQ0AIAAgBBGAgICAAAAhAwsgAwtFAQF/AkACQCAALwEwQRRxQRRHDQBBASEDIAAtAChBAUYNASAALwEyQeUARiEDDAELIAAtAClBBUYhAwsgACADOgAuQQAL/gEBA39BASEDAkAgAC8BMCIEQQhxDQAgACkDIEIAUiEDCwJAAkAgAC0ALkUNAEEBIQUgAC0AKUEFRg0BQQEhBSAEQcAAcUUgA3FBAUcNAQtBACEFIARBwABxDQBBAiEFIARB//8DcSIDQQhxDQACQCADQYAEcUUNAAJAIAAtAChBAUcNACAALQAtQQpxDQBBBQ8LQQQPCwJAIANBIHENAAJAIAAtAChBAUYNACAALwEyQf//A3EiAEGcf2pB5ABJDQAgAEHMAUYNACAAQbACRg0AQQQhBSAEQShxRQ0CIANBiARxQYAERg0CC0EADwtBAEEDIAApAyBQGyEFCyAFC2IBAn9BACEBAkAgAC0AKEEBRg0AIAAvATJB//8DcSICQZx/akHkAEkNACACQcwBRg0AIAJBsAJGDQAgAC8BMCIAQcAAcQ0AQQEhASAAQYgEcUGABEYNACAAQShxRSEBCyABC6cBAQN/AkACQAJAIAAtACpFDQAgAC0AK0UNAEEAIQMgAC8BMCIEQQJxRQ0BDAILQQAhAyAALwEwIgRBAXFFDQELQQEhAyAALQAoQQFGDQAgAC8BMkH//wNxIgVBnH9qQeQASQ0AIAVBzAFGDQAgBUGwAkYNACAEQcAAcQ0AQQAhAyAEQYgEcUGABEYNACAEQShxQQBHIQMLIABBADsBMCAAQQA6AC8gAwuZAQECfwJAAkACQCAALQAqRQ0AIAAtACtFDQBBACEBIAAvATAiAkECcUUNAQwCC0EAIQEgAC8BMCICQQFxRQ0BC0EBIQEgAC0AKEEBRg0AIAAvATJB//8DcSIAQZx/akHkAEkNACAAQcwBRg0AIABBsAJGDQAgAkHAAHENAEEAIQEgAkGIBHFBgARGDQAgAkEocUEARyEBCyABC1kAIABBGGpCADcDACAAQgA3AwAgAEE4akIANwMAIABBMGpCADcDACAAQShqQgA3AwAgAEEgakIANwMAIABBEGpCADcDACAAQQhqQgA3AwAgAEHdATYCHEEAC3sBAX8CQCAAKAIMIgMNAAJAIAAoAgRFDQAgACABNgIECwJAIAAgASACEMSAgIAAIgMNACAAKAIMDwsgACADNgIcQQAhAyAAKAIEIgFFDQAgACABIAIgACgCCBGBgICAAAAiAUUNACAAIAI2AhQgACABNgIMIAEhAwsgAwvk8wEDDn8DfgR/I4CAgIAAQRBrIgMkgICAgAAgASEEIAEhBSABIQYgASEHIAEhCCABIQkgASEKIAEhCyABIQwgASENIAEhDiABIQ8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgACgCHCIQQX9qDt0B2gEB2QECAwQFBgcICQoLDA0O2AEPENcBERLWARMUFRYXGBkaG+AB3wEcHR7VAR8gISIjJCXUASYnKCkqKyzTAdIBLS7RAdABLzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVG2wFHSElKzwHOAUvNAUzMAU1OT1BRUlNUVVZXWFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4ABgQGCAYMBhAGFAYYBhwGIAYkBigGLAYwBjQGOAY8BkAGRAZIBkwGUAZUBlgGXAZgBmQGaAZsBnAGdAZ4BnwGgAaEBogGjAaQBpQGmAacBqAGpAaoBqwGsAa0BrgGvAbABsQGyAbMBtAG1AbYBtwHLAcoBuAHJAbkByAG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAQDcAQtBACEQDMYBC0EOIRAMxQELQQ0hEAzEAQtBDyEQDMMBC0EQIRAMwgELQRMhEAzBAQtBFCEQDMABC0EVIRAMvwELQRYhEAy+AQtBFyEQDL0BC0EYIRAMvAELQRkhEAy7AQtBGiEQDLoBC0EbIRAMuQELQRwhEAy4AQtBCCEQDLcBC0EdIRAMtgELQSAhEAy1AQtBHyEQDLQBC0EHIRAMswELQSEhEAyyAQtBIiEQDLEBC0EeIRAMsAELQSMhEAyvAQtBEiEQDK4BC0ERIRAMrQELQSQhEAysAQtBJSEQDKsBC0EmIRAMqgELQSchEAypAQtBwwEhEAyoAQtBKSEQDKcBC0ErIRAMpgELQSwhEAylAQtBLSEQDKQBC0EuIRAMowELQS8hEAyiAQtBxAEhEAyhAQtBMCEQDKABC0E0IRAMnwELQQwhEAyeAQtBMSEQDJ0BC0EyIRAMnAELQTMhEAybAQtBOSEQDJoBC0E1IRAMmQELQcUBIRAMmAELQQshEAyXAQtBOiEQDJYBC0E2IRAMlQELQQohEAyUAQtBNyEQDJMBC0E4IRAMkgELQTwhEAyRAQtBOyEQDJABC0E9IRAMjwELQQkhEAyOAQtBKCEQDI0BC0E+IRAMjAELQT8hEAyLAQtBwAAhEAyKAQtBwQAhEAyJAQtBwgAhEAyIAQtBwwAhEAyHAQtBxAAhEAyGAQtBxQAhEAyFAQtBxgAhEAyEAQtBKiEQDIMBC0HHACEQDIIBC0HIACEQDIEBC0HJACEQDIABC0HKACEQDH8LQcsAIRAMfgtBzQAhEAx9C0HMACEQDHwLQc4AIRAMewtBzwAhEAx6C0HQACEQDHkLQdEAIRAMeAtB0gAhEAx3C0HTACEQDHYLQdQAIRAMdQtB1gAhEAx0C0HVACEQDHMLQQYhEAxyC0HXACEQDHELQQUhEAxwC0HYACEQDG8LQQQhEAxuC0HZACEQDG0LQdoAIRAMbAtB2wAhEAxrC0HcACEQDGoLQQMhEAxpC0HdACEQDGgLQd4AIRAMZwtB3wAhEAxmC0HhACEQDGULQeAAIRAMZAtB4gAhEAxjC0HjACEQDGILQQIhEAxhC0HkACEQDGALQeUAIRAMXwtB5gAhEAxeC0HnACEQDF0LQegAIRAMXAtB6QAhEAxbC0HqACEQDFoLQesAIRAMWQtB7AAhEAxYC0HtACEQDFcLQe4AIRAMVgtB7wAhEAxVC0HwACEQDFQLQfEAIRAMUwtB8gAhEAxSC0HzACEQDFELQfQAIRAMUAtB9QAhEAxPC0H2ACEQDE4LQfcAIRAMTQtB+AAhEAxMC0H5ACEQDEsLQfoAIRAMSgtB+wAhEAxJC0H8ACEQDEgLQf0AIRAMRwtB/gAhEAxGC0H/ACEQDEULQYABIRAMRAtBgQEhEAxDC0GCASEQDEILQYMBIRAMQQtBhAEhEAxAC0GFASEQDD8LQYYBIRAMPgtBhwEhEAw9C0GIASEQDDwLQYkBIRAMOwtBigEhEAw6C0GLASEQDDkLQYwBIRAMOAtBjQEhEAw3C0GOASEQDDYLQY8BIRAMNQtBkAEhEAw0C0GRASEQDDMLQZIBIRAMMgtBkwEhEAwxC0GUASEQDDALQZUBIRAMLwtBlgEhEAwuC0GXASEQDC0LQZgBIRAMLAtBmQEhEAwrC0GaASEQDCoLQZsBIRAMKQtBnAEhEAwoC0GdASEQDCcLQZ4BIRAMJgtBnwEhEAwlC0GgASEQDCQLQaEBIRAMIwtBogEhEAwiC0GjASEQDCELQaQBIRAMIAtBpQEhEAwfC0GmASEQDB4LQacBIRAMHQtBqAEhEAwcC0GpASEQDBsLQaoBIRAMGgtBqwEhEAwZC0GsASEQDBgLQa0BIRAMFwtBrgEhEAwWC0EBIRAMFQtBrwEhEAwUC0GwASEQDBMLQbEBIRAMEgtBswEhEAwRC0GyASEQDBALQbQBIRAMDwtBtQEhEAwOC0G2ASEQDA0LQbcBIRAMDAtBuAEhEAwLC0G5ASEQDAoLQboBIRAMCQtBuwEhEAwIC0HGASEQDAcLQbwBIRAMBgtBvQEhEAwFC0G+ASEQDAQLQb8BIRAMAwtBwAEhEAwCC0HCASEQDAELQcEBIRALA0ACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAQDscBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxweHyAhIyUoP0BBREVGR0hJSktMTU9QUVJT3gNXWVtcXWBiZWZnaGlqa2xtb3BxcnN0dXZ3eHl6e3x9foABggGFAYYBhwGJAYsBjAGNAY4BjwGQAZEBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBuAG5AboBuwG8Ab0BvgG/AcABwQHCAcMBxAHFAcYBxwHIAckBygHLAcwBzQHOAc8B0AHRAdIB0wHUAdUB1gHXAdgB2QHaAdsB3AHdAd4B4AHhAeIB4wHkAeUB5gHnAegB6QHqAesB7AHtAe4B7wHwAfEB8gHzAZkCpAKwAv4C/gILIAEiBCACRw3zAUHdASEQDP8DCyABIhAgAkcN3QFBwwEhEAz+AwsgASIBIAJHDZABQfcAIRAM/QMLIAEiASACRw2GAUHvACEQDPwDCyABIgEgAkcNf0HqACEQDPsDCyABIgEgAkcNe0HoACEQDPoDCyABIgEgAkcNeEHmACEQDPkDCyABIgEgAkcNGkEYIRAM+AMLIAEiASACRw0UQRIhEAz3AwsgASIBIAJHDVlBxQAhEAz2AwsgASIBIAJHDUpBPyEQDPUDCyABIgEgAkcNSEE8IRAM9AMLIAEiASACRw1BQTEhEAzzAwsgAC0ALkEBRg3rAwyHAgsgACABIgEgAhDAgICAAEEBRw3mASAAQgA3AyAM5wELIAAgASIBIAIQtICAgAAiEA3nASABIQEM9QILAkAgASIBIAJHDQBBBiEQDPADCyAAIAFBAWoiASACELuAgIAAIhAN6AEgASEBDDELIABCADcDIEESIRAM1QMLIAEiECACRw0rQR0hEAztAwsCQCABIgEgAkYNACABQQFqIQFBECEQDNQDC0EHIRAM7AMLIABCACAAKQMgIhEgAiABIhBrrSISfSITIBMgEVYbNwMgIBEgElYiFEUN5QFBCCEQDOsDCwJAIAEiASACRg0AIABBiYCAgAA2AgggACABNgIEIAEhAUEUIRAM0gMLQQkhEAzqAwsgASEBIAApAyBQDeQBIAEhAQzyAgsCQCABIgEgAkcNAEELIRAM6QMLIAAgAUEBaiIBIAIQtoCAgAAiEA3lASABIQEM8gILIAAgASIBIAIQuICAgAAiEA3lASABIQEM8gILIAAgASIBIAIQuICAgAAiEA3mASABIQEMDQsgACABIgEgAhC6gICAACIQDecBIAEhAQzwAgsCQCABIgEgAkcNAEEPIRAM5QMLIAEtAAAiEEE7Rg0IIBBBDUcN6AEgAUEBaiEBDO8CCyAAIAEiASACELqAgIAAIhAN6AEgASEBDPICCwNAAkAgAS0AAEHwtYCAAGotAAAiEEEBRg0AIBBBAkcN6wEgACgCBCEQIABBADYCBCAAIBAgAUEBaiIBELmAgIAAIhAN6gEgASEBDPQCCyABQQFqIgEgAkcNAAtBEiEQDOIDCyAAIAEiASACELqAgIAAIhAN6QEgASEBDAoLIAEiASACRw0GQRshEAzgAwsCQCABIgEgAkcNAEEWIRAM4AMLIABBioCAgAA2AgggACABNgIEIAAgASACELiAgIAAIhAN6gEgASEBQSAhEAzGAwsCQCABIgEgAkYNAANAAkAgAS0AAEHwt4CAAGotAAAiEEECRg0AAkAgEEF/ag4E5QHsAQDrAewBCyABQQFqIQFBCCEQDMgDCyABQQFqIgEgAkcNAAtBFSEQDN8DC0EVIRAM3gMLA0ACQCABLQAAQfC5gIAAai0AACIQQQJGDQAgEEF/ag4E3gHsAeAB6wHsAQsgAUEBaiIBIAJHDQALQRghEAzdAwsCQCABIgEgAkYNACAAQYuAgIAANgIIIAAgATYCBCABIQFBByEQDMQDC0EZIRAM3AMLIAFBAWohAQwCCwJAIAEiFCACRw0AQRohEAzbAwsgFCEBAkAgFC0AAEFzag4U3QLuAu4C7gLuAu4C7gLuAu4C7gLuAu4C7gLuAu4C7gLuAu4C7gIA7gILQQAhECAAQQA2AhwgAEGvi4CAADYCECAAQQI2AgwgACAUQQFqNgIUDNoDCwJAIAEtAAAiEEE7Rg0AIBBBDUcN6AEgAUEBaiEBDOUCCyABQQFqIQELQSIhEAy/AwsCQCABIhAgAkcNAEEcIRAM2AMLQgAhESAQIQEgEC0AAEFQag435wHmAQECAwQFBgcIAAAAAAAAAAkKCwwNDgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADxAREhMUAAtBHiEQDL0DC0ICIREM5QELQgMhEQzkAQtCBCERDOMBC0IFIREM4gELQgYhEQzhAQtCByERDOABC0IIIREM3wELQgkhEQzeAQtCCiERDN0BC0ILIREM3AELQgwhEQzbAQtCDSERDNoBC0IOIREM2QELQg8hEQzYAQtCCiERDNcBC0ILIREM1gELQgwhEQzVAQtCDSERDNQBC0IOIREM0wELQg8hEQzSAQtCACERAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAQLQAAQVBqDjflAeQBAAECAwQFBgfmAeYB5gHmAeYB5gHmAQgJCgsMDeYB5gHmAeYB5gHmAeYB5gHmAeYB5gHmAeYB5gHmAeYB5gHmAeYB5gHmAeYB5gHmAeYB5gEODxAREhPmAQtCAiERDOQBC0IDIREM4wELQgQhEQziAQtCBSERDOEBC0IGIREM4AELQgchEQzfAQtCCCERDN4BC0IJIREM3QELQgohEQzcAQtCCyERDNsBC0IMIREM2gELQg0hEQzZAQtCDiERDNgBC0IPIREM1wELQgohEQzWAQtCCyERDNUBC0IMIREM1AELQg0hEQzTAQtCDiERDNIBC0IPIREM0QELIABCACAAKQMgIhEgAiABIhBrrSISfSITIBMgEVYbNwMgIBEgElYiFEUN0gFBHyEQDMADCwJAIAEiASACRg0AIABBiYCAgAA2AgggACABNgIEIAEhAUEkIRAMpwMLQSAhEAy/AwsgACABIhAgAhC+gICAAEF/ag4FtgEAxQIB0QHSAQtBESEQDKQDCyAAQQE6AC8gECEBDLsDCyABIgEgAkcN0gFBJCEQDLsDCyABIg0gAkcNHkHGACEQDLoDCyAAIAEiASACELKAgIAAIhAN1AEgASEBDLUBCyABIhAgAkcNJkHQACEQDLgDCwJAIAEiASACRw0AQSghEAy4AwsgAEEANgIEIABBjICAgAA2AgggACABIAEQsYCAgAAiEA3TASABIQEM2AELAkAgASIQIAJHDQBBKSEQDLcDCyAQLQAAIgFBIEYNFCABQQlHDdMBIBBBAWohAQwVCwJAIAEiASACRg0AIAFBAWohAQwXC0EqIRAMtQMLAkAgASIQIAJHDQBBKyEQDLUDCwJAIBAtAAAiAUEJRg0AIAFBIEcN1QELIAAtACxBCEYN0wEgECEBDJEDCwJAIAEiASACRw0AQSwhEAy0AwsgAS0AAEEKRw3VASABQQFqIQEMyQILIAEiDiACRw3VAUEvIRAMsgMLA0ACQCABLQAAIhBBIEYNAAJAIBBBdmoOBADcAdwBANoBCyABIQEM4AELIAFBAWoiASACRw0AC0ExIRAMsQMLQTIhECABIhQgAkYNsAMgAiAUayAAKAIAIgFqIRUgFCABa0EDaiEWAkADQCAULQAAIhdBIHIgFyAXQb9/akH/AXFBGkkbQf8BcSABQfC7gIAAai0AAEcNAQJAIAFBA0cNAEEGIQEMlgMLIAFBAWohASAUQQFqIhQgAkcNAAsgACAVNgIADLEDCyAAQQA2AgAgFCEBDNkBC0EzIRAgASIUIAJGDa8DIAIgFGsgACgCACIBaiEVIBQgAWtBCGohFgJAA0AgFC0AACIXQSByIBcgF0G/f2pB/wFxQRpJG0H/AXEgAUH0u4CAAGotAABHDQECQCABQQhHDQBBBSEBDJUDCyABQQFqIQEgFEEBaiIUIAJHDQALIAAgFTYCAAywAwsgAEEANgIAIBQhAQzYAQtBNCEQIAEiFCACRg2uAyACIBRrIAAoAgAiAWohFSAUIAFrQQVqIRYCQANAIBQtAAAiF0EgciAXIBdBv39qQf8BcUEaSRtB/wFxIAFB0MKAgABqLQAARw0BAkAgAUEFRw0AQQchAQyUAwsgAUEBaiEBIBRBAWoiFCACRw0ACyAAIBU2AgAMrwMLIABBADYCACAUIQEM1wELAkAgASIBIAJGDQADQAJAIAEtAABBgL6AgABqLQAAIhBBAUYNACAQQQJGDQogASEBDN0BCyABQQFqIgEgAkcNAAtBMCEQDK4DC0EwIRAMrQMLAkAgASIBIAJGDQADQAJAIAEtAAAiEEEgRg0AIBBBdmoOBNkB2gHaAdkB2gELIAFBAWoiASACRw0AC0E4IRAMrQMLQTghEAysAwsDQAJAIAEtAAAiEEEgRg0AIBBBCUcNAwsgAUEBaiIBIAJHDQALQTwhEAyrAwsDQAJAIAEtAAAiEEEgRg0AAkACQCAQQXZqDgTaAQEB2gEACyAQQSxGDdsBCyABIQEMBAsgAUEBaiIBIAJHDQALQT8hEAyqAwsgASEBDNsBC0HAACEQIAEiFCACRg2oAyACIBRrIAAoAgAiAWohFiAUIAFrQQZqIRcCQANAIBQtAABBIHIgAUGAwICAAGotAABHDQEgAUEGRg2OAyABQQFqIQEgFEEBaiIUIAJHDQALIAAgFjYCAAypAwsgAEEANgIAIBQhAQtBNiEQDI4DCwJAIAEiDyACRw0AQcEAIRAMpwMLIABBjICAgAA2AgggACAPNgIEIA8hASAALQAsQX9qDgTNAdUB1wHZAYcDCyABQQFqIQEMzAELAkAgASIBIAJGDQADQAJAIAEtAAAiEEEgciAQIBBBv39qQf8BcUEaSRtB/wFxIhBBCUYNACAQQSBGDQACQAJAAkACQCAQQZ1/ag4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUExIRAMkQMLIAFBAWohAUEyIRAMkAMLIAFBAWohAUEzIRAMjwMLIAEhAQzQAQsgAUEBaiIBIAJHDQALQTUhEAylAwtBNSEQDKQDCwJAIAEiASACRg0AA0ACQCABLQAAQYC8gIAAai0AAEEBRg0AIAEhAQzTAQsgAUEBaiIBIAJHDQALQT0hEAykAwtBPSEQDKMDCyAAIAEiASACELCAgIAAIhAN1gEgASEBDAELIBBBAWohAQtBPCEQDIcDCwJAIAEiASACRw0AQcIAIRAMoAMLAkADQAJAIAEtAABBd2oOGAAC/gL+AoQD/gL+Av4C/gL+Av4C/gL+Av4C/gL+Av4C/gL+Av4C/gL+Av4CAP4CCyABQQFqIgEgAkcNAAtBwgAhEAygAwsgAUEBaiEBIAAtAC1BAXFFDb0BIAEhAQtBLCEQDIUDCyABIgEgAkcN0wFBxAAhEAydAwsDQAJAIAEtAABBkMCAgABqLQAAQQFGDQAgASEBDLcCCyABQQFqIgEgAkcNAAtBxQAhEAycAwsgDS0AACIQQSBGDbMBIBBBOkcNgQMgACgCBCEBIABBADYCBCAAIAEgDRCvgICAACIBDdABIA1BAWohAQyzAgtBxwAhECABIg0gAkYNmgMgAiANayAAKAIAIgFqIRYgDSABa0EFaiEXA0AgDS0AACIUQSByIBQgFEG/f2pB/wFxQRpJG0H/AXEgAUGQwoCAAGotAABHDYADIAFBBUYN9AIgAUEBaiEBIA1BAWoiDSACRw0ACyAAIBY2AgAMmgMLQcgAIRAgASINIAJGDZkDIAIgDWsgACgCACIBaiEWIA0gAWtBCWohFwNAIA0tAAAiFEEgciAUIBRBv39qQf8BcUEaSRtB/wFxIAFBlsKAgABqLQAARw3/AgJAIAFBCUcNAEECIQEM9QILIAFBAWohASANQQFqIg0gAkcNAAsgACAWNgIADJkDCwJAIAEiDSACRw0AQckAIRAMmQMLAkACQCANLQAAIgFBIHIgASABQb9/akH/AXFBGkkbQf8BcUGSf2oOBwCAA4ADgAOAA4ADAYADCyANQQFqIQFBPiEQDIADCyANQQFqIQFBPyEQDP8CC0HKACEQIAEiDSACRg2XAyACIA1rIAAoAgAiAWohFiANIAFrQQFqIRcDQCANLQAAIhRBIHIgFCAUQb9/akH/AXFBGkkbQf8BcSABQaDCgIAAai0AAEcN/QIgAUEBRg3wAiABQQFqIQEgDUEBaiINIAJHDQALIAAgFjYCAAyXAwtBywAhECABIg0gAkYNlgMgAiANayAAKAIAIgFqIRYgDSABa0EOaiEXA0AgDS0AACIUQSByIBQgFEG/f2pB/wFxQRpJG0H/AXEgAUGiwoCAAGotAABHDfwCIAFBDkYN8AIgAUEBaiEBIA1BAWoiDSACRw0ACyAAIBY2AgAMlgMLQcwAIRAgASINIAJGDZUDIAIgDWsgACgCACIBaiEWIA0gAWtBD2ohFwNAIA0tAAAiFEEgciAUIBRBv39qQf8BcUEaSRtB/wFxIAFBwMKAgABqLQAARw37AgJAIAFBD0cNAEEDIQEM8QILIAFBAWohASANQQFqIg0gAkcNAAsgACAWNgIADJUDC0HNACEQIAEiDSACRg2UAyACIA1rIAAoAgAiAWohFiANIAFrQQVqIRcDQCANLQAAIhRBIHIgFCAUQb9/akH/AXFBGkkbQf8BcSABQdDCgIAAai0AAEcN+gICQCABQQVHDQBBBCEBDPACCyABQQFqIQEgDUEBaiINIAJHDQALIAAgFjYCAAyUAwsCQCABIg0gAkcNAEHOACEQDJQDCwJAAkACQAJAIA0tAAAiAUEgciABIAFBv39qQf8BcUEaSRtB/wFxQZ1/ag4TAP0C/QL9Av0C/QL9Av0C/QL9Av0C/QL9AgH9Av0C/QICA/0CCyANQQFqIQFBwQAhEAz9AgsgDUEBaiEBQcIAIRAM/AILIA1BAWohAUHDACEQDPsCCyANQQFqIQFBxAAhEAz6AgsCQCABIgEgAkYNACAAQY2AgIAANgIIIAAgATYCBCABIQFBxQAhEAz6AgtBzwAhEAySAwsgECEBAkACQCAQLQAAQXZqDgQBqAKoAgCoAgsgEEEBaiEBC0EnIRAM+AILAkAgASIBIAJHDQBB0QAhEAyRAwsCQCABLQAAQSBGDQAgASEBDI0BCyABQQFqIQEgAC0ALUEBcUUNxwEgASEBDIwBCyABIhcgAkcNyAFB0gAhEAyPAwtB0wAhECABIhQgAkYNjgMgAiAUayAAKAIAIgFqIRYgFCABa0EBaiEXA0AgFC0AACABQdbCgIAAai0AAEcNzAEgAUEBRg3HASABQQFqIQEgFEEBaiIUIAJHDQALIAAgFjYCAAyOAwsCQCABIgEgAkcNAEHVACEQDI4DCyABLQAAQQpHDcwBIAFBAWohAQzHAQsCQCABIgEgAkcNAEHWACEQDI0DCwJAAkAgAS0AAEF2ag4EAM0BzQEBzQELIAFBAWohAQzHAQsgAUEBaiEBQcoAIRAM8wILIAAgASIBIAIQroCAgAAiEA3LASABIQFBzQAhEAzyAgsgAC0AKUEiRg2FAwymAgsCQCABIgEgAkcNAEHbACEQDIoDC0EAIRRBASEXQQEhFkEAIRACQAJAAkACQAJAAkACQAJAAkAgAS0AAEFQag4K1AHTAQABAgMEBQYI1QELQQIhEAwGC0EDIRAMBQtBBCEQDAQLQQUhEAwDC0EGIRAMAgtBByEQDAELQQghEAtBACEXQQAhFkEAIRQMzAELQQkhEEEBIRRBACEXQQAhFgzLAQsCQCABIgEgAkcNAEHdACEQDIkDCyABLQAAQS5HDcwBIAFBAWohAQymAgsgASIBIAJHDcwBQd8AIRAMhwMLAkAgASIBIAJGDQAgAEGOgICAADYCCCAAIAE2AgQgASEBQdAAIRAM7gILQeAAIRAMhgMLQeEAIRAgASIBIAJGDYUDIAIgAWsgACgCACIUaiEWIAEgFGtBA2ohFwNAIAEtAAAgFEHiwoCAAGotAABHDc0BIBRBA0YNzAEgFEEBaiEUIAFBAWoiASACRw0ACyAAIBY2AgAMhQMLQeIAIRAgASIBIAJGDYQDIAIgAWsgACgCACIUaiEWIAEgFGtBAmohFwNAIAEtAAAgFEHmwoCAAGotAABHDcwBIBRBAkYNzgEgFEEBaiEUIAFBAWoiASACRw0ACyAAIBY2AgAMhAMLQeMAIRAgASIBIAJGDYMDIAIgAWsgACgCACIUaiEWIAEgFGtBA2ohFwNAIAEtAAAgFEHpwoCAAGotAABHDcsBIBRBA0YNzgEgFEEBaiEUIAFBAWoiASACRw0ACyAAIBY2AgAMgwMLAkAgASIBIAJHDQBB5QAhEAyDAwsgACABQQFqIgEgAhCogICAACIQDc0BIAEhAUHWACEQDOkCCwJAIAEiASACRg0AA0ACQCABLQAAIhBBIEYNAAJAAkACQCAQQbh/ag4LAAHPAc8BzwHPAc8BzwHPAc8BAs8BCyABQQFqIQFB0gAhEAztAgsgAUEBaiEBQdMAIRAM7AILIAFBAWohAUHUACEQDOsCCyABQQFqIgEgAkcNAAtB5AAhEAyCAwtB5AAhEAyBAwsDQAJAIAEtAABB8MKAgABqLQAAIhBBAUYNACAQQX5qDgPPAdAB0QHSAQsgAUEBaiIBIAJHDQALQeYAIRAMgAMLAkAgASIBIAJGDQAgAUEBaiEBDAMLQecAIRAM/wILA0ACQCABLQAAQfDEgIAAai0AACIQQQFGDQACQCAQQX5qDgTSAdMB1AEA1QELIAEhAUHXACEQDOcCCyABQQFqIgEgAkcNAAtB6AAhEAz+AgsCQCABIgEgAkcNAEHpACEQDP4CCwJAIAEtAAAiEEF2ag4augHVAdUBvAHVAdUB1QHVAdUB1QHVAdUB1QHVAdUB1QHVAdUB1QHVAdUB1QHKAdUB1QEA0wELIAFBAWohAQtBBiEQDOMCCwNAAkAgAS0AAEHwxoCAAGotAABBAUYNACABIQEMngILIAFBAWoiASACRw0AC0HqACEQDPsCCwJAIAEiASACRg0AIAFBAWohAQwDC0HrACEQDPoCCwJAIAEiASACRw0AQewAIRAM+gILIAFBAWohAQwBCwJAIAEiASACRw0AQe0AIRAM+QILIAFBAWohAQtBBCEQDN4CCwJAIAEiFCACRw0AQe4AIRAM9wILIBQhAQJAAkACQCAULQAAQfDIgIAAai0AAEF/ag4H1AHVAdYBAJwCAQLXAQsgFEEBaiEBDAoLIBRBAWohAQzNAQtBACEQIABBADYCHCAAQZuSgIAANgIQIABBBzYCDCAAIBRBAWo2AhQM9gILAkADQAJAIAEtAABB8MiAgABqLQAAIhBBBEYNAAJAAkAgEEF/ag4H0gHTAdQB2QEABAHZAQsgASEBQdoAIRAM4AILIAFBAWohAUHcACEQDN8CCyABQQFqIgEgAkcNAAtB7wAhEAz2AgsgAUEBaiEBDMsBCwJAIAEiFCACRw0AQfAAIRAM9QILIBQtAABBL0cN1AEgFEEBaiEBDAYLAkAgASIUIAJHDQBB8QAhEAz0AgsCQCAULQAAIgFBL0cNACAUQQFqIQFB3QAhEAzbAgsgAUF2aiIEQRZLDdMBQQEgBHRBiYCAAnFFDdMBDMoCCwJAIAEiASACRg0AIAFBAWohAUHeACEQDNoCC0HyACEQDPICCwJAIAEiFCACRw0AQfQAIRAM8gILIBQhAQJAIBQtAABB8MyAgABqLQAAQX9qDgPJApQCANQBC0HhACEQDNgCCwJAIAEiFCACRg0AA0ACQCAULQAAQfDKgIAAai0AACIBQQNGDQACQCABQX9qDgLLAgDVAQsgFCEBQd8AIRAM2gILIBRBAWoiFCACRw0AC0HzACEQDPECC0HzACEQDPACCwJAIAEiASACRg0AIABBj4CAgAA2AgggACABNgIEIAEhAUHgACEQDNcCC0H1ACEQDO8CCwJAIAEiASACRw0AQfYAIRAM7wILIABBj4CAgAA2AgggACABNgIEIAEhAQtBAyEQDNQCCwNAIAEtAABBIEcNwwIgAUEBaiIBIAJHDQALQfcAIRAM7AILAkAgASIBIAJHDQBB+AAhEAzsAgsgAS0AAEEgRw3OASABQQFqIQEM7wELIAAgASIBIAIQrICAgAAiEA3OASABIQEMjgILAkAgASIEIAJHDQBB+gAhEAzqAgsgBC0AAEHMAEcN0QEgBEEBaiEBQRMhEAzPAQsCQCABIgQgAkcNAEH7ACEQDOkCCyACIARrIAAoAgAiAWohFCAEIAFrQQVqIRADQCAELQAAIAFB8M6AgABqLQAARw3QASABQQVGDc4BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQfsAIRAM6AILAkAgASIEIAJHDQBB/AAhEAzoAgsCQAJAIAQtAABBvX9qDgwA0QHRAdEB0QHRAdEB0QHRAdEB0QEB0QELIARBAWohAUHmACEQDM8CCyAEQQFqIQFB5wAhEAzOAgsCQCABIgQgAkcNAEH9ACEQDOcCCyACIARrIAAoAgAiAWohFCAEIAFrQQJqIRACQANAIAQtAAAgAUHtz4CAAGotAABHDc8BIAFBAkYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEH9ACEQDOcCCyAAQQA2AgAgEEEBaiEBQRAhEAzMAQsCQCABIgQgAkcNAEH+ACEQDOYCCyACIARrIAAoAgAiAWohFCAEIAFrQQVqIRACQANAIAQtAAAgAUH2zoCAAGotAABHDc4BIAFBBUYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEH+ACEQDOYCCyAAQQA2AgAgEEEBaiEBQRYhEAzLAQsCQCABIgQgAkcNAEH/ACEQDOUCCyACIARrIAAoAgAiAWohFCAEIAFrQQNqIRACQANAIAQtAAAgAUH8zoCAAGotAABHDc0BIAFBA0YNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEH/ACEQDOUCCyAAQQA2AgAgEEEBaiEBQQUhEAzKAQsCQCABIgQgAkcNAEGAASEQDOQCCyAELQAAQdkARw3LASAEQQFqIQFBCCEQDMkBCwJAIAEiBCACRw0AQYEBIRAM4wILAkACQCAELQAAQbJ/ag4DAMwBAcwBCyAEQQFqIQFB6wAhEAzKAgsgBEEBaiEBQewAIRAMyQILAkAgASIEIAJHDQBBggEhEAziAgsCQAJAIAQtAABBuH9qDggAywHLAcsBywHLAcsBAcsBCyAEQQFqIQFB6gAhEAzJAgsgBEEBaiEBQe0AIRAMyAILAkAgASIEIAJHDQBBgwEhEAzhAgsgAiAEayAAKAIAIgFqIRAgBCABa0ECaiEUAkADQCAELQAAIAFBgM+AgABqLQAARw3JASABQQJGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBA2AgBBgwEhEAzhAgtBACEQIABBADYCACAUQQFqIQEMxgELAkAgASIEIAJHDQBBhAEhEAzgAgsgAiAEayAAKAIAIgFqIRQgBCABa0EEaiEQAkADQCAELQAAIAFBg8+AgABqLQAARw3IASABQQRGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBhAEhEAzgAgsgAEEANgIAIBBBAWohAUEjIRAMxQELAkAgASIEIAJHDQBBhQEhEAzfAgsCQAJAIAQtAABBtH9qDggAyAHIAcgByAHIAcgBAcgBCyAEQQFqIQFB7wAhEAzGAgsgBEEBaiEBQfAAIRAMxQILAkAgASIEIAJHDQBBhgEhEAzeAgsgBC0AAEHFAEcNxQEgBEEBaiEBDIMCCwJAIAEiBCACRw0AQYcBIRAM3QILIAIgBGsgACgCACIBaiEUIAQgAWtBA2ohEAJAA0AgBC0AACABQYjPgIAAai0AAEcNxQEgAUEDRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQYcBIRAM3QILIABBADYCACAQQQFqIQFBLSEQDMIBCwJAIAEiBCACRw0AQYgBIRAM3AILIAIgBGsgACgCACIBaiEUIAQgAWtBCGohEAJAA0AgBC0AACABQdDPgIAAai0AAEcNxAEgAUEIRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQYgBIRAM3AILIABBADYCACAQQQFqIQFBKSEQDMEBCwJAIAEiASACRw0AQYkBIRAM2wILQQEhECABLQAAQd8ARw3AASABQQFqIQEMgQILAkAgASIEIAJHDQBBigEhEAzaAgsgAiAEayAAKAIAIgFqIRQgBCABa0EBaiEQA0AgBC0AACABQYzPgIAAai0AAEcNwQEgAUEBRg2vAiABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGKASEQDNkCCwJAIAEiBCACRw0AQYsBIRAM2QILIAIgBGsgACgCACIBaiEUIAQgAWtBAmohEAJAA0AgBC0AACABQY7PgIAAai0AAEcNwQEgAUECRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQYsBIRAM2QILIABBADYCACAQQQFqIQFBAiEQDL4BCwJAIAEiBCACRw0AQYwBIRAM2AILIAIgBGsgACgCACIBaiEUIAQgAWtBAWohEAJAA0AgBC0AACABQfDPgIAAai0AAEcNwAEgAUEBRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQYwBIRAM2AILIABBADYCACAQQQFqIQFBHyEQDL0BCwJAIAEiBCACRw0AQY0BIRAM1wILIAIgBGsgACgCACIBaiEUIAQgAWtBAWohEAJAA0AgBC0AACABQfLPgIAAai0AAEcNvwEgAUEBRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQY0BIRAM1wILIABBADYCACAQQQFqIQFBCSEQDLwBCwJAIAEiBCACRw0AQY4BIRAM1gILAkACQCAELQAAQbd/ag4HAL8BvwG/Ab8BvwEBvwELIARBAWohAUH4ACEQDL0CCyAEQQFqIQFB+QAhEAy8AgsCQCABIgQgAkcNAEGPASEQDNUCCyACIARrIAAoAgAiAWohFCAEIAFrQQVqIRACQANAIAQtAAAgAUGRz4CAAGotAABHDb0BIAFBBUYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGPASEQDNUCCyAAQQA2AgAgEEEBaiEBQRghEAy6AQsCQCABIgQgAkcNAEGQASEQDNQCCyACIARrIAAoAgAiAWohFCAEIAFrQQJqIRACQANAIAQtAAAgAUGXz4CAAGotAABHDbwBIAFBAkYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGQASEQDNQCCyAAQQA2AgAgEEEBaiEBQRchEAy5AQsCQCABIgQgAkcNAEGRASEQDNMCCyACIARrIAAoAgAiAWohFCAEIAFrQQZqIRACQANAIAQtAAAgAUGaz4CAAGotAABHDbsBIAFBBkYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGRASEQDNMCCyAAQQA2AgAgEEEBaiEBQRUhEAy4AQsCQCABIgQgAkcNAEGSASEQDNICCyACIARrIAAoAgAiAWohFCAEIAFrQQVqIRACQANAIAQtAAAgAUGhz4CAAGotAABHDboBIAFBBUYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGSASEQDNICCyAAQQA2AgAgEEEBaiEBQR4hEAy3AQsCQCABIgQgAkcNAEGTASEQDNECCyAELQAAQcwARw24ASAEQQFqIQFBCiEQDLYBCwJAIAQgAkcNAEGUASEQDNACCwJAAkAgBC0AAEG/f2oODwC5AbkBuQG5AbkBuQG5AbkBuQG5AbkBuQG5AQG5AQsgBEEBaiEBQf4AIRAMtwILIARBAWohAUH/ACEQDLYCCwJAIAQgAkcNAEGVASEQDM8CCwJAAkAgBC0AAEG/f2oOAwC4AQG4AQsgBEEBaiEBQf0AIRAMtgILIARBAWohBEGAASEQDLUCCwJAIAQgAkcNAEGWASEQDM4CCyACIARrIAAoAgAiAWohFCAEIAFrQQFqIRACQANAIAQtAAAgAUGnz4CAAGotAABHDbYBIAFBAUYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGWASEQDM4CCyAAQQA2AgAgEEEBaiEBQQshEAyzAQsCQCAEIAJHDQBBlwEhEAzNAgsCQAJAAkACQCAELQAAQVNqDiMAuAG4AbgBuAG4AbgBuAG4AbgBuAG4AbgBuAG4AbgBuAG4AbgBuAG4AbgBuAG4AQG4AbgBuAG4AbgBArgBuAG4AQO4AQsgBEEBaiEBQfsAIRAMtgILIARBAWohAUH8ACEQDLUCCyAEQQFqIQRBgQEhEAy0AgsgBEEBaiEEQYIBIRAMswILAkAgBCACRw0AQZgBIRAMzAILIAIgBGsgACgCACIBaiEUIAQgAWtBBGohEAJAA0AgBC0AACABQanPgIAAai0AAEcNtAEgAUEERg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQZgBIRAMzAILIABBADYCACAQQQFqIQFBGSEQDLEBCwJAIAQgAkcNAEGZASEQDMsCCyACIARrIAAoAgAiAWohFCAEIAFrQQVqIRACQANAIAQtAAAgAUGuz4CAAGotAABHDbMBIAFBBUYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGZASEQDMsCCyAAQQA2AgAgEEEBaiEBQQYhEAywAQsCQCAEIAJHDQBBmgEhEAzKAgsgAiAEayAAKAIAIgFqIRQgBCABa0EBaiEQAkADQCAELQAAIAFBtM+AgABqLQAARw2yASABQQFGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBmgEhEAzKAgsgAEEANgIAIBBBAWohAUEcIRAMrwELAkAgBCACRw0AQZsBIRAMyQILIAIgBGsgACgCACIBaiEUIAQgAWtBAWohEAJAA0AgBC0AACABQbbPgIAAai0AAEcNsQEgAUEBRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQZsBIRAMyQILIABBADYCACAQQQFqIQFBJyEQDK4BCwJAIAQgAkcNAEGcASEQDMgCCwJAAkAgBC0AAEGsf2oOAgABsQELIARBAWohBEGGASEQDK8CCyAEQQFqIQRBhwEhEAyuAgsCQCAEIAJHDQBBnQEhEAzHAgsgAiAEayAAKAIAIgFqIRQgBCABa0EBaiEQAkADQCAELQAAIAFBuM+AgABqLQAARw2vASABQQFGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBnQEhEAzHAgsgAEEANgIAIBBBAWohAUEmIRAMrAELAkAgBCACRw0AQZ4BIRAMxgILIAIgBGsgACgCACIBaiEUIAQgAWtBAWohEAJAA0AgBC0AACABQbrPgIAAai0AAEcNrgEgAUEBRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQZ4BIRAMxgILIABBADYCACAQQQFqIQFBAyEQDKsBCwJAIAQgAkcNAEGfASEQDMUCCyACIARrIAAoAgAiAWohFCAEIAFrQQJqIRACQANAIAQtAAAgAUHtz4CAAGotAABHDa0BIAFBAkYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGfASEQDMUCCyAAQQA2AgAgEEEBaiEBQQwhEAyqAQsCQCAEIAJHDQBBoAEhEAzEAgsgAiAEayAAKAIAIgFqIRQgBCABa0EDaiEQAkADQCAELQAAIAFBvM+AgABqLQAARw2sASABQQNGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBoAEhEAzEAgsgAEEANgIAIBBBAWohAUENIRAMqQELAkAgBCACRw0AQaEBIRAMwwILAkACQCAELQAAQbp/ag4LAKwBrAGsAawBrAGsAawBrAGsAQGsAQsgBEEBaiEEQYsBIRAMqgILIARBAWohBEGMASEQDKkCCwJAIAQgAkcNAEGiASEQDMICCyAELQAAQdAARw2pASAEQQFqIQQM6QELAkAgBCACRw0AQaMBIRAMwQILAkACQCAELQAAQbd/ag4HAaoBqgGqAaoBqgEAqgELIARBAWohBEGOASEQDKgCCyAEQQFqIQFBIiEQDKYBCwJAIAQgAkcNAEGkASEQDMACCyACIARrIAAoAgAiAWohFCAEIAFrQQFqIRACQANAIAQtAAAgAUHAz4CAAGotAABHDagBIAFBAUYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGkASEQDMACCyAAQQA2AgAgEEEBaiEBQR0hEAylAQsCQCAEIAJHDQBBpQEhEAy/AgsCQAJAIAQtAABBrn9qDgMAqAEBqAELIARBAWohBEGQASEQDKYCCyAEQQFqIQFBBCEQDKQBCwJAIAQgAkcNAEGmASEQDL4CCwJAAkACQAJAAkAgBC0AAEG/f2oOFQCqAaoBqgGqAaoBqgGqAaoBqgGqAQGqAaoBAqoBqgEDqgGqAQSqAQsgBEEBaiEEQYgBIRAMqAILIARBAWohBEGJASEQDKcCCyAEQQFqIQRBigEhEAymAgsgBEEBaiEEQY8BIRAMpQILIARBAWohBEGRASEQDKQCCwJAIAQgAkcNAEGnASEQDL0CCyACIARrIAAoAgAiAWohFCAEIAFrQQJqIRACQANAIAQtAAAgAUHtz4CAAGotAABHDaUBIAFBAkYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGnASEQDL0CCyAAQQA2AgAgEEEBaiEBQREhEAyiAQsCQCAEIAJHDQBBqAEhEAy8AgsgAiAEayAAKAIAIgFqIRQgBCABa0ECaiEQAkADQCAELQAAIAFBws+AgABqLQAARw2kASABQQJGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBqAEhEAy8AgsgAEEANgIAIBBBAWohAUEsIRAMoQELAkAgBCACRw0AQakBIRAMuwILIAIgBGsgACgCACIBaiEUIAQgAWtBBGohEAJAA0AgBC0AACABQcXPgIAAai0AAEcNowEgAUEERg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQakBIRAMuwILIABBADYCACAQQQFqIQFBKyEQDKABCwJAIAQgAkcNAEGqASEQDLoCCyACIARrIAAoAgAiAWohFCAEIAFrQQJqIRACQANAIAQtAAAgAUHKz4CAAGotAABHDaIBIAFBAkYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGqASEQDLoCCyAAQQA2AgAgEEEBaiEBQRQhEAyfAQsCQCAEIAJHDQBBqwEhEAy5AgsCQAJAAkACQCAELQAAQb5/ag4PAAECpAGkAaQBpAGkAaQBpAGkAaQBpAGkAQOkAQsgBEEBaiEEQZMBIRAMogILIARBAWohBEGUASEQDKECCyAEQQFqIQRBlQEhEAygAgsgBEEBaiEEQZYBIRAMnwILAkAgBCACRw0AQawBIRAMuAILIAQtAABBxQBHDZ8BIARBAWohBAzgAQsCQCAEIAJHDQBBrQEhEAy3AgsgAiAEayAAKAIAIgFqIRQgBCABa0ECaiEQAkADQCAELQAAIAFBzc+AgABqLQAARw2fASABQQJGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBrQEhEAy3AgsgAEEANgIAIBBBAWohAUEOIRAMnAELAkAgBCACRw0AQa4BIRAMtgILIAQtAABB0ABHDZ0BIARBAWohAUElIRAMmwELAkAgBCACRw0AQa8BIRAMtQILIAIgBGsgACgCACIBaiEUIAQgAWtBCGohEAJAA0AgBC0AACABQdDPgIAAai0AAEcNnQEgAUEIRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQa8BIRAMtQILIABBADYCACAQQQFqIQFBKiEQDJoBCwJAIAQgAkcNAEGwASEQDLQCCwJAAkAgBC0AAEGrf2oOCwCdAZ0BnQGdAZ0BnQGdAZ0BnQEBnQELIARBAWohBEGaASEQDJsCCyAEQQFqIQRBmwEhEAyaAgsCQCAEIAJHDQBBsQEhEAyzAgsCQAJAIAQtAABBv39qDhQAnAGcAZwBnAGcAZwBnAGcAZwBnAGcAZwBnAGcAZwBnAGcAZwBAZwBCyAEQQFqIQRBmQEhEAyaAgsgBEEBaiEEQZwBIRAMmQILAkAgBCACRw0AQbIBIRAMsgILIAIgBGsgACgCACIBaiEUIAQgAWtBA2ohEAJAA0AgBC0AACABQdnPgIAAai0AAEcNmgEgAUEDRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQbIBIRAMsgILIABBADYCACAQQQFqIQFBISEQDJcBCwJAIAQgAkcNAEGzASEQDLECCyACIARrIAAoAgAiAWohFCAEIAFrQQZqIRACQANAIAQtAAAgAUHdz4CAAGotAABHDZkBIAFBBkYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGzASEQDLECCyAAQQA2AgAgEEEBaiEBQRohEAyWAQsCQCAEIAJHDQBBtAEhEAywAgsCQAJAAkAgBC0AAEG7f2oOEQCaAZoBmgGaAZoBmgGaAZoBmgEBmgGaAZoBmgGaAQKaAQsgBEEBaiEEQZ0BIRAMmAILIARBAWohBEGeASEQDJcCCyAEQQFqIQRBnwEhEAyWAgsCQCAEIAJHDQBBtQEhEAyvAgsgAiAEayAAKAIAIgFqIRQgBCABa0EFaiEQAkADQCAELQAAIAFB5M+AgABqLQAARw2XASABQQVGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBtQEhEAyvAgsgAEEANgIAIBBBAWohAUEoIRAMlAELAkAgBCACRw0AQbYBIRAMrgILIAIgBGsgACgCACIBaiEUIAQgAWtBAmohEAJAA0AgBC0AACABQerPgIAAai0AAEcNlgEgAUECRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQbYBIRAMrgILIABBADYCACAQQQFqIQFBByEQDJMBCwJAIAQgAkcNAEG3ASEQDK0CCwJAAkAgBC0AAEG7f2oODgCWAZYBlgGWAZYBlgGWAZYBlgGWAZYBlgEBlgELIARBAWohBEGhASEQDJQCCyAEQQFqIQRBogEhEAyTAgsCQCAEIAJHDQBBuAEhEAysAgsgAiAEayAAKAIAIgFqIRQgBCABa0ECaiEQAkADQCAELQAAIAFB7c+AgABqLQAARw2UASABQQJGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBuAEhEAysAgsgAEEANgIAIBBBAWohAUESIRAMkQELAkAgBCACRw0AQbkBIRAMqwILIAIgBGsgACgCACIBaiEUIAQgAWtBAWohEAJAA0AgBC0AACABQfDPgIAAai0AAEcNkwEgAUEBRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQbkBIRAMqwILIABBADYCACAQQQFqIQFBICEQDJABCwJAIAQgAkcNAEG6ASEQDKoCCyACIARrIAAoAgAiAWohFCAEIAFrQQFqIRACQANAIAQtAAAgAUHyz4CAAGotAABHDZIBIAFBAUYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEG6ASEQDKoCCyAAQQA2AgAgEEEBaiEBQQ8hEAyPAQsCQCAEIAJHDQBBuwEhEAypAgsCQAJAIAQtAABBt39qDgcAkgGSAZIBkgGSAQGSAQsgBEEBaiEEQaUBIRAMkAILIARBAWohBEGmASEQDI8CCwJAIAQgAkcNAEG8ASEQDKgCCyACIARrIAAoAgAiAWohFCAEIAFrQQdqIRACQANAIAQtAAAgAUH0z4CAAGotAABHDZABIAFBB0YNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEG8ASEQDKgCCyAAQQA2AgAgEEEBaiEBQRshEAyNAQsCQCAEIAJHDQBBvQEhEAynAgsCQAJAAkAgBC0AAEG+f2oOEgCRAZEBkQGRAZEBkQGRAZEBkQEBkQGRAZEBkQGRAZEBApEBCyAEQQFqIQRBpAEhEAyPAgsgBEEBaiEEQacBIRAMjgILIARBAWohBEGoASEQDI0CCwJAIAQgAkcNAEG+ASEQDKYCCyAELQAAQc4ARw2NASAEQQFqIQQMzwELAkAgBCACRw0AQb8BIRAMpQILAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBC0AAEG/f2oOFQABAgOcAQQFBpwBnAGcAQcICQoLnAEMDQ4PnAELIARBAWohAUHoACEQDJoCCyAEQQFqIQFB6QAhEAyZAgsgBEEBaiEBQe4AIRAMmAILIARBAWohAUHyACEQDJcCCyAEQQFqIQFB8wAhEAyWAgsgBEEBaiEBQfYAIRAMlQILIARBAWohAUH3ACEQDJQCCyAEQQFqIQFB+gAhEAyTAgsgBEEBaiEEQYMBIRAMkgILIARBAWohBEGEASEQDJECCyAEQQFqIQRBhQEhEAyQAgsgBEEBaiEEQZIBIRAMjwILIARBAWohBEGYASEQDI4CCyAEQQFqIQRBoAEhEAyNAgsgBEEBaiEEQaMBIRAMjAILIARBAWohBEGqASEQDIsCCwJAIAQgAkYNACAAQZCAgIAANgIIIAAgBDYCBEGrASEQDIsCC0HAASEQDKMCCyAAIAUgAhCqgICAACIBDYsBIAUhAQxcCwJAIAYgAkYNACAGQQFqIQUMjQELQcIBIRAMoQILA0ACQCAQLQAAQXZqDgSMAQAAjwEACyAQQQFqIhAgAkcNAAtBwwEhEAygAgsCQCAHIAJGDQAgAEGRgICAADYCCCAAIAc2AgQgByEBQQEhEAyHAgtBxAEhEAyfAgsCQCAHIAJHDQBBxQEhEAyfAgsCQAJAIActAABBdmoOBAHOAc4BAM4BCyAHQQFqIQYMjQELIAdBAWohBQyJAQsCQCAHIAJHDQBBxgEhEAyeAgsCQAJAIActAABBdmoOFwGPAY8BAY8BjwGPAY8BjwGPAY8BjwGPAY8BjwGPAY8BjwGPAY8BjwGPAQCPAQsgB0EBaiEHC0GwASEQDIQCCwJAIAggAkcNAEHIASEQDJ0CCyAILQAAQSBHDY0BIABBADsBMiAIQQFqIQFBswEhEAyDAgsgASEXAkADQCAXIgcgAkYNASAHLQAAQVBqQf8BcSIQQQpPDcwBAkAgAC8BMiIUQZkzSw0AIAAgFEEKbCIUOwEyIBBB//8DcyAUQf7/A3FJDQAgB0EBaiEXIAAgFCAQaiIQOwEyIBBB//8DcUHoB0kNAQsLQQAhECAAQQA2AhwgAEHBiYCAADYCECAAQQ02AgwgACAHQQFqNgIUDJwCC0HHASEQDJsCCyAAIAggAhCugICAACIQRQ3KASAQQRVHDYwBIABByAE2AhwgACAINgIUIABByZeAgAA2AhAgAEEVNgIMQQAhEAyaAgsCQCAJIAJHDQBBzAEhEAyaAgtBACEUQQEhF0EBIRZBACEQAkACQAJAAkACQAJAAkACQAJAIAktAABBUGoOCpYBlQEAAQIDBAUGCJcBC0ECIRAMBgtBAyEQDAULQQQhEAwEC0EFIRAMAwtBBiEQDAILQQchEAwBC0EIIRALQQAhF0EAIRZBACEUDI4BC0EJIRBBASEUQQAhF0EAIRYMjQELAkAgCiACRw0AQc4BIRAMmQILIAotAABBLkcNjgEgCkEBaiEJDMoBCyALIAJHDY4BQdABIRAMlwILAkAgCyACRg0AIABBjoCAgAA2AgggACALNgIEQbcBIRAM/gELQdEBIRAMlgILAkAgBCACRw0AQdIBIRAMlgILIAIgBGsgACgCACIQaiEUIAQgEGtBBGohCwNAIAQtAAAgEEH8z4CAAGotAABHDY4BIBBBBEYN6QEgEEEBaiEQIARBAWoiBCACRw0ACyAAIBQ2AgBB0gEhEAyVAgsgACAMIAIQrICAgAAiAQ2NASAMIQEMuAELAkAgBCACRw0AQdQBIRAMlAILIAIgBGsgACgCACIQaiEUIAQgEGtBAWohDANAIAQtAAAgEEGB0ICAAGotAABHDY8BIBBBAUYNjgEgEEEBaiEQIARBAWoiBCACRw0ACyAAIBQ2AgBB1AEhEAyTAgsCQCAEIAJHDQBB1gEhEAyTAgsgAiAEayAAKAIAIhBqIRQgBCAQa0ECaiELA0AgBC0AACAQQYPQgIAAai0AAEcNjgEgEEECRg2QASAQQQFqIRAgBEEBaiIEIAJHDQALIAAgFDYCAEHWASEQDJICCwJAIAQgAkcNAEHXASEQDJICCwJAAkAgBC0AAEG7f2oOEACPAY8BjwGPAY8BjwGPAY8BjwGPAY8BjwGPAY8BAY8BCyAEQQFqIQRBuwEhEAz5AQsgBEEBaiEEQbwBIRAM+AELAkAgBCACRw0AQdgBIRAMkQILIAQtAABByABHDYwBIARBAWohBAzEAQsCQCAEIAJGDQAgAEGQgICAADYCCCAAIAQ2AgRBvgEhEAz3AQtB2QEhEAyPAgsCQCAEIAJHDQBB2gEhEAyPAgsgBC0AAEHIAEYNwwEgAEEBOgAoDLkBCyAAQQI6AC8gACAEIAIQpoCAgAAiEA2NAUHCASEQDPQBCyAALQAoQX9qDgK3AbkBuAELA0ACQCAELQAAQXZqDgQAjgGOAQCOAQsgBEEBaiIEIAJHDQALQd0BIRAMiwILIABBADoALyAALQAtQQRxRQ2EAgsgAEEAOgAvIABBAToANCABIQEMjAELIBBBFUYN2gEgAEEANgIcIAAgATYCFCAAQaeOgIAANgIQIABBEjYCDEEAIRAMiAILAkAgACAQIAIQtICAgAAiBA0AIBAhAQyBAgsCQCAEQRVHDQAgAEEDNgIcIAAgEDYCFCAAQbCYgIAANgIQIABBFTYCDEEAIRAMiAILIABBADYCHCAAIBA2AhQgAEGnjoCAADYCECAAQRI2AgxBACEQDIcCCyAQQRVGDdYBIABBADYCHCAAIAE2AhQgAEHajYCAADYCECAAQRQ2AgxBACEQDIYCCyAAKAIEIRcgAEEANgIEIBAgEadqIhYhASAAIBcgECAWIBQbIhAQtYCAgAAiFEUNjQEgAEEHNgIcIAAgEDYCFCAAIBQ2AgxBACEQDIUCCyAAIAAvATBBgAFyOwEwIAEhAQtBKiEQDOoBCyAQQRVGDdEBIABBADYCHCAAIAE2AhQgAEGDjICAADYCECAAQRM2AgxBACEQDIICCyAQQRVGDc8BIABBADYCHCAAIAE2AhQgAEGaj4CAADYCECAAQSI2AgxBACEQDIECCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQt4CAgAAiEA0AIAFBAWohAQyNAQsgAEEMNgIcIAAgEDYCDCAAIAFBAWo2AhRBACEQDIACCyAQQRVGDcwBIABBADYCHCAAIAE2AhQgAEGaj4CAADYCECAAQSI2AgxBACEQDP8BCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQt4CAgAAiEA0AIAFBAWohAQyMAQsgAEENNgIcIAAgEDYCDCAAIAFBAWo2AhRBACEQDP4BCyAQQRVGDckBIABBADYCHCAAIAE2AhQgAEHGjICAADYCECAAQSM2AgxBACEQDP0BCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQuYCAgAAiEA0AIAFBAWohAQyLAQsgAEEONgIcIAAgEDYCDCAAIAFBAWo2AhRBACEQDPwBCyAAQQA2AhwgACABNgIUIABBwJWAgAA2AhAgAEECNgIMQQAhEAz7AQsgEEEVRg3FASAAQQA2AhwgACABNgIUIABBxoyAgAA2AhAgAEEjNgIMQQAhEAz6AQsgAEEQNgIcIAAgATYCFCAAIBA2AgxBACEQDPkBCyAAKAIEIQQgAEEANgIEAkAgACAEIAEQuYCAgAAiBA0AIAFBAWohAQzxAQsgAEERNgIcIAAgBDYCDCAAIAFBAWo2AhRBACEQDPgBCyAQQRVGDcEBIABBADYCHCAAIAE2AhQgAEHGjICAADYCECAAQSM2AgxBACEQDPcBCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQuYCAgAAiEA0AIAFBAWohAQyIAQsgAEETNgIcIAAgEDYCDCAAIAFBAWo2AhRBACEQDPYBCyAAKAIEIQQgAEEANgIEAkAgACAEIAEQuYCAgAAiBA0AIAFBAWohAQztAQsgAEEUNgIcIAAgBDYCDCAAIAFBAWo2AhRBACEQDPUBCyAQQRVGDb0BIABBADYCHCAAIAE2AhQgAEGaj4CAADYCECAAQSI2AgxBACEQDPQBCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQt4CAgAAiEA0AIAFBAWohAQyGAQsgAEEWNgIcIAAgEDYCDCAAIAFBAWo2AhRBACEQDPMBCyAAKAIEIQQgAEEANgIEAkAgACAEIAEQt4CAgAAiBA0AIAFBAWohAQzpAQsgAEEXNgIcIAAgBDYCDCAAIAFBAWo2AhRBACEQDPIBCyAAQQA2AhwgACABNgIUIABBzZOAgAA2AhAgAEEMNgIMQQAhEAzxAQtCASERCyAQQQFqIQECQCAAKQMgIhJC//////////8PVg0AIAAgEkIEhiARhDcDICABIQEMhAELIABBADYCHCAAIAE2AhQgAEGtiYCAADYCECAAQQw2AgxBACEQDO8BCyAAQQA2AhwgACAQNgIUIABBzZOAgAA2AhAgAEEMNgIMQQAhEAzuAQsgACgCBCEXIABBADYCBCAQIBGnaiIWIQEgACAXIBAgFiAUGyIQELWAgIAAIhRFDXMgAEEFNgIcIAAgEDYCFCAAIBQ2AgxBACEQDO0BCyAAQQA2AhwgACAQNgIUIABBqpyAgAA2AhAgAEEPNgIMQQAhEAzsAQsgACAQIAIQtICAgAAiAQ0BIBAhAQtBDiEQDNEBCwJAIAFBFUcNACAAQQI2AhwgACAQNgIUIABBsJiAgAA2AhAgAEEVNgIMQQAhEAzqAQsgAEEANgIcIAAgEDYCFCAAQaeOgIAANgIQIABBEjYCDEEAIRAM6QELIAFBAWohEAJAIAAvATAiAUGAAXFFDQACQCAAIBAgAhC7gICAACIBDQAgECEBDHALIAFBFUcNugEgAEEFNgIcIAAgEDYCFCAAQfmXgIAANgIQIABBFTYCDEEAIRAM6QELAkAgAUGgBHFBoARHDQAgAC0ALUECcQ0AIABBADYCHCAAIBA2AhQgAEGWk4CAADYCECAAQQQ2AgxBACEQDOkBCyAAIBAgAhC9gICAABogECEBAkACQAJAAkACQCAAIBAgAhCzgICAAA4WAgEABAQEBAQEBAQEBAQEBAQEBAQEAwQLIABBAToALgsgACAALwEwQcAAcjsBMCAQIQELQSYhEAzRAQsgAEEjNgIcIAAgEDYCFCAAQaWWgIAANgIQIABBFTYCDEEAIRAM6QELIABBADYCHCAAIBA2AhQgAEHVi4CAADYCECAAQRE2AgxBACEQDOgBCyAALQAtQQFxRQ0BQcMBIRAMzgELAkAgDSACRg0AA0ACQCANLQAAQSBGDQAgDSEBDMQBCyANQQFqIg0gAkcNAAtBJSEQDOcBC0ElIRAM5gELIAAoAgQhBCAAQQA2AgQgACAEIA0Qr4CAgAAiBEUNrQEgAEEmNgIcIAAgBDYCDCAAIA1BAWo2AhRBACEQDOUBCyAQQRVGDasBIABBADYCHCAAIAE2AhQgAEH9jYCAADYCECAAQR02AgxBACEQDOQBCyAAQSc2AhwgACABNgIUIAAgEDYCDEEAIRAM4wELIBAhAUEBIRQCQAJAAkACQAJAAkACQCAALQAsQX5qDgcGBQUDAQIABQsgACAALwEwQQhyOwEwDAMLQQIhFAwBC0EEIRQLIABBAToALCAAIAAvATAgFHI7ATALIBAhAQtBKyEQDMoBCyAAQQA2AhwgACAQNgIUIABBq5KAgAA2AhAgAEELNgIMQQAhEAziAQsgAEEANgIcIAAgATYCFCAAQeGPgIAANgIQIABBCjYCDEEAIRAM4QELIABBADoALCAQIQEMvQELIBAhAUEBIRQCQAJAAkACQAJAIAAtACxBe2oOBAMBAgAFCyAAIAAvATBBCHI7ATAMAwtBAiEUDAELQQQhFAsgAEEBOgAsIAAgAC8BMCAUcjsBMAsgECEBC0EpIRAMxQELIABBADYCHCAAIAE2AhQgAEHwlICAADYCECAAQQM2AgxBACEQDN0BCwJAIA4tAABBDUcNACAAKAIEIQEgAEEANgIEAkAgACABIA4QsYCAgAAiAQ0AIA5BAWohAQx1CyAAQSw2AhwgACABNgIMIAAgDkEBajYCFEEAIRAM3QELIAAtAC1BAXFFDQFBxAEhEAzDAQsCQCAOIAJHDQBBLSEQDNwBCwJAAkADQAJAIA4tAABBdmoOBAIAAAMACyAOQQFqIg4gAkcNAAtBLSEQDN0BCyAAKAIEIQEgAEEANgIEAkAgACABIA4QsYCAgAAiAQ0AIA4hAQx0CyAAQSw2AhwgACAONgIUIAAgATYCDEEAIRAM3AELIAAoAgQhASAAQQA2AgQCQCAAIAEgDhCxgICAACIBDQAgDkEBaiEBDHMLIABBLDYCHCAAIAE2AgwgACAOQQFqNgIUQQAhEAzbAQsgACgCBCEEIABBADYCBCAAIAQgDhCxgICAACIEDaABIA4hAQzOAQsgEEEsRw0BIAFBAWohEEEBIQECQAJAAkACQAJAIAAtACxBe2oOBAMBAgQACyAQIQEMBAtBAiEBDAELQQQhAQsgAEEBOgAsIAAgAC8BMCABcjsBMCAQIQEMAQsgACAALwEwQQhyOwEwIBAhAQtBOSEQDL8BCyAAQQA6ACwgASEBC0E0IRAMvQELIAAgAC8BMEEgcjsBMCABIQEMAgsgACgCBCEEIABBADYCBAJAIAAgBCABELGAgIAAIgQNACABIQEMxwELIABBNzYCHCAAIAE2AhQgACAENgIMQQAhEAzUAQsgAEEIOgAsIAEhAQtBMCEQDLkBCwJAIAAtAChBAUYNACABIQEMBAsgAC0ALUEIcUUNkwEgASEBDAMLIAAtADBBIHENlAFBxQEhEAy3AQsCQCAPIAJGDQACQANAAkAgDy0AAEFQaiIBQf8BcUEKSQ0AIA8hAUE1IRAMugELIAApAyAiEUKZs+bMmbPmzBlWDQEgACARQgp+IhE3AyAgESABrUL/AYMiEkJ/hVYNASAAIBEgEnw3AyAgD0EBaiIPIAJHDQALQTkhEAzRAQsgACgCBCECIABBADYCBCAAIAIgD0EBaiIEELGAgIAAIgINlQEgBCEBDMMBC0E5IRAMzwELAkAgAC8BMCIBQQhxRQ0AIAAtAChBAUcNACAALQAtQQhxRQ2QAQsgACABQff7A3FBgARyOwEwIA8hAQtBNyEQDLQBCyAAIAAvATBBEHI7ATAMqwELIBBBFUYNiwEgAEEANgIcIAAgATYCFCAAQfCOgIAANgIQIABBHDYCDEEAIRAMywELIABBwwA2AhwgACABNgIMIAAgDUEBajYCFEEAIRAMygELAkAgAS0AAEE6Rw0AIAAoAgQhECAAQQA2AgQCQCAAIBAgARCvgICAACIQDQAgAUEBaiEBDGMLIABBwwA2AhwgACAQNgIMIAAgAUEBajYCFEEAIRAMygELIABBADYCHCAAIAE2AhQgAEGxkYCAADYCECAAQQo2AgxBACEQDMkBCyAAQQA2AhwgACABNgIUIABBoJmAgAA2AhAgAEEeNgIMQQAhEAzIAQsgAEEANgIACyAAQYASOwEqIAAgF0EBaiIBIAIQqICAgAAiEA0BIAEhAQtBxwAhEAysAQsgEEEVRw2DASAAQdEANgIcIAAgATYCFCAAQeOXgIAANgIQIABBFTYCDEEAIRAMxAELIAAoAgQhECAAQQA2AgQCQCAAIBAgARCngICAACIQDQAgASEBDF4LIABB0gA2AhwgACABNgIUIAAgEDYCDEEAIRAMwwELIABBADYCHCAAIBQ2AhQgAEHBqICAADYCECAAQQc2AgwgAEEANgIAQQAhEAzCAQsgACgCBCEQIABBADYCBAJAIAAgECABEKeAgIAAIhANACABIQEMXQsgAEHTADYCHCAAIAE2AhQgACAQNgIMQQAhEAzBAQtBACEQIABBADYCHCAAIAE2AhQgAEGAkYCAADYCECAAQQk2AgwMwAELIBBBFUYNfSAAQQA2AhwgACABNgIUIABBlI2AgAA2AhAgAEEhNgIMQQAhEAy/AQtBASEWQQAhF0EAIRRBASEQCyAAIBA6ACsgAUEBaiEBAkACQCAALQAtQRBxDQACQAJAAkAgAC0AKg4DAQACBAsgFkUNAwwCCyAUDQEMAgsgF0UNAQsgACgCBCEQIABBADYCBAJAIAAgECABEK2AgIAAIhANACABIQEMXAsgAEHYADYCHCAAIAE2AhQgACAQNgIMQQAhEAy+AQsgACgCBCEEIABBADYCBAJAIAAgBCABEK2AgIAAIgQNACABIQEMrQELIABB2QA2AhwgACABNgIUIAAgBDYCDEEAIRAMvQELIAAoAgQhBCAAQQA2AgQCQCAAIAQgARCtgICAACIEDQAgASEBDKsBCyAAQdoANgIcIAAgATYCFCAAIAQ2AgxBACEQDLwBCyAAKAIEIQQgAEEANgIEAkAgACAEIAEQrYCAgAAiBA0AIAEhAQypAQsgAEHcADYCHCAAIAE2AhQgACAENgIMQQAhEAy7AQsCQCABLQAAQVBqIhBB/wFxQQpPDQAgACAQOgAqIAFBAWohAUHPACEQDKIBCyAAKAIEIQQgAEEANgIEAkAgACAEIAEQrYCAgAAiBA0AIAEhAQynAQsgAEHeADYCHCAAIAE2AhQgACAENgIMQQAhEAy6AQsgAEEANgIAIBdBAWohAQJAIAAtAClBI08NACABIQEMWQsgAEEANgIcIAAgATYCFCAAQdOJgIAANgIQIABBCDYCDEEAIRAMuQELIABBADYCAAtBACEQIABBADYCHCAAIAE2AhQgAEGQs4CAADYCECAAQQg2AgwMtwELIABBADYCACAXQQFqIQECQCAALQApQSFHDQAgASEBDFYLIABBADYCHCAAIAE2AhQgAEGbioCAADYCECAAQQg2AgxBACEQDLYBCyAAQQA2AgAgF0EBaiEBAkAgAC0AKSIQQV1qQQtPDQAgASEBDFULAkAgEEEGSw0AQQEgEHRBygBxRQ0AIAEhAQxVC0EAIRAgAEEANgIcIAAgATYCFCAAQfeJgIAANgIQIABBCDYCDAy1AQsgEEEVRg1xIABBADYCHCAAIAE2AhQgAEG5jYCAADYCECAAQRo2AgxBACEQDLQBCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQp4CAgAAiEA0AIAEhAQxUCyAAQeUANgIcIAAgATYCFCAAIBA2AgxBACEQDLMBCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQp4CAgAAiEA0AIAEhAQxNCyAAQdIANgIcIAAgATYCFCAAIBA2AgxBACEQDLIBCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQp4CAgAAiEA0AIAEhAQxNCyAAQdMANgIcIAAgATYCFCAAIBA2AgxBACEQDLEBCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQp4CAgAAiEA0AIAEhAQxRCyAAQeUANgIcIAAgATYCFCAAIBA2AgxBACEQDLABCyAAQQA2AhwgACABNgIUIABBxoqAgAA2AhAgAEEHNgIMQQAhEAyvAQsgACgCBCEQIABBADYCBAJAIAAgECABEKeAgIAAIhANACABIQEMSQsgAEHSADYCHCAAIAE2AhQgACAQNgIMQQAhEAyuAQsgACgCBCEQIABBADYCBAJAIAAgECABEKeAgIAAIhANACABIQEMSQsgAEHTADYCHCAAIAE2AhQgACAQNgIMQQAhEAytAQsgACgCBCEQIABBADYCBAJAIAAgECABEKeAgIAAIhANACABIQEMTQsgAEHlADYCHCAAIAE2AhQgACAQNgIMQQAhEAysAQsgAEEANgIcIAAgATYCFCAAQdyIgIAANgIQIABBBzYCDEEAIRAMqwELIBBBP0cNASABQQFqIQELQQUhEAyQAQtBACEQIABBADYCHCAAIAE2AhQgAEH9koCAADYCECAAQQc2AgwMqAELIAAoAgQhECAAQQA2AgQCQCAAIBAgARCngICAACIQDQAgASEBDEILIABB0gA2AhwgACABNgIUIAAgEDYCDEEAIRAMpwELIAAoAgQhECAAQQA2AgQCQCAAIBAgARCngICAACIQDQAgASEBDEILIABB0wA2AhwgACABNgIUIAAgEDYCDEEAIRAMpgELIAAoAgQhECAAQQA2AgQCQCAAIBAgARCngICAACIQDQAgASEBDEYLIABB5QA2AhwgACABNgIUIAAgEDYCDEEAIRAMpQELIAAoAgQhASAAQQA2AgQCQCAAIAEgFBCngICAACIBDQAgFCEBDD8LIABB0gA2AhwgACAUNgIUIAAgATYCDEEAIRAMpAELIAAoAgQhASAAQQA2AgQCQCAAIAEgFBCngICAACIBDQAgFCEBDD8LIABB0wA2AhwgACAUNgIUIAAgATYCDEEAIRAMowELIAAoAgQhASAAQQA2AgQCQCAAIAEgFBCngICAACIBDQAgFCEBDEMLIABB5QA2AhwgACAUNgIUIAAgATYCDEEAIRAMogELIABBADYCHCAAIBQ2AhQgAEHDj4CAADYCECAAQQc2AgxBACEQDKEBCyAAQQA2AhwgACABNgIUIABBw4+AgAA2AhAgAEEHNgIMQQAhEAygAQtBACEQIABBADYCHCAAIBQ2AhQgAEGMnICAADYCECAAQQc2AgwMnwELIABBADYCHCAAIBQ2AhQgAEGMnICAADYCECAAQQc2AgxBACEQDJ4BCyAAQQA2AhwgACAUNgIUIABB/pGAgAA2AhAgAEEHNgIMQQAhEAydAQsgAEEANgIcIAAgATYCFCAAQY6bgIAANgIQIABBBjYCDEEAIRAMnAELIBBBFUYNVyAAQQA2AhwgACABNgIUIABBzI6AgAA2AhAgAEEgNgIMQQAhEAybAQsgAEEANgIAIBBBAWohAUEkIRALIAAgEDoAKSAAKAIEIRAgAEEANgIEIAAgECABEKuAgIAAIhANVCABIQEMPgsgAEEANgIAC0EAIRAgAEEANgIcIAAgBDYCFCAAQfGbgIAANgIQIABBBjYCDAyXAQsgAUEVRg1QIABBADYCHCAAIAU2AhQgAEHwjICAADYCECAAQRs2AgxBACEQDJYBCyAAKAIEIQUgAEEANgIEIAAgBSAQEKmAgIAAIgUNASAQQQFqIQULQa0BIRAMewsgAEHBATYCHCAAIAU2AgwgACAQQQFqNgIUQQAhEAyTAQsgACgCBCEGIABBADYCBCAAIAYgEBCpgICAACIGDQEgEEEBaiEGC0GuASEQDHgLIABBwgE2AhwgACAGNgIMIAAgEEEBajYCFEEAIRAMkAELIABBADYCHCAAIAc2AhQgAEGXi4CAADYCECAAQQ02AgxBACEQDI8BCyAAQQA2AhwgACAINgIUIABB45CAgAA2AhAgAEEJNgIMQQAhEAyOAQsgAEEANgIcIAAgCDYCFCAAQZSNgIAANgIQIABBITYCDEEAIRAMjQELQQEhFkEAIRdBACEUQQEhEAsgACAQOgArIAlBAWohCAJAAkAgAC0ALUEQcQ0AAkACQAJAIAAtACoOAwEAAgQLIBZFDQMMAgsgFA0BDAILIBdFDQELIAAoAgQhECAAQQA2AgQgACAQIAgQrYCAgAAiEEUNPSAAQckBNgIcIAAgCDYCFCAAIBA2AgxBACEQDIwBCyAAKAIEIQQgAEEANgIEIAAgBCAIEK2AgIAAIgRFDXYgAEHKATYCHCAAIAg2AhQgACAENgIMQQAhEAyLAQsgACgCBCEEIABBADYCBCAAIAQgCRCtgICAACIERQ10IABBywE2AhwgACAJNgIUIAAgBDYCDEEAIRAMigELIAAoAgQhBCAAQQA2AgQgACAEIAoQrYCAgAAiBEUNciAAQc0BNgIcIAAgCjYCFCAAIAQ2AgxBACEQDIkBCwJAIAstAABBUGoiEEH/AXFBCk8NACAAIBA6ACogC0EBaiEKQbYBIRAMcAsgACgCBCEEIABBADYCBCAAIAQgCxCtgICAACIERQ1wIABBzwE2AhwgACALNgIUIAAgBDYCDEEAIRAMiAELIABBADYCHCAAIAQ2AhQgAEGQs4CAADYCECAAQQg2AgwgAEEANgIAQQAhEAyHAQsgAUEVRg0/IABBADYCHCAAIAw2AhQgAEHMjoCAADYCECAAQSA2AgxBACEQDIYBCyAAQYEEOwEoIAAoAgQhECAAQgA3AwAgACAQIAxBAWoiDBCrgICAACIQRQ04IABB0wE2AhwgACAMNgIUIAAgEDYCDEEAIRAMhQELIABBADYCAAtBACEQIABBADYCHCAAIAQ2AhQgAEHYm4CAADYCECAAQQg2AgwMgwELIAAoAgQhECAAQgA3AwAgACAQIAtBAWoiCxCrgICAACIQDQFBxgEhEAxpCyAAQQI6ACgMVQsgAEHVATYCHCAAIAs2AhQgACAQNgIMQQAhEAyAAQsgEEEVRg03IABBADYCHCAAIAQ2AhQgAEGkjICAADYCECAAQRA2AgxBACEQDH8LIAAtADRBAUcNNCAAIAQgAhC8gICAACIQRQ00IBBBFUcNNSAAQdwBNgIcIAAgBDYCFCAAQdWWgIAANgIQIABBFTYCDEEAIRAMfgtBACEQIABBADYCHCAAQa+LgIAANgIQIABBAjYCDCAAIBRBAWo2AhQMfQtBACEQDGMLQQIhEAxiC0ENIRAMYQtBDyEQDGALQSUhEAxfC0ETIRAMXgtBFSEQDF0LQRYhEAxcC0EXIRAMWwtBGCEQDFoLQRkhEAxZC0EaIRAMWAtBGyEQDFcLQRwhEAxWC0EdIRAMVQtBHyEQDFQLQSEhEAxTC0EjIRAMUgtBxgAhEAxRC0EuIRAMUAtBLyEQDE8LQTshEAxOC0E9IRAMTQtByAAhEAxMC0HJACEQDEsLQcsAIRAMSgtBzAAhEAxJC0HOACEQDEgLQdEAIRAMRwtB1QAhEAxGC0HYACEQDEULQdkAIRAMRAtB2wAhEAxDC0HkACEQDEILQeUAIRAMQQtB8QAhEAxAC0H0ACEQDD8LQY0BIRAMPgtBlwEhEAw9C0GpASEQDDwLQawBIRAMOwtBwAEhEAw6C0G5ASEQDDkLQa8BIRAMOAtBsQEhEAw3C0GyASEQDDYLQbQBIRAMNQtBtQEhEAw0C0G6ASEQDDMLQb0BIRAMMgtBvwEhEAwxC0HBASEQDDALIABBADYCHCAAIAQ2AhQgAEHpi4CAADYCECAAQR82AgxBACEQDEgLIABB2wE2AhwgACAENgIUIABB+paAgAA2AhAgAEEVNgIMQQAhEAxHCyAAQfgANgIcIAAgDDYCFCAAQcqYgIAANgIQIABBFTYCDEEAIRAMRgsgAEHRADYCHCAAIAU2AhQgAEGwl4CAADYCECAAQRU2AgxBACEQDEULIABB+QA2AhwgACABNgIUIAAgEDYCDEEAIRAMRAsgAEH4ADYCHCAAIAE2AhQgAEHKmICAADYCECAAQRU2AgxBACEQDEMLIABB5AA2AhwgACABNgIUIABB45eAgAA2AhAgAEEVNgIMQQAhEAxCCyAAQdcANgIcIAAgATYCFCAAQcmXgIAANgIQIABBFTYCDEEAIRAMQQsgAEEANgIcIAAgATYCFCAAQbmNgIAANgIQIABBGjYCDEEAIRAMQAsgAEHCADYCHCAAIAE2AhQgAEHjmICAADYCECAAQRU2AgxBACEQDD8LIABBADYCBCAAIA8gDxCxgICAACIERQ0BIABBOjYCHCAAIAQ2AgwgACAPQQFqNgIUQQAhEAw+CyAAKAIEIQQgAEEANgIEAkAgACAEIAEQsYCAgAAiBEUNACAAQTs2AhwgACAENgIMIAAgAUEBajYCFEEAIRAMPgsgAUEBaiEBDC0LIA9BAWohAQwtCyAAQQA2AhwgACAPNgIUIABB5JKAgAA2AhAgAEEENgIMQQAhEAw7CyAAQTY2AhwgACAENgIUIAAgAjYCDEEAIRAMOgsgAEEuNgIcIAAgDjYCFCAAIAQ2AgxBACEQDDkLIABB0AA2AhwgACABNgIUIABBkZiAgAA2AhAgAEEVNgIMQQAhEAw4CyANQQFqIQEMLAsgAEEVNgIcIAAgATYCFCAAQYKZgIAANgIQIABBFTYCDEEAIRAMNgsgAEEbNgIcIAAgATYCFCAAQZGXgIAANgIQIABBFTYCDEEAIRAMNQsgAEEPNgIcIAAgATYCFCAAQZGXgIAANgIQIABBFTYCDEEAIRAMNAsgAEELNgIcIAAgATYCFCAAQZGXgIAANgIQIABBFTYCDEEAIRAMMwsgAEEaNgIcIAAgATYCFCAAQYKZgIAANgIQIABBFTYCDEEAIRAMMgsgAEELNgIcIAAgATYCFCAAQYKZgIAANgIQIABBFTYCDEEAIRAMMQsgAEEKNgIcIAAgATYCFCAAQeSWgIAANgIQIABBFTYCDEEAIRAMMAsgAEEeNgIcIAAgATYCFCAAQfmXgIAANgIQIABBFTYCDEEAIRAMLwsgAEEANgIcIAAgEDYCFCAAQdqNgIAANgIQIABBFDYCDEEAIRAMLgsgAEEENgIcIAAgATYCFCAAQbCYgIAANgIQIABBFTYCDEEAIRAMLQsgAEEANgIAIAtBAWohCwtBuAEhEAwSCyAAQQA2AgAgEEEBaiEBQfUAIRAMEQsgASEBAkAgAC0AKUEFRw0AQeMAIRAMEQtB4gAhEAwQC0EAIRAgAEEANgIcIABB5JGAgAA2AhAgAEEHNgIMIAAgFEEBajYCFAwoCyAAQQA2AgAgF0EBaiEBQcAAIRAMDgtBASEBCyAAIAE6ACwgAEEANgIAIBdBAWohAQtBKCEQDAsLIAEhAQtBOCEQDAkLAkAgASIPIAJGDQADQAJAIA8tAABBgL6AgABqLQAAIgFBAUYNACABQQJHDQMgD0EBaiEBDAQLIA9BAWoiDyACRw0AC0E+IRAMIgtBPiEQDCELIABBADoALCAPIQEMAQtBCyEQDAYLQTohEAwFCyABQQFqIQFBLSEQDAQLIAAgAToALCAAQQA2AgAgFkEBaiEBQQwhEAwDCyAAQQA2AgAgF0EBaiEBQQohEAwCCyAAQQA2AgALIABBADoALCANIQFBCSEQDAALC0EAIRAgAEEANgIcIAAgCzYCFCAAQc2QgIAANgIQIABBCTYCDAwXC0EAIRAgAEEANgIcIAAgCjYCFCAAQemKgIAANgIQIABBCTYCDAwWC0EAIRAgAEEANgIcIAAgCTYCFCAAQbeQgIAANgIQIABBCTYCDAwVC0EAIRAgAEEANgIcIAAgCDYCFCAAQZyRgIAANgIQIABBCTYCDAwUC0EAIRAgAEEANgIcIAAgATYCFCAAQc2QgIAANgIQIABBCTYCDAwTC0EAIRAgAEEANgIcIAAgATYCFCAAQemKgIAANgIQIABBCTYCDAwSC0EAIRAgAEEANgIcIAAgATYCFCAAQbeQgIAANgIQIABBCTYCDAwRC0EAIRAgAEEANgIcIAAgATYCFCAAQZyRgIAANgIQIABBCTYCDAwQC0EAIRAgAEEANgIcIAAgATYCFCAAQZeVgIAANgIQIABBDzYCDAwPC0EAIRAgAEEANgIcIAAgATYCFCAAQZeVgIAANgIQIABBDzYCDAwOC0EAIRAgAEEANgIcIAAgATYCFCAAQcCSgIAANgIQIABBCzYCDAwNC0EAIRAgAEEANgIcIAAgATYCFCAAQZWJgIAANgIQIABBCzYCDAwMC0EAIRAgAEEANgIcIAAgATYCFCAAQeGPgIAANgIQIABBCjYCDAwLC0EAIRAgAEEANgIcIAAgATYCFCAAQfuPgIAANgIQIABBCjYCDAwKC0EAIRAgAEEANgIcIAAgATYCFCAAQfGZgIAANgIQIABBAjYCDAwJC0EAIRAgAEEANgIcIAAgATYCFCAAQcSUgIAANgIQIABBAjYCDAwIC0EAIRAgAEEANgIcIAAgATYCFCAAQfKVgIAANgIQIABBAjYCDAwHCyAAQQI2AhwgACABNgIUIABBnJqAgAA2AhAgAEEWNgIMQQAhEAwGC0EBIRAMBQtB1AAhECABIgQgAkYNBCADQQhqIAAgBCACQdjCgIAAQQoQxYCAgAAgAygCDCEEIAMoAggOAwEEAgALEMqAgIAAAAsgAEEANgIcIABBtZqAgAA2AhAgAEEXNgIMIAAgBEEBajYCFEEAIRAMAgsgAEEANgIcIAAgBDYCFCAAQcqagIAANgIQIABBCTYCDEEAIRAMAQsCQCABIgQgAkcNAEEiIRAMAQsgAEGJgICAADYCCCAAIAQ2AgRBISEQCyADQRBqJICAgIAAIBALrwEBAn8gASgCACEGAkACQCACIANGDQAgBCAGaiEEIAYgA2ogAmshByACIAZBf3MgBWoiBmohBQNAAkAgAi0AACAELQAARg0AQQIhBAwDCwJAIAYNAEEAIQQgBSECDAMLIAZBf2ohBiAEQQFqIQQgAkEBaiICIANHDQALIAchBiADIQILIABBATYCACABIAY2AgAgACACNgIEDwsgAUEANgIAIAAgBDYCACAAIAI2AgQLCgAgABDHgICAAAvyNgELfyOAgICAAEEQayIBJICAgIAAAkBBACgCoNCAgAANAEEAEMuAgIAAQYDUhIAAayICQdkASQ0AQQAhAwJAQQAoAuDTgIAAIgQNAEEAQn83AuzTgIAAQQBCgICEgICAwAA3AuTTgIAAQQAgAUEIakFwcUHYqtWqBXMiBDYC4NOAgABBAEEANgL004CAAEEAQQA2AsTTgIAAC0EAIAI2AszTgIAAQQBBgNSEgAA2AsjTgIAAQQBBgNSEgAA2ApjQgIAAQQAgBDYCrNCAgABBAEF/NgKo0ICAAANAIANBxNCAgABqIANBuNCAgABqIgQ2AgAgBCADQbDQgIAAaiIFNgIAIANBvNCAgABqIAU2AgAgA0HM0ICAAGogA0HA0ICAAGoiBTYCACAFIAQ2AgAgA0HU0ICAAGogA0HI0ICAAGoiBDYCACAEIAU2AgAgA0HQ0ICAAGogBDYCACADQSBqIgNBgAJHDQALQYDUhIAAQXhBgNSEgABrQQ9xQQBBgNSEgABBCGpBD3EbIgNqIgRBBGogAkFIaiIFIANrIgNBAXI2AgBBAEEAKALw04CAADYCpNCAgABBACADNgKU0ICAAEEAIAQ2AqDQgIAAQYDUhIAAIAVqQTg2AgQLAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB7AFLDQACQEEAKAKI0ICAACIGQRAgAEETakFwcSAAQQtJGyICQQN2IgR2IgNBA3FFDQACQAJAIANBAXEgBHJBAXMiBUEDdCIEQbDQgIAAaiIDIARBuNCAgABqKAIAIgQoAggiAkcNAEEAIAZBfiAFd3E2AojQgIAADAELIAMgAjYCCCACIAM2AgwLIARBCGohAyAEIAVBA3QiBUEDcjYCBCAEIAVqIgQgBCgCBEEBcjYCBAwMCyACQQAoApDQgIAAIgdNDQECQCADRQ0AAkACQCADIAR0QQIgBHQiA0EAIANrcnEiA0EAIANrcUF/aiIDIANBDHZBEHEiA3YiBEEFdkEIcSIFIANyIAQgBXYiA0ECdkEEcSIEciADIAR2IgNBAXZBAnEiBHIgAyAEdiIDQQF2QQFxIgRyIAMgBHZqIgRBA3QiA0Gw0ICAAGoiBSADQbjQgIAAaigCACIDKAIIIgBHDQBBACAGQX4gBHdxIgY2AojQgIAADAELIAUgADYCCCAAIAU2AgwLIAMgAkEDcjYCBCADIARBA3QiBGogBCACayIFNgIAIAMgAmoiACAFQQFyNgIEAkAgB0UNACAHQXhxQbDQgIAAaiECQQAoApzQgIAAIQQCQAJAIAZBASAHQQN2dCIIcQ0AQQAgBiAIcjYCiNCAgAAgAiEIDAELIAIoAgghCAsgCCAENgIMIAIgBDYCCCAEIAI2AgwgBCAINgIICyADQQhqIQNBACAANgKc0ICAAEEAIAU2ApDQgIAADAwLQQAoAozQgIAAIglFDQEgCUEAIAlrcUF/aiIDIANBDHZBEHEiA3YiBEEFdkEIcSIFIANyIAQgBXYiA0ECdkEEcSIEciADIAR2IgNBAXZBAnEiBHIgAyAEdiIDQQF2QQFxIgRyIAMgBHZqQQJ0QbjSgIAAaigCACIAKAIEQXhxIAJrIQQgACEFAkADQAJAIAUoAhAiAw0AIAVBFGooAgAiA0UNAgsgAygCBEF4cSACayIFIAQgBSAESSIFGyEEIAMgACAFGyEAIAMhBQwACwsgACgCGCEKAkAgACgCDCIIIABGDQAgACgCCCIDQQAoApjQgIAASRogCCADNgIIIAMgCDYCDAwLCwJAIABBFGoiBSgCACIDDQAgACgCECIDRQ0DIABBEGohBQsDQCAFIQsgAyIIQRRqIgUoAgAiAw0AIAhBEGohBSAIKAIQIgMNAAsgC0EANgIADAoLQX8hAiAAQb9/Sw0AIABBE2oiA0FwcSECQQAoAozQgIAAIgdFDQBBACELAkAgAkGAAkkNAEEfIQsgAkH///8HSw0AIANBCHYiAyADQYD+P2pBEHZBCHEiA3QiBCAEQYDgH2pBEHZBBHEiBHQiBSAFQYCAD2pBEHZBAnEiBXRBD3YgAyAEciAFcmsiA0EBdCACIANBFWp2QQFxckEcaiELC0EAIAJrIQQCQAJAAkACQCALQQJ0QbjSgIAAaigCACIFDQBBACEDQQAhCAwBC0EAIQMgAkEAQRkgC0EBdmsgC0EfRht0IQBBACEIA0ACQCAFKAIEQXhxIAJrIgYgBE8NACAGIQQgBSEIIAYNAEEAIQQgBSEIIAUhAwwDCyADIAVBFGooAgAiBiAGIAUgAEEddkEEcWpBEGooAgAiBUYbIAMgBhshAyAAQQF0IQAgBQ0ACwsCQCADIAhyDQBBACEIQQIgC3QiA0EAIANrciAHcSIDRQ0DIANBACADa3FBf2oiAyADQQx2QRBxIgN2IgVBBXZBCHEiACADciAFIAB2IgNBAnZBBHEiBXIgAyAFdiIDQQF2QQJxIgVyIAMgBXYiA0EBdkEBcSIFciADIAV2akECdEG40oCAAGooAgAhAwsgA0UNAQsDQCADKAIEQXhxIAJrIgYgBEkhAAJAIAMoAhAiBQ0AIANBFGooAgAhBQsgBiAEIAAbIQQgAyAIIAAbIQggBSEDIAUNAAsLIAhFDQAgBEEAKAKQ0ICAACACa08NACAIKAIYIQsCQCAIKAIMIgAgCEYNACAIKAIIIgNBACgCmNCAgABJGiAAIAM2AgggAyAANgIMDAkLAkAgCEEUaiIFKAIAIgMNACAIKAIQIgNFDQMgCEEQaiEFCwNAIAUhBiADIgBBFGoiBSgCACIDDQAgAEEQaiEFIAAoAhAiAw0ACyAGQQA2AgAMCAsCQEEAKAKQ0ICAACIDIAJJDQBBACgCnNCAgAAhBAJAAkAgAyACayIFQRBJDQAgBCACaiIAIAVBAXI2AgRBACAFNgKQ0ICAAEEAIAA2ApzQgIAAIAQgA2ogBTYCACAEIAJBA3I2AgQMAQsgBCADQQNyNgIEIAQgA2oiAyADKAIEQQFyNgIEQQBBADYCnNCAgABBAEEANgKQ0ICAAAsgBEEIaiEDDAoLAkBBACgClNCAgAAiACACTQ0AQQAoAqDQgIAAIgMgAmoiBCAAIAJrIgVBAXI2AgRBACAFNgKU0ICAAEEAIAQ2AqDQgIAAIAMgAkEDcjYCBCADQQhqIQMMCgsCQAJAQQAoAuDTgIAARQ0AQQAoAujTgIAAIQQMAQtBAEJ/NwLs04CAAEEAQoCAhICAgMAANwLk04CAAEEAIAFBDGpBcHFB2KrVqgVzNgLg04CAAEEAQQA2AvTTgIAAQQBBADYCxNOAgABBgIAEIQQLQQAhAwJAIAQgAkHHAGoiB2oiBkEAIARrIgtxIgggAksNAEEAQTA2AvjTgIAADAoLAkBBACgCwNOAgAAiA0UNAAJAQQAoArjTgIAAIgQgCGoiBSAETQ0AIAUgA00NAQtBACEDQQBBMDYC+NOAgAAMCgtBAC0AxNOAgABBBHENBAJAAkACQEEAKAKg0ICAACIERQ0AQcjTgIAAIQMDQAJAIAMoAgAiBSAESw0AIAUgAygCBGogBEsNAwsgAygCCCIDDQALC0EAEMuAgIAAIgBBf0YNBSAIIQYCQEEAKALk04CAACIDQX9qIgQgAHFFDQAgCCAAayAEIABqQQAgA2txaiEGCyAGIAJNDQUgBkH+////B0sNBQJAQQAoAsDTgIAAIgNFDQBBACgCuNOAgAAiBCAGaiIFIARNDQYgBSADSw0GCyAGEMuAgIAAIgMgAEcNAQwHCyAGIABrIAtxIgZB/v///wdLDQQgBhDLgICAACIAIAMoAgAgAygCBGpGDQMgACEDCwJAIANBf0YNACACQcgAaiAGTQ0AAkAgByAGa0EAKALo04CAACIEakEAIARrcSIEQf7///8HTQ0AIAMhAAwHCwJAIAQQy4CAgABBf0YNACAEIAZqIQYgAyEADAcLQQAgBmsQy4CAgAAaDAQLIAMhACADQX9HDQUMAwtBACEIDAcLQQAhAAwFCyAAQX9HDQILQQBBACgCxNOAgABBBHI2AsTTgIAACyAIQf7///8HSw0BIAgQy4CAgAAhAEEAEMuAgIAAIQMgAEF/Rg0BIANBf0YNASAAIANPDQEgAyAAayIGIAJBOGpNDQELQQBBACgCuNOAgAAgBmoiAzYCuNOAgAACQCADQQAoArzTgIAATQ0AQQAgAzYCvNOAgAALAkACQAJAAkBBACgCoNCAgAAiBEUNAEHI04CAACEDA0AgACADKAIAIgUgAygCBCIIakYNAiADKAIIIgMNAAwDCwsCQAJAQQAoApjQgIAAIgNFDQAgACADTw0BC0EAIAA2ApjQgIAAC0EAIQNBACAGNgLM04CAAEEAIAA2AsjTgIAAQQBBfzYCqNCAgABBAEEAKALg04CAADYCrNCAgABBAEEANgLU04CAAANAIANBxNCAgABqIANBuNCAgABqIgQ2AgAgBCADQbDQgIAAaiIFNgIAIANBvNCAgABqIAU2AgAgA0HM0ICAAGogA0HA0ICAAGoiBTYCACAFIAQ2AgAgA0HU0ICAAGogA0HI0ICAAGoiBDYCACAEIAU2AgAgA0HQ0ICAAGogBDYCACADQSBqIgNBgAJHDQALIABBeCAAa0EPcUEAIABBCGpBD3EbIgNqIgQgBkFIaiIFIANrIgNBAXI2AgRBAEEAKALw04CAADYCpNCAgABBACADNgKU0ICAAEEAIAQ2AqDQgIAAIAAgBWpBODYCBAwCCyADLQAMQQhxDQAgBCAFSQ0AIAQgAE8NACAEQXggBGtBD3FBACAEQQhqQQ9xGyIFaiIAQQAoApTQgIAAIAZqIgsgBWsiBUEBcjYCBCADIAggBmo2AgRBAEEAKALw04CAADYCpNCAgABBACAFNgKU0ICAAEEAIAA2AqDQgIAAIAQgC2pBODYCBAwBCwJAIABBACgCmNCAgAAiCE8NAEEAIAA2ApjQgIAAIAAhCAsgACAGaiEFQcjTgIAAIQMCQAJAAkACQAJAAkACQANAIAMoAgAgBUYNASADKAIIIgMNAAwCCwsgAy0ADEEIcUUNAQtByNOAgAAhAwNAAkAgAygCACIFIARLDQAgBSADKAIEaiIFIARLDQMLIAMoAgghAwwACwsgAyAANgIAIAMgAygCBCAGajYCBCAAQXggAGtBD3FBACAAQQhqQQ9xG2oiCyACQQNyNgIEIAVBeCAFa0EPcUEAIAVBCGpBD3EbaiIGIAsgAmoiAmshAwJAIAYgBEcNAEEAIAI2AqDQgIAAQQBBACgClNCAgAAgA2oiAzYClNCAgAAgAiADQQFyNgIEDAMLAkAgBkEAKAKc0ICAAEcNAEEAIAI2ApzQgIAAQQBBACgCkNCAgAAgA2oiAzYCkNCAgAAgAiADQQFyNgIEIAIgA2ogAzYCAAwDCwJAIAYoAgQiBEEDcUEBRw0AIARBeHEhBwJAAkAgBEH/AUsNACAGKAIIIgUgBEEDdiIIQQN0QbDQgIAAaiIARhoCQCAGKAIMIgQgBUcNAEEAQQAoAojQgIAAQX4gCHdxNgKI0ICAAAwCCyAEIABGGiAEIAU2AgggBSAENgIMDAELIAYoAhghCQJAAkAgBigCDCIAIAZGDQAgBigCCCIEIAhJGiAAIAQ2AgggBCAANgIMDAELAkAgBkEUaiIEKAIAIgUNACAGQRBqIgQoAgAiBQ0AQQAhAAwBCwNAIAQhCCAFIgBBFGoiBCgCACIFDQAgAEEQaiEEIAAoAhAiBQ0ACyAIQQA2AgALIAlFDQACQAJAIAYgBigCHCIFQQJ0QbjSgIAAaiIEKAIARw0AIAQgADYCACAADQFBAEEAKAKM0ICAAEF+IAV3cTYCjNCAgAAMAgsgCUEQQRQgCSgCECAGRhtqIAA2AgAgAEUNAQsgACAJNgIYAkAgBigCECIERQ0AIAAgBDYCECAEIAA2AhgLIAYoAhQiBEUNACAAQRRqIAQ2AgAgBCAANgIYCyAHIANqIQMgBiAHaiIGKAIEIQQLIAYgBEF+cTYCBCACIANqIAM2AgAgAiADQQFyNgIEAkAgA0H/AUsNACADQXhxQbDQgIAAaiEEAkACQEEAKAKI0ICAACIFQQEgA0EDdnQiA3ENAEEAIAUgA3I2AojQgIAAIAQhAwwBCyAEKAIIIQMLIAMgAjYCDCAEIAI2AgggAiAENgIMIAIgAzYCCAwDC0EfIQQCQCADQf///wdLDQAgA0EIdiIEIARBgP4/akEQdkEIcSIEdCIFIAVBgOAfakEQdkEEcSIFdCIAIABBgIAPakEQdkECcSIAdEEPdiAEIAVyIAByayIEQQF0IAMgBEEVanZBAXFyQRxqIQQLIAIgBDYCHCACQgA3AhAgBEECdEG40oCAAGohBQJAQQAoAozQgIAAIgBBASAEdCIIcQ0AIAUgAjYCAEEAIAAgCHI2AozQgIAAIAIgBTYCGCACIAI2AgggAiACNgIMDAMLIANBAEEZIARBAXZrIARBH0YbdCEEIAUoAgAhAANAIAAiBSgCBEF4cSADRg0CIARBHXYhACAEQQF0IQQgBSAAQQRxakEQaiIIKAIAIgANAAsgCCACNgIAIAIgBTYCGCACIAI2AgwgAiACNgIIDAILIABBeCAAa0EPcUEAIABBCGpBD3EbIgNqIgsgBkFIaiIIIANrIgNBAXI2AgQgACAIakE4NgIEIAQgBUE3IAVrQQ9xQQAgBUFJakEPcRtqQUFqIgggCCAEQRBqSRsiCEEjNgIEQQBBACgC8NOAgAA2AqTQgIAAQQAgAzYClNCAgABBACALNgKg0ICAACAIQRBqQQApAtDTgIAANwIAIAhBACkCyNOAgAA3AghBACAIQQhqNgLQ04CAAEEAIAY2AszTgIAAQQAgADYCyNOAgABBAEEANgLU04CAACAIQSRqIQMDQCADQQc2AgAgA0EEaiIDIAVJDQALIAggBEYNAyAIIAgoAgRBfnE2AgQgCCAIIARrIgA2AgAgBCAAQQFyNgIEAkAgAEH/AUsNACAAQXhxQbDQgIAAaiEDAkACQEEAKAKI0ICAACIFQQEgAEEDdnQiAHENAEEAIAUgAHI2AojQgIAAIAMhBQwBCyADKAIIIQULIAUgBDYCDCADIAQ2AgggBCADNgIMIAQgBTYCCAwEC0EfIQMCQCAAQf///wdLDQAgAEEIdiIDIANBgP4/akEQdkEIcSIDdCIFIAVBgOAfakEQdkEEcSIFdCIIIAhBgIAPakEQdkECcSIIdEEPdiADIAVyIAhyayIDQQF0IAAgA0EVanZBAXFyQRxqIQMLIAQgAzYCHCAEQgA3AhAgA0ECdEG40oCAAGohBQJAQQAoAozQgIAAIghBASADdCIGcQ0AIAUgBDYCAEEAIAggBnI2AozQgIAAIAQgBTYCGCAEIAQ2AgggBCAENgIMDAQLIABBAEEZIANBAXZrIANBH0YbdCEDIAUoAgAhCANAIAgiBSgCBEF4cSAARg0DIANBHXYhCCADQQF0IQMgBSAIQQRxakEQaiIGKAIAIggNAAsgBiAENgIAIAQgBTYCGCAEIAQ2AgwgBCAENgIIDAMLIAUoAggiAyACNgIMIAUgAjYCCCACQQA2AhggAiAFNgIMIAIgAzYCCAsgC0EIaiEDDAULIAUoAggiAyAENgIMIAUgBDYCCCAEQQA2AhggBCAFNgIMIAQgAzYCCAtBACgClNCAgAAiAyACTQ0AQQAoAqDQgIAAIgQgAmoiBSADIAJrIgNBAXI2AgRBACADNgKU0ICAAEEAIAU2AqDQgIAAIAQgAkEDcjYCBCAEQQhqIQMMAwtBACEDQQBBMDYC+NOAgAAMAgsCQCALRQ0AAkACQCAIIAgoAhwiBUECdEG40oCAAGoiAygCAEcNACADIAA2AgAgAA0BQQAgB0F+IAV3cSIHNgKM0ICAAAwCCyALQRBBFCALKAIQIAhGG2ogADYCACAARQ0BCyAAIAs2AhgCQCAIKAIQIgNFDQAgACADNgIQIAMgADYCGAsgCEEUaigCACIDRQ0AIABBFGogAzYCACADIAA2AhgLAkACQCAEQQ9LDQAgCCAEIAJqIgNBA3I2AgQgCCADaiIDIAMoAgRBAXI2AgQMAQsgCCACaiIAIARBAXI2AgQgCCACQQNyNgIEIAAgBGogBDYCAAJAIARB/wFLDQAgBEF4cUGw0ICAAGohAwJAAkBBACgCiNCAgAAiBUEBIARBA3Z0IgRxDQBBACAFIARyNgKI0ICAACADIQQMAQsgAygCCCEECyAEIAA2AgwgAyAANgIIIAAgAzYCDCAAIAQ2AggMAQtBHyEDAkAgBEH///8HSw0AIARBCHYiAyADQYD+P2pBEHZBCHEiA3QiBSAFQYDgH2pBEHZBBHEiBXQiAiACQYCAD2pBEHZBAnEiAnRBD3YgAyAFciACcmsiA0EBdCAEIANBFWp2QQFxckEcaiEDCyAAIAM2AhwgAEIANwIQIANBAnRBuNKAgABqIQUCQCAHQQEgA3QiAnENACAFIAA2AgBBACAHIAJyNgKM0ICAACAAIAU2AhggACAANgIIIAAgADYCDAwBCyAEQQBBGSADQQF2ayADQR9GG3QhAyAFKAIAIQICQANAIAIiBSgCBEF4cSAERg0BIANBHXYhAiADQQF0IQMgBSACQQRxakEQaiIGKAIAIgINAAsgBiAANgIAIAAgBTYCGCAAIAA2AgwgACAANgIIDAELIAUoAggiAyAANgIMIAUgADYCCCAAQQA2AhggACAFNgIMIAAgAzYCCAsgCEEIaiEDDAELAkAgCkUNAAJAAkAgACAAKAIcIgVBAnRBuNKAgABqIgMoAgBHDQAgAyAINgIAIAgNAUEAIAlBfiAFd3E2AozQgIAADAILIApBEEEUIAooAhAgAEYbaiAINgIAIAhFDQELIAggCjYCGAJAIAAoAhAiA0UNACAIIAM2AhAgAyAINgIYCyAAQRRqKAIAIgNFDQAgCEEUaiADNgIAIAMgCDYCGAsCQAJAIARBD0sNACAAIAQgAmoiA0EDcjYCBCAAIANqIgMgAygCBEEBcjYCBAwBCyAAIAJqIgUgBEEBcjYCBCAAIAJBA3I2AgQgBSAEaiAENgIAAkAgB0UNACAHQXhxQbDQgIAAaiECQQAoApzQgIAAIQMCQAJAQQEgB0EDdnQiCCAGcQ0AQQAgCCAGcjYCiNCAgAAgAiEIDAELIAIoAgghCAsgCCADNgIMIAIgAzYCCCADIAI2AgwgAyAINgIIC0EAIAU2ApzQgIAAQQAgBDYCkNCAgAALIABBCGohAwsgAUEQaiSAgICAACADCwoAIAAQyYCAgAAL4g0BB38CQCAARQ0AIABBeGoiASAAQXxqKAIAIgJBeHEiAGohAwJAIAJBAXENACACQQNxRQ0BIAEgASgCACICayIBQQAoApjQgIAAIgRJDQEgAiAAaiEAAkAgAUEAKAKc0ICAAEYNAAJAIAJB/wFLDQAgASgCCCIEIAJBA3YiBUEDdEGw0ICAAGoiBkYaAkAgASgCDCICIARHDQBBAEEAKAKI0ICAAEF+IAV3cTYCiNCAgAAMAwsgAiAGRhogAiAENgIIIAQgAjYCDAwCCyABKAIYIQcCQAJAIAEoAgwiBiABRg0AIAEoAggiAiAESRogBiACNgIIIAIgBjYCDAwBCwJAIAFBFGoiAigCACIEDQAgAUEQaiICKAIAIgQNAEEAIQYMAQsDQCACIQUgBCIGQRRqIgIoAgAiBA0AIAZBEGohAiAGKAIQIgQNAAsgBUEANgIACyAHRQ0BAkACQCABIAEoAhwiBEECdEG40oCAAGoiAigCAEcNACACIAY2AgAgBg0BQQBBACgCjNCAgABBfiAEd3E2AozQgIAADAMLIAdBEEEUIAcoAhAgAUYbaiAGNgIAIAZFDQILIAYgBzYCGAJAIAEoAhAiAkUNACAGIAI2AhAgAiAGNgIYCyABKAIUIgJFDQEgBkEUaiACNgIAIAIgBjYCGAwBCyADKAIEIgJBA3FBA0cNACADIAJBfnE2AgRBACAANgKQ0ICAACABIABqIAA2AgAgASAAQQFyNgIEDwsgASADTw0AIAMoAgQiAkEBcUUNAAJAAkAgAkECcQ0AAkAgA0EAKAKg0ICAAEcNAEEAIAE2AqDQgIAAQQBBACgClNCAgAAgAGoiADYClNCAgAAgASAAQQFyNgIEIAFBACgCnNCAgABHDQNBAEEANgKQ0ICAAEEAQQA2ApzQgIAADwsCQCADQQAoApzQgIAARw0AQQAgATYCnNCAgABBAEEAKAKQ0ICAACAAaiIANgKQ0ICAACABIABBAXI2AgQgASAAaiAANgIADwsgAkF4cSAAaiEAAkACQCACQf8BSw0AIAMoAggiBCACQQN2IgVBA3RBsNCAgABqIgZGGgJAIAMoAgwiAiAERw0AQQBBACgCiNCAgABBfiAFd3E2AojQgIAADAILIAIgBkYaIAIgBDYCCCAEIAI2AgwMAQsgAygCGCEHAkACQCADKAIMIgYgA0YNACADKAIIIgJBACgCmNCAgABJGiAGIAI2AgggAiAGNgIMDAELAkAgA0EUaiICKAIAIgQNACADQRBqIgIoAgAiBA0AQQAhBgwBCwNAIAIhBSAEIgZBFGoiAigCACIEDQAgBkEQaiECIAYoAhAiBA0ACyAFQQA2AgALIAdFDQACQAJAIAMgAygCHCIEQQJ0QbjSgIAAaiICKAIARw0AIAIgBjYCACAGDQFBAEEAKAKM0ICAAEF+IAR3cTYCjNCAgAAMAgsgB0EQQRQgBygCECADRhtqIAY2AgAgBkUNAQsgBiAHNgIYAkAgAygCECICRQ0AIAYgAjYCECACIAY2AhgLIAMoAhQiAkUNACAGQRRqIAI2AgAgAiAGNgIYCyABIABqIAA2AgAgASAAQQFyNgIEIAFBACgCnNCAgABHDQFBACAANgKQ0ICAAA8LIAMgAkF+cTYCBCABIABqIAA2AgAgASAAQQFyNgIECwJAIABB/wFLDQAgAEF4cUGw0ICAAGohAgJAAkBBACgCiNCAgAAiBEEBIABBA3Z0IgBxDQBBACAEIAByNgKI0ICAACACIQAMAQsgAigCCCEACyAAIAE2AgwgAiABNgIIIAEgAjYCDCABIAA2AggPC0EfIQICQCAAQf///wdLDQAgAEEIdiICIAJBgP4/akEQdkEIcSICdCIEIARBgOAfakEQdkEEcSIEdCIGIAZBgIAPakEQdkECcSIGdEEPdiACIARyIAZyayICQQF0IAAgAkEVanZBAXFyQRxqIQILIAEgAjYCHCABQgA3AhAgAkECdEG40oCAAGohBAJAAkBBACgCjNCAgAAiBkEBIAJ0IgNxDQAgBCABNgIAQQAgBiADcjYCjNCAgAAgASAENgIYIAEgATYCCCABIAE2AgwMAQsgAEEAQRkgAkEBdmsgAkEfRht0IQIgBCgCACEGAkADQCAGIgQoAgRBeHEgAEYNASACQR12IQYgAkEBdCECIAQgBkEEcWpBEGoiAygCACIGDQALIAMgATYCACABIAQ2AhggASABNgIMIAEgATYCCAwBCyAEKAIIIgAgATYCDCAEIAE2AgggAUEANgIYIAEgBDYCDCABIAA2AggLQQBBACgCqNCAgABBf2oiAUF/IAEbNgKo0ICAAAsLBAAAAAtOAAJAIAANAD8AQRB0DwsCQCAAQf//A3ENACAAQX9MDQACQCAAQRB2QAAiAEF/Rw0AQQBBMDYC+NOAgABBfw8LIABBEHQPCxDKgICAAAAL8gICA38BfgJAIAJFDQAgACABOgAAIAIgAGoiA0F/aiABOgAAIAJBA0kNACAAIAE6AAIgACABOgABIANBfWogAToAACADQX5qIAE6AAAgAkEHSQ0AIAAgAToAAyADQXxqIAE6AAAgAkEJSQ0AIABBACAAa0EDcSIEaiIDIAFB/wFxQYGChAhsIgE2AgAgAyACIARrQXxxIgRqIgJBfGogATYCACAEQQlJDQAgAyABNgIIIAMgATYCBCACQXhqIAE2AgAgAkF0aiABNgIAIARBGUkNACADIAE2AhggAyABNgIUIAMgATYCECADIAE2AgwgAkFwaiABNgIAIAJBbGogATYCACACQWhqIAE2AgAgAkFkaiABNgIAIAQgA0EEcUEYciIFayICQSBJDQAgAa1CgYCAgBB+IQYgAyAFaiEBA0AgASAGNwMYIAEgBjcDECABIAY3AwggASAGNwMAIAFBIGohASACQWBqIgJBH0sNAAsLIAALC45IAQBBgAgLhkgBAAAAAgAAAAMAAAAAAAAAAAAAAAQAAAAFAAAAAAAAAAAAAAAGAAAABwAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEludmFsaWQgY2hhciBpbiB1cmwgcXVlcnkAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9ib2R5AENvbnRlbnQtTGVuZ3RoIG92ZXJmbG93AENodW5rIHNpemUgb3ZlcmZsb3cAUmVzcG9uc2Ugb3ZlcmZsb3cASW52YWxpZCBtZXRob2QgZm9yIEhUVFAveC54IHJlcXVlc3QASW52YWxpZCBtZXRob2QgZm9yIFJUU1AveC54IHJlcXVlc3QARXhwZWN0ZWQgU09VUkNFIG1ldGhvZCBmb3IgSUNFL3gueCByZXF1ZXN0AEludmFsaWQgY2hhciBpbiB1cmwgZnJhZ21lbnQgc3RhcnQARXhwZWN0ZWQgZG90AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fc3RhdHVzAEludmFsaWQgcmVzcG9uc2Ugc3RhdHVzAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMAVXNlciBjYWxsYmFjayBlcnJvcgBgb25fcmVzZXRgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19oZWFkZXJgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2JlZ2luYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlYCBjYWxsYmFjayBlcnJvcgBgb25fc3RhdHVzX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdmVyc2lvbl9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3VybF9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX3ZhbHVlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWVzc2FnZV9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX21ldGhvZF9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX2hlYWRlcl9maWVsZF9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lYCBjYWxsYmFjayBlcnJvcgBVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNlcnZlcgBJbnZhbGlkIGhlYWRlciB2YWx1ZSBjaGFyAEludmFsaWQgaGVhZGVyIGZpZWxkIGNoYXIAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl92ZXJzaW9uAEludmFsaWQgbWlub3IgdmVyc2lvbgBJbnZhbGlkIG1ham9yIHZlcnNpb24ARXhwZWN0ZWQgc3BhY2UgYWZ0ZXIgdmVyc2lvbgBFeHBlY3RlZCBDUkxGIGFmdGVyIHZlcnNpb24ASW52YWxpZCBIVFRQIHZlcnNpb24ASW52YWxpZCBoZWFkZXIgdG9rZW4AU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl91cmwASW52YWxpZCBjaGFyYWN0ZXJzIGluIHVybABVbmV4cGVjdGVkIHN0YXJ0IGNoYXIgaW4gdXJsAERvdWJsZSBAIGluIHVybABFbXB0eSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXJhY3RlciBpbiBDb250ZW50LUxlbmd0aABEdXBsaWNhdGUgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyIGluIHVybCBwYXRoAENvbnRlbnQtTGVuZ3RoIGNhbid0IGJlIHByZXNlbnQgd2l0aCBUcmFuc2Zlci1FbmNvZGluZwBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBzaXplAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25faGVhZGVyX3ZhbHVlAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgdmFsdWUATWlzc2luZyBleHBlY3RlZCBMRiBhZnRlciBoZWFkZXIgdmFsdWUASW52YWxpZCBgVHJhbnNmZXItRW5jb2RpbmdgIGhlYWRlciB2YWx1ZQBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zIHF1b3RlIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAFBhdXNlZCBieSBvbl9oZWFkZXJzX2NvbXBsZXRlAEludmFsaWQgRU9GIHN0YXRlAG9uX3Jlc2V0IHBhdXNlAG9uX2NodW5rX2hlYWRlciBwYXVzZQBvbl9tZXNzYWdlX2JlZ2luIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZSBwYXVzZQBvbl9zdGF0dXNfY29tcGxldGUgcGF1c2UAb25fdmVyc2lvbl9jb21wbGV0ZSBwYXVzZQBvbl91cmxfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX3ZhbHVlX2NvbXBsZXRlIHBhdXNlAG9uX21lc3NhZ2VfY29tcGxldGUgcGF1c2UAb25fbWV0aG9kX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl9maWVsZF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fbmFtZSBwYXVzZQBVbmV4cGVjdGVkIHNwYWNlIGFmdGVyIHN0YXJ0IGxpbmUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fbmFtZQBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zIG5hbWUAUGF1c2Ugb24gQ09OTkVDVC9VcGdyYWRlAFBhdXNlIG9uIFBSSS9VcGdyYWRlAEV4cGVjdGVkIEhUVFAvMiBDb25uZWN0aW9uIFByZWZhY2UAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9tZXRob2QARXhwZWN0ZWQgc3BhY2UgYWZ0ZXIgbWV0aG9kAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25faGVhZGVyX2ZpZWxkAFBhdXNlZABJbnZhbGlkIHdvcmQgZW5jb3VudGVyZWQASW52YWxpZCBtZXRob2QgZW5jb3VudGVyZWQAVW5leHBlY3RlZCBjaGFyIGluIHVybCBzY2hlbWEAUmVxdWVzdCBoYXMgaW52YWxpZCBgVHJhbnNmZXItRW5jb2RpbmdgAFNXSVRDSF9QUk9YWQBVU0VfUFJPWFkATUtBQ1RJVklUWQBVTlBST0NFU1NBQkxFX0VOVElUWQBDT1BZAE1PVkVEX1BFUk1BTkVOVExZAFRPT19FQVJMWQBOT1RJRlkARkFJTEVEX0RFUEVOREVOQ1kAQkFEX0dBVEVXQVkAUExBWQBQVVQAQ0hFQ0tPVVQAR0FURVdBWV9USU1FT1VUAFJFUVVFU1RfVElNRU9VVABORVRXT1JLX0NPTk5FQ1RfVElNRU9VVABDT05ORUNUSU9OX1RJTUVPVVQATE9HSU5fVElNRU9VVABORVRXT1JLX1JFQURfVElNRU9VVABQT1NUAE1JU0RJUkVDVEVEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfTE9BRF9CQUxBTkNFRF9SRVFVRVNUAEJBRF9SRVFVRVNUAEhUVFBfUkVRVUVTVF9TRU5UX1RPX0hUVFBTX1BPUlQAUkVQT1JUAElNX0FfVEVBUE9UAFJFU0VUX0NPTlRFTlQATk9fQ09OVEVOVABQQVJUSUFMX0NPTlRFTlQASFBFX0lOVkFMSURfQ09OU1RBTlQASFBFX0NCX1JFU0VUAEdFVABIUEVfU1RSSUNUAENPTkZMSUNUAFRFTVBPUkFSWV9SRURJUkVDVABQRVJNQU5FTlRfUkVESVJFQ1QAQ09OTkVDVABNVUxUSV9TVEFUVVMASFBFX0lOVkFMSURfU1RBVFVTAFRPT19NQU5ZX1JFUVVFU1RTAEVBUkxZX0hJTlRTAFVOQVZBSUxBQkxFX0ZPUl9MRUdBTF9SRUFTT05TAE9QVElPTlMAU1dJVENISU5HX1BST1RPQ09MUwBWQVJJQU5UX0FMU09fTkVHT1RJQVRFUwBNVUxUSVBMRV9DSE9JQ0VTAElOVEVSTkFMX1NFUlZFUl9FUlJPUgBXRUJfU0VSVkVSX1VOS05PV05fRVJST1IAUkFJTEdVTl9FUlJPUgBJREVOVElUWV9QUk9WSURFUl9BVVRIRU5USUNBVElPTl9FUlJPUgBTU0xfQ0VSVElGSUNBVEVfRVJST1IASU5WQUxJRF9YX0ZPUldBUkRFRF9GT1IAU0VUX1BBUkFNRVRFUgBHRVRfUEFSQU1FVEVSAEhQRV9VU0VSAFNFRV9PVEhFUgBIUEVfQ0JfQ0hVTktfSEVBREVSAE1LQ0FMRU5EQVIAU0VUVVAAV0VCX1NFUlZFUl9JU19ET1dOAFRFQVJET1dOAEhQRV9DTE9TRURfQ09OTkVDVElPTgBIRVVSSVNUSUNfRVhQSVJBVElPTgBESVNDT05ORUNURURfT1BFUkFUSU9OAE5PTl9BVVRIT1JJVEFUSVZFX0lORk9STUFUSU9OAEhQRV9JTlZBTElEX1ZFUlNJT04ASFBFX0NCX01FU1NBR0VfQkVHSU4AU0lURV9JU19GUk9aRU4ASFBFX0lOVkFMSURfSEVBREVSX1RPS0VOAElOVkFMSURfVE9LRU4ARk9SQklEREVOAEVOSEFOQ0VfWU9VUl9DQUxNAEhQRV9JTlZBTElEX1VSTABCTE9DS0VEX0JZX1BBUkVOVEFMX0NPTlRST0wATUtDT0wAQUNMAEhQRV9JTlRFUk5BTABSRVFVRVNUX0hFQURFUl9GSUVMRFNfVE9PX0xBUkdFX1VOT0ZGSUNJQUwASFBFX09LAFVOTElOSwBVTkxPQ0sAUFJJAFJFVFJZX1dJVEgASFBFX0lOVkFMSURfQ09OVEVOVF9MRU5HVEgASFBFX1VORVhQRUNURURfQ09OVEVOVF9MRU5HVEgARkxVU0gAUFJPUFBBVENIAE0tU0VBUkNIAFVSSV9UT09fTE9ORwBQUk9DRVNTSU5HAE1JU0NFTExBTkVPVVNfUEVSU0lTVEVOVF9XQVJOSU5HAE1JU0NFTExBTkVPVVNfV0FSTklORwBIUEVfSU5WQUxJRF9UUkFOU0ZFUl9FTkNPRElORwBFeHBlY3RlZCBDUkxGAEhQRV9JTlZBTElEX0NIVU5LX1NJWkUATU9WRQBDT05USU5VRQBIUEVfQ0JfU1RBVFVTX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJTX0NPTVBMRVRFAEhQRV9DQl9WRVJTSU9OX0NPTVBMRVRFAEhQRV9DQl9VUkxfQ09NUExFVEUASFBFX0NCX0NIVU5LX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJfVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9WQUxVRV9DT01QTEVURQBIUEVfQ0JfQ0hVTktfRVhURU5TSU9OX05BTUVfQ09NUExFVEUASFBFX0NCX01FU1NBR0VfQ09NUExFVEUASFBFX0NCX01FVEhPRF9DT01QTEVURQBIUEVfQ0JfSEVBREVSX0ZJRUxEX0NPTVBMRVRFAERFTEVURQBIUEVfSU5WQUxJRF9FT0ZfU1RBVEUASU5WQUxJRF9TU0xfQ0VSVElGSUNBVEUAUEFVU0UATk9fUkVTUE9OU0UAVU5TVVBQT1JURURfTUVESUFfVFlQRQBHT05FAE5PVF9BQ0NFUFRBQkxFAFNFUlZJQ0VfVU5BVkFJTEFCTEUAUkFOR0VfTk9UX1NBVElTRklBQkxFAE9SSUdJTl9JU19VTlJFQUNIQUJMRQBSRVNQT05TRV9JU19TVEFMRQBQVVJHRQBNRVJHRQBSRVFVRVNUX0hFQURFUl9GSUVMRFNfVE9PX0xBUkdFAFJFUVVFU1RfSEVBREVSX1RPT19MQVJHRQBQQVlMT0FEX1RPT19MQVJHRQBJTlNVRkZJQ0lFTlRfU1RPUkFHRQBIUEVfUEFVU0VEX1VQR1JBREUASFBFX1BBVVNFRF9IMl9VUEdSQURFAFNPVVJDRQBBTk5PVU5DRQBUUkFDRQBIUEVfVU5FWFBFQ1RFRF9TUEFDRQBERVNDUklCRQBVTlNVQlNDUklCRQBSRUNPUkQASFBFX0lOVkFMSURfTUVUSE9EAE5PVF9GT1VORABQUk9QRklORABVTkJJTkQAUkVCSU5EAFVOQVVUSE9SSVpFRABNRVRIT0RfTk9UX0FMTE9XRUQASFRUUF9WRVJTSU9OX05PVF9TVVBQT1JURUQAQUxSRUFEWV9SRVBPUlRFRABBQ0NFUFRFRABOT1RfSU1QTEVNRU5URUQATE9PUF9ERVRFQ1RFRABIUEVfQ1JfRVhQRUNURUQASFBFX0xGX0VYUEVDVEVEAENSRUFURUQASU1fVVNFRABIUEVfUEFVU0VEAFRJTUVPVVRfT0NDVVJFRABQQVlNRU5UX1JFUVVJUkVEAFBSRUNPTkRJVElPTl9SRVFVSVJFRABQUk9YWV9BVVRIRU5USUNBVElPTl9SRVFVSVJFRABORVRXT1JLX0FVVEhFTlRJQ0FUSU9OX1JFUVVJUkVEAExFTkdUSF9SRVFVSVJFRABTU0xfQ0VSVElGSUNBVEVfUkVRVUlSRUQAVVBHUkFERV9SRVFVSVJFRABQQUdFX0VYUElSRUQAUFJFQ09ORElUSU9OX0ZBSUxFRABFWFBFQ1RBVElPTl9GQUlMRUQAUkVWQUxJREFUSU9OX0ZBSUxFRABTU0xfSEFORFNIQUtFX0ZBSUxFRABMT0NLRUQAVFJBTlNGT1JNQVRJT05fQVBQTElFRABOT1RfTU9ESUZJRUQATk9UX0VYVEVOREVEAEJBTkRXSURUSF9MSU1JVF9FWENFRURFRABTSVRFX0lTX09WRVJMT0FERUQASEVBRABFeHBlY3RlZCBIVFRQLwAAXhMAACYTAAAwEAAA8BcAAJ0TAAAVEgAAORcAAPASAAAKEAAAdRIAAK0SAACCEwAATxQAAH8QAACgFQAAIxQAAIkSAACLFAAATRUAANQRAADPFAAAEBgAAMkWAADcFgAAwREAAOAXAAC7FAAAdBQAAHwVAADlFAAACBcAAB8QAABlFQAAoxQAACgVAAACFQAAmRUAACwQAACLGQAATw8AANQOAABqEAAAzhAAAAIXAACJDgAAbhMAABwTAABmFAAAVhcAAMETAADNEwAAbBMAAGgXAABmFwAAXxcAACITAADODwAAaQ4AANgOAABjFgAAyxMAAKoOAAAoFwAAJhcAAMUTAABdFgAA6BEAAGcTAABlEwAA8hYAAHMTAAAdFwAA+RYAAPMRAADPDgAAzhUAAAwSAACzEQAApREAAGEQAAAyFwAAuxMAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIDAgICAgIAAAICAAICAAICAgICAgICAgIABAAAAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgIAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgICAgACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAICAgICAAACAgACAgACAgICAgICAgICAAMABAAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbG9zZWVlcC1hbGl2ZQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBAQEBAQEBAQEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBY2h1bmtlZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQEAAQEBAQEAAAEBAAEBAAEBAQEBAQEBAQEAAAAAAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AAAAAAAAAAAAAAAAAAAByYW5zZmVyLWVuY29kaW5ncGdyYWRlDQoNCg0KU00NCg0KVFRQL0NFL1RTUC8AAAAAAAAAAAAAAAABAgABAwAAAAAAAAAAAAAAAAAAAAAAAAQBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAAAAAAAAAQIAAQMAAAAAAAAAAAAAAAAAAAAAAAAEAQEFAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAMEAAAEBAQEBAQEBAQEBAUEBAQEBAQEBAQEBAQABAAGBwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABOT1VOQ0VFQ0tPVVRORUNURVRFQ1JJQkVMVVNIRVRFQURTRUFSQ0hSR0VDVElWSVRZTEVOREFSVkVPVElGWVBUSU9OU0NIU0VBWVNUQVRDSEdFT1JESVJFQ1RPUlRSQ0hQQVJBTUVURVJVUkNFQlNDUklCRUFSRE9XTkFDRUlORE5LQ0tVQlNDUklCRUhUVFAvQURUUC8=';
  },
  3434: module => {
    module.exports = 'AGFzbQEAAAABMAhgAX8Bf2ADf39/AX9gBH9/f38Bf2AAAGADf39/AGABfwBgAn9/AGAGf39/f39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQACA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAA0ZFAwMEAAAFAAAAAAAABQEFAAUFBQAABgAAAAAGBgYGAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAAABAQcAAAUFAwABBAUBcAESEgUDAQACBggBfwFBgNQECwfRBSIGbWVtb3J5AgALX2luaXRpYWxpemUACRlfX2luZGlyZWN0X2Z1bmN0aW9uX3RhYmxlAQALbGxodHRwX2luaXQAChhsbGh0dHBfc2hvdWxkX2tlZXBfYWxpdmUAQQxsbGh0dHBfYWxsb2MADAZtYWxsb2MARgtsbGh0dHBfZnJlZQANBGZyZWUASA9sbGh0dHBfZ2V0X3R5cGUADhVsbGh0dHBfZ2V0X2h0dHBfbWFqb3IADxVsbGh0dHBfZ2V0X2h0dHBfbWlub3IAEBFsbGh0dHBfZ2V0X21ldGhvZAARFmxsaHR0cF9nZXRfc3RhdHVzX2NvZGUAEhJsbGh0dHBfZ2V0X3VwZ3JhZGUAEwxsbGh0dHBfcmVzZXQAFA5sbGh0dHBfZXhlY3V0ZQAVFGxsaHR0cF9zZXR0aW5nc19pbml0ABYNbGxodHRwX2ZpbmlzaAAXDGxsaHR0cF9wYXVzZQAYDWxsaHR0cF9yZXN1bWUAGRtsbGh0dHBfcmVzdW1lX2FmdGVyX3VwZ3JhZGUAGhBsbGh0dHBfZ2V0X2Vycm5vABsXbGxodHRwX2dldF9lcnJvcl9yZWFzb24AHBdsbGh0dHBfc2V0X2Vycm9yX3JlYXNvbgAdFGxsaHR0cF9nZXRfZXJyb3JfcG9zAB4RbGxodHRwX2Vycm5vX25hbWUAHxJsbGh0dHBfbWV0aG9kX25hbWUAIBJsbGh0dHBfc3RhdHVzX25hbWUAIRpsbGh0dHBfc2V0X2xlbmllbnRfaGVhZGVycwAiIWxsaHR0cF9zZXRfbGVuaWVudF9jaHVua2VkX2xlbmd0aAAjHWxsaHR0cF9zZXRfbGVuaWVudF9rZWVwX2FsaXZlACQkbGxodHRwX3NldF9sZW5pZW50X3RyYW5zZmVyX2VuY29kaW5nACUYbGxodHRwX21lc3NhZ2VfbmVlZHNfZW9mAD8JFwEAQQELEQECAwQFCwYHNTk3MS8tJyspCrLgAkUCAAsIABCIgICAAAsZACAAEMKAgIAAGiAAIAI2AjggACABOgAoCxwAIAAgAC8BMiAALQAuIAAQwYCAgAAQgICAgAALKgEBf0HAABDGgICAACIBEMKAgIAAGiABQYCIgIAANgI4IAEgADoAKCABCwoAIAAQyICAgAALBwAgAC0AKAsHACAALQAqCwcAIAAtACsLBwAgAC0AKQsHACAALwEyCwcAIAAtAC4LRQEEfyAAKAIYIQEgAC0ALSECIAAtACghAyAAKAI4IQQgABDCgICAABogACAENgI4IAAgAzoAKCAAIAI6AC0gACABNgIYCxEAIAAgASABIAJqEMOAgIAACxAAIABBAEHcABDMgICAABoLZwEBf0EAIQECQCAAKAIMDQACQAJAAkACQCAALQAvDgMBAAMCCyAAKAI4IgFFDQAgASgCLCIBRQ0AIAAgARGAgICAAAAiAQ0DC0EADwsQyoCAgAAACyAAQcOWgIAANgIQQQ4hAQsgAQseAAJAIAAoAgwNACAAQdGbgIAANgIQIABBFTYCDAsLFgACQCAAKAIMQRVHDQAgAEEANgIMCwsWAAJAIAAoAgxBFkcNACAAQQA2AgwLCwcAIAAoAgwLBwAgACgCEAsJACAAIAE2AhALBwAgACgCFAsiAAJAIABBJEkNABDKgICAAAALIABBAnRBoLOAgABqKAIACyIAAkAgAEEuSQ0AEMqAgIAAAAsgAEECdEGwtICAAGooAgAL7gsBAX9B66iAgAAhAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABBnH9qDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0Hhp4CAAA8LQaShgIAADwtBy6yAgAAPC0H+sYCAAA8LQcCkgIAADwtBq6SAgAAPC0GNqICAAA8LQeKmgIAADwtBgLCAgAAPC0G5r4CAAA8LQdekgIAADwtB75+AgAAPC0Hhn4CAAA8LQfqfgIAADwtB8qCAgAAPC0Gor4CAAA8LQa6ygIAADwtBiLCAgAAPC0Hsp4CAAA8LQYKigIAADwtBjp2AgAAPC0HQroCAAA8LQcqjgIAADwtBxbKAgAAPC0HfnICAAA8LQdKcgIAADwtBxKCAgAAPC0HXoICAAA8LQaKfgIAADwtB7a6AgAAPC0GrsICAAA8LQdSlgIAADwtBzK6AgAAPC0H6roCAAA8LQfyrgIAADwtB0rCAgAAPC0HxnYCAAA8LQbuggIAADwtB96uAgAAPC0GQsYCAAA8LQdexgIAADwtBoq2AgAAPC0HUp4CAAA8LQeCrgIAADwtBn6yAgAAPC0HrsYCAAA8LQdWfgIAADwtByrGAgAAPC0HepYCAAA8LQdSegIAADwtB9JyAgAAPC0GnsoCAAA8LQbGdgIAADwtBoJ2AgAAPC0G5sYCAAA8LQbywgIAADwtBkqGAgAAPC0GzpoCAAA8LQemsgIAADwtBrJ6AgAAPC0HUq4CAAA8LQfemgIAADwtBgKaAgAAPC0GwoYCAAA8LQf6egIAADwtBjaOAgAAPC0GJrYCAAA8LQfeigIAADwtBoLGAgAAPC0Gun4CAAA8LQcalgIAADwtB6J6AgAAPC0GTooCAAA8LQcKvgIAADwtBw52AgAAPC0GLrICAAA8LQeGdgIAADwtBja+AgAAPC0HqoYCAAA8LQbStgIAADwtB0q+AgAAPC0HfsoCAAA8LQdKygIAADwtB8LCAgAAPC0GpooCAAA8LQfmjgIAADwtBmZ6AgAAPC0G1rICAAA8LQZuwgIAADwtBkrKAgAAPC0G2q4CAAA8LQcKigIAADwtB+LKAgAAPC0GepYCAAA8LQdCigIAADwtBup6AgAAPC0GBnoCAAA8LEMqAgIAAAAtB1qGAgAAhAQsgAQsWACAAIAAtAC1B/gFxIAFBAEdyOgAtCxkAIAAgAC0ALUH9AXEgAUEAR0EBdHI6AC0LGQAgACAALQAtQfsBcSABQQBHQQJ0cjoALQsZACAAIAAtAC1B9wFxIAFBAEdBA3RyOgAtCy4BAn9BACEDAkAgACgCOCIERQ0AIAQoAgAiBEUNACAAIAQRgICAgAAAIQMLIAMLSQECf0EAIQMCQCAAKAI4IgRFDQAgBCgCBCIERQ0AIAAgASACIAFrIAQRgYCAgAAAIgNBf0cNACAAQcaRgIAANgIQQRghAwsgAwsuAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAIwIgRFDQAgACAEEYCAgIAAACEDCyADC0kBAn9BACEDAkAgACgCOCIERQ0AIAQoAggiBEUNACAAIAEgAiABayAEEYGAgIAAACIDQX9HDQAgAEH2ioCAADYCEEEYIQMLIAMLLgECf0EAIQMCQCAAKAI4IgRFDQAgBCgCNCIERQ0AIAAgBBGAgICAAAAhAwsgAwtJAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAIMIgRFDQAgACABIAIgAWsgBBGBgICAAAAiA0F/Rw0AIABB7ZqAgAA2AhBBGCEDCyADCy4BAn9BACEDAkAgACgCOCIERQ0AIAQoAjgiBEUNACAAIAQRgICAgAAAIQMLIAMLSQECf0EAIQMCQCAAKAI4IgRFDQAgBCgCECIERQ0AIAAgASACIAFrIAQRgYCAgAAAIgNBf0cNACAAQZWQgIAANgIQQRghAwsgAwsuAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAI8IgRFDQAgACAEEYCAgIAAACEDCyADC0kBAn9BACEDAkAgACgCOCIERQ0AIAQoAhQiBEUNACAAIAEgAiABayAEEYGAgIAAACIDQX9HDQAgAEGqm4CAADYCEEEYIQMLIAMLLgECf0EAIQMCQCAAKAI4IgRFDQAgBCgCQCIERQ0AIAAgBBGAgICAAAAhAwsgAwtJAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAIYIgRFDQAgACABIAIgAWsgBBGBgICAAAAiA0F/Rw0AIABB7ZOAgAA2AhBBGCEDCyADCy4BAn9BACEDAkAgACgCOCIERQ0AIAQoAkQiBEUNACAAIAQRgICAgAAAIQMLIAMLLgECf0EAIQMCQCAAKAI4IgRFDQAgBCgCJCIERQ0AIAAgBBGAgICAAAAhAwsgAwsuAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAIsIgRFDQAgACAEEYCAgIAAACEDCyADC0kBAn9BACEDAkAgACgCOCIERQ0AIAQoAigiBEUNACAAIAEgAiABayAEEYGAgIAAACIDQX9HDQAgAEH2iICAADYCEEEYIQMLIAMLLgECf0EAIQMCQCAAKAI4IgRFDQAgBCgCUCIERQ0AIAAgBBGAgICAAAAhAwsgAwtJAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAIcIgRFDQAgACABIAIgAWsgBBGBgICAAAAiA0F/Rw0AIABBwpmAgAA2AhBBGCEDCyADCy4BAn9BACEDAkAgACgCOCIERQ0AIAQoAkgiBEUNACAAIAQRgICAgAAAIQMLIAMLSQECf0EAIQMCQCAAKAI4IgRFDQAgBCgCICIERQ0AIAAgASACIAFrIAQRgYCAgAAAIgNBf0cNACAAQZSUgIAANgIQQRghAwsgAwsuAQJ/QQAhAwJAIAAoAjgiBEUNACAEKAJMIgRFDQAgACAEEYCAgIAAACEDCyADCy4BAn9BACEDAkAgACgCOCIERQ0AIAQoAlQiBEUNACAAIAQRgICAgAAAIQMLIAMLLgECf0EAIQMCQCAAKAI4IgRFDQAgBCgCWCIERQ0AIAAgBBGAgICAAAAhAwsgAwtFAQF/AkACQCAALwEwQRRxQRRHDQBBASEDIAAtAChBAUYNASAALwEyQeUARiEDDAELIAAtAClBBUYhAwsgACADOgAuQQAL/gEBA39BASEDAkAgAC8BMCIEQQhxDQAgACkDIEIAUiEDCwJAAkAgAC0ALkUNAEEBIQUgAC0AKUEFRg0BQQEhBSAEQcAAcUUgA3FBAUcNAQtBACEFIARBwABxDQBBAiEFIARB//8DcSIDQQhxDQACQCADQYAEcUUNAAJAIAAtAChBAUcNACAALQAtQQpxDQBBBQ8LQQQPCwJAIANBIHENAAJAIAAtAChBAUYNACAALwEyQf//A3EiAEGcf2pB5ABJDQAgAEHMAUYNACAAQbACRg0AQQQhBSAEQShxRQ0CIANBiARxQYAERg0CC0EADwtBAEEDIAApAyBQGyEFCyAFC2IBAn9BACEBAkAgAC0AKEEBRg0AIAAvATJB//8DcSICQZx/akHkAEkNACACQcwBRg0AIAJBsAJGDQAgAC8BMCIAQcAAcQ0AQQEhASAAQYgEcUGABEYNACAAQShxRSEBCyABC6cBAQN/AkACQAJAIAAtACpFDQAgAC0AK0UNAEEAIQMgAC8BMCIEQQJxRQ0BDAILQQAhAyAALwEwIgRBAXFFDQELQQEhAyAALQAoQQFGDQAgAC8BMkH//wNxIgVBnH9qQeQASQ0AIAVBzAFGDQAgBUGwAkYNACAEQcAAcQ0AQQAhAyAEQYgEcUGABEYNACAEQShxQQBHIQMLIABBADsBMCAAQQA6AC8gAwuZAQECfwJAAkACQCAALQAqRQ0AIAAtACtFDQBBACEBIAAvATAiAkECcUUNAQwCC0EAIQEgAC8BMCICQQFxRQ0BC0EBIQEgAC0AKEEBRg0AIAAvATJB//8DcSIAQZx/akHkAEkNACAAQcwBRg0AIABBsAJGDQAgAkHAAHENAEEAIQEgAkGIBHFBgARGDQAgAkEocUEARyEBCyABC0kBAXsgAEEQav0MAAAAAAAAAAAAAAAAAAAAACIB/QsDACAAIAH9CwMAIABBMGogAf0LAwAgAEEgaiAB/QsDACAAQd0BNgIcQQALewEBfwJAIAAoAgwiAw0AAkAgACgCBEUNACAAIAE2AgQLAkAgACABIAIQxICAgAAiAw0AIAAoAgwPCyAAIAM2AhxBACEDIAAoAgQiAUUNACAAIAEgAiAAKAIIEYGAgIAAACIBRQ0AIAAgAjYCFCAAIAE2AgwgASEDCyADC+TzAQMOfwN+BH8jgICAgABBEGsiAySAgICAACABIQQgASEFIAEhBiABIQcgASEIIAEhCSABIQogASELIAEhDCABIQ0gASEOIAEhDwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAAKAIcIhBBf2oO3QHaAQHZAQIDBAUGBwgJCgsMDQ7YAQ8Q1wEREtYBExQVFhcYGRob4AHfARwdHtUBHyAhIiMkJdQBJicoKSorLNMB0gEtLtEB0AEvMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUbbAUdISUrPAc4BS80BTMwBTU5PUFFSU1RVVldYWVpbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AcsBygG4AckBuQHIAboBuwG8Ab0BvgG/AcABwQHCAcMBxAHFAcYBANwBC0EAIRAMxgELQQ4hEAzFAQtBDSEQDMQBC0EPIRAMwwELQRAhEAzCAQtBEyEQDMEBC0EUIRAMwAELQRUhEAy/AQtBFiEQDL4BC0EXIRAMvQELQRghEAy8AQtBGSEQDLsBC0EaIRAMugELQRshEAy5AQtBHCEQDLgBC0EIIRAMtwELQR0hEAy2AQtBICEQDLUBC0EfIRAMtAELQQchEAyzAQtBISEQDLIBC0EiIRAMsQELQR4hEAywAQtBIyEQDK8BC0ESIRAMrgELQREhEAytAQtBJCEQDKwBC0ElIRAMqwELQSYhEAyqAQtBJyEQDKkBC0HDASEQDKgBC0EpIRAMpwELQSshEAymAQtBLCEQDKUBC0EtIRAMpAELQS4hEAyjAQtBLyEQDKIBC0HEASEQDKEBC0EwIRAMoAELQTQhEAyfAQtBDCEQDJ4BC0ExIRAMnQELQTIhEAycAQtBMyEQDJsBC0E5IRAMmgELQTUhEAyZAQtBxQEhEAyYAQtBCyEQDJcBC0E6IRAMlgELQTYhEAyVAQtBCiEQDJQBC0E3IRAMkwELQTghEAySAQtBPCEQDJEBC0E7IRAMkAELQT0hEAyPAQtBCSEQDI4BC0EoIRAMjQELQT4hEAyMAQtBPyEQDIsBC0HAACEQDIoBC0HBACEQDIkBC0HCACEQDIgBC0HDACEQDIcBC0HEACEQDIYBC0HFACEQDIUBC0HGACEQDIQBC0EqIRAMgwELQccAIRAMggELQcgAIRAMgQELQckAIRAMgAELQcoAIRAMfwtBywAhEAx+C0HNACEQDH0LQcwAIRAMfAtBzgAhEAx7C0HPACEQDHoLQdAAIRAMeQtB0QAhEAx4C0HSACEQDHcLQdMAIRAMdgtB1AAhEAx1C0HWACEQDHQLQdUAIRAMcwtBBiEQDHILQdcAIRAMcQtBBSEQDHALQdgAIRAMbwtBBCEQDG4LQdkAIRAMbQtB2gAhEAxsC0HbACEQDGsLQdwAIRAMagtBAyEQDGkLQd0AIRAMaAtB3gAhEAxnC0HfACEQDGYLQeEAIRAMZQtB4AAhEAxkC0HiACEQDGMLQeMAIRAMYgtBAiEQDGELQeQAIRAMYAtB5QAhEAxfC0HmACEQDF4LQecAIRAMXQtB6AAhEAxcC0HpACEQDFsLQeoAIRAMWgtB6wAhEAxZC0HsACEQDFgLQe0AIRAMVwtB7gAhEAxWC0HvACEQDFULQfAAIRAMVAtB8QAhEAxTC0HyACEQDFILQfMAIRAMUQtB9AAhEAxQC0H1ACEQDE8LQfYAIRAMTgtB9wAhEAxNC0H4ACEQDEwLQfkAIRAMSwtB+gAhEAxKC0H7ACEQDEkLQfwAIRAMSAtB/QAhEAxHC0H+ACEQDEYLQf8AIRAMRQtBgAEhEAxEC0GBASEQDEMLQYIBIRAMQgtBgwEhEAxBC0GEASEQDEALQYUBIRAMPwtBhgEhEAw+C0GHASEQDD0LQYgBIRAMPAtBiQEhEAw7C0GKASEQDDoLQYsBIRAMOQtBjAEhEAw4C0GNASEQDDcLQY4BIRAMNgtBjwEhEAw1C0GQASEQDDQLQZEBIRAMMwtBkgEhEAwyC0GTASEQDDELQZQBIRAMMAtBlQEhEAwvC0GWASEQDC4LQZcBIRAMLQtBmAEhEAwsC0GZASEQDCsLQZoBIRAMKgtBmwEhEAwpC0GcASEQDCgLQZ0BIRAMJwtBngEhEAwmC0GfASEQDCULQaABIRAMJAtBoQEhEAwjC0GiASEQDCILQaMBIRAMIQtBpAEhEAwgC0GlASEQDB8LQaYBIRAMHgtBpwEhEAwdC0GoASEQDBwLQakBIRAMGwtBqgEhEAwaC0GrASEQDBkLQawBIRAMGAtBrQEhEAwXC0GuASEQDBYLQQEhEAwVC0GvASEQDBQLQbABIRAMEwtBsQEhEAwSC0GzASEQDBELQbIBIRAMEAtBtAEhEAwPC0G1ASEQDA4LQbYBIRAMDQtBtwEhEAwMC0G4ASEQDAsLQbkBIRAMCgtBugEhEAwJC0G7ASEQDAgLQcYBIRAMBwtBvAEhEAwGC0G9ASEQDAULQb4BIRAMBAtBvwEhEAwDC0HAASEQDAILQcIBIRAMAQtBwQEhEAsDQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIBAOxwEAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB4fICEjJSg/QEFERUZHSElKS0xNT1BRUlPeA1dZW1xdYGJlZmdoaWprbG1vcHFyc3R1dnd4eXp7fH1+gAGCAYUBhgGHAYkBiwGMAY0BjgGPAZABkQGUAZUBlgGXAZgBmQGaAZsBnAGdAZ4BnwGgAaEBogGjAaQBpQGmAacBqAGpAaoBqwGsAa0BrgGvAbABsQGyAbMBtAG1AbYBtwG4AbkBugG7AbwBvQG+Ab8BwAHBAcIBwwHEAcUBxgHHAcgByQHKAcsBzAHNAc4BzwHQAdEB0gHTAdQB1QHWAdcB2AHZAdoB2wHcAd0B3gHgAeEB4gHjAeQB5QHmAecB6AHpAeoB6wHsAe0B7gHvAfAB8QHyAfMBmQKkArAC/gL+AgsgASIEIAJHDfMBQd0BIRAM/wMLIAEiECACRw3dAUHDASEQDP4DCyABIgEgAkcNkAFB9wAhEAz9AwsgASIBIAJHDYYBQe8AIRAM/AMLIAEiASACRw1/QeoAIRAM+wMLIAEiASACRw17QegAIRAM+gMLIAEiASACRw14QeYAIRAM+QMLIAEiASACRw0aQRghEAz4AwsgASIBIAJHDRRBEiEQDPcDCyABIgEgAkcNWUHFACEQDPYDCyABIgEgAkcNSkE/IRAM9QMLIAEiASACRw1IQTwhEAz0AwsgASIBIAJHDUFBMSEQDPMDCyAALQAuQQFGDesDDIcCCyAAIAEiASACEMCAgIAAQQFHDeYBIABCADcDIAznAQsgACABIgEgAhC0gICAACIQDecBIAEhAQz1AgsCQCABIgEgAkcNAEEGIRAM8AMLIAAgAUEBaiIBIAIQu4CAgAAiEA3oASABIQEMMQsgAEIANwMgQRIhEAzVAwsgASIQIAJHDStBHSEQDO0DCwJAIAEiASACRg0AIAFBAWohAUEQIRAM1AMLQQchEAzsAwsgAEIAIAApAyAiESACIAEiEGutIhJ9IhMgEyARVhs3AyAgESASViIURQ3lAUEIIRAM6wMLAkAgASIBIAJGDQAgAEGJgICAADYCCCAAIAE2AgQgASEBQRQhEAzSAwtBCSEQDOoDCyABIQEgACkDIFAN5AEgASEBDPICCwJAIAEiASACRw0AQQshEAzpAwsgACABQQFqIgEgAhC2gICAACIQDeUBIAEhAQzyAgsgACABIgEgAhC4gICAACIQDeUBIAEhAQzyAgsgACABIgEgAhC4gICAACIQDeYBIAEhAQwNCyAAIAEiASACELqAgIAAIhAN5wEgASEBDPACCwJAIAEiASACRw0AQQ8hEAzlAwsgAS0AACIQQTtGDQggEEENRw3oASABQQFqIQEM7wILIAAgASIBIAIQuoCAgAAiEA3oASABIQEM8gILA0ACQCABLQAAQfC1gIAAai0AACIQQQFGDQAgEEECRw3rASAAKAIEIRAgAEEANgIEIAAgECABQQFqIgEQuYCAgAAiEA3qASABIQEM9AILIAFBAWoiASACRw0AC0ESIRAM4gMLIAAgASIBIAIQuoCAgAAiEA3pASABIQEMCgsgASIBIAJHDQZBGyEQDOADCwJAIAEiASACRw0AQRYhEAzgAwsgAEGKgICAADYCCCAAIAE2AgQgACABIAIQuICAgAAiEA3qASABIQFBICEQDMYDCwJAIAEiASACRg0AA0ACQCABLQAAQfC3gIAAai0AACIQQQJGDQACQCAQQX9qDgTlAewBAOsB7AELIAFBAWohAUEIIRAMyAMLIAFBAWoiASACRw0AC0EVIRAM3wMLQRUhEAzeAwsDQAJAIAEtAABB8LmAgABqLQAAIhBBAkYNACAQQX9qDgTeAewB4AHrAewBCyABQQFqIgEgAkcNAAtBGCEQDN0DCwJAIAEiASACRg0AIABBi4CAgAA2AgggACABNgIEIAEhAUEHIRAMxAMLQRkhEAzcAwsgAUEBaiEBDAILAkAgASIUIAJHDQBBGiEQDNsDCyAUIQECQCAULQAAQXNqDhTdAu4C7gLuAu4C7gLuAu4C7gLuAu4C7gLuAu4C7gLuAu4C7gLuAgDuAgtBACEQIABBADYCHCAAQa+LgIAANgIQIABBAjYCDCAAIBRBAWo2AhQM2gMLAkAgAS0AACIQQTtGDQAgEEENRw3oASABQQFqIQEM5QILIAFBAWohAQtBIiEQDL8DCwJAIAEiECACRw0AQRwhEAzYAwtCACERIBAhASAQLQAAQVBqDjfnAeYBAQIDBAUGBwgAAAAAAAAACQoLDA0OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPEBESExQAC0EeIRAMvQMLQgIhEQzlAQtCAyERDOQBC0IEIREM4wELQgUhEQziAQtCBiERDOEBC0IHIREM4AELQgghEQzfAQtCCSERDN4BC0IKIREM3QELQgshEQzcAQtCDCERDNsBC0INIREM2gELQg4hEQzZAQtCDyERDNgBC0IKIREM1wELQgshEQzWAQtCDCERDNUBC0INIREM1AELQg4hEQzTAQtCDyERDNIBC0IAIRECQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIBAtAABBUGoON+UB5AEAAQIDBAUGB+YB5gHmAeYB5gHmAeYBCAkKCwwN5gHmAeYB5gHmAeYB5gHmAeYB5gHmAeYB5gHmAeYB5gHmAeYB5gHmAeYB5gHmAeYB5gHmAQ4PEBESE+YBC0ICIREM5AELQgMhEQzjAQtCBCERDOIBC0IFIREM4QELQgYhEQzgAQtCByERDN8BC0IIIREM3gELQgkhEQzdAQtCCiERDNwBC0ILIREM2wELQgwhEQzaAQtCDSERDNkBC0IOIREM2AELQg8hEQzXAQtCCiERDNYBC0ILIREM1QELQgwhEQzUAQtCDSERDNMBC0IOIREM0gELQg8hEQzRAQsgAEIAIAApAyAiESACIAEiEGutIhJ9IhMgEyARVhs3AyAgESASViIURQ3SAUEfIRAMwAMLAkAgASIBIAJGDQAgAEGJgICAADYCCCAAIAE2AgQgASEBQSQhEAynAwtBICEQDL8DCyAAIAEiECACEL6AgIAAQX9qDgW2AQDFAgHRAdIBC0ERIRAMpAMLIABBAToALyAQIQEMuwMLIAEiASACRw3SAUEkIRAMuwMLIAEiDSACRw0eQcYAIRAMugMLIAAgASIBIAIQsoCAgAAiEA3UASABIQEMtQELIAEiECACRw0mQdAAIRAMuAMLAkAgASIBIAJHDQBBKCEQDLgDCyAAQQA2AgQgAEGMgICAADYCCCAAIAEgARCxgICAACIQDdMBIAEhAQzYAQsCQCABIhAgAkcNAEEpIRAMtwMLIBAtAAAiAUEgRg0UIAFBCUcN0wEgEEEBaiEBDBULAkAgASIBIAJGDQAgAUEBaiEBDBcLQSohEAy1AwsCQCABIhAgAkcNAEErIRAMtQMLAkAgEC0AACIBQQlGDQAgAUEgRw3VAQsgAC0ALEEIRg3TASAQIQEMkQMLAkAgASIBIAJHDQBBLCEQDLQDCyABLQAAQQpHDdUBIAFBAWohAQzJAgsgASIOIAJHDdUBQS8hEAyyAwsDQAJAIAEtAAAiEEEgRg0AAkAgEEF2ag4EANwB3AEA2gELIAEhAQzgAQsgAUEBaiIBIAJHDQALQTEhEAyxAwtBMiEQIAEiFCACRg2wAyACIBRrIAAoAgAiAWohFSAUIAFrQQNqIRYCQANAIBQtAAAiF0EgciAXIBdBv39qQf8BcUEaSRtB/wFxIAFB8LuAgABqLQAARw0BAkAgAUEDRw0AQQYhAQyWAwsgAUEBaiEBIBRBAWoiFCACRw0ACyAAIBU2AgAMsQMLIABBADYCACAUIQEM2QELQTMhECABIhQgAkYNrwMgAiAUayAAKAIAIgFqIRUgFCABa0EIaiEWAkADQCAULQAAIhdBIHIgFyAXQb9/akH/AXFBGkkbQf8BcSABQfS7gIAAai0AAEcNAQJAIAFBCEcNAEEFIQEMlQMLIAFBAWohASAUQQFqIhQgAkcNAAsgACAVNgIADLADCyAAQQA2AgAgFCEBDNgBC0E0IRAgASIUIAJGDa4DIAIgFGsgACgCACIBaiEVIBQgAWtBBWohFgJAA0AgFC0AACIXQSByIBcgF0G/f2pB/wFxQRpJG0H/AXEgAUHQwoCAAGotAABHDQECQCABQQVHDQBBByEBDJQDCyABQQFqIQEgFEEBaiIUIAJHDQALIAAgFTYCAAyvAwsgAEEANgIAIBQhAQzXAQsCQCABIgEgAkYNAANAAkAgAS0AAEGAvoCAAGotAAAiEEEBRg0AIBBBAkYNCiABIQEM3QELIAFBAWoiASACRw0AC0EwIRAMrgMLQTAhEAytAwsCQCABIgEgAkYNAANAAkAgAS0AACIQQSBGDQAgEEF2ag4E2QHaAdoB2QHaAQsgAUEBaiIBIAJHDQALQTghEAytAwtBOCEQDKwDCwNAAkAgAS0AACIQQSBGDQAgEEEJRw0DCyABQQFqIgEgAkcNAAtBPCEQDKsDCwNAAkAgAS0AACIQQSBGDQACQAJAIBBBdmoOBNoBAQHaAQALIBBBLEYN2wELIAEhAQwECyABQQFqIgEgAkcNAAtBPyEQDKoDCyABIQEM2wELQcAAIRAgASIUIAJGDagDIAIgFGsgACgCACIBaiEWIBQgAWtBBmohFwJAA0AgFC0AAEEgciABQYDAgIAAai0AAEcNASABQQZGDY4DIAFBAWohASAUQQFqIhQgAkcNAAsgACAWNgIADKkDCyAAQQA2AgAgFCEBC0E2IRAMjgMLAkAgASIPIAJHDQBBwQAhEAynAwsgAEGMgICAADYCCCAAIA82AgQgDyEBIAAtACxBf2oOBM0B1QHXAdkBhwMLIAFBAWohAQzMAQsCQCABIgEgAkYNAANAAkAgAS0AACIQQSByIBAgEEG/f2pB/wFxQRpJG0H/AXEiEEEJRg0AIBBBIEYNAAJAAkACQAJAIBBBnX9qDhMAAwMDAwMDAwEDAwMDAwMDAwMCAwsgAUEBaiEBQTEhEAyRAwsgAUEBaiEBQTIhEAyQAwsgAUEBaiEBQTMhEAyPAwsgASEBDNABCyABQQFqIgEgAkcNAAtBNSEQDKUDC0E1IRAMpAMLAkAgASIBIAJGDQADQAJAIAEtAABBgLyAgABqLQAAQQFGDQAgASEBDNMBCyABQQFqIgEgAkcNAAtBPSEQDKQDC0E9IRAMowMLIAAgASIBIAIQsICAgAAiEA3WASABIQEMAQsgEEEBaiEBC0E8IRAMhwMLAkAgASIBIAJHDQBBwgAhEAygAwsCQANAAkAgAS0AAEF3ag4YAAL+Av4ChAP+Av4C/gL+Av4C/gL+Av4C/gL+Av4C/gL+Av4C/gL+Av4C/gIA/gILIAFBAWoiASACRw0AC0HCACEQDKADCyABQQFqIQEgAC0ALUEBcUUNvQEgASEBC0EsIRAMhQMLIAEiASACRw3TAUHEACEQDJ0DCwNAAkAgAS0AAEGQwICAAGotAABBAUYNACABIQEMtwILIAFBAWoiASACRw0AC0HFACEQDJwDCyANLQAAIhBBIEYNswEgEEE6Rw2BAyAAKAIEIQEgAEEANgIEIAAgASANEK+AgIAAIgEN0AEgDUEBaiEBDLMCC0HHACEQIAEiDSACRg2aAyACIA1rIAAoAgAiAWohFiANIAFrQQVqIRcDQCANLQAAIhRBIHIgFCAUQb9/akH/AXFBGkkbQf8BcSABQZDCgIAAai0AAEcNgAMgAUEFRg30AiABQQFqIQEgDUEBaiINIAJHDQALIAAgFjYCAAyaAwtByAAhECABIg0gAkYNmQMgAiANayAAKAIAIgFqIRYgDSABa0EJaiEXA0AgDS0AACIUQSByIBQgFEG/f2pB/wFxQRpJG0H/AXEgAUGWwoCAAGotAABHDf8CAkAgAUEJRw0AQQIhAQz1AgsgAUEBaiEBIA1BAWoiDSACRw0ACyAAIBY2AgAMmQMLAkAgASINIAJHDQBByQAhEAyZAwsCQAJAIA0tAAAiAUEgciABIAFBv39qQf8BcUEaSRtB/wFxQZJ/ag4HAIADgAOAA4ADgAMBgAMLIA1BAWohAUE+IRAMgAMLIA1BAWohAUE/IRAM/wILQcoAIRAgASINIAJGDZcDIAIgDWsgACgCACIBaiEWIA0gAWtBAWohFwNAIA0tAAAiFEEgciAUIBRBv39qQf8BcUEaSRtB/wFxIAFBoMKAgABqLQAARw39AiABQQFGDfACIAFBAWohASANQQFqIg0gAkcNAAsgACAWNgIADJcDC0HLACEQIAEiDSACRg2WAyACIA1rIAAoAgAiAWohFiANIAFrQQ5qIRcDQCANLQAAIhRBIHIgFCAUQb9/akH/AXFBGkkbQf8BcSABQaLCgIAAai0AAEcN/AIgAUEORg3wAiABQQFqIQEgDUEBaiINIAJHDQALIAAgFjYCAAyWAwtBzAAhECABIg0gAkYNlQMgAiANayAAKAIAIgFqIRYgDSABa0EPaiEXA0AgDS0AACIUQSByIBQgFEG/f2pB/wFxQRpJG0H/AXEgAUHAwoCAAGotAABHDfsCAkAgAUEPRw0AQQMhAQzxAgsgAUEBaiEBIA1BAWoiDSACRw0ACyAAIBY2AgAMlQMLQc0AIRAgASINIAJGDZQDIAIgDWsgACgCACIBaiEWIA0gAWtBBWohFwNAIA0tAAAiFEEgciAUIBRBv39qQf8BcUEaSRtB/wFxIAFB0MKAgABqLQAARw36AgJAIAFBBUcNAEEEIQEM8AILIAFBAWohASANQQFqIg0gAkcNAAsgACAWNgIADJQDCwJAIAEiDSACRw0AQc4AIRAMlAMLAkACQAJAAkAgDS0AACIBQSByIAEgAUG/f2pB/wFxQRpJG0H/AXFBnX9qDhMA/QL9Av0C/QL9Av0C/QL9Av0C/QL9Av0CAf0C/QL9AgID/QILIA1BAWohAUHBACEQDP0CCyANQQFqIQFBwgAhEAz8AgsgDUEBaiEBQcMAIRAM+wILIA1BAWohAUHEACEQDPoCCwJAIAEiASACRg0AIABBjYCAgAA2AgggACABNgIEIAEhAUHFACEQDPoCC0HPACEQDJIDCyAQIQECQAJAIBAtAABBdmoOBAGoAqgCAKgCCyAQQQFqIQELQSchEAz4AgsCQCABIgEgAkcNAEHRACEQDJEDCwJAIAEtAABBIEYNACABIQEMjQELIAFBAWohASAALQAtQQFxRQ3HASABIQEMjAELIAEiFyACRw3IAUHSACEQDI8DC0HTACEQIAEiFCACRg2OAyACIBRrIAAoAgAiAWohFiAUIAFrQQFqIRcDQCAULQAAIAFB1sKAgABqLQAARw3MASABQQFGDccBIAFBAWohASAUQQFqIhQgAkcNAAsgACAWNgIADI4DCwJAIAEiASACRw0AQdUAIRAMjgMLIAEtAABBCkcNzAEgAUEBaiEBDMcBCwJAIAEiASACRw0AQdYAIRAMjQMLAkACQCABLQAAQXZqDgQAzQHNAQHNAQsgAUEBaiEBDMcBCyABQQFqIQFBygAhEAzzAgsgACABIgEgAhCugICAACIQDcsBIAEhAUHNACEQDPICCyAALQApQSJGDYUDDKYCCwJAIAEiASACRw0AQdsAIRAMigMLQQAhFEEBIRdBASEWQQAhEAJAAkACQAJAAkACQAJAAkACQCABLQAAQVBqDgrUAdMBAAECAwQFBgjVAQtBAiEQDAYLQQMhEAwFC0EEIRAMBAtBBSEQDAMLQQYhEAwCC0EHIRAMAQtBCCEQC0EAIRdBACEWQQAhFAzMAQtBCSEQQQEhFEEAIRdBACEWDMsBCwJAIAEiASACRw0AQd0AIRAMiQMLIAEtAABBLkcNzAEgAUEBaiEBDKYCCyABIgEgAkcNzAFB3wAhEAyHAwsCQCABIgEgAkYNACAAQY6AgIAANgIIIAAgATYCBCABIQFB0AAhEAzuAgtB4AAhEAyGAwtB4QAhECABIgEgAkYNhQMgAiABayAAKAIAIhRqIRYgASAUa0EDaiEXA0AgAS0AACAUQeLCgIAAai0AAEcNzQEgFEEDRg3MASAUQQFqIRQgAUEBaiIBIAJHDQALIAAgFjYCAAyFAwtB4gAhECABIgEgAkYNhAMgAiABayAAKAIAIhRqIRYgASAUa0ECaiEXA0AgAS0AACAUQebCgIAAai0AAEcNzAEgFEECRg3OASAUQQFqIRQgAUEBaiIBIAJHDQALIAAgFjYCAAyEAwtB4wAhECABIgEgAkYNgwMgAiABayAAKAIAIhRqIRYgASAUa0EDaiEXA0AgAS0AACAUQenCgIAAai0AAEcNywEgFEEDRg3OASAUQQFqIRQgAUEBaiIBIAJHDQALIAAgFjYCAAyDAwsCQCABIgEgAkcNAEHlACEQDIMDCyAAIAFBAWoiASACEKiAgIAAIhANzQEgASEBQdYAIRAM6QILAkAgASIBIAJGDQADQAJAIAEtAAAiEEEgRg0AAkACQAJAIBBBuH9qDgsAAc8BzwHPAc8BzwHPAc8BzwECzwELIAFBAWohAUHSACEQDO0CCyABQQFqIQFB0wAhEAzsAgsgAUEBaiEBQdQAIRAM6wILIAFBAWoiASACRw0AC0HkACEQDIIDC0HkACEQDIEDCwNAAkAgAS0AAEHwwoCAAGotAAAiEEEBRg0AIBBBfmoOA88B0AHRAdIBCyABQQFqIgEgAkcNAAtB5gAhEAyAAwsCQCABIgEgAkYNACABQQFqIQEMAwtB5wAhEAz/AgsDQAJAIAEtAABB8MSAgABqLQAAIhBBAUYNAAJAIBBBfmoOBNIB0wHUAQDVAQsgASEBQdcAIRAM5wILIAFBAWoiASACRw0AC0HoACEQDP4CCwJAIAEiASACRw0AQekAIRAM/gILAkAgAS0AACIQQXZqDhq6AdUB1QG8AdUB1QHVAdUB1QHVAdUB1QHVAdUB1QHVAdUB1QHVAdUB1QHVAcoB1QHVAQDTAQsgAUEBaiEBC0EGIRAM4wILA0ACQCABLQAAQfDGgIAAai0AAEEBRg0AIAEhAQyeAgsgAUEBaiIBIAJHDQALQeoAIRAM+wILAkAgASIBIAJGDQAgAUEBaiEBDAMLQesAIRAM+gILAkAgASIBIAJHDQBB7AAhEAz6AgsgAUEBaiEBDAELAkAgASIBIAJHDQBB7QAhEAz5AgsgAUEBaiEBC0EEIRAM3gILAkAgASIUIAJHDQBB7gAhEAz3AgsgFCEBAkACQAJAIBQtAABB8MiAgABqLQAAQX9qDgfUAdUB1gEAnAIBAtcBCyAUQQFqIQEMCgsgFEEBaiEBDM0BC0EAIRAgAEEANgIcIABBm5KAgAA2AhAgAEEHNgIMIAAgFEEBajYCFAz2AgsCQANAAkAgAS0AAEHwyICAAGotAAAiEEEERg0AAkACQCAQQX9qDgfSAdMB1AHZAQAEAdkBCyABIQFB2gAhEAzgAgsgAUEBaiEBQdwAIRAM3wILIAFBAWoiASACRw0AC0HvACEQDPYCCyABQQFqIQEMywELAkAgASIUIAJHDQBB8AAhEAz1AgsgFC0AAEEvRw3UASAUQQFqIQEMBgsCQCABIhQgAkcNAEHxACEQDPQCCwJAIBQtAAAiAUEvRw0AIBRBAWohAUHdACEQDNsCCyABQXZqIgRBFksN0wFBASAEdEGJgIACcUUN0wEMygILAkAgASIBIAJGDQAgAUEBaiEBQd4AIRAM2gILQfIAIRAM8gILAkAgASIUIAJHDQBB9AAhEAzyAgsgFCEBAkAgFC0AAEHwzICAAGotAABBf2oOA8kClAIA1AELQeEAIRAM2AILAkAgASIUIAJGDQADQAJAIBQtAABB8MqAgABqLQAAIgFBA0YNAAJAIAFBf2oOAssCANUBCyAUIQFB3wAhEAzaAgsgFEEBaiIUIAJHDQALQfMAIRAM8QILQfMAIRAM8AILAkAgASIBIAJGDQAgAEGPgICAADYCCCAAIAE2AgQgASEBQeAAIRAM1wILQfUAIRAM7wILAkAgASIBIAJHDQBB9gAhEAzvAgsgAEGPgICAADYCCCAAIAE2AgQgASEBC0EDIRAM1AILA0AgAS0AAEEgRw3DAiABQQFqIgEgAkcNAAtB9wAhEAzsAgsCQCABIgEgAkcNAEH4ACEQDOwCCyABLQAAQSBHDc4BIAFBAWohAQzvAQsgACABIgEgAhCsgICAACIQDc4BIAEhAQyOAgsCQCABIgQgAkcNAEH6ACEQDOoCCyAELQAAQcwARw3RASAEQQFqIQFBEyEQDM8BCwJAIAEiBCACRw0AQfsAIRAM6QILIAIgBGsgACgCACIBaiEUIAQgAWtBBWohEANAIAQtAAAgAUHwzoCAAGotAABHDdABIAFBBUYNzgEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBB+wAhEAzoAgsCQCABIgQgAkcNAEH8ACEQDOgCCwJAAkAgBC0AAEG9f2oODADRAdEB0QHRAdEB0QHRAdEB0QHRAQHRAQsgBEEBaiEBQeYAIRAMzwILIARBAWohAUHnACEQDM4CCwJAIAEiBCACRw0AQf0AIRAM5wILIAIgBGsgACgCACIBaiEUIAQgAWtBAmohEAJAA0AgBC0AACABQe3PgIAAai0AAEcNzwEgAUECRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQf0AIRAM5wILIABBADYCACAQQQFqIQFBECEQDMwBCwJAIAEiBCACRw0AQf4AIRAM5gILIAIgBGsgACgCACIBaiEUIAQgAWtBBWohEAJAA0AgBC0AACABQfbOgIAAai0AAEcNzgEgAUEFRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQf4AIRAM5gILIABBADYCACAQQQFqIQFBFiEQDMsBCwJAIAEiBCACRw0AQf8AIRAM5QILIAIgBGsgACgCACIBaiEUIAQgAWtBA2ohEAJAA0AgBC0AACABQfzOgIAAai0AAEcNzQEgAUEDRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQf8AIRAM5QILIABBADYCACAQQQFqIQFBBSEQDMoBCwJAIAEiBCACRw0AQYABIRAM5AILIAQtAABB2QBHDcsBIARBAWohAUEIIRAMyQELAkAgASIEIAJHDQBBgQEhEAzjAgsCQAJAIAQtAABBsn9qDgMAzAEBzAELIARBAWohAUHrACEQDMoCCyAEQQFqIQFB7AAhEAzJAgsCQCABIgQgAkcNAEGCASEQDOICCwJAAkAgBC0AAEG4f2oOCADLAcsBywHLAcsBywEBywELIARBAWohAUHqACEQDMkCCyAEQQFqIQFB7QAhEAzIAgsCQCABIgQgAkcNAEGDASEQDOECCyACIARrIAAoAgAiAWohECAEIAFrQQJqIRQCQANAIAQtAAAgAUGAz4CAAGotAABHDckBIAFBAkYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgEDYCAEGDASEQDOECC0EAIRAgAEEANgIAIBRBAWohAQzGAQsCQCABIgQgAkcNAEGEASEQDOACCyACIARrIAAoAgAiAWohFCAEIAFrQQRqIRACQANAIAQtAAAgAUGDz4CAAGotAABHDcgBIAFBBEYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGEASEQDOACCyAAQQA2AgAgEEEBaiEBQSMhEAzFAQsCQCABIgQgAkcNAEGFASEQDN8CCwJAAkAgBC0AAEG0f2oOCADIAcgByAHIAcgByAEByAELIARBAWohAUHvACEQDMYCCyAEQQFqIQFB8AAhEAzFAgsCQCABIgQgAkcNAEGGASEQDN4CCyAELQAAQcUARw3FASAEQQFqIQEMgwILAkAgASIEIAJHDQBBhwEhEAzdAgsgAiAEayAAKAIAIgFqIRQgBCABa0EDaiEQAkADQCAELQAAIAFBiM+AgABqLQAARw3FASABQQNGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBhwEhEAzdAgsgAEEANgIAIBBBAWohAUEtIRAMwgELAkAgASIEIAJHDQBBiAEhEAzcAgsgAiAEayAAKAIAIgFqIRQgBCABa0EIaiEQAkADQCAELQAAIAFB0M+AgABqLQAARw3EASABQQhGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBiAEhEAzcAgsgAEEANgIAIBBBAWohAUEpIRAMwQELAkAgASIBIAJHDQBBiQEhEAzbAgtBASEQIAEtAABB3wBHDcABIAFBAWohAQyBAgsCQCABIgQgAkcNAEGKASEQDNoCCyACIARrIAAoAgAiAWohFCAEIAFrQQFqIRADQCAELQAAIAFBjM+AgABqLQAARw3BASABQQFGDa8CIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQYoBIRAM2QILAkAgASIEIAJHDQBBiwEhEAzZAgsgAiAEayAAKAIAIgFqIRQgBCABa0ECaiEQAkADQCAELQAAIAFBjs+AgABqLQAARw3BASABQQJGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBiwEhEAzZAgsgAEEANgIAIBBBAWohAUECIRAMvgELAkAgASIEIAJHDQBBjAEhEAzYAgsgAiAEayAAKAIAIgFqIRQgBCABa0EBaiEQAkADQCAELQAAIAFB8M+AgABqLQAARw3AASABQQFGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBjAEhEAzYAgsgAEEANgIAIBBBAWohAUEfIRAMvQELAkAgASIEIAJHDQBBjQEhEAzXAgsgAiAEayAAKAIAIgFqIRQgBCABa0EBaiEQAkADQCAELQAAIAFB8s+AgABqLQAARw2/ASABQQFGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBjQEhEAzXAgsgAEEANgIAIBBBAWohAUEJIRAMvAELAkAgASIEIAJHDQBBjgEhEAzWAgsCQAJAIAQtAABBt39qDgcAvwG/Ab8BvwG/AQG/AQsgBEEBaiEBQfgAIRAMvQILIARBAWohAUH5ACEQDLwCCwJAIAEiBCACRw0AQY8BIRAM1QILIAIgBGsgACgCACIBaiEUIAQgAWtBBWohEAJAA0AgBC0AACABQZHPgIAAai0AAEcNvQEgAUEFRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQY8BIRAM1QILIABBADYCACAQQQFqIQFBGCEQDLoBCwJAIAEiBCACRw0AQZABIRAM1AILIAIgBGsgACgCACIBaiEUIAQgAWtBAmohEAJAA0AgBC0AACABQZfPgIAAai0AAEcNvAEgAUECRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQZABIRAM1AILIABBADYCACAQQQFqIQFBFyEQDLkBCwJAIAEiBCACRw0AQZEBIRAM0wILIAIgBGsgACgCACIBaiEUIAQgAWtBBmohEAJAA0AgBC0AACABQZrPgIAAai0AAEcNuwEgAUEGRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQZEBIRAM0wILIABBADYCACAQQQFqIQFBFSEQDLgBCwJAIAEiBCACRw0AQZIBIRAM0gILIAIgBGsgACgCACIBaiEUIAQgAWtBBWohEAJAA0AgBC0AACABQaHPgIAAai0AAEcNugEgAUEFRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQZIBIRAM0gILIABBADYCACAQQQFqIQFBHiEQDLcBCwJAIAEiBCACRw0AQZMBIRAM0QILIAQtAABBzABHDbgBIARBAWohAUEKIRAMtgELAkAgBCACRw0AQZQBIRAM0AILAkACQCAELQAAQb9/ag4PALkBuQG5AbkBuQG5AbkBuQG5AbkBuQG5AbkBAbkBCyAEQQFqIQFB/gAhEAy3AgsgBEEBaiEBQf8AIRAMtgILAkAgBCACRw0AQZUBIRAMzwILAkACQCAELQAAQb9/ag4DALgBAbgBCyAEQQFqIQFB/QAhEAy2AgsgBEEBaiEEQYABIRAMtQILAkAgBCACRw0AQZYBIRAMzgILIAIgBGsgACgCACIBaiEUIAQgAWtBAWohEAJAA0AgBC0AACABQafPgIAAai0AAEcNtgEgAUEBRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQZYBIRAMzgILIABBADYCACAQQQFqIQFBCyEQDLMBCwJAIAQgAkcNAEGXASEQDM0CCwJAAkACQAJAIAQtAABBU2oOIwC4AbgBuAG4AbgBuAG4AbgBuAG4AbgBuAG4AbgBuAG4AbgBuAG4AbgBuAG4AbgBAbgBuAG4AbgBuAECuAG4AbgBA7gBCyAEQQFqIQFB+wAhEAy2AgsgBEEBaiEBQfwAIRAMtQILIARBAWohBEGBASEQDLQCCyAEQQFqIQRBggEhEAyzAgsCQCAEIAJHDQBBmAEhEAzMAgsgAiAEayAAKAIAIgFqIRQgBCABa0EEaiEQAkADQCAELQAAIAFBqc+AgABqLQAARw20ASABQQRGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBmAEhEAzMAgsgAEEANgIAIBBBAWohAUEZIRAMsQELAkAgBCACRw0AQZkBIRAMywILIAIgBGsgACgCACIBaiEUIAQgAWtBBWohEAJAA0AgBC0AACABQa7PgIAAai0AAEcNswEgAUEFRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQZkBIRAMywILIABBADYCACAQQQFqIQFBBiEQDLABCwJAIAQgAkcNAEGaASEQDMoCCyACIARrIAAoAgAiAWohFCAEIAFrQQFqIRACQANAIAQtAAAgAUG0z4CAAGotAABHDbIBIAFBAUYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGaASEQDMoCCyAAQQA2AgAgEEEBaiEBQRwhEAyvAQsCQCAEIAJHDQBBmwEhEAzJAgsgAiAEayAAKAIAIgFqIRQgBCABa0EBaiEQAkADQCAELQAAIAFBts+AgABqLQAARw2xASABQQFGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBmwEhEAzJAgsgAEEANgIAIBBBAWohAUEnIRAMrgELAkAgBCACRw0AQZwBIRAMyAILAkACQCAELQAAQax/ag4CAAGxAQsgBEEBaiEEQYYBIRAMrwILIARBAWohBEGHASEQDK4CCwJAIAQgAkcNAEGdASEQDMcCCyACIARrIAAoAgAiAWohFCAEIAFrQQFqIRACQANAIAQtAAAgAUG4z4CAAGotAABHDa8BIAFBAUYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGdASEQDMcCCyAAQQA2AgAgEEEBaiEBQSYhEAysAQsCQCAEIAJHDQBBngEhEAzGAgsgAiAEayAAKAIAIgFqIRQgBCABa0EBaiEQAkADQCAELQAAIAFBus+AgABqLQAARw2uASABQQFGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBngEhEAzGAgsgAEEANgIAIBBBAWohAUEDIRAMqwELAkAgBCACRw0AQZ8BIRAMxQILIAIgBGsgACgCACIBaiEUIAQgAWtBAmohEAJAA0AgBC0AACABQe3PgIAAai0AAEcNrQEgAUECRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQZ8BIRAMxQILIABBADYCACAQQQFqIQFBDCEQDKoBCwJAIAQgAkcNAEGgASEQDMQCCyACIARrIAAoAgAiAWohFCAEIAFrQQNqIRACQANAIAQtAAAgAUG8z4CAAGotAABHDawBIAFBA0YNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGgASEQDMQCCyAAQQA2AgAgEEEBaiEBQQ0hEAypAQsCQCAEIAJHDQBBoQEhEAzDAgsCQAJAIAQtAABBun9qDgsArAGsAawBrAGsAawBrAGsAawBAawBCyAEQQFqIQRBiwEhEAyqAgsgBEEBaiEEQYwBIRAMqQILAkAgBCACRw0AQaIBIRAMwgILIAQtAABB0ABHDakBIARBAWohBAzpAQsCQCAEIAJHDQBBowEhEAzBAgsCQAJAIAQtAABBt39qDgcBqgGqAaoBqgGqAQCqAQsgBEEBaiEEQY4BIRAMqAILIARBAWohAUEiIRAMpgELAkAgBCACRw0AQaQBIRAMwAILIAIgBGsgACgCACIBaiEUIAQgAWtBAWohEAJAA0AgBC0AACABQcDPgIAAai0AAEcNqAEgAUEBRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQaQBIRAMwAILIABBADYCACAQQQFqIQFBHSEQDKUBCwJAIAQgAkcNAEGlASEQDL8CCwJAAkAgBC0AAEGuf2oOAwCoAQGoAQsgBEEBaiEEQZABIRAMpgILIARBAWohAUEEIRAMpAELAkAgBCACRw0AQaYBIRAMvgILAkACQAJAAkACQCAELQAAQb9/ag4VAKoBqgGqAaoBqgGqAaoBqgGqAaoBAaoBqgECqgGqAQOqAaoBBKoBCyAEQQFqIQRBiAEhEAyoAgsgBEEBaiEEQYkBIRAMpwILIARBAWohBEGKASEQDKYCCyAEQQFqIQRBjwEhEAylAgsgBEEBaiEEQZEBIRAMpAILAkAgBCACRw0AQacBIRAMvQILIAIgBGsgACgCACIBaiEUIAQgAWtBAmohEAJAA0AgBC0AACABQe3PgIAAai0AAEcNpQEgAUECRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQacBIRAMvQILIABBADYCACAQQQFqIQFBESEQDKIBCwJAIAQgAkcNAEGoASEQDLwCCyACIARrIAAoAgAiAWohFCAEIAFrQQJqIRACQANAIAQtAAAgAUHCz4CAAGotAABHDaQBIAFBAkYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGoASEQDLwCCyAAQQA2AgAgEEEBaiEBQSwhEAyhAQsCQCAEIAJHDQBBqQEhEAy7AgsgAiAEayAAKAIAIgFqIRQgBCABa0EEaiEQAkADQCAELQAAIAFBxc+AgABqLQAARw2jASABQQRGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBqQEhEAy7AgsgAEEANgIAIBBBAWohAUErIRAMoAELAkAgBCACRw0AQaoBIRAMugILIAIgBGsgACgCACIBaiEUIAQgAWtBAmohEAJAA0AgBC0AACABQcrPgIAAai0AAEcNogEgAUECRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQaoBIRAMugILIABBADYCACAQQQFqIQFBFCEQDJ8BCwJAIAQgAkcNAEGrASEQDLkCCwJAAkACQAJAIAQtAABBvn9qDg8AAQKkAaQBpAGkAaQBpAGkAaQBpAGkAaQBA6QBCyAEQQFqIQRBkwEhEAyiAgsgBEEBaiEEQZQBIRAMoQILIARBAWohBEGVASEQDKACCyAEQQFqIQRBlgEhEAyfAgsCQCAEIAJHDQBBrAEhEAy4AgsgBC0AAEHFAEcNnwEgBEEBaiEEDOABCwJAIAQgAkcNAEGtASEQDLcCCyACIARrIAAoAgAiAWohFCAEIAFrQQJqIRACQANAIAQtAAAgAUHNz4CAAGotAABHDZ8BIAFBAkYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEGtASEQDLcCCyAAQQA2AgAgEEEBaiEBQQ4hEAycAQsCQCAEIAJHDQBBrgEhEAy2AgsgBC0AAEHQAEcNnQEgBEEBaiEBQSUhEAybAQsCQCAEIAJHDQBBrwEhEAy1AgsgAiAEayAAKAIAIgFqIRQgBCABa0EIaiEQAkADQCAELQAAIAFB0M+AgABqLQAARw2dASABQQhGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBrwEhEAy1AgsgAEEANgIAIBBBAWohAUEqIRAMmgELAkAgBCACRw0AQbABIRAMtAILAkACQCAELQAAQat/ag4LAJ0BnQGdAZ0BnQGdAZ0BnQGdAQGdAQsgBEEBaiEEQZoBIRAMmwILIARBAWohBEGbASEQDJoCCwJAIAQgAkcNAEGxASEQDLMCCwJAAkAgBC0AAEG/f2oOFACcAZwBnAGcAZwBnAGcAZwBnAGcAZwBnAGcAZwBnAGcAZwBnAEBnAELIARBAWohBEGZASEQDJoCCyAEQQFqIQRBnAEhEAyZAgsCQCAEIAJHDQBBsgEhEAyyAgsgAiAEayAAKAIAIgFqIRQgBCABa0EDaiEQAkADQCAELQAAIAFB2c+AgABqLQAARw2aASABQQNGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBsgEhEAyyAgsgAEEANgIAIBBBAWohAUEhIRAMlwELAkAgBCACRw0AQbMBIRAMsQILIAIgBGsgACgCACIBaiEUIAQgAWtBBmohEAJAA0AgBC0AACABQd3PgIAAai0AAEcNmQEgAUEGRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQbMBIRAMsQILIABBADYCACAQQQFqIQFBGiEQDJYBCwJAIAQgAkcNAEG0ASEQDLACCwJAAkACQCAELQAAQbt/ag4RAJoBmgGaAZoBmgGaAZoBmgGaAQGaAZoBmgGaAZoBApoBCyAEQQFqIQRBnQEhEAyYAgsgBEEBaiEEQZ4BIRAMlwILIARBAWohBEGfASEQDJYCCwJAIAQgAkcNAEG1ASEQDK8CCyACIARrIAAoAgAiAWohFCAEIAFrQQVqIRACQANAIAQtAAAgAUHkz4CAAGotAABHDZcBIAFBBUYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEG1ASEQDK8CCyAAQQA2AgAgEEEBaiEBQSghEAyUAQsCQCAEIAJHDQBBtgEhEAyuAgsgAiAEayAAKAIAIgFqIRQgBCABa0ECaiEQAkADQCAELQAAIAFB6s+AgABqLQAARw2WASABQQJGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBtgEhEAyuAgsgAEEANgIAIBBBAWohAUEHIRAMkwELAkAgBCACRw0AQbcBIRAMrQILAkACQCAELQAAQbt/ag4OAJYBlgGWAZYBlgGWAZYBlgGWAZYBlgGWAQGWAQsgBEEBaiEEQaEBIRAMlAILIARBAWohBEGiASEQDJMCCwJAIAQgAkcNAEG4ASEQDKwCCyACIARrIAAoAgAiAWohFCAEIAFrQQJqIRACQANAIAQtAAAgAUHtz4CAAGotAABHDZQBIAFBAkYNASABQQFqIQEgBEEBaiIEIAJHDQALIAAgFDYCAEG4ASEQDKwCCyAAQQA2AgAgEEEBaiEBQRIhEAyRAQsCQCAEIAJHDQBBuQEhEAyrAgsgAiAEayAAKAIAIgFqIRQgBCABa0EBaiEQAkADQCAELQAAIAFB8M+AgABqLQAARw2TASABQQFGDQEgAUEBaiEBIARBAWoiBCACRw0ACyAAIBQ2AgBBuQEhEAyrAgsgAEEANgIAIBBBAWohAUEgIRAMkAELAkAgBCACRw0AQboBIRAMqgILIAIgBGsgACgCACIBaiEUIAQgAWtBAWohEAJAA0AgBC0AACABQfLPgIAAai0AAEcNkgEgAUEBRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQboBIRAMqgILIABBADYCACAQQQFqIQFBDyEQDI8BCwJAIAQgAkcNAEG7ASEQDKkCCwJAAkAgBC0AAEG3f2oOBwCSAZIBkgGSAZIBAZIBCyAEQQFqIQRBpQEhEAyQAgsgBEEBaiEEQaYBIRAMjwILAkAgBCACRw0AQbwBIRAMqAILIAIgBGsgACgCACIBaiEUIAQgAWtBB2ohEAJAA0AgBC0AACABQfTPgIAAai0AAEcNkAEgAUEHRg0BIAFBAWohASAEQQFqIgQgAkcNAAsgACAUNgIAQbwBIRAMqAILIABBADYCACAQQQFqIQFBGyEQDI0BCwJAIAQgAkcNAEG9ASEQDKcCCwJAAkACQCAELQAAQb5/ag4SAJEBkQGRAZEBkQGRAZEBkQGRAQGRAZEBkQGRAZEBkQECkQELIARBAWohBEGkASEQDI8CCyAEQQFqIQRBpwEhEAyOAgsgBEEBaiEEQagBIRAMjQILAkAgBCACRw0AQb4BIRAMpgILIAQtAABBzgBHDY0BIARBAWohBAzPAQsCQCAEIAJHDQBBvwEhEAylAgsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAELQAAQb9/ag4VAAECA5wBBAUGnAGcAZwBBwgJCgucAQwNDg+cAQsgBEEBaiEBQegAIRAMmgILIARBAWohAUHpACEQDJkCCyAEQQFqIQFB7gAhEAyYAgsgBEEBaiEBQfIAIRAMlwILIARBAWohAUHzACEQDJYCCyAEQQFqIQFB9gAhEAyVAgsgBEEBaiEBQfcAIRAMlAILIARBAWohAUH6ACEQDJMCCyAEQQFqIQRBgwEhEAySAgsgBEEBaiEEQYQBIRAMkQILIARBAWohBEGFASEQDJACCyAEQQFqIQRBkgEhEAyPAgsgBEEBaiEEQZgBIRAMjgILIARBAWohBEGgASEQDI0CCyAEQQFqIQRBowEhEAyMAgsgBEEBaiEEQaoBIRAMiwILAkAgBCACRg0AIABBkICAgAA2AgggACAENgIEQasBIRAMiwILQcABIRAMowILIAAgBSACEKqAgIAAIgENiwEgBSEBDFwLAkAgBiACRg0AIAZBAWohBQyNAQtBwgEhEAyhAgsDQAJAIBAtAABBdmoOBIwBAACPAQALIBBBAWoiECACRw0AC0HDASEQDKACCwJAIAcgAkYNACAAQZGAgIAANgIIIAAgBzYCBCAHIQFBASEQDIcCC0HEASEQDJ8CCwJAIAcgAkcNAEHFASEQDJ8CCwJAAkAgBy0AAEF2ag4EAc4BzgEAzgELIAdBAWohBgyNAQsgB0EBaiEFDIkBCwJAIAcgAkcNAEHGASEQDJ4CCwJAAkAgBy0AAEF2ag4XAY8BjwEBjwGPAY8BjwGPAY8BjwGPAY8BjwGPAY8BjwGPAY8BjwGPAY8BAI8BCyAHQQFqIQcLQbABIRAMhAILAkAgCCACRw0AQcgBIRAMnQILIAgtAABBIEcNjQEgAEEAOwEyIAhBAWohAUGzASEQDIMCCyABIRcCQANAIBciByACRg0BIActAABBUGpB/wFxIhBBCk8NzAECQCAALwEyIhRBmTNLDQAgACAUQQpsIhQ7ATIgEEH//wNzIBRB/v8DcUkNACAHQQFqIRcgACAUIBBqIhA7ATIgEEH//wNxQegHSQ0BCwtBACEQIABBADYCHCAAQcGJgIAANgIQIABBDTYCDCAAIAdBAWo2AhQMnAILQccBIRAMmwILIAAgCCACEK6AgIAAIhBFDcoBIBBBFUcNjAEgAEHIATYCHCAAIAg2AhQgAEHJl4CAADYCECAAQRU2AgxBACEQDJoCCwJAIAkgAkcNAEHMASEQDJoCC0EAIRRBASEXQQEhFkEAIRACQAJAAkACQAJAAkACQAJAAkAgCS0AAEFQag4KlgGVAQABAgMEBQYIlwELQQIhEAwGC0EDIRAMBQtBBCEQDAQLQQUhEAwDC0EGIRAMAgtBByEQDAELQQghEAtBACEXQQAhFkEAIRQMjgELQQkhEEEBIRRBACEXQQAhFgyNAQsCQCAKIAJHDQBBzgEhEAyZAgsgCi0AAEEuRw2OASAKQQFqIQkMygELIAsgAkcNjgFB0AEhEAyXAgsCQCALIAJGDQAgAEGOgICAADYCCCAAIAs2AgRBtwEhEAz+AQtB0QEhEAyWAgsCQCAEIAJHDQBB0gEhEAyWAgsgAiAEayAAKAIAIhBqIRQgBCAQa0EEaiELA0AgBC0AACAQQfzPgIAAai0AAEcNjgEgEEEERg3pASAQQQFqIRAgBEEBaiIEIAJHDQALIAAgFDYCAEHSASEQDJUCCyAAIAwgAhCsgICAACIBDY0BIAwhAQy4AQsCQCAEIAJHDQBB1AEhEAyUAgsgAiAEayAAKAIAIhBqIRQgBCAQa0EBaiEMA0AgBC0AACAQQYHQgIAAai0AAEcNjwEgEEEBRg2OASAQQQFqIRAgBEEBaiIEIAJHDQALIAAgFDYCAEHUASEQDJMCCwJAIAQgAkcNAEHWASEQDJMCCyACIARrIAAoAgAiEGohFCAEIBBrQQJqIQsDQCAELQAAIBBBg9CAgABqLQAARw2OASAQQQJGDZABIBBBAWohECAEQQFqIgQgAkcNAAsgACAUNgIAQdYBIRAMkgILAkAgBCACRw0AQdcBIRAMkgILAkACQCAELQAAQbt/ag4QAI8BjwGPAY8BjwGPAY8BjwGPAY8BjwGPAY8BjwEBjwELIARBAWohBEG7ASEQDPkBCyAEQQFqIQRBvAEhEAz4AQsCQCAEIAJHDQBB2AEhEAyRAgsgBC0AAEHIAEcNjAEgBEEBaiEEDMQBCwJAIAQgAkYNACAAQZCAgIAANgIIIAAgBDYCBEG+ASEQDPcBC0HZASEQDI8CCwJAIAQgAkcNAEHaASEQDI8CCyAELQAAQcgARg3DASAAQQE6ACgMuQELIABBAjoALyAAIAQgAhCmgICAACIQDY0BQcIBIRAM9AELIAAtAChBf2oOArcBuQG4AQsDQAJAIAQtAABBdmoOBACOAY4BAI4BCyAEQQFqIgQgAkcNAAtB3QEhEAyLAgsgAEEAOgAvIAAtAC1BBHFFDYQCCyAAQQA6AC8gAEEBOgA0IAEhAQyMAQsgEEEVRg3aASAAQQA2AhwgACABNgIUIABBp46AgAA2AhAgAEESNgIMQQAhEAyIAgsCQCAAIBAgAhC0gICAACIEDQAgECEBDIECCwJAIARBFUcNACAAQQM2AhwgACAQNgIUIABBsJiAgAA2AhAgAEEVNgIMQQAhEAyIAgsgAEEANgIcIAAgEDYCFCAAQaeOgIAANgIQIABBEjYCDEEAIRAMhwILIBBBFUYN1gEgAEEANgIcIAAgATYCFCAAQdqNgIAANgIQIABBFDYCDEEAIRAMhgILIAAoAgQhFyAAQQA2AgQgECARp2oiFiEBIAAgFyAQIBYgFBsiEBC1gICAACIURQ2NASAAQQc2AhwgACAQNgIUIAAgFDYCDEEAIRAMhQILIAAgAC8BMEGAAXI7ATAgASEBC0EqIRAM6gELIBBBFUYN0QEgAEEANgIcIAAgATYCFCAAQYOMgIAANgIQIABBEzYCDEEAIRAMggILIBBBFUYNzwEgAEEANgIcIAAgATYCFCAAQZqPgIAANgIQIABBIjYCDEEAIRAMgQILIAAoAgQhECAAQQA2AgQCQCAAIBAgARC3gICAACIQDQAgAUEBaiEBDI0BCyAAQQw2AhwgACAQNgIMIAAgAUEBajYCFEEAIRAMgAILIBBBFUYNzAEgAEEANgIcIAAgATYCFCAAQZqPgIAANgIQIABBIjYCDEEAIRAM/wELIAAoAgQhECAAQQA2AgQCQCAAIBAgARC3gICAACIQDQAgAUEBaiEBDIwBCyAAQQ02AhwgACAQNgIMIAAgAUEBajYCFEEAIRAM/gELIBBBFUYNyQEgAEEANgIcIAAgATYCFCAAQcaMgIAANgIQIABBIzYCDEEAIRAM/QELIAAoAgQhECAAQQA2AgQCQCAAIBAgARC5gICAACIQDQAgAUEBaiEBDIsBCyAAQQ42AhwgACAQNgIMIAAgAUEBajYCFEEAIRAM/AELIABBADYCHCAAIAE2AhQgAEHAlYCAADYCECAAQQI2AgxBACEQDPsBCyAQQRVGDcUBIABBADYCHCAAIAE2AhQgAEHGjICAADYCECAAQSM2AgxBACEQDPoBCyAAQRA2AhwgACABNgIUIAAgEDYCDEEAIRAM+QELIAAoAgQhBCAAQQA2AgQCQCAAIAQgARC5gICAACIEDQAgAUEBaiEBDPEBCyAAQRE2AhwgACAENgIMIAAgAUEBajYCFEEAIRAM+AELIBBBFUYNwQEgAEEANgIcIAAgATYCFCAAQcaMgIAANgIQIABBIzYCDEEAIRAM9wELIAAoAgQhECAAQQA2AgQCQCAAIBAgARC5gICAACIQDQAgAUEBaiEBDIgBCyAAQRM2AhwgACAQNgIMIAAgAUEBajYCFEEAIRAM9gELIAAoAgQhBCAAQQA2AgQCQCAAIAQgARC5gICAACIEDQAgAUEBaiEBDO0BCyAAQRQ2AhwgACAENgIMIAAgAUEBajYCFEEAIRAM9QELIBBBFUYNvQEgAEEANgIcIAAgATYCFCAAQZqPgIAANgIQIABBIjYCDEEAIRAM9AELIAAoAgQhECAAQQA2AgQCQCAAIBAgARC3gICAACIQDQAgAUEBaiEBDIYBCyAAQRY2AhwgACAQNgIMIAAgAUEBajYCFEEAIRAM8wELIAAoAgQhBCAAQQA2AgQCQCAAIAQgARC3gICAACIEDQAgAUEBaiEBDOkBCyAAQRc2AhwgACAENgIMIAAgAUEBajYCFEEAIRAM8gELIABBADYCHCAAIAE2AhQgAEHNk4CAADYCECAAQQw2AgxBACEQDPEBC0IBIRELIBBBAWohAQJAIAApAyAiEkL//////////w9WDQAgACASQgSGIBGENwMgIAEhAQyEAQsgAEEANgIcIAAgATYCFCAAQa2JgIAANgIQIABBDDYCDEEAIRAM7wELIABBADYCHCAAIBA2AhQgAEHNk4CAADYCECAAQQw2AgxBACEQDO4BCyAAKAIEIRcgAEEANgIEIBAgEadqIhYhASAAIBcgECAWIBQbIhAQtYCAgAAiFEUNcyAAQQU2AhwgACAQNgIUIAAgFDYCDEEAIRAM7QELIABBADYCHCAAIBA2AhQgAEGqnICAADYCECAAQQ82AgxBACEQDOwBCyAAIBAgAhC0gICAACIBDQEgECEBC0EOIRAM0QELAkAgAUEVRw0AIABBAjYCHCAAIBA2AhQgAEGwmICAADYCECAAQRU2AgxBACEQDOoBCyAAQQA2AhwgACAQNgIUIABBp46AgAA2AhAgAEESNgIMQQAhEAzpAQsgAUEBaiEQAkAgAC8BMCIBQYABcUUNAAJAIAAgECACELuAgIAAIgENACAQIQEMcAsgAUEVRw26ASAAQQU2AhwgACAQNgIUIABB+ZeAgAA2AhAgAEEVNgIMQQAhEAzpAQsCQCABQaAEcUGgBEcNACAALQAtQQJxDQAgAEEANgIcIAAgEDYCFCAAQZaTgIAANgIQIABBBDYCDEEAIRAM6QELIAAgECACEL2AgIAAGiAQIQECQAJAAkACQAJAIAAgECACELOAgIAADhYCAQAEBAQEBAQEBAQEBAQEBAQEBAQDBAsgAEEBOgAuCyAAIAAvATBBwAByOwEwIBAhAQtBJiEQDNEBCyAAQSM2AhwgACAQNgIUIABBpZaAgAA2AhAgAEEVNgIMQQAhEAzpAQsgAEEANgIcIAAgEDYCFCAAQdWLgIAANgIQIABBETYCDEEAIRAM6AELIAAtAC1BAXFFDQFBwwEhEAzOAQsCQCANIAJGDQADQAJAIA0tAABBIEYNACANIQEMxAELIA1BAWoiDSACRw0AC0ElIRAM5wELQSUhEAzmAQsgACgCBCEEIABBADYCBCAAIAQgDRCvgICAACIERQ2tASAAQSY2AhwgACAENgIMIAAgDUEBajYCFEEAIRAM5QELIBBBFUYNqwEgAEEANgIcIAAgATYCFCAAQf2NgIAANgIQIABBHTYCDEEAIRAM5AELIABBJzYCHCAAIAE2AhQgACAQNgIMQQAhEAzjAQsgECEBQQEhFAJAAkACQAJAAkACQAJAIAAtACxBfmoOBwYFBQMBAgAFCyAAIAAvATBBCHI7ATAMAwtBAiEUDAELQQQhFAsgAEEBOgAsIAAgAC8BMCAUcjsBMAsgECEBC0ErIRAMygELIABBADYCHCAAIBA2AhQgAEGrkoCAADYCECAAQQs2AgxBACEQDOIBCyAAQQA2AhwgACABNgIUIABB4Y+AgAA2AhAgAEEKNgIMQQAhEAzhAQsgAEEAOgAsIBAhAQy9AQsgECEBQQEhFAJAAkACQAJAAkAgAC0ALEF7ag4EAwECAAULIAAgAC8BMEEIcjsBMAwDC0ECIRQMAQtBBCEUCyAAQQE6ACwgACAALwEwIBRyOwEwCyAQIQELQSkhEAzFAQsgAEEANgIcIAAgATYCFCAAQfCUgIAANgIQIABBAzYCDEEAIRAM3QELAkAgDi0AAEENRw0AIAAoAgQhASAAQQA2AgQCQCAAIAEgDhCxgICAACIBDQAgDkEBaiEBDHULIABBLDYCHCAAIAE2AgwgACAOQQFqNgIUQQAhEAzdAQsgAC0ALUEBcUUNAUHEASEQDMMBCwJAIA4gAkcNAEEtIRAM3AELAkACQANAAkAgDi0AAEF2ag4EAgAAAwALIA5BAWoiDiACRw0AC0EtIRAM3QELIAAoAgQhASAAQQA2AgQCQCAAIAEgDhCxgICAACIBDQAgDiEBDHQLIABBLDYCHCAAIA42AhQgACABNgIMQQAhEAzcAQsgACgCBCEBIABBADYCBAJAIAAgASAOELGAgIAAIgENACAOQQFqIQEMcwsgAEEsNgIcIAAgATYCDCAAIA5BAWo2AhRBACEQDNsBCyAAKAIEIQQgAEEANgIEIAAgBCAOELGAgIAAIgQNoAEgDiEBDM4BCyAQQSxHDQEgAUEBaiEQQQEhAQJAAkACQAJAAkAgAC0ALEF7ag4EAwECBAALIBAhAQwEC0ECIQEMAQtBBCEBCyAAQQE6ACwgACAALwEwIAFyOwEwIBAhAQwBCyAAIAAvATBBCHI7ATAgECEBC0E5IRAMvwELIABBADoALCABIQELQTQhEAy9AQsgACAALwEwQSByOwEwIAEhAQwCCyAAKAIEIQQgAEEANgIEAkAgACAEIAEQsYCAgAAiBA0AIAEhAQzHAQsgAEE3NgIcIAAgATYCFCAAIAQ2AgxBACEQDNQBCyAAQQg6ACwgASEBC0EwIRAMuQELAkAgAC0AKEEBRg0AIAEhAQwECyAALQAtQQhxRQ2TASABIQEMAwsgAC0AMEEgcQ2UAUHFASEQDLcBCwJAIA8gAkYNAAJAA0ACQCAPLQAAQVBqIgFB/wFxQQpJDQAgDyEBQTUhEAy6AQsgACkDICIRQpmz5syZs+bMGVYNASAAIBFCCn4iETcDICARIAGtQv8BgyISQn+FVg0BIAAgESASfDcDICAPQQFqIg8gAkcNAAtBOSEQDNEBCyAAKAIEIQIgAEEANgIEIAAgAiAPQQFqIgQQsYCAgAAiAg2VASAEIQEMwwELQTkhEAzPAQsCQCAALwEwIgFBCHFFDQAgAC0AKEEBRw0AIAAtAC1BCHFFDZABCyAAIAFB9/sDcUGABHI7ATAgDyEBC0E3IRAMtAELIAAgAC8BMEEQcjsBMAyrAQsgEEEVRg2LASAAQQA2AhwgACABNgIUIABB8I6AgAA2AhAgAEEcNgIMQQAhEAzLAQsgAEHDADYCHCAAIAE2AgwgACANQQFqNgIUQQAhEAzKAQsCQCABLQAAQTpHDQAgACgCBCEQIABBADYCBAJAIAAgECABEK+AgIAAIhANACABQQFqIQEMYwsgAEHDADYCHCAAIBA2AgwgACABQQFqNgIUQQAhEAzKAQsgAEEANgIcIAAgATYCFCAAQbGRgIAANgIQIABBCjYCDEEAIRAMyQELIABBADYCHCAAIAE2AhQgAEGgmYCAADYCECAAQR42AgxBACEQDMgBCyAAQQA2AgALIABBgBI7ASogACAXQQFqIgEgAhCogICAACIQDQEgASEBC0HHACEQDKwBCyAQQRVHDYMBIABB0QA2AhwgACABNgIUIABB45eAgAA2AhAgAEEVNgIMQQAhEAzEAQsgACgCBCEQIABBADYCBAJAIAAgECABEKeAgIAAIhANACABIQEMXgsgAEHSADYCHCAAIAE2AhQgACAQNgIMQQAhEAzDAQsgAEEANgIcIAAgFDYCFCAAQcGogIAANgIQIABBBzYCDCAAQQA2AgBBACEQDMIBCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQp4CAgAAiEA0AIAEhAQxdCyAAQdMANgIcIAAgATYCFCAAIBA2AgxBACEQDMEBC0EAIRAgAEEANgIcIAAgATYCFCAAQYCRgIAANgIQIABBCTYCDAzAAQsgEEEVRg19IABBADYCHCAAIAE2AhQgAEGUjYCAADYCECAAQSE2AgxBACEQDL8BC0EBIRZBACEXQQAhFEEBIRALIAAgEDoAKyABQQFqIQECQAJAIAAtAC1BEHENAAJAAkACQCAALQAqDgMBAAIECyAWRQ0DDAILIBQNAQwCCyAXRQ0BCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQrYCAgAAiEA0AIAEhAQxcCyAAQdgANgIcIAAgATYCFCAAIBA2AgxBACEQDL4BCyAAKAIEIQQgAEEANgIEAkAgACAEIAEQrYCAgAAiBA0AIAEhAQytAQsgAEHZADYCHCAAIAE2AhQgACAENgIMQQAhEAy9AQsgACgCBCEEIABBADYCBAJAIAAgBCABEK2AgIAAIgQNACABIQEMqwELIABB2gA2AhwgACABNgIUIAAgBDYCDEEAIRAMvAELIAAoAgQhBCAAQQA2AgQCQCAAIAQgARCtgICAACIEDQAgASEBDKkBCyAAQdwANgIcIAAgATYCFCAAIAQ2AgxBACEQDLsBCwJAIAEtAABBUGoiEEH/AXFBCk8NACAAIBA6ACogAUEBaiEBQc8AIRAMogELIAAoAgQhBCAAQQA2AgQCQCAAIAQgARCtgICAACIEDQAgASEBDKcBCyAAQd4ANgIcIAAgATYCFCAAIAQ2AgxBACEQDLoBCyAAQQA2AgAgF0EBaiEBAkAgAC0AKUEjTw0AIAEhAQxZCyAAQQA2AhwgACABNgIUIABB04mAgAA2AhAgAEEINgIMQQAhEAy5AQsgAEEANgIAC0EAIRAgAEEANgIcIAAgATYCFCAAQZCzgIAANgIQIABBCDYCDAy3AQsgAEEANgIAIBdBAWohAQJAIAAtAClBIUcNACABIQEMVgsgAEEANgIcIAAgATYCFCAAQZuKgIAANgIQIABBCDYCDEEAIRAMtgELIABBADYCACAXQQFqIQECQCAALQApIhBBXWpBC08NACABIQEMVQsCQCAQQQZLDQBBASAQdEHKAHFFDQAgASEBDFULQQAhECAAQQA2AhwgACABNgIUIABB94mAgAA2AhAgAEEINgIMDLUBCyAQQRVGDXEgAEEANgIcIAAgATYCFCAAQbmNgIAANgIQIABBGjYCDEEAIRAMtAELIAAoAgQhECAAQQA2AgQCQCAAIBAgARCngICAACIQDQAgASEBDFQLIABB5QA2AhwgACABNgIUIAAgEDYCDEEAIRAMswELIAAoAgQhECAAQQA2AgQCQCAAIBAgARCngICAACIQDQAgASEBDE0LIABB0gA2AhwgACABNgIUIAAgEDYCDEEAIRAMsgELIAAoAgQhECAAQQA2AgQCQCAAIBAgARCngICAACIQDQAgASEBDE0LIABB0wA2AhwgACABNgIUIAAgEDYCDEEAIRAMsQELIAAoAgQhECAAQQA2AgQCQCAAIBAgARCngICAACIQDQAgASEBDFELIABB5QA2AhwgACABNgIUIAAgEDYCDEEAIRAMsAELIABBADYCHCAAIAE2AhQgAEHGioCAADYCECAAQQc2AgxBACEQDK8BCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQp4CAgAAiEA0AIAEhAQxJCyAAQdIANgIcIAAgATYCFCAAIBA2AgxBACEQDK4BCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQp4CAgAAiEA0AIAEhAQxJCyAAQdMANgIcIAAgATYCFCAAIBA2AgxBACEQDK0BCyAAKAIEIRAgAEEANgIEAkAgACAQIAEQp4CAgAAiEA0AIAEhAQxNCyAAQeUANgIcIAAgATYCFCAAIBA2AgxBACEQDKwBCyAAQQA2AhwgACABNgIUIABB3IiAgAA2AhAgAEEHNgIMQQAhEAyrAQsgEEE/Rw0BIAFBAWohAQtBBSEQDJABC0EAIRAgAEEANgIcIAAgATYCFCAAQf2SgIAANgIQIABBBzYCDAyoAQsgACgCBCEQIABBADYCBAJAIAAgECABEKeAgIAAIhANACABIQEMQgsgAEHSADYCHCAAIAE2AhQgACAQNgIMQQAhEAynAQsgACgCBCEQIABBADYCBAJAIAAgECABEKeAgIAAIhANACABIQEMQgsgAEHTADYCHCAAIAE2AhQgACAQNgIMQQAhEAymAQsgACgCBCEQIABBADYCBAJAIAAgECABEKeAgIAAIhANACABIQEMRgsgAEHlADYCHCAAIAE2AhQgACAQNgIMQQAhEAylAQsgACgCBCEBIABBADYCBAJAIAAgASAUEKeAgIAAIgENACAUIQEMPwsgAEHSADYCHCAAIBQ2AhQgACABNgIMQQAhEAykAQsgACgCBCEBIABBADYCBAJAIAAgASAUEKeAgIAAIgENACAUIQEMPwsgAEHTADYCHCAAIBQ2AhQgACABNgIMQQAhEAyjAQsgACgCBCEBIABBADYCBAJAIAAgASAUEKeAgIAAIgENACAUIQEMQwsgAEHlADYCHCAAIBQ2AhQgACABNgIMQQAhEAyiAQsgAEEANgIcIAAgFDYCFCAAQcOPgIAANgIQIABBBzYCDEEAIRAMoQELIABBADYCHCAAIAE2AhQgAEHDj4CAADYCECAAQQc2AgxBACEQDKABC0EAIRAgAEEANgIcIAAgFDYCFCAAQYycgIAANgIQIABBBzYCDAyfAQsgAEEANgIcIAAgFDYCFCAAQYycgIAANgIQIABBBzYCDEEAIRAMngELIABBADYCHCAAIBQ2AhQgAEH+kYCAADYCECAAQQc2AgxBACEQDJ0BCyAAQQA2AhwgACABNgIUIABBjpuAgAA2AhAgAEEGNgIMQQAhEAycAQsgEEEVRg1XIABBADYCHCAAIAE2AhQgAEHMjoCAADYCECAAQSA2AgxBACEQDJsBCyAAQQA2AgAgEEEBaiEBQSQhEAsgACAQOgApIAAoAgQhECAAQQA2AgQgACAQIAEQq4CAgAAiEA1UIAEhAQw+CyAAQQA2AgALQQAhECAAQQA2AhwgACAENgIUIABB8ZuAgAA2AhAgAEEGNgIMDJcBCyABQRVGDVAgAEEANgIcIAAgBTYCFCAAQfCMgIAANgIQIABBGzYCDEEAIRAMlgELIAAoAgQhBSAAQQA2AgQgACAFIBAQqYCAgAAiBQ0BIBBBAWohBQtBrQEhEAx7CyAAQcEBNgIcIAAgBTYCDCAAIBBBAWo2AhRBACEQDJMBCyAAKAIEIQYgAEEANgIEIAAgBiAQEKmAgIAAIgYNASAQQQFqIQYLQa4BIRAMeAsgAEHCATYCHCAAIAY2AgwgACAQQQFqNgIUQQAhEAyQAQsgAEEANgIcIAAgBzYCFCAAQZeLgIAANgIQIABBDTYCDEEAIRAMjwELIABBADYCHCAAIAg2AhQgAEHjkICAADYCECAAQQk2AgxBACEQDI4BCyAAQQA2AhwgACAINgIUIABBlI2AgAA2AhAgAEEhNgIMQQAhEAyNAQtBASEWQQAhF0EAIRRBASEQCyAAIBA6ACsgCUEBaiEIAkACQCAALQAtQRBxDQACQAJAAkAgAC0AKg4DAQACBAsgFkUNAwwCCyAUDQEMAgsgF0UNAQsgACgCBCEQIABBADYCBCAAIBAgCBCtgICAACIQRQ09IABByQE2AhwgACAINgIUIAAgEDYCDEEAIRAMjAELIAAoAgQhBCAAQQA2AgQgACAEIAgQrYCAgAAiBEUNdiAAQcoBNgIcIAAgCDYCFCAAIAQ2AgxBACEQDIsBCyAAKAIEIQQgAEEANgIEIAAgBCAJEK2AgIAAIgRFDXQgAEHLATYCHCAAIAk2AhQgACAENgIMQQAhEAyKAQsgACgCBCEEIABBADYCBCAAIAQgChCtgICAACIERQ1yIABBzQE2AhwgACAKNgIUIAAgBDYCDEEAIRAMiQELAkAgCy0AAEFQaiIQQf8BcUEKTw0AIAAgEDoAKiALQQFqIQpBtgEhEAxwCyAAKAIEIQQgAEEANgIEIAAgBCALEK2AgIAAIgRFDXAgAEHPATYCHCAAIAs2AhQgACAENgIMQQAhEAyIAQsgAEEANgIcIAAgBDYCFCAAQZCzgIAANgIQIABBCDYCDCAAQQA2AgBBACEQDIcBCyABQRVGDT8gAEEANgIcIAAgDDYCFCAAQcyOgIAANgIQIABBIDYCDEEAIRAMhgELIABBgQQ7ASggACgCBCEQIABCADcDACAAIBAgDEEBaiIMEKuAgIAAIhBFDTggAEHTATYCHCAAIAw2AhQgACAQNgIMQQAhEAyFAQsgAEEANgIAC0EAIRAgAEEANgIcIAAgBDYCFCAAQdibgIAANgIQIABBCDYCDAyDAQsgACgCBCEQIABCADcDACAAIBAgC0EBaiILEKuAgIAAIhANAUHGASEQDGkLIABBAjoAKAxVCyAAQdUBNgIcIAAgCzYCFCAAIBA2AgxBACEQDIABCyAQQRVGDTcgAEEANgIcIAAgBDYCFCAAQaSMgIAANgIQIABBEDYCDEEAIRAMfwsgAC0ANEEBRw00IAAgBCACELyAgIAAIhBFDTQgEEEVRw01IABB3AE2AhwgACAENgIUIABB1ZaAgAA2AhAgAEEVNgIMQQAhEAx+C0EAIRAgAEEANgIcIABBr4uAgAA2AhAgAEECNgIMIAAgFEEBajYCFAx9C0EAIRAMYwtBAiEQDGILQQ0hEAxhC0EPIRAMYAtBJSEQDF8LQRMhEAxeC0EVIRAMXQtBFiEQDFwLQRchEAxbC0EYIRAMWgtBGSEQDFkLQRohEAxYC0EbIRAMVwtBHCEQDFYLQR0hEAxVC0EfIRAMVAtBISEQDFMLQSMhEAxSC0HGACEQDFELQS4hEAxQC0EvIRAMTwtBOyEQDE4LQT0hEAxNC0HIACEQDEwLQckAIRAMSwtBywAhEAxKC0HMACEQDEkLQc4AIRAMSAtB0QAhEAxHC0HVACEQDEYLQdgAIRAMRQtB2QAhEAxEC0HbACEQDEMLQeQAIRAMQgtB5QAhEAxBC0HxACEQDEALQfQAIRAMPwtBjQEhEAw+C0GXASEQDD0LQakBIRAMPAtBrAEhEAw7C0HAASEQDDoLQbkBIRAMOQtBrwEhEAw4C0GxASEQDDcLQbIBIRAMNgtBtAEhEAw1C0G1ASEQDDQLQboBIRAMMwtBvQEhEAwyC0G/ASEQDDELQcEBIRAMMAsgAEEANgIcIAAgBDYCFCAAQemLgIAANgIQIABBHzYCDEEAIRAMSAsgAEHbATYCHCAAIAQ2AhQgAEH6loCAADYCECAAQRU2AgxBACEQDEcLIABB+AA2AhwgACAMNgIUIABBypiAgAA2AhAgAEEVNgIMQQAhEAxGCyAAQdEANgIcIAAgBTYCFCAAQbCXgIAANgIQIABBFTYCDEEAIRAMRQsgAEH5ADYCHCAAIAE2AhQgACAQNgIMQQAhEAxECyAAQfgANgIcIAAgATYCFCAAQcqYgIAANgIQIABBFTYCDEEAIRAMQwsgAEHkADYCHCAAIAE2AhQgAEHjl4CAADYCECAAQRU2AgxBACEQDEILIABB1wA2AhwgACABNgIUIABByZeAgAA2AhAgAEEVNgIMQQAhEAxBCyAAQQA2AhwgACABNgIUIABBuY2AgAA2AhAgAEEaNgIMQQAhEAxACyAAQcIANgIcIAAgATYCFCAAQeOYgIAANgIQIABBFTYCDEEAIRAMPwsgAEEANgIEIAAgDyAPELGAgIAAIgRFDQEgAEE6NgIcIAAgBDYCDCAAIA9BAWo2AhRBACEQDD4LIAAoAgQhBCAAQQA2AgQCQCAAIAQgARCxgICAACIERQ0AIABBOzYCHCAAIAQ2AgwgACABQQFqNgIUQQAhEAw+CyABQQFqIQEMLQsgD0EBaiEBDC0LIABBADYCHCAAIA82AhQgAEHkkoCAADYCECAAQQQ2AgxBACEQDDsLIABBNjYCHCAAIAQ2AhQgACACNgIMQQAhEAw6CyAAQS42AhwgACAONgIUIAAgBDYCDEEAIRAMOQsgAEHQADYCHCAAIAE2AhQgAEGRmICAADYCECAAQRU2AgxBACEQDDgLIA1BAWohAQwsCyAAQRU2AhwgACABNgIUIABBgpmAgAA2AhAgAEEVNgIMQQAhEAw2CyAAQRs2AhwgACABNgIUIABBkZeAgAA2AhAgAEEVNgIMQQAhEAw1CyAAQQ82AhwgACABNgIUIABBkZeAgAA2AhAgAEEVNgIMQQAhEAw0CyAAQQs2AhwgACABNgIUIABBkZeAgAA2AhAgAEEVNgIMQQAhEAwzCyAAQRo2AhwgACABNgIUIABBgpmAgAA2AhAgAEEVNgIMQQAhEAwyCyAAQQs2AhwgACABNgIUIABBgpmAgAA2AhAgAEEVNgIMQQAhEAwxCyAAQQo2AhwgACABNgIUIABB5JaAgAA2AhAgAEEVNgIMQQAhEAwwCyAAQR42AhwgACABNgIUIABB+ZeAgAA2AhAgAEEVNgIMQQAhEAwvCyAAQQA2AhwgACAQNgIUIABB2o2AgAA2AhAgAEEUNgIMQQAhEAwuCyAAQQQ2AhwgACABNgIUIABBsJiAgAA2AhAgAEEVNgIMQQAhEAwtCyAAQQA2AgAgC0EBaiELC0G4ASEQDBILIABBADYCACAQQQFqIQFB9QAhEAwRCyABIQECQCAALQApQQVHDQBB4wAhEAwRC0HiACEQDBALQQAhECAAQQA2AhwgAEHkkYCAADYCECAAQQc2AgwgACAUQQFqNgIUDCgLIABBADYCACAXQQFqIQFBwAAhEAwOC0EBIQELIAAgAToALCAAQQA2AgAgF0EBaiEBC0EoIRAMCwsgASEBC0E4IRAMCQsCQCABIg8gAkYNAANAAkAgDy0AAEGAvoCAAGotAAAiAUEBRg0AIAFBAkcNAyAPQQFqIQEMBAsgD0EBaiIPIAJHDQALQT4hEAwiC0E+IRAMIQsgAEEAOgAsIA8hAQwBC0ELIRAMBgtBOiEQDAULIAFBAWohAUEtIRAMBAsgACABOgAsIABBADYCACAWQQFqIQFBDCEQDAMLIABBADYCACAXQQFqIQFBCiEQDAILIABBADYCAAsgAEEAOgAsIA0hAUEJIRAMAAsLQQAhECAAQQA2AhwgACALNgIUIABBzZCAgAA2AhAgAEEJNgIMDBcLQQAhECAAQQA2AhwgACAKNgIUIABB6YqAgAA2AhAgAEEJNgIMDBYLQQAhECAAQQA2AhwgACAJNgIUIABBt5CAgAA2AhAgAEEJNgIMDBULQQAhECAAQQA2AhwgACAINgIUIABBnJGAgAA2AhAgAEEJNgIMDBQLQQAhECAAQQA2AhwgACABNgIUIABBzZCAgAA2AhAgAEEJNgIMDBMLQQAhECAAQQA2AhwgACABNgIUIABB6YqAgAA2AhAgAEEJNgIMDBILQQAhECAAQQA2AhwgACABNgIUIABBt5CAgAA2AhAgAEEJNgIMDBELQQAhECAAQQA2AhwgACABNgIUIABBnJGAgAA2AhAgAEEJNgIMDBALQQAhECAAQQA2AhwgACABNgIUIABBl5WAgAA2AhAgAEEPNgIMDA8LQQAhECAAQQA2AhwgACABNgIUIABBl5WAgAA2AhAgAEEPNgIMDA4LQQAhECAAQQA2AhwgACABNgIUIABBwJKAgAA2AhAgAEELNgIMDA0LQQAhECAAQQA2AhwgACABNgIUIABBlYmAgAA2AhAgAEELNgIMDAwLQQAhECAAQQA2AhwgACABNgIUIABB4Y+AgAA2AhAgAEEKNgIMDAsLQQAhECAAQQA2AhwgACABNgIUIABB+4+AgAA2AhAgAEEKNgIMDAoLQQAhECAAQQA2AhwgACABNgIUIABB8ZmAgAA2AhAgAEECNgIMDAkLQQAhECAAQQA2AhwgACABNgIUIABBxJSAgAA2AhAgAEECNgIMDAgLQQAhECAAQQA2AhwgACABNgIUIABB8pWAgAA2AhAgAEECNgIMDAcLIABBAjYCHCAAIAE2AhQgAEGcmoCAADYCECAAQRY2AgxBACEQDAYLQQEhEAwFC0HUACEQIAEiBCACRg0EIANBCGogACAEIAJB2MKAgABBChDFgICAACADKAIMIQQgAygCCA4DAQQCAAsQyoCAgAAACyAAQQA2AhwgAEG1moCAADYCECAAQRc2AgwgACAEQQFqNgIUQQAhEAwCCyAAQQA2AhwgACAENgIUIABBypqAgAA2AhAgAEEJNgIMQQAhEAwBCwJAIAEiBCACRw0AQSIhEAwBCyAAQYmAgIAANgIIIAAgBDYCBEEhIRALIANBEGokgICAgAAgEAuvAQECfyABKAIAIQYCQAJAIAIgA0YNACAEIAZqIQQgBiADaiACayEHIAIgBkF/cyAFaiIGaiEFA0ACQCACLQAAIAQtAABGDQBBAiEEDAMLAkAgBg0AQQAhBCAFIQIMAwsgBkF/aiEGIARBAWohBCACQQFqIgIgA0cNAAsgByEGIAMhAgsgAEEBNgIAIAEgBjYCACAAIAI2AgQPCyABQQA2AgAgACAENgIAIAAgAjYCBAsKACAAEMeAgIAAC/I2AQt/I4CAgIAAQRBrIgEkgICAgAACQEEAKAKg0ICAAA0AQQAQy4CAgABBgNSEgABrIgJB2QBJDQBBACEDAkBBACgC4NOAgAAiBA0AQQBCfzcC7NOAgABBAEKAgISAgIDAADcC5NOAgABBACABQQhqQXBxQdiq1aoFcyIENgLg04CAAEEAQQA2AvTTgIAAQQBBADYCxNOAgAALQQAgAjYCzNOAgABBAEGA1ISAADYCyNOAgABBAEGA1ISAADYCmNCAgABBACAENgKs0ICAAEEAQX82AqjQgIAAA0AgA0HE0ICAAGogA0G40ICAAGoiBDYCACAEIANBsNCAgABqIgU2AgAgA0G80ICAAGogBTYCACADQczQgIAAaiADQcDQgIAAaiIFNgIAIAUgBDYCACADQdTQgIAAaiADQcjQgIAAaiIENgIAIAQgBTYCACADQdDQgIAAaiAENgIAIANBIGoiA0GAAkcNAAtBgNSEgABBeEGA1ISAAGtBD3FBAEGA1ISAAEEIakEPcRsiA2oiBEEEaiACQUhqIgUgA2siA0EBcjYCAEEAQQAoAvDTgIAANgKk0ICAAEEAIAM2ApTQgIAAQQAgBDYCoNCAgABBgNSEgAAgBWpBODYCBAsCQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAEHsAUsNAAJAQQAoAojQgIAAIgZBECAAQRNqQXBxIABBC0kbIgJBA3YiBHYiA0EDcUUNAAJAAkAgA0EBcSAEckEBcyIFQQN0IgRBsNCAgABqIgMgBEG40ICAAGooAgAiBCgCCCICRw0AQQAgBkF+IAV3cTYCiNCAgAAMAQsgAyACNgIIIAIgAzYCDAsgBEEIaiEDIAQgBUEDdCIFQQNyNgIEIAQgBWoiBCAEKAIEQQFyNgIEDAwLIAJBACgCkNCAgAAiB00NAQJAIANFDQACQAJAIAMgBHRBAiAEdCIDQQAgA2tycSIDQQAgA2txQX9qIgMgA0EMdkEQcSIDdiIEQQV2QQhxIgUgA3IgBCAFdiIDQQJ2QQRxIgRyIAMgBHYiA0EBdkECcSIEciADIAR2IgNBAXZBAXEiBHIgAyAEdmoiBEEDdCIDQbDQgIAAaiIFIANBuNCAgABqKAIAIgMoAggiAEcNAEEAIAZBfiAEd3EiBjYCiNCAgAAMAQsgBSAANgIIIAAgBTYCDAsgAyACQQNyNgIEIAMgBEEDdCIEaiAEIAJrIgU2AgAgAyACaiIAIAVBAXI2AgQCQCAHRQ0AIAdBeHFBsNCAgABqIQJBACgCnNCAgAAhBAJAAkAgBkEBIAdBA3Z0IghxDQBBACAGIAhyNgKI0ICAACACIQgMAQsgAigCCCEICyAIIAQ2AgwgAiAENgIIIAQgAjYCDCAEIAg2AggLIANBCGohA0EAIAA2ApzQgIAAQQAgBTYCkNCAgAAMDAtBACgCjNCAgAAiCUUNASAJQQAgCWtxQX9qIgMgA0EMdkEQcSIDdiIEQQV2QQhxIgUgA3IgBCAFdiIDQQJ2QQRxIgRyIAMgBHYiA0EBdkECcSIEciADIAR2IgNBAXZBAXEiBHIgAyAEdmpBAnRBuNKAgABqKAIAIgAoAgRBeHEgAmshBCAAIQUCQANAAkAgBSgCECIDDQAgBUEUaigCACIDRQ0CCyADKAIEQXhxIAJrIgUgBCAFIARJIgUbIQQgAyAAIAUbIQAgAyEFDAALCyAAKAIYIQoCQCAAKAIMIgggAEYNACAAKAIIIgNBACgCmNCAgABJGiAIIAM2AgggAyAINgIMDAsLAkAgAEEUaiIFKAIAIgMNACAAKAIQIgNFDQMgAEEQaiEFCwNAIAUhCyADIghBFGoiBSgCACIDDQAgCEEQaiEFIAgoAhAiAw0ACyALQQA2AgAMCgtBfyECIABBv39LDQAgAEETaiIDQXBxIQJBACgCjNCAgAAiB0UNAEEAIQsCQCACQYACSQ0AQR8hCyACQf///wdLDQAgA0EIdiIDIANBgP4/akEQdkEIcSIDdCIEIARBgOAfakEQdkEEcSIEdCIFIAVBgIAPakEQdkECcSIFdEEPdiADIARyIAVyayIDQQF0IAIgA0EVanZBAXFyQRxqIQsLQQAgAmshBAJAAkACQAJAIAtBAnRBuNKAgABqKAIAIgUNAEEAIQNBACEIDAELQQAhAyACQQBBGSALQQF2ayALQR9GG3QhAEEAIQgDQAJAIAUoAgRBeHEgAmsiBiAETw0AIAYhBCAFIQggBg0AQQAhBCAFIQggBSEDDAMLIAMgBUEUaigCACIGIAYgBSAAQR12QQRxakEQaigCACIFRhsgAyAGGyEDIABBAXQhACAFDQALCwJAIAMgCHINAEEAIQhBAiALdCIDQQAgA2tyIAdxIgNFDQMgA0EAIANrcUF/aiIDIANBDHZBEHEiA3YiBUEFdkEIcSIAIANyIAUgAHYiA0ECdkEEcSIFciADIAV2IgNBAXZBAnEiBXIgAyAFdiIDQQF2QQFxIgVyIAMgBXZqQQJ0QbjSgIAAaigCACEDCyADRQ0BCwNAIAMoAgRBeHEgAmsiBiAESSEAAkAgAygCECIFDQAgA0EUaigCACEFCyAGIAQgABshBCADIAggABshCCAFIQMgBQ0ACwsgCEUNACAEQQAoApDQgIAAIAJrTw0AIAgoAhghCwJAIAgoAgwiACAIRg0AIAgoAggiA0EAKAKY0ICAAEkaIAAgAzYCCCADIAA2AgwMCQsCQCAIQRRqIgUoAgAiAw0AIAgoAhAiA0UNAyAIQRBqIQULA0AgBSEGIAMiAEEUaiIFKAIAIgMNACAAQRBqIQUgACgCECIDDQALIAZBADYCAAwICwJAQQAoApDQgIAAIgMgAkkNAEEAKAKc0ICAACEEAkACQCADIAJrIgVBEEkNACAEIAJqIgAgBUEBcjYCBEEAIAU2ApDQgIAAQQAgADYCnNCAgAAgBCADaiAFNgIAIAQgAkEDcjYCBAwBCyAEIANBA3I2AgQgBCADaiIDIAMoAgRBAXI2AgRBAEEANgKc0ICAAEEAQQA2ApDQgIAACyAEQQhqIQMMCgsCQEEAKAKU0ICAACIAIAJNDQBBACgCoNCAgAAiAyACaiIEIAAgAmsiBUEBcjYCBEEAIAU2ApTQgIAAQQAgBDYCoNCAgAAgAyACQQNyNgIEIANBCGohAwwKCwJAAkBBACgC4NOAgABFDQBBACgC6NOAgAAhBAwBC0EAQn83AuzTgIAAQQBCgICEgICAwAA3AuTTgIAAQQAgAUEMakFwcUHYqtWqBXM2AuDTgIAAQQBBADYC9NOAgABBAEEANgLE04CAAEGAgAQhBAtBACEDAkAgBCACQccAaiIHaiIGQQAgBGsiC3EiCCACSw0AQQBBMDYC+NOAgAAMCgsCQEEAKALA04CAACIDRQ0AAkBBACgCuNOAgAAiBCAIaiIFIARNDQAgBSADTQ0BC0EAIQNBAEEwNgL404CAAAwKC0EALQDE04CAAEEEcQ0EAkACQAJAQQAoAqDQgIAAIgRFDQBByNOAgAAhAwNAAkAgAygCACIFIARLDQAgBSADKAIEaiAESw0DCyADKAIIIgMNAAsLQQAQy4CAgAAiAEF/Rg0FIAghBgJAQQAoAuTTgIAAIgNBf2oiBCAAcUUNACAIIABrIAQgAGpBACADa3FqIQYLIAYgAk0NBSAGQf7///8HSw0FAkBBACgCwNOAgAAiA0UNAEEAKAK404CAACIEIAZqIgUgBE0NBiAFIANLDQYLIAYQy4CAgAAiAyAARw0BDAcLIAYgAGsgC3EiBkH+////B0sNBCAGEMuAgIAAIgAgAygCACADKAIEakYNAyAAIQMLAkAgA0F/Rg0AIAJByABqIAZNDQACQCAHIAZrQQAoAujTgIAAIgRqQQAgBGtxIgRB/v///wdNDQAgAyEADAcLAkAgBBDLgICAAEF/Rg0AIAQgBmohBiADIQAMBwtBACAGaxDLgICAABoMBAsgAyEAIANBf0cNBQwDC0EAIQgMBwtBACEADAULIABBf0cNAgtBAEEAKALE04CAAEEEcjYCxNOAgAALIAhB/v///wdLDQEgCBDLgICAACEAQQAQy4CAgAAhAyAAQX9GDQEgA0F/Rg0BIAAgA08NASADIABrIgYgAkE4ak0NAQtBAEEAKAK404CAACAGaiIDNgK404CAAAJAIANBACgCvNOAgABNDQBBACADNgK804CAAAsCQAJAAkACQEEAKAKg0ICAACIERQ0AQcjTgIAAIQMDQCAAIAMoAgAiBSADKAIEIghqRg0CIAMoAggiAw0ADAMLCwJAAkBBACgCmNCAgAAiA0UNACAAIANPDQELQQAgADYCmNCAgAALQQAhA0EAIAY2AszTgIAAQQAgADYCyNOAgABBAEF/NgKo0ICAAEEAQQAoAuDTgIAANgKs0ICAAEEAQQA2AtTTgIAAA0AgA0HE0ICAAGogA0G40ICAAGoiBDYCACAEIANBsNCAgABqIgU2AgAgA0G80ICAAGogBTYCACADQczQgIAAaiADQcDQgIAAaiIFNgIAIAUgBDYCACADQdTQgIAAaiADQcjQgIAAaiIENgIAIAQgBTYCACADQdDQgIAAaiAENgIAIANBIGoiA0GAAkcNAAsgAEF4IABrQQ9xQQAgAEEIakEPcRsiA2oiBCAGQUhqIgUgA2siA0EBcjYCBEEAQQAoAvDTgIAANgKk0ICAAEEAIAM2ApTQgIAAQQAgBDYCoNCAgAAgACAFakE4NgIEDAILIAMtAAxBCHENACAEIAVJDQAgBCAATw0AIARBeCAEa0EPcUEAIARBCGpBD3EbIgVqIgBBACgClNCAgAAgBmoiCyAFayIFQQFyNgIEIAMgCCAGajYCBEEAQQAoAvDTgIAANgKk0ICAAEEAIAU2ApTQgIAAQQAgADYCoNCAgAAgBCALakE4NgIEDAELAkAgAEEAKAKY0ICAACIITw0AQQAgADYCmNCAgAAgACEICyAAIAZqIQVByNOAgAAhAwJAAkACQAJAAkACQAJAA0AgAygCACAFRg0BIAMoAggiAw0ADAILCyADLQAMQQhxRQ0BC0HI04CAACEDA0ACQCADKAIAIgUgBEsNACAFIAMoAgRqIgUgBEsNAwsgAygCCCEDDAALCyADIAA2AgAgAyADKAIEIAZqNgIEIABBeCAAa0EPcUEAIABBCGpBD3EbaiILIAJBA3I2AgQgBUF4IAVrQQ9xQQAgBUEIakEPcRtqIgYgCyACaiICayEDAkAgBiAERw0AQQAgAjYCoNCAgABBAEEAKAKU0ICAACADaiIDNgKU0ICAACACIANBAXI2AgQMAwsCQCAGQQAoApzQgIAARw0AQQAgAjYCnNCAgABBAEEAKAKQ0ICAACADaiIDNgKQ0ICAACACIANBAXI2AgQgAiADaiADNgIADAMLAkAgBigCBCIEQQNxQQFHDQAgBEF4cSEHAkACQCAEQf8BSw0AIAYoAggiBSAEQQN2IghBA3RBsNCAgABqIgBGGgJAIAYoAgwiBCAFRw0AQQBBACgCiNCAgABBfiAId3E2AojQgIAADAILIAQgAEYaIAQgBTYCCCAFIAQ2AgwMAQsgBigCGCEJAkACQCAGKAIMIgAgBkYNACAGKAIIIgQgCEkaIAAgBDYCCCAEIAA2AgwMAQsCQCAGQRRqIgQoAgAiBQ0AIAZBEGoiBCgCACIFDQBBACEADAELA0AgBCEIIAUiAEEUaiIEKAIAIgUNACAAQRBqIQQgACgCECIFDQALIAhBADYCAAsgCUUNAAJAAkAgBiAGKAIcIgVBAnRBuNKAgABqIgQoAgBHDQAgBCAANgIAIAANAUEAQQAoAozQgIAAQX4gBXdxNgKM0ICAAAwCCyAJQRBBFCAJKAIQIAZGG2ogADYCACAARQ0BCyAAIAk2AhgCQCAGKAIQIgRFDQAgACAENgIQIAQgADYCGAsgBigCFCIERQ0AIABBFGogBDYCACAEIAA2AhgLIAcgA2ohAyAGIAdqIgYoAgQhBAsgBiAEQX5xNgIEIAIgA2ogAzYCACACIANBAXI2AgQCQCADQf8BSw0AIANBeHFBsNCAgABqIQQCQAJAQQAoAojQgIAAIgVBASADQQN2dCIDcQ0AQQAgBSADcjYCiNCAgAAgBCEDDAELIAQoAgghAwsgAyACNgIMIAQgAjYCCCACIAQ2AgwgAiADNgIIDAMLQR8hBAJAIANB////B0sNACADQQh2IgQgBEGA/j9qQRB2QQhxIgR0IgUgBUGA4B9qQRB2QQRxIgV0IgAgAEGAgA9qQRB2QQJxIgB0QQ92IAQgBXIgAHJrIgRBAXQgAyAEQRVqdkEBcXJBHGohBAsgAiAENgIcIAJCADcCECAEQQJ0QbjSgIAAaiEFAkBBACgCjNCAgAAiAEEBIAR0IghxDQAgBSACNgIAQQAgACAIcjYCjNCAgAAgAiAFNgIYIAIgAjYCCCACIAI2AgwMAwsgA0EAQRkgBEEBdmsgBEEfRht0IQQgBSgCACEAA0AgACIFKAIEQXhxIANGDQIgBEEddiEAIARBAXQhBCAFIABBBHFqQRBqIggoAgAiAA0ACyAIIAI2AgAgAiAFNgIYIAIgAjYCDCACIAI2AggMAgsgAEF4IABrQQ9xQQAgAEEIakEPcRsiA2oiCyAGQUhqIgggA2siA0EBcjYCBCAAIAhqQTg2AgQgBCAFQTcgBWtBD3FBACAFQUlqQQ9xG2pBQWoiCCAIIARBEGpJGyIIQSM2AgRBAEEAKALw04CAADYCpNCAgABBACADNgKU0ICAAEEAIAs2AqDQgIAAIAhBEGpBACkC0NOAgAA3AgAgCEEAKQLI04CAADcCCEEAIAhBCGo2AtDTgIAAQQAgBjYCzNOAgABBACAANgLI04CAAEEAQQA2AtTTgIAAIAhBJGohAwNAIANBBzYCACADQQRqIgMgBUkNAAsgCCAERg0DIAggCCgCBEF+cTYCBCAIIAggBGsiADYCACAEIABBAXI2AgQCQCAAQf8BSw0AIABBeHFBsNCAgABqIQMCQAJAQQAoAojQgIAAIgVBASAAQQN2dCIAcQ0AQQAgBSAAcjYCiNCAgAAgAyEFDAELIAMoAgghBQsgBSAENgIMIAMgBDYCCCAEIAM2AgwgBCAFNgIIDAQLQR8hAwJAIABB////B0sNACAAQQh2IgMgA0GA/j9qQRB2QQhxIgN0IgUgBUGA4B9qQRB2QQRxIgV0IgggCEGAgA9qQRB2QQJxIgh0QQ92IAMgBXIgCHJrIgNBAXQgACADQRVqdkEBcXJBHGohAwsgBCADNgIcIARCADcCECADQQJ0QbjSgIAAaiEFAkBBACgCjNCAgAAiCEEBIAN0IgZxDQAgBSAENgIAQQAgCCAGcjYCjNCAgAAgBCAFNgIYIAQgBDYCCCAEIAQ2AgwMBAsgAEEAQRkgA0EBdmsgA0EfRht0IQMgBSgCACEIA0AgCCIFKAIEQXhxIABGDQMgA0EddiEIIANBAXQhAyAFIAhBBHFqQRBqIgYoAgAiCA0ACyAGIAQ2AgAgBCAFNgIYIAQgBDYCDCAEIAQ2AggMAwsgBSgCCCIDIAI2AgwgBSACNgIIIAJBADYCGCACIAU2AgwgAiADNgIICyALQQhqIQMMBQsgBSgCCCIDIAQ2AgwgBSAENgIIIARBADYCGCAEIAU2AgwgBCADNgIIC0EAKAKU0ICAACIDIAJNDQBBACgCoNCAgAAiBCACaiIFIAMgAmsiA0EBcjYCBEEAIAM2ApTQgIAAQQAgBTYCoNCAgAAgBCACQQNyNgIEIARBCGohAwwDC0EAIQNBAEEwNgL404CAAAwCCwJAIAtFDQACQAJAIAggCCgCHCIFQQJ0QbjSgIAAaiIDKAIARw0AIAMgADYCACAADQFBACAHQX4gBXdxIgc2AozQgIAADAILIAtBEEEUIAsoAhAgCEYbaiAANgIAIABFDQELIAAgCzYCGAJAIAgoAhAiA0UNACAAIAM2AhAgAyAANgIYCyAIQRRqKAIAIgNFDQAgAEEUaiADNgIAIAMgADYCGAsCQAJAIARBD0sNACAIIAQgAmoiA0EDcjYCBCAIIANqIgMgAygCBEEBcjYCBAwBCyAIIAJqIgAgBEEBcjYCBCAIIAJBA3I2AgQgACAEaiAENgIAAkAgBEH/AUsNACAEQXhxQbDQgIAAaiEDAkACQEEAKAKI0ICAACIFQQEgBEEDdnQiBHENAEEAIAUgBHI2AojQgIAAIAMhBAwBCyADKAIIIQQLIAQgADYCDCADIAA2AgggACADNgIMIAAgBDYCCAwBC0EfIQMCQCAEQf///wdLDQAgBEEIdiIDIANBgP4/akEQdkEIcSIDdCIFIAVBgOAfakEQdkEEcSIFdCICIAJBgIAPakEQdkECcSICdEEPdiADIAVyIAJyayIDQQF0IAQgA0EVanZBAXFyQRxqIQMLIAAgAzYCHCAAQgA3AhAgA0ECdEG40oCAAGohBQJAIAdBASADdCICcQ0AIAUgADYCAEEAIAcgAnI2AozQgIAAIAAgBTYCGCAAIAA2AgggACAANgIMDAELIARBAEEZIANBAXZrIANBH0YbdCEDIAUoAgAhAgJAA0AgAiIFKAIEQXhxIARGDQEgA0EddiECIANBAXQhAyAFIAJBBHFqQRBqIgYoAgAiAg0ACyAGIAA2AgAgACAFNgIYIAAgADYCDCAAIAA2AggMAQsgBSgCCCIDIAA2AgwgBSAANgIIIABBADYCGCAAIAU2AgwgACADNgIICyAIQQhqIQMMAQsCQCAKRQ0AAkACQCAAIAAoAhwiBUECdEG40oCAAGoiAygCAEcNACADIAg2AgAgCA0BQQAgCUF+IAV3cTYCjNCAgAAMAgsgCkEQQRQgCigCECAARhtqIAg2AgAgCEUNAQsgCCAKNgIYAkAgACgCECIDRQ0AIAggAzYCECADIAg2AhgLIABBFGooAgAiA0UNACAIQRRqIAM2AgAgAyAINgIYCwJAAkAgBEEPSw0AIAAgBCACaiIDQQNyNgIEIAAgA2oiAyADKAIEQQFyNgIEDAELIAAgAmoiBSAEQQFyNgIEIAAgAkEDcjYCBCAFIARqIAQ2AgACQCAHRQ0AIAdBeHFBsNCAgABqIQJBACgCnNCAgAAhAwJAAkBBASAHQQN2dCIIIAZxDQBBACAIIAZyNgKI0ICAACACIQgMAQsgAigCCCEICyAIIAM2AgwgAiADNgIIIAMgAjYCDCADIAg2AggLQQAgBTYCnNCAgABBACAENgKQ0ICAAAsgAEEIaiEDCyABQRBqJICAgIAAIAMLCgAgABDJgICAAAviDQEHfwJAIABFDQAgAEF4aiIBIABBfGooAgAiAkF4cSIAaiEDAkAgAkEBcQ0AIAJBA3FFDQEgASABKAIAIgJrIgFBACgCmNCAgAAiBEkNASACIABqIQACQCABQQAoApzQgIAARg0AAkAgAkH/AUsNACABKAIIIgQgAkEDdiIFQQN0QbDQgIAAaiIGRhoCQCABKAIMIgIgBEcNAEEAQQAoAojQgIAAQX4gBXdxNgKI0ICAAAwDCyACIAZGGiACIAQ2AgggBCACNgIMDAILIAEoAhghBwJAAkAgASgCDCIGIAFGDQAgASgCCCICIARJGiAGIAI2AgggAiAGNgIMDAELAkAgAUEUaiICKAIAIgQNACABQRBqIgIoAgAiBA0AQQAhBgwBCwNAIAIhBSAEIgZBFGoiAigCACIEDQAgBkEQaiECIAYoAhAiBA0ACyAFQQA2AgALIAdFDQECQAJAIAEgASgCHCIEQQJ0QbjSgIAAaiICKAIARw0AIAIgBjYCACAGDQFBAEEAKAKM0ICAAEF+IAR3cTYCjNCAgAAMAwsgB0EQQRQgBygCECABRhtqIAY2AgAgBkUNAgsgBiAHNgIYAkAgASgCECICRQ0AIAYgAjYCECACIAY2AhgLIAEoAhQiAkUNASAGQRRqIAI2AgAgAiAGNgIYDAELIAMoAgQiAkEDcUEDRw0AIAMgAkF+cTYCBEEAIAA2ApDQgIAAIAEgAGogADYCACABIABBAXI2AgQPCyABIANPDQAgAygCBCICQQFxRQ0AAkACQCACQQJxDQACQCADQQAoAqDQgIAARw0AQQAgATYCoNCAgABBAEEAKAKU0ICAACAAaiIANgKU0ICAACABIABBAXI2AgQgAUEAKAKc0ICAAEcNA0EAQQA2ApDQgIAAQQBBADYCnNCAgAAPCwJAIANBACgCnNCAgABHDQBBACABNgKc0ICAAEEAQQAoApDQgIAAIABqIgA2ApDQgIAAIAEgAEEBcjYCBCABIABqIAA2AgAPCyACQXhxIABqIQACQAJAIAJB/wFLDQAgAygCCCIEIAJBA3YiBUEDdEGw0ICAAGoiBkYaAkAgAygCDCICIARHDQBBAEEAKAKI0ICAAEF+IAV3cTYCiNCAgAAMAgsgAiAGRhogAiAENgIIIAQgAjYCDAwBCyADKAIYIQcCQAJAIAMoAgwiBiADRg0AIAMoAggiAkEAKAKY0ICAAEkaIAYgAjYCCCACIAY2AgwMAQsCQCADQRRqIgIoAgAiBA0AIANBEGoiAigCACIEDQBBACEGDAELA0AgAiEFIAQiBkEUaiICKAIAIgQNACAGQRBqIQIgBigCECIEDQALIAVBADYCAAsgB0UNAAJAAkAgAyADKAIcIgRBAnRBuNKAgABqIgIoAgBHDQAgAiAGNgIAIAYNAUEAQQAoAozQgIAAQX4gBHdxNgKM0ICAAAwCCyAHQRBBFCAHKAIQIANGG2ogBjYCACAGRQ0BCyAGIAc2AhgCQCADKAIQIgJFDQAgBiACNgIQIAIgBjYCGAsgAygCFCICRQ0AIAZBFGogAjYCACACIAY2AhgLIAEgAGogADYCACABIABBAXI2AgQgAUEAKAKc0ICAAEcNAUEAIAA2ApDQgIAADwsgAyACQX5xNgIEIAEgAGogADYCACABIABBAXI2AgQLAkAgAEH/AUsNACAAQXhxQbDQgIAAaiECAkACQEEAKAKI0ICAACIEQQEgAEEDdnQiAHENAEEAIAQgAHI2AojQgIAAIAIhAAwBCyACKAIIIQALIAAgATYCDCACIAE2AgggASACNgIMIAEgADYCCA8LQR8hAgJAIABB////B0sNACAAQQh2IgIgAkGA/j9qQRB2QQhxIgJ0IgQgBEGA4B9qQRB2QQRxIgR0IgYgBkGAgA9qQRB2QQJxIgZ0QQ92IAIgBHIgBnJrIgJBAXQgACACQRVqdkEBcXJBHGohAgsgASACNgIcIAFCADcCECACQQJ0QbjSgIAAaiEEAkACQEEAKAKM0ICAACIGQQEgAnQiA3ENACAEIAE2AgBBACAGIANyNgKM0ICAACABIAQ2AhggASABNgIIIAEgATYCDAwBCyAAQQBBGSACQQF2ayACQR9GG3QhAiAEKAIAIQYCQANAIAYiBCgCBEF4cSAARg0BIAJBHXYhBiACQQF0IQIgBCAGQQRxakEQaiIDKAIAIgYNAAsgAyABNgIAIAEgBDYCGCABIAE2AgwgASABNgIIDAELIAQoAggiACABNgIMIAQgATYCCCABQQA2AhggASAENgIMIAEgADYCCAtBAEEAKAKo0ICAAEF/aiIBQX8gARs2AqjQgIAACwsEAAAAC04AAkAgAA0APwBBEHQPCwJAIABB//8DcQ0AIABBf0wNAAJAIABBEHZAACIAQX9HDQBBAEEwNgL404CAAEF/DwsgAEEQdA8LEMqAgIAAAAvyAgIDfwF+AkAgAkUNACAAIAE6AAAgAiAAaiIDQX9qIAE6AAAgAkEDSQ0AIAAgAToAAiAAIAE6AAEgA0F9aiABOgAAIANBfmogAToAACACQQdJDQAgACABOgADIANBfGogAToAACACQQlJDQAgAEEAIABrQQNxIgRqIgMgAUH/AXFBgYKECGwiATYCACADIAIgBGtBfHEiBGoiAkF8aiABNgIAIARBCUkNACADIAE2AgggAyABNgIEIAJBeGogATYCACACQXRqIAE2AgAgBEEZSQ0AIAMgATYCGCADIAE2AhQgAyABNgIQIAMgATYCDCACQXBqIAE2AgAgAkFsaiABNgIAIAJBaGogATYCACACQWRqIAE2AgAgBCADQQRxQRhyIgVrIgJBIEkNACABrUKBgICAEH4hBiADIAVqIQEDQCABIAY3AxggASAGNwMQIAEgBjcDCCABIAY3AwAgAUEgaiEBIAJBYGoiAkEfSw0ACwsgAAsLjkgBAEGACAuGSAEAAAACAAAAAwAAAAAAAAAAAAAABAAAAAUAAAAAAAAAAAAAAAYAAAAHAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASW52YWxpZCBjaGFyIGluIHVybCBxdWVyeQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2JvZHkAQ29udGVudC1MZW5ndGggb3ZlcmZsb3cAQ2h1bmsgc2l6ZSBvdmVyZmxvdwBSZXNwb25zZSBvdmVyZmxvdwBJbnZhbGlkIG1ldGhvZCBmb3IgSFRUUC94LnggcmVxdWVzdABJbnZhbGlkIG1ldGhvZCBmb3IgUlRTUC94LnggcmVxdWVzdABFeHBlY3RlZCBTT1VSQ0UgbWV0aG9kIGZvciBJQ0UveC54IHJlcXVlc3QASW52YWxpZCBjaGFyIGluIHVybCBmcmFnbWVudCBzdGFydABFeHBlY3RlZCBkb3QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9zdGF0dXMASW52YWxpZCByZXNwb25zZSBzdGF0dXMASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucwBVc2VyIGNhbGxiYWNrIGVycm9yAGBvbl9yZXNldGAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2hlYWRlcmAgY2FsbGJhY2sgZXJyb3IAYG9uX21lc3NhZ2VfYmVnaW5gIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19leHRlbnNpb25fdmFsdWVgIGNhbGxiYWNrIGVycm9yAGBvbl9zdGF0dXNfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl92ZXJzaW9uX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdXJsX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAEVtcHR5IENvbnRlbnQtTGVuZ3RoAEludmFsaWQgY2hhcmFjdGVyIGluIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBNaXNzaW5nIGV4cGVjdGVkIExGIGFmdGVyIGhlYWRlciB2YWx1ZQBJbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AgaGVhZGVyIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGUgdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZWQgdmFsdWUAUGF1c2VkIGJ5IG9uX2hlYWRlcnNfY29tcGxldGUASW52YWxpZCBFT0Ygc3RhdGUAb25fcmVzZXQgcGF1c2UAb25fY2h1bmtfaGVhZGVyIHBhdXNlAG9uX21lc3NhZ2VfYmVnaW4gcGF1c2UAb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlIHBhdXNlAG9uX3N0YXR1c19jb21wbGV0ZSBwYXVzZQBvbl92ZXJzaW9uX2NvbXBsZXRlIHBhdXNlAG9uX3VybF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19jb21wbGV0ZSBwYXVzZQBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGUgcGF1c2UAb25fbWVzc2FnZV9jb21wbGV0ZSBwYXVzZQBvbl9tZXRob2RfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lIHBhdXNlAFVuZXhwZWN0ZWQgc3BhY2UgYWZ0ZXIgc3RhcnQgbGluZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgbmFtZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AAU1dJVENIX1BST1hZAFVTRV9QUk9YWQBNS0FDVElWSVRZAFVOUFJPQ0VTU0FCTEVfRU5USVRZAENPUFkATU9WRURfUEVSTUFORU5UTFkAVE9PX0VBUkxZAE5PVElGWQBGQUlMRURfREVQRU5ERU5DWQBCQURfR0FURVdBWQBQTEFZAFBVVABDSEVDS09VVABHQVRFV0FZX1RJTUVPVVQAUkVRVUVTVF9USU1FT1VUAE5FVFdPUktfQ09OTkVDVF9USU1FT1VUAENPTk5FQ1RJT05fVElNRU9VVABMT0dJTl9USU1FT1VUAE5FVFdPUktfUkVBRF9USU1FT1VUAFBPU1QATUlTRElSRUNURURfUkVRVUVTVABDTElFTlRfQ0xPU0VEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9MT0FEX0JBTEFOQ0VEX1JFUVVFU1QAQkFEX1JFUVVFU1QASFRUUF9SRVFVRVNUX1NFTlRfVE9fSFRUUFNfUE9SVABSRVBPUlQASU1fQV9URUFQT1QAUkVTRVRfQ09OVEVOVABOT19DT05URU5UAFBBUlRJQUxfQ09OVEVOVABIUEVfSU5WQUxJRF9DT05TVEFOVABIUEVfQ0JfUkVTRVQAR0VUAEhQRV9TVFJJQ1QAQ09ORkxJQ1QAVEVNUE9SQVJZX1JFRElSRUNUAFBFUk1BTkVOVF9SRURJUkVDVABDT05ORUNUAE1VTFRJX1NUQVRVUwBIUEVfSU5WQUxJRF9TVEFUVVMAVE9PX01BTllfUkVRVUVTVFMARUFSTFlfSElOVFMAVU5BVkFJTEFCTEVfRk9SX0xFR0FMX1JFQVNPTlMAT1BUSU9OUwBTV0lUQ0hJTkdfUFJPVE9DT0xTAFZBUklBTlRfQUxTT19ORUdPVElBVEVTAE1VTFRJUExFX0NIT0lDRVMASU5URVJOQUxfU0VSVkVSX0VSUk9SAFdFQl9TRVJWRVJfVU5LTk9XTl9FUlJPUgBSQUlMR1VOX0VSUk9SAElERU5USVRZX1BST1ZJREVSX0FVVEhFTlRJQ0FUSU9OX0VSUk9SAFNTTF9DRVJUSUZJQ0FURV9FUlJPUgBJTlZBTElEX1hfRk9SV0FSREVEX0ZPUgBTRVRfUEFSQU1FVEVSAEdFVF9QQVJBTUVURVIASFBFX1VTRVIAU0VFX09USEVSAEhQRV9DQl9DSFVOS19IRUFERVIATUtDQUxFTkRBUgBTRVRVUABXRUJfU0VSVkVSX0lTX0RPV04AVEVBUkRPV04ASFBFX0NMT1NFRF9DT05ORUNUSU9OAEhFVVJJU1RJQ19FWFBJUkFUSU9OAERJU0NPTk5FQ1RFRF9PUEVSQVRJT04ATk9OX0FVVEhPUklUQVRJVkVfSU5GT1JNQVRJT04ASFBFX0lOVkFMSURfVkVSU0lPTgBIUEVfQ0JfTUVTU0FHRV9CRUdJTgBTSVRFX0lTX0ZST1pFTgBIUEVfSU5WQUxJRF9IRUFERVJfVE9LRU4ASU5WQUxJRF9UT0tFTgBGT1JCSURERU4ARU5IQU5DRV9ZT1VSX0NBTE0ASFBFX0lOVkFMSURfVVJMAEJMT0NLRURfQllfUEFSRU5UQUxfQ09OVFJPTABNS0NPTABBQ0wASFBFX0lOVEVSTkFMAFJFUVVFU1RfSEVBREVSX0ZJRUxEU19UT09fTEFSR0VfVU5PRkZJQ0lBTABIUEVfT0sAVU5MSU5LAFVOTE9DSwBQUkkAUkVUUllfV0lUSABIUEVfSU5WQUxJRF9DT05URU5UX0xFTkdUSABIUEVfVU5FWFBFQ1RFRF9DT05URU5UX0xFTkdUSABGTFVTSABQUk9QUEFUQ0gATS1TRUFSQ0gAVVJJX1RPT19MT05HAFBST0NFU1NJTkcATUlTQ0VMTEFORU9VU19QRVJTSVNURU5UX1dBUk5JTkcATUlTQ0VMTEFORU9VU19XQVJOSU5HAEhQRV9JTlZBTElEX1RSQU5TRkVSX0VOQ09ESU5HAEV4cGVjdGVkIENSTEYASFBFX0lOVkFMSURfQ0hVTktfU0laRQBNT1ZFAENPTlRJTlVFAEhQRV9DQl9TVEFUVVNfQ09NUExFVEUASFBFX0NCX0hFQURFUlNfQ09NUExFVEUASFBFX0NCX1ZFUlNJT05fQ09NUExFVEUASFBFX0NCX1VSTF9DT01QTEVURQBIUEVfQ0JfQ0hVTktfQ09NUExFVEUASFBFX0NCX0hFQURFUl9WQUxVRV9DT01QTEVURQBIUEVfQ0JfQ0hVTktfRVhURU5TSU9OX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fTkFNRV9DT01QTEVURQBIUEVfQ0JfTUVTU0FHRV9DT01QTEVURQBIUEVfQ0JfTUVUSE9EX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJfRklFTERfQ09NUExFVEUAREVMRVRFAEhQRV9JTlZBTElEX0VPRl9TVEFURQBJTlZBTElEX1NTTF9DRVJUSUZJQ0FURQBQQVVTRQBOT19SRVNQT05TRQBVTlNVUFBPUlRFRF9NRURJQV9UWVBFAEdPTkUATk9UX0FDQ0VQVEFCTEUAU0VSVklDRV9VTkFWQUlMQUJMRQBSQU5HRV9OT1RfU0FUSVNGSUFCTEUAT1JJR0lOX0lTX1VOUkVBQ0hBQkxFAFJFU1BPTlNFX0lTX1NUQUxFAFBVUkdFAE1FUkdFAFJFUVVFU1RfSEVBREVSX0ZJRUxEU19UT09fTEFSR0UAUkVRVUVTVF9IRUFERVJfVE9PX0xBUkdFAFBBWUxPQURfVE9PX0xBUkdFAElOU1VGRklDSUVOVF9TVE9SQUdFAEhQRV9QQVVTRURfVVBHUkFERQBIUEVfUEFVU0VEX0gyX1VQR1JBREUAU09VUkNFAEFOTk9VTkNFAFRSQUNFAEhQRV9VTkVYUEVDVEVEX1NQQUNFAERFU0NSSUJFAFVOU1VCU0NSSUJFAFJFQ09SRABIUEVfSU5WQUxJRF9NRVRIT0QATk9UX0ZPVU5EAFBST1BGSU5EAFVOQklORABSRUJJTkQAVU5BVVRIT1JJWkVEAE1FVEhPRF9OT1RfQUxMT1dFRABIVFRQX1ZFUlNJT05fTk9UX1NVUFBPUlRFRABBTFJFQURZX1JFUE9SVEVEAEFDQ0VQVEVEAE5PVF9JTVBMRU1FTlRFRABMT09QX0RFVEVDVEVEAEhQRV9DUl9FWFBFQ1RFRABIUEVfTEZfRVhQRUNURUQAQ1JFQVRFRABJTV9VU0VEAEhQRV9QQVVTRUQAVElNRU9VVF9PQ0NVUkVEAFBBWU1FTlRfUkVRVUlSRUQAUFJFQ09ORElUSU9OX1JFUVVJUkVEAFBST1hZX0FVVEhFTlRJQ0FUSU9OX1JFUVVJUkVEAE5FVFdPUktfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATEVOR1RIX1JFUVVJUkVEAFNTTF9DRVJUSUZJQ0FURV9SRVFVSVJFRABVUEdSQURFX1JFUVVJUkVEAFBBR0VfRVhQSVJFRABQUkVDT05ESVRJT05fRkFJTEVEAEVYUEVDVEFUSU9OX0ZBSUxFRABSRVZBTElEQVRJT05fRkFJTEVEAFNTTF9IQU5EU0hBS0VfRkFJTEVEAExPQ0tFRABUUkFOU0ZPUk1BVElPTl9BUFBMSUVEAE5PVF9NT0RJRklFRABOT1RfRVhURU5ERUQAQkFORFdJRFRIX0xJTUlUX0VYQ0VFREVEAFNJVEVfSVNfT1ZFUkxPQURFRABIRUFEAEV4cGVjdGVkIEhUVFAvAABeEwAAJhMAADAQAADwFwAAnRMAABUSAAA5FwAA8BIAAAoQAAB1EgAArRIAAIITAABPFAAAfxAAAKAVAAAjFAAAiRIAAIsUAABNFQAA1BEAAM8UAAAQGAAAyRYAANwWAADBEQAA4BcAALsUAAB0FAAAfBUAAOUUAAAIFwAAHxAAAGUVAACjFAAAKBUAAAIVAACZFQAALBAAAIsZAABPDwAA1A4AAGoQAADOEAAAAhcAAIkOAABuEwAAHBMAAGYUAABWFwAAwRMAAM0TAABsEwAAaBcAAGYXAABfFwAAIhMAAM4PAABpDgAA2A4AAGMWAADLEwAAqg4AACgXAAAmFwAAxRMAAF0WAADoEQAAZxMAAGUTAADyFgAAcxMAAB0XAAD5FgAA8xEAAM8OAADOFQAADBIAALMRAAClEQAAYRAAADIXAAC7EwAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBAgEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgMCAgICAgAAAgIAAgIAAgICAgICAgICAgAEAAAAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAgICAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgICAgIAAAICAAICAAICAgICAgICAgIAAwAEAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgIAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgICAgACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsb3NlZWVwLWFsaXZlAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQEBAQEBAQEBAQEBAgEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQFjaHVua2VkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGVjdGlvbmVudC1sZW5ndGhvbnJveHktY29ubmVjdGlvbgAAAAAAAAAAAAAAAAAAAHJhbnNmZXItZW5jb2RpbmdwZ3JhZGUNCg0KDQpTTQ0KDQpUVFAvQ0UvVFNQLwAAAAAAAAAAAAAAAAECAAEDAAAAAAAAAAAAAAAAAAAAAAAABAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAAAAAAAAAAABAgABAwAAAAAAAAAAAAAAAAAAAAAAAAQBAQUBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAQEBAQEBAQEBAQEBQQEBAQEBAQEBAQEBAAEAAYHBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQABAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE5PVU5DRUVDS09VVE5FQ1RFVEVDUklCRUxVU0hFVEVBRFNFQVJDSFJHRUNUSVZJVFlMRU5EQVJWRU9USUZZUFRJT05TQ0hTRUFZU1RBVENIR0VPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFSFRUUC9BRFRQLw==';
  },
  172: (__unused_webpack_module, exports) => {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.enumToMap = void 0;
    function enumToMap(obj) {
      const res = {};
      Object.keys(obj).forEach(key => {
        const value = obj[key];
        if (typeof value === 'number') res[key] = value;
      });
      return res;
    }
    exports.enumToMap = enumToMap;
  },
  7501: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {kClients: kClients} = __webpack_require__(6443);
    const Agent = __webpack_require__(2346);
    const {kAgent: kAgent, kMockAgentSet: kMockAgentSet, kMockAgentGet: kMockAgentGet, kDispatches: kDispatches, kIsMockActive: kIsMockActive, kNetConnect: kNetConnect, kGetNetConnect: kGetNetConnect, kOptions: kOptions, kFactory: kFactory} = __webpack_require__(1117);
    const MockClient = __webpack_require__(7365);
    const MockPool = __webpack_require__(4004);
    const {matchValue: matchValue, buildMockOptions: buildMockOptions} = __webpack_require__(3397);
    const {InvalidArgumentError: InvalidArgumentError, UndiciError: UndiciError} = __webpack_require__(8707);
    const Dispatcher = __webpack_require__(992);
    const Pluralizer = __webpack_require__(1529);
    const PendingInterceptorsFormatter = __webpack_require__(6142);
    class FakeWeakRef {
      constructor(value) {
        this.value = value;
      }
      deref() {
        return this.value;
      }
    }
    class MockAgent extends Dispatcher {
      constructor(opts) {
        super(opts);
        this[kNetConnect] = true;
        this[kIsMockActive] = true;
        if (opts && opts.agent && typeof opts.agent.dispatch !== 'function') throw new InvalidArgumentError('Argument opts.agent must implement Agent');
        const agent = opts && opts.agent ? opts.agent : new Agent(opts);
        this[kAgent] = agent;
        this[kClients] = agent[kClients];
        this[kOptions] = buildMockOptions(opts);
      }
      get(origin) {
        let dispatcher = this[kMockAgentGet](origin);
        if (!dispatcher) {
          dispatcher = this[kFactory](origin);
          this[kMockAgentSet](origin, dispatcher);
        }
        return dispatcher;
      }
      dispatch(opts, handler) {
        this.get(opts.origin);
        return this[kAgent].dispatch(opts, handler);
      }
      async close() {
        await this[kAgent].close();
        this[kClients].clear();
      }
      deactivate() {
        this[kIsMockActive] = false;
      }
      activate() {
        this[kIsMockActive] = true;
      }
      enableNetConnect(matcher) {
        if (typeof matcher === 'string' || typeof matcher === 'function' || matcher instanceof RegExp) if (Array.isArray(this[kNetConnect])) this[kNetConnect].push(matcher); else this[kNetConnect] = [ matcher ]; else if (typeof matcher === 'undefined') this[kNetConnect] = true; else throw new InvalidArgumentError('Unsupported matcher. Must be one of String|Function|RegExp.');
      }
      disableNetConnect() {
        this[kNetConnect] = false;
      }
      get isMockActive() {
        return this[kIsMockActive];
      }
      [kMockAgentSet](origin, dispatcher) {
        this[kClients].set(origin, new FakeWeakRef(dispatcher));
      }
      [kFactory](origin) {
        const mockOptions = Object.assign({
          agent: this
        }, this[kOptions]);
        return this[kOptions] && this[kOptions].connections === 1 ? new MockClient(origin, mockOptions) : new MockPool(origin, mockOptions);
      }
      [kMockAgentGet](origin) {
        const ref = this[kClients].get(origin);
        if (ref) return ref.deref();
        if (typeof origin !== 'string') {
          const dispatcher = this[kFactory]('http://localhost:9999');
          this[kMockAgentSet](origin, dispatcher);
          return dispatcher;
        }
        for (const [keyMatcher, nonExplicitRef] of Array.from(this[kClients])) {
          const nonExplicitDispatcher = nonExplicitRef.deref();
          if (nonExplicitDispatcher && typeof keyMatcher !== 'string' && matchValue(keyMatcher, origin)) {
            const dispatcher = this[kFactory](origin);
            this[kMockAgentSet](origin, dispatcher);
            dispatcher[kDispatches] = nonExplicitDispatcher[kDispatches];
            return dispatcher;
          }
        }
      }
      [kGetNetConnect]() {
        return this[kNetConnect];
      }
      pendingInterceptors() {
        const mockAgentClients = this[kClients];
        return Array.from(mockAgentClients.entries()).flatMap(([origin, scope]) => scope.deref()[kDispatches].map(dispatch => ({
          ...dispatch,
          origin: origin
        }))).filter(({pending: pending}) => pending);
      }
      assertNoPendingInterceptors({pendingInterceptorsFormatter: pendingInterceptorsFormatter = new PendingInterceptorsFormatter} = {}) {
        const pending = this.pendingInterceptors();
        if (pending.length === 0) return;
        const pluralizer = new Pluralizer('interceptor', 'interceptors').pluralize(pending.length);
        throw new UndiciError(`\n${pluralizer.count} ${pluralizer.noun} ${pluralizer.is} pending:\n\n${pendingInterceptorsFormatter.format(pending)}\n`.trim());
      }
    }
    module.exports = MockAgent;
  },
  7365: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {promisify: promisify} = __webpack_require__(9023);
    const Client = __webpack_require__(6197);
    const {buildMockDispatch: buildMockDispatch} = __webpack_require__(3397);
    const {kDispatches: kDispatches, kMockAgent: kMockAgent, kClose: kClose, kOriginalClose: kOriginalClose, kOrigin: kOrigin, kOriginalDispatch: kOriginalDispatch, kConnected: kConnected} = __webpack_require__(1117);
    const {MockInterceptor: MockInterceptor} = __webpack_require__(1511);
    const Symbols = __webpack_require__(6443);
    const {InvalidArgumentError: InvalidArgumentError} = __webpack_require__(8707);
    class MockClient extends Client {
      constructor(origin, opts) {
        super(origin, opts);
        if (!opts || !opts.agent || typeof opts.agent.dispatch !== 'function') throw new InvalidArgumentError('Argument opts.agent must implement Agent');
        this[kMockAgent] = opts.agent;
        this[kOrigin] = origin;
        this[kDispatches] = [];
        this[kConnected] = 1;
        this[kOriginalDispatch] = this.dispatch;
        this[kOriginalClose] = this.close.bind(this);
        this.dispatch = buildMockDispatch.call(this);
        this.close = this[kClose];
      }
      get [Symbols.kConnected]() {
        return this[kConnected];
      }
      intercept(opts) {
        return new MockInterceptor(opts, this[kDispatches]);
      }
      async [kClose]() {
        await promisify(this[kOriginalClose])();
        this[kConnected] = 0;
        this[kMockAgent][Symbols.kClients].delete(this[kOrigin]);
      }
    }
    module.exports = MockClient;
  },
  2429: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {UndiciError: UndiciError} = __webpack_require__(8707);
    class MockNotMatchedError extends UndiciError {
      constructor(message) {
        super(message);
        Error.captureStackTrace(this, MockNotMatchedError);
        this.name = 'MockNotMatchedError';
        this.message = message || 'The request does not match any registered mock dispatches';
        this.code = 'UND_MOCK_ERR_MOCK_NOT_MATCHED';
      }
    }
    module.exports = {
      MockNotMatchedError: MockNotMatchedError
    };
  },
  1511: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {getResponseData: getResponseData, buildKey: buildKey, addMockDispatch: addMockDispatch} = __webpack_require__(3397);
    const {kDispatches: kDispatches, kDispatchKey: kDispatchKey, kDefaultHeaders: kDefaultHeaders, kDefaultTrailers: kDefaultTrailers, kContentLength: kContentLength, kMockDispatch: kMockDispatch} = __webpack_require__(1117);
    const {InvalidArgumentError: InvalidArgumentError} = __webpack_require__(8707);
    const {buildURL: buildURL} = __webpack_require__(3440);
    class MockScope {
      constructor(mockDispatch) {
        this[kMockDispatch] = mockDispatch;
      }
      delay(waitInMs) {
        if (typeof waitInMs !== 'number' || !Number.isInteger(waitInMs) || waitInMs <= 0) throw new InvalidArgumentError('waitInMs must be a valid integer > 0');
        this[kMockDispatch].delay = waitInMs;
        return this;
      }
      persist() {
        this[kMockDispatch].persist = true;
        return this;
      }
      times(repeatTimes) {
        if (typeof repeatTimes !== 'number' || !Number.isInteger(repeatTimes) || repeatTimes <= 0) throw new InvalidArgumentError('repeatTimes must be a valid integer > 0');
        this[kMockDispatch].times = repeatTimes;
        return this;
      }
    }
    class MockInterceptor {
      constructor(opts, mockDispatches) {
        if (typeof opts !== 'object') throw new InvalidArgumentError('opts must be an object');
        if (typeof opts.path === 'undefined') throw new InvalidArgumentError('opts.path must be defined');
        if (typeof opts.method === 'undefined') opts.method = 'GET';
        if (typeof opts.path === 'string') if (opts.query) opts.path = buildURL(opts.path, opts.query); else {
          const parsedURL = new URL(opts.path, 'data://');
          opts.path = parsedURL.pathname + parsedURL.search;
        }
        if (typeof opts.method === 'string') opts.method = opts.method.toUpperCase();
        this[kDispatchKey] = buildKey(opts);
        this[kDispatches] = mockDispatches;
        this[kDefaultHeaders] = {};
        this[kDefaultTrailers] = {};
        this[kContentLength] = false;
      }
      createMockScopeDispatchData(statusCode, data, responseOptions = {}) {
        const responseData = getResponseData(data);
        const contentLength = this[kContentLength] ? {
          'content-length': responseData.length
        } : {};
        const headers = {
          ...this[kDefaultHeaders],
          ...contentLength,
          ...responseOptions.headers
        };
        const trailers = {
          ...this[kDefaultTrailers],
          ...responseOptions.trailers
        };
        return {
          statusCode: statusCode,
          data: data,
          headers: headers,
          trailers: trailers
        };
      }
      validateReplyParameters(statusCode, data, responseOptions) {
        if (typeof statusCode === 'undefined') throw new InvalidArgumentError('statusCode must be defined');
        if (typeof data === 'undefined') throw new InvalidArgumentError('data must be defined');
        if (typeof responseOptions !== 'object') throw new InvalidArgumentError('responseOptions must be an object');
      }
      reply(replyData) {
        if (typeof replyData === 'function') {
          const wrappedDefaultsCallback = opts => {
            const resolvedData = replyData(opts);
            if (typeof resolvedData !== 'object') throw new InvalidArgumentError('reply options callback must return an object');
            const {statusCode: statusCode, data: data = '', responseOptions: responseOptions = {}} = resolvedData;
            this.validateReplyParameters(statusCode, data, responseOptions);
            return {
              ...this.createMockScopeDispatchData(statusCode, data, responseOptions)
            };
          };
          const newMockDispatch = addMockDispatch(this[kDispatches], this[kDispatchKey], wrappedDefaultsCallback);
          return new MockScope(newMockDispatch);
        }
        const [statusCode, data = '', responseOptions = {}] = [ ...arguments ];
        this.validateReplyParameters(statusCode, data, responseOptions);
        const dispatchData = this.createMockScopeDispatchData(statusCode, data, responseOptions);
        const newMockDispatch = addMockDispatch(this[kDispatches], this[kDispatchKey], dispatchData);
        return new MockScope(newMockDispatch);
      }
      replyWithError(error) {
        if (typeof error === 'undefined') throw new InvalidArgumentError('error must be defined');
        const newMockDispatch = addMockDispatch(this[kDispatches], this[kDispatchKey], {
          error: error
        });
        return new MockScope(newMockDispatch);
      }
      defaultReplyHeaders(headers) {
        if (typeof headers === 'undefined') throw new InvalidArgumentError('headers must be defined');
        this[kDefaultHeaders] = headers;
        return this;
      }
      defaultReplyTrailers(trailers) {
        if (typeof trailers === 'undefined') throw new InvalidArgumentError('trailers must be defined');
        this[kDefaultTrailers] = trailers;
        return this;
      }
      replyContentLength() {
        this[kContentLength] = true;
        return this;
      }
    }
    module.exports.MockInterceptor = MockInterceptor;
    module.exports.MockScope = MockScope;
  },
  4004: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {promisify: promisify} = __webpack_require__(9023);
    const Pool = __webpack_require__(5076);
    const {buildMockDispatch: buildMockDispatch} = __webpack_require__(3397);
    const {kDispatches: kDispatches, kMockAgent: kMockAgent, kClose: kClose, kOriginalClose: kOriginalClose, kOrigin: kOrigin, kOriginalDispatch: kOriginalDispatch, kConnected: kConnected} = __webpack_require__(1117);
    const {MockInterceptor: MockInterceptor} = __webpack_require__(1511);
    const Symbols = __webpack_require__(6443);
    const {InvalidArgumentError: InvalidArgumentError} = __webpack_require__(8707);
    class MockPool extends Pool {
      constructor(origin, opts) {
        super(origin, opts);
        if (!opts || !opts.agent || typeof opts.agent.dispatch !== 'function') throw new InvalidArgumentError('Argument opts.agent must implement Agent');
        this[kMockAgent] = opts.agent;
        this[kOrigin] = origin;
        this[kDispatches] = [];
        this[kConnected] = 1;
        this[kOriginalDispatch] = this.dispatch;
        this[kOriginalClose] = this.close.bind(this);
        this.dispatch = buildMockDispatch.call(this);
        this.close = this[kClose];
      }
      get [Symbols.kConnected]() {
        return this[kConnected];
      }
      intercept(opts) {
        return new MockInterceptor(opts, this[kDispatches]);
      }
      async [kClose]() {
        await promisify(this[kOriginalClose])();
        this[kConnected] = 0;
        this[kMockAgent][Symbols.kClients].delete(this[kOrigin]);
      }
    }
    module.exports = MockPool;
  },
  1117: module => {
    "use strict";
    module.exports = {
      kAgent: Symbol('agent'),
      kOptions: Symbol('options'),
      kFactory: Symbol('factory'),
      kDispatches: Symbol('dispatches'),
      kDispatchKey: Symbol('dispatch key'),
      kDefaultHeaders: Symbol('default headers'),
      kDefaultTrailers: Symbol('default trailers'),
      kContentLength: Symbol('content length'),
      kMockAgent: Symbol('mock agent'),
      kMockAgentSet: Symbol('mock agent set'),
      kMockAgentGet: Symbol('mock agent get'),
      kMockDispatch: Symbol('mock dispatch'),
      kClose: Symbol('close'),
      kOriginalClose: Symbol('original agent close'),
      kOrigin: Symbol('origin'),
      kIsMockActive: Symbol('is mock active'),
      kNetConnect: Symbol('net connect'),
      kGetNetConnect: Symbol('get net connect'),
      kConnected: Symbol('connected')
    };
  },
  3397: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {MockNotMatchedError: MockNotMatchedError} = __webpack_require__(2429);
    const {kDispatches: kDispatches, kMockAgent: kMockAgent, kOriginalDispatch: kOriginalDispatch, kOrigin: kOrigin, kGetNetConnect: kGetNetConnect} = __webpack_require__(1117);
    const {buildURL: buildURL, nop: nop} = __webpack_require__(3440);
    const {STATUS_CODES: STATUS_CODES} = __webpack_require__(8611);
    const {types: {isPromise: isPromise}} = __webpack_require__(9023);
    function matchValue(match, value) {
      if (typeof match === 'string') return match === value;
      if (match instanceof RegExp) return match.test(value);
      if (typeof match === 'function') return match(value) === true;
      return false;
    }
    function lowerCaseEntries(headers) {
      return Object.fromEntries(Object.entries(headers).map(([headerName, headerValue]) => [ headerName.toLocaleLowerCase(), headerValue ]));
    }
    function getHeaderByName(headers, key) {
      if (Array.isArray(headers)) {
        for (let i = 0; i < headers.length; i += 2) if (headers[i].toLocaleLowerCase() === key.toLocaleLowerCase()) return headers[i + 1];
        return;
      } else if (typeof headers.get === 'function') return headers.get(key); else return lowerCaseEntries(headers)[key.toLocaleLowerCase()];
    }
    function buildHeadersFromArray(headers) {
      const clone = headers.slice();
      const entries = [];
      for (let index = 0; index < clone.length; index += 2) entries.push([ clone[index], clone[index + 1] ]);
      return Object.fromEntries(entries);
    }
    function matchHeaders(mockDispatch, headers) {
      if (typeof mockDispatch.headers === 'function') {
        if (Array.isArray(headers)) headers = buildHeadersFromArray(headers);
        return mockDispatch.headers(headers ? lowerCaseEntries(headers) : {});
      }
      if (typeof mockDispatch.headers === 'undefined') return true;
      if (typeof headers !== 'object' || typeof mockDispatch.headers !== 'object') return false;
      for (const [matchHeaderName, matchHeaderValue] of Object.entries(mockDispatch.headers)) {
        const headerValue = getHeaderByName(headers, matchHeaderName);
        if (!matchValue(matchHeaderValue, headerValue)) return false;
      }
      return true;
    }
    function safeUrl(path) {
      if (typeof path !== 'string') return path;
      const pathSegments = path.split('?');
      if (pathSegments.length !== 2) return path;
      const qp = new URLSearchParams(pathSegments.pop());
      qp.sort();
      return [ ...pathSegments, qp.toString() ].join('?');
    }
    function matchKey(mockDispatch, {path: path, method: method, body: body, headers: headers}) {
      const pathMatch = matchValue(mockDispatch.path, path);
      const methodMatch = matchValue(mockDispatch.method, method);
      const bodyMatch = typeof mockDispatch.body !== 'undefined' ? matchValue(mockDispatch.body, body) : true;
      const headersMatch = matchHeaders(mockDispatch, headers);
      return pathMatch && methodMatch && bodyMatch && headersMatch;
    }
    function getResponseData(data) {
      if (Buffer.isBuffer(data)) return data; else if (typeof data === 'object') return JSON.stringify(data); else return data.toString();
    }
    function getMockDispatch(mockDispatches, key) {
      const basePath = key.query ? buildURL(key.path, key.query) : key.path;
      const resolvedPath = typeof basePath === 'string' ? safeUrl(basePath) : basePath;
      let matchedMockDispatches = mockDispatches.filter(({consumed: consumed}) => !consumed).filter(({path: path}) => matchValue(safeUrl(path), resolvedPath));
      if (matchedMockDispatches.length === 0) throw new MockNotMatchedError(`Mock dispatch not matched for path '${resolvedPath}'`);
      matchedMockDispatches = matchedMockDispatches.filter(({method: method}) => matchValue(method, key.method));
      if (matchedMockDispatches.length === 0) throw new MockNotMatchedError(`Mock dispatch not matched for method '${key.method}'`);
      matchedMockDispatches = matchedMockDispatches.filter(({body: body}) => typeof body !== 'undefined' ? matchValue(body, key.body) : true);
      if (matchedMockDispatches.length === 0) throw new MockNotMatchedError(`Mock dispatch not matched for body '${key.body}'`);
      matchedMockDispatches = matchedMockDispatches.filter(mockDispatch => matchHeaders(mockDispatch, key.headers));
      if (matchedMockDispatches.length === 0) throw new MockNotMatchedError(`Mock dispatch not matched for headers '${typeof key.headers === 'object' ? JSON.stringify(key.headers) : key.headers}'`);
      return matchedMockDispatches[0];
    }
    function addMockDispatch(mockDispatches, key, data) {
      const baseData = {
        timesInvoked: 0,
        times: 1,
        persist: false,
        consumed: false
      };
      const replyData = typeof data === 'function' ? {
        callback: data
      } : {
        ...data
      };
      const newMockDispatch = {
        ...baseData,
        ...key,
        pending: true,
        data: {
          error: null,
          ...replyData
        }
      };
      mockDispatches.push(newMockDispatch);
      return newMockDispatch;
    }
    function deleteMockDispatch(mockDispatches, key) {
      const index = mockDispatches.findIndex(dispatch => {
        if (!dispatch.consumed) return false;
        return matchKey(dispatch, key);
      });
      if (index !== -1) mockDispatches.splice(index, 1);
    }
    function buildKey(opts) {
      const {path: path, method: method, body: body, headers: headers, query: query} = opts;
      return {
        path: path,
        method: method,
        body: body,
        headers: headers,
        query: query
      };
    }
    function generateKeyValues(data) {
      return Object.entries(data).reduce((keyValuePairs, [key, value]) => [ ...keyValuePairs, Buffer.from(`${key}`), Array.isArray(value) ? value.map(x => Buffer.from(`${x}`)) : Buffer.from(`${value}`) ], []);
    }
    function getStatusText(statusCode) {
      return STATUS_CODES[statusCode] || 'unknown';
    }
    async function getResponse(body) {
      const buffers = [];
      for await (const data of body) buffers.push(data);
      return Buffer.concat(buffers).toString('utf8');
    }
    function mockDispatch(opts, handler) {
      const key = buildKey(opts);
      const mockDispatch = getMockDispatch(this[kDispatches], key);
      mockDispatch.timesInvoked++;
      if (mockDispatch.data.callback) mockDispatch.data = {
        ...mockDispatch.data,
        ...mockDispatch.data.callback(opts)
      };
      const {data: {statusCode: statusCode, data: data, headers: headers, trailers: trailers, error: error}, delay: delay, persist: persist} = mockDispatch;
      const {timesInvoked: timesInvoked, times: times} = mockDispatch;
      mockDispatch.consumed = !persist && timesInvoked >= times;
      mockDispatch.pending = timesInvoked < times;
      if (error !== null) {
        deleteMockDispatch(this[kDispatches], key);
        handler.onError(error);
        return true;
      }
      if (typeof delay === 'number' && delay > 0) setTimeout(() => {
        handleReply(this[kDispatches]);
      }, delay); else handleReply(this[kDispatches]);
      function handleReply(mockDispatches, _data = data) {
        const optsHeaders = Array.isArray(opts.headers) ? buildHeadersFromArray(opts.headers) : opts.headers;
        const body = typeof _data === 'function' ? _data({
          ...opts,
          headers: optsHeaders
        }) : _data;
        if (isPromise(body)) {
          body.then(newData => handleReply(mockDispatches, newData));
          return;
        }
        const responseData = getResponseData(body);
        const responseHeaders = generateKeyValues(headers);
        const responseTrailers = generateKeyValues(trailers);
        handler.abort = nop;
        handler.onHeaders(statusCode, responseHeaders, resume, getStatusText(statusCode));
        handler.onData(Buffer.from(responseData));
        handler.onComplete(responseTrailers);
        deleteMockDispatch(mockDispatches, key);
      }
      function resume() {}
      return true;
    }
    function buildMockDispatch() {
      const agent = this[kMockAgent];
      const origin = this[kOrigin];
      const originalDispatch = this[kOriginalDispatch];
      return function(opts, handler) {
        if (agent.isMockActive) try {
          mockDispatch.call(this, opts, handler);
        } catch (error) {
          if (error instanceof MockNotMatchedError) {
            const netConnect = agent[kGetNetConnect]();
            if (netConnect === false) throw new MockNotMatchedError(`${error.message}: subsequent request to origin ${origin} was not allowed (net.connect disabled)`);
            if (checkNetConnect(netConnect, origin)) originalDispatch.call(this, opts, handler); else throw new MockNotMatchedError(`${error.message}: subsequent request to origin ${origin} was not allowed (net.connect is not enabled for this origin)`);
          } else throw error;
        } else originalDispatch.call(this, opts, handler);
      };
    }
    function checkNetConnect(netConnect, origin) {
      const url = new URL(origin);
      if (netConnect === true) return true; else if (Array.isArray(netConnect) && netConnect.some(matcher => matchValue(matcher, url.host))) return true;
      return false;
    }
    function buildMockOptions(opts) {
      if (opts) {
        const {agent: agent, ...mockOptions} = opts;
        return mockOptions;
      }
    }
    module.exports = {
      getResponseData: getResponseData,
      getMockDispatch: getMockDispatch,
      addMockDispatch: addMockDispatch,
      deleteMockDispatch: deleteMockDispatch,
      buildKey: buildKey,
      generateKeyValues: generateKeyValues,
      matchValue: matchValue,
      getResponse: getResponse,
      getStatusText: getStatusText,
      mockDispatch: mockDispatch,
      buildMockDispatch: buildMockDispatch,
      checkNetConnect: checkNetConnect,
      buildMockOptions: buildMockOptions,
      getHeaderByName: getHeaderByName
    };
  },
  6142: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {Transform: Transform} = __webpack_require__(2203);
    const {Console: Console} = __webpack_require__(4236);
    module.exports = class {
      constructor({disableColors: disableColors} = {}) {
        this.transform = new Transform({
          transform(chunk, _enc, cb) {
            cb(null, chunk);
          }
        });
        this.logger = new Console({
          stdout: this.transform,
          inspectOptions: {
            colors: !disableColors && !process.env.CI
          }
        });
      }
      format(pendingInterceptors) {
        const withPrettyHeaders = pendingInterceptors.map(({method: method, path: path, data: {statusCode: statusCode}, persist: persist, times: times, timesInvoked: timesInvoked, origin: origin}) => ({
          Method: method,
          Origin: origin,
          Path: path,
          'Status code': statusCode,
          Persistent: persist ? '✅' : '❌',
          Invocations: timesInvoked,
          Remaining: persist ? 1 / 0 : times - timesInvoked
        }));
        this.logger.table(withPrettyHeaders);
        return this.transform.read().toString();
      }
    };
  },
  1529: module => {
    "use strict";
    const singulars = {
      pronoun: 'it',
      is: 'is',
      was: 'was',
      this: 'this'
    };
    const plurals = {
      pronoun: 'they',
      is: 'are',
      was: 'were',
      this: 'these'
    };
    module.exports = class {
      constructor(singular, plural) {
        this.singular = singular;
        this.plural = plural;
      }
      pluralize(count) {
        const one = count === 1;
        const keys = one ? singulars : plurals;
        const noun = one ? this.singular : this.plural;
        return {
          ...keys,
          count: count,
          noun: noun
        };
      }
    };
  },
  4869: module => {
    "use strict";
    const kSize = 2048;
    const kMask = kSize - 1;
    class FixedCircularBuffer {
      constructor() {
        this.bottom = 0;
        this.top = 0;
        this.list = new Array(kSize);
        this.next = null;
      }
      isEmpty() {
        return this.top === this.bottom;
      }
      isFull() {
        return (this.top + 1 & kMask) === this.bottom;
      }
      push(data) {
        this.list[this.top] = data;
        this.top = this.top + 1 & kMask;
      }
      shift() {
        const nextItem = this.list[this.bottom];
        if (nextItem === void 0) return null;
        this.list[this.bottom] = void 0;
        this.bottom = this.bottom + 1 & kMask;
        return nextItem;
      }
    }
    module.exports = class {
      constructor() {
        this.head = this.tail = new FixedCircularBuffer;
      }
      isEmpty() {
        return this.head.isEmpty();
      }
      push(data) {
        if (this.head.isFull()) this.head = this.head.next = new FixedCircularBuffer;
        this.head.push(data);
      }
      shift() {
        const tail = this.tail;
        const next = tail.shift();
        if (tail.isEmpty() && tail.next !== null) this.tail = tail.next;
        return next;
      }
    };
  },
  8640: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const DispatcherBase = __webpack_require__(1);
    const FixedQueue = __webpack_require__(4869);
    const {kConnected: kConnected, kSize: kSize, kRunning: kRunning, kPending: kPending, kQueued: kQueued, kBusy: kBusy, kFree: kFree, kUrl: kUrl, kClose: kClose, kDestroy: kDestroy, kDispatch: kDispatch} = __webpack_require__(6443);
    const PoolStats = __webpack_require__(4622);
    const kClients = Symbol('clients');
    const kNeedDrain = Symbol('needDrain');
    const kQueue = Symbol('queue');
    const kClosedResolve = Symbol('closed resolve');
    const kOnDrain = Symbol('onDrain');
    const kOnConnect = Symbol('onConnect');
    const kOnDisconnect = Symbol('onDisconnect');
    const kOnConnectionError = Symbol('onConnectionError');
    const kGetDispatcher = Symbol('get dispatcher');
    const kAddClient = Symbol('add client');
    const kRemoveClient = Symbol('remove client');
    const kStats = Symbol('stats');
    class PoolBase extends DispatcherBase {
      constructor() {
        super();
        this[kQueue] = new FixedQueue;
        this[kClients] = [];
        this[kQueued] = 0;
        const pool = this;
        this[kOnDrain] = function(origin, targets) {
          const queue = pool[kQueue];
          let needDrain = false;
          while (!needDrain) {
            const item = queue.shift();
            if (!item) break;
            pool[kQueued]--;
            needDrain = !this.dispatch(item.opts, item.handler);
          }
          this[kNeedDrain] = needDrain;
          if (!this[kNeedDrain] && pool[kNeedDrain]) {
            pool[kNeedDrain] = false;
            pool.emit('drain', origin, [ pool, ...targets ]);
          }
          if (pool[kClosedResolve] && queue.isEmpty()) Promise.all(pool[kClients].map(c => c.close())).then(pool[kClosedResolve]);
        };
        this[kOnConnect] = (origin, targets) => {
          pool.emit('connect', origin, [ pool, ...targets ]);
        };
        this[kOnDisconnect] = (origin, targets, err) => {
          pool.emit('disconnect', origin, [ pool, ...targets ], err);
        };
        this[kOnConnectionError] = (origin, targets, err) => {
          pool.emit('connectionError', origin, [ pool, ...targets ], err);
        };
        this[kStats] = new PoolStats(this);
      }
      get [kBusy]() {
        return this[kNeedDrain];
      }
      get [kConnected]() {
        return this[kClients].filter(client => client[kConnected]).length;
      }
      get [kFree]() {
        return this[kClients].filter(client => client[kConnected] && !client[kNeedDrain]).length;
      }
      get [kPending]() {
        let ret = this[kQueued];
        for (const {[kPending]: pending} of this[kClients]) ret += pending;
        return ret;
      }
      get [kRunning]() {
        let ret = 0;
        for (const {[kRunning]: running} of this[kClients]) ret += running;
        return ret;
      }
      get [kSize]() {
        let ret = this[kQueued];
        for (const {[kSize]: size} of this[kClients]) ret += size;
        return ret;
      }
      get stats() {
        return this[kStats];
      }
      async [kClose]() {
        if (this[kQueue].isEmpty()) return Promise.all(this[kClients].map(c => c.close())); else return new Promise(resolve => {
          this[kClosedResolve] = resolve;
        });
      }
      async [kDestroy](err) {
        while (true) {
          const item = this[kQueue].shift();
          if (!item) break;
          item.handler.onError(err);
        }
        return Promise.all(this[kClients].map(c => c.destroy(err)));
      }
      [kDispatch](opts, handler) {
        const dispatcher = this[kGetDispatcher]();
        if (!dispatcher) {
          this[kNeedDrain] = true;
          this[kQueue].push({
            opts: opts,
            handler: handler
          });
          this[kQueued]++;
        } else if (!dispatcher.dispatch(opts, handler)) {
          dispatcher[kNeedDrain] = true;
          this[kNeedDrain] = !this[kGetDispatcher]();
        }
        return !this[kNeedDrain];
      }
      [kAddClient](client) {
        client.on('drain', this[kOnDrain]).on('connect', this[kOnConnect]).on('disconnect', this[kOnDisconnect]).on('connectionError', this[kOnConnectionError]);
        this[kClients].push(client);
        if (this[kNeedDrain]) process.nextTick(() => {
          if (this[kNeedDrain]) this[kOnDrain](client[kUrl], [ this, client ]);
        });
        return this;
      }
      [kRemoveClient](client) {
        client.close(() => {
          const idx = this[kClients].indexOf(client);
          if (idx !== -1) this[kClients].splice(idx, 1);
        });
        this[kNeedDrain] = this[kClients].some(dispatcher => !dispatcher[kNeedDrain] && dispatcher.closed !== true && dispatcher.destroyed !== true);
      }
    }
    module.exports = {
      PoolBase: PoolBase,
      kClients: kClients,
      kNeedDrain: kNeedDrain,
      kAddClient: kAddClient,
      kRemoveClient: kRemoveClient,
      kGetDispatcher: kGetDispatcher
    };
  },
  4622: (module, __unused_webpack_exports, __webpack_require__) => {
    const {kFree: kFree, kConnected: kConnected, kPending: kPending, kQueued: kQueued, kRunning: kRunning, kSize: kSize} = __webpack_require__(6443);
    const kPool = Symbol('pool');
    class PoolStats {
      constructor(pool) {
        this[kPool] = pool;
      }
      get connected() {
        return this[kPool][kConnected];
      }
      get free() {
        return this[kPool][kFree];
      }
      get pending() {
        return this[kPool][kPending];
      }
      get queued() {
        return this[kPool][kQueued];
      }
      get running() {
        return this[kPool][kRunning];
      }
      get size() {
        return this[kPool][kSize];
      }
    }
    module.exports = PoolStats;
  },
  5076: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {PoolBase: PoolBase, kClients: kClients, kNeedDrain: kNeedDrain, kAddClient: kAddClient, kGetDispatcher: kGetDispatcher} = __webpack_require__(8640);
    const Client = __webpack_require__(6197);
    const {InvalidArgumentError: InvalidArgumentError} = __webpack_require__(8707);
    const util = __webpack_require__(3440);
    const {kUrl: kUrl, kInterceptors: kInterceptors} = __webpack_require__(6443);
    const buildConnector = __webpack_require__(9136);
    const kOptions = Symbol('options');
    const kConnections = Symbol('connections');
    const kFactory = Symbol('factory');
    function defaultFactory(origin, opts) {
      return new Client(origin, opts);
    }
    class Pool extends PoolBase {
      constructor(origin, {connections: connections, factory: factory = defaultFactory, connect: connect, connectTimeout: connectTimeout, tls: tls, maxCachedSessions: maxCachedSessions, socketPath: socketPath, autoSelectFamily: autoSelectFamily, autoSelectFamilyAttemptTimeout: autoSelectFamilyAttemptTimeout, allowH2: allowH2, ...options} = {}) {
        super();
        if (connections != null && (!Number.isFinite(connections) || connections < 0)) throw new InvalidArgumentError('invalid connections');
        if (typeof factory !== 'function') throw new InvalidArgumentError('factory must be a function.');
        if (connect != null && typeof connect !== 'function' && typeof connect !== 'object') throw new InvalidArgumentError('connect must be a function or an object');
        if (typeof connect !== 'function') connect = buildConnector({
          ...tls,
          maxCachedSessions: maxCachedSessions,
          allowH2: allowH2,
          socketPath: socketPath,
          timeout: connectTimeout,
          ...util.nodeHasAutoSelectFamily && autoSelectFamily ? {
            autoSelectFamily: autoSelectFamily,
            autoSelectFamilyAttemptTimeout: autoSelectFamilyAttemptTimeout
          } : void 0,
          ...connect
        });
        this[kInterceptors] = options.interceptors && options.interceptors.Pool && Array.isArray(options.interceptors.Pool) ? options.interceptors.Pool : [];
        this[kConnections] = connections || null;
        this[kUrl] = util.parseOrigin(origin);
        this[kOptions] = {
          ...util.deepClone(options),
          connect: connect,
          allowH2: allowH2
        };
        this[kOptions].interceptors = options.interceptors ? {
          ...options.interceptors
        } : void 0;
        this[kFactory] = factory;
        this.on('connectionError', (origin, targets, error) => {
          for (const target of targets) {
            const idx = this[kClients].indexOf(target);
            if (idx !== -1) this[kClients].splice(idx, 1);
          }
        });
      }
      [kGetDispatcher]() {
        let dispatcher = this[kClients].find(dispatcher => !dispatcher[kNeedDrain]);
        if (dispatcher) return dispatcher;
        if (!this[kConnections] || this[kClients].length < this[kConnections]) {
          dispatcher = this[kFactory](this[kUrl], this[kOptions]);
          this[kAddClient](dispatcher);
        }
        return dispatcher;
      }
    }
    module.exports = Pool;
  },
  2720: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {kProxy: kProxy, kClose: kClose, kDestroy: kDestroy, kInterceptors: kInterceptors} = __webpack_require__(6443);
    const {URL: URL} = __webpack_require__(7016);
    const Agent = __webpack_require__(2346);
    const Pool = __webpack_require__(5076);
    const DispatcherBase = __webpack_require__(1);
    const {InvalidArgumentError: InvalidArgumentError, RequestAbortedError: RequestAbortedError} = __webpack_require__(8707);
    const buildConnector = __webpack_require__(9136);
    const kAgent = Symbol('proxy agent');
    const kClient = Symbol('proxy client');
    const kProxyHeaders = Symbol('proxy headers');
    const kRequestTls = Symbol('request tls settings');
    const kProxyTls = Symbol('proxy tls settings');
    const kConnectEndpoint = Symbol('connect endpoint function');
    function defaultProtocolPort(protocol) {
      return protocol === 'https:' ? 443 : 80;
    }
    function buildProxyOptions(opts) {
      if (typeof opts === 'string') opts = {
        uri: opts
      };
      if (!opts || !opts.uri) throw new InvalidArgumentError('Proxy opts.uri is mandatory');
      return {
        uri: opts.uri,
        protocol: opts.protocol || 'https'
      };
    }
    function defaultFactory(origin, opts) {
      return new Pool(origin, opts);
    }
    class ProxyAgent extends DispatcherBase {
      constructor(opts) {
        super(opts);
        this[kProxy] = buildProxyOptions(opts);
        this[kAgent] = new Agent(opts);
        this[kInterceptors] = opts.interceptors && opts.interceptors.ProxyAgent && Array.isArray(opts.interceptors.ProxyAgent) ? opts.interceptors.ProxyAgent : [];
        if (typeof opts === 'string') opts = {
          uri: opts
        };
        if (!opts || !opts.uri) throw new InvalidArgumentError('Proxy opts.uri is mandatory');
        const {clientFactory: clientFactory = defaultFactory} = opts;
        if (typeof clientFactory !== 'function') throw new InvalidArgumentError('Proxy opts.clientFactory must be a function.');
        this[kRequestTls] = opts.requestTls;
        this[kProxyTls] = opts.proxyTls;
        this[kProxyHeaders] = opts.headers || {};
        const resolvedUrl = new URL(opts.uri);
        const {origin: origin, port: port, host: host, username: username, password: password} = resolvedUrl;
        if (opts.auth && opts.token) throw new InvalidArgumentError('opts.auth cannot be used in combination with opts.token'); else if (opts.auth) this[kProxyHeaders]['proxy-authorization'] = `Basic ${opts.auth}`; else if (opts.token) this[kProxyHeaders]['proxy-authorization'] = opts.token; else if (username && password) this[kProxyHeaders]['proxy-authorization'] = `Basic ${Buffer.from(`${decodeURIComponent(username)}:${decodeURIComponent(password)}`).toString('base64')}`;
        const connect = buildConnector({
          ...opts.proxyTls
        });
        this[kConnectEndpoint] = buildConnector({
          ...opts.requestTls
        });
        this[kClient] = clientFactory(resolvedUrl, {
          connect: connect
        });
        this[kAgent] = new Agent({
          ...opts,
          connect: async (opts, callback) => {
            let requestedHost = opts.host;
            if (!opts.port) requestedHost += `:${defaultProtocolPort(opts.protocol)}`;
            try {
              const {socket: socket, statusCode: statusCode} = await this[kClient].connect({
                origin: origin,
                port: port,
                path: requestedHost,
                signal: opts.signal,
                headers: {
                  ...this[kProxyHeaders],
                  host: host
                }
              });
              if (statusCode !== 200) {
                socket.on('error', () => {}).destroy();
                callback(new RequestAbortedError(`Proxy response (${statusCode}) !== 200 when HTTP Tunneling`));
              }
              if (opts.protocol !== 'https:') {
                callback(null, socket);
                return;
              }
              let servername;
              if (this[kRequestTls]) servername = this[kRequestTls].servername; else servername = opts.servername;
              this[kConnectEndpoint]({
                ...opts,
                servername: servername,
                httpSocket: socket
              }, callback);
            } catch (err) {
              callback(err);
            }
          }
        });
      }
      dispatch(opts, handler) {
        const {host: host} = new URL(opts.origin);
        const headers = buildHeaders(opts.headers);
        throwIfProxyAuthIsSent(headers);
        return this[kAgent].dispatch({
          ...opts,
          headers: {
            ...headers,
            host: host
          }
        }, handler);
      }
      async [kClose]() {
        await this[kAgent].close();
        await this[kClient].close();
      }
      async [kDestroy]() {
        await this[kAgent].destroy();
        await this[kClient].destroy();
      }
    }
    function buildHeaders(headers) {
      if (Array.isArray(headers)) {
        const headersPair = {};
        for (let i = 0; i < headers.length; i += 2) headersPair[headers[i]] = headers[i + 1];
        return headersPair;
      }
      return headers;
    }
    function throwIfProxyAuthIsSent(headers) {
      const existProxyAuth = headers && Object.keys(headers).find(key => key.toLowerCase() === 'proxy-authorization');
      if (existProxyAuth) throw new InvalidArgumentError('Proxy-Authorization should be sent in ProxyAgent constructor');
    }
    module.exports = ProxyAgent;
  },
  8804: module => {
    "use strict";
    let fastNow = Date.now();
    let fastNowTimeout;
    const fastTimers = [];
    function onTimeout() {
      fastNow = Date.now();
      let len = fastTimers.length;
      let idx = 0;
      while (idx < len) {
        const timer = fastTimers[idx];
        if (timer.state === 0) timer.state = fastNow + timer.delay; else if (timer.state > 0 && fastNow >= timer.state) {
          timer.state = -1;
          timer.callback(timer.opaque);
        }
        if (timer.state === -1) {
          timer.state = -2;
          if (idx !== len - 1) fastTimers[idx] = fastTimers.pop(); else fastTimers.pop();
          len -= 1;
        } else idx += 1;
      }
      if (fastTimers.length > 0) refreshTimeout();
    }
    function refreshTimeout() {
      if (fastNowTimeout && fastNowTimeout.refresh) fastNowTimeout.refresh(); else {
        clearTimeout(fastNowTimeout);
        fastNowTimeout = setTimeout(onTimeout, 1e3);
        if (fastNowTimeout.unref) fastNowTimeout.unref();
      }
    }
    class Timeout {
      constructor(callback, delay, opaque) {
        this.callback = callback;
        this.delay = delay;
        this.opaque = opaque;
        this.state = -2;
        this.refresh();
      }
      refresh() {
        if (this.state === -2) {
          fastTimers.push(this);
          if (!fastNowTimeout || fastTimers.length === 1) refreshTimeout();
        }
        this.state = 0;
      }
      clear() {
        this.state = -1;
      }
    }
    module.exports = {
      setTimeout(callback, delay, opaque) {
        return delay < 1e3 ? setTimeout(callback, delay, opaque) : new Timeout(callback, delay, opaque);
      },
      clearTimeout(timeout) {
        if (timeout instanceof Timeout) timeout.clear(); else clearTimeout(timeout);
      }
    };
  },
  8550: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const diagnosticsChannel = __webpack_require__(1637);
    const {uid: uid, states: states} = __webpack_require__(5913);
    const {kReadyState: kReadyState, kSentClose: kSentClose, kByteParser: kByteParser, kReceivedClose: kReceivedClose} = __webpack_require__(2933);
    const {fireEvent: fireEvent, failWebsocketConnection: failWebsocketConnection} = __webpack_require__(3574);
    const {CloseEvent: CloseEvent} = __webpack_require__(6255);
    const {makeRequest: makeRequest} = __webpack_require__(5194);
    const {fetching: fetching} = __webpack_require__(2315);
    const {Headers: Headers} = __webpack_require__(6349);
    const {getGlobalDispatcher: getGlobalDispatcher} = __webpack_require__(2581);
    const {kHeadersList: kHeadersList} = __webpack_require__(6443);
    const channels = {};
    channels.open = diagnosticsChannel.channel('undici:websocket:open');
    channels.close = diagnosticsChannel.channel('undici:websocket:close');
    channels.socketError = diagnosticsChannel.channel('undici:websocket:socket_error');
    let crypto;
    try {
      crypto = __webpack_require__(6982);
    } catch {}
    function establishWebSocketConnection(url, protocols, ws, onEstablish, options) {
      const requestURL = url;
      requestURL.protocol = url.protocol === 'ws:' ? 'http:' : 'https:';
      const request = makeRequest({
        urlList: [ requestURL ],
        serviceWorkers: 'none',
        referrer: 'no-referrer',
        mode: 'websocket',
        credentials: 'include',
        cache: 'no-store',
        redirect: 'error'
      });
      if (options.headers) {
        const headersList = new Headers(options.headers)[kHeadersList];
        request.headersList = headersList;
      }
      const keyValue = crypto.randomBytes(16).toString('base64');
      request.headersList.append('sec-websocket-key', keyValue);
      request.headersList.append('sec-websocket-version', '13');
      for (const protocol of protocols) request.headersList.append('sec-websocket-protocol', protocol);
      const permessageDeflate = '';
      const controller = fetching({
        request: request,
        useParallelQueue: true,
        dispatcher: options.dispatcher ?? getGlobalDispatcher(),
        processResponse(response) {
          if (response.type === 'error' || response.status !== 101) {
            failWebsocketConnection(ws, 'Received network error or non-101 status code.');
            return;
          }
          if (protocols.length !== 0 && !response.headersList.get('Sec-WebSocket-Protocol')) {
            failWebsocketConnection(ws, 'Server did not respond with sent protocols.');
            return;
          }
          if (response.headersList.get('Upgrade')?.toLowerCase() !== 'websocket') {
            failWebsocketConnection(ws, 'Server did not set Upgrade header to "websocket".');
            return;
          }
          if (response.headersList.get('Connection')?.toLowerCase() !== 'upgrade') {
            failWebsocketConnection(ws, 'Server did not set Connection header to "upgrade".');
            return;
          }
          const secWSAccept = response.headersList.get('Sec-WebSocket-Accept');
          const digest = crypto.createHash('sha1').update(keyValue + uid).digest('base64');
          if (secWSAccept !== digest) {
            failWebsocketConnection(ws, 'Incorrect hash received in Sec-WebSocket-Accept header.');
            return;
          }
          const secExtension = response.headersList.get('Sec-WebSocket-Extensions');
          if (secExtension !== null && secExtension !== permessageDeflate) {
            failWebsocketConnection(ws, 'Received different permessage-deflate than the one set.');
            return;
          }
          const secProtocol = response.headersList.get('Sec-WebSocket-Protocol');
          if (secProtocol !== null && secProtocol !== request.headersList.get('Sec-WebSocket-Protocol')) {
            failWebsocketConnection(ws, 'Protocol was not set in the opening handshake.');
            return;
          }
          response.socket.on('data', onSocketData);
          response.socket.on('close', onSocketClose);
          response.socket.on('error', onSocketError);
          if (channels.open.hasSubscribers) channels.open.publish({
            address: response.socket.address(),
            protocol: secProtocol,
            extensions: secExtension
          });
          onEstablish(response);
        }
      });
      return controller;
    }
    function onSocketData(chunk) {
      if (!this.ws[kByteParser].write(chunk)) this.pause();
    }
    function onSocketClose() {
      const {ws: ws} = this;
      const wasClean = ws[kSentClose] && ws[kReceivedClose];
      let code = 1005;
      let reason = '';
      const result = ws[kByteParser].closingInfo;
      if (result) {
        code = result.code ?? 1005;
        reason = result.reason;
      } else if (!ws[kSentClose]) code = 1006;
      ws[kReadyState] = states.CLOSED;
      fireEvent('close', ws, CloseEvent, {
        wasClean: wasClean,
        code: code,
        reason: reason
      });
      if (channels.close.hasSubscribers) channels.close.publish({
        websocket: ws,
        code: code,
        reason: reason
      });
    }
    function onSocketError(error) {
      const {ws: ws} = this;
      ws[kReadyState] = states.CLOSING;
      if (channels.socketError.hasSubscribers) channels.socketError.publish(error);
      this.destroy();
    }
    module.exports = {
      establishWebSocketConnection: establishWebSocketConnection
    };
  },
  5913: module => {
    "use strict";
    const uid = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
    const staticPropertyDescriptors = {
      enumerable: true,
      writable: false,
      configurable: false
    };
    const states = {
      CONNECTING: 0,
      OPEN: 1,
      CLOSING: 2,
      CLOSED: 3
    };
    const opcodes = {
      CONTINUATION: 0,
      TEXT: 1,
      BINARY: 2,
      CLOSE: 8,
      PING: 9,
      PONG: 10
    };
    const maxUnsigned16Bit = 2 ** 16 - 1;
    const parserStates = {
      INFO: 0,
      PAYLOADLENGTH_16: 2,
      PAYLOADLENGTH_64: 3,
      READ_DATA: 4
    };
    const emptyBuffer = Buffer.allocUnsafe(0);
    module.exports = {
      uid: uid,
      staticPropertyDescriptors: staticPropertyDescriptors,
      states: states,
      opcodes: opcodes,
      maxUnsigned16Bit: maxUnsigned16Bit,
      parserStates: parserStates,
      emptyBuffer: emptyBuffer
    };
  },
  6255: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {webidl: webidl} = __webpack_require__(4222);
    const {kEnumerableProperty: kEnumerableProperty} = __webpack_require__(3440);
    const {MessagePort: MessagePort} = __webpack_require__(8167);
    class MessageEvent extends Event {
      #eventInit;
      constructor(type, eventInitDict = {}) {
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'MessageEvent constructor'
        });
        type = webidl.converters.DOMString(type);
        eventInitDict = webidl.converters.MessageEventInit(eventInitDict);
        super(type, eventInitDict);
        this.#eventInit = eventInitDict;
      }
      get data() {
        webidl.brandCheck(this, MessageEvent);
        return this.#eventInit.data;
      }
      get origin() {
        webidl.brandCheck(this, MessageEvent);
        return this.#eventInit.origin;
      }
      get lastEventId() {
        webidl.brandCheck(this, MessageEvent);
        return this.#eventInit.lastEventId;
      }
      get source() {
        webidl.brandCheck(this, MessageEvent);
        return this.#eventInit.source;
      }
      get ports() {
        webidl.brandCheck(this, MessageEvent);
        if (!Object.isFrozen(this.#eventInit.ports)) Object.freeze(this.#eventInit.ports);
        return this.#eventInit.ports;
      }
      initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '', lastEventId = '', source = null, ports = []) {
        webidl.brandCheck(this, MessageEvent);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'MessageEvent.initMessageEvent'
        });
        return new MessageEvent(type, {
          bubbles: bubbles,
          cancelable: cancelable,
          data: data,
          origin: origin,
          lastEventId: lastEventId,
          source: source,
          ports: ports
        });
      }
    }
    class CloseEvent extends Event {
      #eventInit;
      constructor(type, eventInitDict = {}) {
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'CloseEvent constructor'
        });
        type = webidl.converters.DOMString(type);
        eventInitDict = webidl.converters.CloseEventInit(eventInitDict);
        super(type, eventInitDict);
        this.#eventInit = eventInitDict;
      }
      get wasClean() {
        webidl.brandCheck(this, CloseEvent);
        return this.#eventInit.wasClean;
      }
      get code() {
        webidl.brandCheck(this, CloseEvent);
        return this.#eventInit.code;
      }
      get reason() {
        webidl.brandCheck(this, CloseEvent);
        return this.#eventInit.reason;
      }
    }
    class ErrorEvent extends Event {
      #eventInit;
      constructor(type, eventInitDict) {
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'ErrorEvent constructor'
        });
        super(type, eventInitDict);
        type = webidl.converters.DOMString(type);
        eventInitDict = webidl.converters.ErrorEventInit(eventInitDict ?? {});
        this.#eventInit = eventInitDict;
      }
      get message() {
        webidl.brandCheck(this, ErrorEvent);
        return this.#eventInit.message;
      }
      get filename() {
        webidl.brandCheck(this, ErrorEvent);
        return this.#eventInit.filename;
      }
      get lineno() {
        webidl.brandCheck(this, ErrorEvent);
        return this.#eventInit.lineno;
      }
      get colno() {
        webidl.brandCheck(this, ErrorEvent);
        return this.#eventInit.colno;
      }
      get error() {
        webidl.brandCheck(this, ErrorEvent);
        return this.#eventInit.error;
      }
    }
    Object.defineProperties(MessageEvent.prototype, {
      [Symbol.toStringTag]: {
        value: 'MessageEvent',
        configurable: true
      },
      data: kEnumerableProperty,
      origin: kEnumerableProperty,
      lastEventId: kEnumerableProperty,
      source: kEnumerableProperty,
      ports: kEnumerableProperty,
      initMessageEvent: kEnumerableProperty
    });
    Object.defineProperties(CloseEvent.prototype, {
      [Symbol.toStringTag]: {
        value: 'CloseEvent',
        configurable: true
      },
      reason: kEnumerableProperty,
      code: kEnumerableProperty,
      wasClean: kEnumerableProperty
    });
    Object.defineProperties(ErrorEvent.prototype, {
      [Symbol.toStringTag]: {
        value: 'ErrorEvent',
        configurable: true
      },
      message: kEnumerableProperty,
      filename: kEnumerableProperty,
      lineno: kEnumerableProperty,
      colno: kEnumerableProperty,
      error: kEnumerableProperty
    });
    webidl.converters.MessagePort = webidl.interfaceConverter(MessagePort);
    webidl.converters['sequence<MessagePort>'] = webidl.sequenceConverter(webidl.converters.MessagePort);
    const eventInit = [ {
      key: 'bubbles',
      converter: webidl.converters.boolean,
      defaultValue: false
    }, {
      key: 'cancelable',
      converter: webidl.converters.boolean,
      defaultValue: false
    }, {
      key: 'composed',
      converter: webidl.converters.boolean,
      defaultValue: false
    } ];
    webidl.converters.MessageEventInit = webidl.dictionaryConverter([ ...eventInit, {
      key: 'data',
      converter: webidl.converters.any,
      defaultValue: null
    }, {
      key: 'origin',
      converter: webidl.converters.USVString,
      defaultValue: ''
    }, {
      key: 'lastEventId',
      converter: webidl.converters.DOMString,
      defaultValue: ''
    }, {
      key: 'source',
      converter: webidl.nullableConverter(webidl.converters.MessagePort),
      defaultValue: null
    }, {
      key: 'ports',
      converter: webidl.converters['sequence<MessagePort>'],
      get defaultValue() {
        return [];
      }
    } ]);
    webidl.converters.CloseEventInit = webidl.dictionaryConverter([ ...eventInit, {
      key: 'wasClean',
      converter: webidl.converters.boolean,
      defaultValue: false
    }, {
      key: 'code',
      converter: webidl.converters['unsigned short'],
      defaultValue: 0
    }, {
      key: 'reason',
      converter: webidl.converters.USVString,
      defaultValue: ''
    } ]);
    webidl.converters.ErrorEventInit = webidl.dictionaryConverter([ ...eventInit, {
      key: 'message',
      converter: webidl.converters.DOMString,
      defaultValue: ''
    }, {
      key: 'filename',
      converter: webidl.converters.USVString,
      defaultValue: ''
    }, {
      key: 'lineno',
      converter: webidl.converters['unsigned long'],
      defaultValue: 0
    }, {
      key: 'colno',
      converter: webidl.converters['unsigned long'],
      defaultValue: 0
    }, {
      key: 'error',
      converter: webidl.converters.any
    } ]);
    module.exports = {
      MessageEvent: MessageEvent,
      CloseEvent: CloseEvent,
      ErrorEvent: ErrorEvent
    };
  },
  1237: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {maxUnsigned16Bit: maxUnsigned16Bit} = __webpack_require__(5913);
    let crypto;
    try {
      crypto = __webpack_require__(6982);
    } catch {}
    class WebsocketFrameSend {
      constructor(data) {
        this.frameData = data;
        this.maskKey = crypto.randomBytes(4);
      }
      createFrame(opcode) {
        const bodyLength = this.frameData?.byteLength ?? 0;
        let payloadLength = bodyLength;
        let offset = 6;
        if (bodyLength > maxUnsigned16Bit) {
          offset += 8;
          payloadLength = 127;
        } else if (bodyLength > 125) {
          offset += 2;
          payloadLength = 126;
        }
        const buffer = Buffer.allocUnsafe(bodyLength + offset);
        buffer[0] = buffer[1] = 0;
        buffer[0] |= 128;
        buffer[0] = (buffer[0] & 240) + opcode;
        /*! ws. MIT License. Einar Otto Stangvik <einaros@gmail.com> */        buffer[offset - 4] = this.maskKey[0];
        buffer[offset - 3] = this.maskKey[1];
        buffer[offset - 2] = this.maskKey[2];
        buffer[offset - 1] = this.maskKey[3];
        buffer[1] = payloadLength;
        if (payloadLength === 126) buffer.writeUInt16BE(bodyLength, 2); else if (payloadLength === 127) {
          buffer[2] = buffer[3] = 0;
          buffer.writeUIntBE(bodyLength, 4, 6);
        }
        buffer[1] |= 128;
        for (let i = 0; i < bodyLength; i++) buffer[offset + i] = this.frameData[i] ^ this.maskKey[i % 4];
        return buffer;
      }
    }
    module.exports = {
      WebsocketFrameSend: WebsocketFrameSend
    };
  },
  3171: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {Writable: Writable} = __webpack_require__(2203);
    const diagnosticsChannel = __webpack_require__(1637);
    const {parserStates: parserStates, opcodes: opcodes, states: states, emptyBuffer: emptyBuffer} = __webpack_require__(5913);
    const {kReadyState: kReadyState, kSentClose: kSentClose, kResponse: kResponse, kReceivedClose: kReceivedClose} = __webpack_require__(2933);
    const {isValidStatusCode: isValidStatusCode, failWebsocketConnection: failWebsocketConnection, websocketMessageReceived: websocketMessageReceived} = __webpack_require__(3574);
    const {WebsocketFrameSend: WebsocketFrameSend} = __webpack_require__(1237);
    const channels = {};
    channels.ping = diagnosticsChannel.channel('undici:websocket:ping');
    channels.pong = diagnosticsChannel.channel('undici:websocket:pong');
    class ByteParser extends Writable {
      #buffers=[];
      #byteOffset=0;
      #state=parserStates.INFO;
      #info={};
      #fragments=[];
      constructor(ws) {
        super();
        this.ws = ws;
      }
      _write(chunk, _, callback) {
        this.#buffers.push(chunk);
        this.#byteOffset += chunk.length;
        this.run(callback);
      }
      run(callback) {
        while (true) {
          if (this.#state === parserStates.INFO) {
            if (this.#byteOffset < 2) return callback();
            const buffer = this.consume(2);
            this.#info.fin = (buffer[0] & 128) !== 0;
            this.#info.opcode = buffer[0] & 15;
            this.#info.originalOpcode ??= this.#info.opcode;
            this.#info.fragmented = !this.#info.fin && this.#info.opcode !== opcodes.CONTINUATION;
            if (this.#info.fragmented && this.#info.opcode !== opcodes.BINARY && this.#info.opcode !== opcodes.TEXT) {
              failWebsocketConnection(this.ws, 'Invalid frame type was fragmented.');
              return;
            }
            const payloadLength = buffer[1] & 127;
            if (payloadLength <= 125) {
              this.#info.payloadLength = payloadLength;
              this.#state = parserStates.READ_DATA;
            } else if (payloadLength === 126) this.#state = parserStates.PAYLOADLENGTH_16; else if (payloadLength === 127) this.#state = parserStates.PAYLOADLENGTH_64;
            if (this.#info.fragmented && payloadLength > 125) {
              failWebsocketConnection(this.ws, 'Fragmented frame exceeded 125 bytes.');
              return;
            } else if ((this.#info.opcode === opcodes.PING || this.#info.opcode === opcodes.PONG || this.#info.opcode === opcodes.CLOSE) && payloadLength > 125) {
              failWebsocketConnection(this.ws, 'Payload length for control frame exceeded 125 bytes.');
              return;
            } else if (this.#info.opcode === opcodes.CLOSE) {
              if (payloadLength === 1) {
                failWebsocketConnection(this.ws, 'Received close frame with a 1-byte body.');
                return;
              }
              const body = this.consume(payloadLength);
              this.#info.closeInfo = this.parseCloseBody(false, body);
              if (!this.ws[kSentClose]) {
                const body = Buffer.allocUnsafe(2);
                body.writeUInt16BE(this.#info.closeInfo.code, 0);
                const closeFrame = new WebsocketFrameSend(body);
                this.ws[kResponse].socket.write(closeFrame.createFrame(opcodes.CLOSE), err => {
                  if (!err) this.ws[kSentClose] = true;
                });
              }
              this.ws[kReadyState] = states.CLOSING;
              this.ws[kReceivedClose] = true;
              this.end();
              return;
            } else if (this.#info.opcode === opcodes.PING) {
              const body = this.consume(payloadLength);
              if (!this.ws[kReceivedClose]) {
                const frame = new WebsocketFrameSend(body);
                this.ws[kResponse].socket.write(frame.createFrame(opcodes.PONG));
                if (channels.ping.hasSubscribers) channels.ping.publish({
                  payload: body
                });
              }
              this.#state = parserStates.INFO;
              if (this.#byteOffset > 0) continue; else {
                callback();
                return;
              }
            } else if (this.#info.opcode === opcodes.PONG) {
              const body = this.consume(payloadLength);
              if (channels.pong.hasSubscribers) channels.pong.publish({
                payload: body
              });
              if (this.#byteOffset > 0) continue; else {
                callback();
                return;
              }
            }
          } else if (this.#state === parserStates.PAYLOADLENGTH_16) {
            if (this.#byteOffset < 2) return callback();
            const buffer = this.consume(2);
            this.#info.payloadLength = buffer.readUInt16BE(0);
            this.#state = parserStates.READ_DATA;
          } else if (this.#state === parserStates.PAYLOADLENGTH_64) {
            if (this.#byteOffset < 8) return callback();
            const buffer = this.consume(8);
            const upper = buffer.readUInt32BE(0);
            if (upper > 2 ** 31 - 1) {
              failWebsocketConnection(this.ws, 'Received payload length > 2^31 bytes.');
              return;
            }
            const lower = buffer.readUInt32BE(4);
            this.#info.payloadLength = (upper << 8) + lower;
            this.#state = parserStates.READ_DATA;
          } else if (this.#state === parserStates.READ_DATA) if (this.#byteOffset < this.#info.payloadLength) return callback(); else if (this.#byteOffset >= this.#info.payloadLength) {
            const body = this.consume(this.#info.payloadLength);
            this.#fragments.push(body);
            if (!this.#info.fragmented || this.#info.fin && this.#info.opcode === opcodes.CONTINUATION) {
              const fullMessage = Buffer.concat(this.#fragments);
              websocketMessageReceived(this.ws, this.#info.originalOpcode, fullMessage);
              this.#info = {};
              this.#fragments.length = 0;
            }
            this.#state = parserStates.INFO;
          }
          if (this.#byteOffset > 0) continue; else {
            callback();
            break;
          }
        }
      }
      consume(n) {
        if (n > this.#byteOffset) return null; else if (n === 0) return emptyBuffer;
        if (this.#buffers[0].length === n) {
          this.#byteOffset -= this.#buffers[0].length;
          return this.#buffers.shift();
        }
        const buffer = Buffer.allocUnsafe(n);
        let offset = 0;
        while (offset !== n) {
          const next = this.#buffers[0];
          const {length: length} = next;
          if (length + offset === n) {
            buffer.set(this.#buffers.shift(), offset);
            break;
          } else if (length + offset > n) {
            buffer.set(next.subarray(0, n - offset), offset);
            this.#buffers[0] = next.subarray(n - offset);
            break;
          } else {
            buffer.set(this.#buffers.shift(), offset);
            offset += next.length;
          }
        }
        this.#byteOffset -= n;
        return buffer;
      }
      parseCloseBody(onlyCode, data) {
        let code;
        if (data.length >= 2) code = data.readUInt16BE(0);
        if (onlyCode) {
          if (!isValidStatusCode(code)) return null;
          return {
            code: code
          };
        }
        let reason = data.subarray(2);
        if (reason[0] === 239 && reason[1] === 187 && reason[2] === 191) reason = reason.subarray(3);
        if (code !== void 0 && !isValidStatusCode(code)) return null;
        try {
          reason = new TextDecoder('utf-8', {
            fatal: true
          }).decode(reason);
        } catch {
          return null;
        }
        return {
          code: code,
          reason: reason
        };
      }
      get closingInfo() {
        return this.#info.closeInfo;
      }
    }
    module.exports = {
      ByteParser: ByteParser
    };
  },
  2933: module => {
    "use strict";
    module.exports = {
      kWebSocketURL: Symbol('url'),
      kReadyState: Symbol('ready state'),
      kController: Symbol('controller'),
      kResponse: Symbol('response'),
      kBinaryType: Symbol('binary type'),
      kSentClose: Symbol('sent close'),
      kReceivedClose: Symbol('received close'),
      kByteParser: Symbol('byte parser')
    };
  },
  3574: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {kReadyState: kReadyState, kController: kController, kResponse: kResponse, kBinaryType: kBinaryType, kWebSocketURL: kWebSocketURL} = __webpack_require__(2933);
    const {states: states, opcodes: opcodes} = __webpack_require__(5913);
    const {MessageEvent: MessageEvent, ErrorEvent: ErrorEvent} = __webpack_require__(6255);
    function isEstablished(ws) {
      return ws[kReadyState] === states.OPEN;
    }
    function isClosing(ws) {
      return ws[kReadyState] === states.CLOSING;
    }
    function isClosed(ws) {
      return ws[kReadyState] === states.CLOSED;
    }
    function fireEvent(e, target, eventConstructor = Event, eventInitDict) {
      const event = new eventConstructor(e, eventInitDict);
      target.dispatchEvent(event);
    }
    function websocketMessageReceived(ws, type, data) {
      if (ws[kReadyState] !== states.OPEN) return;
      let dataForEvent;
      if (type === opcodes.TEXT) try {
        dataForEvent = new TextDecoder('utf-8', {
          fatal: true
        }).decode(data);
      } catch {
        failWebsocketConnection(ws, 'Received invalid UTF-8 in text frame.');
        return;
      } else if (type === opcodes.BINARY) if (ws[kBinaryType] === 'blob') dataForEvent = new Blob([ data ]); else dataForEvent = new Uint8Array(data).buffer;
      fireEvent('message', ws, MessageEvent, {
        origin: ws[kWebSocketURL].origin,
        data: dataForEvent
      });
    }
    function isValidSubprotocol(protocol) {
      if (protocol.length === 0) return false;
      for (const char of protocol) {
        const code = char.charCodeAt(0);
        if (code < 33 || code > 126 || char === '(' || char === ')' || char === '<' || char === '>' || char === '@' || char === ',' || char === ';' || char === ':' || char === '\\' || char === '"' || char === '/' || char === '[' || char === ']' || char === '?' || char === '=' || char === '{' || char === '}' || code === 32 || code === 9) return false;
      }
      return true;
    }
    function isValidStatusCode(code) {
      if (code >= 1e3 && code < 1015) return code !== 1004 && code !== 1005 && code !== 1006;
      return code >= 3e3 && code <= 4999;
    }
    function failWebsocketConnection(ws, reason) {
      const {[kController]: controller, [kResponse]: response} = ws;
      controller.abort();
      if (response?.socket && !response.socket.destroyed) response.socket.destroy();
      if (reason) fireEvent('error', ws, ErrorEvent, {
        error: new Error(reason)
      });
    }
    module.exports = {
      isEstablished: isEstablished,
      isClosing: isClosing,
      isClosed: isClosed,
      fireEvent: fireEvent,
      isValidSubprotocol: isValidSubprotocol,
      isValidStatusCode: isValidStatusCode,
      failWebsocketConnection: failWebsocketConnection,
      websocketMessageReceived: websocketMessageReceived
    };
  },
  5171: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {webidl: webidl} = __webpack_require__(4222);
    const {DOMException: DOMException} = __webpack_require__(7326);
    const {URLSerializer: URLSerializer} = __webpack_require__(4322);
    const {getGlobalOrigin: getGlobalOrigin} = __webpack_require__(5628);
    const {staticPropertyDescriptors: staticPropertyDescriptors, states: states, opcodes: opcodes, emptyBuffer: emptyBuffer} = __webpack_require__(5913);
    const {kWebSocketURL: kWebSocketURL, kReadyState: kReadyState, kController: kController, kBinaryType: kBinaryType, kResponse: kResponse, kSentClose: kSentClose, kByteParser: kByteParser} = __webpack_require__(2933);
    const {isEstablished: isEstablished, isClosing: isClosing, isValidSubprotocol: isValidSubprotocol, failWebsocketConnection: failWebsocketConnection, fireEvent: fireEvent} = __webpack_require__(3574);
    const {establishWebSocketConnection: establishWebSocketConnection} = __webpack_require__(8550);
    const {WebsocketFrameSend: WebsocketFrameSend} = __webpack_require__(1237);
    const {ByteParser: ByteParser} = __webpack_require__(3171);
    const {kEnumerableProperty: kEnumerableProperty, isBlobLike: isBlobLike} = __webpack_require__(3440);
    const {getGlobalDispatcher: getGlobalDispatcher} = __webpack_require__(2581);
    const {types: types} = __webpack_require__(9023);
    let experimentalWarned = false;
    class WebSocket extends EventTarget {
      #events={
        open: null,
        error: null,
        close: null,
        message: null
      };
      #bufferedAmount=0;
      #protocol='';
      #extensions='';
      constructor(url, protocols = []) {
        super();
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'WebSocket constructor'
        });
        if (!experimentalWarned) {
          experimentalWarned = true;
          process.emitWarning('WebSockets are experimental, expect them to change at any time.', {
            code: 'UNDICI-WS'
          });
        }
        const options = webidl.converters['DOMString or sequence<DOMString> or WebSocketInit'](protocols);
        url = webidl.converters.USVString(url);
        protocols = options.protocols;
        const baseURL = getGlobalOrigin();
        let urlRecord;
        try {
          urlRecord = new URL(url, baseURL);
        } catch (e) {
          throw new DOMException(e, 'SyntaxError');
        }
        if (urlRecord.protocol === 'http:') urlRecord.protocol = 'ws:'; else if (urlRecord.protocol === 'https:') urlRecord.protocol = 'wss:';
        if (urlRecord.protocol !== 'ws:' && urlRecord.protocol !== 'wss:') throw new DOMException(`Expected a ws: or wss: protocol, got ${urlRecord.protocol}`, 'SyntaxError');
        if (urlRecord.hash || urlRecord.href.endsWith('#')) throw new DOMException('Got fragment', 'SyntaxError');
        if (typeof protocols === 'string') protocols = [ protocols ];
        if (protocols.length !== new Set(protocols.map(p => p.toLowerCase())).size) throw new DOMException('Invalid Sec-WebSocket-Protocol value', 'SyntaxError');
        if (protocols.length > 0 && !protocols.every(p => isValidSubprotocol(p))) throw new DOMException('Invalid Sec-WebSocket-Protocol value', 'SyntaxError');
        this[kWebSocketURL] = new URL(urlRecord.href);
        this[kController] = establishWebSocketConnection(urlRecord, protocols, this, response => this.#onConnectionEstablished(response), options);
        this[kReadyState] = WebSocket.CONNECTING;
        this[kBinaryType] = 'blob';
      }
      close(code = void 0, reason = void 0) {
        webidl.brandCheck(this, WebSocket);
        if (code !== void 0) code = webidl.converters['unsigned short'](code, {
          clamp: true
        });
        if (reason !== void 0) reason = webidl.converters.USVString(reason);
        if (code !== void 0) if (code !== 1e3 && (code < 3e3 || code > 4999)) throw new DOMException('invalid code', 'InvalidAccessError');
        let reasonByteLength = 0;
        if (reason !== void 0) {
          reasonByteLength = Buffer.byteLength(reason);
          if (reasonByteLength > 123) throw new DOMException(`Reason must be less than 123 bytes; received ${reasonByteLength}`, 'SyntaxError');
        }
        if (this[kReadyState] === WebSocket.CLOSING || this[kReadyState] === WebSocket.CLOSED) ; else if (!isEstablished(this)) {
          failWebsocketConnection(this, 'Connection was closed before it was established.');
          this[kReadyState] = WebSocket.CLOSING;
        } else if (!isClosing(this)) {
          const frame = new WebsocketFrameSend;
          if (code !== void 0 && reason === void 0) {
            frame.frameData = Buffer.allocUnsafe(2);
            frame.frameData.writeUInt16BE(code, 0);
          } else if (code !== void 0 && reason !== void 0) {
            frame.frameData = Buffer.allocUnsafe(2 + reasonByteLength);
            frame.frameData.writeUInt16BE(code, 0);
            frame.frameData.write(reason, 2, 'utf-8');
          } else frame.frameData = emptyBuffer;
          const socket = this[kResponse].socket;
          socket.write(frame.createFrame(opcodes.CLOSE), err => {
            if (!err) this[kSentClose] = true;
          });
          this[kReadyState] = states.CLOSING;
        } else this[kReadyState] = WebSocket.CLOSING;
      }
      send(data) {
        webidl.brandCheck(this, WebSocket);
        webidl.argumentLengthCheck(arguments, 1, {
          header: 'WebSocket.send'
        });
        data = webidl.converters.WebSocketSendData(data);
        if (this[kReadyState] === WebSocket.CONNECTING) throw new DOMException('Sent before connected.', 'InvalidStateError');
        if (!isEstablished(this) || isClosing(this)) return;
        const socket = this[kResponse].socket;
        if (typeof data === 'string') {
          const value = Buffer.from(data);
          const frame = new WebsocketFrameSend(value);
          const buffer = frame.createFrame(opcodes.TEXT);
          this.#bufferedAmount += value.byteLength;
          socket.write(buffer, () => {
            this.#bufferedAmount -= value.byteLength;
          });
        } else if (types.isArrayBuffer(data)) {
          const value = Buffer.from(data);
          const frame = new WebsocketFrameSend(value);
          const buffer = frame.createFrame(opcodes.BINARY);
          this.#bufferedAmount += value.byteLength;
          socket.write(buffer, () => {
            this.#bufferedAmount -= value.byteLength;
          });
        } else if (ArrayBuffer.isView(data)) {
          const ab = Buffer.from(data, data.byteOffset, data.byteLength);
          const frame = new WebsocketFrameSend(ab);
          const buffer = frame.createFrame(opcodes.BINARY);
          this.#bufferedAmount += ab.byteLength;
          socket.write(buffer, () => {
            this.#bufferedAmount -= ab.byteLength;
          });
        } else if (isBlobLike(data)) {
          const frame = new WebsocketFrameSend;
          data.arrayBuffer().then(ab => {
            const value = Buffer.from(ab);
            frame.frameData = value;
            const buffer = frame.createFrame(opcodes.BINARY);
            this.#bufferedAmount += value.byteLength;
            socket.write(buffer, () => {
              this.#bufferedAmount -= value.byteLength;
            });
          });
        }
      }
      get readyState() {
        webidl.brandCheck(this, WebSocket);
        return this[kReadyState];
      }
      get bufferedAmount() {
        webidl.brandCheck(this, WebSocket);
        return this.#bufferedAmount;
      }
      get url() {
        webidl.brandCheck(this, WebSocket);
        return URLSerializer(this[kWebSocketURL]);
      }
      get extensions() {
        webidl.brandCheck(this, WebSocket);
        return this.#extensions;
      }
      get protocol() {
        webidl.brandCheck(this, WebSocket);
        return this.#protocol;
      }
      get onopen() {
        webidl.brandCheck(this, WebSocket);
        return this.#events.open;
      }
      set onopen(fn) {
        webidl.brandCheck(this, WebSocket);
        if (this.#events.open) this.removeEventListener('open', this.#events.open);
        if (typeof fn === 'function') {
          this.#events.open = fn;
          this.addEventListener('open', fn);
        } else this.#events.open = null;
      }
      get onerror() {
        webidl.brandCheck(this, WebSocket);
        return this.#events.error;
      }
      set onerror(fn) {
        webidl.brandCheck(this, WebSocket);
        if (this.#events.error) this.removeEventListener('error', this.#events.error);
        if (typeof fn === 'function') {
          this.#events.error = fn;
          this.addEventListener('error', fn);
        } else this.#events.error = null;
      }
      get onclose() {
        webidl.brandCheck(this, WebSocket);
        return this.#events.close;
      }
      set onclose(fn) {
        webidl.brandCheck(this, WebSocket);
        if (this.#events.close) this.removeEventListener('close', this.#events.close);
        if (typeof fn === 'function') {
          this.#events.close = fn;
          this.addEventListener('close', fn);
        } else this.#events.close = null;
      }
      get onmessage() {
        webidl.brandCheck(this, WebSocket);
        return this.#events.message;
      }
      set onmessage(fn) {
        webidl.brandCheck(this, WebSocket);
        if (this.#events.message) this.removeEventListener('message', this.#events.message);
        if (typeof fn === 'function') {
          this.#events.message = fn;
          this.addEventListener('message', fn);
        } else this.#events.message = null;
      }
      get binaryType() {
        webidl.brandCheck(this, WebSocket);
        return this[kBinaryType];
      }
      set binaryType(type) {
        webidl.brandCheck(this, WebSocket);
        if (type !== 'blob' && type !== 'arraybuffer') this[kBinaryType] = 'blob'; else this[kBinaryType] = type;
      }
      #onConnectionEstablished(response) {
        this[kResponse] = response;
        const parser = new ByteParser(this);
        parser.on('drain', function() {
          this.ws[kResponse].socket.resume();
        });
        response.socket.ws = this;
        this[kByteParser] = parser;
        this[kReadyState] = states.OPEN;
        const extensions = response.headersList.get('sec-websocket-extensions');
        if (extensions !== null) this.#extensions = extensions;
        const protocol = response.headersList.get('sec-websocket-protocol');
        if (protocol !== null) this.#protocol = protocol;
        fireEvent('open', this);
      }
    }
    WebSocket.CONNECTING = WebSocket.prototype.CONNECTING = states.CONNECTING;
    WebSocket.OPEN = WebSocket.prototype.OPEN = states.OPEN;
    WebSocket.CLOSING = WebSocket.prototype.CLOSING = states.CLOSING;
    WebSocket.CLOSED = WebSocket.prototype.CLOSED = states.CLOSED;
    Object.defineProperties(WebSocket.prototype, {
      CONNECTING: staticPropertyDescriptors,
      OPEN: staticPropertyDescriptors,
      CLOSING: staticPropertyDescriptors,
      CLOSED: staticPropertyDescriptors,
      url: kEnumerableProperty,
      readyState: kEnumerableProperty,
      bufferedAmount: kEnumerableProperty,
      onopen: kEnumerableProperty,
      onerror: kEnumerableProperty,
      onclose: kEnumerableProperty,
      close: kEnumerableProperty,
      onmessage: kEnumerableProperty,
      binaryType: kEnumerableProperty,
      send: kEnumerableProperty,
      extensions: kEnumerableProperty,
      protocol: kEnumerableProperty,
      [Symbol.toStringTag]: {
        value: 'WebSocket',
        writable: false,
        enumerable: false,
        configurable: true
      }
    });
    Object.defineProperties(WebSocket, {
      CONNECTING: staticPropertyDescriptors,
      OPEN: staticPropertyDescriptors,
      CLOSING: staticPropertyDescriptors,
      CLOSED: staticPropertyDescriptors
    });
    webidl.converters['sequence<DOMString>'] = webidl.sequenceConverter(webidl.converters.DOMString);
    webidl.converters['DOMString or sequence<DOMString>'] = function(V) {
      if (webidl.util.Type(V) === 'Object' && Symbol.iterator in V) return webidl.converters['sequence<DOMString>'](V);
      return webidl.converters.DOMString(V);
    };
    webidl.converters.WebSocketInit = webidl.dictionaryConverter([ {
      key: 'protocols',
      converter: webidl.converters['DOMString or sequence<DOMString>'],
      get defaultValue() {
        return [];
      }
    }, {
      key: 'dispatcher',
      converter: V => V,
      get defaultValue() {
        return getGlobalDispatcher();
      }
    }, {
      key: 'headers',
      converter: webidl.nullableConverter(webidl.converters.HeadersInit)
    } ]);
    webidl.converters['DOMString or sequence<DOMString> or WebSocketInit'] = function(V) {
      if (webidl.util.Type(V) === 'Object' && !(Symbol.iterator in V)) return webidl.converters.WebSocketInit(V);
      return {
        protocols: webidl.converters['DOMString or sequence<DOMString>'](V)
      };
    };
    webidl.converters.WebSocketSendData = function(V) {
      if (webidl.util.Type(V) === 'Object') {
        if (isBlobLike(V)) return webidl.converters.Blob(V, {
          strict: false
        });
        if (ArrayBuffer.isView(V) || types.isAnyArrayBuffer(V)) return webidl.converters.BufferSource(V);
      }
      return webidl.converters.USVString(V);
    };
    module.exports = {
      WebSocket: WebSocket
    };
  },
  8264: module => {
    module.exports = wrappy;
    function wrappy(fn, cb) {
      if (fn && cb) return wrappy(fn)(cb);
      if (typeof fn !== 'function') throw new TypeError('need wrapper function');
      Object.keys(fn).forEach(function(k) {
        wrapper[k] = fn[k];
      });
      return wrapper;
      function wrapper() {
        var args = new Array(arguments.length);
        for (var i = 0; i < args.length; i++) args[i] = arguments[i];
        var ret = fn.apply(this, args);
        var cb = args[args.length - 1];
        if (typeof ret === 'function' && ret !== cb) Object.keys(cb).forEach(function(k) {
          ret[k] = cb[k];
        });
        return ret;
      }
    }
  },
  7182: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const WritableStream = __webpack_require__(7075).Writable;
    const inherits = __webpack_require__(7975).inherits;
    const StreamSearch = __webpack_require__(4136);
    const PartStream = __webpack_require__(612);
    const HeaderParser = __webpack_require__(2271);
    const DASH = 45;
    const B_ONEDASH = Buffer.from('-');
    const B_CRLF = Buffer.from('\r\n');
    const EMPTY_FN = function() {};
    function Dicer(cfg) {
      if (!(this instanceof Dicer)) return new Dicer(cfg);
      WritableStream.call(this, cfg);
      if (!cfg || !cfg.headerFirst && typeof cfg.boundary !== 'string') throw new TypeError('Boundary required');
      if (typeof cfg.boundary === 'string') this.setBoundary(cfg.boundary); else this._bparser = void 0;
      this._headerFirst = cfg.headerFirst;
      this._dashes = 0;
      this._parts = 0;
      this._finished = false;
      this._realFinish = false;
      this._isPreamble = true;
      this._justMatched = false;
      this._firstWrite = true;
      this._inHeader = true;
      this._part = void 0;
      this._cb = void 0;
      this._ignoreData = false;
      this._partOpts = {
        highWaterMark: cfg.partHwm
      };
      this._pause = false;
      const self = this;
      this._hparser = new HeaderParser(cfg);
      this._hparser.on('header', function(header) {
        self._inHeader = false;
        self._part.emit('header', header);
      });
    }
    inherits(Dicer, WritableStream);
    Dicer.prototype.emit = function(ev) {
      if (ev === 'finish' && !this._realFinish) {
        if (!this._finished) {
          const self = this;
          process.nextTick(function() {
            self.emit('error', new Error('Unexpected end of multipart data'));
            if (self._part && !self._ignoreData) {
              const type = self._isPreamble ? 'Preamble' : 'Part';
              self._part.emit('error', new Error(type + ' terminated early due to unexpected end of multipart data'));
              self._part.push(null);
              process.nextTick(function() {
                self._realFinish = true;
                self.emit('finish');
                self._realFinish = false;
              });
              return;
            }
            self._realFinish = true;
            self.emit('finish');
            self._realFinish = false;
          });
        }
      } else WritableStream.prototype.emit.apply(this, arguments);
    };
    Dicer.prototype._write = function(data, encoding, cb) {
      if (!this._hparser && !this._bparser) return cb();
      if (this._headerFirst && this._isPreamble) {
        if (!this._part) {
          this._part = new PartStream(this._partOpts);
          if (this.listenerCount('preamble') !== 0) this.emit('preamble', this._part); else this._ignore();
        }
        const r = this._hparser.push(data);
        if (!this._inHeader && r !== void 0 && r < data.length) data = data.slice(r); else return cb();
      }
      if (this._firstWrite) {
        this._bparser.push(B_CRLF);
        this._firstWrite = false;
      }
      this._bparser.push(data);
      if (this._pause) this._cb = cb; else cb();
    };
    Dicer.prototype.reset = function() {
      this._part = void 0;
      this._bparser = void 0;
      this._hparser = void 0;
    };
    Dicer.prototype.setBoundary = function(boundary) {
      const self = this;
      this._bparser = new StreamSearch('\r\n--' + boundary);
      this._bparser.on('info', function(isMatch, data, start, end) {
        self._oninfo(isMatch, data, start, end);
      });
    };
    Dicer.prototype._ignore = function() {
      if (this._part && !this._ignoreData) {
        this._ignoreData = true;
        this._part.on('error', EMPTY_FN);
        this._part.resume();
      }
    };
    Dicer.prototype._oninfo = function(isMatch, data, start, end) {
      let buf;
      const self = this;
      let i = 0;
      let r;
      let shouldWriteMore = true;
      if (!this._part && this._justMatched && data) {
        while (this._dashes < 2 && start + i < end) if (data[start + i] === DASH) {
          ++i;
          ++this._dashes;
        } else {
          if (this._dashes) buf = B_ONEDASH;
          this._dashes = 0;
          break;
        }
        if (this._dashes === 2) {
          if (start + i < end && this.listenerCount('trailer') !== 0) this.emit('trailer', data.slice(start + i, end));
          this.reset();
          this._finished = true;
          if (self._parts === 0) {
            self._realFinish = true;
            self.emit('finish');
            self._realFinish = false;
          }
        }
        if (this._dashes) return;
      }
      if (this._justMatched) this._justMatched = false;
      if (!this._part) {
        this._part = new PartStream(this._partOpts);
        this._part._read = function(n) {
          self._unpause();
        };
        if (this._isPreamble && this.listenerCount('preamble') !== 0) this.emit('preamble', this._part); else if (this._isPreamble !== true && this.listenerCount('part') !== 0) this.emit('part', this._part); else this._ignore();
        if (!this._isPreamble) this._inHeader = true;
      }
      if (data && start < end && !this._ignoreData) if (this._isPreamble || !this._inHeader) {
        if (buf) shouldWriteMore = this._part.push(buf);
        shouldWriteMore = this._part.push(data.slice(start, end));
        if (!shouldWriteMore) this._pause = true;
      } else if (!this._isPreamble && this._inHeader) {
        if (buf) this._hparser.push(buf);
        r = this._hparser.push(data.slice(start, end));
        if (!this._inHeader && r !== void 0 && r < end) this._oninfo(false, data, start + r, end);
      }
      if (isMatch) {
        this._hparser.reset();
        if (this._isPreamble) this._isPreamble = false; else if (start !== end) {
          ++this._parts;
          this._part.on('end', function() {
            if (--self._parts === 0) if (self._finished) {
              self._realFinish = true;
              self.emit('finish');
              self._realFinish = false;
            } else self._unpause();
          });
        }
        this._part.push(null);
        this._part = void 0;
        this._ignoreData = false;
        this._justMatched = true;
        this._dashes = 0;
      }
    };
    Dicer.prototype._unpause = function() {
      if (!this._pause) return;
      this._pause = false;
      if (this._cb) {
        const cb = this._cb;
        this._cb = void 0;
        cb();
      }
    };
    module.exports = Dicer;
  },
  2271: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const EventEmitter = __webpack_require__(8474).EventEmitter;
    const inherits = __webpack_require__(7975).inherits;
    const getLimit = __webpack_require__(2393);
    const StreamSearch = __webpack_require__(4136);
    const B_DCRLF = Buffer.from('\r\n\r\n');
    const RE_CRLF = /\r\n/g;
    const RE_HDR = /^([^:]+):[ \t]?([\x00-\xFF]+)?$/;
    function HeaderParser(cfg) {
      EventEmitter.call(this);
      cfg = cfg || {};
      const self = this;
      this.nread = 0;
      this.maxed = false;
      this.npairs = 0;
      this.maxHeaderPairs = getLimit(cfg, 'maxHeaderPairs', 2e3);
      this.maxHeaderSize = getLimit(cfg, 'maxHeaderSize', 80 * 1024);
      this.buffer = '';
      this.header = {};
      this.finished = false;
      this.ss = new StreamSearch(B_DCRLF);
      this.ss.on('info', function(isMatch, data, start, end) {
        if (data && !self.maxed) {
          if (self.nread + end - start >= self.maxHeaderSize) {
            end = self.maxHeaderSize - self.nread + start;
            self.nread = self.maxHeaderSize;
            self.maxed = true;
          } else self.nread += end - start;
          self.buffer += data.toString('binary', start, end);
        }
        if (isMatch) self._finish();
      });
    }
    inherits(HeaderParser, EventEmitter);
    HeaderParser.prototype.push = function(data) {
      const r = this.ss.push(data);
      if (this.finished) return r;
    };
    HeaderParser.prototype.reset = function() {
      this.finished = false;
      this.buffer = '';
      this.header = {};
      this.ss.reset();
    };
    HeaderParser.prototype._finish = function() {
      if (this.buffer) this._parseHeader();
      this.ss.matches = this.ss.maxMatches;
      const header = this.header;
      this.header = {};
      this.buffer = '';
      this.finished = true;
      this.nread = this.npairs = 0;
      this.maxed = false;
      this.emit('header', header);
    };
    HeaderParser.prototype._parseHeader = function() {
      if (this.npairs === this.maxHeaderPairs) return;
      const lines = this.buffer.split(RE_CRLF);
      const len = lines.length;
      let m, h;
      for (var i = 0; i < len; ++i) {
        if (lines[i].length === 0) continue;
        if (lines[i][0] === '\t' || lines[i][0] === ' ') if (h) {
          this.header[h][this.header[h].length - 1] += lines[i];
          continue;
        }
        const posColon = lines[i].indexOf(':');
        if (posColon === -1 || posColon === 0) return;
        m = RE_HDR.exec(lines[i]);
        h = m[1].toLowerCase();
        this.header[h] = this.header[h] || [];
        this.header[h].push(m[2] || '');
        if (++this.npairs === this.maxHeaderPairs) break;
      }
    };
    module.exports = HeaderParser;
  },
  612: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const inherits = __webpack_require__(7975).inherits;
    const ReadableStream = __webpack_require__(7075).Readable;
    function PartStream(opts) {
      ReadableStream.call(this, opts);
    }
    inherits(PartStream, ReadableStream);
    PartStream.prototype._read = function(n) {};
    module.exports = PartStream;
  },
  4136: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const EventEmitter = __webpack_require__(8474).EventEmitter;
    const inherits = __webpack_require__(7975).inherits;
    function SBMH(needle) {
      if (typeof needle === 'string') needle = Buffer.from(needle);
      if (!Buffer.isBuffer(needle)) throw new TypeError('The needle has to be a String or a Buffer.');
      const needleLength = needle.length;
      if (needleLength === 0) throw new Error('The needle cannot be an empty String/Buffer.');
      if (needleLength > 256) throw new Error('The needle cannot have a length bigger than 256.');
      this.maxMatches = 1 / 0;
      this.matches = 0;
      this._occ = new Array(256).fill(needleLength);
      this._lookbehind_size = 0;
      this._needle = needle;
      this._bufpos = 0;
      this._lookbehind = Buffer.alloc(needleLength);
      for (var i = 0; i < needleLength - 1; ++i) this._occ[needle[i]] = needleLength - 1 - i;
    }
    inherits(SBMH, EventEmitter);
    SBMH.prototype.reset = function() {
      this._lookbehind_size = 0;
      this.matches = 0;
      this._bufpos = 0;
    };
    SBMH.prototype.push = function(chunk, pos) {
      if (!Buffer.isBuffer(chunk)) chunk = Buffer.from(chunk, 'binary');
      const chlen = chunk.length;
      this._bufpos = pos || 0;
      let r;
      while (r !== chlen && this.matches < this.maxMatches) r = this._sbmh_feed(chunk);
      return r;
    };
    SBMH.prototype._sbmh_feed = function(data) {
      const len = data.length;
      const needle = this._needle;
      const needleLength = needle.length;
      const lastNeedleChar = needle[needleLength - 1];
      let pos = -this._lookbehind_size;
      let ch;
      if (pos < 0) {
        while (pos < 0 && pos <= len - needleLength) {
          ch = this._sbmh_lookup_char(data, pos + needleLength - 1);
          if (ch === lastNeedleChar && this._sbmh_memcmp(data, pos, needleLength - 1)) {
            this._lookbehind_size = 0;
            ++this.matches;
            this.emit('info', true);
            return this._bufpos = pos + needleLength;
          }
          pos += this._occ[ch];
        }
        if (pos < 0) while (pos < 0 && !this._sbmh_memcmp(data, pos, len - pos)) ++pos;
        if (pos >= 0) {
          this.emit('info', false, this._lookbehind, 0, this._lookbehind_size);
          this._lookbehind_size = 0;
        } else {
          const bytesToCutOff = this._lookbehind_size + pos;
          if (bytesToCutOff > 0) this.emit('info', false, this._lookbehind, 0, bytesToCutOff);
          this._lookbehind.copy(this._lookbehind, 0, bytesToCutOff, this._lookbehind_size - bytesToCutOff);
          this._lookbehind_size -= bytesToCutOff;
          data.copy(this._lookbehind, this._lookbehind_size);
          this._lookbehind_size += len;
          this._bufpos = len;
          return len;
        }
      }
      pos += (pos >= 0) * this._bufpos;
      if (data.indexOf(needle, pos) !== -1) {
        pos = data.indexOf(needle, pos);
        ++this.matches;
        if (pos > 0) this.emit('info', true, data, this._bufpos, pos); else this.emit('info', true);
        return this._bufpos = pos + needleLength;
      } else pos = len - needleLength;
      while (pos < len && (data[pos] !== needle[0] || Buffer.compare(data.subarray(pos, pos + len - pos), needle.subarray(0, len - pos)) !== 0)) ++pos;
      if (pos < len) {
        data.copy(this._lookbehind, 0, pos, pos + (len - pos));
        this._lookbehind_size = len - pos;
      }
      if (pos > 0) this.emit('info', false, data, this._bufpos, pos < len ? pos : len);
      this._bufpos = len;
      return len;
    };
    SBMH.prototype._sbmh_lookup_char = function(data, pos) {
      return pos < 0 ? this._lookbehind[this._lookbehind_size + pos] : data[pos];
    };
    SBMH.prototype._sbmh_memcmp = function(data, pos, len) {
      for (var i = 0; i < len; ++i) if (this._sbmh_lookup_char(data, pos + i) !== this._needle[i]) return false;
      return true;
    };
    module.exports = SBMH;
  },
  9581: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const WritableStream = __webpack_require__(7075).Writable;
    const {inherits: inherits} = __webpack_require__(7975);
    const Dicer = __webpack_require__(7182);
    const MultipartParser = __webpack_require__(1192);
    const UrlencodedParser = __webpack_require__(855);
    const parseParams = __webpack_require__(8929);
    function Busboy(opts) {
      if (!(this instanceof Busboy)) return new Busboy(opts);
      if (typeof opts !== 'object') throw new TypeError('Busboy expected an options-Object.');
      if (typeof opts.headers !== 'object') throw new TypeError('Busboy expected an options-Object with headers-attribute.');
      if (typeof opts.headers['content-type'] !== 'string') throw new TypeError('Missing Content-Type-header.');
      const {headers: headers, ...streamOptions} = opts;
      this.opts = {
        autoDestroy: false,
        ...streamOptions
      };
      WritableStream.call(this, this.opts);
      this._done = false;
      this._parser = this.getParserByHeaders(headers);
      this._finished = false;
    }
    inherits(Busboy, WritableStream);
    Busboy.prototype.emit = function(ev) {
      if (ev === 'finish') {
        if (!this._done) {
          this._parser?.end();
          return;
        } else if (this._finished) return;
        this._finished = true;
      }
      WritableStream.prototype.emit.apply(this, arguments);
    };
    Busboy.prototype.getParserByHeaders = function(headers) {
      const parsed = parseParams(headers['content-type']);
      const cfg = {
        defCharset: this.opts.defCharset,
        fileHwm: this.opts.fileHwm,
        headers: headers,
        highWaterMark: this.opts.highWaterMark,
        isPartAFile: this.opts.isPartAFile,
        limits: this.opts.limits,
        parsedConType: parsed,
        preservePath: this.opts.preservePath
      };
      if (MultipartParser.detect.test(parsed[0])) return new MultipartParser(this, cfg);
      if (UrlencodedParser.detect.test(parsed[0])) return new UrlencodedParser(this, cfg);
      throw new Error('Unsupported Content-Type.');
    };
    Busboy.prototype._write = function(chunk, encoding, cb) {
      this._parser.write(chunk, cb);
    };
    module.exports = Busboy;
    module.exports["default"] = Busboy;
    module.exports.Busboy = Busboy;
    module.exports.Dicer = Dicer;
  },
  1192: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const {Readable: Readable} = __webpack_require__(7075);
    const {inherits: inherits} = __webpack_require__(7975);
    const Dicer = __webpack_require__(7182);
    const parseParams = __webpack_require__(8929);
    const decodeText = __webpack_require__(2747);
    const basename = __webpack_require__(692);
    const getLimit = __webpack_require__(2393);
    const RE_BOUNDARY = /^boundary$/i;
    const RE_FIELD = /^form-data$/i;
    const RE_CHARSET = /^charset$/i;
    const RE_FILENAME = /^filename$/i;
    const RE_NAME = /^name$/i;
    Multipart.detect = /^multipart\/form-data/i;
    function Multipart(boy, cfg) {
      let i;
      let len;
      const self = this;
      let boundary;
      const limits = cfg.limits;
      const isPartAFile = cfg.isPartAFile || ((fieldName, contentType, fileName) => contentType === 'application/octet-stream' || fileName !== void 0);
      const parsedConType = cfg.parsedConType || [];
      const defCharset = cfg.defCharset || 'utf8';
      const preservePath = cfg.preservePath;
      const fileOpts = {
        highWaterMark: cfg.fileHwm
      };
      for (i = 0, len = parsedConType.length; i < len; ++i) if (Array.isArray(parsedConType[i]) && RE_BOUNDARY.test(parsedConType[i][0])) {
        boundary = parsedConType[i][1];
        break;
      }
      function checkFinished() {
        if (nends === 0 && finished && !boy._done) {
          finished = false;
          self.end();
        }
      }
      if (typeof boundary !== 'string') throw new Error('Multipart: Boundary not found');
      const fieldSizeLimit = getLimit(limits, 'fieldSize', 1 * 1024 * 1024);
      const fileSizeLimit = getLimit(limits, 'fileSize', 1 / 0);
      const filesLimit = getLimit(limits, 'files', 1 / 0);
      const fieldsLimit = getLimit(limits, 'fields', 1 / 0);
      const partsLimit = getLimit(limits, 'parts', 1 / 0);
      const headerPairsLimit = getLimit(limits, 'headerPairs', 2e3);
      const headerSizeLimit = getLimit(limits, 'headerSize', 80 * 1024);
      let nfiles = 0;
      let nfields = 0;
      let nends = 0;
      let curFile;
      let curField;
      let finished = false;
      this._needDrain = false;
      this._pause = false;
      this._cb = void 0;
      this._nparts = 0;
      this._boy = boy;
      const parserCfg = {
        boundary: boundary,
        maxHeaderPairs: headerPairsLimit,
        maxHeaderSize: headerSizeLimit,
        partHwm: fileOpts.highWaterMark,
        highWaterMark: cfg.highWaterMark
      };
      this.parser = new Dicer(parserCfg);
      this.parser.on('drain', function() {
        self._needDrain = false;
        if (self._cb && !self._pause) {
          const cb = self._cb;
          self._cb = void 0;
          cb();
        }
      }).on('part', function onPart(part) {
        if (++self._nparts > partsLimit) {
          self.parser.removeListener('part', onPart);
          self.parser.on('part', skipPart);
          boy.hitPartsLimit = true;
          boy.emit('partsLimit');
          return skipPart(part);
        }
        if (curField) {
          const field = curField;
          field.emit('end');
          field.removeAllListeners('end');
        }
        part.on('header', function(header) {
          let contype;
          let fieldname;
          let parsed;
          let charset;
          let encoding;
          let filename;
          let nsize = 0;
          if (header['content-type']) {
            parsed = parseParams(header['content-type'][0]);
            if (parsed[0]) {
              contype = parsed[0].toLowerCase();
              for (i = 0, len = parsed.length; i < len; ++i) if (RE_CHARSET.test(parsed[i][0])) {
                charset = parsed[i][1].toLowerCase();
                break;
              }
            }
          }
          if (contype === void 0) contype = 'text/plain';
          if (charset === void 0) charset = defCharset;
          if (header['content-disposition']) {
            parsed = parseParams(header['content-disposition'][0]);
            if (!RE_FIELD.test(parsed[0])) return skipPart(part);
            for (i = 0, len = parsed.length; i < len; ++i) if (RE_NAME.test(parsed[i][0])) fieldname = parsed[i][1]; else if (RE_FILENAME.test(parsed[i][0])) {
              filename = parsed[i][1];
              if (!preservePath) filename = basename(filename);
            }
          } else return skipPart(part);
          if (header['content-transfer-encoding']) encoding = header['content-transfer-encoding'][0].toLowerCase(); else encoding = '7bit';
          let onData, onEnd;
          if (isPartAFile(fieldname, contype, filename)) {
            if (nfiles === filesLimit) {
              if (!boy.hitFilesLimit) {
                boy.hitFilesLimit = true;
                boy.emit('filesLimit');
              }
              return skipPart(part);
            }
            ++nfiles;
            if (boy.listenerCount('file') === 0) {
              self.parser._ignore();
              return;
            }
            ++nends;
            const file = new FileStream(fileOpts);
            curFile = file;
            file.on('end', function() {
              --nends;
              self._pause = false;
              checkFinished();
              if (self._cb && !self._needDrain) {
                const cb = self._cb;
                self._cb = void 0;
                cb();
              }
            });
            file._read = function(n) {
              if (!self._pause) return;
              self._pause = false;
              if (self._cb && !self._needDrain) {
                const cb = self._cb;
                self._cb = void 0;
                cb();
              }
            };
            boy.emit('file', fieldname, file, filename, encoding, contype);
            onData = function(data) {
              if ((nsize += data.length) > fileSizeLimit) {
                const extralen = fileSizeLimit - nsize + data.length;
                if (extralen > 0) file.push(data.slice(0, extralen));
                file.truncated = true;
                file.bytesRead = fileSizeLimit;
                part.removeAllListeners('data');
                file.emit('limit');
                return;
              } else if (!file.push(data)) self._pause = true;
              file.bytesRead = nsize;
            };
            onEnd = function() {
              curFile = void 0;
              file.push(null);
            };
          } else {
            if (nfields === fieldsLimit) {
              if (!boy.hitFieldsLimit) {
                boy.hitFieldsLimit = true;
                boy.emit('fieldsLimit');
              }
              return skipPart(part);
            }
            ++nfields;
            ++nends;
            let buffer = '';
            let truncated = false;
            curField = part;
            onData = function(data) {
              if ((nsize += data.length) > fieldSizeLimit) {
                const extralen = fieldSizeLimit - (nsize - data.length);
                buffer += data.toString('binary', 0, extralen);
                truncated = true;
                part.removeAllListeners('data');
              } else buffer += data.toString('binary');
            };
            onEnd = function() {
              curField = void 0;
              if (buffer.length) buffer = decodeText(buffer, 'binary', charset);
              boy.emit('field', fieldname, buffer, false, truncated, encoding, contype);
              --nends;
              checkFinished();
            };
          }
          part._readableState.sync = false;
          part.on('data', onData);
          part.on('end', onEnd);
        }).on('error', function(err) {
          if (curFile) curFile.emit('error', err);
        });
      }).on('error', function(err) {
        boy.emit('error', err);
      }).on('finish', function() {
        finished = true;
        checkFinished();
      });
    }
    Multipart.prototype.write = function(chunk, cb) {
      const r = this.parser.write(chunk);
      if (r && !this._pause) cb(); else {
        this._needDrain = !r;
        this._cb = cb;
      }
    };
    Multipart.prototype.end = function() {
      const self = this;
      if (self.parser.writable) self.parser.end(); else if (!self._boy._done) process.nextTick(function() {
        self._boy._done = true;
        self._boy.emit('finish');
      });
    };
    function skipPart(part) {
      part.resume();
    }
    function FileStream(opts) {
      Readable.call(this, opts);
      this.bytesRead = 0;
      this.truncated = false;
    }
    inherits(FileStream, Readable);
    FileStream.prototype._read = function(n) {};
    module.exports = Multipart;
  },
  855: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const Decoder = __webpack_require__(1496);
    const decodeText = __webpack_require__(2747);
    const getLimit = __webpack_require__(2393);
    const RE_CHARSET = /^charset$/i;
    UrlEncoded.detect = /^application\/x-www-form-urlencoded/i;
    function UrlEncoded(boy, cfg) {
      const limits = cfg.limits;
      const parsedConType = cfg.parsedConType;
      this.boy = boy;
      this.fieldSizeLimit = getLimit(limits, 'fieldSize', 1 * 1024 * 1024);
      this.fieldNameSizeLimit = getLimit(limits, 'fieldNameSize', 100);
      this.fieldsLimit = getLimit(limits, 'fields', 1 / 0);
      let charset;
      for (var i = 0, len = parsedConType.length; i < len; ++i) if (Array.isArray(parsedConType[i]) && RE_CHARSET.test(parsedConType[i][0])) {
        charset = parsedConType[i][1].toLowerCase();
        break;
      }
      if (charset === void 0) charset = cfg.defCharset || 'utf8';
      this.decoder = new Decoder;
      this.charset = charset;
      this._fields = 0;
      this._state = 'key';
      this._checkingBytes = true;
      this._bytesKey = 0;
      this._bytesVal = 0;
      this._key = '';
      this._val = '';
      this._keyTrunc = false;
      this._valTrunc = false;
      this._hitLimit = false;
    }
    UrlEncoded.prototype.write = function(data, cb) {
      if (this._fields === this.fieldsLimit) {
        if (!this.boy.hitFieldsLimit) {
          this.boy.hitFieldsLimit = true;
          this.boy.emit('fieldsLimit');
        }
        return cb();
      }
      let idxeq;
      let idxamp;
      let i;
      let p = 0;
      const len = data.length;
      while (p < len) if (this._state === 'key') {
        idxeq = idxamp = void 0;
        for (i = p; i < len; ++i) {
          if (!this._checkingBytes) ++p;
          if (data[i] === 61) {
            idxeq = i;
            break;
          } else if (data[i] === 38) {
            idxamp = i;
            break;
          }
          if (this._checkingBytes && this._bytesKey === this.fieldNameSizeLimit) {
            this._hitLimit = true;
            break;
          } else if (this._checkingBytes) ++this._bytesKey;
        }
        if (idxeq !== void 0) {
          if (idxeq > p) this._key += this.decoder.write(data.toString('binary', p, idxeq));
          this._state = 'val';
          this._hitLimit = false;
          this._checkingBytes = true;
          this._val = '';
          this._bytesVal = 0;
          this._valTrunc = false;
          this.decoder.reset();
          p = idxeq + 1;
        } else if (idxamp !== void 0) {
          ++this._fields;
          let key;
          const keyTrunc = this._keyTrunc;
          if (idxamp > p) key = this._key += this.decoder.write(data.toString('binary', p, idxamp)); else key = this._key;
          this._hitLimit = false;
          this._checkingBytes = true;
          this._key = '';
          this._bytesKey = 0;
          this._keyTrunc = false;
          this.decoder.reset();
          if (key.length) this.boy.emit('field', decodeText(key, 'binary', this.charset), '', keyTrunc, false);
          p = idxamp + 1;
          if (this._fields === this.fieldsLimit) return cb();
        } else if (this._hitLimit) {
          if (i > p) this._key += this.decoder.write(data.toString('binary', p, i));
          p = i;
          if ((this._bytesKey = this._key.length) === this.fieldNameSizeLimit) {
            this._checkingBytes = false;
            this._keyTrunc = true;
          }
        } else {
          if (p < len) this._key += this.decoder.write(data.toString('binary', p));
          p = len;
        }
      } else {
        idxamp = void 0;
        for (i = p; i < len; ++i) {
          if (!this._checkingBytes) ++p;
          if (data[i] === 38) {
            idxamp = i;
            break;
          }
          if (this._checkingBytes && this._bytesVal === this.fieldSizeLimit) {
            this._hitLimit = true;
            break;
          } else if (this._checkingBytes) ++this._bytesVal;
        }
        if (idxamp !== void 0) {
          ++this._fields;
          if (idxamp > p) this._val += this.decoder.write(data.toString('binary', p, idxamp));
          this.boy.emit('field', decodeText(this._key, 'binary', this.charset), decodeText(this._val, 'binary', this.charset), this._keyTrunc, this._valTrunc);
          this._state = 'key';
          this._hitLimit = false;
          this._checkingBytes = true;
          this._key = '';
          this._bytesKey = 0;
          this._keyTrunc = false;
          this.decoder.reset();
          p = idxamp + 1;
          if (this._fields === this.fieldsLimit) return cb();
        } else if (this._hitLimit) {
          if (i > p) this._val += this.decoder.write(data.toString('binary', p, i));
          p = i;
          if (this._val === '' && this.fieldSizeLimit === 0 || (this._bytesVal = this._val.length) === this.fieldSizeLimit) {
            this._checkingBytes = false;
            this._valTrunc = true;
          }
        } else {
          if (p < len) this._val += this.decoder.write(data.toString('binary', p));
          p = len;
        }
      }
      cb();
    };
    UrlEncoded.prototype.end = function() {
      if (this.boy._done) return;
      if (this._state === 'key' && this._key.length > 0) this.boy.emit('field', decodeText(this._key, 'binary', this.charset), '', this._keyTrunc, false); else if (this._state === 'val') this.boy.emit('field', decodeText(this._key, 'binary', this.charset), decodeText(this._val, 'binary', this.charset), this._keyTrunc, this._valTrunc);
      this.boy._done = true;
      this.boy.emit('finish');
    };
    module.exports = UrlEncoded;
  },
  1496: module => {
    "use strict";
    const RE_PLUS = /\+/g;
    const HEX = [ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 ];
    function Decoder() {
      this.buffer = void 0;
    }
    Decoder.prototype.write = function(str) {
      str = str.replace(RE_PLUS, ' ');
      let res = '';
      let i = 0;
      let p = 0;
      const len = str.length;
      for (;i < len; ++i) if (this.buffer !== void 0) if (!HEX[str.charCodeAt(i)]) {
        res += '%' + this.buffer;
        this.buffer = void 0;
        --i;
      } else {
        this.buffer += str[i];
        ++p;
        if (this.buffer.length === 2) {
          res += String.fromCharCode(parseInt(this.buffer, 16));
          this.buffer = void 0;
        }
      } else if (str[i] === '%') {
        if (i > p) {
          res += str.substring(p, i);
          p = i;
        }
        this.buffer = '';
        ++p;
      }
      if (p < len && this.buffer === void 0) res += str.substring(p);
      return res;
    };
    Decoder.prototype.reset = function() {
      this.buffer = void 0;
    };
    module.exports = Decoder;
  },
  692: module => {
    "use strict";
    module.exports = function(path) {
      if (typeof path !== 'string') return '';
      for (var i = path.length - 1; i >= 0; --i) switch (path.charCodeAt(i)) {
       case 47:
       case 92:
        path = path.slice(i + 1);
        return path === '..' || path === '.' ? '' : path;
      }
      return path === '..' || path === '.' ? '' : path;
    };
  },
  2747: function(module) {
    "use strict";
    const utf8Decoder = new TextDecoder('utf-8');
    const textDecoders = new Map([ [ 'utf-8', utf8Decoder ], [ 'utf8', utf8Decoder ] ]);
    function getDecoder(charset) {
      let lc;
      while (true) switch (charset) {
       case 'utf-8':
       case 'utf8':
        return decoders.utf8;

       case 'latin1':
       case 'ascii':
       case 'us-ascii':
       case 'iso-8859-1':
       case 'iso8859-1':
       case 'iso88591':
       case 'iso_8859-1':
       case 'windows-1252':
       case 'iso_8859-1:1987':
       case 'cp1252':
       case 'x-cp1252':
        return decoders.latin1;

       case 'utf16le':
       case 'utf-16le':
       case 'ucs2':
       case 'ucs-2':
        return decoders.utf16le;

       case 'base64':
        return decoders.base64;

       default:
        if (lc === void 0) {
          lc = true;
          charset = charset.toLowerCase();
          continue;
        }
        return decoders.other.bind(charset);
      }
    }
    const decoders = {
      utf8: (data, sourceEncoding) => {
        if (data.length === 0) return '';
        if (typeof data === 'string') data = Buffer.from(data, sourceEncoding);
        return data.utf8Slice(0, data.length);
      },
      latin1: (data, sourceEncoding) => {
        if (data.length === 0) return '';
        if (typeof data === 'string') return data;
        return data.latin1Slice(0, data.length);
      },
      utf16le: (data, sourceEncoding) => {
        if (data.length === 0) return '';
        if (typeof data === 'string') data = Buffer.from(data, sourceEncoding);
        return data.ucs2Slice(0, data.length);
      },
      base64: (data, sourceEncoding) => {
        if (data.length === 0) return '';
        if (typeof data === 'string') data = Buffer.from(data, sourceEncoding);
        return data.base64Slice(0, data.length);
      },
      other: (data, sourceEncoding) => {
        if (data.length === 0) return '';
        if (typeof data === 'string') data = Buffer.from(data, sourceEncoding);
        if (textDecoders.has(this.toString())) try {
          return textDecoders.get(this).decode(data);
        } catch {}
        return typeof data === 'string' ? data : data.toString();
      }
    };
    function decodeText(text, sourceEncoding, destEncoding) {
      if (text) return getDecoder(destEncoding)(text, sourceEncoding);
      return text;
    }
    module.exports = decodeText;
  },
  2393: module => {
    "use strict";
    module.exports = function(limits, name, defaultLimit) {
      if (!limits || limits[name] === void 0 || limits[name] === null) return defaultLimit;
      if (typeof limits[name] !== 'number' || isNaN(limits[name])) throw new TypeError('Limit ' + name + ' is not a valid number');
      return limits[name];
    };
  },
  8929: (module, __unused_webpack_exports, __webpack_require__) => {
    "use strict";
    const decodeText = __webpack_require__(2747);
    const RE_ENCODED = /%[a-fA-F0-9][a-fA-F0-9]/g;
    const EncodedLookup = {
      '%00': '\0',
      '%01': '',
      '%02': '',
      '%03': '',
      '%04': '',
      '%05': '',
      '%06': '',
      '%07': '',
      '%08': '\b',
      '%09': '\t',
      '%0a': '\n',
      '%0A': '\n',
      '%0b': '\v',
      '%0B': '\v',
      '%0c': '\f',
      '%0C': '\f',
      '%0d': '\r',
      '%0D': '\r',
      '%0e': '',
      '%0E': '',
      '%0f': '',
      '%0F': '',
      '%10': '',
      '%11': '',
      '%12': '',
      '%13': '',
      '%14': '',
      '%15': '',
      '%16': '',
      '%17': '',
      '%18': '',
      '%19': '',
      '%1a': '',
      '%1A': '',
      '%1b': '',
      '%1B': '',
      '%1c': '',
      '%1C': '',
      '%1d': '',
      '%1D': '',
      '%1e': '',
      '%1E': '',
      '%1f': '',
      '%1F': '',
      '%20': ' ',
      '%21': '!',
      '%22': '"',
      '%23': '#',
      '%24': '$',
      '%25': '%',
      '%26': '&',
      '%27': '\'',
      '%28': '(',
      '%29': ')',
      '%2a': '*',
      '%2A': '*',
      '%2b': '+',
      '%2B': '+',
      '%2c': ',',
      '%2C': ',',
      '%2d': '-',
      '%2D': '-',
      '%2e': '.',
      '%2E': '.',
      '%2f': '/',
      '%2F': '/',
      '%30': '0',
      '%31': '1',
      '%32': '2',
      '%33': '3',
      '%34': '4',
      '%35': '5',
      '%36': '6',
      '%37': '7',
      '%38': '8',
      '%39': '9',
      '%3a': ':',
      '%3A': ':',
      '%3b': ';',
      '%3B': ';',
      '%3c': '<',
      '%3C': '<',
      '%3d': '=',
      '%3D': '=',
      '%3e': '>',
      '%3E': '>',
      '%3f': '?',
      '%3F': '?',
      '%40': '@',
      '%41': 'A',
      '%42': 'B',
      '%43': 'C',
      '%44': 'D',
      '%45': 'E',
      '%46': 'F',
      '%47': 'G',
      '%48': 'H',
      '%49': 'I',
      '%4a': 'J',
      '%4A': 'J',
      '%4b': 'K',
      '%4B': 'K',
      '%4c': 'L',
      '%4C': 'L',
      '%4d': 'M',
      '%4D': 'M',
      '%4e': 'N',
      '%4E': 'N',
      '%4f': 'O',
      '%4F': 'O',
      '%50': 'P',
      '%51': 'Q',
      '%52': 'R',
      '%53': 'S',
      '%54': 'T',
      '%55': 'U',
      '%56': 'V',
      '%57': 'W',
      '%58': 'X',
      '%59': 'Y',
      '%5a': 'Z',
      '%5A': 'Z',
      '%5b': '[',
      '%5B': '[',
      '%5c': '\\',
      '%5C': '\\',
      '%5d': ']',
      '%5D': ']',
      '%5e': '^',
      '%5E': '^',
      '%5f': '_',
      '%5F': '_',
      '%60': '`',
      '%61': 'a',
      '%62': 'b',
      '%63': 'c',
      '%64': 'd',
      '%65': 'e',
      '%66': 'f',
      '%67': 'g',
      '%68': 'h',
      '%69': 'i',
      '%6a': 'j',
      '%6A': 'j',
      '%6b': 'k',
      '%6B': 'k',
      '%6c': 'l',
      '%6C': 'l',
      '%6d': 'm',
      '%6D': 'm',
      '%6e': 'n',
      '%6E': 'n',
      '%6f': 'o',
      '%6F': 'o',
      '%70': 'p',
      '%71': 'q',
      '%72': 'r',
      '%73': 's',
      '%74': 't',
      '%75': 'u',
      '%76': 'v',
      '%77': 'w',
      '%78': 'x',
      '%79': 'y',
      '%7a': 'z',
      '%7A': 'z',
      '%7b': '{',
      '%7B': '{',
      '%7c': '|',
      '%7C': '|',
      '%7d': '}',
      '%7D': '}',
      '%7e': '~',
      '%7E': '~',
      '%7f': '',
      '%7F': '',
      '%80': '',
      '%81': '',
      '%82': '',
      '%83': '',
      '%84': '',
      '%85': '',
      '%86': '',
      '%87': '',
      '%88': '',
      '%89': '',
      '%8a': '',
      '%8A': '',
      '%8b': '',
      '%8B': '',
      '%8c': '',
      '%8C': '',
      '%8d': '',
      '%8D': '',
      '%8e': '',
      '%8E': '',
      '%8f': '',
      '%8F': '',
      '%90': '',
      '%91': '',
      '%92': '',
      '%93': '',
      '%94': '',
      '%95': '',
      '%96': '',
      '%97': '',
      '%98': '',
      '%99': '',
      '%9a': '',
      '%9A': '',
      '%9b': '',
      '%9B': '',
      '%9c': '',
      '%9C': '',
      '%9d': '',
      '%9D': '',
      '%9e': '',
      '%9E': '',
      '%9f': '',
      '%9F': '',
      '%a0': ' ',
      '%A0': ' ',
      '%a1': '¡',
      '%A1': '¡',
      '%a2': '¢',
      '%A2': '¢',
      '%a3': '£',
      '%A3': '£',
      '%a4': '¤',
      '%A4': '¤',
      '%a5': '¥',
      '%A5': '¥',
      '%a6': '¦',
      '%A6': '¦',
      '%a7': '§',
      '%A7': '§',
      '%a8': '¨',
      '%A8': '¨',
      '%a9': '©',
      '%A9': '©',
      '%aa': 'ª',
      '%Aa': 'ª',
      '%aA': 'ª',
      '%AA': 'ª',
      '%ab': '«',
      '%Ab': '«',
      '%aB': '«',
      '%AB': '«',
      '%ac': '¬',
      '%Ac': '¬',
      '%aC': '¬',
      '%AC': '¬',
      '%ad': '­',
      '%Ad': '­',
      '%aD': '­',
      '%AD': '­',
      '%ae': '®',
      '%Ae': '®',
      '%aE': '®',
      '%AE': '®',
      '%af': '¯',
      '%Af': '¯',
      '%aF': '¯',
      '%AF': '¯',
      '%b0': '°',
      '%B0': '°',
      '%b1': '±',
      '%B1': '±',
      '%b2': '²',
      '%B2': '²',
      '%b3': '³',
      '%B3': '³',
      '%b4': '´',
      '%B4': '´',
      '%b5': 'µ',
      '%B5': 'µ',
      '%b6': '¶',
      '%B6': '¶',
      '%b7': '·',
      '%B7': '·',
      '%b8': '¸',
      '%B8': '¸',
      '%b9': '¹',
      '%B9': '¹',
      '%ba': 'º',
      '%Ba': 'º',
      '%bA': 'º',
      '%BA': 'º',
      '%bb': '»',
      '%Bb': '»',
      '%bB': '»',
      '%BB': '»',
      '%bc': '¼',
      '%Bc': '¼',
      '%bC': '¼',
      '%BC': '¼',
      '%bd': '½',
      '%Bd': '½',
      '%bD': '½',
      '%BD': '½',
      '%be': '¾',
      '%Be': '¾',
      '%bE': '¾',
      '%BE': '¾',
      '%bf': '¿',
      '%Bf': '¿',
      '%bF': '¿',
      '%BF': '¿',
      '%c0': 'À',
      '%C0': 'À',
      '%c1': 'Á',
      '%C1': 'Á',
      '%c2': 'Â',
      '%C2': 'Â',
      '%c3': 'Ã',
      '%C3': 'Ã',
      '%c4': 'Ä',
      '%C4': 'Ä',
      '%c5': 'Å',
      '%C5': 'Å',
      '%c6': 'Æ',
      '%C6': 'Æ',
      '%c7': 'Ç',
      '%C7': 'Ç',
      '%c8': 'È',
      '%C8': 'È',
      '%c9': 'É',
      '%C9': 'É',
      '%ca': 'Ê',
      '%Ca': 'Ê',
      '%cA': 'Ê',
      '%CA': 'Ê',
      '%cb': 'Ë',
      '%Cb': 'Ë',
      '%cB': 'Ë',
      '%CB': 'Ë',
      '%cc': 'Ì',
      '%Cc': 'Ì',
      '%cC': 'Ì',
      '%CC': 'Ì',
      '%cd': 'Í',
      '%Cd': 'Í',
      '%cD': 'Í',
      '%CD': 'Í',
      '%ce': 'Î',
      '%Ce': 'Î',
      '%cE': 'Î',
      '%CE': 'Î',
      '%cf': 'Ï',
      '%Cf': 'Ï',
      '%cF': 'Ï',
      '%CF': 'Ï',
      '%d0': 'Ð',
      '%D0': 'Ð',
      '%d1': 'Ñ',
      '%D1': 'Ñ',
      '%d2': 'Ò',
      '%D2': 'Ò',
      '%d3': 'Ó',
      '%D3': 'Ó',
      '%d4': 'Ô',
      '%D4': 'Ô',
      '%d5': 'Õ',
      '%D5': 'Õ',
      '%d6': 'Ö',
      '%D6': 'Ö',
      '%d7': '×',
      '%D7': '×',
      '%d8': 'Ø',
      '%D8': 'Ø',
      '%d9': 'Ù',
      '%D9': 'Ù',
      '%da': 'Ú',
      '%Da': 'Ú',
      '%dA': 'Ú',
      '%DA': 'Ú',
      '%db': 'Û',
      '%Db': 'Û',
      '%dB': 'Û',
      '%DB': 'Û',
      '%dc': 'Ü',
      '%Dc': 'Ü',
      '%dC': 'Ü',
      '%DC': 'Ü',
      '%dd': 'Ý',
      '%Dd': 'Ý',
      '%dD': 'Ý',
      '%DD': 'Ý',
      '%de': 'Þ',
      '%De': 'Þ',
      '%dE': 'Þ',
      '%DE': 'Þ',
      '%df': 'ß',
      '%Df': 'ß',
      '%dF': 'ß',
      '%DF': 'ß',
      '%e0': 'à',
      '%E0': 'à',
      '%e1': 'á',
      '%E1': 'á',
      '%e2': 'â',
      '%E2': 'â',
      '%e3': 'ã',
      '%E3': 'ã',
      '%e4': 'ä',
      '%E4': 'ä',
      '%e5': 'å',
      '%E5': 'å',
      '%e6': 'æ',
      '%E6': 'æ',
      '%e7': 'ç',
      '%E7': 'ç',
      '%e8': 'è',
      '%E8': 'è',
      '%e9': 'é',
      '%E9': 'é',
      '%ea': 'ê',
      '%Ea': 'ê',
      '%eA': 'ê',
      '%EA': 'ê',
      '%eb': 'ë',
      '%Eb': 'ë',
      '%eB': 'ë',
      '%EB': 'ë',
      '%ec': 'ì',
      '%Ec': 'ì',
      '%eC': 'ì',
      '%EC': 'ì',
      '%ed': 'í',
      '%Ed': 'í',
      '%eD': 'í',
      '%ED': 'í',
      '%ee': 'î',
      '%Ee': 'î',
      '%eE': 'î',
      '%EE': 'î',
      '%ef': 'ï',
      '%Ef': 'ï',
      '%eF': 'ï',
      '%EF': 'ï',
      '%f0': 'ð',
      '%F0': 'ð',
      '%f1': 'ñ',
      '%F1': 'ñ',
      '%f2': 'ò',
      '%F2': 'ò',
      '%f3': 'ó',
      '%F3': 'ó',
      '%f4': 'ô',
      '%F4': 'ô',
      '%f5': 'õ',
      '%F5': 'õ',
      '%f6': 'ö',
      '%F6': 'ö',
      '%f7': '÷',
      '%F7': '÷',
      '%f8': 'ø',
      '%F8': 'ø',
      '%f9': 'ù',
      '%F9': 'ù',
      '%fa': 'ú',
      '%Fa': 'ú',
      '%fA': 'ú',
      '%FA': 'ú',
      '%fb': 'û',
      '%Fb': 'û',
      '%fB': 'û',
      '%FB': 'û',
      '%fc': 'ü',
      '%Fc': 'ü',
      '%fC': 'ü',
      '%FC': 'ü',
      '%fd': 'ý',
      '%Fd': 'ý',
      '%fD': 'ý',
      '%FD': 'ý',
      '%fe': 'þ',
      '%Fe': 'þ',
      '%fE': 'þ',
      '%FE': 'þ',
      '%ff': 'ÿ',
      '%Ff': 'ÿ',
      '%fF': 'ÿ',
      '%FF': 'ÿ'
    };
    function encodedReplacer(match) {
      return EncodedLookup[match];
    }
    const STATE_KEY = 0;
    const STATE_VALUE = 1;
    const STATE_CHARSET = 2;
    const STATE_LANG = 3;
    function parseParams(str) {
      const res = [];
      let state = STATE_KEY;
      let charset = '';
      let inquote = false;
      let escaping = false;
      let p = 0;
      let tmp = '';
      const len = str.length;
      for (var i = 0; i < len; ++i) {
        const char = str[i];
        if (char === '\\' && inquote) if (escaping) escaping = false; else {
          escaping = true;
          continue;
        } else if (char === '"') if (!escaping) {
          if (inquote) {
            inquote = false;
            state = STATE_KEY;
          } else inquote = true;
          continue;
        } else escaping = false; else {
          if (escaping && inquote) tmp += '\\';
          escaping = false;
          if ((state === STATE_CHARSET || state === STATE_LANG) && char === "'") {
            if (state === STATE_CHARSET) {
              state = STATE_LANG;
              charset = tmp.substring(1);
            } else state = STATE_VALUE;
            tmp = '';
            continue;
          } else if (state === STATE_KEY && (char === '*' || char === '=') && res.length) {
            state = char === '*' ? STATE_CHARSET : STATE_VALUE;
            res[p] = [ tmp, void 0 ];
            tmp = '';
            continue;
          } else if (!inquote && char === ';') {
            state = STATE_KEY;
            if (charset) {
              if (tmp.length) tmp = decodeText(tmp.replace(RE_ENCODED, encodedReplacer), 'binary', charset);
              charset = '';
            } else if (tmp.length) tmp = decodeText(tmp, 'binary', 'utf8');
            if (res[p] === void 0) res[p] = tmp; else res[p][1] = tmp;
            tmp = '';
            ++p;
            continue;
          } else if (!inquote && (char === ' ' || char === '\t')) continue;
        }
        tmp += char;
      }
      if (charset && tmp.length) tmp = decodeText(tmp.replace(RE_ENCODED, encodedReplacer), 'binary', charset); else if (tmp) tmp = decodeText(tmp, 'binary', 'utf8');
      if (res[p] === void 0) {
        if (tmp) res[p] = tmp;
      } else res[p][1] = tmp;
      return res;
    }
    module.exports = parseParams;
  }
};
