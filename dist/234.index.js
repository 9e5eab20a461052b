"use strict";

exports.id = 234;

exports.ids = [ 234 ];

exports.modules = {
  5236: function(__unused_webpack_module, exports, __webpack_require__) {
    var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      Object.defineProperty(o, k2, {
        enumerable: true,
        get: function() {
          return m[k];
        }
      });
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
      if (mod != null) for (var k in mod) if (k !== "default" && Object.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
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
    exports.getExecOutput = exports.exec = void 0;
    const string_decoder_1 = __webpack_require__(3193);
    const tr = __importStar(__webpack_require__(6665));
    function exec(commandLine, args, options) {
      return __awaiter(this, void 0, void 0, function*() {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
      });
    }
    exports.exec = exec;
    function getExecOutput(commandLine, args, options) {
      var _a, _b;
      return __awaiter(this, void 0, void 0, function*() {
        let stdout = '';
        let stderr = '';
        const stdoutDecoder = new string_decoder_1.StringDecoder('utf8');
        const stderrDecoder = new string_decoder_1.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = data => {
          stderr += stderrDecoder.write(data);
          if (originalStdErrListener) originalStdErrListener(data);
        };
        const stdOutListener = data => {
          stdout += stdoutDecoder.write(data);
          if (originalStdoutListener) originalStdoutListener(data);
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), {
          stdout: stdOutListener,
          stderr: stdErrListener
        });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), {
          listeners: listeners
        }));
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
          exitCode: exitCode,
          stdout: stdout,
          stderr: stderr
        };
      });
    }
    exports.getExecOutput = getExecOutput;
  },
  6665: function(__unused_webpack_module, exports, __webpack_require__) {
    var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      Object.defineProperty(o, k2, {
        enumerable: true,
        get: function() {
          return m[k];
        }
      });
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
      if (mod != null) for (var k in mod) if (k !== "default" && Object.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
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
    exports.argStringToArray = exports.ToolRunner = void 0;
    const os = __importStar(__webpack_require__(857));
    const events = __importStar(__webpack_require__(4434));
    const child = __importStar(__webpack_require__(5317));
    const path = __importStar(__webpack_require__(6928));
    const io = __importStar(__webpack_require__(4994));
    const ioUtil = __importStar(__webpack_require__(5207));
    const timers_1 = __webpack_require__(3557);
    const IS_WINDOWS = process.platform === 'win32';
    class ToolRunner extends events.EventEmitter {
      constructor(toolPath, args, options) {
        super();
        if (!toolPath) throw new Error("Parameter 'toolPath' cannot be null or empty.");
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
      }
      _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) this.options.listeners.debug(message);
      }
      _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]';
        if (IS_WINDOWS) if (this._isCmdFile()) {
          cmd += toolPath;
          for (const a of args) cmd += ` ${a}`;
        } else if (options.windowsVerbatimArguments) {
          cmd += `"${toolPath}"`;
          for (const a of args) cmd += ` ${a}`;
        } else {
          cmd += this._windowsQuoteCmdArg(toolPath);
          for (const a of args) cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        } else {
          cmd += toolPath;
          for (const a of args) cmd += ` ${a}`;
        }
        return cmd;
      }
      _processLineBuffer(data, strBuffer, onLine) {
        try {
          let s = strBuffer + data.toString();
          let n = s.indexOf(os.EOL);
          while (n > -1) {
            const line = s.substring(0, n);
            onLine(line);
            s = s.substring(n + os.EOL.length);
            n = s.indexOf(os.EOL);
          }
          return s;
        } catch (err) {
          this._debug(`error processing line. Failed with error ${err}`);
          return '';
        }
      }
      _getSpawnFileName() {
        if (IS_WINDOWS) if (this._isCmdFile()) return process.env['COMSPEC'] || 'cmd.exe';
        return this.toolPath;
      }
      _getSpawnArgs(options) {
        if (IS_WINDOWS) if (this._isCmdFile()) {
          let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
          for (const a of this.args) {
            argline += ' ';
            argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
          }
          argline += '"';
          return [ argline ];
        }
        return this.args;
      }
      _endsWith(str, end) {
        return str.endsWith(end);
      }
      _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return this._endsWith(upperToolPath, '.CMD') || this._endsWith(upperToolPath, '.BAT');
      }
      _windowsQuoteCmdArg(arg) {
        if (!this._isCmdFile()) return this._uvQuoteCmdArg(arg);
        if (!arg) return '""';
        const cmdSpecialChars = [ ' ', '\t', '&', '(', ')', '[', ']', '{', '}', '^', '=', ';', '!', "'", '+', ',', '`', '~', '|', '<', '>', '"' ];
        let needsQuotes = false;
        for (const char of arg) if (cmdSpecialChars.some(x => x === char)) {
          needsQuotes = true;
          break;
        }
        if (!needsQuotes) return arg;
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
          reverse += arg[i - 1];
          if (quoteHit && arg[i - 1] === '\\') reverse += '\\'; else if (arg[i - 1] === '"') {
            quoteHit = true;
            reverse += '"';
          } else quoteHit = false;
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
      }
      _uvQuoteCmdArg(arg) {
        if (!arg) return '""';
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) return arg;
        if (!arg.includes('"') && !arg.includes('\\')) return `"${arg}"`;
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
          reverse += arg[i - 1];
          if (quoteHit && arg[i - 1] === '\\') reverse += '\\'; else if (arg[i - 1] === '"') {
            quoteHit = true;
            reverse += '\\';
          } else quoteHit = false;
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
      }
      _cloneExecOptions(options) {
        options = options || {};
        const result = {
          cwd: options.cwd || process.cwd(),
          env: options.env || process.env,
          silent: options.silent || false,
          windowsVerbatimArguments: options.windowsVerbatimArguments || false,
          failOnStdErr: options.failOnStdErr || false,
          ignoreReturnCode: options.ignoreReturnCode || false,
          delay: options.delay || 1e4
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
      }
      _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] = options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) result.argv0 = `"${toolPath}"`;
        return result;
      }
      exec() {
        return __awaiter(this, void 0, void 0, function*() {
          if (!ioUtil.isRooted(this.toolPath) && (this.toolPath.includes('/') || IS_WINDOWS && this.toolPath.includes('\\'))) this.toolPath = path.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
          this.toolPath = yield io.which(this.toolPath, true);
          return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function*() {
            this._debug(`exec tool: ${this.toolPath}`);
            this._debug('arguments:');
            for (const arg of this.args) this._debug(`   ${arg}`);
            const optionsNonNull = this._cloneExecOptions(this.options);
            if (!optionsNonNull.silent && optionsNonNull.outStream) optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL);
            const state = new ExecState(optionsNonNull, this.toolPath);
            state.on('debug', message => {
              this._debug(message);
            });
            if (this.options.cwd && !(yield ioUtil.exists(this.options.cwd))) return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
            const fileName = this._getSpawnFileName();
            const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
            let stdbuffer = '';
            if (cp.stdout) cp.stdout.on('data', data => {
              if (this.options.listeners && this.options.listeners.stdout) this.options.listeners.stdout(data);
              if (!optionsNonNull.silent && optionsNonNull.outStream) optionsNonNull.outStream.write(data);
              stdbuffer = this._processLineBuffer(data, stdbuffer, line => {
                if (this.options.listeners && this.options.listeners.stdline) this.options.listeners.stdline(line);
              });
            });
            let errbuffer = '';
            if (cp.stderr) cp.stderr.on('data', data => {
              state.processStderr = true;
              if (this.options.listeners && this.options.listeners.stderr) this.options.listeners.stderr(data);
              if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
                const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                s.write(data);
              }
              errbuffer = this._processLineBuffer(data, errbuffer, line => {
                if (this.options.listeners && this.options.listeners.errline) this.options.listeners.errline(line);
              });
            });
            cp.on('error', err => {
              state.processError = err.message;
              state.processExited = true;
              state.processClosed = true;
              state.CheckComplete();
            });
            cp.on('exit', code => {
              state.processExitCode = code;
              state.processExited = true;
              this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
              state.CheckComplete();
            });
            cp.on('close', code => {
              state.processExitCode = code;
              state.processExited = true;
              state.processClosed = true;
              this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
              state.CheckComplete();
            });
            state.on('done', (error, exitCode) => {
              if (stdbuffer.length > 0) this.emit('stdline', stdbuffer);
              if (errbuffer.length > 0) this.emit('errline', errbuffer);
              cp.removeAllListeners();
              if (error) reject(error); else resolve(exitCode);
            });
            if (this.options.input) {
              if (!cp.stdin) throw new Error('child process missing stdin');
              cp.stdin.end(this.options.input);
            }
          }));
        });
      }
    }
    exports.ToolRunner = ToolRunner;
    function argStringToArray(argString) {
      const args = [];
      let inQuotes = false;
      let escaped = false;
      let arg = '';
      function append(c) {
        if (escaped && c !== '"') arg += '\\';
        arg += c;
        escaped = false;
      }
      for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
          if (!escaped) inQuotes = !inQuotes; else append(c);
          continue;
        }
        if (c === '\\' && escaped) {
          append(c);
          continue;
        }
        if (c === '\\' && inQuotes) {
          escaped = true;
          continue;
        }
        if (c === ' ' && !inQuotes) {
          if (arg.length > 0) {
            args.push(arg);
            arg = '';
          }
          continue;
        }
        append(c);
      }
      if (arg.length > 0) args.push(arg.trim());
      return args;
    }
    exports.argStringToArray = argStringToArray;
    class ExecState extends events.EventEmitter {
      constructor(options, toolPath) {
        super();
        this.processClosed = false;
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false;
        this.processStderr = false;
        this.delay = 1e4;
        this.done = false;
        this.timeout = null;
        if (!toolPath) throw new Error('toolPath must not be empty');
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) this.delay = options.delay;
      }
      CheckComplete() {
        if (this.done) return;
        if (this.processClosed) this._setResult(); else if (this.processExited) this.timeout = timers_1.setTimeout(ExecState.HandleTimeout, this.delay, this);
      }
      _debug(message) {
        this.emit('debug', message);
      }
      _setResult() {
        let error;
        if (this.processExited) if (this.processError) error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`); else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`); else if (this.processStderr && this.options.failOnStdErr) error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
        if (this.timeout) {
          clearTimeout(this.timeout);
          this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
      }
      static HandleTimeout(state) {
        if (state.done) return;
        if (!state.processClosed && state.processExited) {
          const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
          state._debug(message);
        }
        state._setResult();
      }
    }
  },
  5207: function(__unused_webpack_module, exports, __webpack_require__) {
    var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      Object.defineProperty(o, k2, {
        enumerable: true,
        get: function() {
          return m[k];
        }
      });
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
      if (mod != null) for (var k in mod) if (k !== "default" && Object.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
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
    var _a;
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.getCmdPath = exports.tryGetExecutablePath = exports.isRooted = exports.isDirectory = exports.exists = exports.READONLY = exports.UV_FS_O_EXLOCK = exports.IS_WINDOWS = exports.unlink = exports.symlink = exports.stat = exports.rmdir = exports.rm = exports.rename = exports.readlink = exports.readdir = exports.open = exports.mkdir = exports.lstat = exports.copyFile = exports.chmod = void 0;
    const fs = __importStar(__webpack_require__(9896));
    const path = __importStar(__webpack_require__(6928));
    _a = fs.promises, exports.chmod = _a.chmod, exports.copyFile = _a.copyFile, exports.lstat = _a.lstat, 
    exports.mkdir = _a.mkdir, exports.open = _a.open, exports.readdir = _a.readdir, 
    exports.readlink = _a.readlink, exports.rename = _a.rename, exports.rm = _a.rm, 
    exports.rmdir = _a.rmdir, exports.stat = _a.stat, exports.symlink = _a.symlink, 
    exports.unlink = _a.unlink;
    exports.IS_WINDOWS = process.platform === 'win32';
    exports.UV_FS_O_EXLOCK = 268435456;
    exports.READONLY = fs.constants.O_RDONLY;
    function exists(fsPath) {
      return __awaiter(this, void 0, void 0, function*() {
        try {
          yield exports.stat(fsPath);
        } catch (err) {
          if (err.code === 'ENOENT') return false;
          throw err;
        }
        return true;
      });
    }
    exports.exists = exists;
    function isDirectory(fsPath, useStat = false) {
      return __awaiter(this, void 0, void 0, function*() {
        const stats = useStat ? yield exports.stat(fsPath) : yield exports.lstat(fsPath);
        return stats.isDirectory();
      });
    }
    exports.isDirectory = isDirectory;
    function isRooted(p) {
      p = normalizeSeparators(p);
      if (!p) throw new Error('isRooted() parameter "p" cannot be empty');
      if (exports.IS_WINDOWS) return p.startsWith('\\') || /^[A-Z]:/i.test(p);
      return p.startsWith('/');
    }
    exports.isRooted = isRooted;
    function tryGetExecutablePath(filePath, extensions) {
      return __awaiter(this, void 0, void 0, function*() {
        let stats;
        try {
          stats = yield exports.stat(filePath);
        } catch (err) {
          if (err.code !== 'ENOENT') console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
        if (stats && stats.isFile()) if (exports.IS_WINDOWS) {
          const upperExt = path.extname(filePath).toUpperCase();
          if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) return filePath;
        } else if (isUnixExecutable(stats)) return filePath;
        const originalFilePath = filePath;
        for (const extension of extensions) {
          filePath = originalFilePath + extension;
          stats = void 0;
          try {
            stats = yield exports.stat(filePath);
          } catch (err) {
            if (err.code !== 'ENOENT') console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
          }
          if (stats && stats.isFile()) if (exports.IS_WINDOWS) {
            try {
              const directory = path.dirname(filePath);
              const upperName = path.basename(filePath).toUpperCase();
              for (const actualName of yield exports.readdir(directory)) if (upperName === actualName.toUpperCase()) {
                filePath = path.join(directory, actualName);
                break;
              }
            } catch (err) {
              console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
            }
            return filePath;
          } else if (isUnixExecutable(stats)) return filePath;
        }
        return '';
      });
    }
    exports.tryGetExecutablePath = tryGetExecutablePath;
    function normalizeSeparators(p) {
      p = p || '';
      if (exports.IS_WINDOWS) {
        p = p.replace(/\//g, '\\');
        return p.replace(/\\\\+/g, '\\');
      }
      return p.replace(/\/\/+/g, '/');
    }
    function isUnixExecutable(stats) {
      return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && stats.uid === process.getuid();
    }
    function getCmdPath() {
      var _a;
      return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
    }
    exports.getCmdPath = getCmdPath;
  },
  4994: function(__unused_webpack_module, exports, __webpack_require__) {
    var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      Object.defineProperty(o, k2, {
        enumerable: true,
        get: function() {
          return m[k];
        }
      });
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
      if (mod != null) for (var k in mod) if (k !== "default" && Object.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
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
    exports.findInPath = exports.which = exports.mkdirP = exports.rmRF = exports.mv = exports.cp = void 0;
    const assert_1 = __webpack_require__(2613);
    const path = __importStar(__webpack_require__(6928));
    const ioUtil = __importStar(__webpack_require__(5207));
    function cp(source, dest, options = {}) {
      return __awaiter(this, void 0, void 0, function*() {
        const {force: force, recursive: recursive, copySourceDirectory: copySourceDirectory} = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        if (destStat && destStat.isFile() && !force) return;
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory ? path.join(dest, path.basename(source)) : dest;
        if (!(yield ioUtil.exists(source))) throw new Error(`no such file or directory: ${source}`);
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) if (!recursive) throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`); else yield cpDirRecursive(source, newDest, 0, force); else {
          if (path.relative(source, newDest) === '') throw new Error(`'${newDest}' and '${source}' are the same file`);
          yield copyFile(source, newDest, force);
        }
      });
    }
    exports.cp = cp;
    function mv(source, dest, options = {}) {
      return __awaiter(this, void 0, void 0, function*() {
        if (yield ioUtil.exists(dest)) {
          let destExists = true;
          if (yield ioUtil.isDirectory(dest)) {
            dest = path.join(dest, path.basename(source));
            destExists = yield ioUtil.exists(dest);
          }
          if (destExists) if (options.force == null || options.force) yield rmRF(dest); else throw new Error('Destination already exists');
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
      });
    }
    exports.mv = mv;
    function rmRF(inputPath) {
      return __awaiter(this, void 0, void 0, function*() {
        if (ioUtil.IS_WINDOWS) if (/[*"<>|]/.test(inputPath)) throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
        try {
          yield ioUtil.rm(inputPath, {
            force: true,
            maxRetries: 3,
            recursive: true,
            retryDelay: 300
          });
        } catch (err) {
          throw new Error(`File was unable to be removed ${err}`);
        }
      });
    }
    exports.rmRF = rmRF;
    function mkdirP(fsPath) {
      return __awaiter(this, void 0, void 0, function*() {
        assert_1.ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, {
          recursive: true
        });
      });
    }
    exports.mkdirP = mkdirP;
    function which(tool, check) {
      return __awaiter(this, void 0, void 0, function*() {
        if (!tool) throw new Error("parameter 'tool' is required");
        if (check) {
          const result = yield which(tool, false);
          if (!result) if (ioUtil.IS_WINDOWS) throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`); else throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
          return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) return matches[0];
        return '';
      });
    }
    exports.which = which;
    function findInPath(tool) {
      return __awaiter(this, void 0, void 0, function*() {
        if (!tool) throw new Error("parameter 'tool' is required");
        const extensions = [];
        if (ioUtil.IS_WINDOWS && process.env['PATHEXT']) for (const extension of process.env['PATHEXT'].split(path.delimiter)) if (extension) extensions.push(extension);
        if (ioUtil.isRooted(tool)) {
          const filePath = yield ioUtil.tryGetExecutablePath(tool, extensions);
          if (filePath) return [ filePath ];
          return [];
        }
        if (tool.includes(path.sep)) return [];
        const directories = [];
        if (process.env.PATH) for (const p of process.env.PATH.split(path.delimiter)) if (p) directories.push(p);
        const matches = [];
        for (const directory of directories) {
          const filePath = yield ioUtil.tryGetExecutablePath(path.join(directory, tool), extensions);
          if (filePath) matches.push(filePath);
        }
        return matches;
      });
    }
    exports.findInPath = findInPath;
    function readCopyOptions(options) {
      const force = options.force == null ? true : options.force;
      const recursive = Boolean(options.recursive);
      const copySourceDirectory = options.copySourceDirectory == null ? true : Boolean(options.copySourceDirectory);
      return {
        force: force,
        recursive: recursive,
        copySourceDirectory: copySourceDirectory
      };
    }
    function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
      return __awaiter(this, void 0, void 0, function*() {
        if (currentDepth >= 255) return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
          const srcFile = `${sourceDir}/${fileName}`;
          const destFile = `${destDir}/${fileName}`;
          const srcFileStat = yield ioUtil.lstat(srcFile);
          if (srcFileStat.isDirectory()) yield cpDirRecursive(srcFile, destFile, currentDepth, force); else yield copyFile(srcFile, destFile, force);
        }
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
      });
    }
    function copyFile(srcFile, destFile, force) {
      return __awaiter(this, void 0, void 0, function*() {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
          try {
            yield ioUtil.lstat(destFile);
            yield ioUtil.unlink(destFile);
          } catch (e) {
            if (e.code === 'EPERM') {
              yield ioUtil.chmod(destFile, '0666');
              yield ioUtil.unlink(destFile);
            }
          }
          const symlinkFull = yield ioUtil.readlink(srcFile);
          yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        } else if (!(yield ioUtil.exists(destFile)) || force) yield ioUtil.copyFile(srcFile, destFile);
      });
    }
  },
  3234: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      createDocker: () => createDocker
    });
    var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5236);
    async function createDocker(log, dockerPath = 'docker') {
      const run = async (args, opts = {}) => {
        let stdout = '';
        let stderr = '';
        const code = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__.exec(dockerPath, args, {
          ignoreReturnCode: true,
          silent: true,
          input: opts.input,
          env: opts.env ? {
            ...process.env,
            ...opts.env
          } : void 0,
          listeners: {
            stdout: d => stdout += d.toString(),
            stderr: d => stderr += d.toString(),
            stdline: l => opts.quiet ? log.debug(l) : log.info(l),
            errline: l => opts.quiet ? log.debug(l) : log.info(l)
          }
        });
        return {
          code: code,
          stdout: stdout,
          stderr: stderr
        };
      };
      const buildx = (await run([ 'buildx', 'version' ], {
        quiet: true
      }).catch(() => ({
        code: 1
      }))).code === 0;
      log.debug(buildx ? 'docker buildx is available' : 'docker buildx is not available: using the classic builder');
      return new DockerCli(run, buildx, log);
    }
    class DockerCli {
      run;
      buildx;
      log;
      constructor(run, buildx, log) {
        this.run = run;
        this.buildx = buildx;
        this.log = log;
      }
      async login(registry, username, password) {
        const r = await this.run([ 'login', '--username', username, '--password-stdin', registry ], {
          input: Buffer.from(password),
          quiet: true
        });
        if (r.code !== 0) throw new Error(`docker login to ${registry} failed: ${lastLines(r.stderr)}`);
      }
      async build(opts) {
        const args = this.buildx ? [ 'buildx', 'build', '--load' ] : [ 'build' ];
        args.push('--file', opts.dockerfile);
        for (const t of opts.tags) args.push('--tag', t);
        for (const a of opts.buildArgs) args.push('--build-arg', `${a.name}=${a.value}`);
        for (const l of opts.labels) args.push('--label', `${l.name}=${l.value}`);
        if (opts.platform) args.push('--platform', opts.platform);
        if (this.buildx) {
          for (const c of opts.cacheFrom) args.push('--cache-from', c);
          for (const c of opts.cacheTo) args.push('--cache-to', c);
        } else if (opts.cacheFrom.length || opts.cacheTo.length) this.log.warning('cache-from and cache-to need docker buildx (docker/setup-buildx-action); building without them.');
        args.push(opts.context);
        const r = await this.run(args, this.buildx ? {} : {
          env: {
            DOCKER_BUILDKIT: '0'
          }
        });
        if (r.code !== 0) throw new Error(`docker build failed (exit code ${r.code}): ${lastLines(r.stderr || r.stdout)}`);
      }
      async push(ref) {
        const r = await this.run([ 'push', ref ]);
        if (r.code !== 0) throw new Error(`docker push ${ref} failed (exit code ${r.code}): ${lastLines(r.stderr || r.stdout)}`);
        const m = /digest: (sha256:[0-9a-f]{64})/.exec(r.stdout);
        return {
          digest: m?.[1]
        };
      }
      async imageExists(ref) {
        const args = [ 'manifest', 'inspect' ];
        if (isLoopbackRegistry(ref)) args.push('--insecure');
        const r = await this.run([ ...args, ref ], {
          quiet: true
        });
        return r.code === 0;
      }
    }
    function isLoopbackRegistry(ref) {
      const host = ref.split('/')[0];
      return ref.includes('/') && /^(localhost|127\.\d+\.\d+\.\d+)(:\d+)?$/.test(host);
    }
    function lastLines(text, n = 5) {
      const lines = text.trim().split(/\r?\n/);
      return lines.slice(-n).join('\n') || '(no output)';
    }
  }
};
