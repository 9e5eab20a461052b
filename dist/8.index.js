"use strict";

exports.id = 8;

exports.ids = [ 8 ];

exports.modules = {
  4008: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.d(__webpack_exports__, {
      fromEnv: () => _fromEnv__WEBPACK_IMPORTED_MODULE_0__.sF
    });
    var _fromEnv__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3099);
  }
};
