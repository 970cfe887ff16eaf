import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  refKey,
  refOf,
  require_dist
} from "./chunk-M2FA62U7.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-VQQVTJLU.js";

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate157, compare) {
      return { validate: validate157, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date2, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date2(str2) {
      const matches = DATE.exec(str2);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time2(str2) {
        const matches = TIME.exec(str2);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time2 = getTime(strictTimeZone);
      return function date_time(str2) {
        const dateTime = str2.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date2(dateTime[0]) && time2(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str2) {
      return NOT_URI_FRAGMENT.test(str2) && URI.test(str2);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str2) {
      BYTE.lastIndex = 0;
      return BYTE.test(str2);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str2) {
      if (Z_ANCHOR.test(str2))
        return false;
      try {
        new RegExp(str2);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/uri-js/dist/es5/uri.all.js
var require_uri_all = __commonJS({
  "node_modules/uri-js/dist/es5/uri.all.js"(exports, module) {
    (function(global, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? factory(exports) : typeof define === "function" && define.amd ? define(["exports"], factory) : factory(global.URI = global.URI || {});
    })(exports, (function(exports2) {
      "use strict";
      function merge2() {
        for (var _len = arguments.length, sets = Array(_len), _key = 0; _key < _len; _key++) {
          sets[_key] = arguments[_key];
        }
        if (sets.length > 1) {
          sets[0] = sets[0].slice(0, -1);
          var xl = sets.length - 1;
          for (var x = 1; x < xl; ++x) {
            sets[x] = sets[x].slice(1, -1);
          }
          sets[xl] = sets[xl].slice(1);
          return sets.join("");
        } else {
          return sets[0];
        }
      }
      function subexp(str2) {
        return "(?:" + str2 + ")";
      }
      function typeOf(o) {
        return o === void 0 ? "undefined" : o === null ? "null" : Object.prototype.toString.call(o).split(" ").pop().split("]").shift().toLowerCase();
      }
      function toUpperCase(str2) {
        return str2.toUpperCase();
      }
      function toArray(obj) {
        return obj !== void 0 && obj !== null ? obj instanceof Array ? obj : typeof obj.length !== "number" || obj.split || obj.setInterval || obj.call ? [obj] : Array.prototype.slice.call(obj) : [];
      }
      function assign(target, source) {
        var obj = target;
        if (source) {
          for (var key in source) {
            obj[key] = source[key];
          }
        }
        return obj;
      }
      function buildExps(isIRI2) {
        var ALPHA$$ = "[A-Za-z]", CR$ = "[\\x0D]", DIGIT$$ = "[0-9]", DQUOTE$$ = "[\\x22]", HEXDIG$$2 = merge2(DIGIT$$, "[A-Fa-f]"), LF$$ = "[\\x0A]", SP$$ = "[\\x20]", PCT_ENCODED$2 = subexp(subexp("%[EFef]" + HEXDIG$$2 + "%" + HEXDIG$$2 + HEXDIG$$2 + "%" + HEXDIG$$2 + HEXDIG$$2) + "|" + subexp("%[89A-Fa-f]" + HEXDIG$$2 + "%" + HEXDIG$$2 + HEXDIG$$2) + "|" + subexp("%" + HEXDIG$$2 + HEXDIG$$2)), GEN_DELIMS$$ = "[\\:\\/\\?\\#\\[\\]\\@]", SUB_DELIMS$$ = "[\\!\\$\\&\\'\\(\\)\\*\\+\\,\\;\\=]", RESERVED$$ = merge2(GEN_DELIMS$$, SUB_DELIMS$$), UCSCHAR$$ = isIRI2 ? "[\\xA0-\\u200D\\u2010-\\u2029\\u202F-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]" : "[]", IPRIVATE$$ = isIRI2 ? "[\\uE000-\\uF8FF]" : "[]", UNRESERVED$$2 = merge2(ALPHA$$, DIGIT$$, "[\\-\\.\\_\\~]", UCSCHAR$$), SCHEME$ = subexp(ALPHA$$ + merge2(ALPHA$$, DIGIT$$, "[\\+\\-\\.]") + "*"), USERINFO$ = subexp(subexp(PCT_ENCODED$2 + "|" + merge2(UNRESERVED$$2, SUB_DELIMS$$, "[\\:]")) + "*"), DEC_OCTET$ = subexp(subexp("25[0-5]") + "|" + subexp("2[0-4]" + DIGIT$$) + "|" + subexp("1" + DIGIT$$ + DIGIT$$) + "|" + subexp("[1-9]" + DIGIT$$) + "|" + DIGIT$$), DEC_OCTET_RELAXED$ = subexp(subexp("25[0-5]") + "|" + subexp("2[0-4]" + DIGIT$$) + "|" + subexp("1" + DIGIT$$ + DIGIT$$) + "|" + subexp("0?[1-9]" + DIGIT$$) + "|0?0?" + DIGIT$$), IPV4ADDRESS$ = subexp(DEC_OCTET_RELAXED$ + "\\." + DEC_OCTET_RELAXED$ + "\\." + DEC_OCTET_RELAXED$ + "\\." + DEC_OCTET_RELAXED$), H16$ = subexp(HEXDIG$$2 + "{1,4}"), LS32$ = subexp(subexp(H16$ + "\\:" + H16$) + "|" + IPV4ADDRESS$), IPV6ADDRESS1$ = subexp(subexp(H16$ + "\\:") + "{6}" + LS32$), IPV6ADDRESS2$ = subexp("\\:\\:" + subexp(H16$ + "\\:") + "{5}" + LS32$), IPV6ADDRESS3$ = subexp(subexp(H16$) + "?\\:\\:" + subexp(H16$ + "\\:") + "{4}" + LS32$), IPV6ADDRESS4$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,1}" + H16$) + "?\\:\\:" + subexp(H16$ + "\\:") + "{3}" + LS32$), IPV6ADDRESS5$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,2}" + H16$) + "?\\:\\:" + subexp(H16$ + "\\:") + "{2}" + LS32$), IPV6ADDRESS6$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,3}" + H16$) + "?\\:\\:" + H16$ + "\\:" + LS32$), IPV6ADDRESS7$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,4}" + H16$) + "?\\:\\:" + LS32$), IPV6ADDRESS8$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,5}" + H16$) + "?\\:\\:" + H16$), IPV6ADDRESS9$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,6}" + H16$) + "?\\:\\:"), IPV6ADDRESS$ = subexp([IPV6ADDRESS1$, IPV6ADDRESS2$, IPV6ADDRESS3$, IPV6ADDRESS4$, IPV6ADDRESS5$, IPV6ADDRESS6$, IPV6ADDRESS7$, IPV6ADDRESS8$, IPV6ADDRESS9$].join("|")), ZONEID$ = subexp(subexp(UNRESERVED$$2 + "|" + PCT_ENCODED$2) + "+"), IPV6ADDRZ$ = subexp(IPV6ADDRESS$ + "\\%25" + ZONEID$), IPV6ADDRZ_RELAXED$ = subexp(IPV6ADDRESS$ + subexp("\\%25|\\%(?!" + HEXDIG$$2 + "{2})") + ZONEID$), IPVFUTURE$ = subexp("[vV]" + HEXDIG$$2 + "+\\." + merge2(UNRESERVED$$2, SUB_DELIMS$$, "[\\:]") + "+"), IP_LITERAL$ = subexp("\\[" + subexp(IPV6ADDRZ_RELAXED$ + "|" + IPV6ADDRESS$ + "|" + IPVFUTURE$) + "\\]"), REG_NAME$ = subexp(subexp(PCT_ENCODED$2 + "|" + merge2(UNRESERVED$$2, SUB_DELIMS$$)) + "*"), HOST$ = subexp(IP_LITERAL$ + "|" + IPV4ADDRESS$ + "(?!" + REG_NAME$ + ")|" + REG_NAME$), PORT$ = subexp(DIGIT$$ + "*"), AUTHORITY$ = subexp(subexp(USERINFO$ + "@") + "?" + HOST$ + subexp("\\:" + PORT$) + "?"), PCHAR$ = subexp(PCT_ENCODED$2 + "|" + merge2(UNRESERVED$$2, SUB_DELIMS$$, "[\\:\\@]")), SEGMENT$ = subexp(PCHAR$ + "*"), SEGMENT_NZ$ = subexp(PCHAR$ + "+"), SEGMENT_NZ_NC$ = subexp(subexp(PCT_ENCODED$2 + "|" + merge2(UNRESERVED$$2, SUB_DELIMS$$, "[\\@]")) + "+"), PATH_ABEMPTY$ = subexp(subexp("\\/" + SEGMENT$) + "*"), PATH_ABSOLUTE$ = subexp("\\/" + subexp(SEGMENT_NZ$ + PATH_ABEMPTY$) + "?"), PATH_NOSCHEME$ = subexp(SEGMENT_NZ_NC$ + PATH_ABEMPTY$), PATH_ROOTLESS$ = subexp(SEGMENT_NZ$ + PATH_ABEMPTY$), PATH_EMPTY$ = "(?!" + PCHAR$ + ")", PATH$ = subexp(PATH_ABEMPTY$ + "|" + PATH_ABSOLUTE$ + "|" + PATH_NOSCHEME$ + "|" + PATH_ROOTLESS$ + "|" + PATH_EMPTY$), QUERY$ = subexp(subexp(PCHAR$ + "|" + merge2("[\\/\\?]", IPRIVATE$$)) + "*"), FRAGMENT$ = subexp(subexp(PCHAR$ + "|[\\/\\?]") + "*"), HIER_PART$ = subexp(subexp("\\/\\/" + AUTHORITY$ + PATH_ABEMPTY$) + "|" + PATH_ABSOLUTE$ + "|" + PATH_ROOTLESS$ + "|" + PATH_EMPTY$), URI$ = subexp(SCHEME$ + "\\:" + HIER_PART$ + subexp("\\?" + QUERY$) + "?" + subexp("\\#" + FRAGMENT$) + "?"), RELATIVE_PART$ = subexp(subexp("\\/\\/" + AUTHORITY$ + PATH_ABEMPTY$) + "|" + PATH_ABSOLUTE$ + "|" + PATH_NOSCHEME$ + "|" + PATH_EMPTY$), RELATIVE$ = subexp(RELATIVE_PART$ + subexp("\\?" + QUERY$) + "?" + subexp("\\#" + FRAGMENT$) + "?"), URI_REFERENCE$ = subexp(URI$ + "|" + RELATIVE$), ABSOLUTE_URI$ = subexp(SCHEME$ + "\\:" + HIER_PART$ + subexp("\\?" + QUERY$) + "?"), GENERIC_REF$ = "^(" + SCHEME$ + ")\\:" + subexp(subexp("\\/\\/(" + subexp("(" + USERINFO$ + ")@") + "?(" + HOST$ + ")" + subexp("\\:(" + PORT$ + ")") + "?)") + "?(" + PATH_ABEMPTY$ + "|" + PATH_ABSOLUTE$ + "|" + PATH_ROOTLESS$ + "|" + PATH_EMPTY$ + ")") + subexp("\\?(" + QUERY$ + ")") + "?" + subexp("\\#(" + FRAGMENT$ + ")") + "?$", RELATIVE_REF$ = "^(){0}" + subexp(subexp("\\/\\/(" + subexp("(" + USERINFO$ + ")@") + "?(" + HOST$ + ")" + subexp("\\:(" + PORT$ + ")") + "?)") + "?(" + PATH_ABEMPTY$ + "|" + PATH_ABSOLUTE$ + "|" + PATH_NOSCHEME$ + "|" + PATH_EMPTY$ + ")") + subexp("\\?(" + QUERY$ + ")") + "?" + subexp("\\#(" + FRAGMENT$ + ")") + "?$", ABSOLUTE_REF$ = "^(" + SCHEME$ + ")\\:" + subexp(subexp("\\/\\/(" + subexp("(" + USERINFO$ + ")@") + "?(" + HOST$ + ")" + subexp("\\:(" + PORT$ + ")") + "?)") + "?(" + PATH_ABEMPTY$ + "|" + PATH_ABSOLUTE$ + "|" + PATH_ROOTLESS$ + "|" + PATH_EMPTY$ + ")") + subexp("\\?(" + QUERY$ + ")") + "?$", SAMEDOC_REF$ = "^" + subexp("\\#(" + FRAGMENT$ + ")") + "?$", AUTHORITY_REF$ = "^" + subexp("(" + USERINFO$ + ")@") + "?(" + HOST$ + ")" + subexp("\\:(" + PORT$ + ")") + "?$";
        return {
          NOT_SCHEME: new RegExp(merge2("[^]", ALPHA$$, DIGIT$$, "[\\+\\-\\.]"), "g"),
          NOT_USERINFO: new RegExp(merge2("[^\\%\\:]", UNRESERVED$$2, SUB_DELIMS$$), "g"),
          NOT_HOST: new RegExp(merge2("[^\\%\\[\\]\\:]", UNRESERVED$$2, SUB_DELIMS$$), "g"),
          NOT_PATH: new RegExp(merge2("[^\\%\\/\\:\\@]", UNRESERVED$$2, SUB_DELIMS$$), "g"),
          NOT_PATH_NOSCHEME: new RegExp(merge2("[^\\%\\/\\@]", UNRESERVED$$2, SUB_DELIMS$$), "g"),
          NOT_QUERY: new RegExp(merge2("[^\\%]", UNRESERVED$$2, SUB_DELIMS$$, "[\\:\\@\\/\\?]", IPRIVATE$$), "g"),
          NOT_FRAGMENT: new RegExp(merge2("[^\\%]", UNRESERVED$$2, SUB_DELIMS$$, "[\\:\\@\\/\\?]"), "g"),
          ESCAPE: new RegExp(merge2("[^]", UNRESERVED$$2, SUB_DELIMS$$), "g"),
          UNRESERVED: new RegExp(UNRESERVED$$2, "g"),
          OTHER_CHARS: new RegExp(merge2("[^\\%]", UNRESERVED$$2, RESERVED$$), "g"),
          PCT_ENCODED: new RegExp(PCT_ENCODED$2, "g"),
          IPV4ADDRESS: new RegExp("^(" + IPV4ADDRESS$ + ")$"),
          IPV6ADDRESS: new RegExp("^\\[?(" + IPV6ADDRESS$ + ")" + subexp(subexp("\\%25|\\%(?!" + HEXDIG$$2 + "{2})") + "(" + ZONEID$ + ")") + "?\\]?$")
          //RFC 6874, with relaxed parsing rules
        };
      }
      var URI_PROTOCOL = buildExps(false);
      var IRI_PROTOCOL = buildExps(true);
      var slicedToArray = /* @__PURE__ */ (function() {
        function sliceIterator(arr, i) {
          var _arr = [];
          var _n = true;
          var _d = false;
          var _e = void 0;
          try {
            for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) {
              _arr.push(_s.value);
              if (i && _arr.length === i) break;
            }
          } catch (err) {
            _d = true;
            _e = err;
          } finally {
            try {
              if (!_n && _i["return"]) _i["return"]();
            } finally {
              if (_d) throw _e;
            }
          }
          return _arr;
        }
        return function(arr, i) {
          if (Array.isArray(arr)) {
            return arr;
          } else if (Symbol.iterator in Object(arr)) {
            return sliceIterator(arr, i);
          } else {
            throw new TypeError("Invalid attempt to destructure non-iterable instance");
          }
        };
      })();
      var toConsumableArray = function(arr) {
        if (Array.isArray(arr)) {
          for (var i = 0, arr2 = Array(arr.length); i < arr.length; i++) arr2[i] = arr[i];
          return arr2;
        } else {
          return Array.from(arr);
        }
      };
      var maxInt = 2147483647;
      var base = 36;
      var tMin = 1;
      var tMax = 26;
      var skew = 38;
      var damp = 700;
      var initialBias = 72;
      var initialN = 128;
      var delimiter = "-";
      var regexPunycode = /^xn--/;
      var regexNonASCII = /[^\0-\x7E]/;
      var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
      var errors = {
        "overflow": "Overflow: input needs wider integers to process",
        "not-basic": "Illegal input >= 0x80 (not a basic code point)",
        "invalid-input": "Invalid input"
      };
      var baseMinusTMin = base - tMin;
      var floor = Math.floor;
      var stringFromCharCode = String.fromCharCode;
      function error$1(type) {
        throw new RangeError(errors[type]);
      }
      function map(array2, fn) {
        var result = [];
        var length = array2.length;
        while (length--) {
          result[length] = fn(array2[length]);
        }
        return result;
      }
      function mapDomain(string3, fn) {
        var parts = string3.split("@");
        var result = "";
        if (parts.length > 1) {
          result = parts[0] + "@";
          string3 = parts[1];
        }
        string3 = string3.replace(regexSeparators, ".");
        var labels = string3.split(".");
        var encoded = map(labels, fn).join(".");
        return result + encoded;
      }
      function ucs2decode(string3) {
        var output = [];
        var counter = 0;
        var length = string3.length;
        while (counter < length) {
          var value = string3.charCodeAt(counter++);
          if (value >= 55296 && value <= 56319 && counter < length) {
            var extra = string3.charCodeAt(counter++);
            if ((extra & 64512) == 56320) {
              output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
            } else {
              output.push(value);
              counter--;
            }
          } else {
            output.push(value);
          }
        }
        return output;
      }
      var ucs2encode = function ucs2encode2(array2) {
        return String.fromCodePoint.apply(String, toConsumableArray(array2));
      };
      var basicToDigit = function basicToDigit2(codePoint) {
        if (codePoint - 48 < 10) {
          return codePoint - 22;
        }
        if (codePoint - 65 < 26) {
          return codePoint - 65;
        }
        if (codePoint - 97 < 26) {
          return codePoint - 97;
        }
        return base;
      };
      var digitToBasic = function digitToBasic2(digit, flag) {
        return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
      };
      var adapt = function adapt2(delta, numPoints, firstTime) {
        var k = 0;
        delta = firstTime ? floor(delta / damp) : delta >> 1;
        delta += floor(delta / numPoints);
        for (
          ;
          /* no initialization */
          delta > baseMinusTMin * tMax >> 1;
          k += base
        ) {
          delta = floor(delta / baseMinusTMin);
        }
        return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
      };
      var decode2 = function decode3(input) {
        var output = [];
        var inputLength = input.length;
        var i = 0;
        var n = initialN;
        var bias = initialBias;
        var basic = input.lastIndexOf(delimiter);
        if (basic < 0) {
          basic = 0;
        }
        for (var j = 0; j < basic; ++j) {
          if (input.charCodeAt(j) >= 128) {
            error$1("not-basic");
          }
          output.push(input.charCodeAt(j));
        }
        for (var index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
          var oldi = i;
          for (
            var w = 1, k = base;
            ;
            /* no condition */
            k += base
          ) {
            if (index >= inputLength) {
              error$1("invalid-input");
            }
            var digit = basicToDigit(input.charCodeAt(index++));
            if (digit >= base || digit > floor((maxInt - i) / w)) {
              error$1("overflow");
            }
            i += digit * w;
            var t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
            if (digit < t) {
              break;
            }
            var baseMinusT = base - t;
            if (w > floor(maxInt / baseMinusT)) {
              error$1("overflow");
            }
            w *= baseMinusT;
          }
          var out = output.length + 1;
          bias = adapt(i - oldi, out, oldi == 0);
          if (floor(i / out) > maxInt - n) {
            error$1("overflow");
          }
          n += floor(i / out);
          i %= out;
          output.splice(i++, 0, n);
        }
        return String.fromCodePoint.apply(String, output);
      };
      var encode2 = function encode3(input) {
        var output = [];
        input = ucs2decode(input);
        var inputLength = input.length;
        var n = initialN;
        var delta = 0;
        var bias = initialBias;
        var _iteratorNormalCompletion = true;
        var _didIteratorError = false;
        var _iteratorError = void 0;
        try {
          for (var _iterator = input[Symbol.iterator](), _step; !(_iteratorNormalCompletion = (_step = _iterator.next()).done); _iteratorNormalCompletion = true) {
            var _currentValue2 = _step.value;
            if (_currentValue2 < 128) {
              output.push(stringFromCharCode(_currentValue2));
            }
          }
        } catch (err) {
          _didIteratorError = true;
          _iteratorError = err;
        } finally {
          try {
            if (!_iteratorNormalCompletion && _iterator.return) {
              _iterator.return();
            }
          } finally {
            if (_didIteratorError) {
              throw _iteratorError;
            }
          }
        }
        var basicLength = output.length;
        var handledCPCount = basicLength;
        if (basicLength) {
          output.push(delimiter);
        }
        while (handledCPCount < inputLength) {
          var m = maxInt;
          var _iteratorNormalCompletion2 = true;
          var _didIteratorError2 = false;
          var _iteratorError2 = void 0;
          try {
            for (var _iterator2 = input[Symbol.iterator](), _step2; !(_iteratorNormalCompletion2 = (_step2 = _iterator2.next()).done); _iteratorNormalCompletion2 = true) {
              var currentValue = _step2.value;
              if (currentValue >= n && currentValue < m) {
                m = currentValue;
              }
            }
          } catch (err) {
            _didIteratorError2 = true;
            _iteratorError2 = err;
          } finally {
            try {
              if (!_iteratorNormalCompletion2 && _iterator2.return) {
                _iterator2.return();
              }
            } finally {
              if (_didIteratorError2) {
                throw _iteratorError2;
              }
            }
          }
          var handledCPCountPlusOne = handledCPCount + 1;
          if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
            error$1("overflow");
          }
          delta += (m - n) * handledCPCountPlusOne;
          n = m;
          var _iteratorNormalCompletion3 = true;
          var _didIteratorError3 = false;
          var _iteratorError3 = void 0;
          try {
            for (var _iterator3 = input[Symbol.iterator](), _step3; !(_iteratorNormalCompletion3 = (_step3 = _iterator3.next()).done); _iteratorNormalCompletion3 = true) {
              var _currentValue = _step3.value;
              if (_currentValue < n && ++delta > maxInt) {
                error$1("overflow");
              }
              if (_currentValue == n) {
                var q = delta;
                for (
                  var k = base;
                  ;
                  /* no condition */
                  k += base
                ) {
                  var t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
                  if (q < t) {
                    break;
                  }
                  var qMinusT = q - t;
                  var baseMinusT = base - t;
                  output.push(stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0)));
                  q = floor(qMinusT / baseMinusT);
                }
                output.push(stringFromCharCode(digitToBasic(q, 0)));
                bias = adapt(delta, handledCPCountPlusOne, handledCPCount == basicLength);
                delta = 0;
                ++handledCPCount;
              }
            }
          } catch (err) {
            _didIteratorError3 = true;
            _iteratorError3 = err;
          } finally {
            try {
              if (!_iteratorNormalCompletion3 && _iterator3.return) {
                _iterator3.return();
              }
            } finally {
              if (_didIteratorError3) {
                throw _iteratorError3;
              }
            }
          }
          ++delta;
          ++n;
        }
        return output.join("");
      };
      var toUnicode = function toUnicode2(input) {
        return mapDomain(input, function(string3) {
          return regexPunycode.test(string3) ? decode2(string3.slice(4).toLowerCase()) : string3;
        });
      };
      var toASCII = function toASCII2(input) {
        return mapDomain(input, function(string3) {
          return regexNonASCII.test(string3) ? "xn--" + encode2(string3) : string3;
        });
      };
      var punycode = {
        /**
         * A string representing the current Punycode.js version number.
         * @memberOf punycode
         * @type String
         */
        "version": "2.1.0",
        /**
         * An object of methods to convert from JavaScript's internal character
         * representation (UCS-2) to Unicode code points, and back.
         * @see <https://mathiasbynens.be/notes/javascript-encoding>
         * @memberOf punycode
         * @type Object
         */
        "ucs2": {
          "decode": ucs2decode,
          "encode": ucs2encode
        },
        "decode": decode2,
        "encode": encode2,
        "toASCII": toASCII,
        "toUnicode": toUnicode
      };
      var SCHEMES = {};
      function pctEncChar(chr) {
        var c = chr.charCodeAt(0);
        var e = void 0;
        if (c < 16) e = "%0" + c.toString(16).toUpperCase();
        else if (c < 128) e = "%" + c.toString(16).toUpperCase();
        else if (c < 2048) e = "%" + (c >> 6 | 192).toString(16).toUpperCase() + "%" + (c & 63 | 128).toString(16).toUpperCase();
        else e = "%" + (c >> 12 | 224).toString(16).toUpperCase() + "%" + (c >> 6 & 63 | 128).toString(16).toUpperCase() + "%" + (c & 63 | 128).toString(16).toUpperCase();
        return e;
      }
      function pctDecChars(str2) {
        var newStr = "";
        var i = 0;
        var il = str2.length;
        while (i < il) {
          var c = parseInt(str2.substr(i + 1, 2), 16);
          if (c < 128) {
            newStr += String.fromCharCode(c);
            i += 3;
          } else if (c >= 194 && c < 224) {
            if (il - i >= 6) {
              var c2 = parseInt(str2.substr(i + 4, 2), 16);
              newStr += String.fromCharCode((c & 31) << 6 | c2 & 63);
            } else {
              newStr += str2.substr(i, 6);
            }
            i += 6;
          } else if (c >= 224) {
            if (il - i >= 9) {
              var _c = parseInt(str2.substr(i + 4, 2), 16);
              var c3 = parseInt(str2.substr(i + 7, 2), 16);
              newStr += String.fromCharCode((c & 15) << 12 | (_c & 63) << 6 | c3 & 63);
            } else {
              newStr += str2.substr(i, 9);
            }
            i += 9;
          } else {
            newStr += str2.substr(i, 3);
            i += 3;
          }
        }
        return newStr;
      }
      function _normalizeComponentEncoding(components, protocol) {
        function decodeUnreserved2(str2) {
          var decStr = pctDecChars(str2);
          return !decStr.match(protocol.UNRESERVED) ? str2 : decStr;
        }
        if (components.scheme) components.scheme = String(components.scheme).replace(protocol.PCT_ENCODED, decodeUnreserved2).toLowerCase().replace(protocol.NOT_SCHEME, "");
        if (components.userinfo !== void 0) components.userinfo = String(components.userinfo).replace(protocol.PCT_ENCODED, decodeUnreserved2).replace(protocol.NOT_USERINFO, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
        if (components.host !== void 0) components.host = String(components.host).replace(protocol.PCT_ENCODED, decodeUnreserved2).toLowerCase().replace(protocol.NOT_HOST, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
        if (components.path !== void 0) components.path = String(components.path).replace(protocol.PCT_ENCODED, decodeUnreserved2).replace(components.scheme ? protocol.NOT_PATH : protocol.NOT_PATH_NOSCHEME, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
        if (components.query !== void 0) components.query = String(components.query).replace(protocol.PCT_ENCODED, decodeUnreserved2).replace(protocol.NOT_QUERY, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
        if (components.fragment !== void 0) components.fragment = String(components.fragment).replace(protocol.PCT_ENCODED, decodeUnreserved2).replace(protocol.NOT_FRAGMENT, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
        return components;
      }
      function _stripLeadingZeros(str2) {
        return str2.replace(/^0*(.*)/, "$1") || "0";
      }
      function _normalizeIPv4(host, protocol) {
        var matches = host.match(protocol.IPV4ADDRESS) || [];
        var _matches = slicedToArray(matches, 2), address = _matches[1];
        if (address) {
          return address.split(".").map(_stripLeadingZeros).join(".");
        } else {
          return host;
        }
      }
      function _normalizeIPv6(host, protocol) {
        var matches = host.match(protocol.IPV6ADDRESS) || [];
        var _matches2 = slicedToArray(matches, 3), address = _matches2[1], zone = _matches2[2];
        if (address) {
          var _address$toLowerCase$ = address.toLowerCase().split("::").reverse(), _address$toLowerCase$2 = slicedToArray(_address$toLowerCase$, 2), last = _address$toLowerCase$2[0], first = _address$toLowerCase$2[1];
          var firstFields = first ? first.split(":").map(_stripLeadingZeros) : [];
          var lastFields = last.split(":").map(_stripLeadingZeros);
          var isLastFieldIPv4Address = protocol.IPV4ADDRESS.test(lastFields[lastFields.length - 1]);
          var fieldCount = isLastFieldIPv4Address ? 7 : 8;
          var lastFieldsStart = lastFields.length - fieldCount;
          var fields = Array(fieldCount);
          for (var x = 0; x < fieldCount; ++x) {
            fields[x] = firstFields[x] || lastFields[lastFieldsStart + x] || "";
          }
          if (isLastFieldIPv4Address) {
            fields[fieldCount - 1] = _normalizeIPv4(fields[fieldCount - 1], protocol);
          }
          var allZeroFields = fields.reduce(function(acc, field, index) {
            if (!field || field === "0") {
              var lastLongest = acc[acc.length - 1];
              if (lastLongest && lastLongest.index + lastLongest.length === index) {
                lastLongest.length++;
              } else {
                acc.push({ index, length: 1 });
              }
            }
            return acc;
          }, []);
          var longestZeroFields = allZeroFields.sort(function(a, b) {
            return b.length - a.length;
          })[0];
          var newHost = void 0;
          if (longestZeroFields && longestZeroFields.length > 1) {
            var newFirst = fields.slice(0, longestZeroFields.index);
            var newLast = fields.slice(longestZeroFields.index + longestZeroFields.length);
            newHost = newFirst.join(":") + "::" + newLast.join(":");
          } else {
            newHost = fields.join(":");
          }
          if (zone) {
            newHost += "%" + zone;
          }
          return newHost;
        } else {
          return host;
        }
      }
      var URI_PARSE = /^(?:([^:\/?#]+):)?(?:\/\/((?:([^\/?#@]*)@)?(\[[^\/?#\]]+\]|[^\/?#:]*)(?:\:(\d*))?))?([^?#]*)(?:\?([^#]*))?(?:#((?:.|\n|\r)*))?/i;
      var NO_MATCH_IS_UNDEFINED = "".match(/(){0}/)[1] === void 0;
      function parse3(uriString) {
        var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        var components = {};
        var protocol = options.iri !== false ? IRI_PROTOCOL : URI_PROTOCOL;
        if (options.reference === "suffix") uriString = (options.scheme ? options.scheme + ":" : "") + "//" + uriString;
        var matches = uriString.match(URI_PARSE);
        if (matches) {
          if (NO_MATCH_IS_UNDEFINED) {
            components.scheme = matches[1];
            components.userinfo = matches[3];
            components.host = matches[4];
            components.port = parseInt(matches[5], 10);
            components.path = matches[6] || "";
            components.query = matches[7];
            components.fragment = matches[8];
            if (isNaN(components.port)) {
              components.port = matches[5];
            }
          } else {
            components.scheme = matches[1] || void 0;
            components.userinfo = uriString.indexOf("@") !== -1 ? matches[3] : void 0;
            components.host = uriString.indexOf("//") !== -1 ? matches[4] : void 0;
            components.port = parseInt(matches[5], 10);
            components.path = matches[6] || "";
            components.query = uriString.indexOf("?") !== -1 ? matches[7] : void 0;
            components.fragment = uriString.indexOf("#") !== -1 ? matches[8] : void 0;
            if (isNaN(components.port)) {
              components.port = uriString.match(/\/\/(?:.|\n)*\:(?:\/|\?|\#|$)/) ? matches[4] : void 0;
            }
          }
          if (components.host) {
            components.host = _normalizeIPv6(_normalizeIPv4(components.host, protocol), protocol);
          }
          if (components.scheme === void 0 && components.userinfo === void 0 && components.host === void 0 && components.port === void 0 && !components.path && components.query === void 0) {
            components.reference = "same-document";
          } else if (components.scheme === void 0) {
            components.reference = "relative";
          } else if (components.fragment === void 0) {
            components.reference = "absolute";
          } else {
            components.reference = "uri";
          }
          if (options.reference && options.reference !== "suffix" && options.reference !== components.reference) {
            components.error = components.error || "URI is not a " + options.reference + " reference.";
          }
          var schemeHandler = SCHEMES[(options.scheme || components.scheme || "").toLowerCase()];
          if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport)) {
            if (components.host && (options.domainHost || schemeHandler && schemeHandler.domainHost)) {
              try {
                components.host = punycode.toASCII(components.host.replace(protocol.PCT_ENCODED, pctDecChars).toLowerCase());
              } catch (e) {
                components.error = components.error || "Host's domain name can not be converted to ASCII via punycode: " + e;
              }
            }
            _normalizeComponentEncoding(components, URI_PROTOCOL);
          } else {
            _normalizeComponentEncoding(components, protocol);
          }
          if (schemeHandler && schemeHandler.parse) {
            schemeHandler.parse(components, options);
          }
        } else {
          components.error = components.error || "URI can not be parsed.";
        }
        return components;
      }
      function _recomposeAuthority(components, options) {
        var protocol = options.iri !== false ? IRI_PROTOCOL : URI_PROTOCOL;
        var uriTokens = [];
        if (components.userinfo !== void 0) {
          uriTokens.push(components.userinfo);
          uriTokens.push("@");
        }
        if (components.host !== void 0) {
          uriTokens.push(_normalizeIPv6(_normalizeIPv4(String(components.host), protocol), protocol).replace(protocol.IPV6ADDRESS, function(_, $1, $2) {
            return "[" + $1 + ($2 ? "%25" + $2 : "") + "]";
          }));
        }
        if (typeof components.port === "number" || typeof components.port === "string") {
          uriTokens.push(":");
          uriTokens.push(String(components.port));
        }
        return uriTokens.length ? uriTokens.join("") : void 0;
      }
      var RDS1 = /^\.\.?\//;
      var RDS2 = /^\/\.(\/|$)/;
      var RDS3 = /^\/\.\.(\/|$)/;
      var RDS5 = /^\/?(?:.|\n)*?(?=\/|$)/;
      function removeDotSegments(input) {
        var output = [];
        while (input.length) {
          if (input.match(RDS1)) {
            input = input.replace(RDS1, "");
          } else if (input.match(RDS2)) {
            input = input.replace(RDS2, "/");
          } else if (input.match(RDS3)) {
            input = input.replace(RDS3, "/");
            output.pop();
          } else if (input === "." || input === "..") {
            input = "";
          } else {
            var im = input.match(RDS5);
            if (im) {
              var s = im[0];
              input = input.slice(s.length);
              output.push(s);
            } else {
              throw new Error("Unexpected dot segment condition");
            }
          }
        }
        return output.join("");
      }
      function serialize(components) {
        var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        var protocol = options.iri ? IRI_PROTOCOL : URI_PROTOCOL;
        var uriTokens = [];
        var schemeHandler = SCHEMES[(options.scheme || components.scheme || "").toLowerCase()];
        if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(components, options);
        if (components.host) {
          if (protocol.IPV6ADDRESS.test(components.host)) {
          } else if (options.domainHost || schemeHandler && schemeHandler.domainHost) {
            try {
              components.host = !options.iri ? punycode.toASCII(components.host.replace(protocol.PCT_ENCODED, pctDecChars).toLowerCase()) : punycode.toUnicode(components.host);
            } catch (e) {
              components.error = components.error || "Host's domain name can not be converted to " + (!options.iri ? "ASCII" : "Unicode") + " via punycode: " + e;
            }
          }
        }
        _normalizeComponentEncoding(components, protocol);
        if (options.reference !== "suffix" && components.scheme) {
          uriTokens.push(components.scheme);
          uriTokens.push(":");
        }
        var authority = _recomposeAuthority(components, options);
        if (authority !== void 0) {
          if (options.reference !== "suffix") {
            uriTokens.push("//");
          }
          uriTokens.push(authority);
          if (components.path && components.path.charAt(0) !== "/") {
            uriTokens.push("/");
          }
        }
        if (components.path !== void 0) {
          var s = components.path;
          if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
            s = removeDotSegments(s);
          }
          if (authority === void 0) {
            s = s.replace(/^\/\//, "/%2F");
          }
          uriTokens.push(s);
        }
        if (components.query !== void 0) {
          uriTokens.push("?");
          uriTokens.push(components.query);
        }
        if (components.fragment !== void 0) {
          uriTokens.push("#");
          uriTokens.push(components.fragment);
        }
        return uriTokens.join("");
      }
      function resolveComponents(base2, relative) {
        var options = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : {};
        var skipNormalization = arguments[3];
        var target = {};
        if (!skipNormalization) {
          base2 = parse3(serialize(base2, options), options);
          relative = parse3(serialize(relative, options), options);
        }
        options = options || {};
        if (!options.tolerant && relative.scheme) {
          target.scheme = relative.scheme;
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
            target.userinfo = relative.userinfo;
            target.host = relative.host;
            target.port = relative.port;
            target.path = removeDotSegments(relative.path || "");
            target.query = relative.query;
          } else {
            if (!relative.path) {
              target.path = base2.path;
              if (relative.query !== void 0) {
                target.query = relative.query;
              } else {
                target.query = base2.query;
              }
            } else {
              if (relative.path.charAt(0) === "/") {
                target.path = removeDotSegments(relative.path);
              } else {
                if ((base2.userinfo !== void 0 || base2.host !== void 0 || base2.port !== void 0) && !base2.path) {
                  target.path = "/" + relative.path;
                } else if (!base2.path) {
                  target.path = relative.path;
                } else {
                  target.path = base2.path.slice(0, base2.path.lastIndexOf("/") + 1) + relative.path;
                }
                target.path = removeDotSegments(target.path);
              }
              target.query = relative.query;
            }
            target.userinfo = base2.userinfo;
            target.host = base2.host;
            target.port = base2.port;
          }
          target.scheme = base2.scheme;
        }
        target.fragment = relative.fragment;
        return target;
      }
      function resolve(baseURI, relativeURI, options) {
        var schemelessOptions = assign({ scheme: "null" }, options);
        return serialize(resolveComponents(parse3(baseURI, schemelessOptions), parse3(relativeURI, schemelessOptions), schemelessOptions, true), schemelessOptions);
      }
      function normalize(uri, options) {
        if (typeof uri === "string") {
          uri = serialize(parse3(uri, options), options);
        } else if (typeOf(uri) === "object") {
          uri = parse3(serialize(uri, options), options);
        }
        return uri;
      }
      function equal(uriA, uriB, options) {
        if (typeof uriA === "string") {
          uriA = serialize(parse3(uriA, options), options);
        } else if (typeOf(uriA) === "object") {
          uriA = serialize(uriA, options);
        }
        if (typeof uriB === "string") {
          uriB = serialize(parse3(uriB, options), options);
        } else if (typeOf(uriB) === "object") {
          uriB = serialize(uriB, options);
        }
        return uriA === uriB;
      }
      function escapeComponent(str2, options) {
        return str2 && str2.toString().replace(!options || !options.iri ? URI_PROTOCOL.ESCAPE : IRI_PROTOCOL.ESCAPE, pctEncChar);
      }
      function unescapeComponent(str2, options) {
        return str2 && str2.toString().replace(!options || !options.iri ? URI_PROTOCOL.PCT_ENCODED : IRI_PROTOCOL.PCT_ENCODED, pctDecChars);
      }
      var handler = {
        scheme: "http",
        domainHost: true,
        parse: function parse4(components, options) {
          if (!components.host) {
            components.error = components.error || "HTTP URIs must have a host.";
          }
          return components;
        },
        serialize: function serialize2(components, options) {
          var secure = String(components.scheme).toLowerCase() === "https";
          if (components.port === (secure ? 443 : 80) || components.port === "") {
            components.port = void 0;
          }
          if (!components.path) {
            components.path = "/";
          }
          return components;
        }
      };
      var handler$1 = {
        scheme: "https",
        domainHost: handler.domainHost,
        parse: handler.parse,
        serialize: handler.serialize
      };
      function isSecure(wsComponents) {
        return typeof wsComponents.secure === "boolean" ? wsComponents.secure : String(wsComponents.scheme).toLowerCase() === "wss";
      }
      var handler$2 = {
        scheme: "ws",
        domainHost: true,
        parse: function parse4(components, options) {
          var wsComponents = components;
          wsComponents.secure = isSecure(wsComponents);
          wsComponents.resourceName = (wsComponents.path || "/") + (wsComponents.query ? "?" + wsComponents.query : "");
          wsComponents.path = void 0;
          wsComponents.query = void 0;
          return wsComponents;
        },
        serialize: function serialize2(wsComponents, options) {
          if (wsComponents.port === (isSecure(wsComponents) ? 443 : 80) || wsComponents.port === "") {
            wsComponents.port = void 0;
          }
          if (typeof wsComponents.secure === "boolean") {
            wsComponents.scheme = wsComponents.secure ? "wss" : "ws";
            wsComponents.secure = void 0;
          }
          if (wsComponents.resourceName) {
            var _wsComponents$resourc = wsComponents.resourceName.split("?"), _wsComponents$resourc2 = slicedToArray(_wsComponents$resourc, 2), path = _wsComponents$resourc2[0], query = _wsComponents$resourc2[1];
            wsComponents.path = path && path !== "/" ? path : void 0;
            wsComponents.query = query;
            wsComponents.resourceName = void 0;
          }
          wsComponents.fragment = void 0;
          return wsComponents;
        }
      };
      var handler$3 = {
        scheme: "wss",
        domainHost: handler$2.domainHost,
        parse: handler$2.parse,
        serialize: handler$2.serialize
      };
      var O = {};
      var isIRI = true;
      var UNRESERVED$$ = "[A-Za-z0-9\\-\\.\\_\\~" + (isIRI ? "\\xA0-\\u200D\\u2010-\\u2029\\u202F-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF" : "") + "]";
      var HEXDIG$$ = "[0-9A-Fa-f]";
      var PCT_ENCODED$ = subexp(subexp("%[EFef]" + HEXDIG$$ + "%" + HEXDIG$$ + HEXDIG$$ + "%" + HEXDIG$$ + HEXDIG$$) + "|" + subexp("%[89A-Fa-f]" + HEXDIG$$ + "%" + HEXDIG$$ + HEXDIG$$) + "|" + subexp("%" + HEXDIG$$ + HEXDIG$$));
      var ATEXT$$ = "[A-Za-z0-9\\!\\$\\%\\'\\*\\+\\-\\^\\_\\`\\{\\|\\}\\~]";
      var QTEXT$$ = "[\\!\\$\\%\\'\\(\\)\\*\\+\\,\\-\\.0-9\\<\\>A-Z\\x5E-\\x7E]";
      var VCHAR$$ = merge2(QTEXT$$, '[\\"\\\\]');
      var SOME_DELIMS$$ = "[\\!\\$\\'\\(\\)\\*\\+\\,\\;\\:\\@]";
      var UNRESERVED = new RegExp(UNRESERVED$$, "g");
      var PCT_ENCODED = new RegExp(PCT_ENCODED$, "g");
      var NOT_LOCAL_PART = new RegExp(merge2("[^]", ATEXT$$, "[\\.]", '[\\"]', VCHAR$$), "g");
      var NOT_HFNAME = new RegExp(merge2("[^]", UNRESERVED$$, SOME_DELIMS$$), "g");
      var NOT_HFVALUE = NOT_HFNAME;
      function decodeUnreserved(str2) {
        var decStr = pctDecChars(str2);
        return !decStr.match(UNRESERVED) ? str2 : decStr;
      }
      var handler$4 = {
        scheme: "mailto",
        parse: function parse$$1(components, options) {
          var mailtoComponents = components;
          var to = mailtoComponents.to = mailtoComponents.path ? mailtoComponents.path.split(",") : [];
          mailtoComponents.path = void 0;
          if (mailtoComponents.query) {
            var unknownHeaders = false;
            var headers = {};
            var hfields = mailtoComponents.query.split("&");
            for (var x = 0, xl = hfields.length; x < xl; ++x) {
              var hfield = hfields[x].split("=");
              switch (hfield[0]) {
                case "to":
                  var toAddrs = hfield[1].split(",");
                  for (var _x = 0, _xl = toAddrs.length; _x < _xl; ++_x) {
                    to.push(toAddrs[_x]);
                  }
                  break;
                case "subject":
                  mailtoComponents.subject = unescapeComponent(hfield[1], options);
                  break;
                case "body":
                  mailtoComponents.body = unescapeComponent(hfield[1], options);
                  break;
                default:
                  unknownHeaders = true;
                  headers[unescapeComponent(hfield[0], options)] = unescapeComponent(hfield[1], options);
                  break;
              }
            }
            if (unknownHeaders) mailtoComponents.headers = headers;
          }
          mailtoComponents.query = void 0;
          for (var _x2 = 0, _xl2 = to.length; _x2 < _xl2; ++_x2) {
            var addr = to[_x2].split("@");
            addr[0] = unescapeComponent(addr[0]);
            if (!options.unicodeSupport) {
              try {
                addr[1] = punycode.toASCII(unescapeComponent(addr[1], options).toLowerCase());
              } catch (e) {
                mailtoComponents.error = mailtoComponents.error || "Email address's domain name can not be converted to ASCII via punycode: " + e;
              }
            } else {
              addr[1] = unescapeComponent(addr[1], options).toLowerCase();
            }
            to[_x2] = addr.join("@");
          }
          return mailtoComponents;
        },
        serialize: function serialize$$1(mailtoComponents, options) {
          var components = mailtoComponents;
          var to = toArray(mailtoComponents.to);
          if (to) {
            for (var x = 0, xl = to.length; x < xl; ++x) {
              var toAddr = String(to[x]);
              var atIdx = toAddr.lastIndexOf("@");
              var localPart = toAddr.slice(0, atIdx).replace(PCT_ENCODED, decodeUnreserved).replace(PCT_ENCODED, toUpperCase).replace(NOT_LOCAL_PART, pctEncChar);
              var domain = toAddr.slice(atIdx + 1);
              try {
                domain = !options.iri ? punycode.toASCII(unescapeComponent(domain, options).toLowerCase()) : punycode.toUnicode(domain);
              } catch (e) {
                components.error = components.error || "Email address's domain name can not be converted to " + (!options.iri ? "ASCII" : "Unicode") + " via punycode: " + e;
              }
              to[x] = localPart + "@" + domain;
            }
            components.path = to.join(",");
          }
          var headers = mailtoComponents.headers = mailtoComponents.headers || {};
          if (mailtoComponents.subject) headers["subject"] = mailtoComponents.subject;
          if (mailtoComponents.body) headers["body"] = mailtoComponents.body;
          var fields = [];
          for (var name in headers) {
            if (headers[name] !== O[name]) {
              fields.push(name.replace(PCT_ENCODED, decodeUnreserved).replace(PCT_ENCODED, toUpperCase).replace(NOT_HFNAME, pctEncChar) + "=" + headers[name].replace(PCT_ENCODED, decodeUnreserved).replace(PCT_ENCODED, toUpperCase).replace(NOT_HFVALUE, pctEncChar));
            }
          }
          if (fields.length) {
            components.query = fields.join("&");
          }
          return components;
        }
      };
      var URN_PARSE = /^([^\:]+)\:(.*)/;
      var handler$5 = {
        scheme: "urn",
        parse: function parse$$1(components, options) {
          var matches = components.path && components.path.match(URN_PARSE);
          var urnComponents = components;
          if (matches) {
            var scheme = options.scheme || urnComponents.scheme || "urn";
            var nid = matches[1].toLowerCase();
            var nss = matches[2];
            var urnScheme = scheme + ":" + (options.nid || nid);
            var schemeHandler = SCHEMES[urnScheme];
            urnComponents.nid = nid;
            urnComponents.nss = nss;
            urnComponents.path = void 0;
            if (schemeHandler) {
              urnComponents = schemeHandler.parse(urnComponents, options);
            }
          } else {
            urnComponents.error = urnComponents.error || "URN can not be parsed.";
          }
          return urnComponents;
        },
        serialize: function serialize$$1(urnComponents, options) {
          var scheme = options.scheme || urnComponents.scheme || "urn";
          var nid = urnComponents.nid;
          var urnScheme = scheme + ":" + (options.nid || nid);
          var schemeHandler = SCHEMES[urnScheme];
          if (schemeHandler) {
            urnComponents = schemeHandler.serialize(urnComponents, options);
          }
          var uriComponents = urnComponents;
          var nss = urnComponents.nss;
          uriComponents.path = (nid || options.nid) + ":" + nss;
          return uriComponents;
        }
      };
      var UUID = /^[0-9A-Fa-f]{8}(?:\-[0-9A-Fa-f]{4}){3}\-[0-9A-Fa-f]{12}$/;
      var handler$6 = {
        scheme: "urn:uuid",
        parse: function parse4(urnComponents, options) {
          var uuidComponents = urnComponents;
          uuidComponents.uuid = uuidComponents.nss;
          uuidComponents.nss = void 0;
          if (!options.tolerant && (!uuidComponents.uuid || !uuidComponents.uuid.match(UUID))) {
            uuidComponents.error = uuidComponents.error || "UUID is not valid.";
          }
          return uuidComponents;
        },
        serialize: function serialize2(uuidComponents, options) {
          var urnComponents = uuidComponents;
          urnComponents.nss = (uuidComponents.uuid || "").toLowerCase();
          return urnComponents;
        }
      };
      SCHEMES[handler.scheme] = handler;
      SCHEMES[handler$1.scheme] = handler$1;
      SCHEMES[handler$2.scheme] = handler$2;
      SCHEMES[handler$3.scheme] = handler$3;
      SCHEMES[handler$4.scheme] = handler$4;
      SCHEMES[handler$5.scheme] = handler$5;
      SCHEMES[handler$6.scheme] = handler$6;
      exports2.SCHEMES = SCHEMES;
      exports2.pctEncChar = pctEncChar;
      exports2.pctDecChars = pctDecChars;
      exports2.parse = parse3;
      exports2.removeDotSegments = removeDotSegments;
      exports2.serialize = serialize;
      exports2.resolveComponents = resolveComponents;
      exports2.resolve = resolve;
      exports2.normalize = normalize;
      exports2.equal = equal;
      exports2.escapeComponent = escapeComponent;
      exports2.unescapeComponent = unescapeComponent;
      Object.defineProperty(exports2, "__esModule", { value: true });
    }));
  }
});

// node_modules/nearley/lib/nearley.js
var require_nearley = __commonJS({
  "node_modules/nearley/lib/nearley.js"(exports, module) {
    (function(root, factory) {
      if (typeof module === "object" && module.exports) {
        module.exports = factory();
      } else {
        root.nearley = factory();
      }
    })(exports, function() {
      function Rule(name, symbols, postprocess) {
        this.id = ++Rule.highestId;
        this.name = name;
        this.symbols = symbols;
        this.postprocess = postprocess;
        return this;
      }
      Rule.highestId = 0;
      Rule.prototype.toString = function(withCursorAt) {
        var symbolSequence = typeof withCursorAt === "undefined" ? this.symbols.map(getSymbolShortDisplay).join(" ") : this.symbols.slice(0, withCursorAt).map(getSymbolShortDisplay).join(" ") + " \u25CF " + this.symbols.slice(withCursorAt).map(getSymbolShortDisplay).join(" ");
        return this.name + " \u2192 " + symbolSequence;
      };
      function State(rule, dot, reference, wantedBy) {
        this.rule = rule;
        this.dot = dot;
        this.reference = reference;
        this.data = [];
        this.wantedBy = wantedBy;
        this.isComplete = this.dot === rule.symbols.length;
      }
      State.prototype.toString = function() {
        return "{" + this.rule.toString(this.dot) + "}, from: " + (this.reference || 0);
      };
      State.prototype.nextState = function(child) {
        var state = new State(this.rule, this.dot + 1, this.reference, this.wantedBy);
        state.left = this;
        state.right = child;
        if (state.isComplete) {
          state.data = state.build();
          state.right = void 0;
        }
        return state;
      };
      State.prototype.build = function() {
        var children = [];
        var node2 = this;
        do {
          children.push(node2.right.data);
          node2 = node2.left;
        } while (node2.left);
        children.reverse();
        return children;
      };
      State.prototype.finish = function() {
        if (this.rule.postprocess) {
          this.data = this.rule.postprocess(this.data, this.reference, Parser.fail);
        }
      };
      function Column(grammar, index) {
        this.grammar = grammar;
        this.index = index;
        this.states = [];
        this.wants = {};
        this.scannable = [];
        this.completed = {};
      }
      Column.prototype.process = function(nextColumn) {
        var states = this.states;
        var wants = this.wants;
        var completed = this.completed;
        for (var w = 0; w < states.length; w++) {
          var state = states[w];
          if (state.isComplete) {
            state.finish();
            if (state.data !== Parser.fail) {
              var wantedBy = state.wantedBy;
              for (var i = wantedBy.length; i--; ) {
                var left = wantedBy[i];
                this.complete(left, state);
              }
              if (state.reference === this.index) {
                var exp = state.rule.name;
                (this.completed[exp] = this.completed[exp] || []).push(state);
              }
            }
          } else {
            var exp = state.rule.symbols[state.dot];
            if (typeof exp !== "string") {
              this.scannable.push(state);
              continue;
            }
            if (wants[exp]) {
              wants[exp].push(state);
              if (completed.hasOwnProperty(exp)) {
                var nulls = completed[exp];
                for (var i = 0; i < nulls.length; i++) {
                  var right = nulls[i];
                  this.complete(state, right);
                }
              }
            } else {
              wants[exp] = [state];
              this.predict(exp);
            }
          }
        }
      };
      Column.prototype.predict = function(exp) {
        var rules2 = this.grammar.byName[exp] || [];
        for (var i = 0; i < rules2.length; i++) {
          var r = rules2[i];
          var wantedBy = this.wants[exp];
          var s = new State(r, 0, this.index, wantedBy);
          this.states.push(s);
        }
      };
      Column.prototype.complete = function(left, right) {
        var copy = left.nextState(right);
        this.states.push(copy);
      };
      function Grammar(rules2, start) {
        this.rules = rules2;
        this.start = start || this.rules[0].name;
        var byName = this.byName = {};
        this.rules.forEach(function(rule) {
          if (!byName.hasOwnProperty(rule.name)) {
            byName[rule.name] = [];
          }
          byName[rule.name].push(rule);
        });
      }
      Grammar.fromCompiled = function(rules2, start) {
        var lexer = rules2.Lexer;
        if (rules2.ParserStart) {
          start = rules2.ParserStart;
          rules2 = rules2.ParserRules;
        }
        var rules2 = rules2.map(function(r) {
          return new Rule(r.name, r.symbols, r.postprocess);
        });
        var g = new Grammar(rules2, start);
        g.lexer = lexer;
        return g;
      };
      function StreamLexer() {
        this.reset("");
      }
      StreamLexer.prototype.reset = function(data, state) {
        this.buffer = data;
        this.index = 0;
        this.line = state ? state.line : 1;
        this.lastLineBreak = state ? -state.col : 0;
      };
      StreamLexer.prototype.next = function() {
        if (this.index < this.buffer.length) {
          var ch = this.buffer[this.index++];
          if (ch === "\n") {
            this.line += 1;
            this.lastLineBreak = this.index;
          }
          return { value: ch };
        }
      };
      StreamLexer.prototype.save = function() {
        return {
          line: this.line,
          col: this.index - this.lastLineBreak
        };
      };
      StreamLexer.prototype.formatError = function(token, message) {
        var buffer = this.buffer;
        if (typeof buffer === "string") {
          var lines = buffer.split("\n").slice(
            Math.max(0, this.line - 5),
            this.line
          );
          var nextLineBreak = buffer.indexOf("\n", this.index);
          if (nextLineBreak === -1) nextLineBreak = buffer.length;
          var col = this.index - this.lastLineBreak;
          var lastLineDigits = String(this.line).length;
          message += " at line " + this.line + " col " + col + ":\n\n";
          message += lines.map(function(line, i) {
            return pad(this.line - lines.length + i + 1, lastLineDigits) + " " + line;
          }, this).join("\n");
          message += "\n" + pad("", lastLineDigits + col) + "^\n";
          return message;
        } else {
          return message + " at index " + (this.index - 1);
        }
        function pad(n, length) {
          var s = String(n);
          return Array(length - s.length + 1).join(" ") + s;
        }
      };
      function Parser(rules2, start, options) {
        if (rules2 instanceof Grammar) {
          var grammar = rules2;
          var options = start;
        } else {
          var grammar = Grammar.fromCompiled(rules2, start);
        }
        this.grammar = grammar;
        this.options = {
          keepHistory: false,
          lexer: grammar.lexer || new StreamLexer()
        };
        for (var key in options || {}) {
          this.options[key] = options[key];
        }
        this.lexer = this.options.lexer;
        this.lexerState = void 0;
        var column = new Column(grammar, 0);
        var table = this.table = [column];
        column.wants[grammar.start] = [];
        column.predict(grammar.start);
        column.process();
        this.current = 0;
      }
      Parser.fail = {};
      Parser.prototype.feed = function(chunk) {
        var lexer = this.lexer;
        lexer.reset(chunk, this.lexerState);
        var token;
        while (true) {
          try {
            token = lexer.next();
            if (!token) {
              break;
            }
          } catch (e) {
            var nextColumn = new Column(this.grammar, this.current + 1);
            this.table.push(nextColumn);
            var err = new Error(this.reportLexerError(e));
            err.offset = this.current;
            err.token = e.token;
            throw err;
          }
          var column = this.table[this.current];
          if (!this.options.keepHistory) {
            delete this.table[this.current - 1];
          }
          var n = this.current + 1;
          var nextColumn = new Column(this.grammar, n);
          this.table.push(nextColumn);
          var literal = token.text !== void 0 ? token.text : token.value;
          var value = lexer.constructor === StreamLexer ? token.value : token;
          var scannable = column.scannable;
          for (var w = scannable.length; w--; ) {
            var state = scannable[w];
            var expect = state.rule.symbols[state.dot];
            if (expect.test ? expect.test(value) : expect.type ? expect.type === token.type : expect.literal === literal) {
              var next = state.nextState({ data: value, token, isToken: true, reference: n - 1 });
              nextColumn.states.push(next);
            }
          }
          nextColumn.process();
          if (nextColumn.states.length === 0) {
            var err = new Error(this.reportError(token));
            err.offset = this.current;
            err.token = token;
            throw err;
          }
          if (this.options.keepHistory) {
            column.lexerState = lexer.save();
          }
          this.current++;
        }
        if (column) {
          this.lexerState = lexer.save();
        }
        this.results = this.finish();
        return this;
      };
      Parser.prototype.reportLexerError = function(lexerError) {
        var tokenDisplay, lexerMessage;
        var token = lexerError.token;
        if (token) {
          tokenDisplay = "input " + JSON.stringify(token.text[0]) + " (lexer error)";
          lexerMessage = this.lexer.formatError(token, "Syntax error");
        } else {
          tokenDisplay = "input (lexer error)";
          lexerMessage = lexerError.message;
        }
        return this.reportErrorCommon(lexerMessage, tokenDisplay);
      };
      Parser.prototype.reportError = function(token) {
        var tokenDisplay = (token.type ? token.type + " token: " : "") + JSON.stringify(token.value !== void 0 ? token.value : token);
        var lexerMessage = this.lexer.formatError(token, "Syntax error");
        return this.reportErrorCommon(lexerMessage, tokenDisplay);
      };
      Parser.prototype.reportErrorCommon = function(lexerMessage, tokenDisplay) {
        var lines = [];
        lines.push(lexerMessage);
        var lastColumnIndex = this.table.length - 2;
        var lastColumn = this.table[lastColumnIndex];
        var expectantStates = lastColumn.states.filter(function(state) {
          var nextSymbol = state.rule.symbols[state.dot];
          return nextSymbol && typeof nextSymbol !== "string";
        });
        if (expectantStates.length === 0) {
          lines.push("Unexpected " + tokenDisplay + ". I did not expect any more input. Here is the state of my parse table:\n");
          this.displayStateStack(lastColumn.states, lines);
        } else {
          lines.push("Unexpected " + tokenDisplay + ". Instead, I was expecting to see one of the following:\n");
          var stateStacks = expectantStates.map(function(state) {
            return this.buildFirstStateStack(state, []) || [state];
          }, this);
          stateStacks.forEach(function(stateStack) {
            var state = stateStack[0];
            var nextSymbol = state.rule.symbols[state.dot];
            var symbolDisplay = this.getSymbolDisplay(nextSymbol);
            lines.push("A " + symbolDisplay + " based on:");
            this.displayStateStack(stateStack, lines);
          }, this);
        }
        lines.push("");
        return lines.join("\n");
      };
      Parser.prototype.displayStateStack = function(stateStack, lines) {
        var lastDisplay;
        var sameDisplayCount = 0;
        for (var j = 0; j < stateStack.length; j++) {
          var state = stateStack[j];
          var display = state.rule.toString(state.dot);
          if (display === lastDisplay) {
            sameDisplayCount++;
          } else {
            if (sameDisplayCount > 0) {
              lines.push("    ^ " + sameDisplayCount + " more lines identical to this");
            }
            sameDisplayCount = 0;
            lines.push("    " + display);
          }
          lastDisplay = display;
        }
      };
      Parser.prototype.getSymbolDisplay = function(symbol) {
        return getSymbolLongDisplay(symbol);
      };
      Parser.prototype.buildFirstStateStack = function(state, visited) {
        if (visited.indexOf(state) !== -1) {
          return null;
        }
        if (state.wantedBy.length === 0) {
          return [state];
        }
        var prevState = state.wantedBy[0];
        var childVisited = [state].concat(visited);
        var childResult = this.buildFirstStateStack(prevState, childVisited);
        if (childResult === null) {
          return null;
        }
        return [state].concat(childResult);
      };
      Parser.prototype.save = function() {
        var column = this.table[this.current];
        column.lexerState = this.lexerState;
        return column;
      };
      Parser.prototype.restore = function(column) {
        var index = column.index;
        this.current = index;
        this.table[index] = column;
        this.table.splice(index + 1);
        this.lexerState = column.lexerState;
        this.results = this.finish();
      };
      Parser.prototype.rewind = function(index) {
        if (!this.options.keepHistory) {
          throw new Error("set option `keepHistory` to enable rewinding");
        }
        this.restore(this.table[index]);
      };
      Parser.prototype.finish = function() {
        var considerations = [];
        var start = this.grammar.start;
        var column = this.table[this.table.length - 1];
        column.states.forEach(function(t) {
          if (t.rule.name === start && t.dot === t.rule.symbols.length && t.reference === 0 && t.data !== Parser.fail) {
            considerations.push(t);
          }
        });
        return considerations.map(function(c) {
          return c.data;
        });
      };
      function getSymbolLongDisplay(symbol) {
        var type = typeof symbol;
        if (type === "string") {
          return symbol;
        } else if (type === "object") {
          if (symbol.literal) {
            return JSON.stringify(symbol.literal);
          } else if (symbol instanceof RegExp) {
            return "character matching " + symbol;
          } else if (symbol.type) {
            return symbol.type + " token";
          } else if (symbol.test) {
            return "token matching " + String(symbol.test);
          } else {
            throw new Error("Unknown symbol type: " + symbol);
          }
        }
      }
      function getSymbolShortDisplay(symbol) {
        var type = typeof symbol;
        if (type === "string") {
          return symbol;
        } else if (type === "object") {
          if (symbol.literal) {
            return JSON.stringify(symbol.literal);
          } else if (symbol instanceof RegExp) {
            return symbol.toString();
          } else if (symbol.type) {
            return "%" + symbol.type;
          } else if (symbol.test) {
            return "<" + String(symbol.test) + ">";
          } else {
            throw new Error("Unknown symbol type: " + symbol);
          }
        }
      }
      return {
        Parser,
        Grammar,
        Rule
      };
    });
  }
});

// node_modules/smtp-address-parser/dist/lib/grammar.js
var require_grammar = __commonJS({
  "node_modules/smtp-address-parser/dist/lib/grammar.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function id(d) {
      return d[0];
    }
    var deepFlatten = (arr) => [].concat(...arr.map((v) => Array.isArray(v) ? deepFlatten(v) : v));
    function flat_string(d) {
      if (d) {
        if (Array.isArray(d))
          return deepFlatten(d).join("");
        return d;
      }
      return "";
    }
    var grammar = {
      Lexer: void 0,
      ParserRules: [
        { "name": "Reverse_path", "symbols": ["Path"] },
        { "name": "Reverse_path$string$1", "symbols": [{ "literal": "<" }, { "literal": ">" }], "postprocess": (d) => d.join("") },
        { "name": "Reverse_path", "symbols": ["Reverse_path$string$1"] },
        { "name": "Forward_path$subexpression$1$subexpression$1", "symbols": [{ "literal": "<" }, /[pP]/, /[oO]/, /[sS]/, /[tT]/, /[mM]/, /[aA]/, /[sS]/, /[tT]/, /[eE]/, /[rR]/, { "literal": "@" }], "postprocess": function(d) {
          return d.join("");
        } },
        { "name": "Forward_path$subexpression$1", "symbols": ["Forward_path$subexpression$1$subexpression$1", "Domain", { "literal": ">" }] },
        { "name": "Forward_path", "symbols": ["Forward_path$subexpression$1"] },
        { "name": "Forward_path$subexpression$2", "symbols": [{ "literal": "<" }, /[pP]/, /[oO]/, /[sS]/, /[tT]/, /[mM]/, /[aA]/, /[sS]/, /[tT]/, /[eE]/, /[rR]/, { "literal": ">" }], "postprocess": function(d) {
          return d.join("");
        } },
        { "name": "Forward_path", "symbols": ["Forward_path$subexpression$2"] },
        { "name": "Forward_path", "symbols": ["Path"] },
        { "name": "Path$ebnf$1$subexpression$1", "symbols": ["A_d_l", { "literal": ":" }] },
        { "name": "Path$ebnf$1", "symbols": ["Path$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "Path$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "Path", "symbols": [{ "literal": "<" }, "Path$ebnf$1", "Mailbox", { "literal": ">" }] },
        { "name": "A_d_l$ebnf$1", "symbols": [] },
        { "name": "A_d_l$ebnf$1$subexpression$1", "symbols": [{ "literal": "," }, "At_domain"] },
        { "name": "A_d_l$ebnf$1", "symbols": ["A_d_l$ebnf$1", "A_d_l$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "A_d_l", "symbols": ["At_domain", "A_d_l$ebnf$1"] },
        { "name": "At_domain", "symbols": [{ "literal": "@" }, "Domain"] },
        { "name": "Domain$ebnf$1", "symbols": [] },
        { "name": "Domain$ebnf$1$subexpression$1", "symbols": [{ "literal": "." }, "sub_domain"] },
        { "name": "Domain$ebnf$1", "symbols": ["Domain$ebnf$1", "Domain$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Domain", "symbols": ["sub_domain", "Domain$ebnf$1"] },
        { "name": "sub_domain", "symbols": ["U_label"] },
        { "name": "Let_dig", "symbols": ["ALPHA_DIGIT"], "postprocess": id },
        { "name": "Ldh_str$ebnf$1", "symbols": [] },
        { "name": "Ldh_str$ebnf$1", "symbols": ["Ldh_str$ebnf$1", "ALPHA_DIG_DASH"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Ldh_str", "symbols": ["Ldh_str$ebnf$1", "Let_dig"] },
        { "name": "U_Let_dig", "symbols": ["ALPHA_DIGIT_U"], "postprocess": id },
        { "name": "U_Ldh_str$ebnf$1", "symbols": [] },
        { "name": "U_Ldh_str$ebnf$1", "symbols": ["U_Ldh_str$ebnf$1", "ALPHA_DIG_DASH_U"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "U_Ldh_str", "symbols": ["U_Ldh_str$ebnf$1", "U_Let_dig"] },
        { "name": "U_label$ebnf$1", "symbols": ["U_Ldh_str"], "postprocess": id },
        { "name": "U_label$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "U_label", "symbols": ["U_Let_dig", "U_label$ebnf$1"] },
        { "name": "address_literal$subexpression$1", "symbols": ["IPv4_address_literal"] },
        { "name": "address_literal$subexpression$1", "symbols": ["IPv6_address_literal"] },
        { "name": "address_literal", "symbols": [{ "literal": "[" }, "address_literal$subexpression$1", { "literal": "]" }] },
        {
          "name": "non_local_part",
          "symbols": ["Domain"],
          "postprocess": function(d) {
            return { DomainName: flat_string(d[0]) };
          }
        },
        {
          "name": "non_local_part",
          "symbols": ["address_literal"],
          "postprocess": function(d) {
            return { AddressLiteral: flat_string(d[0]) };
          }
        },
        {
          "name": "Mailbox",
          "symbols": ["Local_part", { "literal": "@" }, "non_local_part"],
          "postprocess": function(d) {
            return { localPart: flat_string(d[0]), domainPart: flat_string(d[2]) };
          }
        },
        {
          "name": "Local_part",
          "symbols": ["Dot_string"],
          "postprocess": function(d) {
            return { DotString: flat_string(d[0]) };
          }
        },
        {
          "name": "Local_part",
          "symbols": ["Quoted_string"],
          "postprocess": function(d) {
            return { QuotedString: flat_string(d[0]) };
          }
        },
        { "name": "Dot_string$ebnf$1", "symbols": [] },
        { "name": "Dot_string$ebnf$1$subexpression$1", "symbols": [{ "literal": "." }, "Atom"] },
        { "name": "Dot_string$ebnf$1", "symbols": ["Dot_string$ebnf$1", "Dot_string$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Dot_string", "symbols": ["Atom", "Dot_string$ebnf$1"] },
        { "name": "Atom$ebnf$1", "symbols": [/[0-9A-Za-z!#$%&'*+\-/=?^_`{|}~\u0080-\uFFFF/]/] },
        { "name": "Atom$ebnf$1", "symbols": ["Atom$ebnf$1", /[0-9A-Za-z!#$%&'*+\-/=?^_`{|}~\u0080-\uFFFF/]/], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Atom", "symbols": ["Atom$ebnf$1"] },
        { "name": "Quoted_string$ebnf$1", "symbols": [] },
        { "name": "Quoted_string$ebnf$1", "symbols": ["Quoted_string$ebnf$1", "QcontentSMTP"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Quoted_string", "symbols": ["DQUOTE", "Quoted_string$ebnf$1", "DQUOTE"] },
        { "name": "QcontentSMTP", "symbols": ["qtextSMTP"] },
        { "name": "QcontentSMTP", "symbols": ["quoted_pairSMTP"] },
        { "name": "quoted_pairSMTP", "symbols": [{ "literal": "\\" }, /[\x20-\x7e]/] },
        { "name": "qtextSMTP", "symbols": [/[\x20-\x21\x23-\x5b\x5d-\x7e\u0080-\uFFFF]/], "postprocess": id },
        { "name": "IPv4_address_literal$macrocall$2", "symbols": [{ "literal": "." }, "Snum"] },
        { "name": "IPv4_address_literal$macrocall$1", "symbols": ["IPv4_address_literal$macrocall$2", "IPv4_address_literal$macrocall$2", "IPv4_address_literal$macrocall$2"] },
        { "name": "IPv4_address_literal", "symbols": ["Snum", "IPv4_address_literal$macrocall$1"] },
        { "name": "IPv6_address_literal$subexpression$1", "symbols": [/[iI]/, /[pP]/, /[vV]/, { "literal": "6" }, { "literal": ":" }], "postprocess": function(d) {
          return d.join("");
        } },
        { "name": "IPv6_address_literal", "symbols": ["IPv6_address_literal$subexpression$1", "IPv6_addr"] },
        { "name": "General_address_literal$ebnf$1", "symbols": ["dcontent"] },
        { "name": "General_address_literal$ebnf$1", "symbols": ["General_address_literal$ebnf$1", "dcontent"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "General_address_literal", "symbols": ["Standardized_tag", { "literal": ":" }, "General_address_literal$ebnf$1"] },
        { "name": "Standardized_tag", "symbols": ["Ldh_str"] },
        { "name": "dcontent", "symbols": [/[\x21-\x5a\x5e-\x7e]/], "postprocess": id },
        { "name": "Snum", "symbols": ["DIGIT"] },
        { "name": "Snum$subexpression$1", "symbols": [/[1-9]/, "DIGIT"] },
        { "name": "Snum", "symbols": ["Snum$subexpression$1"] },
        { "name": "Snum$subexpression$2", "symbols": [{ "literal": "1" }, "DIGIT", "DIGIT"] },
        { "name": "Snum", "symbols": ["Snum$subexpression$2"] },
        { "name": "Snum$subexpression$3", "symbols": [{ "literal": "2" }, /[0-4]/, "DIGIT"] },
        { "name": "Snum", "symbols": ["Snum$subexpression$3"] },
        { "name": "Snum$subexpression$4", "symbols": [{ "literal": "2" }, { "literal": "5" }, /[0-5]/] },
        { "name": "Snum", "symbols": ["Snum$subexpression$4"] },
        { "name": "IPv6_addr$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$macrocall$1", "symbols": ["IPv6_addr$macrocall$2", "IPv6_addr$macrocall$2", "IPv6_addr$macrocall$2", "IPv6_addr$macrocall$2", "IPv6_addr$macrocall$2", "IPv6_addr$macrocall$2"] },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$macrocall$1", "ls32"] },
        { "name": "IPv6_addr$string$1", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join("") },
        { "name": "IPv6_addr$macrocall$4", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$macrocall$3", "symbols": ["IPv6_addr$macrocall$4", "IPv6_addr$macrocall$4", "IPv6_addr$macrocall$4", "IPv6_addr$macrocall$4", "IPv6_addr$macrocall$4"] },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$string$1", "IPv6_addr$macrocall$3", "ls32"] },
        { "name": "IPv6_addr$ebnf$1$subexpression$1", "symbols": ["h16"] },
        { "name": "IPv6_addr$ebnf$1", "symbols": ["IPv6_addr$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$2", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join("") },
        { "name": "IPv6_addr$macrocall$6", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$macrocall$5", "symbols": ["IPv6_addr$macrocall$6", "IPv6_addr$macrocall$6", "IPv6_addr$macrocall$6", "IPv6_addr$macrocall$6"] },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$1", "IPv6_addr$string$2", "IPv6_addr$macrocall$5", "ls32"] },
        { "name": "IPv6_addr$ebnf$2$subexpression$1$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$ebnf$2$subexpression$1$macrocall$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$2$subexpression$1$macrocall$2"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$2$subexpression$1$macrocall$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$2$subexpression$1$macrocall$1", "symbols": ["IPv6_addr$ebnf$2$subexpression$1$macrocall$1$ebnf$1"] },
        { "name": "IPv6_addr$ebnf$2$subexpression$1", "symbols": ["IPv6_addr$ebnf$2$subexpression$1$macrocall$1", "h16"] },
        { "name": "IPv6_addr$ebnf$2", "symbols": ["IPv6_addr$ebnf$2$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$2", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$3", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join("") },
        { "name": "IPv6_addr$macrocall$8", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$macrocall$7", "symbols": ["IPv6_addr$macrocall$8", "IPv6_addr$macrocall$8", "IPv6_addr$macrocall$8"] },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$2", "IPv6_addr$string$3", "IPv6_addr$macrocall$7", "ls32"] },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$3$subexpression$1$macrocall$2"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$3$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$1", "symbols": ["IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1"] },
        { "name": "IPv6_addr$ebnf$3$subexpression$1", "symbols": ["IPv6_addr$ebnf$3$subexpression$1$macrocall$1", "h16"] },
        { "name": "IPv6_addr$ebnf$3", "symbols": ["IPv6_addr$ebnf$3$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$3", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$4", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join("") },
        { "name": "IPv6_addr$macrocall$10", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$macrocall$9", "symbols": ["IPv6_addr$macrocall$10", "IPv6_addr$macrocall$10"] },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$3", "IPv6_addr$string$4", "IPv6_addr$macrocall$9", "ls32"] },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$2"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$4$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$4$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1"] },
        { "name": "IPv6_addr$ebnf$4$subexpression$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$1", "h16"] },
        { "name": "IPv6_addr$ebnf$4", "symbols": ["IPv6_addr$ebnf$4$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$4", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$5", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join("") },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$4", "IPv6_addr$string$5", "h16", { "literal": ":" }, "ls32"] },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$2"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$5$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$5$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$5$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1"] },
        { "name": "IPv6_addr$ebnf$5$subexpression$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1", "h16"] },
        { "name": "IPv6_addr$ebnf$5", "symbols": ["IPv6_addr$ebnf$5$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$5", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$6", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join("") },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$5", "IPv6_addr$string$6", "ls32"] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$2"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$6$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$6$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$6$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$6$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1"] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1", "h16"] },
        { "name": "IPv6_addr$ebnf$6", "symbols": ["IPv6_addr$ebnf$6$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$6", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$7", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join("") },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$6", "IPv6_addr$string$7", "h16"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$2"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$7$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$7$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$7$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$7$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$7$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1", "h16"] },
        { "name": "IPv6_addr$ebnf$7", "symbols": ["IPv6_addr$ebnf$7$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$8", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join("") },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$7", "IPv6_addr$string$8"] },
        { "name": "ls32$subexpression$1", "symbols": ["h16", { "literal": ":" }, "h16"] },
        { "name": "ls32", "symbols": ["ls32$subexpression$1"] },
        { "name": "ls32", "symbols": ["IPv4_address_literal"] },
        { "name": "h16$macrocall$2", "symbols": ["HEXDIG"] },
        { "name": "h16$macrocall$1", "symbols": ["h16$macrocall$2", "h16$macrocall$2", "h16$macrocall$2", "h16$macrocall$2"] },
        { "name": "h16", "symbols": ["h16$macrocall$1"] },
        { "name": "h16$macrocall$4", "symbols": ["HEXDIG"] },
        { "name": "h16$macrocall$3", "symbols": ["h16$macrocall$4", "h16$macrocall$4", "h16$macrocall$4"] },
        { "name": "h16", "symbols": ["h16$macrocall$3"] },
        { "name": "h16$macrocall$6", "symbols": ["HEXDIG"] },
        { "name": "h16$macrocall$5", "symbols": ["h16$macrocall$6", "h16$macrocall$6"] },
        { "name": "h16", "symbols": ["h16$macrocall$5"] },
        { "name": "h16", "symbols": ["HEXDIG"] },
        { "name": "DIGIT", "symbols": [/[0-9]/], "postprocess": id },
        { "name": "ALPHA_DIGIT_U", "symbols": [/[0-9A-Za-z\u0080-\uFFFF]/], "postprocess": id },
        { "name": "ALPHA_DIGIT", "symbols": [/[0-9A-Za-z]/], "postprocess": id },
        { "name": "ALPHA_DIG_DASH", "symbols": [/[-0-9A-Za-z]/], "postprocess": id },
        { "name": "ALPHA_DIG_DASH_U", "symbols": [/[-0-9A-Za-z\u0080-\uFFFF]/], "postprocess": id },
        { "name": "HEXDIG", "symbols": [/[0-9A-Fa-f]/], "postprocess": id },
        { "name": "DQUOTE", "symbols": [{ "literal": '"' }], "postprocess": id }
      ],
      ParserStart: "Reverse_path"
    };
    exports.default = grammar;
  }
});

// node_modules/smtp-address-parser/dist/lib/index.js
var require_lib = __commonJS({
  "node_modules/smtp-address-parser/dist/lib/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod3) {
      return mod3 && mod3.__esModule ? mod3 : { "default": mod3 };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.canonicalize = exports.canonicalize_quoted_string = exports.normalize = exports.normalize_dot_string = exports.parse = void 0;
    var nearley = require_nearley();
    var grammar_1 = __importDefault(require_grammar());
    grammar_1.default.ParserStart = "Mailbox";
    var grammar = nearley.Grammar.fromCompiled(grammar_1.default);
    function parse3(address) {
      const insane_length = 1e3 - "MAIL FROM:<>\r\n".length;
      if (address.length > insane_length) {
        throw new Error("address too long");
      }
      const parser = new nearley.Parser(grammar);
      parser.feed(address);
      if (parser.results.length !== 1) {
        throw new Error("address parsing failed: ambiguous grammar");
      }
      const at_idx = address.lastIndexOf("@");
      const domain = address.substring(at_idx + 1);
      if (domain[0] !== "[") {
        if (domain.length > 253) {
          throw new Error("domain too long");
        }
        const labels = domain.split(".");
        if (labels.length < 2) {
          throw new Error("domain not fully qualified");
        }
        if (labels[labels.length - 1].length < 2) {
          throw new Error("top level domain label too short");
        }
        labels.sort(function(a, b) {
          return b.length - a.length;
        });
        if (labels[0].length > 63) {
          throw new Error("domain label too long");
        }
      }
      return parser.results[0];
    }
    exports.parse = parse3;
    function normalize_dot_string(dot_string) {
      const tagless = (function() {
        const plus_loc = dot_string.indexOf("+");
        if (plus_loc === -1) {
          return dot_string;
        }
        return dot_string.substr(0, plus_loc);
      })();
      const dotless = tagless.replace(/\./g, "");
      return dotless.toLowerCase();
    }
    exports.normalize_dot_string = normalize_dot_string;
    function normalize(address) {
      var _a3, _b;
      const a = parse3(address);
      const domain = (_a3 = a.domainPart.AddressLiteral) !== null && _a3 !== void 0 ? _a3 : a.domainPart.DomainName.toLowerCase();
      const local = (_b = a.localPart.QuotedString) !== null && _b !== void 0 ? _b : normalize_dot_string(a.localPart.DotString);
      return `${local}@${domain}`;
    }
    exports.normalize = normalize;
    function canonicalize_quoted_string(quoted_string) {
      const unquoted = quoted_string.substr(1).substr(0, quoted_string.length - 2);
      const unescaped = unquoted.replace(/(?:\\(.))/g, "$1");
      const reescaped = unescaped.replace(/(?:(["\\]))/g, "\\$1");
      return `"${reescaped}"`;
    }
    exports.canonicalize_quoted_string = canonicalize_quoted_string;
    function canonicalize(address) {
      var _a3;
      const a = parse3(address);
      const domain = (_a3 = a.domainPart.AddressLiteral) !== null && _a3 !== void 0 ? _a3 : a.domainPart.DomainName.toLowerCase();
      const local = a.localPart.QuotedString ? canonicalize_quoted_string(a.localPart.QuotedString) : a.localPart.DotString;
      return `${local}@${domain}`;
    }
    exports.canonicalize = canonicalize;
  }
});

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject3 = function isPlainObject4(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module.exports = function extend2() {
      var options, name, src, copy, copyIsArray, clone2;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject3(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone2 = src && isArray(src) ? src : [];
                } else {
                  clone2 = src && isPlainObject3(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend2(deep, clone2, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// node_modules/schemes/lib/iana-permanent.json
var require_iana_permanent = __commonJS({
  "node_modules/schemes/lib/iana-permanent.json"(exports, module) {
    module.exports = [
      {
        scheme: "aaa",
        description: "Diameter Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6733"
          }
        ]
      },
      {
        scheme: "aaas",
        description: "Diameter Protocol with Secure Transport",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6733"
          }
        ]
      },
      {
        scheme: "about",
        description: "about",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6694"
          }
        ]
      },
      {
        scheme: "acap",
        description: "application configuration access protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2244"
          }
        ]
      },
      {
        scheme: "acct",
        description: "acct",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7565"
          }
        ]
      },
      {
        scheme: "cap",
        description: "Calendar Access Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4324"
          }
        ]
      },
      {
        scheme: "cid",
        description: "content identifier",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2392"
          }
        ]
      },
      {
        scheme: "coap",
        description: "coap",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7252"
          }
        ]
      },
      {
        scheme: "coaps",
        description: "coaps",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7252"
          }
        ]
      },
      {
        scheme: "crid",
        description: "TV-Anytime Content Reference Identifier",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4078"
          }
        ]
      },
      {
        scheme: "data",
        description: "data",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2397"
          }
        ]
      },
      {
        scheme: "dav",
        description: "dav",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4918"
          }
        ]
      },
      {
        scheme: "dict",
        description: "dictionary service protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2229"
          }
        ]
      },
      {
        scheme: "dns",
        description: "Domain Name System",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4501"
          }
        ]
      },
      {
        scheme: "example",
        description: "example",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7595"
          }
        ]
      },
      {
        scheme: "file",
        description: "Host-specific file names",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc1738"
          }
        ]
      },
      {
        scheme: "ftp",
        description: "File Transfer Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc1738"
          }
        ]
      },
      {
        scheme: "geo",
        description: "Geographic Locations",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5870"
          }
        ]
      },
      {
        scheme: "go",
        description: "go",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3368"
          }
        ]
      },
      {
        scheme: "gopher",
        description: "The Gopher Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4266"
          }
        ]
      },
      {
        scheme: "h323",
        description: "H.323",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3508"
          }
        ]
      },
      {
        scheme: "http",
        description: "Hypertext Transfer Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7230"
          }
        ]
      },
      {
        scheme: "https",
        description: "Hypertext Transfer Protocol Secure",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7230"
          }
        ]
      },
      {
        scheme: "iax",
        description: "Inter-Asterisk eXchange Version 2",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5456"
          }
        ]
      },
      {
        scheme: "icap",
        description: "Internet Content Adaptation Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3507"
          }
        ]
      },
      {
        scheme: "im",
        description: "Instant Messaging",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3860"
          }
        ]
      },
      {
        scheme: "imap",
        description: "internet message access protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5092"
          }
        ]
      },
      {
        scheme: "info",
        description: 'Information Assets with Identifiers in Public Namespaces. \n       (section 3) defines an "info" registry \n        of public namespaces, which is maintained by NISO and can be accessed \n        from .',
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4452"
          }
        ]
      },
      {
        scheme: "ipp",
        description: "Internet Printing Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3510"
          }
        ]
      },
      {
        scheme: "ipps",
        description: "Internet Printing Protocol over HTTPS",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7472"
          }
        ]
      },
      {
        scheme: "iris",
        description: "Internet Registry Information Service",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3981"
          }
        ]
      },
      {
        scheme: "iris.beep",
        description: "iris.beep",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3983"
          }
        ]
      },
      {
        scheme: "iris.lwz",
        description: "iris.lwz",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4993"
          }
        ]
      },
      {
        scheme: "iris.xpc",
        description: "iris.xpc",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4992"
          }
        ]
      },
      {
        scheme: "iris.xpcs",
        description: "iris.xpcs",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4992"
          }
        ]
      },
      {
        scheme: "jabber",
        description: "jabber",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/perm/jabber"
      },
      {
        scheme: "ldap",
        description: "Lightweight Directory Access Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4516"
          }
        ]
      },
      {
        scheme: "mailto",
        description: "Electronic mail address",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6068"
          }
        ]
      },
      {
        scheme: "mid",
        description: "message identifier",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2392"
          }
        ]
      },
      {
        scheme: "msrp",
        description: "Message Session Relay Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4975"
          }
        ]
      },
      {
        scheme: "msrps",
        description: "Message Session Relay Protocol Secure",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4975"
          }
        ]
      },
      {
        scheme: "mtqp",
        description: "Message Tracking Query Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3887"
          }
        ]
      },
      {
        scheme: "mupdate",
        description: "Mailbox Update (MUPDATE) Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3656"
          }
        ]
      },
      {
        scheme: "news",
        description: "USENET news",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5538"
          }
        ]
      },
      {
        scheme: "nfs",
        description: "network file system protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2224"
          }
        ]
      },
      {
        scheme: "ni",
        description: "ni",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6920"
          }
        ]
      },
      {
        scheme: "nih",
        description: "nih",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6920"
          }
        ]
      },
      {
        scheme: "nntp",
        description: "USENET news using NNTP access",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5538"
          }
        ]
      },
      {
        scheme: "opaquelocktoken",
        description: "opaquelocktokent",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4918"
          }
        ]
      },
      {
        scheme: "pkcs11",
        description: "PKCS#11",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7512"
          }
        ]
      },
      {
        scheme: "pop",
        description: "Post Office Protocol v3",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2384"
          }
        ]
      },
      {
        scheme: "pres",
        description: "Presence",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3859"
          }
        ]
      },
      {
        scheme: "reload",
        description: "reload",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6940"
          }
        ]
      },
      {
        scheme: "rtsp",
        description: "Real-time Streaming Protocol (RTSP)",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2326"
          },
          {
            type: "draft",
            href: "http://www.iana.org/go/RFC-ietf-mmusic-rfc2326bis-40"
          }
        ]
      },
      {
        scheme: "rtsps",
        description: "Real-time Streaming Protocol (RTSP) over TLS",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2326"
          },
          {
            type: "draft",
            href: "http://www.iana.org/go/RFC-ietf-mmusic-rfc2326bis-40"
          }
        ]
      },
      {
        scheme: "rtspu",
        description: "Real-time Streaming Protocol (RTSP) over unreliable datagram transport",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2326"
          }
        ]
      },
      {
        scheme: "service",
        description: "service location",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2609"
          }
        ]
      },
      {
        scheme: "session",
        description: "session",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6787"
          }
        ]
      },
      {
        scheme: "shttp",
        description: "Secure Hypertext Transfer Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2660"
          }
        ]
      },
      {
        scheme: "sieve",
        description: "ManageSieve Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5804"
          }
        ]
      },
      {
        scheme: "sip",
        description: "session initiation protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3261"
          }
        ]
      },
      {
        scheme: "sips",
        description: "secure session initiation protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3261"
          }
        ]
      },
      {
        scheme: "sms",
        description: "Short Message Service",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5724"
          }
        ]
      },
      {
        scheme: "snmp",
        description: "Simple Network Management Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4088"
          }
        ]
      },
      {
        scheme: "soap.beep",
        description: "soap.beep",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4227"
          }
        ]
      },
      {
        scheme: "soap.beeps",
        description: "soap.beeps",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4227"
          }
        ]
      },
      {
        scheme: "stun",
        description: "stun",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7064"
          }
        ]
      },
      {
        scheme: "stuns",
        description: "stuns",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7064"
          }
        ]
      },
      {
        scheme: "tag",
        description: "tag",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4151"
          }
        ]
      },
      {
        scheme: "tel",
        description: "telephone",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3966"
          }
        ]
      },
      {
        scheme: "telnet",
        description: "Reference to interactive sessions",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4248"
          }
        ]
      },
      {
        scheme: "tftp",
        description: "Trivial File Transfer Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3617"
          }
        ]
      },
      {
        scheme: "thismessage",
        description: "multipart/related relative reference resolution",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2557"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/perm/thismessage"
      },
      {
        scheme: "tip",
        description: "Transaction Internet Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2371"
          }
        ]
      },
      {
        scheme: "tn3270",
        description: "Interactive 3270 emulation sessions",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6270"
          }
        ]
      },
      {
        scheme: "turn",
        description: "turn",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7065"
          }
        ]
      },
      {
        scheme: "turns",
        description: "turns",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7065"
          }
        ]
      },
      {
        scheme: "tv",
        description: "TV Broadcasts",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2838"
          }
        ]
      },
      {
        scheme: "urn",
        description: "Uniform Resource Names",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2141"
          },
          {
            type: "registry",
            href: "http://www.iana.org/assignments/urn-namespaces"
          }
        ]
      },
      {
        scheme: "vemmi",
        description: "versatile multimedia interface",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2122"
          }
        ]
      },
      {
        scheme: "vnc",
        description: "Remote Framebuffer Protocol",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/RFC-warden-appsawg-vnc-scheme-10"
          }
        ]
      },
      {
        scheme: "ws",
        description: "WebSocket connections",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6455"
          }
        ]
      },
      {
        scheme: "wss",
        description: "Encrypted WebSocket connections",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6455"
          }
        ]
      },
      {
        scheme: "xcon",
        description: "xcon",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6501"
          }
        ]
      },
      {
        scheme: "xcon-userid",
        description: "xcon-userid",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6501"
          }
        ]
      },
      {
        scheme: "xmlrpc.beep",
        description: "xmlrpc.beep",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3529"
          }
        ]
      },
      {
        scheme: "xmlrpc.beeps",
        description: "xmlrpc.beeps",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3529"
          }
        ]
      },
      {
        scheme: "xmpp",
        description: "Extensible Messaging and Presence Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5122"
          }
        ]
      },
      {
        scheme: "z39.50r",
        description: "Z39.50 Retrieval",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2056"
          }
        ]
      },
      {
        scheme: "z39.50s",
        description: "Z39.50 Session",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2056"
          }
        ]
      }
    ];
  }
});

// node_modules/schemes/lib/iana-provisional.json
var require_iana_provisional = __commonJS({
  "node_modules/schemes/lib/iana-provisional.json"(exports, module) {
    module.exports = [
      {
        scheme: "acr",
        description: "acr",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/acr"
      },
      {
        scheme: "adiumxtra",
        description: "adiumxtra",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/adiumxtra"
      },
      {
        scheme: "afp",
        description: "afp",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/afp"
      },
      {
        scheme: "afs",
        description: "Andrew File System global file names",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc1738"
          }
        ]
      },
      {
        scheme: "aim",
        description: "aim",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/aim"
      },
      {
        scheme: "appdata",
        description: "appdata",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/appdata"
      },
      {
        scheme: "apt",
        description: "apt",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/apt"
      },
      {
        scheme: "attachment",
        description: "attachment",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/attachment"
      },
      {
        scheme: "aw",
        description: "aw",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/aw"
      },
      {
        scheme: "barion",
        description: "barion",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/barion"
      },
      {
        scheme: "beshare",
        description: "beshare",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/beshare"
      },
      {
        scheme: "bitcoin",
        description: "bitcoin",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/bitcoin"
      },
      {
        scheme: "blob",
        description: "blob",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/blob"
      },
      {
        scheme: "bolo",
        description: "bolo",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/bolo"
      },
      {
        scheme: "callto",
        description: "callto",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/callto"
      },
      {
        scheme: "chrome",
        description: "chrome",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/chrome"
      },
      {
        scheme: "chrome-extension",
        description: "chrome-extension",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/chrome-extension"
      },
      {
        scheme: "com-eventbrite-attendee",
        description: "com-eventbrite-attendee",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/com-eventbrite-attendee"
      },
      {
        scheme: "content",
        description: "content",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/content"
      },
      {
        scheme: "cvs",
        description: "cvs",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/cvs"
      },
      {
        scheme: "dis",
        description: "dis",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/dis"
      },
      {
        scheme: "dlna-playcontainer",
        description: "dlna-playcontainer",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/dlna-playcontainer"
      },
      {
        scheme: "dlna-playsingle",
        description: "dlna-playsingle",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/dlna-playsingle"
      },
      {
        scheme: "dntp",
        description: "dntp",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/dntp"
      },
      {
        scheme: "dtn",
        description: "DTNRG research and development",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5050"
          }
        ]
      },
      {
        scheme: "dvb",
        description: "dvb",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-mcroberts-uri-dvb"
          }
        ]
      },
      {
        scheme: "ed2k",
        description: "ed2k",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ed2k"
      },
      {
        scheme: "facetime",
        description: "facetime",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/facetime"
      },
      {
        scheme: "feed",
        description: "feed",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/feed"
      },
      {
        scheme: "feedready",
        description: "feedready",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/feedready"
      },
      {
        scheme: "finger",
        description: "finger",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/finger"
      },
      {
        scheme: "fish",
        description: "fish",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/fish"
      },
      {
        scheme: "gg",
        description: "gg",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/gg"
      },
      {
        scheme: "git",
        description: "git",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/git"
      },
      {
        scheme: "gizmoproject",
        description: "gizmoproject",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/gizmoproject"
      },
      {
        scheme: "gtalk",
        description: "gtalk",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/gtalk"
      },
      {
        scheme: "ham",
        description: "ham",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7046"
          }
        ]
      },
      {
        scheme: "hcp",
        description: "hcp",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/hcp"
      },
      {
        scheme: "icon",
        description: "icon",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-lafayette-icon-uri-scheme"
          }
        ]
      },
      {
        scheme: "iotdisco",
        description: "iotdisco",
        reference: [
          {
            type: "uri",
            href: "http://www.iana.org/assignments/uri-schemes/prov/iotdisco.pdf"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/prov/iotdisco"
      },
      {
        scheme: "ipn",
        description: "ipn",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6260"
          }
        ]
      },
      {
        scheme: "irc",
        description: "irc",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/irc"
      },
      {
        scheme: "irc6",
        description: "irc6",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/irc6"
      },
      {
        scheme: "ircs",
        description: "ircs",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ircs"
      },
      {
        scheme: "isostore",
        description: "isostore",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/isostore"
      },
      {
        scheme: "itms",
        description: "itms",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/itms"
      },
      {
        scheme: "jar",
        description: "jar",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/jar"
      },
      {
        scheme: "jms",
        description: "Java Message Service",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6167"
          }
        ]
      },
      {
        scheme: "keyparc",
        description: "keyparc",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/keyparc"
      },
      {
        scheme: "lastfm",
        description: "lastfm",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/lastfm"
      },
      {
        scheme: "ldaps",
        description: "ldaps",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ldaps"
      },
      {
        scheme: "magnet",
        description: "magnet",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/magnet"
      },
      {
        scheme: "maps",
        description: "maps",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/maps"
      },
      {
        scheme: "market",
        description: "market",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/market"
      },
      {
        scheme: "message",
        description: "message",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/message"
      },
      {
        scheme: "mms",
        description: "mms",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/mms"
      },
      {
        scheme: "ms-access",
        description: "ms-access",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-access"
      },
      {
        scheme: "ms-drive-to",
        description: "ms-drive-to",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-drive-to"
      },
      {
        scheme: "ms-enrollment",
        description: "ms-enrollment",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-enrollment"
      },
      {
        scheme: "ms-excel",
        description: "ms-excel",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-excel"
      },
      {
        scheme: "ms-getoffice",
        description: "ms-getoffice",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-getoffice"
      },
      {
        scheme: "ms-help",
        description: "ms-help",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-help"
      },
      {
        scheme: "ms-infopath",
        description: "ms-infopath",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-infopath"
      },
      {
        scheme: "ms-media-stream-id",
        description: "ms-media-stream-id",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-media-stream-id"
      },
      {
        scheme: "ms-powerpoint",
        description: "ms-powerpoint",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-powerpoint"
      },
      {
        scheme: "ms-project",
        description: "ms-project",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-project"
      },
      {
        scheme: "ms-publisher",
        description: "ms-publisher",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-publisher"
      },
      {
        scheme: "ms-search-repair",
        description: "ms-search-repair",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-search-repair"
      },
      {
        scheme: "ms-secondary-screen-controller",
        description: "ms-secondary-screen-controller",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-secondary-screen-controller"
      },
      {
        scheme: "ms-secondary-screen-setup",
        description: "ms-secondary-screen-setup",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-secondary-screen-setup"
      },
      {
        scheme: "ms-settings",
        description: "ms-settings",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings"
      },
      {
        scheme: "ms-settings-airplanemode",
        description: "ms-settings-airplanemode",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-airplanemode"
      },
      {
        scheme: "ms-settings-bluetooth",
        description: "ms-settings-bluetooth",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-bluetooth"
      },
      {
        scheme: "ms-settings-camera",
        description: "ms-settings-camera",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-camera"
      },
      {
        scheme: "ms-settings-cellular",
        description: "ms-settings-cellular",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-cellular"
      },
      {
        scheme: "ms-settings-cloudstorage",
        description: "ms-settings-cloudstorage",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-cloudstorage"
      },
      {
        scheme: "ms-settings-connectabledevices",
        description: "ms-settings-connectabledevices",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-connectabledevices"
      },
      {
        scheme: "ms-settings-displays-topology",
        description: "ms-settings-displays-topology",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-displays-topology"
      },
      {
        scheme: "ms-settings-emailandaccounts",
        description: "ms-settings-emailandaccounts",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-emailandaccounts"
      },
      {
        scheme: "ms-settings-language",
        description: "ms-settings-language",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-language"
      },
      {
        scheme: "ms-settings-location",
        description: "ms-settings-location",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-location"
      },
      {
        scheme: "ms-settings-lock",
        description: "ms-settings-lock",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-lock"
      },
      {
        scheme: "ms-settings-nfctransactions",
        description: "ms-settings-nfctransactions",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-nfctransactions"
      },
      {
        scheme: "ms-settings-notifications",
        description: "ms-settings-notifications",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-notifications"
      },
      {
        scheme: "ms-settings-power",
        description: "ms-settings-power",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-power"
      },
      {
        scheme: "ms-settings-privacy",
        description: "ms-settings-privacy",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-privacy"
      },
      {
        scheme: "ms-settings-proximity",
        description: "ms-settings-proximity",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-proximity"
      },
      {
        scheme: "ms-settings-screenrotation",
        description: "ms-settings-screenrotation",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-screenrotation"
      },
      {
        scheme: "ms-settings-wifi",
        description: "ms-settings-wifi",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-wifi"
      },
      {
        scheme: "ms-settings-workplace",
        description: "ms-settings-workplace",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-workplace"
      },
      {
        scheme: "ms-spd",
        description: "ms-spd",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-spd"
      },
      {
        scheme: "ms-transit-to",
        description: "ms-transit-to",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-transit-to"
      },
      {
        scheme: "ms-visio",
        description: "ms-visio",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-visio"
      },
      {
        scheme: "ms-walk-to",
        description: "ms-walk-to",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-walk-to"
      },
      {
        scheme: "ms-word",
        description: "ms-word",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-word"
      },
      {
        scheme: "msnim",
        description: "msnim",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/msnim"
      },
      {
        scheme: "mumble",
        description: "mumble",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/mumble"
      },
      {
        scheme: "mvn",
        description: "mvn",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/mvn"
      },
      {
        scheme: "notes",
        description: "notes",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/notes"
      },
      {
        scheme: "oid",
        description: "oid",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-larmouth-oid-iri"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/prov/oid"
      },
      {
        scheme: "palm",
        description: "palm",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/palm"
      },
      {
        scheme: "paparazzi",
        description: "paparazzi",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/paparazzi"
      },
      {
        scheme: "platform",
        description: "platform",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/platform"
      },
      {
        scheme: "proxy",
        description: "proxy",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/proxy"
      },
      {
        scheme: "psyc",
        description: "psyc",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/psyc"
      },
      {
        scheme: "query",
        description: "query",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/query"
      },
      {
        scheme: "redis",
        description: "redis",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/redis"
      },
      {
        scheme: "rediss",
        description: "rediss",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/rediss"
      },
      {
        scheme: "res",
        description: "res",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/res"
      },
      {
        scheme: "resource",
        description: "resource",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/resource"
      },
      {
        scheme: "rmi",
        description: "rmi",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/rmi"
      },
      {
        scheme: "rsync",
        description: "rsync",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5781"
          }
        ]
      },
      {
        scheme: "rtmfp",
        description: "rtmfp",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7425"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/prov/rtmfp"
      },
      {
        scheme: "rtmp",
        description: "rtmp",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/rtmp"
      },
      {
        scheme: "secondlife",
        description: "query",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/secondlife"
      },
      {
        scheme: "sftp",
        description: "query",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/sftp"
      },
      {
        scheme: "sgn",
        description: "sgn",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/sgn"
      },
      {
        scheme: "skype",
        description: "skype",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/skype"
      },
      {
        scheme: "smb",
        description: "smb",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/smb"
      },
      {
        scheme: "smtp",
        description: "smtp",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-melnikov-smime-msa-to-mda"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/prov/smtp"
      },
      {
        scheme: "soldat",
        description: "soldat",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/soldat"
      },
      {
        scheme: "spotify",
        description: "spotify",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/spotify"
      },
      {
        scheme: "ssh",
        description: "ssh",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ssh"
      },
      {
        scheme: "steam",
        description: "steam",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/steam"
      },
      {
        scheme: "submit",
        description: "submit",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-melnikov-smime-msa-to-mda"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/prov/submit"
      },
      {
        scheme: "svn",
        description: "svn",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/svn"
      },
      {
        scheme: "teamspeak",
        description: "teamspeak",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/teamspeak"
      },
      {
        scheme: "teliaeid",
        description: "teliaeid",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/teliaeid"
      },
      {
        scheme: "things",
        description: "things",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/things"
      },
      {
        scheme: "tool",
        description: "tool",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/tool"
      },
      {
        scheme: "udp",
        description: "udp",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/udp"
      },
      {
        scheme: "unreal",
        description: "unreal",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/unreal"
      },
      {
        scheme: "ut2004",
        description: "ut2004",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ut2004"
      },
      {
        scheme: "v-event",
        description: "v-event",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-menderico-v-event-uri"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/prov/v-event"
      },
      {
        scheme: "ventrilo",
        description: "ventrilo",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ventrilo"
      },
      {
        scheme: "view-source",
        description: "view-source",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/view-source"
      },
      {
        scheme: "webcal",
        description: "webcal",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/webcal"
      },
      {
        scheme: "wpid",
        description: "wpid",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/wpid"
      },
      {
        scheme: "wtai",
        description: "wtai",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/wtai"
      },
      {
        scheme: "wyciwyg",
        description: "wyciwyg",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/wyciwyg"
      },
      {
        scheme: "xfire",
        description: "xfire",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/xfire"
      },
      {
        scheme: "xri",
        description: "xri",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/xri"
      },
      {
        scheme: "ymsgr",
        description: "ymsgr",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ymsgr"
      }
    ];
  }
});

// node_modules/schemes/lib/iana-historical.json
var require_iana_historical = __commonJS({
  "node_modules/schemes/lib/iana-historical.json"(exports, module) {
    module.exports = [
      {
        scheme: "fax",
        description: "fax",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2806"
          },
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3966"
          }
        ]
      },
      {
        scheme: "filesystem",
        description: "filesystem",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/historic/filesystem"
      },
      {
        scheme: "mailserver",
        description: "Access to data available from mail servers",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6196"
          }
        ]
      },
      {
        scheme: "modem",
        description: "modem",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2806"
          },
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3966"
          }
        ]
      },
      {
        scheme: "pack",
        description: "pack",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-shur-pack-uri-scheme"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/historic/pack"
      },
      {
        scheme: "prospero",
        description: "Prospero Directory Service",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4157"
          }
        ]
      },
      {
        scheme: "snews",
        description: "NNTP over SSL/TLS",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5538"
          }
        ]
      },
      {
        scheme: "videotex",
        description: "videotex",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-mavrakis-videotex-url-spec"
          },
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2122"
          },
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3986"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/historic/videotex"
      },
      {
        scheme: "wais",
        description: "Wide Area Information Servers",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4156"
          }
        ]
      },
      {
        scheme: "z39.50",
        description: "Z39.50 information access",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc1738"
          },
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2056"
          }
        ]
      }
    ];
  }
});

// node_modules/schemes/lib/unofficial.json
var require_unofficial = __commonJS({
  "node_modules/schemes/lib/unofficial.json"(exports, module) {
    module.exports = [
      {
        scheme: "android-app"
      },
      {
        scheme: "webpack"
      },
      {
        scheme: "s3",
        description: "Amazon Web Services S3 bucket"
      },
      {
        scheme: "gs",
        description: "Google Cloud Storage"
      },
      {
        scheme: "mqtt",
        description: "Message Queuing Telemetry Transport Protocol"
      },
      {
        scheme: "modbus+tcp",
        description: "Modbus over TCP"
      }
    ];
  }
});

// node_modules/schemes/index.js
var require_schemes = __commonJS({
  "node_modules/schemes/index.js"(exports, module) {
    "use strict";
    var extend2 = require_extend();
    var data = {
      permanent: require_iana_permanent(),
      provosional: require_iana_provisional(),
      historical: require_iana_historical()
    };
    var allByName = {};
    Object.keys(data).forEach(function(type) {
      data[type].forEach(function(schemeObj) {
        allByName[schemeObj.scheme] = extend2(schemeObj, { type });
      });
    });
    data.unofficial = require_unofficial().filter(function(item) {
      return !allByName[item.scheme];
    });
    data.unofficial.forEach(function(schemeObj) {
      allByName[schemeObj.scheme] = extend2(schemeObj, { type: "unofficial" });
    });
    module.exports = extend2(data, { allByName });
  }
});

// node_modules/ajv-formats-draft2019/formats/iri.js
var require_iri = __commonJS({
  "node_modules/ajv-formats-draft2019/formats/iri.js"(exports, module) {
    var { parse: parse3 } = require_uri_all();
    var { addressParser } = require_lib();
    var schemes = require_schemes();
    function validate157(address) {
      try {
        addressParser(address);
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = (value) => {
      const iri = parse3(value);
      if (iri.scheme === "mailto" && iri.to.every(validate157)) {
        return true;
      }
      if (iri.reference === "absolute" && schemes.allByName[iri.scheme]) {
        return true;
      }
      return false;
    };
  }
});

// node_modules/ajv-formats-draft2019/formats/duration.js
var require_duration = __commonJS({
  "node_modules/ajv-formats-draft2019/formats/duration.js"(exports, module) {
    module.exports = /^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$/;
  }
});

// node_modules/ajv-formats-draft2019/formats/idn-email.js
var require_idn_email = __commonJS({
  "node_modules/ajv-formats-draft2019/formats/idn-email.js"(exports, module) {
    var { parse: parse3 } = require_lib();
    module.exports = (value) => {
      try {
        parse3(value);
        return true;
      } catch (err) {
        return false;
      }
    };
  }
});

// node_modules/punycode/punycode.js
var require_punycode = __commonJS({
  "node_modules/punycode/punycode.js"(exports, module) {
    "use strict";
    var maxInt = 2147483647;
    var base = 36;
    var tMin = 1;
    var tMax = 26;
    var skew = 38;
    var damp = 700;
    var initialBias = 72;
    var initialN = 128;
    var delimiter = "-";
    var regexPunycode = /^xn--/;
    var regexNonASCII = /[^\0-\x7F]/;
    var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    var errors = {
      "overflow": "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    var baseMinusTMin = base - tMin;
    var floor = Math.floor;
    var stringFromCharCode = String.fromCharCode;
    function error2(type) {
      throw new RangeError(errors[type]);
    }
    function map(array2, callback) {
      const result = [];
      let length = array2.length;
      while (length--) {
        result[length] = callback(array2[length]);
      }
      return result;
    }
    function mapDomain(domain, callback) {
      const parts = domain.split("@");
      let result = "";
      if (parts.length > 1) {
        result = parts[0] + "@";
        domain = parts[1];
      }
      domain = domain.replace(regexSeparators, ".");
      const labels = domain.split(".");
      const encoded = map(labels, callback).join(".");
      return result + encoded;
    }
    function ucs2decode(string3) {
      const output = [];
      let counter = 0;
      const length = string3.length;
      while (counter < length) {
        const value = string3.charCodeAt(counter++);
        if (value >= 55296 && value <= 56319 && counter < length) {
          const extra = string3.charCodeAt(counter++);
          if ((extra & 64512) == 56320) {
            output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
          } else {
            output.push(value);
            counter--;
          }
        } else {
          output.push(value);
        }
      }
      return output;
    }
    var ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
    var basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    var digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
    };
    var adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (; delta > baseMinusTMin * tMax >> 1; k += base) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    var decode2 = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error2("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error2("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base) {
            error2("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error2("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error2("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error2("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    var encode2 = function(input) {
      const output = [];
      input = ucs2decode(input);
      const inputLength = input.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of input) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of input) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error2("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of input) {
          if (currentValue < n && ++delta > maxInt) {
            error2("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(
                stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0))
              );
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    var toUnicode = function(input) {
      return mapDomain(input, function(string3) {
        return regexPunycode.test(string3) ? decode2(string3.slice(4).toLowerCase()) : string3;
      });
    };
    var toASCII = function(input) {
      return mapDomain(input, function(string3) {
        return regexNonASCII.test(string3) ? "xn--" + encode2(string3) : string3;
      });
    };
    var punycode = {
      /**
       * A string representing the current Punycode.js version number.
       * @memberOf punycode
       * @type String
       */
      "version": "2.3.1",
      /**
       * An object of methods to convert from JavaScript's internal character
       * representation (UCS-2) to Unicode code points, and back.
       * @see <https://mathiasbynens.be/notes/javascript-encoding>
       * @memberOf punycode
       * @type Object
       */
      "ucs2": {
        "decode": ucs2decode,
        "encode": ucs2encode
      },
      "decode": decode2,
      "encode": encode2,
      "toASCII": toASCII,
      "toUnicode": toUnicode
    };
    module.exports = punycode;
  }
});

// node_modules/ajv-formats-draft2019/formats/idn-hostname.js
var require_idn_hostname = __commonJS({
  "node_modules/ajv-formats-draft2019/formats/idn-hostname.js"(exports, module) {
    var { toASCII } = require_punycode();
    var hostnameRegex = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
    module.exports = (value) => {
      const hostname = toASCII(value);
      return hostname.replace(/\.$/, "").length <= 253 && hostnameRegex.test(hostname);
    };
  }
});

// node_modules/ajv-formats-draft2019/formats/iri-reference.js
var require_iri_reference = __commonJS({
  "node_modules/ajv-formats-draft2019/formats/iri-reference.js"(exports, module) {
    var { parse: parse3 } = require_uri_all();
    var { addressParser } = require_lib();
    var schemes = require_schemes();
    function validate157(address) {
      try {
        addressParser(address);
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = (value) => {
      const iri = parse3(value);
      if (iri.scheme === "mailto" && iri.to.every(validate157)) {
        return true;
      }
      if (iri.reference === "absolute" && iri.path !== void 0 && schemes.allByName[iri.scheme]) {
        return true;
      }
      if (iri.scheme && !schemes.allByName[iri.scheme]) {
        return false;
      }
      return iri.path !== void 0 && (iri.reference === "relative" || iri.reference === "same-document" || iri.reference === "uri");
    };
  }
});

// node_modules/ajv-formats-draft2019/formats/index.js
var require_formats2 = __commonJS({
  "node_modules/ajv-formats-draft2019/formats/index.js"(exports, module) {
    module.exports.iri = require_iri();
    module.exports.duration = require_duration();
    module.exports["idn-email"] = require_idn_email();
    module.exports["idn-hostname"] = require_idn_hostname();
    module.exports["iri-reference"] = require_iri_reference();
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv-i18n/localize/en/index.js
var require_en = __commonJS({
  "node_modules/ajv-i18n/localize/en/index.js"(exports, module) {
    "use strict";
    module.exports = function localize_en(errors) {
      if (!(errors && errors.length)) return;
      for (const e of errors) {
        let out;
        switch (e.keyword) {
          case "additionalItems":
          case "items":
            out = "";
            var n = e.params.limit;
            out += "must NOT have more than " + n + " item";
            if (n != 1) {
              out += "s";
            }
            break;
          case "additionalProperties":
            out = "must NOT have additional properties";
            break;
          case "anyOf":
            out = 'must match a schema in "anyOf"';
            break;
          case "const":
            out = "must be equal to constant";
            break;
          case "contains":
            out = "must contain a valid item";
            break;
          case "dependencies":
          case "dependentRequired":
            out = "";
            var n = e.params.depsCount;
            out += "must have propert";
            if (n == 1) {
              out += "y";
            } else {
              out += "ies";
            }
            out += " " + e.params.deps + " when property " + e.params.property + " is present";
            break;
          case "discriminator":
            switch (e.params.error) {
              case "tag":
                out = 'tag "' + e.params.tag + '" must be string';
                break;
              case "mapping":
                out = 'value of tag "' + e.params.tag + '" must be in oneOf';
                break;
              default:
                out = 'must pass "' + e.keyword + '" keyword validation';
            }
            break;
          case "enum":
            out = "must be equal to one of the allowed values";
            break;
          case "false schema":
            out = "boolean schema is false";
            break;
          case "format":
            out = 'must match format "' + e.params.format + '"';
            break;
          case "formatMaximum":
          case "formatExclusiveMaximum":
            out = "";
            var cond = e.params.comparison + " " + e.params.limit;
            out += "must be " + cond;
            break;
          case "formatMinimum":
          case "formatExclusiveMinimum":
            out = "";
            var cond = e.params.comparison + " " + e.params.limit;
            out += "must be " + cond;
            break;
          case "if":
            out = 'must match "' + e.params.failingKeyword + '" schema';
            break;
          case "maximum":
          case "exclusiveMaximum":
            out = "";
            var cond = e.params.comparison + " " + e.params.limit;
            out += "must be " + cond;
            break;
          case "maxItems":
            out = "";
            var n = e.params.limit;
            out += "must NOT have more than " + n + " item";
            if (n != 1) {
              out += "s";
            }
            break;
          case "maxLength":
            out = "";
            var n = e.params.limit;
            out += "must NOT be longer than " + n + " character";
            if (n != 1) {
              out += "s";
            }
            break;
          case "maxProperties":
            out = "";
            var n = e.params.limit;
            out += "must NOT have more than " + n + " propert";
            if (n == 1) {
              out += "y";
            } else {
              out += "ies";
            }
            break;
          case "minimum":
          case "exclusiveMinimum":
            out = "";
            var cond = e.params.comparison + " " + e.params.limit;
            out += "must be " + cond;
            break;
          case "minItems":
            out = "";
            var n = e.params.limit;
            out += "must NOT have less than " + n + " item";
            if (n != 1) {
              out += "s";
            }
            break;
          case "minLength":
            out = "";
            var n = e.params.limit;
            out += "must NOT be shorter than " + n + " character";
            if (n != 1) {
              out += "s";
            }
            break;
          case "minProperties":
            out = "";
            var n = e.params.limit;
            out += "must NOT have less than " + n + " propert";
            if (n == 1) {
              out += "y";
            } else {
              out += "ies";
            }
            break;
          case "multipleOf":
            out = "must be a multiple of " + e.params.multipleOf;
            break;
          case "not":
            out = 'must NOT be valid according to schema in "not"';
            break;
          case "oneOf":
            out = 'must match exactly one schema in "oneOf"';
            break;
          case "pattern":
            out = 'must match pattern "' + e.params.pattern + '"';
            break;
          case "patternRequired":
            out = 'must have property matching pattern "' + e.params.missingPattern + '"';
            break;
          case "propertyNames":
            out = "property name is invalid";
            break;
          case "required":
            out = "must have required property " + e.params.missingProperty;
            break;
          case "type":
            out = "must be " + e.params.type;
            break;
          case "unevaluatedItems":
            out = "";
            var n = e.params.len;
            out += "must NOT have more than " + n + " item";
            if (n != 1) {
              out += "s";
            }
            break;
          case "unevaluatedProperties":
            out = "must NOT have unevaluated properties";
            break;
          case "uniqueItems":
            out = "must NOT have duplicate items (items ## " + e.params.j + " and " + e.params.i + " are identical)";
            break;
          default:
            out = 'must pass "' + e.keyword + '" keyword validation';
        }
        e.message = out;
      }
    };
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/core/commands.ts
var COMMANDS = [
  {
    words: [],
    where: "chat",
    reads: "traffic",
    usage: "<version> <weight>",
    help: "e.g. v2 20 (the others shrink in proportion)",
    examples: [
      { args: "{canary} 20", effect: "{canary} gets 20 %; the other versions shrink in proportion" }
    ]
  },
  {
    words: [],
    where: "chat",
    reads: "traffic",
    usage: "v1:90:v2:10 | v1:90,v2:10",
    help: "every weight at once (Kubeflow trafficRule form)",
    examples: [
      {
        args: "{stable}:80:{canary}:20",
        effect: "every weight at once (Kubeflow `trafficRule` form); versions left out get 0"
      }
    ]
  },
  {
    words: ["next"],
    where: "chat",
    reads: "traffic",
    usage: "next [version]",
    help: "the next entry of `steps` for the version rolling out",
    examples: [
      { args: "next", effect: "the version being rolled out moves to its next entry of `steps`" },
      { args: "next {canary}", effect: "the same, naming the version" }
    ]
  },
  {
    words: ["promote"],
    where: "chat",
    reads: "traffic",
    usage: "promote <version>",
    help: "100 % to <version>, which becomes `stable`",
    examples: [{ args: "promote {canary}", effect: "{canary} gets 100 % and becomes `stable`" }]
  },
  {
    words: ["abort"],
    where: "chat",
    reads: "traffic",
    usage: "abort",
    help: "100 % back to `stable`",
    examples: [{ args: "abort", effect: "100 % back to the `stable` version" }]
  },
  {
    words: ["mirror"],
    where: "chat",
    reads: "traffic",
    usage: "mirror <version> <percent> | off",
    help: "copy <percent> % of requests to a version at weight 0 (shadow traffic, not in the gate)",
    examples: [
      {
        args: "mirror {canary} 10",
        effect: "a copy of 10 % of requests goes to {canary}, which must be at weight 0; its answers are dropped and the gate ignores it"
      },
      { args: "mirror off", effect: "stop copying requests to the mirrored version" }
    ]
  },
  {
    words: ["status"],
    where: "chat",
    reads: "service",
    usage: "status [service]",
    help: "weights on the default branch, and the open rollout PR",
    examples: [{ args: "status" }, { args: "status", effect: "the same for every service", key: "all" }]
  },
  {
    words: ["plan"],
    where: "chat",
    reads: "service",
    usage: "plan [service]",
    help: "server-side dry-run diff of what merging would apply, and drift (needs cluster credentials)",
    examples: [{ args: "plan" }]
  },
  {
    words: ["validate"],
    where: "cli",
    usage: "validate",
    help: "check rollout.yaml and that the rendered manifests are current"
  },
  { words: ["render"], where: "cli", usage: "render", help: "write the manifests rollout.yaml describes" },
  {
    words: ["metrics"],
    where: "cli",
    usage: "metrics",
    help: "Istio metrics per version from Prometheus, and the gate verdict"
  },
  {
    words: ["plan"],
    where: "cli",
    usage: "plan",
    help: "server-side dry-run diff of every object against the cluster, and drift"
  },
  {
    words: ["apply"],
    where: "cli",
    usage: "apply",
    help: "apply to the cluster: dry-run all, workloads, wait Available, routing, prune"
  },
  {
    words: ["set"],
    where: "cli",
    request: true,
    usage: "set <request...>",
    help: "change traffic weights in rollout.yaml and the manifests"
  },
  {
    words: ["help"],
    where: "both",
    reads: "nothing",
    usage: "help",
    help: "every command and what it does",
    examples: [{ args: "help", effect: "this message", key: "never" }]
  }
];
var ALL = COMMANDS;
var isChat = (c) => c.where !== "cli";
var CHAT_COMMANDS = ALL.filter(isChat);
var CLI_COMMANDS = ALL.filter((c) => c.where !== "chat");
var wordsOf = (specs) => [...new Set(specs.flatMap((c) => c.words))];
var reading = (reads) => wordsOf(CHAT_COMMANDS.filter((c) => c.reads === reads));
var COMMAND_WORDS = wordsOf(CHAT_COMMANDS);
var TRAFFIC_WORDS = reading("traffic");
var SERVICE_WORDS = reading("service");
var BARE_WORDS = reading("nothing");
var CLI_VERBS = wordsOf(CLI_COMMANDS);
function isOneOf(words, word) {
  return word !== void 0 && words.includes(word);
}
function usageRows(specs, minWidth = 0) {
  const width = Math.max(minWidth, ...specs.map((c) => c.usage.length + 1));
  return specs.map((c) => `${c.usage.padEnd(width - 1)} ${c.help}`);
}

// src/core/suggest.ts
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}
function closest(word, candidates) {
  const w = word.toLowerCase();
  let best;
  let bestDistance = Math.max(2, Math.floor(w.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
function didYouMean(word, candidates) {
  const c = closest(word, candidates);
  return c ? ` Did you mean \`${c}\`?` : "";
}
function shownName(name) {
  return /^[\w.-]+$/.test(name) ? `\`${name}\`` : JSON.stringify(name);
}

// src/core/config.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/core/checks/conclusion.ts
function countsInConclusion(c) {
  return c.critical !== false;
}
function nonCriticalNote(checks) {
  const warned = checks.filter((c) => c.critical === false && c.status !== "pass");
  if (warned.length === 0) return "";
  const failed = warned.filter((c) => c.status === "fail").map((c) => c.name);
  const unsure = warned.filter((c) => c.status === "insufficient").map((c) => c.name);
  const parts = [
    ...failed.length > 0 ? [`${failed.join(", ")} failed`] : [],
    ...unsure.length > 0 ? [`no data for ${unsure.join(", ")}`] : []
  ];
  return ` Warning (non-critical, not counted): ${parts.join("; ")}.`;
}

// src/core/stats.ts
function quantileFromBuckets(q, buckets) {
  if (Number.isNaN(q)) return void 0;
  if (q < 0) return Number.NEGATIVE_INFINITY;
  if (q > 1) return Number.POSITIVE_INFINITY;
  const b = normalizeBuckets(buckets);
  if (b === void 0) return void 0;
  const total = b[b.length - 1]?.count ?? 0;
  if (total === 0) return void 0;
  let rank = q * total;
  let i = 0;
  while (i < b.length - 1 && (b[i]?.count ?? 0) < rank) i++;
  if (i === b.length - 1) return b[b.length - 2]?.le;
  const here = b[i];
  if (i === 0 && here.le <= 0) return here.le;
  let start = 0;
  let count = here.count;
  const below = b[i - 1];
  if (below !== void 0) {
    start = below.le;
    count -= below.count;
    rank -= below.count;
  }
  return start + (here.le - start) * (rank / count);
}
function normalizeBuckets(buckets) {
  if (buckets.length === 0) return void 0;
  const sorted = [...buckets].sort((a, b) => a.le - b.le);
  if (sorted[sorted.length - 1]?.le !== Number.POSITIVE_INFINITY) return void 0;
  const merged = [];
  for (const { le, count } of sorted) {
    const last = merged[merged.length - 1];
    if (last !== void 0 && last.le === le) last.count += count;
    else merged.push({ le, count });
  }
  let prev = merged[0]?.count ?? 0;
  for (const m of merged.slice(1)) {
    const delta = Math.abs(m.count - prev);
    if (delta === 0) continue;
    if (delta / m.count <= 1e-12) m.count = prev;
    else prev = m.count;
  }
  let max = merged[0]?.count ?? 0;
  for (const m of merged) {
    if (m.count > max) max = m.count;
    else m.count = max;
  }
  return merged.length < 2 ? void 0 : merged;
}
function countAtMost(buckets, le) {
  return normalizeBuckets(buckets)?.find((b) => b.le === le)?.count;
}
var TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function logBeta(a, b) {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
function betaContinuedFraction(x, a, b) {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - qab * x / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1e5; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}
function logIncompleteBeta(x, a, b) {
  if (Number.isNaN(x) || !(a > 0) || !(b > 0)) return Number.NaN;
  if (x <= 0) return Number.NEGATIVE_INFINITY;
  if (x >= 1) return 0;
  const front = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return front + Math.log(betaContinuedFraction(x, a, b)) - Math.log(a);
  const other = front + Math.log(betaContinuedFraction(1 - x, b, a)) - Math.log(b);
  return Math.log1p(-Math.exp(other));
}
function logIncompleteBetaUpper(x, a, b) {
  return logIncompleteBeta(1 - x, b, a);
}
var PRIOR_CONCENTRATION = 10;
function logEvidence(params) {
  const { theta0, side } = params;
  const m = Math.max(0, params.m);
  const x = Math.min(Math.max(0, params.x), m);
  if (m === 0 || !(theta0 > 0 && theta0 < 1)) return 0;
  const a = PRIOR_CONCENTRATION * theta0;
  const b = PRIOR_CONCENTRATION * (1 - theta0);
  const tail = side === "greater" ? logIncompleteBetaUpper : logIncompleteBeta;
  const logL0 = x * Math.log(theta0) + (m - x) * Math.log1p(-theta0);
  return logBeta(a + x, b + m - x) + tail(theta0, a + x, b + m - x) - logBeta(a, b) - tail(theta0, a, b) - logL0;
}
function judgeRatio(params) {
  const { canary, baseline, tolerance, alphaEach, boundAlpha } = params;
  const nc = Math.max(0, canary.total);
  const nb = Math.max(0, baseline.total);
  if (nc === 0 || nb === 0) return void 0;
  const xc = Math.min(Math.max(0, canary.bad), nc);
  const xb = Math.min(Math.max(0, baseline.bad), nb);
  const k = nc / nb;
  const thetaAt = (rho) => k * rho / (k * rho + 1);
  const theta0 = thetaAt(1 + tolerance);
  const evidence = Math.exp(logEvidence({ x: xc, m: xc + xb, theta0, side: "greater" }));
  const needed = 1 / alphaEach;
  const ratio = xb > 0 ? xc / nc / (xb / nb) : void 0;
  return {
    canary: { bad: xc, total: nc },
    baseline: { bad: xb, total: nb },
    ratio,
    theta0,
    evidence,
    needed,
    worse: evidence >= needed,
    upperRatio: upperRatio({ xc, m: xc + xb, thetaAt, alpha: boundAlpha })
  };
}
function upperRatio(params) {
  const { xc, m, thetaAt, alpha } = params;
  const bar = Math.log(1 / alpha);
  const rejected = (rho) => logEvidence({ x: xc, m, theta0: thetaAt(rho), side: "less" }) >= bar;
  let hi = Math.log(1e3);
  if (!rejected(Math.exp(hi))) return void 0;
  let lo = Math.log(1 / 1e3);
  if (rejected(Math.exp(lo))) return Math.exp(lo);
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2;
    if (rejected(Math.exp(mid))) hi = mid;
    else lo = mid;
  }
  return Math.exp(hi);
}
function slowerThanTail(params) {
  const base = normalizeBuckets(params.baseline);
  const can = normalizeBuckets(params.canary);
  const baseTotal = base?.[base.length - 1]?.count ?? 0;
  const canTotal = can?.[can.length - 1]?.count ?? 0;
  if (base === void 0 || baseTotal === 0)
    return { ok: false, reason: "no-baseline-data", message: "the baseline's latency histogram is empty" };
  if (can === void 0 || canTotal === 0)
    return { ok: false, reason: "no-canary-data", message: "the canary's latency histogram is empty" };
  const baselineP99Ms = quantileFromBuckets(0.99, base);
  const canBounds = new Set(can.map((b) => b.le));
  const common = base.filter((b) => Number.isFinite(b.le) && b.le > 0 && canBounds.has(b.le));
  const target = baselineP99Ms ?? Number.NaN;
  const below = common.filter((b) => b.le <= target).pop()?.le ?? common[0]?.le;
  if (below === void 0)
    return {
      ok: false,
      reason: "no-common-bound",
      message: "the two latency histograms have no finite bucket bound in common"
    };
  const above = common.find((b) => b.le > below && b.le > target)?.le;
  const count = (boundMs, position2) => ({
    boundMs,
    position: position2,
    baseline: { bad: baseTotal - (countAtMost(base, boundMs) ?? baseTotal), total: baseTotal },
    canary: { bad: canTotal - (countAtMost(can, boundMs) ?? canTotal), total: canTotal }
  });
  return {
    ok: true,
    baselineP99Ms,
    at: above === void 0 ? [count(below, "below")] : [count(below, "below"), count(above, "above")]
  };
}
function judgeShare(params) {
  const total = Math.max(0, params.total);
  if (total === 0) return void 0;
  const needed = 1 / params.alphaEach;
  if (params.limit <= 0) return { evidence: params.bad > 0 ? Infinity : 1, needed, worse: params.bad > 0 };
  if (params.limit >= 1) return { evidence: 0, needed, worse: false };
  const bad = Math.min(Math.max(0, params.bad), total);
  const evidence = Math.exp(logEvidence({ x: bad, m: total, theta0: params.limit, side: "greater" }));
  return { evidence, needed, worse: evidence >= needed };
}
function slowerThan(buckets, limitMs) {
  const b = normalizeBuckets(buckets);
  const total = b?.[b.length - 1]?.count ?? 0;
  if (b === void 0 || total === 0) return void 0;
  const i = b.findIndex((x) => Number.isFinite(x.le) && x.le >= limitMs);
  const here = b[i];
  if (here === void 0) return void 0;
  const below = b[i - 1];
  const lo = below?.le ?? 0;
  const loCount = below?.count ?? 0;
  const atMost = here.le === lo || limitMs <= lo ? here.count : loCount + (here.count - loCount) * (limitMs - lo) / (here.le - lo);
  return { slower: Math.max(0, total - atMost), total };
}

// src/core/gate.ts
var JUDGED = 4;
var CHECK_NAMES = {
  traffic: "traffic",
  successRate: "success rate",
  p99: "p99 latency",
  successVsBaseline: "success rate vs baseline",
  tailVsBaseline: "tail latency vs baseline",
  metrics: "metrics"
};
function formatCount(n) {
  if (n > 0 && n < 10 && !Number.isInteger(n)) return n.toFixed(1);
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatPercent(x, avoid = []) {
  const clash = (s2) => [0, 100, ...avoid].find((a2) => a2 !== x && Number(s2) === a2);
  let d = 2;
  let s = x.toFixed(d);
  while (d < 6 && clash(s) !== void 0) s = x.toFixed(++d);
  const a = clash(s);
  if (a !== void 0) s = ((x < a ? Math.floor : Math.ceil)(x * 1e6) / 1e6).toFixed(6);
  return `${s} %`;
}
function formatThreshold(x) {
  return `${x} %`;
}
function formatMs(ms) {
  return `${formatMsNumber(ms)} ms`;
}
function formatMsNumber(ms) {
  if (!Number.isFinite(ms)) return ms > 0 ? "\u221E" : "\u2212\u221E";
  const a = Math.abs(ms);
  const s = a >= 100 ? ms.toFixed(0) : a >= 10 ? ms.toFixed(1) : ms.toFixed(2);
  return s.replace("-", "\u2212");
}
function formatPp(pp) {
  const s = Math.abs(pp).toFixed(2);
  if (Number(s) === 0) return `${pp === 0 ? "" : pp > 0 ? "+" : "\u2212"}${s} pp`;
  return `${pp > 0 ? "+" : "\u2212"}${s} pp`;
}
function formatEvidence(e) {
  if (!(e < 1e6)) return "> 1,000,000";
  if (e < 1) return e < 0.01 ? "< 0.01" : `= ${e.toPrecision(2)}`;
  if (e < 100) return `= ${e.toFixed(1)}`;
  return `= ${formatCount(e)}`;
}
function formatNeeded(n) {
  return Math.abs(n - Math.round(n)) < 1e-9 ? formatCount(n) : n.toPrecision(3);
}
function formatRatio(r) {
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}\xD7`;
}
function formatDuration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 120) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 120) return `${min} min`;
  const h = Math.floor(min / 60);
  const rest = min % 60;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}
function formatUtc(t) {
  return `${new Date(Math.round(t) * 1e3).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function formatChance(p) {
  return `${Number((p * 100).toPrecision(3))} %`;
}
function errorsOf(v) {
  return Math.min(Math.max(0, v.errors), Math.max(0, v.requests));
}
var UNAVAILABLE_WORDS = {
  unreachable: "Prometheus was unreachable",
  timeout: "Prometheus timed out",
  error: "Prometheus returned an error",
  "bad-response": "Prometheus sent a response rollout-bot could not read"
};
function cleanVersion(v) {
  const count = (x) => Number.isFinite(x) && x > 0 ? x : 0;
  const value = (x) => x !== void 0 && Number.isFinite(x) ? x : void 0;
  return {
    ...v,
    weight: count(v.weight),
    requests: count(v.requests),
    rps: count(v.rps),
    errors: count(v.errors),
    successRate: value(v.successRate),
    p50Ms: value(v.p50Ms),
    p90Ms: value(v.p90Ms),
    p99Ms: value(v.p99Ms),
    buckets: v.buckets.filter((b) => !Number.isNaN(b.le) && Number.isFinite(b.count))
  };
}
function noMetrics(version2) {
  return {
    version: version2,
    weight: 0,
    requests: 0,
    rps: 0,
    errors: 0,
    successRate: void 0,
    p50Ms: void 0,
    p90Ms: void 0,
    p99Ms: void 0,
    buckets: []
  };
}
function pickCanary(versions, stable, mirror) {
  let best;
  for (const v of versions) {
    if (v.version === stable || v.version === mirror) continue;
    if (best === void 0 || v.requests > best.requests || v.requests === best.requests && v.weight > best.weight)
      best = v;
  }
  return best?.version;
}
function evaluateGate(params) {
  const { metrics, stable, gate } = params;
  const mirror = params.mirror;
  const shadow = mirror ? { mirror: { version: mirror.version, percent: mirror.percent } } : {};
  const named = params.canary === mirror?.version ? void 0 : params.canary;
  if (!metrics.ok) {
    const conclusion2 = gate.onMissingMetrics === "neutral" ? "neutral" : "failure";
    const what = UNAVAILABLE_WORDS[metrics.reason];
    const message = metrics.message.trim().replace(/\s+/g, " ");
    const said = message === "" ? "" : `: ${message}`;
    return {
      conclusion: conclusion2,
      summary: `No metrics: ${what}${said}. With \`policy.gate.onMissingMetrics: ${gate.onMissingMetrics}\` the gate concludes ${conclusion2}; it never passes without metrics.`,
      checks: [
        {
          name: CHECK_NAMES.metrics,
          status: conclusion2 === "failure" ? "fail" : "insufficient",
          detail: `${what} (${metrics.reason})${said}.`
        },
        ...params.extraChecks ?? []
      ],
      baseline: stable,
      canary: named,
      ...shadow,
      thresholds: thresholdsOf(gate)
    };
  }
  const m = { ...metrics.metrics, versions: metrics.metrics.versions.map(cleanVersion) };
  const canaryName = named ?? pickCanary(m.versions, stable, mirror?.version);
  const subjectName = canaryName ?? stable;
  const subject = m.versions.find((v) => v.version === subjectName) ?? noMetrics(subjectName);
  const baseline = m.versions.find((v) => v.version === stable);
  const compared = comparisonChecks({
    subject,
    baseline,
    stable,
    canaryName,
    m,
    gate,
    mirror: mirror?.version
  });
  const checks = [...absoluteChecks(subject, m, gate), ...compared.checks, ...params.extraChecks ?? []];
  const counted = checks.filter(countsInConclusion);
  const failed = counted.filter((c) => c.status === "fail").map((c) => c.name);
  const unsure = counted.filter((c) => c.status === "insufficient").map((c) => c.name);
  const against = canaryName !== void 0 && canaryName !== stable ? ` against \`${stable}\`` : "";
  const scope = `\`${subjectName}\`${against} ${scopeWords(m)}`;
  const conclusion = failed.length > 0 ? "failure" : unsure.length > 0 ? "neutral" : "success";
  const summary = conclusion === "failure" ? `Failed ${failed.join(", ")}: ${scope}.${unsure.length > 0 ? ` Not enough data for ${unsure.join(", ")}.` : ""}` : conclusion === "neutral" ? `Not enough data for ${unsure.join(", ")}: ${scope}. Nothing failed.` : `All ${counted.length} checks passed: ${scope}.`;
  return {
    conclusion,
    summary: summary + nonCriticalNote(checks),
    checks,
    baseline: stable,
    canary: canaryName,
    ...shadow,
    ...compared.report ? { comparison: compared.report } : {},
    thresholds: thresholdsOf(gate)
  };
}
function scopeWords(m) {
  const e = m.evidence;
  if (e === void 0 || e.from === "window") return `over the last ${m.window}`;
  return `over the last ${m.window} (comparisons: since the step started ${formatDuration(e.seconds)} ago)`;
}
function thresholdsOf(gate) {
  return { minRequests: gate.minRequests, successRate: gate.successRate, p99LatencyMs: gate.p99LatencyMs };
}
function absoluteChecks(v, m, gate) {
  const name = `\`${v.version}\``;
  const window = `the last ${m.window}`;
  const needed = Math.max(1, gate.minRequests);
  const enough = v.requests > 0 && v.requests >= gate.minRequests;
  const few = `only ${formatCount(v.requests)} requests, fewer than the ${formatCount(needed)} needed to pass`;
  const checks = [];
  checks.push(
    v.requests <= 0 ? {
      name: CHECK_NAMES.traffic,
      status: "insufficient",
      detail: `${name} had no requests in ${window}; at least ${formatCount(needed)} are needed.`
    } : enough ? {
      name: CHECK_NAMES.traffic,
      status: "pass",
      detail: `${name} had ${formatCount(v.requests)} requests in ${window} (\u2265 ${formatCount(gate.minRequests)} needed).`
    } : {
      name: CHECK_NAMES.traffic,
      status: "insufficient",
      detail: `${name} had ${formatCount(v.requests)} requests in ${window}, fewer than the ${formatCount(needed)} needed.`
    }
  );
  const sr = v.successRate;
  if (sr === void 0 || v.requests <= 0) {
    checks.push({
      name: CHECK_NAMES.successRate,
      status: "insufficient",
      detail: `${name} had no requests in ${window}, so no success rate to compare with ${formatThreshold(gate.successRate)}.`
    });
  } else {
    const rate = formatPercent(sr, [gate.successRate]);
    const errors = `${formatCount(errorsOf(v))} of ${formatCount(v.requests)} requests were 5xx`;
    const sure = judgeShare({
      bad: errorsOf(v),
      total: v.requests,
      limit: 1 - gate.successRate / 100,
      alphaEach: gate.alpha / JUDGED
    });
    if (sr < gate.successRate && sure?.worse)
      checks.push({
        name: CHECK_NAMES.successRate,
        status: "fail",
        detail: `${name} ${rate} < ${formatThreshold(gate.successRate)} required (${errors}); evidence e ${formatEvidence(sure.evidence)}, past the ${formatNeeded(sure.needed)} needed.`
      });
    else if (sr < gate.successRate)
      checks.push({
        name: CHECK_NAMES.successRate,
        status: "insufficient",
        detail: `${name} ${rate} < ${formatThreshold(gate.successRate)} required (${errors}), but on so few requests this is not yet evidence: e ${formatEvidence(sure?.evidence ?? 1)} of the ${formatNeeded(sure?.needed ?? 1 / (gate.alpha / JUDGED))} needed to fail.`
      });
    else
      checks.push({
        name: CHECK_NAMES.successRate,
        status: enough ? "pass" : "insufficient",
        detail: enough ? `${name} ${rate} \u2265 ${formatThreshold(gate.successRate)} required (${errors}).` : `${name} ${rate} \u2265 ${formatThreshold(gate.successRate)} required, but on ${few}.`
      });
  }
  const p99 = v.p99Ms;
  const limit = formatMs(gate.p99LatencyMs);
  if (v.requests <= 0) {
    checks.push({
      name: CHECK_NAMES.p99,
      status: "insufficient",
      detail: `${name} had no requests in ${window}, so no p99 to compare with ${limit}.`
    });
  } else if (p99 === void 0 || m.latencySource === "none") {
    checks.push({
      name: CHECK_NAMES.p99,
      status: "insufficient",
      detail: `No latency data for ${name}: neither istio_request_duration_milliseconds nor istio_request_duration_seconds had buckets in ${window}.`
    });
  } else if (p99 > gate.p99LatencyMs) {
    const slow = slowerThan(v.buckets, gate.p99LatencyMs);
    const sure = slow === void 0 ? void 0 : judgeShare({ bad: slow.slower, total: slow.total, limit: 0.01, alphaEach: gate.alpha / JUDGED });
    const share = slow === void 0 ? "" : ` (${formatCount(slow.slower)} of ${formatCount(slow.total)} requests slower than ${limit}, interpolated within its bucket)`;
    checks.push(
      sure === void 0 || sure.worse ? {
        name: CHECK_NAMES.p99,
        status: "fail",
        detail: `${name} p99 ${formatMs(p99)} > ${limit} allowed${share}${sure ? `; evidence e ${formatEvidence(sure.evidence)}, past the ${formatNeeded(sure.needed)} needed` : ""}.`
      } : {
        name: CHECK_NAMES.p99,
        status: "insufficient",
        detail: `${name} p99 ${formatMs(p99)} > ${limit} allowed${share}, but on so few requests this is not yet evidence: e ${formatEvidence(sure.evidence)} of the ${formatNeeded(sure.needed)} needed to fail.`
      }
    );
  } else {
    checks.push({
      name: CHECK_NAMES.p99,
      status: enough ? "pass" : "insufficient",
      detail: enough ? `${name} p99 ${formatMs(p99)} \u2264 ${limit} allowed.` : `${name} p99 ${formatMs(p99)} \u2264 ${limit} allowed, but on ${few}.`
    });
  }
  return checks;
}
function evidenceFor(m, v) {
  return m.evidence?.versions[v.version] ?? {
    requests: v.requests,
    errors: v.errors,
    buckets: v.buckets
  };
}
function rangeWords(m) {
  const e = m.evidence;
  if (e === void 0 || e.from === "window")
    return `in the last ${m.window} (step start unknown: the window is the evidence)`;
  return `since the step started ${formatDuration(e.seconds)} ago (${formatUtc(e.start)})`;
}
function comparisonChecks(params) {
  const { subject, baseline, stable, canaryName, m, gate, mirror } = params;
  const both = (detail) => ({
    checks: [
      { name: CHECK_NAMES.successVsBaseline, status: "insufficient", detail },
      { name: CHECK_NAMES.tailVsBaseline, status: "insufficient", detail }
    ]
  });
  if (canaryName === void 0 && mirror !== void 0 && m.versions.some((v) => v.version === mirror))
    return both(
      `\`${mirror}\` only receives mirrored copies (shadow traffic), which are not compared; there is no other version serving live traffic to compare \`${stable}\` with.`
    );
  if (canaryName === void 0)
    return both(
      `Only the stable version \`${stable}\` is listed; there is no other version to compare it with.`
    );
  if (canaryName === stable)
    return both(`\`${stable}\` is the stable version itself; there is no other version to compare it with.`);
  const range = rangeWords(m);
  const can = evidenceFor(m, subject);
  const base = baseline === void 0 ? void 0 : evidenceFor(m, baseline);
  if (base === void 0 || base.requests <= 0)
    return both(
      `The baseline \`${stable}\` (stable) had no requests ${range}, so there is nothing to compare \`${canaryName}\` with.`
    );
  if (can.requests <= 0)
    return both(`\`${canaryName}\` had no requests ${range}, so there is nothing to compare.`);
  const c = `\`${canaryName}\``;
  const b = `\`${stable}\``;
  const alphaEach = gate.alpha / JUDGED;
  const enough = can.requests >= gate.minRequests && base.requests >= gate.minRequests;
  const tooFew = ` Fewer than ${formatCount(gate.minRequests)} requests on ${can.requests < gate.minRequests ? c : b} are too few to pass.`;
  const judgeWith = (canary, baseline2, tolerancePercent) => judgeRatio({
    canary,
    baseline: baseline2,
    tolerance: tolerancePercent / 100,
    alphaEach,
    boundAlpha: gate.alpha
  });
  const checks = [];
  const errors = judgeWith(
    { bad: errorsOf(can), total: can.requests },
    { bad: errorsOf(base), total: base.requests },
    gate.errorTolerance
  );
  checks.push(
    judged({
      name: CHECK_NAMES.successVsBaseline,
      j: errors,
      what: "5xx rate",
      counted: `${c} ${formatPercent(errors.canary.bad / errors.canary.total * 100)} 5xx (${formatCount(errors.canary.bad)} of ${formatCount(errors.canary.total)}) vs ${b} ${formatPercent(errors.baseline.bad / errors.baseline.total * 100)} (${formatCount(errors.baseline.bad)} of ${formatCount(errors.baseline.total)}) ${range}`,
      c,
      b,
      tolerance: gate.errorTolerance,
      alphaEach,
      alpha: gate.alpha,
      enough,
      tooFew
    })
  );
  const tail = slowerThanTail({ baseline: base.buckets, canary: can.buckets });
  let tailReport;
  if (!tail.ok) {
    checks.push({
      name: CHECK_NAMES.tailVsBaseline,
      status: "insufficient",
      detail: `Cannot compare latency tails ${range}: ${tail.message}${m.latencySource === "none" ? " (no latency metric had data)" : ""}.`
    });
  } else {
    const each = alphaEach / tail.at.length;
    const all = tail.at.map((at3) => ({
      at: at3,
      j: judgeRatio({
        canary: at3.canary,
        baseline: at3.baseline,
        tolerance: gate.latencyTolerance / 100,
        alphaEach: each,
        boundAlpha: gate.alpha
      })
      // both totals > 0
    }));
    const worst = all.reduce((w, x) => x.j.evidence > w.j.evidence ? x : w);
    const { at: at2, j: t } = worst;
    tailReport = {
      ...t,
      tolerance: gate.latencyTolerance,
      boundMs: at2.boundMs,
      baselineP99Ms: tail.baselineP99Ms
    };
    const where = tail.baselineP99Ms === void 0 ? "" : ` (the bucket bound ${at2.position === "below" ? "at or below" : "above"} ${b}'s p99 of ${formatMs(tail.baselineP99Ms)})`;
    const others = all.filter((x) => x !== worst).map((x) => ` Also compared slower than ${formatMs(x.at.boundMs)}: e ${formatEvidence(x.j.evidence)}.`).join("");
    const check = judged({
      name: CHECK_NAMES.tailVsBaseline,
      j: t,
      what: `share of requests slower than ${formatMs(at2.boundMs)}`,
      counted: `Slower than ${formatMs(at2.boundMs)}${where}: ${c} ${formatPercent(t.canary.bad / t.canary.total * 100)} (${formatCount(t.canary.bad)} of ${formatCount(t.canary.total)}) vs ${b} ${formatPercent(t.baseline.bad / t.baseline.total * 100)} (${formatCount(t.baseline.bad)} of ${formatCount(t.baseline.total)}) ${range}`,
      c,
      b,
      tolerance: gate.latencyTolerance,
      alphaEach: each,
      alpha: gate.alpha,
      enough,
      tooFew
    });
    checks.push({ ...check, detail: `${check.detail}${others}` });
  }
  const e = m.evidence;
  return {
    checks,
    report: {
      from: e?.from ?? "window",
      start: e?.start ?? m.at - m.windowSeconds,
      seconds: e?.seconds ?? m.windowSeconds,
      alpha: gate.alpha,
      alphaEach,
      errors: { ...errors, tolerance: gate.errorTolerance },
      ...tailReport ? { tail: tailReport } : {}
    }
  };
}
function judged(params) {
  const { name, j, what, counted, c, b, tolerance, alphaEach, alpha, enough, tooFew } = params;
  const limit = formatRatio(1 + tolerance / 100);
  const ratio = j.ratio === void 0 ? j.canary.bad > 0 ? "" : ": none on either" : `: ${formatRatio(j.ratio)}`;
  const head = `${counted}${ratio}.`;
  const question = `Evidence that ${c}'s ${what} is more than ${limit} ${b}'s`;
  if (j.worse)
    return {
      name,
      status: "fail",
      detail: `${head} ${question}: e ${formatEvidence(j.evidence)}, past the ${formatNeeded(j.needed)} needed to fail. A canary no worse than ${limit} gets this far by chance with probability below ${formatChance(alphaEach)}, however often it is judged.`
    };
  const bound = j.upperRatio === void 0 ? ` Too few ${what === "5xx rate" ? "5xx" : "slow requests"} yet to bound how much worse ${c} could be.` : ` With ${formatChance(1 - alpha)} confidence ${c}'s ${what} is at most ${formatRatio(j.upperRatio)} ${b}'s.`;
  const detail = `${head} ${question}: e ${formatEvidence(j.evidence)} of the ${formatNeeded(j.needed)} needed to fail.${bound}`;
  return enough ? { name, status: "pass", detail } : { name, status: "insufficient", detail: `${detail}${tooFew}` };
}

// src/core/promql.ts
var MAX_POINTS = 60;
var MIN_RATE_WINDOW_S = 60;
var UNITS = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400 };
function durationSeconds(d) {
  const m = /^(\d+)(ms|s|m|h|d)$/.exec(d);
  if (!m) throw new Error(`not a duration: ${d}`);
  return Number(m[1]) * (UNITS[m[2]] ?? 1);
}
function promDuration(seconds) {
  const s = Math.max(1, Math.round(seconds));
  if (s % 3600 === 0) return `${s / 3600}h`;
  if (s % 60 === 0) return `${s / 60}m`;
  return `${s}s`;
}
function promString(value) {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
function regexLiteral(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function timelineStep(windowSeconds) {
  return Math.max(15, Math.ceil(windowSeconds / (MAX_POINTS - 1)));
}
function serviceQueries(params) {
  const { telemetry: telemetry4, windowSeconds, evidenceSeconds } = params;
  const w = promDuration(windowSeconds);
  const errors = ',response_code=~"5.."';
  const step = timelineStep(windowSeconds);
  const r = promDuration(Math.max(step, MIN_RATE_WINDOW_S));
  const byVersion = (fn, matchers, range, stat) => `label_replace(${telemetry4.sumByVersion({ fn, metric: "istio_requests_total", range, matchers })}, "stat", "${stat}", "", "")`;
  const histogram = (metric, range) => telemetry4.sumByVersion({ fn: "increase", metric, range, by: ["le"] });
  const e = evidenceSeconds === void 0 ? void 0 : promDuration(evidenceSeconds);
  const requests = `${byVersion("increase", "", w, "requests")} or ${byVersion("increase", errors, w, "errors")}`;
  const spans = (metric) => e === void 0 ? histogram(metric, w) : `label_replace(${histogram(metric, w)}, "span", "window", "", "") or label_replace(${histogram(metric, e)}, "span", "since", "", "")`;
  return {
    requests: e === void 0 ? requests : `${requests} or ${byVersion("increase", "", e, "since-requests")} or ${byVersion("increase", errors, e, "since-errors")}`,
    latencyMs: spans("istio_request_duration_milliseconds_bucket"),
    latencySeconds: spans("istio_request_duration_seconds_bucket"),
    timeline: `${byVersion("rate", "", r, "requests")} or ${byVersion("rate", errors, r, "errors")}`,
    step
  };
}
function num(s) {
  const n = Number(s);
  return Number.isFinite(n) ? n : 0;
}
function requestCounts(samples, span = "window") {
  const out = /* @__PURE__ */ new Map();
  for (const s of samples) {
    const stat = s.metric.stat ?? "requests";
    const since = stat.startsWith("since-");
    if (since !== (span === "since")) continue;
    const v = s.metric.destination_version ?? "unknown";
    const row = out.get(v) ?? { requests: 0, errors: 0 };
    if (stat.endsWith("errors")) row.errors += num(s.value[1]);
    else row.requests += num(s.value[1]);
    out.set(v, row);
  }
  return out;
}
function bucketsByVersion(samples, unit, span = "window") {
  const out = /* @__PURE__ */ new Map();
  for (const s of samples) {
    if ((s.metric.span ?? "window") !== span) continue;
    const v = s.metric.destination_version ?? "unknown";
    const le = s.metric.le === "+Inf" ? Number.POSITIVE_INFINITY : Number(s.metric.le) * unit;
    if (Number.isNaN(le)) continue;
    const list = out.get(v) ?? [];
    list.push({ le, count: num(s.value[1]) });
    out.set(v, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.le - b.le);
  return out;
}
function timelines(series) {
  const acc = /* @__PURE__ */ new Map();
  for (const s of series) {
    const v = s.metric.destination_version ?? "unknown";
    const points = acc.get(v) ?? /* @__PURE__ */ new Map();
    for (const [t, value] of s.values) {
      const p = points.get(t) ?? { rps: 0, errors: 0 };
      if (s.metric.stat === "errors") p.errors += num(value);
      else p.rps += num(value);
      points.set(t, p);
    }
    acc.set(v, points);
  }
  const out = {};
  for (const [v, points] of acc) {
    out[v] = [...points.entries()].sort(([a], [b]) => a - b).map(([t, p]) => ({
      t,
      rps: p.rps,
      successRate: p.rps > 0 ? 100 * (p.rps - p.errors) / p.rps : void 0
    }));
  }
  return out;
}
function versionRow(params) {
  const requests = params.counts?.requests ?? 0;
  const errors = params.counts?.errors ?? 0;
  const has = requests > 0;
  return {
    version: params.version,
    weight: params.weight,
    requests,
    rps: requests / params.windowSeconds,
    errors,
    successRate: has ? 100 * (requests - errors) / requests : void 0,
    p50Ms: has ? params.quantile(0.5, params.buckets) : void 0,
    p90Ms: has ? params.quantile(0.9, params.buckets) : void 0,
    p99Ms: has ? params.quantile(0.99, params.buckets) : void 0,
    buckets: params.buckets
  };
}

// node_modules/@kubernetes-models/validate/dist/formats.js
var import_formats = __toESM(require_formats(), 1);
var import_formats2 = __toESM(require_formats2(), 1);

// node_modules/cidr-regex/dist/index.js
var defaultOpts = { exact: false };
var v4src = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}\\/(3[0-2]|[12]?[0-9])";
var v6src = "(?:(?:[a-fA-F\\d]{1,4}:){7}(?:[a-fA-F\\d]{1,4}|:)|(?:[a-fA-F\\d]{1,4}:){6}(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|:[a-fA-F\\d]{1,4}|:)|(?:[a-fA-F\\d]{1,4}:){5}(?::(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|(?::[a-fA-F\\d]{1,4}){1,2}|:)|(?:[a-fA-F\\d]{1,4}:){4}(?:(?::[a-fA-F\\d]{1,4})?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|(?::[a-fA-F\\d]{1,4}){1,3}|:)|(?:[a-fA-F\\d]{1,4}:){3}(?:(?::[a-fA-F\\d]{1,4}){0,2}:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|(?::[a-fA-F\\d]{1,4}){1,4}|:)|(?:[a-fA-F\\d]{1,4}:){2}(?:(?::[a-fA-F\\d]{1,4}){0,3}:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|(?::[a-fA-F\\d]{1,4}){1,5}|:)|[a-fA-F\\d]{1,4}:(?:(?::[a-fA-F\\d]{1,4}){0,4}:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|(?::[a-fA-F\\d]{1,4}){1,6}|:)|:(?:(?::[a-fA-F\\d]{1,4}){0,5}:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|(?::[a-fA-F\\d]{1,4}){1,7}|:))(?:%[0-9a-zA-Z]+)?\\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])";
var v46src = `${v4src}|${v6src}`;
var v4exact = new RegExp(`^${v4src}$`);
var v6exact = new RegExp(`^${v6src}$`);
var v46exact = new RegExp(`^${v4src}$|^${v6src}$`);
var v4global = new RegExp(v4src, "g");
var v6global = new RegExp(v6src, "g");
var v46global = new RegExp(v46src, "g");
function resetRegex(re) {
  re.lastIndex = 0;
  return re;
}
var cidrRegex = ({ exact } = defaultOpts) => exact ? v46exact : resetRegex(v46global);
var v4 = cidrRegex.v4 = ({ exact } = defaultOpts) => exact ? v4exact : resetRegex(v4global);
var v6 = cidrRegex.v6 = ({ exact } = defaultOpts) => exact ? v6exact : resetRegex(v6global);

// node_modules/is-cidr/dist/index.js
var re4 = v4({ exact: true });
var re6 = v6({ exact: true });
var isCidr = (str2) => re4.test(str2) ? 4 : re6.test(str2) ? 6 : 0;
var v42 = isCidr.v4 = (str2) => re4.test(str2);
var v62 = isCidr.v6 = (str2) => re6.test(str2);

// node_modules/@kubernetes-models/validate/dist/formats.js
var rBase64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var rSignedNumber = /[+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+)/;
var rBinarySI = /[KMGTPE]i/;
var rDecimalSI = /(?:[YZEPTGMkhdcmunpfazy]|da)/;
var rDecimalExponent = new RegExp(`[eE]${rSignedNumber.source}`);
var rQuantitySuffix = new RegExp(`(?:${rBinarySI.source}|${rDecimalSI.source}|${rDecimalExponent.source})?`);
var rQuantity = new RegExp(`^${rSignedNumber.source}${rQuantitySuffix.source}$`);
var formats = {
  ...import_formats.fullFormats,
  ...import_formats2.default,
  byte: {
    type: "string",
    validate: (value) => rBase64.test(value)
  },
  quantity: {
    type: "string",
    validate: rQuantity
  },
  // This format is used in Istio.
  string: {
    type: "string",
    validate: (value) => typeof value === "string"
  },
  cidr: {
    type: "string",
    validate: (value) => isCidr(value) !== 0
  }
};

// node_modules/@kubernetes-models/validate/dist/runtime/validation_error.js
var import_validation_error = __toESM(require_validation_error(), 1);

// node_modules/@kubernetes-models/validate/dist/utils.js
function getDefault(value) {
  return value.__esModule ? value.default : value;
}

// node_modules/@kubernetes-models/validate/dist/runtime/validation_error.js
var validation_error_default = getDefault(import_validation_error.default);

// node_modules/@kubernetes-models/validate/dist/validate.js
var import_en = __toESM(require_en(), 1);
var localizeEn = import_en.default;
function generateErrorMessage(errors) {
  localizeEn(errors);
  return errors.map((err) => `data${err.instancePath} ${err.message}`).join(", ");
}
function runValidateFunc(fn, data) {
  if (!fn(data) && fn.errors) {
    const errors = fn.errors;
    const err = new validation_error_default(errors);
    err.message = generateErrorMessage(errors);
    throw err;
  }
}

// node_modules/@kubernetes-models/base/dist/model.js
function setDefinedProps(src, dst) {
  const s = src;
  const d = dst;
  for (const key of Object.keys(s)) {
    if (s[key] !== void 0) {
      d[key] = filterUndefinedValues(s[key]);
    }
  }
  return dst;
}
function isPlainObject(value) {
  if (!value || typeof value !== "object") {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  const hasObjectPrototype = proto === null || proto === Object.prototype || // Required to support node:vm.runInNewContext({})
  Object.getPrototypeOf(proto) === null;
  if (!hasObjectPrototype) {
    return false;
  }
  return Object.prototype.toString.call(value) === "[object Object]";
}
function filterUndefinedValues(data) {
  if (Array.isArray(data)) {
    return data.map(filterUndefinedValues);
  }
  if (isPlainObject(data)) {
    return setDefinedProps(data, {});
  }
  return data;
}
var Model = class {
  constructor(data) {
    if (data) {
      setDefinedProps(data, this);
    }
  }
  setDefinedProps(data) {
    if (data) {
      setDefinedProps(data, this);
    }
  }
  toJSON() {
    const result = {};
    setDefinedProps(this, result);
    return result;
  }
  validate() {
  }
};
function setValidateFunc(ctor, fn) {
  ctor.prototype.validate = function() {
    runValidateFunc(fn, this);
  };
}

// node_modules/@kubernetes-models/base/dist/meta.js
function isNonNullObject(value) {
  return typeof value === "object" && value != null;
}
function createTypeMetaGuard(meta2) {
  return (value) => {
    return isNonNullObject(value) && value.apiVersion === meta2.apiVersion && value.kind === meta2.kind;
  };
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1Time.js
var validate = validate0;
var formats0 = formats["date-time"];
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("number" == typeof data && isFinite(data), "string" == typeof data) {
    if (!formats0.validate(data)) {
      let err0 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "date-time" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate0.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1FieldsV1.js
var validate2 = validate02;
function validate02(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate02.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry.js
var validate3 = validate1;
function validate03(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate03.errors = vErrors, 0 === errors;
}
function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate2(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length)), validate4.errors = vErrors, 0 === errors;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate.errors : vErrors.concat(validate.errors)).length)), validate11.errors = vErrors, 0 === errors;
}
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.apiVersion && (validate03(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate03.errors : vErrors.concat(validate03.errors)).length)), void 0 !== data.fieldsType && (validate03(data.fieldsType, { instancePath: instancePath + "/fieldsType", parentData: data, parentDataProperty: "fieldsType", rootData }) || (errors = (vErrors = null === vErrors ? validate03.errors : vErrors.concat(validate03.errors)).length)), void 0 !== data.fieldsV1 && (validate4(data.fieldsV1, { instancePath: instancePath + "/fieldsV1", parentData: data, parentDataProperty: "fieldsV1", rootData }) || (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length)), void 0 !== data.manager && (validate03(data.manager, { instancePath: instancePath + "/manager", parentData: data, parentDataProperty: "manager", rootData }) || (errors = (vErrors = null === vErrors ? validate03.errors : vErrors.concat(validate03.errors)).length)), void 0 !== data.operation && (validate03(data.operation, { instancePath: instancePath + "/operation", parentData: data, parentDataProperty: "operation", rootData }) || (errors = (vErrors = null === vErrors ? validate03.errors : vErrors.concat(validate03.errors)).length)), void 0 !== data.subresource && (validate03(data.subresource, { instancePath: instancePath + "/subresource", parentData: data, parentDataProperty: "subresource", rootData }) || (errors = (vErrors = null === vErrors ? validate03.errors : vErrors.concat(validate03.errors)).length)), void 0 !== data.time && (validate11(data.time, { instancePath: instancePath + "/time", parentData: data, parentDataProperty: "time", rootData }) || (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1OwnerReference.js
var validate5 = validate22;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate12.errors = vErrors, 0 === errors;
}
function validate04(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate04.errors = vErrors, 0 === errors;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.apiVersion) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.name) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (void 0 === data.uid) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uid" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    void 0 !== data.apiVersion && (validate12(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate12.errors : vErrors.concat(validate12.errors)).length)), void 0 !== data.blockOwnerDeletion && (validate04(data.blockOwnerDeletion, { instancePath: instancePath + "/blockOwnerDeletion", parentData: data, parentDataProperty: "blockOwnerDeletion", rootData }) || (errors = (vErrors = null === vErrors ? validate04.errors : vErrors.concat(validate04.errors)).length)), void 0 !== data.controller && (validate04(data.controller, { instancePath: instancePath + "/controller", parentData: data, parentDataProperty: "controller", rootData }) || (errors = (vErrors = null === vErrors ? validate04.errors : vErrors.concat(validate04.errors)).length)), void 0 !== data.kind && (validate12(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate12.errors : vErrors.concat(validate12.errors)).length)), void 0 !== data.name && (validate12(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate12.errors : vErrors.concat(validate12.errors)).length)), void 0 !== data.uid && (validate12(data.uid, { instancePath: instancePath + "/uid", parentData: data, parentDataProperty: "uid", rootData }) || (errors = (vErrors = null === vErrors ? validate12.errors : vErrors.concat(validate12.errors)).length));
  } else {
    let err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err4] : vErrors.push(err4), errors++;
  }
  return validate22.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta.js
var validate6 = validate8;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate32.errors = vErrors, 0 === errors;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) for (let key0 in data) validate32(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate32.errors : vErrors.concat(validate32.errors)).length);
  return validate52.errors = vErrors, 0 === errors;
}
function validate05(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate.errors : vErrors.concat(validate.errors)).length)), validate05.errors = vErrors, 0 === errors;
}
var formats02 = formats.int64;
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats02.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate42.errors = vErrors, 0 === errors;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate32(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate32.errors : vErrors.concat(validate32.errors)).length);
  }
  return validate13.errors = vErrors, 0 === errors;
}
function validate7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate7.errors = vErrors, 0 === errors;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate3(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length), validate20.errors = vErrors, 0 === errors;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate20(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length);
  }
  return validate19.errors = vErrors, 0 === errors;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate5(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length), validate28.errors = vErrors, 0 === errors;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate28(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate28.errors : vErrors.concat(validate28.errors)).length);
  }
  return validate27.errors = vErrors, 0 === errors;
}
function validate8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.annotations && (validate52(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData }) || (errors = (vErrors = null === vErrors ? validate52.errors : vErrors.concat(validate52.errors)).length)), void 0 !== data.creationTimestamp && (validate05(data.creationTimestamp, { instancePath: instancePath + "/creationTimestamp", parentData: data, parentDataProperty: "creationTimestamp", rootData }) || (errors = (vErrors = null === vErrors ? validate05.errors : vErrors.concat(validate05.errors)).length)), void 0 !== data.deletionGracePeriodSeconds && (validate42(data.deletionGracePeriodSeconds, { instancePath: instancePath + "/deletionGracePeriodSeconds", parentData: data, parentDataProperty: "deletionGracePeriodSeconds", rootData }) || (errors = (vErrors = null === vErrors ? validate42.errors : vErrors.concat(validate42.errors)).length)), void 0 !== data.deletionTimestamp && (validate05(data.deletionTimestamp, { instancePath: instancePath + "/deletionTimestamp", parentData: data, parentDataProperty: "deletionTimestamp", rootData }) || (errors = (vErrors = null === vErrors ? validate05.errors : vErrors.concat(validate05.errors)).length)), void 0 !== data.finalizers && (validate13(data.finalizers, { instancePath: instancePath + "/finalizers", parentData: data, parentDataProperty: "finalizers", rootData }) || (errors = (vErrors = null === vErrors ? validate13.errors : vErrors.concat(validate13.errors)).length)), void 0 !== data.generateName && (validate7(data.generateName, { instancePath: instancePath + "/generateName", parentData: data, parentDataProperty: "generateName", rootData }) || (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)), void 0 !== data.generation && (validate42(data.generation, { instancePath: instancePath + "/generation", parentData: data, parentDataProperty: "generation", rootData }) || (errors = (vErrors = null === vErrors ? validate42.errors : vErrors.concat(validate42.errors)).length)), void 0 !== data.labels && (validate52(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData }) || (errors = (vErrors = null === vErrors ? validate52.errors : vErrors.concat(validate52.errors)).length)), void 0 !== data.managedFields && (validate19(data.managedFields, { instancePath: instancePath + "/managedFields", parentData: data, parentDataProperty: "managedFields", rootData }) || (errors = (vErrors = null === vErrors ? validate19.errors : vErrors.concat(validate19.errors)).length)), void 0 !== data.name && (validate7(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)), void 0 !== data.namespace && (validate7(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)), void 0 !== data.ownerReferences && (validate27(data.ownerReferences, { instancePath: instancePath + "/ownerReferences", parentData: data, parentDataProperty: "ownerReferences", rootData }) || (errors = (vErrors = null === vErrors ? validate27.errors : vErrors.concat(validate27.errors)).length)), void 0 !== data.resourceVersion && (validate7(data.resourceVersion, { instancePath: instancePath + "/resourceVersion", parentData: data, parentDataProperty: "resourceVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)), void 0 !== data.selfLink && (validate7(data.selfLink, { instancePath: instancePath + "/selfLink", parentData: data, parentDataProperty: "selfLink", rootData }) || (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length)), void 0 !== data.uid && (validate7(data.uid, { instancePath: instancePath + "/uid", parentData: data, parentDataProperty: "uid", rootData }) || (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate8.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/validate/dist/runtime/ucs2length.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var ucs2length_default = getDefault(import_ucs2length.default);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Group.js
var validate9 = validate06;
var pattern0 = RegExp("^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function validate06(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (!pattern0.test(data)) {
      let err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate06.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Kind.js
var validate10 = validate07;
var pattern02 = RegExp("^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", "u");
function validate07(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 63) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern02.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate07.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ObjectName.js
var validate14 = validate08;
function validate08(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate08.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Namespace.js
var validate15 = validate09;
var pattern03 = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function validate09(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 63) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern03.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate09.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1PortNumber.js
var validate16 = validate010;
var formats03 = formats.int32;
function validate010(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats03.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate010.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1SectionName.js
var validate17 = validate011;
var pattern04 = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function validate011(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern04.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate011.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ParentReference.js
var validate18 = validate012;
function validate110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate110.errors = vErrors, 0 === errors;
}
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate53.errors = vErrors, 0 === errors;
}
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate14(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate14.errors : vErrors.concat(validate14.errors)).length), validate92.errors = vErrors, 0 === errors;
}
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate15(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate15.errors : vErrors.concat(validate15.errors)).length), validate132.errors = vErrors, 0 === errors;
}
var formats04 = formats.int32;
function validate172(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate16(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate16.errors : vErrors.concat(validate16.errors)).length), "number" == typeof data && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 1 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats04.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate172.errors = vErrors, 0 === errors;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate17(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate17.errors : vErrors.concat(validate17.errors)).length), validate21.errors = vErrors, 0 === errors;
}
function validate012(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.group && (validate110(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate110.errors : vErrors.concat(validate110.errors)).length)), void 0 !== data.kind && (validate53(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate53.errors : vErrors.concat(validate53.errors)).length)), void 0 !== data.name && (validate92(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate92.errors : vErrors.concat(validate92.errors)).length)), void 0 !== data.namespace && (validate132(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = null === vErrors ? validate132.errors : vErrors.concat(validate132.errors)).length)), void 0 !== data.port && (validate172(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate172.errors : vErrors.concat(validate172.errors)).length)), void 0 !== data.sectionName && (validate21(data.sectionName, { instancePath: instancePath + "/sectionName", parentData: data, parentDataProperty: "sectionName", rootData }) || (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate012.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayDefaultScope.js
var validate23 = validate013;
var schema0_enum = ["All", "None"];
function validate013(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("All" !== data && "None" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate013.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1CommonRouteSpec.js
var validate24 = validate014;
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate18(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate18.errors : vErrors.concat(validate18.errors)).length), validate25.errors = vErrors, 0 === errors;
}
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 32) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate25(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate25.errors : vErrors.concat(validate25.errors)).length);
  }
  return validate111.errors = vErrors, 0 === errors;
}
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate23(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate23.errors : vErrors.concat(validate23.errors)).length), validate72.errors = vErrors, 0 === errors;
}
function validate014(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.parentRefs && (validate111(data.parentRefs, { instancePath: instancePath + "/parentRefs", parentData: data, parentDataProperty: "parentRefs", rootData }) || (errors = (vErrors = null === vErrors ? validate111.errors : vErrors.concat(validate111.errors)).length)), void 0 !== data.useDefaultGateways && (validate72(data.useDefaultGateways, { instancePath: instancePath + "/useDefaultGateways", parentData: data, parentDataProperty: "useDefaultGateways", rootData }) || (errors = (vErrors = null === vErrors ? validate72.errors : vErrors.concat(validate72.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate014.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Hostname.js
var validate26 = validate015;
var pattern05 = RegExp("^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function validate015(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern05.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate015.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1BackendObjectReference.js
var validate29 = validate016;
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate112.errors = vErrors, 0 === errors;
}
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate54.errors = vErrors, 0 === errors;
}
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate14(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate14.errors : vErrors.concat(validate14.errors)).length), validate93.errors = vErrors, 0 === errors;
}
function validate133(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate15(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate15.errors : vErrors.concat(validate15.errors)).length), validate133.errors = vErrors, 0 === errors;
}
var formats05 = formats.int32;
function validate173(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate16(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate16.errors : vErrors.concat(validate16.errors)).length), "number" == typeof data && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 1 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats05.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate173.errors = vErrors, 0 === errors;
}
function validate016(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.group && (validate112(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate112.errors : vErrors.concat(validate112.errors)).length)), void 0 !== data.kind && (validate54(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate54.errors : vErrors.concat(validate54.errors)).length)), void 0 !== data.name && (validate93(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate93.errors : vErrors.concat(validate93.errors)).length)), void 0 !== data.namespace && (validate133(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = null === vErrors ? validate133.errors : vErrors.concat(validate133.errors)).length)), void 0 !== data.port && (validate173(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate173.errors : vErrors.concat(validate173.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate016.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1BackendRef.js
var validate30 = validate017;
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate29(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate29.errors : vErrors.concat(validate29.errors)).length), validate113.errors = vErrors, 0 === errors;
}
var formats06 = formats.int32;
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data > 1e6 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 0 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats06.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate55.errors = vErrors, 0 === errors;
}
function validate017(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate113(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate113.errors : vErrors.concat(validate113.errors)).length), data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.weight && (validate55(data.weight, { instancePath: instancePath + "/weight", parentData: data, parentDataProperty: "weight", rootData }) || (errors = (vErrors = null === vErrors ? validate55.errors : vErrors.concat(validate55.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate017.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HeaderName.js
var validate31 = validate018;
var pattern06 = RegExp("^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$", "u");
function validate018(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 256) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 256 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern06.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate018.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPHeaderName.js
var validate33 = validate019;
function validate019(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate31(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate31.errors : vErrors.concat(validate31.errors)).length), validate019.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPMethodWithWildcard.js
var validate34 = validate020;
var schema0_enum2 = ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "*"];
function validate020(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("GET" !== data && "HEAD" !== data && "POST" !== data && "PUT" !== data && "DELETE" !== data && "CONNECT" !== data && "OPTIONS" !== data && "TRACE" !== data && "PATCH" !== data && "*" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum2 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate020.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1CORSOrigin.js
var validate35 = validate021;
var pattern07 = RegExp("(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)", "u");
function validate021(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern07.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate021.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPCORSFilter.js
var validate36 = validate56;
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate62.errors = vErrors, 0 === errors;
}
function validate114(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate33(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate33.errors : vErrors.concat(validate33.errors)).length), validate114.errors = vErrors, 0 === errors;
}
function validate022(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate114(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate114.errors : vErrors.concat(validate114.errors)).length);
  }
  return validate022.errors = vErrors, 0 === errors;
}
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate34(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate34.errors : vErrors.concat(validate34.errors)).length), validate102.errors = vErrors, 0 === errors;
}
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 9) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 9 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate102(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate102.errors : vErrors.concat(validate102.errors)).length);
  }
  return validate94.errors = vErrors, 0 === errors;
}
function validate162(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate35(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate35.errors : vErrors.concat(validate35.errors)).length), validate162.errors = vErrors, 0 === errors;
}
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate162(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate162.errors : vErrors.concat(validate162.errors)).length);
  }
  return validate152.errors = vErrors, 0 === errors;
}
var formats07 = formats.int32;
function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data < 1 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!formats07.validate(data)) {
      let err2 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate222.errors = vErrors, 0 === errors;
}
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.allowCredentials && (validate62(data.allowCredentials, { instancePath: instancePath + "/allowCredentials", parentData: data, parentDataProperty: "allowCredentials", rootData }) || (errors = (vErrors = null === vErrors ? validate62.errors : vErrors.concat(validate62.errors)).length)), void 0 !== data.allowHeaders && (validate022(data.allowHeaders, { instancePath: instancePath + "/allowHeaders", parentData: data, parentDataProperty: "allowHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate022.errors : vErrors.concat(validate022.errors)).length)), void 0 !== data.allowMethods && (validate94(data.allowMethods, { instancePath: instancePath + "/allowMethods", parentData: data, parentDataProperty: "allowMethods", rootData }) || (errors = (vErrors = null === vErrors ? validate94.errors : vErrors.concat(validate94.errors)).length)), void 0 !== data.allowOrigins && (validate152(data.allowOrigins, { instancePath: instancePath + "/allowOrigins", parentData: data, parentDataProperty: "allowOrigins", rootData }) || (errors = (vErrors = null === vErrors ? validate152.errors : vErrors.concat(validate152.errors)).length)), void 0 !== data.exposeHeaders && (validate022(data.exposeHeaders, { instancePath: instancePath + "/exposeHeaders", parentData: data, parentDataProperty: "exposeHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate022.errors : vErrors.concat(validate022.errors)).length)), void 0 !== data.maxAge && (validate222(data.maxAge, { instancePath: instancePath + "/maxAge", parentData: data, parentDataProperty: "maxAge", rootData }) || (errors = (vErrors = null === vErrors ? validate222.errors : vErrors.concat(validate222.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate56.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1LocalObjectReference.js
var validate37 = validate023;
function validate115(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate115.errors = vErrors, 0 === errors;
}
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate57.errors = vErrors, 0 === errors;
}
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate14(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate14.errors : vErrors.concat(validate14.errors)).length), validate95.errors = vErrors, 0 === errors;
}
function validate023(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.group) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.name) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.group && (validate115(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate115.errors : vErrors.concat(validate115.errors)).length)), void 0 !== data.kind && (validate57(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate57.errors : vErrors.concat(validate57.errors)).length)), void 0 !== data.name && (validate95(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate95.errors : vErrors.concat(validate95.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate023.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ForwardBodyConfig.js
var validate38 = validate024;
function validate116(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate116.errors = vErrors, 0 === errors;
}
function validate024(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.maxSize && (validate116(data.maxSize, { instancePath: instancePath + "/maxSize", parentData: data, parentDataProperty: "maxSize", rootData }) || (errors = (vErrors = null === vErrors ? validate116.errors : vErrors.concat(validate116.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate024.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCAuthConfig.js
var validate39 = validate025;
function validate210(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate210.errors = vErrors, 0 === errors;
}
function validate117(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate210(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate210.errors : vErrors.concat(validate210.errors)).length);
  }
  return validate117.errors = vErrors, 0 === errors;
}
function validate025(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.allowedHeaders && (validate117(data.allowedHeaders, { instancePath: instancePath + "/allowedHeaders", parentData: data, parentDataProperty: "allowedHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate117.errors : vErrors.concat(validate117.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate025.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPAuthConfig.js
var validate40 = validate310;
function validate118(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate118.errors = vErrors, 0 === errors;
}
function validate026(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate118(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate118.errors : vErrors.concat(validate118.errors)).length);
  }
  return validate026.errors = vErrors, 0 === errors;
}
var pattern08 = RegExp("^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$", "u");
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 1024) {
      let err1 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern08.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate63.errors = vErrors, 0 === errors;
}
function validate310(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.allowedHeaders && (validate026(data.allowedHeaders, { instancePath: instancePath + "/allowedHeaders", parentData: data, parentDataProperty: "allowedHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate026.errors : vErrors.concat(validate026.errors)).length)), void 0 !== data.allowedResponseHeaders && (validate026(data.allowedResponseHeaders, { instancePath: instancePath + "/allowedResponseHeaders", parentData: data, parentDataProperty: "allowedResponseHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate026.errors : vErrors.concat(validate026.errors)).length)), void 0 !== data.path && (validate63(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate63.errors : vErrors.concat(validate63.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate310.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteExternalAuthProtocol.js
var validate41 = validate027;
function validate027(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate027.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPExternalAuthFilter.js
var validate43 = validate028;
function validate119(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate29(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate29.errors : vErrors.concat(validate29.errors)).length), validate119.errors = vErrors, 0 === errors;
}
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate38(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate38.errors : vErrors.concat(validate38.errors)).length)), validate58.errors = vErrors, 0 === errors;
}
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate39(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate39.errors : vErrors.concat(validate39.errors)).length)), validate96.errors = vErrors, 0 === errors;
}
function validate134(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate40(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length)), validate134.errors = vErrors, 0 === errors;
}
var schema9_enum = ["HTTP", "GRPC"];
function validate174(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate41(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate41.errors : vErrors.concat(validate41.errors)).length), "HTTP" !== data && "GRPC" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema9_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate174.errors = vErrors, 0 === errors;
}
function validate028(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.backendRef) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backendRef" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.protocol) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "protocol" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.backendRef && (validate119(data.backendRef, { instancePath: instancePath + "/backendRef", parentData: data, parentDataProperty: "backendRef", rootData }) || (errors = (vErrors = null === vErrors ? validate119.errors : vErrors.concat(validate119.errors)).length)), void 0 !== data.forwardBody && (validate58(data.forwardBody, { instancePath: instancePath + "/forwardBody", parentData: data, parentDataProperty: "forwardBody", rootData }) || (errors = (vErrors = null === vErrors ? validate58.errors : vErrors.concat(validate58.errors)).length)), void 0 !== data.grpc && (validate96(data.grpc, { instancePath: instancePath + "/grpc", parentData: data, parentDataProperty: "grpc", rootData }) || (errors = (vErrors = null === vErrors ? validate96.errors : vErrors.concat(validate96.errors)).length)), void 0 !== data.http && (validate134(data.http, { instancePath: instancePath + "/http", parentData: data, parentDataProperty: "http", rootData }) || (errors = (vErrors = null === vErrors ? validate134.errors : vErrors.concat(validate134.errors)).length)), void 0 !== data.protocol && (validate174(data.protocol, { instancePath: instancePath + "/protocol", parentData: data, parentDataProperty: "protocol", rootData }) || (errors = (vErrors = null === vErrors ? validate174.errors : vErrors.concat(validate174.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate028.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPHeader.js
var validate44 = validate029;
function validate120(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate33(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate33.errors : vErrors.concat(validate33.errors)).length), validate120.errors = vErrors, 0 === errors;
}
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 4096) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 4096 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate59.errors = vErrors, 0 === errors;
}
function validate029(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.value) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.name && (validate120(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length)), void 0 !== data.value && (validate59(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate59.errors : vErrors.concat(validate59.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate029.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPHeaderFilter.js
var validate45 = validate510;
function validate121(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate44(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate44.errors : vErrors.concat(validate44.errors)).length), validate121.errors = vErrors, 0 === errors;
}
function validate030(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate121(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate121.errors : vErrors.concat(validate121.errors)).length);
  }
  return validate030.errors = vErrors, 0 === errors;
}
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate82.errors = vErrors, 0 === errors;
}
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate82(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate82.errors : vErrors.concat(validate82.errors)).length);
  }
  return validate73.errors = vErrors, 0 === errors;
}
function validate510(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.add && (validate030(data.add, { instancePath: instancePath + "/add", parentData: data, parentDataProperty: "add", rootData }) || (errors = (vErrors = null === vErrors ? validate030.errors : vErrors.concat(validate030.errors)).length)), void 0 !== data.remove && (validate73(data.remove, { instancePath: instancePath + "/remove", parentData: data, parentDataProperty: "remove", rootData }) || (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length)), void 0 !== data.set && (validate030(data.set, { instancePath: instancePath + "/set", parentData: data, parentDataProperty: "set", rootData }) || (errors = (vErrors = null === vErrors ? validate030.errors : vErrors.concat(validate030.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate510.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Fraction.js
var validate46 = validate031;
var formats08 = formats.int32;
function validate122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data < 1 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!formats08.validate(data)) {
      let err2 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate122.errors = vErrors, 0 === errors;
}
function validate311(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data < 0 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!formats08.validate(data)) {
      let err2 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate311.errors = vErrors, 0 === errors;
}
function validate031(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.numerator) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "numerator" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.denominator && (validate122(data.denominator, { instancePath: instancePath + "/denominator", parentData: data, parentDataProperty: "denominator", rootData }) || (errors = (vErrors = null === vErrors ? validate122.errors : vErrors.concat(validate122.errors)).length)), void 0 !== data.numerator && (validate311(data.numerator, { instancePath: instancePath + "/numerator", parentData: data, parentDataProperty: "numerator", rootData }) || (errors = (vErrors = null === vErrors ? validate311.errors : vErrors.concat(validate311.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate031.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRequestMirrorFilter.js
var validate47 = validate032;
function validate123(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate29(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate29.errors : vErrors.concat(validate29.errors)).length), validate123.errors = vErrors, 0 === errors;
}
function validate511(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate46(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate46.errors : vErrors.concat(validate46.errors)).length)), validate511.errors = vErrors, 0 === errors;
}
var formats09 = formats.int32;
function validate97(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data > 100 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 0 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats09.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate97.errors = vErrors, 0 === errors;
}
function validate032(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.backendRef) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backendRef" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.backendRef && (validate123(data.backendRef, { instancePath: instancePath + "/backendRef", parentData: data, parentDataProperty: "backendRef", rootData }) || (errors = (vErrors = null === vErrors ? validate123.errors : vErrors.concat(validate123.errors)).length)), void 0 !== data.fraction && (validate511(data.fraction, { instancePath: instancePath + "/fraction", parentData: data, parentDataProperty: "fraction", rootData }) || (errors = (vErrors = null === vErrors ? validate511.errors : vErrors.concat(validate511.errors)).length)), void 0 !== data.percent && (validate97(data.percent, { instancePath: instancePath + "/percent", parentData: data, parentDataProperty: "percent", rootData }) || (errors = (vErrors = null === vErrors ? validate97.errors : vErrors.concat(validate97.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate032.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1PreciseHostname.js
var validate48 = validate033;
var pattern09 = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function validate033(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern09.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate033.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPPathModifierType.js
var validate49 = validate034;
function validate034(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate034.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPPathModifier.js
var validate50 = validate124;
function validate035(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("string" == typeof data && ucs2length_default(data) > 1024) {
    let err1 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate035.errors = vErrors, 0 === errors;
}
var schema2_enum = ["ReplaceFullPath", "ReplacePrefixMatch"];
function validate410(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate49(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate49.errors : vErrors.concat(validate49.errors)).length), "ReplaceFullPath" !== data && "ReplacePrefixMatch" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate410.errors = vErrors, 0 === errors;
}
function validate124(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.replaceFullPath && (validate035(data.replaceFullPath, { instancePath: instancePath + "/replaceFullPath", parentData: data, parentDataProperty: "replaceFullPath", rootData }) || (errors = (vErrors = null === vErrors ? validate035.errors : vErrors.concat(validate035.errors)).length)), void 0 !== data.replacePrefixMatch && (validate035(data.replacePrefixMatch, { instancePath: instancePath + "/replacePrefixMatch", parentData: data, parentDataProperty: "replacePrefixMatch", rootData }) || (errors = (vErrors = null === vErrors ? validate035.errors : vErrors.concat(validate035.errors)).length)), void 0 !== data.type && (validate410(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate410.errors : vErrors.concat(validate410.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate124.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRequestRedirectFilter.js
var validate51 = validate036;
function validate125(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate48(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate48.errors : vErrors.concat(validate48.errors)).length), validate125.errors = vErrors, 0 === errors;
}
function validate512(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate50(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate50.errors : vErrors.concat(validate50.errors)).length)), validate512.errors = vErrors, 0 === errors;
}
var formats010 = formats.int32;
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate16(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate16.errors : vErrors.concat(validate16.errors)).length), "number" == typeof data && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 1 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats010.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate98.errors = vErrors, 0 === errors;
}
var schema7_enum = ["http", "https"];
function validate135(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("http" !== data && "https" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema7_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate135.errors = vErrors, 0 === errors;
}
var schema8_enum = [301, 302, 303, 307, 308];
function validate153(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (301 !== data && 302 !== data && 303 !== data && 307 !== data && 308 !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema8_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate153.errors = vErrors, 0 === errors;
}
function validate036(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.hostname && (validate125(data.hostname, { instancePath: instancePath + "/hostname", parentData: data, parentDataProperty: "hostname", rootData }) || (errors = (vErrors = null === vErrors ? validate125.errors : vErrors.concat(validate125.errors)).length)), void 0 !== data.path && (validate512(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate512.errors : vErrors.concat(validate512.errors)).length)), void 0 !== data.port && (validate98(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate98.errors : vErrors.concat(validate98.errors)).length)), void 0 !== data.scheme && (validate135(data.scheme, { instancePath: instancePath + "/scheme", parentData: data, parentDataProperty: "scheme", rootData }) || (errors = (vErrors = null === vErrors ? validate135.errors : vErrors.concat(validate135.errors)).length)), void 0 !== data.statusCode && (validate153(data.statusCode, { instancePath: instancePath + "/statusCode", parentData: data, parentDataProperty: "statusCode", rootData }) || (errors = (vErrors = null === vErrors ? validate153.errors : vErrors.concat(validate153.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate036.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteFilterType.js
var validate60 = validate037;
function validate037(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate037.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPURLRewriteFilter.js
var validate61 = validate038;
function validate126(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate48(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate48.errors : vErrors.concat(validate48.errors)).length), validate126.errors = vErrors, 0 === errors;
}
function validate513(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate50(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate50.errors : vErrors.concat(validate50.errors)).length)), validate513.errors = vErrors, 0 === errors;
}
function validate038(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.hostname && (validate126(data.hostname, { instancePath: instancePath + "/hostname", parentData: data, parentDataProperty: "hostname", rootData }) || (errors = (vErrors = null === vErrors ? validate126.errors : vErrors.concat(validate126.errors)).length)), void 0 !== data.path && (validate513(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate513.errors : vErrors.concat(validate513.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate038.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteFilter.js
var validate64 = validate312;
function validate411(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate36(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length)), validate411.errors = vErrors, 0 === errors;
}
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate37(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate37.errors : vErrors.concat(validate37.errors)).length)), validate83.errors = vErrors, 0 === errors;
}
function validate127(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate43(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate43.errors : vErrors.concat(validate43.errors)).length)), validate127.errors = vErrors, 0 === errors;
}
function validate039(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate45(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate45.errors : vErrors.concat(validate45.errors)).length)), validate039.errors = vErrors, 0 === errors;
}
function validate175(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate47(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate47.errors : vErrors.concat(validate47.errors)).length)), validate175.errors = vErrors, 0 === errors;
}
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate51(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate51.errors : vErrors.concat(validate51.errors)).length)), validate212.errors = vErrors, 0 === errors;
}
var schema13_enum = ["RequestHeaderModifier", "ResponseHeaderModifier", "RequestMirror", "RequestRedirect", "URLRewrite", "ExtensionRef", "CORS"];
function validate262(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate60(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate60.errors : vErrors.concat(validate60.errors)).length), "RequestHeaderModifier" !== data && "ResponseHeaderModifier" !== data && "RequestMirror" !== data && "RequestRedirect" !== data && "URLRewrite" !== data && "ExtensionRef" !== data && "CORS" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema13_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate262.errors = vErrors, 0 === errors;
}
function validate302(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate61(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate61.errors : vErrors.concat(validate61.errors)).length)), validate302.errors = vErrors, 0 === errors;
}
function validate312(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.cors && (validate411(data.cors, { instancePath: instancePath + "/cors", parentData: data, parentDataProperty: "cors", rootData }) || (errors = (vErrors = null === vErrors ? validate411.errors : vErrors.concat(validate411.errors)).length)), void 0 !== data.extensionRef && (validate83(data.extensionRef, { instancePath: instancePath + "/extensionRef", parentData: data, parentDataProperty: "extensionRef", rootData }) || (errors = (vErrors = null === vErrors ? validate83.errors : vErrors.concat(validate83.errors)).length)), void 0 !== data.externalAuth && (validate127(data.externalAuth, { instancePath: instancePath + "/externalAuth", parentData: data, parentDataProperty: "externalAuth", rootData }) || (errors = (vErrors = null === vErrors ? validate127.errors : vErrors.concat(validate127.errors)).length)), void 0 !== data.requestHeaderModifier && (validate039(data.requestHeaderModifier, { instancePath: instancePath + "/requestHeaderModifier", parentData: data, parentDataProperty: "requestHeaderModifier", rootData }) || (errors = (vErrors = null === vErrors ? validate039.errors : vErrors.concat(validate039.errors)).length)), void 0 !== data.requestMirror && (validate175(data.requestMirror, { instancePath: instancePath + "/requestMirror", parentData: data, parentDataProperty: "requestMirror", rootData }) || (errors = (vErrors = null === vErrors ? validate175.errors : vErrors.concat(validate175.errors)).length)), void 0 !== data.requestRedirect && (validate212(data.requestRedirect, { instancePath: instancePath + "/requestRedirect", parentData: data, parentDataProperty: "requestRedirect", rootData }) || (errors = (vErrors = null === vErrors ? validate212.errors : vErrors.concat(validate212.errors)).length)), void 0 !== data.responseHeaderModifier && (validate039(data.responseHeaderModifier, { instancePath: instancePath + "/responseHeaderModifier", parentData: data, parentDataProperty: "responseHeaderModifier", rootData }) || (errors = (vErrors = null === vErrors ? validate039.errors : vErrors.concat(validate039.errors)).length)), void 0 !== data.type && (validate262(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate262.errors : vErrors.concat(validate262.errors)).length)), void 0 !== data.urlRewrite && (validate302(data.urlRewrite, { instancePath: instancePath + "/urlRewrite", parentData: data, parentDataProperty: "urlRewrite", rootData }) || (errors = (vErrors = null === vErrors ? validate302.errors : vErrors.concat(validate302.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate312.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPBackendRef.js
var validate65 = validate040;
function validate128(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate30(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate30.errors : vErrors.concat(validate30.errors)).length), validate128.errors = vErrors, 0 === errors;
}
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate64(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate64.errors : vErrors.concat(validate64.errors)).length), validate66.errors = vErrors, 0 === errors;
}
function validate514(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate66(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate66.errors : vErrors.concat(validate66.errors)).length);
  }
  return validate514.errors = vErrors, 0 === errors;
}
function validate040(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate128(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate128.errors : vErrors.concat(validate128.errors)).length), data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.filters && (validate514(data.filters, { instancePath: instancePath + "/filters", parentData: data, parentDataProperty: "filters", rootData }) || (errors = (vErrors = null === vErrors ? validate514.errors : vErrors.concat(validate514.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate040.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HeaderMatchType.js
var validate67 = validate041;
var schema0_enum3 = ["Exact", "RegularExpression"];
function validate041(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Exact" !== data && "RegularExpression" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum3 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate041.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPHeaderMatch.js
var validate68 = validate042;
function validate129(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate33(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate33.errors : vErrors.concat(validate33.errors)).length), validate129.errors = vErrors, 0 === errors;
}
function validate515(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate67(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate67.errors : vErrors.concat(validate67.errors)).length), validate515.errors = vErrors, 0 === errors;
}
function validate99(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 4096) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 4096 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate99.errors = vErrors, 0 === errors;
}
function validate042(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.value) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.name && (validate129(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate129.errors : vErrors.concat(validate129.errors)).length)), void 0 !== data.type && (validate515(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate515.errors : vErrors.concat(validate515.errors)).length)), void 0 !== data.value && (validate99(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate99.errors : vErrors.concat(validate99.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate042.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPMethod.js
var validate69 = validate043;
var schema0_enum4 = ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"];
function validate043(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("GET" !== data && "HEAD" !== data && "POST" !== data && "PUT" !== data && "DELETE" !== data && "CONNECT" !== data && "OPTIONS" !== data && "TRACE" !== data && "PATCH" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum4 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate043.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1PathMatchType.js
var validate70 = validate044;
var schema0_enum5 = ["Exact", "PathPrefix", "RegularExpression"];
function validate044(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Exact" !== data && "PathPrefix" !== data && "RegularExpression" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum5 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate044.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPPathMatch.js
var validate71 = validate045;
function validate130(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate70(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate70.errors : vErrors.concat(validate70.errors)).length), validate130.errors = vErrors, 0 === errors;
}
function validate516(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("string" == typeof data && ucs2length_default(data) > 1024) {
    let err1 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate516.errors = vErrors, 0 === errors;
}
function validate045(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.type && (validate130(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate130.errors : vErrors.concat(validate130.errors)).length)), void 0 !== data.value && (validate516(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate516.errors : vErrors.concat(validate516.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate045.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1QueryParamMatchType.js
var validate74 = validate046;
var schema0_enum6 = ["Exact", "RegularExpression"];
function validate046(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Exact" !== data && "RegularExpression" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum6 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate046.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPQueryParamMatch.js
var validate75 = validate047;
function validate131(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate33(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate33.errors : vErrors.concat(validate33.errors)).length), validate131.errors = vErrors, 0 === errors;
}
function validate517(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate74(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate74.errors : vErrors.concat(validate74.errors)).length), validate517.errors = vErrors, 0 === errors;
}
function validate910(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 1024) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate910.errors = vErrors, 0 === errors;
}
function validate047(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.value) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.name && (validate131(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate131.errors : vErrors.concat(validate131.errors)).length)), void 0 !== data.type && (validate517(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate517.errors : vErrors.concat(validate517.errors)).length)), void 0 !== data.value && (validate910(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate910.errors : vErrors.concat(validate910.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate047.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteMatch.js
var validate76 = validate048;
function validate211(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate68(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate68.errors : vErrors.concat(validate68.errors)).length), validate211.errors = vErrors, 0 === errors;
}
function validate136(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate211(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate211.errors : vErrors.concat(validate211.errors)).length);
  }
  return validate136.errors = vErrors, 0 === errors;
}
function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate69(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate69.errors : vErrors.concat(validate69.errors)).length), validate77.errors = vErrors, 0 === errors;
}
function validate1110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate71(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate71.errors : vErrors.concat(validate71.errors)).length)), validate1110.errors = vErrors, 0 === errors;
}
function validate163(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate75(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate75.errors : vErrors.concat(validate75.errors)).length), validate163.errors = vErrors, 0 === errors;
}
function validate154(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate163(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate163.errors : vErrors.concat(validate163.errors)).length);
  }
  return validate154.errors = vErrors, 0 === errors;
}
function validate048(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.headers && (validate136(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData }) || (errors = (vErrors = null === vErrors ? validate136.errors : vErrors.concat(validate136.errors)).length)), void 0 !== data.method && (validate77(data.method, { instancePath: instancePath + "/method", parentData: data, parentDataProperty: "method", rootData }) || (errors = (vErrors = null === vErrors ? validate77.errors : vErrors.concat(validate77.errors)).length)), void 0 !== data.path && (validate1110(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate1110.errors : vErrors.concat(validate1110.errors)).length)), void 0 !== data.queryParams && (validate154(data.queryParams, { instancePath: instancePath + "/queryParams", parentData: data, parentDataProperty: "queryParams", rootData }) || (errors = (vErrors = null === vErrors ? validate154.errors : vErrors.concat(validate154.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate048.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Duration.js
var validate78 = validate049;
var pattern010 = RegExp("^([0-9]{1,5}(h|m|s|ms)){1,4}$", "u");
function validate049(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (!pattern010.test(data)) {
      let err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^([0-9]{1,5}(h|m|s|ms)){1,4}$" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate049.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteRetryStatusCode.js
var validate79 = validate050;
function validate050(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data > 599 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 400 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 400 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate050.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteRetry.js
var validate80 = validate051;
function validate137(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate137.errors = vErrors, 0 === errors;
}
function validate313(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate78(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate78.errors : vErrors.concat(validate78.errors)).length), validate313.errors = vErrors, 0 === errors;
}
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate79(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate79.errors : vErrors.concat(validate79.errors)).length), validate84.errors = vErrors, 0 === errors;
}
function validate710(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate84(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate84.errors : vErrors.concat(validate84.errors)).length);
  }
  return validate710.errors = vErrors, 0 === errors;
}
function validate051(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.attempts && (validate137(data.attempts, { instancePath: instancePath + "/attempts", parentData: data, parentDataProperty: "attempts", rootData }) || (errors = (vErrors = null === vErrors ? validate137.errors : vErrors.concat(validate137.errors)).length)), void 0 !== data.backoff && (validate313(data.backoff, { instancePath: instancePath + "/backoff", parentData: data, parentDataProperty: "backoff", rootData }) || (errors = (vErrors = null === vErrors ? validate313.errors : vErrors.concat(validate313.errors)).length)), void 0 !== data.codes && (validate710(data.codes, { instancePath: instancePath + "/codes", parentData: data, parentDataProperty: "codes", rootData }) || (errors = (vErrors = null === vErrors ? validate710.errors : vErrors.concat(validate710.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate051.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1CookieLifetimeType.js
var validate81 = validate052;
var schema0_enum7 = ["Permanent", "Session"];
function validate052(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Permanent" !== data && "Session" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum7 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate052.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1CookieConfig.js
var validate85 = validate053;
function validate138(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate81(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate81.errors : vErrors.concat(validate81.errors)).length), validate138.errors = vErrors, 0 === errors;
}
function validate053(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.lifetimeType && (validate138(data.lifetimeType, { instancePath: instancePath + "/lifetimeType", parentData: data, parentDataProperty: "lifetimeType", rootData }) || (errors = (vErrors = null === vErrors ? validate138.errors : vErrors.concat(validate138.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate053.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1SessionPersistenceType.js
var validate86 = validate054;
var schema0_enum8 = ["Cookie", "Header"];
function validate054(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Cookie" !== data && "Header" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum8 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate054.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1SessionPersistence.js
var validate87 = validate314;
function validate055(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate78(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate78.errors : vErrors.concat(validate78.errors)).length), validate055.errors = vErrors, 0 === errors;
}
function validate518(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate85(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate85.errors : vErrors.concat(validate85.errors)).length)), validate518.errors = vErrors, 0 === errors;
}
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("string" == typeof data && ucs2length_default(data) > 128) {
    let err1 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate103.errors = vErrors, 0 === errors;
}
function validate1210(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate86(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate86.errors : vErrors.concat(validate86.errors)).length), validate1210.errors = vErrors, 0 === errors;
}
function validate314(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.absoluteTimeout && (validate055(data.absoluteTimeout, { instancePath: instancePath + "/absoluteTimeout", parentData: data, parentDataProperty: "absoluteTimeout", rootData }) || (errors = (vErrors = null === vErrors ? validate055.errors : vErrors.concat(validate055.errors)).length)), void 0 !== data.cookieConfig && (validate518(data.cookieConfig, { instancePath: instancePath + "/cookieConfig", parentData: data, parentDataProperty: "cookieConfig", rootData }) || (errors = (vErrors = null === vErrors ? validate518.errors : vErrors.concat(validate518.errors)).length)), void 0 !== data.idleTimeout && (validate055(data.idleTimeout, { instancePath: instancePath + "/idleTimeout", parentData: data, parentDataProperty: "idleTimeout", rootData }) || (errors = (vErrors = null === vErrors ? validate055.errors : vErrors.concat(validate055.errors)).length)), void 0 !== data.sessionName && (validate103(data.sessionName, { instancePath: instancePath + "/sessionName", parentData: data, parentDataProperty: "sessionName", rootData }) || (errors = (vErrors = null === vErrors ? validate103.errors : vErrors.concat(validate103.errors)).length)), void 0 !== data.type && (validate1210(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate1210.errors : vErrors.concat(validate1210.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate314.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteTimeouts.js
var validate88 = validate315;
function validate056(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate78(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate78.errors : vErrors.concat(validate78.errors)).length), validate056.errors = vErrors, 0 === errors;
}
function validate315(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.backendRequest && (validate056(data.backendRequest, { instancePath: instancePath + "/backendRequest", parentData: data, parentDataProperty: "backendRequest", rootData }) || (errors = (vErrors = null === vErrors ? validate056.errors : vErrors.concat(validate056.errors)).length)), void 0 !== data.request && (validate056(data.request, { instancePath: instancePath + "/request", parentData: data, parentDataProperty: "request", rootData }) || (errors = (vErrors = null === vErrors ? validate056.errors : vErrors.concat(validate056.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate315.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteRule.js
var validate89 = validate057;
function validate213(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate65(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate65.errors : vErrors.concat(validate65.errors)).length), validate213.errors = vErrors, 0 === errors;
}
function validate139(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate213(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate213.errors : vErrors.concat(validate213.errors)).length);
  }
  return validate139.errors = vErrors, 0 === errors;
}
function validate810(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate64(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate64.errors : vErrors.concat(validate64.errors)).length), validate810.errors = vErrors, 0 === errors;
}
function validate711(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate810(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate810.errors : vErrors.concat(validate810.errors)).length);
  }
  return validate711.errors = vErrors, 0 === errors;
}
function validate142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate76(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate76.errors : vErrors.concat(validate76.errors)).length), validate142.errors = vErrors, 0 === errors;
}
function validate1310(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate142(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate142.errors : vErrors.concat(validate142.errors)).length);
  }
  return validate1310.errors = vErrors, 0 === errors;
}
function validate192(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate17(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate17.errors : vErrors.concat(validate17.errors)).length), validate192.errors = vErrors, 0 === errors;
}
function validate232(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate80(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate80.errors : vErrors.concat(validate80.errors)).length)), validate232.errors = vErrors, 0 === errors;
}
function validate272(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate87(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate87.errors : vErrors.concat(validate87.errors)).length)), validate272.errors = vErrors, 0 === errors;
}
function validate316(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate88(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate88.errors : vErrors.concat(validate88.errors)).length)), validate316.errors = vErrors, 0 === errors;
}
function validate057(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.backendRefs && (validate139(data.backendRefs, { instancePath: instancePath + "/backendRefs", parentData: data, parentDataProperty: "backendRefs", rootData }) || (errors = (vErrors = null === vErrors ? validate139.errors : vErrors.concat(validate139.errors)).length)), void 0 !== data.filters && (validate711(data.filters, { instancePath: instancePath + "/filters", parentData: data, parentDataProperty: "filters", rootData }) || (errors = (vErrors = null === vErrors ? validate711.errors : vErrors.concat(validate711.errors)).length)), void 0 !== data.matches && (validate1310(data.matches, { instancePath: instancePath + "/matches", parentData: data, parentDataProperty: "matches", rootData }) || (errors = (vErrors = null === vErrors ? validate1310.errors : vErrors.concat(validate1310.errors)).length)), void 0 !== data.name && (validate192(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate192.errors : vErrors.concat(validate192.errors)).length)), void 0 !== data.retry && (validate232(data.retry, { instancePath: instancePath + "/retry", parentData: data, parentDataProperty: "retry", rootData }) || (errors = (vErrors = null === vErrors ? validate232.errors : vErrors.concat(validate232.errors)).length)), void 0 !== data.sessionPersistence && (validate272(data.sessionPersistence, { instancePath: instancePath + "/sessionPersistence", parentData: data, parentDataProperty: "sessionPersistence", rootData }) || (errors = (vErrors = null === vErrors ? validate272.errors : vErrors.concat(validate272.errors)).length)), void 0 !== data.timeouts && (validate316(data.timeouts, { instancePath: instancePath + "/timeouts", parentData: data, parentDataProperty: "timeouts", rootData }) || (errors = (vErrors = null === vErrors ? validate316.errors : vErrors.concat(validate316.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate057.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteSpec.js
var validate90 = validate058;
function validate140(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length), validate140.errors = vErrors, 0 === errors;
}
function validate610(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate26(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate26.errors : vErrors.concat(validate26.errors)).length), validate610.errors = vErrors, 0 === errors;
}
function validate519(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate610(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate610.errors : vErrors.concat(validate610.errors)).length);
  }
  return validate519.errors = vErrors, 0 === errors;
}
function validate1211(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate89(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate89.errors : vErrors.concat(validate89.errors)).length), validate1211.errors = vErrors, 0 === errors;
}
function validate1111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.length < 1) {
      let err2 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1211(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1211.errors : vErrors.concat(validate1211.errors)).length);
  }
  return validate1111.errors = vErrors, 0 === errors;
}
function validate058(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate140(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate140.errors : vErrors.concat(validate140.errors)).length), data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.hostnames && (validate519(data.hostnames, { instancePath: instancePath + "/hostnames", parentData: data, parentDataProperty: "hostnames", rootData }) || (errors = (vErrors = null === vErrors ? validate519.errors : vErrors.concat(validate519.errors)).length)), void 0 !== data.rules && (validate1111(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData }) || (errors = (vErrors = null === vErrors ? validate1111.errors : vErrors.concat(validate1111.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate058.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1Condition.js
var validate91 = validate141;
function validate214(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate.errors : vErrors.concat(validate.errors)).length), validate214.errors = vErrors, 0 === errors;
}
function validate059(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate059.errors = vErrors, 0 === errors;
}
var formats011 = formats.int64;
function validate712(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats011.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate712.errors = vErrors, 0 === errors;
}
function validate141(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.status) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.lastTransitionTime) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lastTransitionTime" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (void 0 === data.reason) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (void 0 === data.message) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" } };
      null === vErrors ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    void 0 !== data.lastTransitionTime && (validate214(data.lastTransitionTime, { instancePath: instancePath + "/lastTransitionTime", parentData: data, parentDataProperty: "lastTransitionTime", rootData }) || (errors = (vErrors = null === vErrors ? validate214.errors : vErrors.concat(validate214.errors)).length)), void 0 !== data.message && (validate059(data.message, { instancePath: instancePath + "/message", parentData: data, parentDataProperty: "message", rootData }) || (errors = (vErrors = null === vErrors ? validate059.errors : vErrors.concat(validate059.errors)).length)), void 0 !== data.observedGeneration && (validate712(data.observedGeneration, { instancePath: instancePath + "/observedGeneration", parentData: data, parentDataProperty: "observedGeneration", rootData }) || (errors = (vErrors = null === vErrors ? validate712.errors : vErrors.concat(validate712.errors)).length)), void 0 !== data.reason && (validate059(data.reason, { instancePath: instancePath + "/reason", parentData: data, parentDataProperty: "reason", rootData }) || (errors = (vErrors = null === vErrors ? validate059.errors : vErrors.concat(validate059.errors)).length)), void 0 !== data.status && (validate059(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate059.errors : vErrors.concat(validate059.errors)).length)), void 0 !== data.type && (validate059(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate059.errors : vErrors.concat(validate059.errors)).length));
  } else {
    let err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err5] : vErrors.push(err5), errors++;
  }
  return validate141.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayController.js
var validate100 = validate060;
var pattern011 = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$", "u");
function validate060(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern011.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate060.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1RouteParentStatus.js
var validate101 = validate061;
function validate215(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate91(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate91.errors : vErrors.concat(validate91.errors)).length), validate215.errors = vErrors, 0 === errors;
}
function validate143(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate215(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate215.errors : vErrors.concat(validate215.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate143.errors = vErrors, 0 === errors;
}
function validate713(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate100(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate100.errors : vErrors.concat(validate100.errors)).length), validate713.errors = vErrors, 0 === errors;
}
function validate1112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate18(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate18.errors : vErrors.concat(validate18.errors)).length), validate1112.errors = vErrors, 0 === errors;
}
function validate061(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.conditions) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conditions" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.controllerName) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controllerName" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.parentRef) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parentRef" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.conditions && (validate143(data.conditions, { instancePath: instancePath + "/conditions", parentData: data, parentDataProperty: "conditions", rootData }) || (errors = (vErrors = null === vErrors ? validate143.errors : vErrors.concat(validate143.errors)).length)), void 0 !== data.controllerName && (validate713(data.controllerName, { instancePath: instancePath + "/controllerName", parentData: data, parentDataProperty: "controllerName", rootData }) || (errors = (vErrors = null === vErrors ? validate713.errors : vErrors.concat(validate713.errors)).length)), void 0 !== data.parentRef && (validate1112(data.parentRef, { instancePath: instancePath + "/parentRef", parentData: data, parentDataProperty: "parentRef", rootData }) || (errors = (vErrors = null === vErrors ? validate1112.errors : vErrors.concat(validate1112.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate061.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1RouteStatus.js
var validate104 = validate062;
function validate216(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate101(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate101.errors : vErrors.concat(validate101.errors)).length), validate216.errors = vErrors, 0 === errors;
}
function validate144(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 32) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate216(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate216.errors : vErrors.concat(validate216.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate144.errors = vErrors, 0 === errors;
}
function validate062(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.parents) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parents" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.parents && (validate144(data.parents, { instancePath: instancePath + "/parents", parentData: data, parentDataProperty: "parents", rootData }) || (errors = (vErrors = null === vErrors ? validate144.errors : vErrors.concat(validate144.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate062.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteStatus.js
var validate105 = validate063;
function validate145(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate104(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate104.errors : vErrors.concat(validate104.errors)).length), validate145.errors = vErrors, 0 === errors;
}
function validate063(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate145(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate145.errors : vErrors.concat(validate145.errors)).length), validate063.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRoute.js
var validate106 = validate064;
var schema1_enum = ["gateway.networking.k8s.io/v1"];
function validate146(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate146.errors = vErrors, 0 === errors;
}
var schema2_enum2 = ["HTTPRoute"];
function validate317(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("HTTPRoute" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum2 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate317.errors = vErrors, 0 === errors;
}
function validate520(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate6(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)), validate520.errors = vErrors, 0 === errors;
}
function validate911(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate90(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate90.errors : vErrors.concat(validate90.errors)).length), validate911.errors = vErrors, 0 === errors;
}
function validate1311(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate105(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate105.errors : vErrors.concat(validate105.errors)).length)), validate1311.errors = vErrors, 0 === errors;
}
function validate064(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.spec) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate146(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate146.errors : vErrors.concat(validate146.errors)).length)), void 0 !== data.kind && (validate317(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate317.errors : vErrors.concat(validate317.errors)).length)), void 0 !== data.metadata && (validate520(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate520.errors : vErrors.concat(validate520.errors)).length)), void 0 !== data.spec && (validate911(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = null === vErrors ? validate911.errors : vErrors.concat(validate911.errors)).length)), void 0 !== data.status && (validate1311(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate1311.errors : vErrors.concat(validate1311.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate064.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute.js
var HTTPRoute = class _HTTPRoute extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "HTTPRoute";
  }
  static {
    this.is = createTypeMetaGuard(_HTTPRoute);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _HTTPRoute.apiVersion, kind: _HTTPRoute.kind, ...data });
  }
};
setValidateFunc(HTTPRoute, validate106);

// src/core/k8s.ts
var import_yaml = __toESM(require_dist(), 1);
var GENERATED_MARK = "# Generated by rollout-bot";
var MANAGED_BY = { "app.kubernetes.io/managed-by": "rollout-bot" };
var SERVICE_LABEL = "rollout-bot/service";
var YAML_OPTIONS = {
  uniqueKeys: true,
  maxAliasCount: 100,
  prettyErrors: false,
  strict: true
};
function managedLabels(key, extra = {}) {
  return { app: key, ...extra, ...MANAGED_BY, [SERVICE_LABEL]: key };
}
function managedMeta(key, namespace, name, extra) {
  return { name, namespace, labels: managedLabels(key, extra) };
}
function toYaml(objects) {
  return objects.map((o) => (0, import_yaml.stringify)(o, { lineWidth: 0, indentSeq: true, aliasDuplicateObjects: false })).join("---\n");
}
function validated(o, validate157, what) {
  try {
    validate157();
    return void 0;
  } catch (cause) {
    return `${o.kind} ${o.metadata.name} is not valid ${what}: ${cause instanceof Error ? cause.message : String(cause)}`;
  }
}

// src/core/rounding.ts
function largestRemainder(exact, total) {
  const out = {};
  let left = total;
  for (const [v, x] of exact) {
    out[v] = Math.floor(x);
    left -= Math.floor(x);
  }
  const byFraction = exact.map(([v, x], i) => ({ v, i, f: x - Math.floor(x) })).sort((a, b) => b.f - a.f || a.i - b.i);
  for (const { v } of byFraction) {
    if (left <= 0) break;
    out[v] = (out[v] ?? 0) + 1;
    left--;
  }
  return out;
}

// src/core/workloads/tf-serving.ts
var GRPC_PORT = 9e3;
var REST_PORT = 8500;
function modelName(key, s) {
  return s.tfServing?.modelName ?? key;
}
function routePath(key, s) {
  return s.path ?? `/istio/tfserving/models/${modelName(key, s)}`;
}
var INJECT = { "sidecar.istio.io/inject": "true" };
function deployment(input, version2, sidecar) {
  const { key, service: s } = input;
  const tf = s.tfServing;
  const v = s.versions[version2];
  if (!tf || !v) throw new Error(`deployment() called without tfServing/version ${version2}`);
  const podLabels = { app: key, version: version2 };
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: managedMeta(key, s.namespace, `${key}-${version2}`, { version: version2 }),
    spec: {
      replicas: v.replicas ?? tf.replicas,
      selector: { matchLabels: podLabels },
      template: {
        // The selector stays {app, version}: it is immutable on a live Deployment.
        metadata: sidecar ? { labels: { ...podLabels, ...INJECT }, annotations: INJECT } : { labels: podLabels },
        spec: {
          containers: [
            {
              name: tf.modelName,
              image: v.image ?? tf.image,
              command: ["/usr/bin/tensorflow_model_server"],
              args: [
                `--port=${GRPC_PORT}`,
                `--rest_api_port=${REST_PORT}`,
                `--model_name=${tf.modelName}`,
                `--model_base_path=${v.modelBasePath ?? ""}`
              ],
              ports: [
                { name: "grpc-tf-serving", containerPort: GRPC_PORT },
                { name: "http-tf-serving", containerPort: REST_PORT }
              ],
              readinessProbe: {
                tcpSocket: { port: GRPC_PORT },
                initialDelaySeconds: 5,
                periodSeconds: 10
              }
            }
          ]
        }
      }
    }
  };
}
function kubeService(input, name, version2) {
  const { key, service: s } = input;
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: managedMeta(key, s.namespace, name, version2 === void 0 ? void 0 : { version: version2 }),
    spec: {
      selector: version2 === void 0 ? { app: key } : { app: key, version: version2 },
      ports: [
        { name: "grpc-tf-serving", port: GRPC_PORT, targetPort: GRPC_PORT },
        { name: "http-tf-serving", port: REST_PORT, targetPort: REST_PORT }
      ]
    }
  };
}
function render(params) {
  const { input } = params;
  if (!input.service.tfServing) return [];
  const versions = Object.keys(input.service.versions);
  const own2 = versions.flatMap((v) => {
    const h = params.versionHost(v);
    return h === void 0 || h === input.service.host ? [] : [kubeService(input, h, v)];
  });
  return [
    { file: "service.yaml", objects: [kubeService(input, input.service.host), ...own2] },
    ...versions.map((v) => ({
      file: `deployment-${v}.yaml`,
      objects: [deployment(input, v, params.sidecar)]
    }))
  ];
}
var tfServing = {
  name: "tfServing",
  kinds: [
    { apiVersion: "v1", kind: "Service" },
    { apiVersion: "apps/v1", kind: "Deployment" }
  ],
  render
};

// src/core/routers/gateway-api/backends.ts
function versionService(input, version2) {
  return input.service.versions[version2]?.host ?? `${input.service.host}-${version2}`;
}
function backendVersion(input, ref, routeNs) {
  if ((ref.group ?? "") !== "" || (ref.kind ?? "Service") !== "Service") return void 0;
  if ((ref.namespace ?? routeNs) !== input.service.namespace || ref.name === void 0) return void 0;
  return Object.keys(input.service.versions).find((v) => versionService(input, v) === ref.name);
}
var PLAIN_MATCH_KEYS = /* @__PURE__ */ new Set(["path", "method"]);
function isPinMatch(keys) {
  return keys.some((k) => !PLAIN_MATCH_KEYS.has(k));
}

// src/core/routers/gateway-api/edit.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/core/yaml-edit.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/depth.ts
var MAX_DEPTH = 64;
var SPACE = 32;
var NL = 10;
var CR = 13;
var TAB = 9;
function isBlank(c) {
  return c === SPACE || c === TAB || c === CR || c === NL || Number.isNaN(c);
}
function tooDeepAt(text, max = MAX_DEPTH) {
  const indents = [];
  let flow = 0;
  let quote = 0;
  let blockScalar = -1;
  const len = text.length;
  for (let pos = 0; pos < len; ) {
    const nl = text.indexOf("\n", pos);
    const end = nl === -1 ? len : nl;
    const next = nl === -1 ? len : nl + 1;
    let n = pos;
    while (n < end && text.charCodeAt(n) === SPACE) n++;
    const indent = n - pos;
    const empty = n === end || text.charCodeAt(n) === CR && n + 1 === end;
    if (blockScalar >= 0) {
      if (empty || indent > blockScalar) {
        pos = next;
        continue;
      }
      blockScalar = -1;
    }
    let i = n;
    let valueStart = true;
    if (quote === 0 && flow === 0) {
      if (empty || text.charCodeAt(n) === 35) {
        pos = next;
        continue;
      }
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      if (indents.length > max) return n;
      for (; ; ) {
        const c = text.charCodeAt(i);
        if ((c === 45 || c === 63) && isBlank(text.charCodeAt(i + 1)) && i < end) {
          i++;
          while (i < end && text.charCodeAt(i) === SPACE) i++;
          indents.push(i - pos);
          if (indents.length > max) return i;
          continue;
        }
        break;
      }
    } else {
      valueStart = quote === 0;
    }
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (quote === 34 && c === 92) i++;
        else if (quote === 39 && c === 39 && text.charCodeAt(i + 1) === 39) i++;
        else if (c === quote) {
          quote = 0;
          valueStart = false;
        }
        continue;
      }
      if (c === SPACE || c === TAB) continue;
      if (c === 35 && (i === n || isBlank(text.charCodeAt(i - 1)))) break;
      if (flow > 0) {
        if (c === 91 || c === 123) {
          flow++;
          if (indents.length + flow > max) return i;
          valueStart = true;
        } else if (c === 93 || c === 125) {
          flow--;
          valueStart = false;
        } else if (c === 44 || c === 58 && isBlank(text.charCodeAt(i + 1))) {
          valueStart = true;
        } else if ((c === 34 || c === 39) && valueStart) {
          quote = c;
        } else {
          valueStart = false;
        }
        continue;
      }
      if (valueStart && (c === 91 || c === 123)) {
        flow = 1;
        if (indents.length + flow > max) return i;
        valueStart = true;
      } else if (valueStart && (c === 34 || c === 39)) {
        quote = c;
      } else if (valueStart && (c === 124 || c === 62)) {
        blockScalar = indent;
        break;
      } else if (valueStart && (c === 38 || c === 33)) {
        while (i + 1 < end && !isBlank(text.charCodeAt(i + 1))) i++;
      } else if (c === 58 && isBlank(text.charCodeAt(i + 1))) {
        valueStart = true;
      } else {
        valueStart = false;
      }
    }
    pos = next;
  }
  return void 0;
}
function nestingProblem(text, file) {
  const at2 = tooDeepAt(text);
  if (at2 === void 0) return void 0;
  let line = 1;
  let start = 0;
  for (let nl = text.indexOf("\n"); nl !== -1 && nl < at2; nl = text.indexOf("\n", nl + 1)) {
    line++;
    start = nl + 1;
  }
  return {
    file,
    line,
    column: at2 - start + 1,
    path: "",
    message: `YAML nested more than ${MAX_DEPTH} levels deep here (rollout-bot reads at most ${MAX_DEPTH}${file.endsWith("rollout.yaml") ? "; rollout.yaml needs about 6" : ""}). Remove the extra nesting.`
  };
}

// src/core/problems.ts
var CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;
function oneLine(text) {
  return text.replace(/\r\n|\r|\n/g, "\u23CE").replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function showKey(key) {
  return /[\u0000-\u001f\u007f\u2028\u2029]/.test(key) ? JSON.stringify(key) : key;
}
function formatProblem(p) {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return oneLine(p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`);
}
function formatProblems(problems3) {
  return problems3.map(formatProblem).join("\n");
}
function pathToString(path) {
  return path.map((k, i) => typeof k === "number" ? `[${k}]` : `${i === 0 ? "" : "."}${showKey(String(k))}`).join("");
}

// src/core/yaml-edit.ts
function applySplices(text, splices) {
  let out = text;
  const order = splices.map((s, i) => ({ s, i })).sort((a, b) => b.s.start - a.s.start || b.i - a.i);
  for (const { s } of order) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
function scalarText(node2, value) {
  if (typeof value === "number") return String(value);
  if (node2.type === "QUOTE_DOUBLE") return JSON.stringify(value);
  if (node2.type === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  return value;
}
function replaceScalar(node2, value) {
  if (!(0, import_yaml2.isScalar)(node2) || !node2.range) return void 0;
  return { start: node2.range[0], end: node2.range[1], text: scalarText(node2, value) };
}
function get(map, key) {
  return (0, import_yaml2.isMap)(map) ? map.get(key, true) : void 0;
}
function str(node2) {
  return (0, import_yaml2.isScalar)(node2) && typeof node2.value === "string" ? node2.value : void 0;
}
function insertKey(text, entry, key, value) {
  if (entry.flow || !entry.range) return void 0;
  const first = entry.items[0]?.key;
  if (!(0, import_yaml2.isNode)(first) || !first.range) return void 0;
  const lineStart2 = text.lastIndexOf("\n", first.range[0] - 1) + 1;
  const column = first.range[0] - lineStart2;
  const last = entry.items[entry.items.length - 1]?.value;
  if (!(0, import_yaml2.isNode)(last) || !last.range) return void 0;
  const nl = text.indexOf("\n", last.range[1] - 1);
  const at2 = nl === -1 ? text.length : nl;
  return { start: at2, end: at2, text: `
${" ".repeat(column)}${key}: ${value}` };
}
function parseStream(params) {
  const { file, text } = params;
  const deep = nestingProblem(text, file);
  if (deep) return { ok: false, reason: "invalid-yaml", message: formatProblem(deep) };
  const lines = new import_yaml2.LineCounter();
  const docs = (0, import_yaml2.parseAllDocuments)(text, { ...YAML_OPTIONS, lineCounter: lines });
  if (!Array.isArray(docs))
    return { ok: false, reason: "invalid-yaml", message: `${file}: is empty; expected ${params.expected}.` };
  for (const d of docs) {
    const e = d.errors[0] ?? d.warnings[0];
    if (e) {
      const p = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
      return {
        ok: false,
        reason: "invalid-yaml",
        message: `${file}:${p.line}:${p.col}: YAML error: ${e.message.split("\n")[0]}. Fix the file.`
      };
    }
  }
  const where = (node2) => {
    const p = lines.linePos(node2?.range?.[0] ?? 0);
    return `${file}:${p.line}:${p.col}`;
  };
  return { ok: true, docs, where };
}
function columnOf(text, node2) {
  if (!node2.range) return void 0;
  return node2.range[0] - (text.lastIndexOf("\n", node2.range[0] - 1) + 1);
}
function itemColumns(text, item) {
  if (item.flow) return void 0;
  const first = item.items[0]?.key;
  if (!(0, import_yaml2.isNode)(first) || !first.range) return void 0;
  const lineStart2 = text.lastIndexOf("\n", first.range[0] - 1) + 1;
  const dash = text.slice(lineStart2, first.range[0]).lastIndexOf("-");
  return dash < 0 ? void 0 : { dash, key: first.range[0] - lineStart2 };
}
function appendToSeq(text, seq, lines) {
  const last = seq.items[seq.items.length - 1];
  if (seq.flow || !(0, import_yaml2.isNode)(last) || !last.range) return void 0;
  const nl = text.indexOf("\n", last.range[1] - 1);
  const at2 = nl === -1 ? text.length : nl;
  return { start: at2, end: at2, text: `
${lines.join("\n")}` };
}
function weightSplice(text, entry, weight2) {
  const node2 = get(entry, "weight");
  if ((0, import_yaml2.isNode)(node2)) {
    if ((0, import_yaml2.isScalar)(node2) && node2.value === weight2) return { ok: true, inserted: false };
    const splice2 = replaceScalar(node2, weight2);
    return splice2 ? { ok: true, splice: splice2, inserted: false } : { ok: false, problem: "not-a-number", node: node2 };
  }
  const splice = (0, import_yaml2.isMap)(entry) ? insertKey(text, entry, "weight", weight2) : void 0;
  return splice ? { ok: true, splice, inserted: true } : { ok: false, problem: "flow-style", node: (0, import_yaml2.isNode)(entry) ? entry : void 0 };
}

// src/core/routers/gateway-api/edit.ts
function isPinned(rule) {
  const matches = get(rule, "matches");
  if (!(0, import_yaml3.isSeq)(matches)) return false;
  return matches.items.some(
    (m) => (0, import_yaml3.isMap)(m) && isPinMatch(m.items.map((p) => String((0, import_yaml3.isScalar)(p.key) ? p.key.value : "")))
  );
}
function refText(r, routeNs, ns) {
  const kind = str(get(r, "kind")) ?? "Service";
  const group = str(get(r, "group")) ?? "";
  const refNs = str(get(r, "namespace")) ?? routeNs;
  return `${kind} \`${str(get(r, "name")) ?? "?"}\`${group ? ` (${group})` : ""}${refNs === ns ? "" : ` in namespace ${refNs}`}`;
}
function editHTTPRoute(params) {
  const { file, text, input, weights } = params;
  const { host, namespace } = input.service;
  const parsed = parseStream({ file, text, expected: "an HTTPRoute" });
  if (!parsed.ok) return parsed;
  const { docs, where } = parsed;
  const versions = Object.keys(weights);
  const services = versions.map((v) => `\`${versionService(input, v)}\``).join(", ");
  const splices = [];
  const notes = [];
  let routes = 0;
  for (const d of docs) {
    if (str(get(d.contents, "kind")) !== "HTTPRoute") continue;
    const routeNs = str(get(get(d.contents, "metadata"), "namespace")) ?? namespace;
    const rules2 = get(get(d.contents, "spec"), "rules");
    if (!(0, import_yaml3.isSeq)(rules2)) continue;
    for (const rule of rules2.items) {
      const refs = get(rule, "backendRefs");
      if (!(0, import_yaml3.isSeq)(refs)) continue;
      const entries = refs.items.map((r) => ({
        r,
        version: backendVersion(
          input,
          {
            group: str(get(r, "group")),
            kind: str(get(r, "kind")),
            name: str(get(r, "name")),
            namespace: str(get(r, "namespace"))
          },
          routeNs
        )
      }));
      const ours = entries.filter((e) => e.version !== void 0);
      if (ours.length === 0 || isPinned(rule)) continue;
      const foreign = entries.find((e) => e.version === void 0);
      if (foreign) {
        const name = str(get(foreign.r, "name")) ?? "";
        const maybeVersion = name.startsWith(`${host}-`) ? ` If \`${name}\` is a version, add it to rollout.yaml's versions first.` : "";
        return {
          ok: false,
          reason: "route-mismatch",
          message: `${where(foreign.r)}: this rule sends traffic to ${refText(foreign.r, routeNs, namespace)} as well as to ${host}'s version Services. HTTPRoute weights are relative to the whole rule (a missing weight counts as 1), so rollout-bot cannot set ${host}'s split here. Move the other backend to a rule of its own (e.g. with its own \`matches:\`), or leave ${host}'s versions out of this rule.${maybeVersion}`
        };
      }
      const seen = /* @__PURE__ */ new Set();
      for (const e of ours) {
        if (seen.has(e.version)) {
          return {
            ok: false,
            reason: "route-mismatch",
            message: `${where(e.r)}: this rule names ${e.version}'s Service \`${versionService(input, e.version)}\` twice, so its weights would add up. Keep one backendRef per version.`
          };
        }
        seen.add(e.version);
      }
      routes++;
      const only = ours[0];
      if (ours.length === 1 && only && !(0, import_yaml3.isNode)(get(only.r, "weight")) && weights[only.version] === 100)
        continue;
      for (const e of ours) {
        const w = weights[e.version] ?? 0;
        const set = weightSplice(text, e.r, w);
        if (!set.ok)
          return {
            ok: false,
            reason: "route-mismatch",
            message: set.problem === "not-a-number" ? `${where(set.node)}: weight is not a plain number. Write it as e.g. \`weight: ${w}\`.` : `${where(e.r)}: the backendRef of ${e.version} has no \`weight:\` and is written in flow style. Add \`weight: ${w}\` to it.`
          };
        if (set.splice) splices.push(set.splice);
        if (set.inserted)
          notes.push(`${where(e.r)}: added \`weight: ${w}\` to the backendRef of ${e.version}`);
      }
      for (const v of versions.filter((x) => (weights[x] ?? 0) > 0 && !seen.has(x))) {
        const w = weights[v] ?? 0;
        const template = ours[0]?.r;
        const added = (0, import_yaml3.isMap)(template) ? addBackendRef({ text, refs, template, name: versionService(input, v), weight: w }) : void 0;
        if (!added) {
          const portNode = get(template, "port");
          const port = (0, import_yaml3.isScalar)(portNode) ? String(portNode.value) : void 0;
          return {
            ok: false,
            reason: "route-mismatch",
            message: `${where(refs)}: this rule to ${host} has no backendRef for \`${v}\`, which would get ${w} %. Add \`- { name: ${versionService(input, v)}${port ? `, port: ${port}` : ""}, weight: ${w} }\` to its backendRefs.`
          };
        }
        splices.push(added);
        notes.push(`${where(refs)}: added a backendRef for ${v} (${w} %)`);
      }
    }
  }
  if (routes === 0) {
    return {
      ok: false,
      reason: "no-matching-route",
      message: `${file}: no HTTPRoute rule sends traffic to ${host}'s version Services (${services} in namespace ${namespace}) without a header or query match. Point httpRoute at the file that routes to them, or set each version's \`host:\` in rollout.yaml to the Service its backendRef names.`
    };
  }
  return { ok: true, text: applySplices(text, splices), routes, notes };
}
function addBackendRef(params) {
  const { text, refs, template, name, weight: weight2 } = params;
  const cols = itemColumns(text, template);
  if (!cols) return void 0;
  const fields = [];
  for (const p of template.items) {
    const k = (0, import_yaml3.isScalar)(p.key) ? String(p.key.value) : "";
    if (k === "name") fields.push(`name: ${name}`);
    else if (k === "weight") fields.push(`weight: ${weight2}`);
    else if (["port", "namespace", "group", "kind"].includes(k) && (0, import_yaml3.isScalar)(p.value) && p.value.range)
      fields.push(`${k}: ${text.slice(p.value.range[0], p.value.range[1])}`);
  }
  if (!fields.some((f) => f.startsWith("weight:"))) fields.push(`weight: ${weight2}`);
  const pad = (n) => " ".repeat(n);
  return appendToSeq(
    text,
    refs,
    fields.map(
      (f, i) => i === 0 ? `${pad(cols.dash)}-${pad(cols.key - cols.dash - 1)}${f}` : `${pad(cols.key)}${f}`
    )
  );
}

// src/core/routers/gateway-api/index.ts
var API = "gateway.networking.k8s.io/v1";
function split(input) {
  return Object.entries(input.service.versions).map(([v, c]) => ({
    name: versionService(input, v),
    port: REST_PORT,
    weight: c.weight
  }));
}
function mirrorFilters(input) {
  const m = input.service.mirror;
  if (!m) return [];
  const decimals = Math.min(6, (String(m.percent).split(".")[1] ?? "").length);
  const share = decimals === 0 ? { percent: m.percent } : {
    fraction: { numerator: Math.round(m.percent * 10 ** decimals), denominator: 100 * 10 ** decimals }
  };
  return [
    {
      type: "RequestMirror",
      requestMirror: { backendRef: { name: versionService(input, m.version), port: REST_PORT }, ...share }
    }
  ];
}
function rules(input, base, filters) {
  const { pin, versions } = input.service;
  const pinned = pin ? Object.keys(versions).map((v) => ({
    matches: [{ ...base, headers: [{ name: pin.header, value: v }] }],
    ...filters.length ? { filters } : {},
    backendRefs: [{ name: versionService(input, v), port: REST_PORT }]
  })) : [];
  const all = [...filters, ...mirrorFilters(input)];
  return [
    ...pinned,
    {
      ...base ? { matches: [base] } : {},
      ...all.length ? { filters: all } : {},
      backendRefs: split(input)
    }
  ];
}
function httpRoutes(input) {
  const { key, service: s } = input;
  const out = [
    {
      apiVersion: API,
      kind: "HTTPRoute",
      metadata: managedMeta(key, s.namespace, key),
      spec: {
        // group "" is the core API group: a Service, not a Gateway, is the parent (GAMMA).
        parentRefs: [{ group: "", kind: "Service", name: s.host, port: REST_PORT }],
        rules: rules(input, void 0, [])
      }
    }
  ];
  if (s.gateway) {
    const [gwNamespace, gwName] = s.gateway.includes("/") ? s.gateway.split("/") : [void 0, s.gateway];
    const base = { path: { type: "PathPrefix", value: routePath(key, s) }, method: "POST" };
    const rewrite = {
      type: "URLRewrite",
      urlRewrite: {
        path: { type: "ReplaceFullPath", replaceFullPath: `/v1/models/${modelName(key, s)}:predict` }
      }
    };
    out.push({
      apiVersion: API,
      kind: "HTTPRoute",
      metadata: managedMeta(key, s.namespace, `${key}-gateway`),
      spec: {
        parentRefs: [{ name: gwName, ...gwNamespace ? { namespace: gwNamespace } : {} }],
        rules: rules(input, base, [rewrite])
      }
    });
  }
  return out;
}
function problems(input) {
  const { service: s } = input;
  const out = [];
  const owner = /* @__PURE__ */ new Map();
  for (const [v, c] of Object.entries(s.versions)) {
    const name = versionService(input, v);
    const at2 = c.host === void 0 ? { path: ["versions"], key: v } : { path: ["versions", v, "host"] };
    if (name === s.host)
      out.push({
        ...at2,
        message: `\`${name}\` is the service's own host, which the HTTPRoute attaches to; each version needs a Service of its own to split to. Remove \`host\` (${v} then gets \`${s.host}-${v}\`) or name another Service.`
      });
    else if (owner.has(name))
      out.push({
        ...at2,
        message: `${v}'s Service \`${name}\` is also ${owner.get(name)}'s, so the two could not be weighed apart. Give ${v} a \`host:\` of its own.`
      });
    else owner.set(name, v);
    if (name.length > 63)
      out.push({
        ...at2,
        message: `${v}'s Service name \`${name}\` is longer than 63 characters. Set \`host:\` for ${v} to a shorter Service name.`
      });
  }
  return out;
}
function percentages(refs) {
  const sum = /* @__PURE__ */ new Map();
  for (const r of refs) sum.set(r.version, (sum.get(r.version) ?? 0) + Math.max(0, r.weight));
  const total = [...sum.values()].reduce((a, w) => a + w, 0);
  const out = {};
  if (total === 0) {
    for (const v of sum.keys()) out[v] = 0;
    return out;
  }
  return largestRemainder(
    [...sum].map(([v, w]) => [v, 100 * w / total]),
    100
  );
}
function liveWeights(params) {
  const { input } = params;
  for (const route of params.objects) {
    if (route.kind !== "HTTPRoute") continue;
    const ns = route.metadata.namespace ?? input.service.namespace;
    const spec = route.spec;
    for (const rule of spec?.rules ?? []) {
      if ((rule.matches ?? []).some((m) => isPinMatch(Object.keys(m)))) continue;
      const refs = (rule.backendRefs ?? []).flatMap((r) => {
        const version2 = backendVersion(input, r, ns);
        return version2 === void 0 ? [] : [{ version: version2, weight: r.weight ?? 1 }];
      });
      if (refs.length > 0) return percentages(refs);
    }
  }
  return {};
}
function telemetry(input) {
  const { service: s } = input;
  const own2 = Object.keys(s.versions).map((v) => [v, versionService(input, v)]);
  const names = [...own2.map(([, h]) => h), s.host];
  const service = `destination_service_name=~${promString(names.map(regexLiteral).join("|"))}`;
  const ns = `destination_service_namespace=${promString(s.namespace)}`;
  return {
    sumByVersion({ fn, metric, range, matchers = "", by = [] }) {
      const reported = (reporter, only) => {
        let inner = `${fn}(${metric}{reporter="${reporter}",${service},${ns}${only}}[${range}])`;
        for (const [v, h] of own2)
          inner = `label_replace(${inner}, "destination_version", ${promString(v)}, "destination_service_name", ${promString(regexLiteral(h))})`;
        return `sum by (${["destination_version", ...by].join(", ")}) (${inner})`;
      };
      const both = `${reported("waypoint", matchers)} or ${reported("destination", matchers)}`;
      if (matchers === "") return `(${both})`;
      return `(${reported("waypoint", matchers)} or (${reported("destination", matchers)} unless on (destination_version) ${reported("waypoint", "")}))`;
    },
    description: `Istio metrics of Services ${names.map((n) => `\`${n}\``).join(", ")} (from waypoints in ambient mode, else from the pods' sidecars)`
  };
}
var gatewayApi = {
  name: "gateway-api",
  kinds: [{ apiVersion: API, kind: "HTTPRoute" }],
  // Ambient mode's ztunnel and waypoints need none; a namespace with injection on still gets one.
  sidecar: false,
  broughtField: "httpRoute",
  problems,
  versionHost: versionService,
  render(input) {
    return input.service.httpRoute ? [] : [{ file: "httproute.yaml", objects: httpRoutes(input) }];
  },
  validate(objects) {
    for (const o of objects) {
      if (o.kind !== "HTTPRoute") continue;
      const bad = validated(o, () => new HTTPRoute(o).validate(), "Gateway API");
      if (bad) return bad;
    }
    return void 0;
  },
  edit: (params) => editHTTPRoute(params),
  liveWeights,
  telemetry
};

// node_modules/@kubernetes-models/istio/_schemas/NetworkingIstioIoV1DestinationRule.js
var validate107 = validate179;
function validate065(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate065.errors = vErrors, 0 === errors;
}
function validate1113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate065(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate065.errors : vErrors.concat(validate065.errors)).length);
  }
  return validate1113.errors = vErrors, 0 === errors;
}
function validate185(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) for (let key0 in data) validate065(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate065.errors : vErrors.concat(validate065.errors)).length);
  return validate185.errors = vErrors, 0 === errors;
}
var schema17_enum = ["DEFAULT", "DO_NOT_UPGRADE", "UPGRADE"];
function validate182(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("DEFAULT" !== data && "DO_NOT_UPGRADE" !== data && "UPGRADE" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema17_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate182.errors = vErrors, 0 === errors;
}
var formats012 = formats.int32;
function validate147(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats012.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate147.errors = vErrors, 0 === errors;
}
function validate217(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate217.errors = vErrors, 0 === errors;
}
function validate412(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate412.errors = vErrors, 0 === errors;
}
function validate176(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.h2UpgradePolicy && (validate182(data.h2UpgradePolicy, { instancePath: instancePath + "/h2UpgradePolicy", parentData: data, parentDataProperty: "h2UpgradePolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate182.errors : vErrors.concat(validate182.errors)).length)), void 0 !== data.http1MaxPendingRequests && (validate147(data.http1MaxPendingRequests, { instancePath: instancePath + "/http1MaxPendingRequests", parentData: data, parentDataProperty: "http1MaxPendingRequests", rootData }) || (errors = (vErrors = null === vErrors ? validate147.errors : vErrors.concat(validate147.errors)).length)), void 0 !== data.http2MaxRequests && (validate147(data.http2MaxRequests, { instancePath: instancePath + "/http2MaxRequests", parentData: data, parentDataProperty: "http2MaxRequests", rootData }) || (errors = (vErrors = null === vErrors ? validate147.errors : vErrors.concat(validate147.errors)).length)), void 0 !== data.idleTimeout && (validate217(data.idleTimeout, { instancePath: instancePath + "/idleTimeout", parentData: data, parentDataProperty: "idleTimeout", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.maxConcurrentStreams && (validate147(data.maxConcurrentStreams, { instancePath: instancePath + "/maxConcurrentStreams", parentData: data, parentDataProperty: "maxConcurrentStreams", rootData }) || (errors = (vErrors = null === vErrors ? validate147.errors : vErrors.concat(validate147.errors)).length)), void 0 !== data.maxRequestsPerConnection && (validate147(data.maxRequestsPerConnection, { instancePath: instancePath + "/maxRequestsPerConnection", parentData: data, parentDataProperty: "maxRequestsPerConnection", rootData }) || (errors = (vErrors = null === vErrors ? validate147.errors : vErrors.concat(validate147.errors)).length)), void 0 !== data.maxRetries && (validate147(data.maxRetries, { instancePath: instancePath + "/maxRetries", parentData: data, parentDataProperty: "maxRetries", rootData }) || (errors = (vErrors = null === vErrors ? validate147.errors : vErrors.concat(validate147.errors)).length)), void 0 !== data.useClientProtocol && (validate412(data.useClientProtocol, { instancePath: instancePath + "/useClientProtocol", parentData: data, parentDataProperty: "useClientProtocol", rootData }) || (errors = (vErrors = null === vErrors ? validate412.errors : vErrors.concat(validate412.errors)).length))), validate176.errors = vErrors, 0 === errors;
}
function validate155(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data > 4294967295 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 0 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate155.errors = vErrors, 0 === errors;
}
function validate332(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.interval && (validate217(data.interval, { instancePath: instancePath + "/interval", parentData: data, parentDataProperty: "interval", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.probes && (validate155(data.probes, { instancePath: instancePath + "/probes", parentData: data, parentDataProperty: "probes", rootData }) || (errors = (vErrors = null === vErrors ? validate155.errors : vErrors.concat(validate155.errors)).length)), void 0 !== data.time && (validate217(data.time, { instancePath: instancePath + "/time", parentData: data, parentDataProperty: "time", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length))), validate332.errors = vErrors, 0 === errors;
}
function validate282(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.connectTimeout && (validate217(data.connectTimeout, { instancePath: instancePath + "/connectTimeout", parentData: data, parentDataProperty: "connectTimeout", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.idleTimeout && (validate217(data.idleTimeout, { instancePath: instancePath + "/idleTimeout", parentData: data, parentDataProperty: "idleTimeout", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.maxConnectionDuration && (validate217(data.maxConnectionDuration, { instancePath: instancePath + "/maxConnectionDuration", parentData: data, parentDataProperty: "maxConnectionDuration", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.maxConnections && (validate147(data.maxConnections, { instancePath: instancePath + "/maxConnections", parentData: data, parentDataProperty: "maxConnections", rootData }) || (errors = (vErrors = null === vErrors ? validate147.errors : vErrors.concat(validate147.errors)).length)), void 0 !== data.tcpKeepalive && (validate332(data.tcpKeepalive, { instancePath: instancePath + "/tcpKeepalive", parentData: data, parentDataProperty: "tcpKeepalive", rootData }) || (errors = (vErrors = null === vErrors ? validate332.errors : vErrors.concat(validate332.errors)).length))), validate282.errors = vErrors, 0 === errors;
}
function validate164(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.http && (validate176(data.http, { instancePath: instancePath + "/http", parentData: data, parentDataProperty: "http", rootData }) || (errors = (vErrors = null === vErrors ? validate176.errors : vErrors.concat(validate176.errors)).length)), void 0 !== data.tcp && (validate282(data.tcp, { instancePath: instancePath + "/tcp", parentData: data, parentDataProperty: "tcp", rootData }) || (errors = (vErrors = null === vErrors ? validate282.errors : vErrors.concat(validate282.errors)).length))), validate164.errors = vErrors, 0 === errors;
}
function validate1312(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.simple) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "simple" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1312.errors = vErrors, 0 === errors;
}
function validate148(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.consistentHash) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "consistentHash" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate148.errors = vErrors, 0 === errors;
}
function validate413(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false;
  validate1312(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1312.errors : vErrors.concat(validate1312.errors)).length);
  var _valid0 = 0 === errors;
  if (!(valid0 = valid0 || _valid0)) {
    let _errs2 = errors;
    validate148(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate148.errors : vErrors.concat(validate148.errors)).length);
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate413.errors = vErrors, 0 === errors;
}
function validate402(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate413(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate413.errors : vErrors.concat(validate413.errors)).length), 0 === errors) {
    let err0 = { instancePath, schemaPath: "#/not", keyword: "not", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  } else errors = 0, null !== vErrors && (vErrors = null);
  return validate402.errors = vErrors, 0 === errors;
}
function validate521(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.httpHeaderName) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "httpHeaderName" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate521.errors = vErrors, 0 === errors;
}
function validate611(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.httpCookie) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "httpCookie" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate611.errors = vErrors, 0 === errors;
}
function validate714(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.useSourceIp) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "useSourceIp" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate714.errors = vErrors, 0 === errors;
}
function validate811(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.httpQueryParameterName) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "httpQueryParameterName" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate811.errors = vErrors, 0 === errors;
}
function validate5110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false;
  validate521(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate521.errors : vErrors.concat(validate521.errors)).length);
  var _valid0 = 0 === errors;
  if (!(valid0 = valid0 || _valid0)) {
    let _errs2 = errors;
    validate611(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate611.errors : vErrors.concat(validate611.errors)).length);
    var _valid0 = _errs2 === errors;
    if (!(valid0 = valid0 || _valid0)) {
      let _errs3 = errors;
      validate714(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate714.errors : vErrors.concat(validate714.errors)).length);
      var _valid0 = _errs3 === errors;
      if (!(valid0 = valid0 || _valid0)) {
        let _errs4 = errors;
        validate811(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate811.errors : vErrors.concat(validate811.errors)).length);
        var _valid0 = _errs4 === errors;
        valid0 = valid0 || _valid0;
      }
    }
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate5110.errors = vErrors, 0 === errors;
}
function validate502(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate5110(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate5110.errors : vErrors.concat(validate5110.errors)).length), 0 === errors) {
    let err0 = { instancePath, schemaPath: "#/not", keyword: "not", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  } else errors = 0, null !== vErrors && (vErrors = null);
  return validate502.errors = vErrors, 0 === errors;
}
function validate492(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false, passing0 = null;
  validate502(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate502.errors : vErrors.concat(validate502.errors)).length);
  var _valid0 = 0 === errors;
  _valid0 && (valid0 = true, passing0 = 0);
  let _errs2 = errors;
  validate521(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate521.errors : vErrors.concat(validate521.errors)).length);
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 1];
  else {
    _valid0 && (valid0 = true, passing0 = 1);
    let _errs3 = errors;
    validate611(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate611.errors : vErrors.concat(validate611.errors)).length);
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 2];
    else {
      _valid0 && (valid0 = true, passing0 = 2);
      let _errs4 = errors;
      validate714(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate714.errors : vErrors.concat(validate714.errors)).length);
      var _valid0 = _errs4 === errors;
      if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 3];
      else {
        _valid0 && (valid0 = true, passing0 = 3);
        let _errs5 = errors;
        validate811(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate811.errors : vErrors.concat(validate811.errors)).length);
        var _valid0 = _errs5 === errors;
        _valid0 && valid0 ? (valid0 = false, passing0 = [passing0, 4]) : _valid0 && (valid0 = true, passing0 = 4);
      }
    }
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate492.errors = vErrors, 0 === errors;
}
function validate912(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.ringHash) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ringHash" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate912.errors = vErrors, 0 === errors;
}
function validate108(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.maglev) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maglev" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate108.errors = vErrors, 0 === errors;
}
function validate652(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false;
  validate912(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate912.errors : vErrors.concat(validate912.errors)).length);
  var _valid0 = 0 === errors;
  if (!(valid0 = valid0 || _valid0)) {
    let _errs2 = errors;
    validate108(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length);
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate652.errors = vErrors, 0 === errors;
}
function validate642(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate652(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate652.errors : vErrors.concat(validate652.errors)).length), 0 === errors) {
    let err0 = { instancePath, schemaPath: "#/not", keyword: "not", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  } else errors = 0, null !== vErrors && (vErrors = null);
  return validate642.errors = vErrors, 0 === errors;
}
function validate632(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false, passing0 = null;
  validate642(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate642.errors : vErrors.concat(validate642.errors)).length);
  var _valid0 = 0 === errors;
  _valid0 && (valid0 = true, passing0 = 0);
  let _errs2 = errors;
  validate912(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate912.errors : vErrors.concat(validate912.errors)).length);
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 1];
  else {
    _valid0 && (valid0 = true, passing0 = 1);
    let _errs3 = errors;
    validate108(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length);
    var _valid0 = _errs3 === errors;
    _valid0 && valid0 ? (valid0 = false, passing0 = [passing0, 2]) : _valid0 && (valid0 = true, passing0 = 2);
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate632.errors = vErrors, 0 === errors;
}
function validate752(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.name && (validate065(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate065.errors : vErrors.concat(validate065.errors)).length)), void 0 !== data.value && (validate217(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate752.errors = vErrors, 0 === errors;
}
function validate742(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate752(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate752.errors : vErrors.concat(validate752.errors)).length);
  }
  return validate742.errors = vErrors, 0 === errors;
}
function validate732(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.attributes && (validate742(data.attributes, { instancePath: instancePath + "/attributes", parentData: data, parentDataProperty: "attributes", rootData }) || (errors = (vErrors = null === vErrors ? validate742.errors : vErrors.concat(validate742.errors)).length)), void 0 !== data.name && (validate065(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate065.errors : vErrors.concat(validate065.errors)).length)), void 0 !== data.path && (validate217(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.ttl && (validate217(data.ttl, { instancePath: instancePath + "/ttl", parentData: data, parentDataProperty: "ttl", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length));
  }
  return validate732.errors = vErrors, 0 === errors;
}
function validate318(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && (data < 0 || isNaN(data))) {
    let err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate318.errors = vErrors, 0 === errors;
}
function validate862(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && void 0 !== data.tableSize && (validate318(data.tableSize, { instancePath: instancePath + "/tableSize", parentData: data, parentDataProperty: "tableSize", rootData }) || (errors = (vErrors = null === vErrors ? validate318.errors : vErrors.concat(validate318.errors)).length)), validate862.errors = vErrors, 0 === errors;
}
function validate902(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && void 0 !== data.minimumRingSize && (validate318(data.minimumRingSize, { instancePath: instancePath + "/minimumRingSize", parentData: data, parentDataProperty: "minimumRingSize", rootData }) || (errors = (vErrors = null === vErrors ? validate318.errors : vErrors.concat(validate318.errors)).length)), validate902.errors = vErrors, 0 === errors;
}
function validate482(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate492(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate492.errors : vErrors.concat(validate492.errors)).length), validate632(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate632.errors : vErrors.concat(validate632.errors)).length), data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.httpCookie && (validate732(data.httpCookie, { instancePath: instancePath + "/httpCookie", parentData: data, parentDataProperty: "httpCookie", rootData }) || (errors = (vErrors = null === vErrors ? validate732.errors : vErrors.concat(validate732.errors)).length)), void 0 !== data.httpHeaderName && (validate217(data.httpHeaderName, { instancePath: instancePath + "/httpHeaderName", parentData: data, parentDataProperty: "httpHeaderName", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.httpQueryParameterName && (validate217(data.httpQueryParameterName, { instancePath: instancePath + "/httpQueryParameterName", parentData: data, parentDataProperty: "httpQueryParameterName", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.maglev && (validate862(data.maglev, { instancePath: instancePath + "/maglev", parentData: data, parentDataProperty: "maglev", rootData }) || (errors = (vErrors = null === vErrors ? validate862.errors : vErrors.concat(validate862.errors)).length)), void 0 !== data.minimumRingSize && (validate318(data.minimumRingSize, { instancePath: instancePath + "/minimumRingSize", parentData: data, parentDataProperty: "minimumRingSize", rootData }) || (errors = (vErrors = null === vErrors ? validate318.errors : vErrors.concat(validate318.errors)).length)), void 0 !== data.ringHash && (validate902(data.ringHash, { instancePath: instancePath + "/ringHash", parentData: data, parentDataProperty: "ringHash", rootData }) || (errors = (vErrors = null === vErrors ? validate902.errors : vErrors.concat(validate902.errors)).length)), void 0 !== data.useSourceIp && (validate412(data.useSourceIp, { instancePath: instancePath + "/useSourceIp", parentData: data, parentDataProperty: "useSourceIp", rootData }) || (errors = (vErrors = null === vErrors ? validate412.errors : vErrors.concat(validate412.errors)).length))), validate482.errors = vErrors, 0 === errors;
}
function validate1002(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data > 4294967295 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 0 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate1002.errors = vErrors, 0 === errors;
}
function validate992(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) for (let key0 in data) validate1002(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate1002.errors : vErrors.concat(validate1002.errors)).length);
  return validate992.errors = vErrors, 0 === errors;
}
function validate972(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.from && (validate217(data.from, { instancePath: instancePath + "/from", parentData: data, parentDataProperty: "from", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.to && (validate992(data.to, { instancePath: instancePath + "/to", parentData: data, parentDataProperty: "to", rootData }) || (errors = (vErrors = null === vErrors ? validate992.errors : vErrors.concat(validate992.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate972.errors = vErrors, 0 === errors;
}
function validate962(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate972(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate972.errors : vErrors.concat(validate972.errors)).length);
  }
  return validate962.errors = vErrors, 0 === errors;
}
function validate1072(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.from && (validate217(data.from, { instancePath: instancePath + "/from", parentData: data, parentDataProperty: "from", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.to && (validate217(data.to, { instancePath: instancePath + "/to", parentData: data, parentDataProperty: "to", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1072.errors = vErrors, 0 === errors;
}
function validate1062(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1072(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1072.errors : vErrors.concat(validate1072.errors)).length);
  }
  return validate1062.errors = vErrors, 0 === errors;
}
function validate952(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.distribute && (validate962(data.distribute, { instancePath: instancePath + "/distribute", parentData: data, parentDataProperty: "distribute", rootData }) || (errors = (vErrors = null === vErrors ? validate962.errors : vErrors.concat(validate962.errors)).length)), void 0 !== data.enabled && (validate412(data.enabled, { instancePath: instancePath + "/enabled", parentData: data, parentDataProperty: "enabled", rootData }) || (errors = (vErrors = null === vErrors ? validate412.errors : vErrors.concat(validate412.errors)).length)), void 0 !== data.failover && (validate1062(data.failover, { instancePath: instancePath + "/failover", parentData: data, parentDataProperty: "failover", rootData }) || (errors = (vErrors = null === vErrors ? validate1062.errors : vErrors.concat(validate1062.errors)).length)), void 0 !== data.failoverPriority && (validate1113(data.failoverPriority, { instancePath: instancePath + "/failoverPriority", parentData: data, parentDataProperty: "failoverPriority", rootData }) || (errors = (vErrors = null === vErrors ? validate1113.errors : vErrors.concat(validate1113.errors)).length))), validate952.errors = vErrors, 0 === errors;
}
var schema42_enum = ["UNSPECIFIED", "LEAST_CONN", "RANDOM", "PASSTHROUGH", "ROUND_ROBIN", "LEAST_REQUEST"];
function validate1142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("UNSPECIFIED" !== data && "LEAST_CONN" !== data && "RANDOM" !== data && "PASSTHROUGH" !== data && "ROUND_ROBIN" !== data && "LEAST_REQUEST" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema42_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1142.errors = vErrors, 0 === errors;
}
var formats2 = formats.double;
function validate1172(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data < 0 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!formats2.validate(data)) {
      let err2 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "double" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate1172.errors = vErrors, 0 === errors;
}
function validate1202(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data > 100 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 0 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats2.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "double" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate1202.errors = vErrors, 0 === errors;
}
function validate1162(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.duration) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.aggression && (validate1172(data.aggression, { instancePath: instancePath + "/aggression", parentData: data, parentDataProperty: "aggression", rootData }) || (errors = (vErrors = null === vErrors ? validate1172.errors : vErrors.concat(validate1172.errors)).length)), void 0 !== data.duration && (validate065(data.duration, { instancePath: instancePath + "/duration", parentData: data, parentDataProperty: "duration", rootData }) || (errors = (vErrors = null === vErrors ? validate065.errors : vErrors.concat(validate065.errors)).length)), void 0 !== data.minimumPercent && (validate1202(data.minimumPercent, { instancePath: instancePath + "/minimumPercent", parentData: data, parentDataProperty: "minimumPercent", rootData }) || (errors = (vErrors = null === vErrors ? validate1202.errors : vErrors.concat(validate1202.errors)).length));
  }
  return validate1162.errors = vErrors, 0 === errors;
}
function validate392(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  let _errs2 = errors, valid0 = false, passing0 = null, _errs3 = errors;
  validate402(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate402.errors : vErrors.concat(validate402.errors)).length);
  var _valid0 = _errs3 === errors;
  _valid0 && (valid0 = true, passing0 = 0);
  let _errs4 = errors;
  validate1312(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1312.errors : vErrors.concat(validate1312.errors)).length);
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 1];
  else {
    _valid0 && (valid0 = true, passing0 = 1);
    let _errs5 = errors;
    validate148(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate148.errors : vErrors.concat(validate148.errors)).length);
    var _valid0 = _errs5 === errors;
    _valid0 && valid0 ? (valid0 = false, passing0 = [passing0, 2]) : _valid0 && (valid0 = true, passing0 = 2);
  }
  if (valid0) errors = _errs2, null !== vErrors && (_errs2 ? vErrors.length = _errs2 : vErrors = null);
  else {
    let err1 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.consistentHash && (validate482(data.consistentHash, { instancePath: instancePath + "/consistentHash", parentData: data, parentDataProperty: "consistentHash", rootData }) || (errors = (vErrors = null === vErrors ? validate482.errors : vErrors.concat(validate482.errors)).length)), void 0 !== data.localityLbSetting && (validate952(data.localityLbSetting, { instancePath: instancePath + "/localityLbSetting", parentData: data, parentDataProperty: "localityLbSetting", rootData }) || (errors = (vErrors = null === vErrors ? validate952.errors : vErrors.concat(validate952.errors)).length)), void 0 !== data.simple && (validate1142(data.simple, { instancePath: instancePath + "/simple", parentData: data, parentDataProperty: "simple", rootData }) || (errors = (vErrors = null === vErrors ? validate1142.errors : vErrors.concat(validate1142.errors)).length)), void 0 !== data.warmup && (validate1162(data.warmup, { instancePath: instancePath + "/warmup", parentData: data, parentDataProperty: "warmup", rootData }) || (errors = (vErrors = null === vErrors ? validate1162.errors : vErrors.concat(validate1162.errors)).length)), void 0 !== data.warmupDurationSecs && (validate217(data.warmupDurationSecs, { instancePath: instancePath + "/warmupDurationSecs", parentData: data, parentDataProperty: "warmupDurationSecs", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length))), validate392.errors = vErrors, 0 === errors;
}
function validate1242(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.baseEjectionTime && (validate217(data.baseEjectionTime, { instancePath: instancePath + "/baseEjectionTime", parentData: data, parentDataProperty: "baseEjectionTime", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.consecutive5xxErrors && (validate155(data.consecutive5xxErrors, { instancePath: instancePath + "/consecutive5xxErrors", parentData: data, parentDataProperty: "consecutive5xxErrors", rootData }) || (errors = (vErrors = null === vErrors ? validate155.errors : vErrors.concat(validate155.errors)).length)), void 0 !== data.consecutiveErrors && (validate147(data.consecutiveErrors, { instancePath: instancePath + "/consecutiveErrors", parentData: data, parentDataProperty: "consecutiveErrors", rootData }) || (errors = (vErrors = null === vErrors ? validate147.errors : vErrors.concat(validate147.errors)).length)), void 0 !== data.consecutiveGatewayErrors && (validate155(data.consecutiveGatewayErrors, { instancePath: instancePath + "/consecutiveGatewayErrors", parentData: data, parentDataProperty: "consecutiveGatewayErrors", rootData }) || (errors = (vErrors = null === vErrors ? validate155.errors : vErrors.concat(validate155.errors)).length)), void 0 !== data.consecutiveLocalOriginFailures && (validate155(data.consecutiveLocalOriginFailures, { instancePath: instancePath + "/consecutiveLocalOriginFailures", parentData: data, parentDataProperty: "consecutiveLocalOriginFailures", rootData }) || (errors = (vErrors = null === vErrors ? validate155.errors : vErrors.concat(validate155.errors)).length)), void 0 !== data.interval && (validate217(data.interval, { instancePath: instancePath + "/interval", parentData: data, parentDataProperty: "interval", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.maxEjectionPercent && (validate147(data.maxEjectionPercent, { instancePath: instancePath + "/maxEjectionPercent", parentData: data, parentDataProperty: "maxEjectionPercent", rootData }) || (errors = (vErrors = null === vErrors ? validate147.errors : vErrors.concat(validate147.errors)).length)), void 0 !== data.minHealthPercent && (validate147(data.minHealthPercent, { instancePath: instancePath + "/minHealthPercent", parentData: data, parentDataProperty: "minHealthPercent", rootData }) || (errors = (vErrors = null === vErrors ? validate147.errors : vErrors.concat(validate147.errors)).length)), void 0 !== data.splitExternalLocalOriginErrors && (validate412(data.splitExternalLocalOriginErrors, { instancePath: instancePath + "/splitExternalLocalOriginErrors", parentData: data, parentDataProperty: "splitExternalLocalOriginErrors", rootData }) || (errors = (vErrors = null === vErrors ? validate412.errors : vErrors.concat(validate412.errors)).length))), validate1242.errors = vErrors, 0 === errors;
}
function validate1542(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && void 0 !== data.number && (validate155(data.number, { instancePath: instancePath + "/number", parentData: data, parentDataProperty: "number", rootData }) || (errors = (vErrors = null === vErrors ? validate155.errors : vErrors.concat(validate155.errors)).length)), validate1542.errors = vErrors, 0 === errors;
}
var schema48_enum = ["DISABLE", "SIMPLE", "MUTUAL", "ISTIO_MUTUAL"];
function validate1402(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("DISABLE" !== data && "SIMPLE" !== data && "MUTUAL" !== data && "ISTIO_MUTUAL" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema48_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1402.errors = vErrors, 0 === errors;
}
function validate1342(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.caCertificates && (validate217(data.caCertificates, { instancePath: instancePath + "/caCertificates", parentData: data, parentDataProperty: "caCertificates", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.caCrl && (validate217(data.caCrl, { instancePath: instancePath + "/caCrl", parentData: data, parentDataProperty: "caCrl", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.clientCertificate && (validate217(data.clientCertificate, { instancePath: instancePath + "/clientCertificate", parentData: data, parentDataProperty: "clientCertificate", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.credentialName && (validate217(data.credentialName, { instancePath: instancePath + "/credentialName", parentData: data, parentDataProperty: "credentialName", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.insecureSkipVerify && (validate412(data.insecureSkipVerify, { instancePath: instancePath + "/insecureSkipVerify", parentData: data, parentDataProperty: "insecureSkipVerify", rootData }) || (errors = (vErrors = null === vErrors ? validate412.errors : vErrors.concat(validate412.errors)).length)), void 0 !== data.mode && (validate1402(data.mode, { instancePath: instancePath + "/mode", parentData: data, parentDataProperty: "mode", rootData }) || (errors = (vErrors = null === vErrors ? validate1402.errors : vErrors.concat(validate1402.errors)).length)), void 0 !== data.privateKey && (validate217(data.privateKey, { instancePath: instancePath + "/privateKey", parentData: data, parentDataProperty: "privateKey", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.sni && (validate217(data.sni, { instancePath: instancePath + "/sni", parentData: data, parentDataProperty: "sni", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.subjectAltNames && (validate1113(data.subjectAltNames, { instancePath: instancePath + "/subjectAltNames", parentData: data, parentDataProperty: "subjectAltNames", rootData }) || (errors = (vErrors = null === vErrors ? validate1113.errors : vErrors.concat(validate1113.errors)).length))), validate1342.errors = vErrors, 0 === errors;
}
function validate150(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.connectionPool && (validate164(data.connectionPool, { instancePath: instancePath + "/connectionPool", parentData: data, parentDataProperty: "connectionPool", rootData }) || (errors = (vErrors = null === vErrors ? validate164.errors : vErrors.concat(validate164.errors)).length)), void 0 !== data.loadBalancer && (validate392(data.loadBalancer, { instancePath: instancePath + "/loadBalancer", parentData: data, parentDataProperty: "loadBalancer", rootData }) || (errors = (vErrors = null === vErrors ? validate392.errors : vErrors.concat(validate392.errors)).length)), void 0 !== data.outlierDetection && (validate1242(data.outlierDetection, { instancePath: instancePath + "/outlierDetection", parentData: data, parentDataProperty: "outlierDetection", rootData }) || (errors = (vErrors = null === vErrors ? validate1242.errors : vErrors.concat(validate1242.errors)).length)), void 0 !== data.port && (validate1542(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate1542.errors : vErrors.concat(validate1542.errors)).length)), void 0 !== data.tls && (validate1342(data.tls, { instancePath: instancePath + "/tls", parentData: data, parentDataProperty: "tls", rootData }) || (errors = (vErrors = null === vErrors ? validate1342.errors : vErrors.concat(validate1342.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate150.errors = vErrors, 0 === errors;
}
function validate149(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 4096) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 4096 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate150(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate150.errors : vErrors.concat(validate150.errors)).length);
  }
  return validate149.errors = vErrors, 0 === errors;
}
var schema54_enum = ["V1", "V2"];
function validate161(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("V1" !== data && "V2" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema54_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate161.errors = vErrors, 0 === errors;
}
function validate160(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && void 0 !== data.version && (validate161(data.version, { instancePath: instancePath + "/version", parentData: data, parentDataProperty: "version", rootData }) || (errors = (vErrors = null === vErrors ? validate161.errors : vErrors.concat(validate161.errors)).length)), validate160.errors = vErrors, 0 === errors;
}
function validate1642(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.minRetryConcurrency && (validate155(data.minRetryConcurrency, { instancePath: instancePath + "/minRetryConcurrency", parentData: data, parentDataProperty: "minRetryConcurrency", rootData }) || (errors = (vErrors = null === vErrors ? validate155.errors : vErrors.concat(validate155.errors)).length)), void 0 !== data.percent && (validate1202(data.percent, { instancePath: instancePath + "/percent", parentData: data, parentDataProperty: "percent", rootData }) || (errors = (vErrors = null === vErrors ? validate1202.errors : vErrors.concat(validate1202.errors)).length))), validate1642.errors = vErrors, 0 === errors;
}
function validate169(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.targetHost) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targetHost" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.targetPort) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targetPort" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.protocol && (validate217(data.protocol, { instancePath: instancePath + "/protocol", parentData: data, parentDataProperty: "protocol", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.targetHost && (validate065(data.targetHost, { instancePath: instancePath + "/targetHost", parentData: data, parentDataProperty: "targetHost", rootData }) || (errors = (vErrors = null === vErrors ? validate065.errors : vErrors.concat(validate065.errors)).length)), void 0 !== data.targetPort && (validate1002(data.targetPort, { instancePath: instancePath + "/targetPort", parentData: data, parentDataProperty: "targetPort", rootData }) || (errors = (vErrors = null === vErrors ? validate1002.errors : vErrors.concat(validate1002.errors)).length));
  }
  return validate169.errors = vErrors, 0 === errors;
}
function validate1452(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.connectionPool && (validate164(data.connectionPool, { instancePath: instancePath + "/connectionPool", parentData: data, parentDataProperty: "connectionPool", rootData }) || (errors = (vErrors = null === vErrors ? validate164.errors : vErrors.concat(validate164.errors)).length)), void 0 !== data.loadBalancer && (validate392(data.loadBalancer, { instancePath: instancePath + "/loadBalancer", parentData: data, parentDataProperty: "loadBalancer", rootData }) || (errors = (vErrors = null === vErrors ? validate392.errors : vErrors.concat(validate392.errors)).length)), void 0 !== data.outlierDetection && (validate1242(data.outlierDetection, { instancePath: instancePath + "/outlierDetection", parentData: data, parentDataProperty: "outlierDetection", rootData }) || (errors = (vErrors = null === vErrors ? validate1242.errors : vErrors.concat(validate1242.errors)).length)), void 0 !== data.portLevelSettings && (validate149(data.portLevelSettings, { instancePath: instancePath + "/portLevelSettings", parentData: data, parentDataProperty: "portLevelSettings", rootData }) || (errors = (vErrors = null === vErrors ? validate149.errors : vErrors.concat(validate149.errors)).length)), void 0 !== data.proxyProtocol && (validate160(data.proxyProtocol, { instancePath: instancePath + "/proxyProtocol", parentData: data, parentDataProperty: "proxyProtocol", rootData }) || (errors = (vErrors = null === vErrors ? validate160.errors : vErrors.concat(validate160.errors)).length)), void 0 !== data.retryBudget && (validate1642(data.retryBudget, { instancePath: instancePath + "/retryBudget", parentData: data, parentDataProperty: "retryBudget", rootData }) || (errors = (vErrors = null === vErrors ? validate1642.errors : vErrors.concat(validate1642.errors)).length)), void 0 !== data.tls && (validate1342(data.tls, { instancePath: instancePath + "/tls", parentData: data, parentDataProperty: "tls", rootData }) || (errors = (vErrors = null === vErrors ? validate1342.errors : vErrors.concat(validate1342.errors)).length)), void 0 !== data.tunnel && (validate169(data.tunnel, { instancePath: instancePath + "/tunnel", parentData: data, parentDataProperty: "tunnel", rootData }) || (errors = (vErrors = null === vErrors ? validate169.errors : vErrors.concat(validate169.errors)).length))), validate1452.errors = vErrors, 0 === errors;
}
function validate184(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.labels && (validate185(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData }) || (errors = (vErrors = null === vErrors ? validate185.errors : vErrors.concat(validate185.errors)).length)), void 0 !== data.name && (validate065(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate065.errors : vErrors.concat(validate065.errors)).length)), void 0 !== data.trafficPolicy && (validate1452(data.trafficPolicy, { instancePath: instancePath + "/trafficPolicy", parentData: data, parentDataProperty: "trafficPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate1452.errors : vErrors.concat(validate1452.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate184.errors = vErrors, 0 === errors;
}
function validate183(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate184(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate184.errors : vErrors.concat(validate184.errors)).length);
  }
  return validate183.errors = vErrors, 0 === errors;
}
function validate195(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 63) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate195.errors = vErrors, 0 === errors;
}
function validate194(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (Object.keys(data).length > 4096) {
      let err1 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 4096 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data) validate195(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate195.errors : vErrors.concat(validate195.errors)).length);
  }
  return validate194.errors = vErrors, 0 === errors;
}
function validate193(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && void 0 !== data.matchLabels && (validate194(data.matchLabels, { instancePath: instancePath + "/matchLabels", parentData: data, parentDataProperty: "matchLabels", rootData }) || (errors = (vErrors = null === vErrors ? validate194.errors : vErrors.concat(validate194.errors)).length)), validate193.errors = vErrors, 0 === errors;
}
function validate180(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.host) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "host" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.exportTo && (validate1113(data.exportTo, { instancePath: instancePath + "/exportTo", parentData: data, parentDataProperty: "exportTo", rootData }) || (errors = (vErrors = null === vErrors ? validate1113.errors : vErrors.concat(validate1113.errors)).length)), void 0 !== data.host && (validate065(data.host, { instancePath: instancePath + "/host", parentData: data, parentDataProperty: "host", rootData }) || (errors = (vErrors = null === vErrors ? validate065.errors : vErrors.concat(validate065.errors)).length)), void 0 !== data.subsets && (validate183(data.subsets, { instancePath: instancePath + "/subsets", parentData: data, parentDataProperty: "subsets", rootData }) || (errors = (vErrors = null === vErrors ? validate183.errors : vErrors.concat(validate183.errors)).length)), void 0 !== data.trafficPolicy && (validate1452(data.trafficPolicy, { instancePath: instancePath + "/trafficPolicy", parentData: data, parentDataProperty: "trafficPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate1452.errors : vErrors.concat(validate1452.errors)).length)), void 0 !== data.workloadSelector && (validate193(data.workloadSelector, { instancePath: instancePath + "/workloadSelector", parentData: data, parentDataProperty: "workloadSelector", rootData }) || (errors = (vErrors = null === vErrors ? validate193.errors : vErrors.concat(validate193.errors)).length));
  }
  return validate180.errors = vErrors, 0 === errors;
}
var formats6 = formats["date-time"];
function validate1742(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data), "string" == typeof data && !formats6.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "date-time" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1742.errors = vErrors, 0 === errors;
}
function validate1762(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1762.errors = vErrors, 0 === errors;
}
function validate1752(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false;
  validate1762(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1762.errors : vErrors.concat(validate1762.errors)).length);
  var _valid0 = 0 === errors;
  if (!(valid0 = valid0 || _valid0)) {
    let _errs2 = errors;
    validate065(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate065.errors : vErrors.concat(validate065.errors)).length);
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1752.errors = vErrors, 0 === errors;
}
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.lastProbeTime && (validate1742(data.lastProbeTime, { instancePath: instancePath + "/lastProbeTime", parentData: data, parentDataProperty: "lastProbeTime", rootData }) || (errors = (vErrors = null === vErrors ? validate1742.errors : vErrors.concat(validate1742.errors)).length)), void 0 !== data.lastTransitionTime && (validate1742(data.lastTransitionTime, { instancePath: instancePath + "/lastTransitionTime", parentData: data, parentDataProperty: "lastTransitionTime", rootData }) || (errors = (vErrors = null === vErrors ? validate1742.errors : vErrors.concat(validate1742.errors)).length)), void 0 !== data.message && (validate217(data.message, { instancePath: instancePath + "/message", parentData: data, parentDataProperty: "message", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.observedGeneration && (validate1752(data.observedGeneration, { instancePath: instancePath + "/observedGeneration", parentData: data, parentDataProperty: "observedGeneration", rootData }) || (errors = (vErrors = null === vErrors ? validate1752.errors : vErrors.concat(validate1752.errors)).length)), void 0 !== data.reason && (validate217(data.reason, { instancePath: instancePath + "/reason", parentData: data, parentDataProperty: "reason", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.status && (validate217(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.type && (validate217(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate202.errors = vErrors, 0 === errors;
}
function validate201(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate202(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate202.errors : vErrors.concat(validate202.errors)).length);
  }
  return validate201.errors = vErrors, 0 === errors;
}
var schema73_enum = ["UNKNOWN", "ERROR", "WARNING", "INFO"];
function validate2162(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("UNKNOWN" !== data && "ERROR" !== data && "WARNING" !== data && "INFO" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema73_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2162.errors = vErrors, 0 === errors;
}
function validate218(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.code && (validate217(data.code, { instancePath: instancePath + "/code", parentData: data, parentDataProperty: "code", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.name && (validate217(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length))), validate218.errors = vErrors, 0 === errors;
}
function validate2142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.documentationUrl && (validate217(data.documentationUrl, { instancePath: instancePath + "/documentationUrl", parentData: data, parentDataProperty: "documentationUrl", rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length)), void 0 !== data.level && (validate2162(data.level, { instancePath: instancePath + "/level", parentData: data, parentDataProperty: "level", rootData }) || (errors = (vErrors = null === vErrors ? validate2162.errors : vErrors.concat(validate2162.errors)).length)), void 0 !== data.type && (validate218(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate218.errors : vErrors.concat(validate218.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2142.errors = vErrors, 0 === errors;
}
function validate2132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2142(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2142.errors : vErrors.concat(validate2142.errors)).length);
  }
  return validate2132.errors = vErrors, 0 === errors;
}
function validate200(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.conditions && (validate201(data.conditions, { instancePath: instancePath + "/conditions", parentData: data, parentDataProperty: "conditions", rootData }) || (errors = (vErrors = null === vErrors ? validate201.errors : vErrors.concat(validate201.errors)).length)), void 0 !== data.observedGeneration && (validate1752(data.observedGeneration, { instancePath: instancePath + "/observedGeneration", parentData: data, parentDataProperty: "observedGeneration", rootData }) || (errors = (vErrors = null === vErrors ? validate1752.errors : vErrors.concat(validate1752.errors)).length)), void 0 !== data.validationMessages && (validate2132(data.validationMessages, { instancePath: instancePath + "/validationMessages", parentData: data, parentDataProperty: "validationMessages", rootData }) || (errors = (vErrors = null === vErrors ? validate2132.errors : vErrors.concat(validate2132.errors)).length))), validate200.errors = vErrors, 0 === errors;
}
var schema75_enum = ["networking.istio.io/v1"];
function validate225(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("networking.istio.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema75_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate225.errors = vErrors, 0 === errors;
}
var schema76_enum = ["DestinationRule"];
function validate227(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("DestinationRule" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema76_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate227.errors = vErrors, 0 === errors;
}
function validate229(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate6(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)), validate229.errors = vErrors, 0 === errors;
}
function validate179(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.apiVersion) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.spec && (validate180(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = null === vErrors ? validate180.errors : vErrors.concat(validate180.errors)).length)), void 0 !== data.status && (validate200(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate200.errors : vErrors.concat(validate200.errors)).length)), void 0 !== data.apiVersion && (validate225(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate225.errors : vErrors.concat(validate225.errors)).length)), void 0 !== data.kind && (validate227(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate227.errors : vErrors.concat(validate227.errors)).length)), void 0 !== data.metadata && (validate229(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate229.errors : vErrors.concat(validate229.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate179.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/istio/networking.istio.io/v1/DestinationRule.js
var DestinationRule = class _DestinationRule extends Model {
  static {
    this.apiVersion = "networking.istio.io/v1";
  }
  static {
    this.kind = "DestinationRule";
  }
  static {
    this.is = createTypeMetaGuard(_DestinationRule);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _DestinationRule.apiVersion, kind: _DestinationRule.kind, ...data });
  }
};
setValidateFunc(DestinationRule, validate107);

// node_modules/@kubernetes-models/istio/_schemas/NetworkingIstioIoV1VirtualService.js
var validate109 = validate716;
function validate151(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate151.errors = vErrors, 0 === errors;
}
function validate066(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate151(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate151.errors : vErrors.concat(validate151.errors)).length);
  }
  return validate066.errors = vErrors, 0 === errors;
}
function validate382(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate382.errors = vErrors, 0 === errors;
}
function validate414(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.exact) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exact" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate414.errors = vErrors, 0 === errors;
}
function validate522(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.prefix) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prefix" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate522.errors = vErrors, 0 === errors;
}
function validate612(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.regex) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "regex" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate612.errors = vErrors, 0 === errors;
}
function validate252(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false;
  validate414(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate414.errors : vErrors.concat(validate414.errors)).length);
  var _valid0 = 0 === errors;
  if (!(valid0 = valid0 || _valid0)) {
    let _errs2 = errors;
    validate522(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate522.errors : vErrors.concat(validate522.errors)).length);
    var _valid0 = _errs2 === errors;
    if (!(valid0 = valid0 || _valid0)) {
      let _errs3 = errors;
      validate612(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate612.errors : vErrors.concat(validate612.errors)).length);
      var _valid0 = _errs3 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate252.errors = vErrors, 0 === errors;
}
function validate242(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate252(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate252.errors : vErrors.concat(validate252.errors)).length), 0 === errors) {
    let err0 = { instancePath, schemaPath: "#/not", keyword: "not", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  } else errors = 0, null !== vErrors && (vErrors = null);
  return validate242.errors = vErrors, 0 === errors;
}
function validate319(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate319.errors = vErrors, 0 === errors;
}
function validate303(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false, passing0 = null;
  validate242(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate242.errors : vErrors.concat(validate242.errors)).length);
  var _valid0 = 0 === errors;
  _valid0 && (valid0 = true, passing0 = 0);
  let _errs3 = errors;
  validate414(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate414.errors : vErrors.concat(validate414.errors)).length);
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 1];
  else {
    _valid0 && (valid0 = true, passing0 = 1);
    let _errs4 = errors;
    validate522(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate522.errors : vErrors.concat(validate522.errors)).length);
    var _valid0 = _errs4 === errors;
    if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 2];
    else {
      _valid0 && (valid0 = true, passing0 = 2);
      let _errs5 = errors;
      validate612(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate612.errors : vErrors.concat(validate612.errors)).length);
      var _valid0 = _errs5 === errors;
      _valid0 && valid0 ? (valid0 = false, passing0 = [passing0, 3]) : _valid0 && (valid0 = true, passing0 = 3);
    }
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.exact && (validate319(data.exact, { instancePath: instancePath + "/exact", parentData: data, parentDataProperty: "exact", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.prefix && (validate319(data.prefix, { instancePath: instancePath + "/prefix", parentData: data, parentDataProperty: "prefix", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.regex && (validate319(data.regex, { instancePath: instancePath + "/regex", parentData: data, parentDataProperty: "regex", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length));
  else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate303.errors = vErrors, 0 === errors;
}
function validate832(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate303(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate303.errors : vErrors.concat(validate303.errors)).length);
  }
  return validate832.errors = vErrors, 0 === errors;
}
var schema41_enum = ["UNSPECIFIED", "FORWARD", "IGNORE"];
function validate882(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("UNSPECIFIED" !== data && "FORWARD" !== data && "IGNORE" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema41_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate882.errors = vErrors, 0 === errors;
}
function validate782(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.allowCredentials && (validate382(data.allowCredentials, { instancePath: instancePath + "/allowCredentials", parentData: data, parentDataProperty: "allowCredentials", rootData }) || (errors = (vErrors = null === vErrors ? validate382.errors : vErrors.concat(validate382.errors)).length)), void 0 !== data.allowHeaders && (validate066(data.allowHeaders, { instancePath: instancePath + "/allowHeaders", parentData: data, parentDataProperty: "allowHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.allowMethods && (validate066(data.allowMethods, { instancePath: instancePath + "/allowMethods", parentData: data, parentDataProperty: "allowMethods", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.allowOrigin && (validate066(data.allowOrigin, { instancePath: instancePath + "/allowOrigin", parentData: data, parentDataProperty: "allowOrigin", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.allowOrigins && (validate832(data.allowOrigins, { instancePath: instancePath + "/allowOrigins", parentData: data, parentDataProperty: "allowOrigins", rootData }) || (errors = (vErrors = null === vErrors ? validate832.errors : vErrors.concat(validate832.errors)).length)), void 0 !== data.exposeHeaders && (validate066(data.exposeHeaders, { instancePath: instancePath + "/exposeHeaders", parentData: data, parentDataProperty: "exposeHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.maxAge && (validate319(data.maxAge, { instancePath: instancePath + "/maxAge", parentData: data, parentDataProperty: "maxAge", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.unmatchedPreflights && (validate882(data.unmatchedPreflights, { instancePath: instancePath + "/unmatchedPreflights", parentData: data, parentDataProperty: "unmatchedPreflights", rootData }) || (errors = (vErrors = null === vErrors ? validate882.errors : vErrors.concat(validate882.errors)).length))), validate782.errors = vErrors, 0 === errors;
}
function validate913(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.name && (validate319(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.namespace && (validate319(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length))), validate913.errors = vErrors, 0 === errors;
}
function validate715(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.string) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate715.errors = vErrors, 0 === errors;
}
function validate812(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.bytes) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bytes" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate812.errors = vErrors, 0 === errors;
}
function validate982(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false;
  validate715(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate715.errors : vErrors.concat(validate715.errors)).length);
  var _valid0 = 0 === errors;
  if (!(valid0 = valid0 || _valid0)) {
    let _errs2 = errors;
    validate812(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate812.errors : vErrors.concat(validate812.errors)).length);
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate982.errors = vErrors, 0 === errors;
}
function validate973(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate982(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate982.errors : vErrors.concat(validate982.errors)).length), 0 === errors) {
    let err0 = { instancePath, schemaPath: "#/not", keyword: "not", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  } else errors = 0, null !== vErrors && (vErrors = null);
  return validate973.errors = vErrors, 0 === errors;
}
var formats62 = formats.byte;
function validate1052(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data), "string" == typeof data && !formats62.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "byte" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1052.errors = vErrors, 0 === errors;
}
function validate963(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  let _errs2 = errors, valid0 = false, passing0 = null, _errs3 = errors;
  validate973(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate973.errors : vErrors.concat(validate973.errors)).length);
  var _valid0 = _errs3 === errors;
  _valid0 && (valid0 = true, passing0 = 0);
  let _errs4 = errors;
  validate715(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate715.errors : vErrors.concat(validate715.errors)).length);
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 1];
  else {
    _valid0 && (valid0 = true, passing0 = 1);
    let _errs5 = errors;
    validate812(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate812.errors : vErrors.concat(validate812.errors)).length);
    var _valid0 = _errs5 === errors;
    _valid0 && valid0 ? (valid0 = false, passing0 = [passing0, 2]) : _valid0 && (valid0 = true, passing0 = 2);
  }
  if (valid0) errors = _errs2, null !== vErrors && (_errs2 ? vErrors.length = _errs2 : vErrors = null);
  else {
    let err1 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.bytes && (validate1052(data.bytes, { instancePath: instancePath + "/bytes", parentData: data, parentDataProperty: "bytes", rootData }) || (errors = (vErrors = null === vErrors ? validate1052.errors : vErrors.concat(validate1052.errors)).length)), void 0 !== data.string && (validate319(data.string, { instancePath: instancePath + "/string", parentData: data, parentDataProperty: "string", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length))), validate963.errors = vErrors, 0 === errors;
}
function validate1092(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data > 4294967295 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 0 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate1092.errors = vErrors, 0 === errors;
}
function validate953(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.status) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.body && (validate963(data.body, { instancePath: instancePath + "/body", parentData: data, parentDataProperty: "body", rootData }) || (errors = (vErrors = null === vErrors ? validate963.errors : vErrors.concat(validate963.errors)).length)), void 0 !== data.status && (validate1092(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate1092.errors : vErrors.concat(validate1092.errors)).length));
  }
  return validate953.errors = vErrors, 0 === errors;
}
function validate914(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.httpStatus) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "httpStatus" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate914.errors = vErrors, 0 === errors;
}
function validate1010(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.grpcStatus) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grpcStatus" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1010.errors = vErrors, 0 === errors;
}
function validate1114(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.http2Error) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "http2Error" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1114.errors = vErrors, 0 === errors;
}
function validate1152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false;
  validate914(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate914.errors : vErrors.concat(validate914.errors)).length);
  var _valid0 = 0 === errors;
  if (!(valid0 = valid0 || _valid0)) {
    let _errs2 = errors;
    validate1010(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1010.errors : vErrors.concat(validate1010.errors)).length);
    var _valid0 = _errs2 === errors;
    if (!(valid0 = valid0 || _valid0)) {
      let _errs3 = errors;
      validate1114(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1114.errors : vErrors.concat(validate1114.errors)).length);
      var _valid0 = _errs3 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1152.errors = vErrors, 0 === errors;
}
function validate1143(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate1152(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1152.errors : vErrors.concat(validate1152.errors)).length), 0 === errors) {
    let err0 = { instancePath, schemaPath: "#/not", keyword: "not", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  } else errors = 0, null !== vErrors && (vErrors = null);
  return validate1143.errors = vErrors, 0 === errors;
}
var formats013 = formats.int32;
function validate1212(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats013.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1212.errors = vErrors, 0 === errors;
}
var formats22 = formats.double;
function validate1410(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats22.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "double" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1410.errors = vErrors, 0 === errors;
}
function validate1313(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && void 0 !== data.value && (validate1410(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate1410.errors : vErrors.concat(validate1410.errors)).length)), validate1313.errors = vErrors, 0 === errors;
}
function validate1132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  let _errs2 = errors, valid0 = false, passing0 = null, _errs3 = errors;
  validate1143(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1143.errors : vErrors.concat(validate1143.errors)).length);
  var _valid0 = _errs3 === errors;
  _valid0 && (valid0 = true, passing0 = 0);
  let _errs4 = errors;
  validate914(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate914.errors : vErrors.concat(validate914.errors)).length);
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 1];
  else {
    _valid0 && (valid0 = true, passing0 = 1);
    let _errs5 = errors;
    validate1010(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1010.errors : vErrors.concat(validate1010.errors)).length);
    var _valid0 = _errs5 === errors;
    if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 2];
    else {
      _valid0 && (valid0 = true, passing0 = 2);
      let _errs6 = errors;
      validate1114(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1114.errors : vErrors.concat(validate1114.errors)).length);
      var _valid0 = _errs6 === errors;
      _valid0 && valid0 ? (valid0 = false, passing0 = [passing0, 3]) : _valid0 && (valid0 = true, passing0 = 3);
    }
  }
  if (valid0) errors = _errs2, null !== vErrors && (_errs2 ? vErrors.length = _errs2 : vErrors = null);
  else {
    let err1 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.grpcStatus && (validate319(data.grpcStatus, { instancePath: instancePath + "/grpcStatus", parentData: data, parentDataProperty: "grpcStatus", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.http2Error && (validate319(data.http2Error, { instancePath: instancePath + "/http2Error", parentData: data, parentDataProperty: "http2Error", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.httpStatus && (validate1212(data.httpStatus, { instancePath: instancePath + "/httpStatus", parentData: data, parentDataProperty: "httpStatus", rootData }) || (errors = (vErrors = null === vErrors ? validate1212.errors : vErrors.concat(validate1212.errors)).length)), void 0 !== data.percentage && (validate1313(data.percentage, { instancePath: instancePath + "/percentage", parentData: data, parentDataProperty: "percentage", rootData }) || (errors = (vErrors = null === vErrors ? validate1313.errors : vErrors.concat(validate1313.errors)).length))), validate1132.errors = vErrors, 0 === errors;
}
function validate165(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.fixedDelay) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fixedDelay" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate165.errors = vErrors, 0 === errors;
}
function validate177(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.exponentialDelay) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exponentialDelay" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate177.errors = vErrors, 0 === errors;
}
function validate1314(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false;
  validate165(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate165.errors : vErrors.concat(validate165.errors)).length);
  var _valid0 = 0 === errors;
  if (!(valid0 = valid0 || _valid0)) {
    let _errs2 = errors;
    validate177(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate177.errors : vErrors.concat(validate177.errors)).length);
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1314.errors = vErrors, 0 === errors;
}
function validate1302(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate1314(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1314.errors : vErrors.concat(validate1314.errors)).length), 0 === errors) {
    let err0 = { instancePath, schemaPath: "#/not", keyword: "not", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  } else errors = 0, null !== vErrors && (vErrors = null);
  return validate1302.errors = vErrors, 0 === errors;
}
function validate1292(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  let _errs2 = errors, valid0 = false, passing0 = null, _errs3 = errors;
  validate1302(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1302.errors : vErrors.concat(validate1302.errors)).length);
  var _valid0 = _errs3 === errors;
  _valid0 && (valid0 = true, passing0 = 0);
  let _errs4 = errors;
  validate165(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate165.errors : vErrors.concat(validate165.errors)).length);
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 1];
  else {
    _valid0 && (valid0 = true, passing0 = 1);
    let _errs5 = errors;
    validate177(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate177.errors : vErrors.concat(validate177.errors)).length);
    var _valid0 = _errs5 === errors;
    _valid0 && valid0 ? (valid0 = false, passing0 = [passing0, 2]) : _valid0 && (valid0 = true, passing0 = 2);
  }
  if (valid0) errors = _errs2, null !== vErrors && (_errs2 ? vErrors.length = _errs2 : vErrors = null);
  else {
    let err1 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.exponentialDelay && (validate319(data.exponentialDelay, { instancePath: instancePath + "/exponentialDelay", parentData: data, parentDataProperty: "exponentialDelay", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.fixedDelay && (validate319(data.fixedDelay, { instancePath: instancePath + "/fixedDelay", parentData: data, parentDataProperty: "fixedDelay", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.percent && (validate1212(data.percent, { instancePath: instancePath + "/percent", parentData: data, parentDataProperty: "percent", rootData }) || (errors = (vErrors = null === vErrors ? validate1212.errors : vErrors.concat(validate1212.errors)).length)), void 0 !== data.percentage && (validate1313(data.percentage, { instancePath: instancePath + "/percentage", parentData: data, parentDataProperty: "percentage", rootData }) || (errors = (vErrors = null === vErrors ? validate1313.errors : vErrors.concat(validate1313.errors)).length))), validate1292.errors = vErrors, 0 === errors;
}
function validate1122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.abort && (validate1132(data.abort, { instancePath: instancePath + "/abort", parentData: data, parentDataProperty: "abort", rootData }) || (errors = (vErrors = null === vErrors ? validate1132.errors : vErrors.concat(validate1132.errors)).length)), void 0 !== data.delay && (validate1292(data.delay, { instancePath: instancePath + "/delay", parentData: data, parentDataProperty: "delay", rootData }) || (errors = (vErrors = null === vErrors ? validate1292.errors : vErrors.concat(validate1292.errors)).length))), validate1122.errors = vErrors, 0 === errors;
}
function validate186(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) for (let key0 in data) validate151(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate151.errors : vErrors.concat(validate151.errors)).length);
  return validate186.errors = vErrors, 0 === errors;
}
function validate203(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.add && (validate186(data.add, { instancePath: instancePath + "/add", parentData: data, parentDataProperty: "add", rootData }) || (errors = (vErrors = null === vErrors ? validate186.errors : vErrors.concat(validate186.errors)).length)), void 0 !== data.remove && (validate066(data.remove, { instancePath: instancePath + "/remove", parentData: data, parentDataProperty: "remove", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.set && (validate186(data.set, { instancePath: instancePath + "/set", parentData: data, parentDataProperty: "set", rootData }) || (errors = (vErrors = null === vErrors ? validate186.errors : vErrors.concat(validate186.errors)).length))), validate203.errors = vErrors, 0 === errors;
}
function validate582(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.request && (validate203(data.request, { instancePath: instancePath + "/request", parentData: data, parentDataProperty: "request", rootData }) || (errors = (vErrors = null === vErrors ? validate203.errors : vErrors.concat(validate203.errors)).length)), void 0 !== data.response && (validate203(data.response, { instancePath: instancePath + "/response", parentData: data, parentDataProperty: "response", rootData }) || (errors = (vErrors = null === vErrors ? validate203.errors : vErrors.concat(validate203.errors)).length))), validate582.errors = vErrors, 0 === errors;
}
function validate393(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  let _errs2 = errors, valid0 = false, passing0 = null, _errs3 = errors;
  validate242(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate242.errors : vErrors.concat(validate242.errors)).length);
  var _valid0 = _errs3 === errors;
  _valid0 && (valid0 = true, passing0 = 0);
  let _errs4 = errors;
  validate414(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate414.errors : vErrors.concat(validate414.errors)).length);
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 1];
  else {
    _valid0 && (valid0 = true, passing0 = 1);
    let _errs5 = errors;
    validate522(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate522.errors : vErrors.concat(validate522.errors)).length);
    var _valid0 = _errs5 === errors;
    if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 2];
    else {
      _valid0 && (valid0 = true, passing0 = 2);
      let _errs6 = errors;
      validate612(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate612.errors : vErrors.concat(validate612.errors)).length);
      var _valid0 = _errs6 === errors;
      _valid0 && valid0 ? (valid0 = false, passing0 = [passing0, 3]) : _valid0 && (valid0 = true, passing0 = 3);
    }
  }
  if (valid0) errors = _errs2, null !== vErrors && (_errs2 ? vErrors.length = _errs2 : vErrors = null);
  else {
    let err1 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.exact && (validate319(data.exact, { instancePath: instancePath + "/exact", parentData: data, parentDataProperty: "exact", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.prefix && (validate319(data.prefix, { instancePath: instancePath + "/prefix", parentData: data, parentDataProperty: "prefix", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.regex && (validate319(data.regex, { instancePath: instancePath + "/regex", parentData: data, parentDataProperty: "regex", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length))), validate393.errors = vErrors, 0 === errors;
}
function validate472(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) for (let key0 in data) validate303(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate303.errors : vErrors.concat(validate303.errors)).length);
  return validate472.errors = vErrors, 0 === errors;
}
function validate493(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data > 4294967295 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 0 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate493.errors = vErrors, 0 === errors;
}
function validate1462(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.authority && (validate393(data.authority, { instancePath: instancePath + "/authority", parentData: data, parentDataProperty: "authority", rootData }) || (errors = (vErrors = null === vErrors ? validate393.errors : vErrors.concat(validate393.errors)).length)), void 0 !== data.gateways && (validate066(data.gateways, { instancePath: instancePath + "/gateways", parentData: data, parentDataProperty: "gateways", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.headers && (validate472(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData }) || (errors = (vErrors = null === vErrors ? validate472.errors : vErrors.concat(validate472.errors)).length)), void 0 !== data.ignoreUriCase && (validate382(data.ignoreUriCase, { instancePath: instancePath + "/ignoreUriCase", parentData: data, parentDataProperty: "ignoreUriCase", rootData }) || (errors = (vErrors = null === vErrors ? validate382.errors : vErrors.concat(validate382.errors)).length)), void 0 !== data.method && (validate393(data.method, { instancePath: instancePath + "/method", parentData: data, parentDataProperty: "method", rootData }) || (errors = (vErrors = null === vErrors ? validate393.errors : vErrors.concat(validate393.errors)).length)), void 0 !== data.name && (validate319(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.port && (validate493(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate493.errors : vErrors.concat(validate493.errors)).length)), void 0 !== data.queryParams && (validate472(data.queryParams, { instancePath: instancePath + "/queryParams", parentData: data, parentDataProperty: "queryParams", rootData }) || (errors = (vErrors = null === vErrors ? validate472.errors : vErrors.concat(validate472.errors)).length)), void 0 !== data.scheme && (validate393(data.scheme, { instancePath: instancePath + "/scheme", parentData: data, parentDataProperty: "scheme", rootData }) || (errors = (vErrors = null === vErrors ? validate393.errors : vErrors.concat(validate393.errors)).length)), void 0 !== data.sourceLabels && (validate186(data.sourceLabels, { instancePath: instancePath + "/sourceLabels", parentData: data, parentDataProperty: "sourceLabels", rootData }) || (errors = (vErrors = null === vErrors ? validate186.errors : vErrors.concat(validate186.errors)).length)), void 0 !== data.sourceNamespace && (validate319(data.sourceNamespace, { instancePath: instancePath + "/sourceNamespace", parentData: data, parentDataProperty: "sourceNamespace", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.statPrefix && (validate319(data.statPrefix, { instancePath: instancePath + "/statPrefix", parentData: data, parentDataProperty: "statPrefix", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.uri && (validate393(data.uri, { instancePath: instancePath + "/uri", parentData: data, parentDataProperty: "uri", rootData }) || (errors = (vErrors = null === vErrors ? validate393.errors : vErrors.concat(validate393.errors)).length)), void 0 !== data.withoutHeaders && (validate472(data.withoutHeaders, { instancePath: instancePath + "/withoutHeaders", parentData: data, parentDataProperty: "withoutHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate472.errors : vErrors.concat(validate472.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1462.errors = vErrors, 0 === errors;
}
function validate1453(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1462(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1462.errors : vErrors.concat(validate1462.errors)).length);
  }
  return validate1453.errors = vErrors, 0 === errors;
}
function validate503(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && void 0 !== data.number && (validate493(data.number, { instancePath: instancePath + "/number", parentData: data, parentDataProperty: "number", rootData }) || (errors = (vErrors = null === vErrors ? validate493.errors : vErrors.concat(validate493.errors)).length)), validate503.errors = vErrors, 0 === errors;
}
function validate1632(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.host) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "host" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.host && (validate151(data.host, { instancePath: instancePath + "/host", parentData: data, parentDataProperty: "host", rootData }) || (errors = (vErrors = null === vErrors ? validate151.errors : vErrors.concat(validate151.errors)).length)), void 0 !== data.port && (validate503(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate503.errors : vErrors.concat(validate503.errors)).length)), void 0 !== data.subset && (validate319(data.subset, { instancePath: instancePath + "/subset", parentData: data, parentDataProperty: "subset", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length));
  }
  return validate1632.errors = vErrors, 0 === errors;
}
function validate542(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.host) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "host" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.host && (validate151(data.host, { instancePath: instancePath + "/host", parentData: data, parentDataProperty: "host", rootData }) || (errors = (vErrors = null === vErrors ? validate151.errors : vErrors.concat(validate151.errors)).length)), void 0 !== data.port && (validate503(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate503.errors : vErrors.concat(validate503.errors)).length)), void 0 !== data.subset && (validate319(data.subset, { instancePath: instancePath + "/subset", parentData: data, parentDataProperty: "subset", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate542.errors = vErrors, 0 === errors;
}
function validate1722(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.destination) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "destination" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.destination && (validate542(data.destination, { instancePath: instancePath + "/destination", parentData: data, parentDataProperty: "destination", rootData }) || (errors = (vErrors = null === vErrors ? validate542.errors : vErrors.concat(validate542.errors)).length)), void 0 !== data.percentage && (validate1313(data.percentage, { instancePath: instancePath + "/percentage", parentData: data, parentDataProperty: "percentage", rootData }) || (errors = (vErrors = null === vErrors ? validate1313.errors : vErrors.concat(validate1313.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1722.errors = vErrors, 0 === errors;
}
function validate171(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1722(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1722.errors : vErrors.concat(validate1722.errors)).length);
  }
  return validate171.errors = vErrors, 0 === errors;
}
function validate523(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.port) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate523.errors = vErrors, 0 === errors;
}
function validate532(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data) && void 0 === data.derivePort) {
    let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "derivePort" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate532.errors = vErrors, 0 === errors;
}
function validate1802(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false;
  validate523(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate523.errors : vErrors.concat(validate523.errors)).length);
  var _valid0 = 0 === errors;
  if (!(valid0 = valid0 || _valid0)) {
    let _errs2 = errors;
    validate532(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate532.errors : vErrors.concat(validate532.errors)).length);
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1802.errors = vErrors, 0 === errors;
}
function validate1792(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate1802(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1802.errors : vErrors.concat(validate1802.errors)).length), 0 === errors) {
    let err0 = { instancePath, schemaPath: "#/not", keyword: "not", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  } else errors = 0, null !== vErrors && (vErrors = null);
  return validate1792.errors = vErrors, 0 === errors;
}
var schema64_enum = ["FROM_PROTOCOL_DEFAULT", "FROM_REQUEST_PORT"];
function validate188(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("FROM_PROTOCOL_DEFAULT" !== data && "FROM_REQUEST_PORT" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema64_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate188.errors = vErrors, 0 === errors;
}
function validate178(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  let _errs2 = errors, valid0 = false, passing0 = null, _errs3 = errors;
  validate1792(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1792.errors : vErrors.concat(validate1792.errors)).length);
  var _valid0 = _errs3 === errors;
  _valid0 && (valid0 = true, passing0 = 0);
  let _errs4 = errors;
  validate523(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate523.errors : vErrors.concat(validate523.errors)).length);
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid0) valid0 = false, passing0 = [passing0, 1];
  else {
    _valid0 && (valid0 = true, passing0 = 1);
    let _errs5 = errors;
    validate532(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate532.errors : vErrors.concat(validate532.errors)).length);
    var _valid0 = _errs5 === errors;
    _valid0 && valid0 ? (valid0 = false, passing0 = [passing0, 2]) : _valid0 && (valid0 = true, passing0 = 2);
  }
  if (valid0) errors = _errs2, null !== vErrors && (_errs2 ? vErrors.length = _errs2 : vErrors = null);
  else {
    let err1 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.authority && (validate319(data.authority, { instancePath: instancePath + "/authority", parentData: data, parentDataProperty: "authority", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.derivePort && (validate188(data.derivePort, { instancePath: instancePath + "/derivePort", parentData: data, parentDataProperty: "derivePort", rootData }) || (errors = (vErrors = null === vErrors ? validate188.errors : vErrors.concat(validate188.errors)).length)), void 0 !== data.port && (validate493(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate493.errors : vErrors.concat(validate493.errors)).length)), void 0 !== data.redirectCode && (validate493(data.redirectCode, { instancePath: instancePath + "/redirectCode", parentData: data, parentDataProperty: "redirectCode", rootData }) || (errors = (vErrors = null === vErrors ? validate493.errors : vErrors.concat(validate493.errors)).length)), void 0 !== data.scheme && (validate319(data.scheme, { instancePath: instancePath + "/scheme", parentData: data, parentDataProperty: "scheme", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.uri && (validate319(data.uri, { instancePath: instancePath + "/uri", parentData: data, parentDataProperty: "uri", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length))), validate178.errors = vErrors, 0 === errors;
}
function validate1952(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.attempts && (validate1212(data.attempts, { instancePath: instancePath + "/attempts", parentData: data, parentDataProperty: "attempts", rootData }) || (errors = (vErrors = null === vErrors ? validate1212.errors : vErrors.concat(validate1212.errors)).length)), void 0 !== data.backoff && (validate319(data.backoff, { instancePath: instancePath + "/backoff", parentData: data, parentDataProperty: "backoff", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.perTryTimeout && (validate319(data.perTryTimeout, { instancePath: instancePath + "/perTryTimeout", parentData: data, parentDataProperty: "perTryTimeout", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.retryIgnorePreviousHosts && (validate382(data.retryIgnorePreviousHosts, { instancePath: instancePath + "/retryIgnorePreviousHosts", parentData: data, parentDataProperty: "retryIgnorePreviousHosts", rootData }) || (errors = (vErrors = null === vErrors ? validate382.errors : vErrors.concat(validate382.errors)).length)), void 0 !== data.retryOn && (validate319(data.retryOn, { instancePath: instancePath + "/retryOn", parentData: data, parentDataProperty: "retryOn", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.retryRemoteLocalities && (validate382(data.retryRemoteLocalities, { instancePath: instancePath + "/retryRemoteLocalities", parentData: data, parentDataProperty: "retryRemoteLocalities", rootData }) || (errors = (vErrors = null === vErrors ? validate382.errors : vErrors.concat(validate382.errors)).length))), validate1952.errors = vErrors, 0 === errors;
}
function validate206(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.match && (validate319(data.match, { instancePath: instancePath + "/match", parentData: data, parentDataProperty: "match", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.rewrite && (validate319(data.rewrite, { instancePath: instancePath + "/rewrite", parentData: data, parentDataProperty: "rewrite", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length))), validate206.errors = vErrors, 0 === errors;
}
function validate2032(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.authority && (validate319(data.authority, { instancePath: instancePath + "/authority", parentData: data, parentDataProperty: "authority", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.uri && (validate319(data.uri, { instancePath: instancePath + "/uri", parentData: data, parentDataProperty: "uri", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.uriRegexRewrite && (validate206(data.uriRegexRewrite, { instancePath: instancePath + "/uriRegexRewrite", parentData: data, parentDataProperty: "uriRegexRewrite", rootData }) || (errors = (vErrors = null === vErrors ? validate206.errors : vErrors.concat(validate206.errors)).length))), validate2032.errors = vErrors, 0 === errors;
}
function validate2122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.destination) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "destination" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.destination && (validate542(data.destination, { instancePath: instancePath + "/destination", parentData: data, parentDataProperty: "destination", rootData }) || (errors = (vErrors = null === vErrors ? validate542.errors : vErrors.concat(validate542.errors)).length)), void 0 !== data.headers && (validate582(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData }) || (errors = (vErrors = null === vErrors ? validate582.errors : vErrors.concat(validate582.errors)).length)), void 0 !== data.weight && (validate1212(data.weight, { instancePath: instancePath + "/weight", parentData: data, parentDataProperty: "weight", rootData }) || (errors = (vErrors = null === vErrors ? validate1212.errors : vErrors.concat(validate1212.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2122.errors = vErrors, 0 === errors;
}
function validate2112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2122(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2122.errors : vErrors.concat(validate2122.errors)).length);
  }
  return validate2112.errors = vErrors, 0 === errors;
}
function validate772(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.corsPolicy && (validate782(data.corsPolicy, { instancePath: instancePath + "/corsPolicy", parentData: data, parentDataProperty: "corsPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate782.errors : vErrors.concat(validate782.errors)).length)), void 0 !== data.delegate && (validate913(data.delegate, { instancePath: instancePath + "/delegate", parentData: data, parentDataProperty: "delegate", rootData }) || (errors = (vErrors = null === vErrors ? validate913.errors : vErrors.concat(validate913.errors)).length)), void 0 !== data.directResponse && (validate953(data.directResponse, { instancePath: instancePath + "/directResponse", parentData: data, parentDataProperty: "directResponse", rootData }) || (errors = (vErrors = null === vErrors ? validate953.errors : vErrors.concat(validate953.errors)).length)), void 0 !== data.fault && (validate1122(data.fault, { instancePath: instancePath + "/fault", parentData: data, parentDataProperty: "fault", rootData }) || (errors = (vErrors = null === vErrors ? validate1122.errors : vErrors.concat(validate1122.errors)).length)), void 0 !== data.headers && (validate582(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData }) || (errors = (vErrors = null === vErrors ? validate582.errors : vErrors.concat(validate582.errors)).length)), void 0 !== data.match && (validate1453(data.match, { instancePath: instancePath + "/match", parentData: data, parentDataProperty: "match", rootData }) || (errors = (vErrors = null === vErrors ? validate1453.errors : vErrors.concat(validate1453.errors)).length)), void 0 !== data.mirror && (validate1632(data.mirror, { instancePath: instancePath + "/mirror", parentData: data, parentDataProperty: "mirror", rootData }) || (errors = (vErrors = null === vErrors ? validate1632.errors : vErrors.concat(validate1632.errors)).length)), void 0 !== data.mirror_percent && (validate493(data.mirror_percent, { instancePath: instancePath + "/mirror_percent", parentData: data, parentDataProperty: "mirror_percent", rootData }) || (errors = (vErrors = null === vErrors ? validate493.errors : vErrors.concat(validate493.errors)).length)), void 0 !== data.mirrorPercent && (validate493(data.mirrorPercent, { instancePath: instancePath + "/mirrorPercent", parentData: data, parentDataProperty: "mirrorPercent", rootData }) || (errors = (vErrors = null === vErrors ? validate493.errors : vErrors.concat(validate493.errors)).length)), void 0 !== data.mirrorPercentage && (validate1313(data.mirrorPercentage, { instancePath: instancePath + "/mirrorPercentage", parentData: data, parentDataProperty: "mirrorPercentage", rootData }) || (errors = (vErrors = null === vErrors ? validate1313.errors : vErrors.concat(validate1313.errors)).length)), void 0 !== data.mirrors && (validate171(data.mirrors, { instancePath: instancePath + "/mirrors", parentData: data, parentDataProperty: "mirrors", rootData }) || (errors = (vErrors = null === vErrors ? validate171.errors : vErrors.concat(validate171.errors)).length)), void 0 !== data.name && (validate319(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.redirect && (validate178(data.redirect, { instancePath: instancePath + "/redirect", parentData: data, parentDataProperty: "redirect", rootData }) || (errors = (vErrors = null === vErrors ? validate178.errors : vErrors.concat(validate178.errors)).length)), void 0 !== data.retries && (validate1952(data.retries, { instancePath: instancePath + "/retries", parentData: data, parentDataProperty: "retries", rootData }) || (errors = (vErrors = null === vErrors ? validate1952.errors : vErrors.concat(validate1952.errors)).length)), void 0 !== data.rewrite && (validate2032(data.rewrite, { instancePath: instancePath + "/rewrite", parentData: data, parentDataProperty: "rewrite", rootData }) || (errors = (vErrors = null === vErrors ? validate2032.errors : vErrors.concat(validate2032.errors)).length)), void 0 !== data.route && (validate2112(data.route, { instancePath: instancePath + "/route", parentData: data, parentDataProperty: "route", rootData }) || (errors = (vErrors = null === vErrors ? validate2112.errors : vErrors.concat(validate2112.errors)).length)), void 0 !== data.timeout && (validate319(data.timeout, { instancePath: instancePath + "/timeout", parentData: data, parentDataProperty: "timeout", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate772.errors = vErrors, 0 === errors;
}
function validate762(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate772(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate772.errors : vErrors.concat(validate772.errors)).length);
  }
  return validate762.errors = vErrors, 0 === errors;
}
function validate224(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.destinationSubnets && (validate066(data.destinationSubnets, { instancePath: instancePath + "/destinationSubnets", parentData: data, parentDataProperty: "destinationSubnets", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.gateways && (validate066(data.gateways, { instancePath: instancePath + "/gateways", parentData: data, parentDataProperty: "gateways", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.port && (validate493(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate493.errors : vErrors.concat(validate493.errors)).length)), void 0 !== data.sourceLabels && (validate186(data.sourceLabels, { instancePath: instancePath + "/sourceLabels", parentData: data, parentDataProperty: "sourceLabels", rootData }) || (errors = (vErrors = null === vErrors ? validate186.errors : vErrors.concat(validate186.errors)).length)), void 0 !== data.sourceNamespace && (validate319(data.sourceNamespace, { instancePath: instancePath + "/sourceNamespace", parentData: data, parentDataProperty: "sourceNamespace", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.sourceSubnet && (validate319(data.sourceSubnet, { instancePath: instancePath + "/sourceSubnet", parentData: data, parentDataProperty: "sourceSubnet", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate224.errors = vErrors, 0 === errors;
}
function validate223(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate224(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate224.errors : vErrors.concat(validate224.errors)).length);
  }
  return validate223.errors = vErrors, 0 === errors;
}
function validate622(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.destination) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "destination" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.destination && (validate542(data.destination, { instancePath: instancePath + "/destination", parentData: data, parentDataProperty: "destination", rootData }) || (errors = (vErrors = null === vErrors ? validate542.errors : vErrors.concat(validate542.errors)).length)), void 0 !== data.weight && (validate1212(data.weight, { instancePath: instancePath + "/weight", parentData: data, parentDataProperty: "weight", rootData }) || (errors = (vErrors = null === vErrors ? validate1212.errors : vErrors.concat(validate1212.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate622.errors = vErrors, 0 === errors;
}
function validate613(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate622(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate622.errors : vErrors.concat(validate622.errors)).length);
  }
  return validate613.errors = vErrors, 0 === errors;
}
function validate2222(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.match && (validate223(data.match, { instancePath: instancePath + "/match", parentData: data, parentDataProperty: "match", rootData }) || (errors = (vErrors = null === vErrors ? validate223.errors : vErrors.concat(validate223.errors)).length)), void 0 !== data.route && (validate613(data.route, { instancePath: instancePath + "/route", parentData: data, parentDataProperty: "route", rootData }) || (errors = (vErrors = null === vErrors ? validate613.errors : vErrors.concat(validate613.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2222.errors = vErrors, 0 === errors;
}
function validate221(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2222(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2222.errors : vErrors.concat(validate2222.errors)).length);
  }
  return validate221.errors = vErrors, 0 === errors;
}
function validate243(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate151(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate151.errors : vErrors.concat(validate151.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate243.errors = vErrors, 0 === errors;
}
function validate239(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.sniHosts) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sniHosts" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.destinationSubnets && (validate066(data.destinationSubnets, { instancePath: instancePath + "/destinationSubnets", parentData: data, parentDataProperty: "destinationSubnets", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.gateways && (validate066(data.gateways, { instancePath: instancePath + "/gateways", parentData: data, parentDataProperty: "gateways", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.port && (validate493(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate493.errors : vErrors.concat(validate493.errors)).length)), void 0 !== data.sniHosts && (validate243(data.sniHosts, { instancePath: instancePath + "/sniHosts", parentData: data, parentDataProperty: "sniHosts", rootData }) || (errors = (vErrors = null === vErrors ? validate243.errors : vErrors.concat(validate243.errors)).length)), void 0 !== data.sourceLabels && (validate186(data.sourceLabels, { instancePath: instancePath + "/sourceLabels", parentData: data, parentDataProperty: "sourceLabels", rootData }) || (errors = (vErrors = null === vErrors ? validate186.errors : vErrors.concat(validate186.errors)).length)), void 0 !== data.sourceNamespace && (validate319(data.sourceNamespace, { instancePath: instancePath + "/sourceNamespace", parentData: data, parentDataProperty: "sourceNamespace", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate239.errors = vErrors, 0 === errors;
}
function validate238(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate239(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate239.errors : vErrors.concat(validate239.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate238.errors = vErrors, 0 === errors;
}
function validate237(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.match) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.match && (validate238(data.match, { instancePath: instancePath + "/match", parentData: data, parentDataProperty: "match", rootData }) || (errors = (vErrors = null === vErrors ? validate238.errors : vErrors.concat(validate238.errors)).length)), void 0 !== data.route && (validate613(data.route, { instancePath: instancePath + "/route", parentData: data, parentDataProperty: "route", rootData }) || (errors = (vErrors = null === vErrors ? validate613.errors : vErrors.concat(validate613.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate237.errors = vErrors, 0 === errors;
}
function validate236(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate237(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate237.errors : vErrors.concat(validate237.errors)).length);
  }
  return validate236.errors = vErrors, 0 === errors;
}
function validate722(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.exportTo && (validate066(data.exportTo, { instancePath: instancePath + "/exportTo", parentData: data, parentDataProperty: "exportTo", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.gateways && (validate066(data.gateways, { instancePath: instancePath + "/gateways", parentData: data, parentDataProperty: "gateways", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.hosts && (validate066(data.hosts, { instancePath: instancePath + "/hosts", parentData: data, parentDataProperty: "hosts", rootData }) || (errors = (vErrors = null === vErrors ? validate066.errors : vErrors.concat(validate066.errors)).length)), void 0 !== data.http && (validate762(data.http, { instancePath: instancePath + "/http", parentData: data, parentDataProperty: "http", rootData }) || (errors = (vErrors = null === vErrors ? validate762.errors : vErrors.concat(validate762.errors)).length)), void 0 !== data.tcp && (validate221(data.tcp, { instancePath: instancePath + "/tcp", parentData: data, parentDataProperty: "tcp", rootData }) || (errors = (vErrors = null === vErrors ? validate221.errors : vErrors.concat(validate221.errors)).length)), void 0 !== data.tls && (validate236(data.tls, { instancePath: instancePath + "/tls", parentData: data, parentDataProperty: "tls", rootData }) || (errors = (vErrors = null === vErrors ? validate236.errors : vErrors.concat(validate236.errors)).length))), validate722.errors = vErrors, 0 === errors;
}
var formats4 = formats["date-time"];
function validate662(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data), "string" == typeof data && !formats4.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "date-time" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate662.errors = vErrors, 0 === errors;
}
function validate682(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate682.errors = vErrors, 0 === errors;
}
function validate672(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, valid0 = false;
  validate682(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate682.errors : vErrors.concat(validate682.errors)).length);
  var _valid0 = 0 === errors;
  if (!(valid0 = valid0 || _valid0)) {
    let _errs2 = errors;
    validate151(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate151.errors : vErrors.concat(validate151.errors)).length);
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (valid0) errors = 0, null !== vErrors && (vErrors = null);
  else {
    let err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {} };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate672.errors = vErrors, 0 === errors;
}
function validate256(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.lastProbeTime && (validate662(data.lastProbeTime, { instancePath: instancePath + "/lastProbeTime", parentData: data, parentDataProperty: "lastProbeTime", rootData }) || (errors = (vErrors = null === vErrors ? validate662.errors : vErrors.concat(validate662.errors)).length)), void 0 !== data.lastTransitionTime && (validate662(data.lastTransitionTime, { instancePath: instancePath + "/lastTransitionTime", parentData: data, parentDataProperty: "lastTransitionTime", rootData }) || (errors = (vErrors = null === vErrors ? validate662.errors : vErrors.concat(validate662.errors)).length)), void 0 !== data.message && (validate319(data.message, { instancePath: instancePath + "/message", parentData: data, parentDataProperty: "message", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.observedGeneration && (validate672(data.observedGeneration, { instancePath: instancePath + "/observedGeneration", parentData: data, parentDataProperty: "observedGeneration", rootData }) || (errors = (vErrors = null === vErrors ? validate672.errors : vErrors.concat(validate672.errors)).length)), void 0 !== data.reason && (validate319(data.reason, { instancePath: instancePath + "/reason", parentData: data, parentDataProperty: "reason", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.status && (validate319(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.type && (validate319(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate256.errors = vErrors, 0 === errors;
}
function validate255(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate256(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate256.errors : vErrors.concat(validate256.errors)).length);
  }
  return validate255.errors = vErrors, 0 === errors;
}
var schema84_enum = ["UNKNOWN", "ERROR", "WARNING", "INFO"];
function validate270(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("UNKNOWN" !== data && "ERROR" !== data && "WARNING" !== data && "INFO" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema84_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate270.errors = vErrors, 0 === errors;
}
function validate2722(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.code && (validate319(data.code, { instancePath: instancePath + "/code", parentData: data, parentDataProperty: "code", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.name && (validate319(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length))), validate2722.errors = vErrors, 0 === errors;
}
function validate268(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.documentationUrl && (validate319(data.documentationUrl, { instancePath: instancePath + "/documentationUrl", parentData: data, parentDataProperty: "documentationUrl", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.level && (validate270(data.level, { instancePath: instancePath + "/level", parentData: data, parentDataProperty: "level", rootData }) || (errors = (vErrors = null === vErrors ? validate270.errors : vErrors.concat(validate270.errors)).length)), void 0 !== data.type && (validate2722(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate2722.errors : vErrors.concat(validate2722.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate268.errors = vErrors, 0 === errors;
}
function validate267(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate268(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate268.errors : vErrors.concat(validate268.errors)).length);
  }
  return validate267.errors = vErrors, 0 === errors;
}
function validate254(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return data && "object" == typeof data && !Array.isArray(data) && (void 0 !== data.conditions && (validate255(data.conditions, { instancePath: instancePath + "/conditions", parentData: data, parentDataProperty: "conditions", rootData }) || (errors = (vErrors = null === vErrors ? validate255.errors : vErrors.concat(validate255.errors)).length)), void 0 !== data.observedGeneration && (validate672(data.observedGeneration, { instancePath: instancePath + "/observedGeneration", parentData: data, parentDataProperty: "observedGeneration", rootData }) || (errors = (vErrors = null === vErrors ? validate672.errors : vErrors.concat(validate672.errors)).length)), void 0 !== data.validationMessages && (validate267(data.validationMessages, { instancePath: instancePath + "/validationMessages", parentData: data, parentDataProperty: "validationMessages", rootData }) || (errors = (vErrors = null === vErrors ? validate267.errors : vErrors.concat(validate267.errors)).length))), validate254.errors = vErrors, 0 === errors;
}
var schema86_enum = ["networking.istio.io/v1"];
function validate279(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("networking.istio.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema86_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate279.errors = vErrors, 0 === errors;
}
var schema87_enum = ["VirtualService"];
function validate281(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("VirtualService" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema87_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate281.errors = vErrors, 0 === errors;
}
function validate283(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate6(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)), validate283.errors = vErrors, 0 === errors;
}
function validate716(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.apiVersion) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.spec && (validate722(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = null === vErrors ? validate722.errors : vErrors.concat(validate722.errors)).length)), void 0 !== data.status && (validate254(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate254.errors : vErrors.concat(validate254.errors)).length)), void 0 !== data.apiVersion && (validate279(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate279.errors : vErrors.concat(validate279.errors)).length)), void 0 !== data.kind && (validate281(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate281.errors : vErrors.concat(validate281.errors)).length)), void 0 !== data.metadata && (validate283(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate283.errors : vErrors.concat(validate283.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate716.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/istio/networking.istio.io/v1/VirtualService.js
var VirtualService = class _VirtualService extends Model {
  static {
    this.apiVersion = "networking.istio.io/v1";
  }
  static {
    this.kind = "VirtualService";
  }
  static {
    this.is = createTypeMetaGuard(_VirtualService);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _VirtualService.apiVersion, kind: _VirtualService.kind, ...data });
  }
};
setValidateFunc(VirtualService, validate109);

// src/core/routers/istio/edit.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/core/routers/istio/hosts.ts
function resolveHost(host, ns, clusterDomain) {
  const parts = host.split(".");
  if (parts.length === 1) return `${host}.${ns}.svc.${clusterDomain}`;
  if (parts.length === 2) return `${host}.svc.${clusterDomain}`;
  if (parts.length === 3 && parts[2] === "svc") return `${host}.${clusterDomain}`;
  return host;
}
function serviceFqdn(input, name) {
  return `${name}.${input.service.namespace}.svc.${input.clusterDomain}`;
}
function destinationVersion(params) {
  const { input, host, subset } = params;
  for (const [v, c] of Object.entries(input.service.versions))
    if (c.host !== void 0 && serviceFqdn(input, c.host) === host) return v;
  if (host !== serviceFqdn(input, input.service.host)) return void 0;
  if (subset === void 0) return null;
  const version2 = input.service.versions[subset];
  return version2 !== void 0 && version2.host === void 0 ? subset : null;
}
var PLAIN_MATCH_KEYS2 = /* @__PURE__ */ new Set([
  "uri",
  "method",
  "port",
  "gateways",
  "name",
  "authority",
  "scheme",
  "ignoreUriCase"
]);
function isSelective(rule) {
  const match = rule?.match;
  return Array.isArray(match) && match.some(
    (m) => typeof m === "object" && m !== null && Object.keys(m).some((k) => !PLAIN_MATCH_KEYS2.has(k))
  );
}

// src/core/routers/istio/edit.ts
function destText(host, subset) {
  return subset === void 0 ? host : `${host} (subset ${subset})`;
}
function editVirtualService(params) {
  const { file, text, input, weights } = params;
  const { host, namespace } = input.service;
  const parsed = parseStream({ file, text, expected: "a VirtualService" });
  if (!parsed.ok) return parsed;
  const { docs, where } = parsed;
  const versions = Object.keys(weights);
  const splices = [];
  const notes = [];
  let routes = 0;
  for (const d of docs) {
    if (str(get(d.contents, "kind")) !== "VirtualService") continue;
    const ns = str(get(get(d.contents, "metadata"), "namespace")) ?? namespace;
    const spec = get(d.contents, "spec");
    for (const proto of ["http", "tls", "tcp"]) {
      const list = get(spec, proto);
      if (!(0, import_yaml4.isSeq)(list)) continue;
      for (const rule of list.items) {
        const route = get(rule, "route");
        if (!(0, import_yaml4.isSeq)(route)) continue;
        const entries = route.items.map((r) => {
          const dest = get(r, "destination");
          const h = str(get(dest, "host"));
          const subset = str(get(dest, "subset"));
          const version2 = h === void 0 ? void 0 : destinationVersion({ input, host: resolveHost(h, ns, input.clusterDomain), subset });
          return { r, dest, h, subset, version: version2 };
        });
        const ours = entries.filter((e) => e.version !== void 0);
        if (ours.length === 0) continue;
        if (isSelective((0, import_yaml4.isMap)(rule) ? rule.toJSON() : void 0)) continue;
        const foreign = entries.find((e) => e.version === void 0);
        if (foreign) {
          return {
            ok: false,
            reason: "route-mismatch",
            message: `${where(foreign.dest)}: this route sends traffic to ${destText(foreign.h ?? "?", foreign.subset)} as well as to ${host}'s versions. Istio weights are relative to the whole route, so rollout-bot cannot set ${host}'s split here. Move the other destination to a route of its own (e.g. with a \`match:\`), or leave ${host} out of this route.`
          };
        }
        routes++;
        const seen = /* @__PURE__ */ new Set();
        for (const e of ours) {
          if (e.version === null || e.version === void 0) {
            return {
              ok: false,
              reason: "route-mismatch",
              message: `${where(e.dest)}: route to ${host} ${e.subset === void 0 ? "has no subset" : `uses subset \`${e.subset}\``}, which is not a version in rollout.yaml (${versions.join(", ")}). Give each destination a \`subset:\` named after a version.`
            };
          }
          seen.add(e.version);
        }
        const only = ours[0];
        if (ours.length === 1 && only?.version && !(0, import_yaml4.isNode)(get(only.r, "weight")) && weights[only.version] === 100)
          continue;
        for (const e of ours) {
          const version2 = e.version;
          const w = weights[version2] ?? 0;
          const set = weightSplice(text, e.r, w);
          if (!set.ok)
            return {
              ok: false,
              reason: "route-mismatch",
              message: set.problem === "not-a-number" ? `${where(set.node)}: weight is not a plain number. Write it as e.g. \`weight: 10\`.` : `${where(e.r)}: destination \`${version2}\` has no \`weight:\` and is written in flow style. Add \`weight: ${w}\` to it.`
            };
          if (set.splice) splices.push(set.splice);
          if (set.inserted)
            notes.push(`${where(e.r)}: added \`weight: ${w}\` to the destination of ${version2}`);
        }
        const missing = versions.filter((v) => (weights[v] ?? 0) > 0 && !seen.has(v));
        for (const v of missing) {
          const template = ours[0];
          const added = template && addDestination({
            text,
            route,
            template: template.r,
            input,
            version: v,
            weight: weights[v] ?? 0
          });
          if (!added) {
            return {
              ok: false,
              reason: "route-mismatch",
              message: `${where(route)}: this route to ${host} has no destination for \`${v}\`, which would get ${weights[v]} %. Add \`- destination: { host: ${input.service.versions[v]?.host ?? host}${input.service.versions[v]?.host ? "" : `, subset: ${v}`} }\` with a weight to the route.`
            };
          }
          splices.push(added);
          notes.push(`${where(route)}: added a destination for ${v} (${weights[v]} %)`);
        }
      }
    }
  }
  if (routes === 0) {
    return {
      ok: false,
      reason: "no-matching-route",
      message: `${file}: no VirtualService route sends traffic to \`${host}\` (namespace ${namespace}). Point virtualService at the file that routes to it, or fix \`host\` in rollout.yaml.`
    };
  }
  return { ok: true, text: applySplices(text, splices), routes, notes };
}
function addDestination(params) {
  const { text, route, template, input, version: version2, weight: weight2 } = params;
  const dest = get(template, "destination");
  const cols = itemColumns(text, template);
  const destCol = (0, import_yaml4.isMap)(dest) && !dest.flow && (0, import_yaml4.isNode)(dest.items[0]?.key) ? columnOf(text, dest.items[0].key) : void 0;
  if (!cols || destCol === void 0 || !(0, import_yaml4.isMap)(dest)) return void 0;
  const own2 = input.service.versions[version2]?.host;
  const port = get(get(dest, "port"), "number");
  const pad = (n) => " ".repeat(n);
  return appendToSeq(text, route, [
    `${pad(cols.dash)}-${pad(cols.key - cols.dash - 1)}destination:`,
    `${pad(destCol)}host: ${own2 ?? str(get(dest, "host")) ?? input.service.host}`,
    ...own2 ? [] : [`${pad(destCol)}subset: ${version2}`],
    ...(0, import_yaml4.isScalar)(port) ? [`${pad(destCol)}port:`, `${pad(destCol + 2)}number: ${String(port.value)}`] : [],
    `${pad(cols.key)}weight: ${weight2}`
  ]);
}

// src/core/routers/istio/index.ts
var API2 = "networking.istio.io/v1";
function destination(input, version2, port) {
  const own2 = input.service.versions[version2]?.host;
  return {
    host: own2 ?? input.service.host,
    ...port ? { port: { number: port } } : {},
    ...own2 ? {} : { subset: version2 }
  };
}
function routeTo(input, port) {
  return Object.entries(input.service.versions).map(([v, c]) => ({
    destination: destination(input, v, port),
    weight: c.weight
  }));
}
function mirrorOf(input, port) {
  const m = input.service.mirror;
  return m ? { mirror: destination(input, m.version, port), mirrorPercentage: { value: m.percent } } : {};
}
function httpRoutes2(input, base, rest, port) {
  const { pin, versions } = input.service;
  const pinned = pin ? Object.keys(versions).map((v) => ({
    match: [{ ...base, headers: { [pin.header]: { exact: v } } }],
    ...rest,
    route: [{ destination: destination(input, v, port) }]
  })) : [];
  return [
    ...pinned,
    { ...base ? { match: [base] } : {}, ...rest, route: routeTo(input, port), ...mirrorOf(input, port) }
  ];
}
function virtualServices(input) {
  const { key, service: s } = input;
  const out = [
    {
      apiVersion: API2,
      kind: "VirtualService",
      metadata: managedMeta(key, s.namespace, key),
      spec: { hosts: [s.host], http: httpRoutes2(input, void 0, {}) }
    }
  ];
  if (s.gateway) {
    const base = { uri: { exact: routePath(key, s) }, method: { exact: "POST" } };
    out.push({
      apiVersion: API2,
      kind: "VirtualService",
      metadata: managedMeta(key, s.namespace, `${key}-gateway`),
      spec: {
        hosts: ["*"],
        gateways: [s.gateway],
        http: httpRoutes2(
          input,
          base,
          { rewrite: { uri: `/v1/models/${modelName(key, s)}:predict` } },
          REST_PORT
        )
      }
    });
  }
  return out;
}
function destinationRule(input) {
  const { key, service: s } = input;
  const subsets = Object.keys(s.versions).filter((v) => s.versions[v]?.host === void 0);
  if (subsets.length === 0) return void 0;
  return {
    apiVersion: API2,
    kind: "DestinationRule",
    metadata: managedMeta(key, s.namespace, key),
    spec: { host: s.host, subsets: subsets.map((v) => ({ name: v, labels: { version: v } })) }
  };
}
function liveWeights2(params) {
  const { input } = params;
  for (const vs of params.objects) {
    if (vs.kind !== "VirtualService") continue;
    const spec = vs.spec;
    const ns = vs.metadata.namespace ?? input.service.namespace;
    for (const rule of spec?.http ?? []) {
      if (isSelective(rule)) continue;
      const routes = (rule.route ?? []).flatMap((r) => {
        const version2 = r.destination?.host === void 0 ? void 0 : destinationVersion({
          input,
          host: resolveHost(r.destination.host, ns, input.clusterDomain),
          subset: r.destination.subset
        });
        return version2 == null ? [] : [{ version: version2, weight: r.weight }];
      });
      if (routes.length === 0) continue;
      const out = {};
      for (const r of routes) out[r.version] = r.weight ?? (routes.length === 1 ? 100 : 0);
      return out;
    }
  }
  return {};
}
function telemetry2(input) {
  const { service: s } = input;
  const own2 = Object.entries(s.versions).flatMap(([v, c]) => c.host ? [[v, c.host]] : []);
  const names = [s.host, ...own2.map(([, h]) => h)];
  const service = own2.length === 0 ? `destination_service_name=${promString(s.host)}` : `destination_service_name=~${promString(names.map(regexLiteral).join("|"))}`;
  const sel = (matchers) => `{reporter="destination",${service},destination_service_namespace=${promString(s.namespace)}${matchers}}`;
  return {
    sumByVersion({ fn, metric, range, matchers = "", by = [] }) {
      let inner = `${fn}(${metric}${sel(matchers)}[${range}])`;
      for (const [v, h] of own2)
        inner = `label_replace(${inner}, "destination_version", ${promString(v)}, "destination_service_name", ${promString(regexLiteral(h))})`;
      return `sum by (${["destination_version", ...by].join(", ")}) (${inner})`;
    },
    description: `Istio metrics of Service \`${s.host}\``
  };
}
var istio = {
  name: "istio",
  kinds: [
    { apiVersion: API2, kind: "DestinationRule" },
    { apiVersion: API2, kind: "VirtualService" }
  ],
  broughtField: "virtualService",
  problems: () => [],
  versionHost: (input, version2) => input.service.versions[version2]?.host,
  render(input) {
    const dr = destinationRule(input);
    return [
      ...dr ? [{ file: "destinationrule.yaml", objects: [dr] }] : [],
      ...input.service.virtualService ? [] : [{ file: "virtualservice.yaml", objects: virtualServices(input) }]
    ];
  },
  validate(objects) {
    for (const o of objects) {
      const bad = o.kind === "VirtualService" ? validated(o, () => new VirtualService(o).validate(), "Istio") : o.kind === "DestinationRule" ? validated(o, () => new DestinationRule(o).validate(), "Istio") : void 0;
      if (bad) return bad;
    }
    return void 0;
  },
  edit: (params) => editVirtualService(params),
  liveWeights: liveWeights2,
  telemetry: telemetry2
};

// src/core/routers/kserve/crd-schema.ts
var INFERENCE_SERVICE_SCHEMA = {
  properties: {
    apiVersion: {
      type: "string"
    },
    kind: {
      type: "string"
    },
    metadata: {
      type: "object"
    },
    spec: {
      properties: {
        predictor: {
          properties: {
            canaryTrafficPercent: {
              format: "int64",
              type: "integer"
            },
            minReplicas: {
              format: "int32",
              type: "integer"
            },
            maxReplicas: {
              format: "int32",
              type: "integer"
            },
            labels: {
              additionalProperties: {
                type: "string"
              },
              type: "object"
            },
            model: {
              properties: {
                modelFormat: {
                  properties: {
                    name: {
                      type: "string"
                    },
                    version: {
                      type: "string"
                    }
                  },
                  required: ["name"],
                  type: "object"
                },
                runtime: {
                  type: "string"
                },
                storageUri: {
                  type: "string"
                }
              },
              type: "object"
            }
          },
          type: "object"
        }
      },
      required: ["predictor"],
      type: "object"
    }
  },
  type: "object"
};

// src/core/routers/kserve/state.ts
function predictorState(service) {
  const order = Object.keys(service.versions);
  const latest = order[order.length - 1];
  const previous = order.length > 1 ? order[0] : void 0;
  if (previous === void 0) return { latest };
  if (service.stable === latest) return { latest, previous };
  return { latest, previous, canaryTrafficPercent: service.versions[latest]?.weight ?? 0 };
}
function olderServes(params) {
  const { order, weights, stable } = params;
  if (order.length !== 2) return void 0;
  const [older, newer] = order;
  return stable === newer && (weights[older] ?? 0) > 0 ? { older, newer } : void 0;
}

// src/core/routers/kserve/live.ts
function liveWeights3(params) {
  const { service: s } = params.input;
  const isvc = params.objects.find((o) => o.kind === "InferenceService" && o.metadata.name === s.host);
  if (!isvc) return {};
  const { latest, previous } = predictorState(s);
  const out = Object.fromEntries(Object.keys(s.versions).map((v) => [v, 0]));
  const add = (toPrevious, percent) => {
    const v = toPrevious && previous !== void 0 ? previous : latest;
    out[v] = (out[v] ?? 0) + percent;
  };
  const canary = isvc.spec?.predictor?.canaryTrafficPercent;
  const predictor = isvc.status?.components?.predictor;
  const traffic = predictor?.traffic ?? [];
  if (traffic.length > 0) {
    const splitting = canary !== void 0 && canary < 100;
    for (const t of traffic) {
      const prev = t.latestRevision === false || t.tag === "prev" || splitting && t.revisionName !== void 0 && t.revisionName === predictor?.latestRolledoutRevision;
      add(prev, t.percent ?? 0);
    }
    return out;
  }
  add(false, canary ?? 100);
  add(true, 100 - (canary ?? 100));
  return out;
}

// src/core/routers/kserve/openapi.ts
var INT_RANGES = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]
};
function isMap4(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function typeProblem(value, type) {
  const ok = type === "object" ? isMap4(value) : type === "array" ? Array.isArray(value) : type === "string" ? typeof value === "string" : type === "integer" ? Number.isInteger(value) : type === "number" ? typeof value === "number" && Number.isFinite(value) : type === "boolean" ? typeof value === "boolean" : true;
  return ok ? void 0 : `must be ${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}
function at(path, key) {
  return typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}
function schemaProblem(value, schema, path = "") {
  const where = path || "(root)";
  if (value === null) return schema.nullable ? void 0 : `${where}: must not be null`;
  if (schema["x-kubernetes-int-or-string"]) {
    if (!Number.isInteger(value) && typeof value !== "string")
      return `${where}: must be an integer or a string`;
  } else if (schema.type) {
    const bad = typeProblem(value, schema.type);
    if (bad) return `${where}: ${bad}`;
  }
  if (schema.anyOf && !schema["x-kubernetes-int-or-string"]) {
    if (!schema.anyOf.some((s) => schemaProblem(value, s, path) === void 0))
      return `${where}: matches none of its allowed forms`;
  }
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
    return `${where}: must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(", ")}`;
  if (typeof value === "number") {
    const range = schema.format ? INT_RANGES[schema.format] : void 0;
    if (range && (value < range[0] || value > range[1]))
      return `${where}: is out of range for ${schema.format}`;
    if (schema.minimum !== void 0 && value < schema.minimum)
      return `${where}: must be \u2265 ${schema.minimum}`;
    if (schema.maximum !== void 0 && value > schema.maximum)
      return `${where}: must be \u2264 ${schema.maximum}`;
  }
  if (typeof value === "string" && schema.pattern && !new RegExp(schema.pattern).test(value))
    return `${where}: must match ${schema.pattern}`;
  if (Array.isArray(value) && schema.items) {
    for (const [i, item] of value.entries()) {
      const bad = schemaProblem(item, schema.items, at(path, i));
      if (bad) return bad;
    }
  }
  if (isMap4(value)) {
    for (const r of schema.required ?? []) if (!(r in value)) return `${at(path, r)}: is required`;
    const props = schema.properties;
    for (const [k, v] of Object.entries(value)) {
      const own2 = props?.[k];
      const extra = schema.additionalProperties;
      const sub = own2 ?? (typeof extra === "object" ? extra : void 0);
      if (sub) {
        const bad = schemaProblem(v, sub, at(path, k));
        if (bad) return bad;
      } else if (extra === false || props !== void 0 && extra === void 0 && !schema["x-kubernetes-preserve-unknown-fields"]) {
        return `${at(path, k)}: unknown field`;
      }
    }
  }
  return void 0;
}

// src/core/routers/kserve/index.ts
var API3 = "serving.kserve.io/v1beta1";
var KIND = "InferenceService";
var ISVC_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var MAX_HOST = 63 - "-predictor-00001-deployment".length;
function inferenceService(input) {
  const { key, service: s } = input;
  const ks = s.kserve;
  const state = predictorState(s);
  const model = s.versions[state.latest]?.modelBasePath;
  if (!ks || !model)
    throw new Error(`inferenceService() called without kserve/modelBasePath of ${state.latest}`);
  return {
    apiVersion: API3,
    kind: KIND,
    metadata: {
      ...managedMeta(key, s.namespace, s.host),
      annotations: {
        "serving.kserve.io/deploymentMode": ks.deploymentMode,
        // KServe's service-mesh guide asks for the sidecar this way; it reaches the pods.
        "sidecar.istio.io/inject": "true"
      }
    },
    spec: {
      predictor: {
        // Predictor labels reach the revision's pods: Istio reports `version` as
        // destination_version and Istio's injector selects on the sidecar label.
        labels: { version: state.latest, "sidecar.istio.io/inject": "true" },
        ...ks.minReplicas === void 0 ? {} : { minReplicas: ks.minReplicas },
        ...ks.maxReplicas === void 0 ? {} : { maxReplicas: ks.maxReplicas },
        model: {
          modelFormat: { name: ks.modelFormat },
          ...ks.runtime === void 0 ? {} : { runtime: ks.runtime },
          storageUri: model
        },
        // Absent once promoted, 0 after abort: KServe's canary example promotes and rolls back so
        // (https://kserve.github.io/website/docs/model-serving/predictive-inference/rollout-strategies/canary-example).
        ...state.canaryTrafficPercent === void 0 ? {} : { canaryTrafficPercent: state.canaryTrafficPercent }
      }
    }
  };
}
var refused = (key, message) => ({ path: [], key, message });
function problems2(input) {
  const { key, service: s } = input;
  const out = [];
  if (!s.kserve)
    out.push({
      path: [],
      message: "needs `kserve:` with the model's format for its InferenceService. Add e.g. `kserve: { modelFormat: sklearn }`."
    });
  if (s.tfServing)
    out.push(
      refused(
        "tfServing",
        "cannot be used with `router: kserve`: KServe runs the model server itself (a ServingRuntime for `kserve.modelFormat`). Remove `tfServing`; each version's `modelBasePath` is its model (storageUri)."
      )
    );
  if (s.virtualService !== void 0)
    out.push(
      refused(
        "virtualService",
        "cannot be used with `router: kserve`: KServe makes the routes (Knative and Istio) from the InferenceService, which rollout-bot renders into `manifests`. Remove `virtualService`."
      )
    );
  for (const field of ["gateway", "path"])
    if (s[field] !== void 0)
      out.push(
        refused(
          field,
          `is not used by \`router: kserve\`: KServe exposes the InferenceService through Knative's ingress gateway at its own URL (\`kubectl get inferenceservice ${s.host}\`). Remove \`${field}\`.`
        )
      );
  if (s.pin)
    out.push(
      refused(
        "pin",
        "cannot be used with `router: kserve`: KServe splits by percentage only. Remove `pin` (KServe's annotation `serving.kserve.io/enable-tag-routing` gives each revision its own URL instead)."
      )
    );
  if (s.mirror)
    out.push(
      refused(
        "mirror",
        "cannot be used with `router: kserve`: KServe does not mirror traffic. Remove `mirror`."
      )
    );
  if (!ISVC_NAME.test(s.host))
    out.push({
      path: ["host"],
      message: `\`${s.host}\` names the InferenceService, which KServe requires to start with a letter. Rename it (e.g. \`m${s.host}\`).`
    });
  else if (s.host.length > MAX_HOST)
    out.push({
      path: ["host"],
      message: `\`${s.host}\` is longer than ${MAX_HOST} characters: Knative would shorten the name of its Deployment \`${s.host}-predictor-00001-deployment\` with a hash, and the metric queries find the predictor by that name. Shorten it.`
    });
  const order = Object.keys(s.versions);
  if (order.length > 2)
    out.push({
      path: ["versions"],
      key: order[2],
      message: `is a third version, and \`router: kserve\` takes at most two: KServe splits traffic only between the revision it rolled out and the latest one (canaryTrafficPercent). Remove a version no longer needed (at 0 %) before adding the next.`
    });
  for (const [v, c] of Object.entries(s.versions)) {
    if (!c.modelBasePath)
      out.push({
        path: ["versions", v],
        message: `has no \`modelBasePath\`, the model KServe loads (storageUri). Add e.g. \`modelBasePath: gs://bucket/${key}/${v}\`.`
      });
    const ignored = {
      host: "KServe makes the predictor's Services itself; versions are its revisions",
      image: "the ServingRuntime's image serves every version (set `kserve.runtime` to choose it)",
      replicas: "Knative scales each revision (set `kserve.minReplicas`/`kserve.maxReplicas`)"
    };
    for (const field of Object.keys(ignored))
      if (c[field] !== void 0)
        out.push({
          path: ["versions", v],
          key: field,
          message: `cannot be used with \`router: kserve\`: ${ignored[field]}. Remove \`${field}\`.`
        });
  }
  const ks = s.kserve;
  if (ks?.minReplicas !== void 0 && ks.maxReplicas !== void 0 && ks.minReplicas > ks.maxReplicas)
    out.push({
      path: ["kserve", "minReplicas"],
      message: `${ks.minReplicas} is more than maxReplicas ${ks.maxReplicas}. Lower it or raise maxReplicas.`
    });
  const back = olderServes({
    order,
    weights: Object.fromEntries(order.map((v) => [v, s.versions[v]?.weight ?? 0])),
    stable: s.stable
  });
  if (back)
    out.push({
      path: ["versions", back.older, "weight"],
      message: `\`${back.older}\` cannot get traffic while the newer \`${back.newer}\` is stable: KServe has rolled \`${back.newer}\` out and never routes to an older revision again. Set it to 0, or move \`${back.older}\` below \`${back.newer}\` in versions so KServe deploys it as the latest revision.`
    });
  return out;
}
function telemetry3(input) {
  const { service: s } = input;
  const workload = `${regexLiteral(s.host)}-predictor-[0-9]+-deployment`;
  const sel = (matchers) => `{reporter="destination",destination_workload_namespace=${promString(s.namespace)},destination_workload=~${promString(workload)}${matchers}}`;
  return {
    sumByVersion: ({ fn, metric, range, matchers = "", by = [] }) => `sum by (${["destination_version", ...by].join(", ")}) (${fn}(${metric}${sel(matchers)}[${range}]))`,
    description: `Istio metrics of the predictor of InferenceService \`${s.host}\``
  };
}
var kserve = {
  name: "kserve",
  kinds: [{ apiVersion: API3, kind: KIND }],
  broughtField: "virtualService",
  editsBrought: false,
  problems: problems2,
  versionHost: () => void 0,
  render: (input) => [{ file: "inferenceservice.yaml", objects: [inferenceService(input)] }],
  validate(objects) {
    for (const o of objects) {
      if (o.kind !== KIND) continue;
      const bad = schemaProblem(o, INFERENCE_SERVICE_SCHEMA) ?? (ISVC_NAME.test(o.metadata.name) ? void 0 : "metadata.name: must start with a letter");
      if (bad) return `${o.kind} ${o.metadata.name} is not valid KServe (${API3}): ${bad}`;
    }
    return void 0;
  },
  edit: () => ({
    ok: false,
    reason: "no-matching-route",
    message: "router kserve edits no routing file you bring: it renders the InferenceService into `manifests`."
  }),
  liveWeights: liveWeights3,
  refusePlan({ input, after, stableAfter, mirrorAfter }) {
    const { key, service: s } = input;
    if (mirrorAfter) return `\`${key}\` uses \`router: kserve\`, and KServe does not mirror traffic.`;
    const back = olderServes({ order: Object.keys(s.versions), weights: after, stable: stableAfter });
    if (!back) return void 0;
    return `\`${back.older}\` cannot get traffic back: KServe has rolled out \`${back.newer}\` (stable, the model in the InferenceService) and never routes to an older revision again. To serve \`${back.older}\` again, move it below \`${back.newer}\` in services.${key}.versions of rollout.yaml (KServe then deploys it as the latest revision), then ask again.`;
  },
  telemetry: telemetry3
};

// src/core/routers/index.ts
var ROUTERS = {
  istio,
  "gateway-api": gatewayApi,
  kserve
};
var ROUTER_NAMES = Object.keys(ROUTERS);
function routerOf(service) {
  return ROUTERS[service.router ?? "istio"] ?? istio;
}

// src/core/checks/presets.ts
var SEL = 'namespace="{{ namespace }}", {{ versionLabel }}=~"{{ versions }}"';
function p99Ms(bucket, extra, toMs) {
  return `${toMs}histogram_quantile(0.99, sum by ({{ versionLabel }}, le) (rate(${bucket}{${SEL}${extra}}[{{ window }}])))`;
}
var PRESETS = {
  "tfserving-success-rate": {
    doc: "TF Serving: percent of requests with status OK (:tensorflow:serving:request_count).",
    query: `100 * sum by ({{ versionLabel }}) (increase(:tensorflow:serving:request_count{${SEL}, model_name="{{ model }}", status="OK"}[{{ window }}])) / sum by ({{ versionLabel }}) (increase(:tensorflow:serving:request_count{${SEL}, model_name="{{ model }}"}[{{ window }}]))`,
    versionLabel: "version",
    direction: "higher-is-better",
    unit: "%",
    threshold: 99
  },
  "tfserving-p99-latency": {
    doc: "TF Serving: p99 request latency in ms (:tensorflow:serving:request_latency, microseconds).",
    query: p99Ms(":tensorflow:serving:request_latency_bucket", ', model_name="{{ model }}"', "0.001 * "),
    versionLabel: "version",
    direction: "lower-is-better",
    unit: "ms",
    compare: { tolerancePercent: 20 }
  },
  "kserve-predict-p99": {
    doc: "KServe model server: p99 predict latency in ms (request_predict_seconds).",
    query: p99Ms("request_predict_seconds_bucket", ', model_name="{{ model }}"', "1000 * "),
    versionLabel: "version",
    direction: "lower-is-better",
    unit: "ms",
    compare: { tolerancePercent: 20 }
  },
  "vllm-ttft": {
    doc: "vLLM: p99 time to first token in ms (vllm:time_to_first_token_seconds).",
    query: p99Ms("vllm:time_to_first_token_seconds_bucket", "", "1000 * "),
    versionLabel: "model_name",
    direction: "lower-is-better",
    unit: "ms",
    compare: { tolerancePercent: 20 }
  },
  "vllm-itl": {
    doc: "vLLM: p99 inter-token latency in ms (vllm:inter_token_latency_seconds).",
    query: p99Ms("vllm:inter_token_latency_seconds_bucket", "", "1000 * "),
    versionLabel: "model_name",
    direction: "lower-is-better",
    unit: "ms",
    compare: { tolerancePercent: 20 }
  },
  "vllm-e2e-latency": {
    doc: "vLLM: p99 end-to-end request latency in ms (vllm:e2e_request_latency_seconds).",
    query: p99Ms("vllm:e2e_request_latency_seconds_bucket", "", "1000 * "),
    versionLabel: "model_name",
    direction: "lower-is-better",
    unit: "ms",
    compare: { tolerancePercent: 20 }
  },
  "vllm-tokens-per-second": {
    doc: "vLLM: output tokens per second of request time (vllm:generation_tokens_total \xF7 vllm:e2e_request_latency_seconds_sum), which a version's share of traffic does not change.",
    query: `sum by ({{ versionLabel }}) (rate(vllm:generation_tokens_total{${SEL}}[{{ window }}])) / sum by ({{ versionLabel }}) (rate(vllm:e2e_request_latency_seconds_sum{${SEL}}[{{ window }}]))`,
    versionLabel: "model_name",
    direction: "higher-is-better",
    unit: "tokens/s",
    compare: { tolerancePercent: 10 }
  }
};
var PRESET_NAMES = Object.keys(PRESETS);

// src/core/checks/template.ts
var PLACEHOLDERS = {
  namespace: { kind: "text", doc: "the service's Kubernetes namespace" },
  service: { kind: "text", doc: "the service's key in rollout.yaml" },
  host: { kind: "text", doc: "the service's Kubernetes Service (router: kserve, the InferenceService)" },
  hosts: {
    kind: "regex",
    doc: "every Kubernetes Service of the service: its host and each version's own (a host split)"
  },
  model: {
    kind: "text",
    doc: "the model's name: tfServing.modelName, else the host (KServe names the model after the InferenceService)"
  },
  versions: { kind: "regex", doc: "the value of versionLabel of every version, as `v1|v2`" },
  versionLabel: { kind: "token", doc: "the label that tells the versions apart (the check's versionLabel)" },
  window: { kind: "token", doc: "the gate window, e.g. 10m" }
};
var PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS);
function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
function isRegexString(text, quoteAt) {
  const before = text.slice(0, quoteAt).trimEnd();
  return before.endsWith("=~") || before.endsWith("!~");
}
var IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseTemplate(template) {
  const uses = [];
  const problems3 = [];
  const problem = (reason, offset, message) => problems3.push({ reason, offset, ...lineColumn(template, offset), message });
  let quote;
  let regex = false;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (template.startsWith("{{", i)) {
      const end = template.indexOf("}}", i + 2);
      if (end < 0) {
        problem("unclosed-placeholder", i, "`{{` is never closed: end the placeholder with `}}`");
        break;
      }
      const raw = template.slice(i, end + 2);
      const name = template.slice(i + 2, end).trim();
      if (!IDENT.test(name))
        problem(
          "malformed-placeholder",
          i,
          `\`${raw}\` is not a placeholder: write a name between the braces, e.g. \`{{ namespace }}\``
        );
      else
        uses.push({
          name,
          offset: i,
          length: raw.length,
          context: quote === void 0 ? { in: "code" } : { in: "string", quote, regex }
        });
      i = end + 1;
      continue;
    }
    if (quote === void 0) {
      if (ch === '"' || ch === "'" || ch === "`") {
        quote = ch;
        regex = isRegexString(template, i);
      }
    } else if (ch === "\\" && quote !== "`") {
      i++;
    } else if (ch === quote) {
      quote = void 0;
    }
  }
  for (const u of uses) {
    const at2 = (reason, message) => problem(reason, u.offset, message);
    if (!Object.hasOwn(PLACEHOLDERS, u.name)) {
      at2(
        "unknown-placeholder",
        `unknown placeholder \`{{ ${u.name} }}\`; known: ${PLACEHOLDER_NAMES.map((n) => `{{ ${n} }}`).join(", ")}`
      );
      continue;
    }
    const kind = PLACEHOLDERS[u.name].kind;
    if (u.context.in === "string" && u.context.quote === "`")
      at2(
        "in-raw-string",
        `\`{{ ${u.name} }}\` is inside a backtick string, where nothing can be escaped: use double quotes`
      );
    else if (kind === "regex" && u.context.in === "string" && !u.context.regex)
      at2(
        "regex-outside-matcher",
        `\`{{ ${u.name} }}\` is a regular expression (v1|v2): use it after \`=~\`, e.g. \`version=~"{{ ${u.name} }}"\``
      );
  }
  return problems3.length > 0 ? { ok: false, problems: problems3 } : { ok: true, uses };
}
function escapeIn(value, quote) {
  const q = quote === '"' ? /"/g : /'/g;
  return value.replace(/\\/g, "\\\\").replace(q, `\\${quote}`).replace(/\n/g, "\\n");
}
function alternation(values) {
  return values.map(regexLiteral).join("|");
}
function expandTemplate(params) {
  const { template, uses, values } = params;
  let out = "";
  let from = 0;
  for (const u of uses) {
    out += template.slice(from, u.offset);
    from = u.offset + u.length;
    const name = u.name;
    const kind = PLACEHOLDERS[name].kind;
    const c = u.context;
    if (kind === "token") {
      const v = values.token[name];
      out += c.in === "string" && c.quote !== "`" ? escapeIn(v, c.quote) : v;
    } else if (kind === "regex") {
      const v = alternation(values.regex[name]);
      out += c.in === "string" && c.quote !== "`" ? escapeIn(v, c.quote) : promString(v);
    } else {
      const v = values.text[name];
      if (c.in === "code") out += promString(v);
      else if (c.quote !== "`") out += escapeIn(c.regex ? regexLiteral(v) : v, c.quote);
    }
  }
  return out + template.slice(from);
}

// src/core/checks/judge.ts
var DEFAULT_VERSION_LABEL = "version";
function resolveCheck(c, versions) {
  const preset = c.preset !== void 0 ? PRESETS[c.preset] : void 0;
  const versionLabel = c.versionLabel ?? preset?.versionLabel ?? DEFAULT_VERSION_LABEL;
  const judgement = c.threshold !== void 0 ? { kind: "threshold", bound: c.threshold } : c.compare !== void 0 ? { kind: "compare", tolerancePercent: c.compare.tolerancePercent } : preset !== void 0 && "threshold" in preset ? { kind: "threshold", bound: preset.threshold } : {
    kind: "compare",
    tolerancePercent: preset && "compare" in preset ? preset.compare.tolerancePercent : 0
  };
  const given = c.versionValues ?? {};
  return {
    name: c.name ?? c.preset ?? "check",
    query: c.query ?? preset?.query ?? "",
    versionLabel,
    labelValues: Object.fromEntries(
      versions.map((v) => [v, Object.hasOwn(given, v) ? given[v] : v])
    ),
    direction: preset?.direction ?? c.direction ?? "lower-is-better",
    unit: c.unit ?? preset?.unit ?? "",
    critical: c.critical,
    judgement
  };
}
function checkProblems(service) {
  const versions = Object.keys(service.versions);
  const out = [];
  (service.policy.gate.checks ?? []).forEach((c, i) => {
    const at2 = ["policy", "gate", "checks", i, "versionValues"];
    for (const v of Object.keys(c.versionValues ?? {}))
      if (!versions.includes(v))
        out.push({
          path: at2,
          key: v,
          message: `\`${v}\` is not one of the versions (${versions.join(", ")}): name a version, or remove it.`
        });
    const r = resolveCheck(c, versions);
    const by = /* @__PURE__ */ new Map();
    for (const v of versions) {
      const value = r.labelValues[v];
      const other = by.get(value);
      if (other !== void 0)
        out.push({
          path: c.versionValues ? at2 : ["policy", "gate", "checks", i],
          message: `\`${other}\` and \`${v}\` both have ${r.versionLabel}="${value}", so check ${r.name} cannot tell them apart: give each version its own value in versionValues.`
        });
      else by.set(value, v);
    }
  });
  return out;
}
function planChecks(params) {
  const { key, service } = params;
  const versions = Object.keys(service.versions);
  const router = routerOf(service);
  const input = { key, service, clusterDomain: params.clusterDomain };
  const hosts = [service.host];
  for (const v of versions) {
    const h = router.versionHost(input, v);
    if (h !== void 0 && !hosts.includes(h)) hosts.push(h);
  }
  return (service.policy.gate.checks ?? []).map((c) => {
    const check = resolveCheck(c, versions);
    const values = {
      text: {
        namespace: service.namespace,
        service: key,
        host: service.host,
        model: service.tfServing?.modelName ?? service.host
      },
      regex: { hosts, versions: versions.map((v) => check.labelValues[v]) },
      token: { versionLabel: check.versionLabel, window: promDuration(params.windowSeconds) }
    };
    const parsed = parseTemplate(check.query);
    if (!parsed.ok)
      return { check, promql: void 0, problem: parsed.problems.map((p) => p.message).join("; ") };
    return { check, promql: expandTemplate({ template: check.query, uses: parsed.uses, values }) };
  });
}
function checkSubject(params) {
  const { metrics, service } = params;
  const mirror = service.mirror?.version;
  const named = params.canary === mirror ? void 0 : params.canary;
  if (!metrics.ok) return { stable: service.stable, canary: named, enough: false };
  const canary = named ?? pickCanary(metrics.metrics.versions, service.stable, mirror);
  const subject = metrics.metrics.versions.find((v) => v.version === (canary ?? service.stable));
  const requests = subject?.requests ?? 0;
  const minRequests = service.policy.gate.minRequests;
  return {
    stable: service.stable,
    canary,
    enough: Number.isFinite(requests) && requests > 0 && requests >= minRequests
  };
}
function formatValue(x, unit, avoid = []) {
  if (unit === "%") return formatPercent(x, avoid);
  const a = Math.abs(x);
  let d = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 || a === 0 ? 2 : Math.max(2, 2 - Math.floor(Math.log10(a)));
  const differs = (b) => Math.abs(b - x) > 1e-9 * Math.max(Math.abs(b), Math.abs(x));
  const clash = (s) => avoid.some((b) => differs(b) && Number(s) === Number(b.toFixed(d)));
  while (d < 6 && clash(x.toFixed(d))) d++;
  const n = x.toFixed(d).replace("-", "\u2212");
  return unit === "" ? n : `${n} ${unit}`;
}
function valuesByVersion(check, answer) {
  const { resultType, result } = answer.data;
  if (resultType !== "vector" || !Array.isArray(result))
    return {
      ok: false,
      message: `the query returned a ${resultType}, not an instant vector with one sample per version: group it by ${check.versionLabel}, e.g. \`sum by (${check.versionLabel}) (...)\``
    };
  const byValue = new Map(Object.entries(check.labelValues).map(([v, value]) => [value, v]));
  const values = /* @__PURE__ */ new Map();
  for (const s of result) {
    const label2 = s.metric?.[check.versionLabel];
    const version2 = label2 === void 0 ? void 0 : byValue.get(label2);
    if (version2 === void 0) continue;
    if (values.has(version2))
      return {
        ok: false,
        message: `the query returned more than one sample for \`${version2}\` (${check.versionLabel}="${label2}"): aggregate the other labels away, e.g. \`sum by (${check.versionLabel}) (...)\``
      };
    const n = Number(s.value?.[1]);
    if (Number.isFinite(n)) values.set(version2, n);
    else values.set(version2, Number.NaN);
  }
  return { ok: true, values };
}
function worse(direction) {
  return direction === "lower-is-better" ? "higher" : "lower";
}
function judgeCheck(params) {
  const { check, answer, subject, window } = params;
  const head = check.critical ? "" : "Non-critical, warns only: ";
  const result = (status, detail) => ({
    name: check.name,
    status,
    detail: `${head}${detail}`,
    critical: check.critical
  });
  if (!answer.ok) {
    const what = answer.reason === "invalid" ? "The check's query is invalid" : UNAVAILABLE_WORDS[answer.reason];
    const status = params.onMissingMetrics === "fail" && answer.reason !== "invalid" ? "fail" : "insufficient";
    return result(status, `${what}: ${answer.message.trim().replace(/\s+/g, " ")}.`);
  }
  const got = valuesByVersion(check, answer);
  if (!got.ok) return result("insufficient", `Cannot judge: ${got.message}.`);
  const name = subject.canary ?? subject.stable;
  const c = got.values.get(name);
  const v = `\`${name}\``;
  const fmt = (x, avoid = []) => formatValue(x, check.unit, avoid);
  const noValue = (version2) => `\`${version2}\` had no value (no sample with ${check.versionLabel}="${check.labelValues[version2] ?? version2}") in the last ${window}`;
  if (c === void 0 || Number.isNaN(c))
    return result("insufficient", `${noValue(name)}, so nothing to judge (no data is never a pass).`);
  const tooFew = subject.enough ? "" : ", but on fewer requests than policy.gate.minRequests, too few to pass";
  const pass = (detail) => result(subject.enough ? "pass" : "insufficient", `${detail}${tooFew}.`);
  const j = check.judgement;
  if (j.kind === "threshold") {
    const ok2 = check.direction === "lower-is-better" ? c <= j.bound : c >= j.bound;
    const sign = check.direction === "lower-is-better" ? ok2 ? "\u2264" : ">" : ok2 ? "\u2265" : "<";
    const rule = check.direction === "lower-is-better" ? "allowed" : "required";
    const text2 = `${v} ${fmt(c, [j.bound])} ${sign} ${fmt(j.bound)} ${rule}`;
    return ok2 ? pass(text2) : result("fail", `${text2}.`);
  }
  if (subject.canary === void 0 || subject.canary === subject.stable)
    return result(
      "insufficient",
      `Only the stable version ${v} is judged, so there is no baseline to compare its ${fmt(c)} with.`
    );
  const b = got.values.get(subject.stable);
  const bv = `\`${subject.stable}\``;
  if (b === void 0 || Number.isNaN(b))
    return result(
      "insufficient",
      `${noValue(subject.stable)}, so there is nothing to compare ${v}'s ${fmt(c)} with.`
    );
  if (b === 0)
    return result(
      "insufficient",
      `The baseline ${bv} is 0, and a tolerance in percent of 0 allows nothing: use \`threshold\` for this metric (${v} ${fmt(c)}).`
    );
  const t = j.tolerancePercent;
  const limit = check.direction === "lower-is-better" ? b * (1 + t / 100) : b * (1 - t / 100);
  const ok = check.direction === "lower-is-better" ? c <= limit : c >= limit;
  const change = (c - b) / Math.abs(b) * 100;
  const shown = Math.abs(change).toFixed(1);
  const pct = Number(shown) === 0 ? "\xB10.0 %" : `${change > 0 ? "+" : "\u2212"}${shown} %`;
  const text = `${v} ${fmt(c, [limit])} vs ${bv} ${fmt(b)}: ${pct}; at most ${t} % ${worse(check.direction)} allowed (limit ${fmt(limit)})`;
  return ok ? pass(text) : result("fail", `${text}.`);
}
function ranQueries(planned, at2) {
  return planned.flatMap(
    (p) => p.promql === void 0 ? [] : [{ name: `check ${p.check.name}`, promql: p.promql, time: at2 }]
  );
}
function withQueries(result, queries) {
  if (queries.length === 0) return result;
  return result.ok ? { ...result, metrics: { ...result.metrics, queries: [...result.metrics.queries, ...queries] } } : { ...result, queries: [...result.queries, ...queries] };
}

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject2,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object, key, getter) {
  let value = void 0;
  Object.defineProperty(object, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str2 = "";
  for (let i = 0; i < length; i++) {
    str2 += chars[Math.floor(Math.random() * chars.length)];
  }
  return str2;
}
function esc(str2) {
  return JSON.stringify(str2);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject2(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject2(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str2) {
  return str2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject2(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject2(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str2) {
  const units = str2.length;
  if (!highSurrogate.test(str2))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str2.charCodeAt(i) & 64512) === 55296 && (str2.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate156 = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse3 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse3(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse3 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse3(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url2, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url2.hostname);
}
function urlProtocolOk(url2, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url2.protocol.endsWith(":") ? url2.protocol.slice(0, -1) : url2.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url2 = validateURL(trimmed, def);
      if (url2 === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url2, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url2, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url2.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header2] = tokensParts;
    if (!header2)
      return false;
    const parsedHeader = JSON.parse(atob(header2));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse3(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get2 = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get2.raw = newSh;
      return newSh;
    };
    get2.raw = sh;
    Object.defineProperty(def, "shape", { get: get2 });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject3 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject3(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject3 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject3(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject2(a) && isPlainObject2(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject2(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object of objects) {
    for (const key in object.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object) => object.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object of objects) {
      const constraint = undeclaredConstraint(object);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check, params) {
    return this.check(refine(check, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate156(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function url(params) {
  return _url(ZodURL, params);
}
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int(params));
    },
    safe(params) {
      return this.check(int(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/core/checks/schema-types.ts
var DIRECTIONS = ["lower-is-better", "higher-is-better"];

// src/core/checks/schema.ts
var LABEL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var CHECK_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._:/()-]*$/;
var CheckSchema = strictObject(
  {
    name: string2({ error: "must be a name such as `p99 ttft`" }).max(63, { error: "must be at most 63 characters" }).regex(CHECK_NAME, {
      error: "must start with a letter or digit and hold only letters, digits, spaces and . _ : / ( ) -"
    }).optional().describe(
      "Shown in the summary and the check run; default the preset's name. Required with `query`."
    ),
    preset: _enum(PRESET_NAMES, { error: `must be one of: ${PRESET_NAMES.join(", ")}` }).optional().describe(`A shipped check instead of \`query\`: ${PRESET_NAMES.join(", ")}.`),
    query: string2({ error: "must be a PromQL template (a string)" }).min(1, { error: "must not be empty" }).max(4e3, { error: "must be at most 4,000 characters" }).optional().describe(
      `PromQL returning one sample per version, grouped by versionLabel. Placeholders: ${PLACEHOLDER_NAMES.map((n) => `{{ ${n} }}`).join(", ")}; every value is escaped.`
    ),
    versionLabel: string2({ error: "must be a Prometheus label name such as version or model_name" }).regex(LABEL_NAME, { error: "must be a Prometheus label name such as version or model_name" }).optional().describe(
      "The label of the query's samples that tells the version: default the preset's (version; vLLM: model_name), else `version`."
    ),
    versionValues: record(
      string2({ error: "must be a version name" }),
      string2({ error: "must be the label value, e.g. a served model name" }).min(1, { error: "must not be empty" }).regex(/^[^\u0000-\u001f\u007f]*$/, {
        error: "must not contain a line break or other control character"
      }),
      { error: "must be a map of version to label value, e.g. { v2: llama-3-8b-ft }" }
    ).optional().describe(
      "A version's value of versionLabel when it is not the version's name (e.g. vLLM's --served-model-name)."
    ),
    threshold: number2({ error: "must be a number" }).optional().describe(
      "Absolute bound for the canary's value (lower-is-better: at most; higher-is-better: at least)."
    ),
    compare: strictObject({
      tolerancePercent: number2({ error: "must be a percentage \u2265 0, e.g. 20" }).min(0, { error: "must be a percentage \u2265 0, e.g. 20" }).max(1e3, { error: "must be at most 1000 (percent)" }).describe("How much worse than the baseline's value the canary's may be, in percent of it.")
    }).optional().describe("Compare the canary's value with the baseline's (stable version's)."),
    direction: _enum(DIRECTIONS, { error: "must be `lower-is-better` or `higher-is-better`" }).optional().describe("Which way the value is better; default lower-is-better (a preset's is fixed)."),
    unit: string2({ error: "must be a short unit such as ms or %" }).max(16, { error: "must be at most 16 characters" }).regex(/^[^|`\n]*$/, { error: "must not contain `|`, backticks or line breaks" }).optional().describe("Shown after values, e.g. ms."),
    critical: boolean2({ error: "must be true or false" }).default(true).describe("A failing critical check fails the gate; a non-critical one only warns.")
  },
  { error: "must be a check such as `{ preset: vllm-ttft }` or `{ name: x, query: ..., threshold: 1 }`" }
).superRefine((c, ctx) => {
  const issue2 = (path, message) => ctx.addIssue({ code: "custom", path: [path], message });
  if (c.preset !== void 0 && c.query !== void 0)
    issue2(
      "query",
      `a check has either \`preset\` or \`query\`, not both: remove \`query\` to use preset ${c.preset}, or \`preset\` to use your own`
    );
  if (c.preset === void 0 && c.query === void 0)
    issue2(
      "query",
      `is required: add \`query:\` (a PromQL template) or \`preset:\` (one of ${PRESET_NAMES.join(", ")})`
    );
  if (c.preset !== void 0 && c.direction !== void 0 && c.direction !== PRESETS[c.preset].direction)
    issue2(
      "direction",
      `preset ${c.preset} is ${PRESETS[c.preset].direction}: remove \`direction\`, or write your own \`query\``
    );
  const builtIn = Object.values(CHECK_NAMES);
  if (c.name !== void 0 && builtIn.includes(c.name))
    issue2("name", `\`${c.name}\` is the name of a built-in check (${builtIn.join(", ")}): choose another`);
  if (c.preset === void 0 && c.query !== void 0 && c.name === void 0)
    issue2("name", "is required with `query`: add `name:` (shown in the summary)");
  if (c.threshold !== void 0 && c.compare !== void 0)
    issue2(
      "compare",
      "a check has either `threshold` (an absolute bound) or `compare` (against the baseline), not both: make two checks"
    );
  if (c.preset === void 0 && c.query !== void 0 && c.threshold === void 0 && c.compare === void 0)
    issue2(
      "query",
      "needs `threshold: <number>` or `compare: { tolerancePercent: <percent> }` to be judged"
    );
  if (c.preset === void 0 && c.query !== void 0) {
    const parsed = parseTemplate(c.query);
    if (!parsed.ok)
      for (const p of parsed.problems) {
        const where = c.query.includes("\n") ? `line ${p.line}, column ${p.column}` : `column ${p.column}`;
        issue2("query", `${p.message} (at ${where} of the query)`);
      }
  }
}).describe("A custom check: `{ name, query, threshold | compare, direction, critical }` or `{ preset }`.");
var CHECK_KEYS = Object.keys(CheckSchema.shape);
var ChecksSchema = array(CheckSchema, { error: "must be a list of checks such as [{ preset: vllm-ttft }]" }).optional().superRefine((checks = [], ctx) => {
  const seen = /* @__PURE__ */ new Map();
  checks.forEach((c, i) => {
    const name = c.name ?? c.preset ?? "";
    const first = seen.get(name);
    if (first !== void 0)
      ctx.addIssue({
        code: "custom",
        path: [i, c.name !== void 0 ? "name" : "preset"],
        message: `check \`${name}\` is listed twice (also item ${first + 1}): give one a different \`name:\``
      });
    else seen.set(name, i);
  });
}).describe("Custom checks on any Prometheus metric, judged beside the built-in ones (see the README).");

// src/core/paths.ts
function resolveFromConfig(configFile, rel) {
  const slash = configFile.lastIndexOf("/");
  const dir = slash >= 0 ? configFile.slice(0, slash) : "";
  const parts = (dir ? `${dir}/${rel}` : rel).split("/");
  const out = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p !== "..") out.push(p);
    else if (out.pop() === void 0) return void 0;
  }
  return out.join("/");
}

// src/core/routers/kserve/settings.ts
var whole = (min) => number2({ error: `must be a whole number \u2265 ${min}` }).int({ error: `must be a whole number \u2265 ${min}` }).min(min, { error: `must be a whole number \u2265 ${min}` });
var KServeSchema = strictObject({
  modelFormat: string2({ error: "must be a model format such as sklearn, tensorflow or pytorch" }).regex(/^[a-z0-9]([-a-z0-9._]*[a-z0-9])?$/, {
    error: "must be a lowercase model format such as sklearn, tensorflow, pytorch, onnx or xgboost"
  }).describe(
    "spec.predictor.model.modelFormat.name: the model's format (sklearn, tensorflow, pytorch, onnx, xgboost, lightgbm, huggingface, \u2026); KServe picks a ServingRuntime that serves it."
  ),
  runtime: string2({ error: "must be a ServingRuntime name such as kserve-sklearnserver" }).regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, {
    error: "must be a lowercase ServingRuntime name such as kserve-sklearnserver"
  }).optional().describe(
    "spec.predictor.model.runtime: this ServingRuntime or ClusterServingRuntime instead of KServe's choice for modelFormat."
  ),
  minReplicas: whole(0).optional().describe("spec.predictor.minReplicas: 0 lets Knative scale a revision without traffic to zero."),
  maxReplicas: whole(1).optional().describe("spec.predictor.maxReplicas."),
  deploymentMode: _enum(["Knative", "Serverless"], { error: "must be `Knative` or `Serverless`" }).default("Knative").describe(
    "The serving.kserve.io/deploymentMode annotation: Knative (KServe \u2265 0.16), or Serverless, its name before 0.16. canaryTrafficPercent works in this mode only."
  )
}).describe(
  "The InferenceService rendered for `router: kserve` (its model is each version's modelBasePath)."
);

// src/core/schema.ts
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DURATION = /^[0-9]+(ms|s|m|h|d)$/;
var DURATION_UNITS = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400 };
var MAX_DURATION_S = 30 * 86400;
function durationProblem(d, opts) {
  const m = /^([0-9]+)(ms|s|m|h|d)$/.exec(d);
  if (!m) return "must be a duration such as 30s, 10m or 1h";
  const seconds = Number(m[1]) * (DURATION_UNITS[m[2]] ?? 1);
  if (opts.positive && seconds <= 0) return "must be longer than 0s: use e.g. 10m";
  if (seconds > MAX_DURATION_S) return "must be at most 30 days (30d): use e.g. 10m or 1h";
  return void 0;
}
var label = (what) => string2({ error: `must be a string (${what})` }).max(63, { error: "must be at most 63 characters (a Kubernetes name)" }).regex(DNS_LABEL, {
  error: "must be a lowercase Kubernetes name: a-z, 0-9 and '-', starting and ending with a letter or digit (e.g. mnist-v2)"
});
var relPath = string2({ error: "must be a path relative to rollout.yaml's folder" }).min(1, { error: "must not be empty" }).refine((p) => !p.startsWith("/") && !p.includes("\\"), {
  error: "must be a path relative to rollout.yaml's folder, with '/' separators and no leading '/'"
}).refine((p) => !/[\u0000-\u001f\u007f]/.test(p), {
  error: "must not contain a NUL byte, line break or other control character: remove it from the path"
});
var weight = number2({ error: "must be a whole number from 0 to 100" }).int({ error: "must be a whole number from 0 to 100" }).min(0, { error: "must be a whole number from 0 to 100" }).max(100, { error: "must be a whole number from 0 to 100" });
var duration2 = (opts) => string2({ error: "must be a duration such as 30s, 10m or 1h" }).regex(DURATION, { error: "must be a duration such as 30s, 10m or 1h" }).check((ctx) => {
  const problem = DURATION.test(ctx.value) ? durationProblem(ctx.value, opts) : void 0;
  if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
});
var VersionSchema = strictObject({
  weight: weight.describe(
    "Percent of traffic this version receives (0-100; a service's weights add up to 100)."
  ),
  modelBasePath: string2({ error: "must be a string such as gs://bucket/mnist/2" }).min(1).optional().describe(
    "TF Serving --model_base_path for this version (required when tfServing is set); with router: kserve, the InferenceService's storageUri."
  ),
  image: string2({ error: "must be a container image such as tensorflow/serving:2.15.0" }).min(1).optional().describe("Overrides tfServing.image for this version."),
  replicas: number2({ error: "must be a whole number \u2265 1" }).int({ error: "must be a whole number \u2265 1" }).min(1, { error: "must be a whole number \u2265 1" }).optional().describe("Overrides tfServing.replicas for this version."),
  host: label("the Kubernetes Service name").optional().describe(
    "This version's own Kubernetes Service (a host split), instead of a subset of the service's host."
  )
}).describe("A model version.");
var GateSchema = strictObject({
  minRequests: number2({ error: "must be a whole number \u2265 0" }).int({ error: "must be a whole number \u2265 0" }).min(0, { error: "must be a whole number \u2265 0" }).default(100).describe("Fewer requests than this in the window is 'insufficient data', never a pass."),
  successRate: number2({ error: "must be a percentage from 0 to 100, e.g. 99.0" }).min(0, { error: "must be a percentage from 0 to 100, e.g. 99.0" }).max(100, { error: "must be a percentage from 0 to 100, e.g. 99.0" }).default(99).describe("Lowest acceptable non-5xx percentage for the canary."),
  p99LatencyMs: number2({ error: "must be a number of milliseconds > 0" }).positive({ error: "must be a number of milliseconds > 0" }).default(500).describe("Highest acceptable p99 latency of the canary, in milliseconds."),
  window: duration2({ positive: true }).default("10m").describe("Metric window, e.g. 10m."),
  onMissingMetrics: _enum(["fail", "neutral"], { error: "must be `fail` or `neutral`" }).default("fail").describe("Gate conclusion when Prometheus cannot answer: fail (default) or neutral. Never a pass."),
  alpha: number2({ error: "must be a probability between 0 and 0.5, e.g. 0.05" }).gt(0, { error: "must be a probability between 0 and 0.5, e.g. 0.05" }).max(0.5, { error: "must be a probability between 0 and 0.5, e.g. 0.05" }).default(0.05).describe(
    "Highest chance that a healthy canary is failed by the comparisons with the baseline, over the whole step however often it is judged."
  ),
  errorTolerance: number2({ error: "must be a percentage \u2265 0, e.g. 20" }).min(0, { error: "must be a percentage \u2265 0, e.g. 20" }).default(20).describe(
    "Allowed increase of the canary's 5xx rate over the baseline's, in percent (20: up to 1.2\xD7), before the comparison can fail."
  ),
  latencyTolerance: number2({ error: "must be a percentage \u2265 0, e.g. 20" }).min(0, { error: "must be a percentage \u2265 0, e.g. 20" }).default(20).describe(
    "Allowed increase of the canary's share of slow requests (slower than the baseline's tail bound) over the baseline's, in percent, before the comparison can fail."
  ),
  checks: ChecksSchema
}).describe("Metric gate.");
var PolicySchema = strictObject({
  maxStep: number2({ error: "must be a whole number from 1 to 100" }).int({ error: "must be a whole number from 1 to 100" }).min(1, { error: "must be a whole number from 1 to 100" }).max(100, { error: "must be a whole number from 1 to 100" }).default(100).describe("Largest weight increase per change for any one version (abort is exempt)."),
  approvals: number2({ error: "must be a whole number \u2265 0" }).int({ error: "must be a whole number \u2265 0" }).min(0, { error: "must be a whole number \u2265 0" }).default(1).describe("Approving reviews required before apply."),
  reviewers: array(
    string2({ error: "must be a GitHub user (octocat) or team (org/team)" }).regex(/^[A-Za-z0-9][-A-Za-z0-9_.]*(\/[A-Za-z0-9][-A-Za-z0-9_.]*)?$/, {
      error: "must be a GitHub user (octocat) or team (org/team)"
    }),
    { error: "must be a list such as [ml-platform-team]" }
  ).default([]).describe("Requested on rollout PRs; users or org/team."),
  gate: GateSchema.default(GateSchema.parse({})),
  bake: duration2({ positive: false }).default("5m").describe("After applying, wait this long, then judge the gate; on failure roll back. 0s skips it.")
}).describe("Rollout policy.");
var TfServingSchema = strictObject({
  modelName: label("the model name").describe("TF Serving --model_name."),
  image: string2({ error: "must be a container image such as tensorflow/serving:2.15.0" }).min(1).default("tensorflow/serving:2.15.0"),
  replicas: number2({ error: "must be a whole number \u2265 1" }).int({ error: "must be a whole number \u2265 1" }).min(1, { error: "must be a whole number \u2265 1" }).default(1)
}).describe("Render a TF Serving Deployment per version and the Service.");
var ServiceSchema = strictObject({
  router: _enum(ROUTER_NAMES, { error: `must be one of: ${ROUTER_NAMES.join(", ")}` }).default("istio").describe(
    "What splits the traffic: istio (VirtualService, the default); gateway-api (HTTPRoute, a Service per version); kserve (a KServe InferenceService, canaryTrafficPercent)."
  ),
  namespace: label("the namespace").describe("Kubernetes namespace of the service."),
  host: label("the Kubernetes Service name").describe(
    "Kubernetes Service the routes point at (short name in the same namespace); with router: kserve, the InferenceService's name."
  ),
  gateway: string2({
    error: "must be an Istio Gateway name, e.g. kubeflow-gateway or istio-system/ingress"
  }).regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?\/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, {
    error: "must be an Istio Gateway name, e.g. kubeflow-gateway or istio-system/ingress"
  }).optional().describe("Istio Gateway for the external route."),
  path: string2({ error: "must be a URL path such as /istio/tfserving/models/mnist" }).regex(/^\/[A-Za-z0-9._~\-/:]*$/, {
    error: "must be a URL path starting with '/', such as /istio/tfserving/models/mnist"
  }).optional().describe("External route prefix; default /istio/tfserving/models/<model>."),
  manifests: relPath.optional().describe("Folder holding the rendered manifests."),
  virtualService: relPath.optional().describe("An existing VirtualService file whose weights are edited in place (router: istio)."),
  httpRoute: relPath.optional().describe(
    "An existing HTTPRoute file whose backendRefs weights are edited in place (router: gateway-api)."
  ),
  tfServing: TfServingSchema.optional(),
  kserve: KServeSchema.optional(),
  pin: strictObject({
    header: string2({ error: "must be an HTTP header name such as x-model-version" }).regex(/^[a-z0-9][-a-z0-9]*$/, {
      error: "must be a lowercase HTTP header name such as x-model-version"
    }).describe("Requests carrying this header with a version's name go to that version.")
  }).optional().describe("Header-pinned routes: one route per version ahead of the weighted split, for testers."),
  mirror: strictObject({
    version: string2({ error: "must name one of the versions, e.g. v2" }).describe("The version that receives the copies."),
    percent: number2({ error: "must be a number of percent from 0 to 100" }).gt(0, { error: "must be more than 0 (remove `mirror` to stop shadowing)" }).max(100, { error: "must be a number of percent from 0 to 100" }).describe("Share of live requests copied to it; the copies' answers are dropped.")
  }).optional().describe(
    "Shadow traffic: a copy of a share of requests goes to a version that serves none. `/rollout mirror v2 10`."
  ),
  versions: record(label("the version name"), VersionSchema, {
    error: "must be a map of version name to { weight, ... }"
  }).describe("Versions by name (the `version` pod label)."),
  stable: string2({ error: "must name one of the versions, e.g. v1" }).describe("The version that serves when a rollout aborts."),
  steps: array(weight, { error: "must be a list of weights such as [10, 25, 50, 100]" }).default([10, 25, 50, 100]).describe("Canary weights that `next` walks through, ascending."),
  policy: PolicySchema.default(PolicySchema.parse({}))
}).describe("A model service.");
var INCLUDE_FORM = /^(?:[A-Za-z0-9_.-]+\/)*(?:\*\.ya?ml|[A-Za-z0-9_.-]+\.ya?ml)$/;
var RolloutSchema = strictObject({
  include: array(
    string2({ error: "must be a path pattern such as rollout.d/*.yaml" }).regex(INCLUDE_FORM, {
      error: "must be `<folder>/*.yaml` (or `*.yml`), or the path of one .yaml file, relative to rollout.yaml's folder, e.g. rollout.d/*.yaml (no `**`, `?` or braces: a service's file must follow from its key)"
    }),
    { error: "must be a list of path patterns such as [rollout.d/*.yaml]" }
  ).optional().describe(
    "Per-service files, relative to rollout.yaml's folder: `rollout.d/*.yaml`, or one file's path. Each file holds one service (what would sit under `services.<key>`); its key is the file name without .yaml/.yml."
  ),
  grafana: url({
    protocol: /^https?$/,
    error: "must be an http(s) URL such as https://kubeflow.example.com/grafana"
  }).optional().describe("Grafana base URL, for dashboard links."),
  prometheus: url({
    protocol: /^https?$/,
    error: "must be an http(s) URL such as http://prometheus.istio-system:9090"
  }).optional().describe("Default Prometheus URL."),
  cluster: label("the cluster name").optional().describe(
    "Names the cluster in GitHub Deployment environments (<cluster>/<namespace>); default: the namespace alone."
  ),
  clusterDomain: string2({ error: "must be a DNS domain such as cluster.local" }).regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/, {
    error: "must be a DNS domain such as cluster.local"
  }).default("cluster.local").describe("The cluster's DNS domain, for resolving short hosts in routing files."),
  services: record(label("the service key"), ServiceSchema, {
    error: "must be a map of service key to its settings"
  }).describe("Model services by key (used as /rollout <key> v2 20).")
}).describe("rollout-bot configuration (rollout.yaml).");

// src/core/include.ts
function keyOfFile(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.replace(/\.ya?ml$/, "");
}
function isServiceKey(key) {
  return key.length <= 63 && DNS_LABEL.test(key);
}
function includePatterns(params) {
  const out = [];
  for (const entry of params.include ?? []) {
    if (typeof entry !== "string" || !INCLUDE_FORM.test(entry)) continue;
    const resolved = resolveFromConfig(params.configFile, entry);
    if (resolved === void 0 || resolved === "") continue;
    const slash = resolved.lastIndexOf("/");
    const name = resolved.slice(slash + 1);
    if (name.startsWith("*")) {
      out.push({
        kind: "folder",
        pattern: entry,
        folder: slash >= 0 ? resolved.slice(0, slash) : "",
        ext: name.endsWith(".yml") ? ".yml" : ".yaml"
      });
    } else {
      out.push({ kind: "file", pattern: entry, path: resolved, key: keyOfFile(resolved) });
    }
  }
  return out;
}
function patternOf(patterns, path) {
  return patterns.find((p) => {
    if (p.kind === "file") return p.path === path;
    const prefix = p.folder ? `${p.folder}/` : "";
    const rest = path.slice(prefix.length);
    return path.startsWith(prefix) && !rest.includes("/") && rest.endsWith(p.ext) && rest.length > p.ext.length;
  });
}
function candidatePaths(patterns, key) {
  const out = [];
  if (!isServiceKey(key)) return out;
  for (const p of patterns) {
    const path = p.kind === "file" ? p.key === key ? p.path : void 0 : `${p.folder ? `${p.folder}/` : ""}${key}${p.ext}`;
    if (path !== void 0 && !out.includes(path)) out.push(path);
  }
  return out;
}
function includeSources(patterns) {
  const folders = [...new Set(patterns.flatMap((p) => p.kind === "folder" ? [p.folder] : []))];
  const files = [...new Set(patterns.flatMap((p) => p.kind === "file" ? [p.path] : []))];
  return { folders, files };
}
function includedFiles(params) {
  const { patterns, only } = params;
  if (patterns.length === 0) return [];
  const out = [];
  if (only !== void 0) {
    const wanted = new Set(candidatePaths(patterns, only));
    for (const path of params.paths) if (wanted.has(path)) out.push({ path, key: only });
  } else {
    for (const path of params.paths) if (patternOf(patterns, path)) out.push({ path, key: keyOfFile(path) });
  }
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/core/scan.ts
var TOP_KEY = /^[A-Za-z_][\w-]*\s*:(?:\s|$)/;
var KEY = /^(?:"([^"\\]*)"|'([^']*)'|([A-Za-z0-9_.-]+)) *:(?:\s|$)/;
var SERVICES = /^services:[ \t]*(#.*)?\r?$/;
function scanServices(text) {
  let headerEnd = -1;
  let tailStart = text.length;
  let indent = -1;
  const keys = [];
  const seen = /* @__PURE__ */ new Set();
  const blocks = /* @__PURE__ */ new Map();
  let current;
  for (let pos = 0; pos < text.length; ) {
    const nl = text.indexOf("\n", pos);
    const lineEnd2 = nl === -1 ? text.length : nl;
    const next = nl === -1 ? text.length : nl + 1;
    const c = text.charCodeAt(pos);
    if (c === 9 || c === 37) return void 0;
    if (c === 45 && text.startsWith("---", pos) || c === 46 && text.startsWith("...", pos))
      return void 0;
    if (headerEnd === -1 || tailStart !== text.length) {
      if (c === 115 && text.startsWith("services:", pos)) {
        if (headerEnd !== -1 || !SERVICES.test(text.slice(pos, lineEnd2))) return void 0;
        headerEnd = next;
      }
      pos = next;
      continue;
    }
    let n = pos;
    while (text.charCodeAt(n) === 32) n++;
    const first = text.charCodeAt(n);
    if (n === lineEnd2 || first === 35 || first === 13) {
      pos = next;
      continue;
    }
    const depth = n - pos;
    if (depth === 0) {
      if (!TOP_KEY.test(text.slice(pos, lineEnd2))) return void 0;
      tailStart = pos;
      continue;
    }
    if (indent === -1) indent = depth;
    if (depth < indent || depth > indent && !current) return void 0;
    if (depth === indent) {
      const m = KEY.exec(text.slice(n, lineEnd2));
      const key = m ? m[1] ?? m[2] ?? m[3] ?? "" : "";
      if (key === "" || seen.has(key)) return void 0;
      seen.add(key);
      if (current) blocks.set(current.key, { start: current.start, end: pos });
      current = { key, start: pos };
      keys.push(key);
    }
    pos = next;
  }
  if (headerEnd === -1) return void 0;
  if (current) blocks.set(current.key, { start: current.start, end: tailStart });
  return { keys, blocks, headerEnd, tailStart };
}
function sliceForService(params) {
  const { text, scan, key } = params;
  const block = scan.blocks.get(key);
  if (!block) return void 0;
  let body = text.slice(block.start, block.end);
  if (scan.tailStart < text.length && !body.endsWith("\n")) body += "\n";
  return {
    text: text.slice(0, scan.headerEnd) + body + text.slice(scan.tailStart),
    offset: block.start - scan.headerEnd
  };
}

// src/core/config.ts
function serviceSource(loaded, key) {
  const own2 = loaded.included.get(key);
  return own2 ? { file: own2.file, text: own2.text, parsed: own2.text, doc: own2.doc, offset: 0, base: [] } : {
    file: loaded.file,
    text: loaded.text,
    parsed: loaded.parsed,
    doc: loaded.doc,
    offset: loaded.offset,
    base: ["services", key]
  };
}
function nodeAt(doc, path) {
  let node2 = doc.contents;
  for (const key of path) {
    if ((0, import_yaml5.isMap)(node2)) {
      const pair = node2.items.find((p) => (0, import_yaml5.isScalar)(p.key) && String(p.key.value) === String(key));
      if (!pair || !(0, import_yaml5.isNode)(pair.value))
        return { node: pair && (0, import_yaml5.isNode)(pair.key) ? pair.key : node2, found: false };
      node2 = pair.value;
    } else if ((0, import_yaml5.isNode)(node2) && "items" in node2 && Array.isArray(node2.items) && typeof key === "number") {
      const item = node2.items[key];
      if (!(0, import_yaml5.isNode)(item)) return { node: node2, found: false };
      node2 = item;
    } else {
      return { node: (0, import_yaml5.isNode)(node2) ? node2 : void 0, found: false };
    }
  }
  return { node: (0, import_yaml5.isNode)(node2) ? node2 : void 0, found: true };
}
function keyNodeAt(doc, path, key) {
  const { node: node2, found } = nodeAt(doc, path);
  if (!found || !(0, import_yaml5.isMap)(node2)) return void 0;
  const pair = node2.items.find((p) => (0, import_yaml5.isPair)(p) && (0, import_yaml5.isScalar)(p.key) && String(p.key.value) === key);
  return pair && (0, import_yaml5.isNode)(pair.key) ? pair.key : void 0;
}
function position(lines, node2) {
  const offset = node2?.range?.[0];
  if (offset === void 0) return { line: 1, column: 1 };
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
function locate(ctx, path) {
  const key = path[1];
  const own2 = path[0] === "services" && typeof key === "string" ? ctx.included?.get(key) : void 0;
  return own2 ? { ctx: own2, path: path.slice(2) } : { ctx, path };
}
function nodeIn(ctx, path) {
  const at2 = locate(ctx, path);
  return nodeAt(at2.ctx.doc, at2.path);
}
function problemAt(ctx, path, message, key) {
  const at2 = key !== void 0 && path.length === 1 && ctx.included?.has(key) ? locate(ctx, [...path, key]) : void 0;
  if (at2)
    return {
      file: at2.ctx.file,
      ...position(at2.ctx.lines, at2.ctx.doc.contents ?? void 0),
      path: "",
      message
    };
  const { ctx: c, path: p } = locate(ctx, path);
  const node2 = key === void 0 ? nodeAt(c.doc, p).node : keyNodeAt(c.doc, p, key) ?? nodeAt(c.doc, p).node;
  const full = key === void 0 ? p : [...p, key];
  return { file: c.file, ...position(c.lines, node2), path: pathToString(full), message };
}
var KNOWN_KEYS = {
  root: ["include", "grafana", "prometheus", "cluster", "clusterDomain", "services"],
  service: [
    "router",
    "namespace",
    "host",
    "gateway",
    "path",
    "manifests",
    "virtualService",
    "httpRoute",
    "tfServing",
    "kserve",
    "pin",
    "mirror",
    "versions",
    "stable",
    "steps",
    "policy"
  ],
  version: ["weight", "modelBasePath", "image", "replicas", "host"],
  policy: ["maxStep", "approvals", "reviewers", "gate", "bake"],
  gate: [
    "minRequests",
    "successRate",
    "p99LatencyMs",
    "window",
    "onMissingMetrics",
    "alpha",
    "errorTolerance",
    "latencyTolerance",
    "checks"
  ],
  check: [...CHECK_KEYS],
  tfServing: ["modelName", "image", "replicas"],
  kserve: ["modelFormat", "runtime", "minReplicas", "maxReplicas", "deploymentMode"],
  pin: ["header"],
  mirror: ["version", "percent"]
};
var MAP_EXAMPLES = {
  service: "with namespace, host, versions and stable (see examples/mnist/rollout.yaml)",
  version: "such as `{ weight: 10, modelBasePath: gs://bucket/mnist/2 }`",
  policy: "such as `{ maxStep: 30, approvals: 1, reviewers: [ml-platform-team] }`",
  gate: "such as `{ minRequests: 100, successRate: 99.0, p99LatencyMs: 500, window: 10m }`",
  tfServing: "such as `{ modelName: mnist, image: tensorflow/serving:2.15.0 }`",
  kserve: "such as `{ modelFormat: sklearn }`",
  pin: "such as `{ header: x-model-version }`",
  mirror: "such as `{ version: v2, percent: 10 }`"
};
function mapKindFor(path) {
  if (path.length === 2 && path[0] === "services") return "service";
  if (path.length === 4 && path[2] === "versions") return "version";
  const last = path[path.length - 1];
  return typeof last === "string" && last in MAP_EXAMPLES ? last : void 0;
}
function knownKeysFor(path) {
  const last = path[path.length - 1];
  if (path.length === 0) return KNOWN_KEYS.root ?? [];
  if (path.length === 2 && path[0] === "services") return KNOWN_KEYS.service ?? [];
  if (path.length === 4 && path[2] === "versions") return KNOWN_KEYS.version ?? [];
  if (path[path.length - 2] === "checks") return KNOWN_KEYS.check ?? [];
  return (typeof last === "string" ? KNOWN_KEYS[last] : void 0) ?? [];
}
function valueAt(data, path) {
  let v = data;
  for (const k of path)
    v = typeof v === "object" && v !== null ? v[k] : void 0;
  return v;
}
function zodProblems(ctx, error2, data) {
  const out = [];
  const missing = new Set(
    error2.issues.filter((i) => i.code === "invalid_type" && !nodeIn(ctx, i.path).found).map((i) => pathToString(i.path))
  );
  const renames = /* @__PURE__ */ new Map();
  for (const issue2 of error2.issues) {
    if (issue2.code !== "unrecognized_keys") continue;
    const path = issue2.path;
    for (const key of issue2.keys) {
      const guess = closest(key, knownKeysFor(path));
      const target = guess === void 0 ? void 0 : pathToString([...path, guess]);
      if (guess && target && missing.has(target) && ![...renames.values()].includes(target))
        renames.set(pathToString([...path, key]), target);
    }
  }
  const renamed = new Set(renames.values());
  for (const issue2 of error2.issues) {
    const path = issue2.path;
    if (issue2.code === "unrecognized_keys") {
      for (const key of issue2.keys) {
        const known = knownKeysFor(path);
        const required2 = renames.has(pathToString([...path, key]));
        const guess = closest(key, known);
        const inFile = locate(ctx, path);
        const rename = guess !== void 0 && (required2 || keyNodeAt(inFile.ctx.doc, inFile.path, guess) === void 0);
        out.push(
          problemAt(
            ctx,
            path,
            rename ? `unknown field \`${showKey(key)}\`. Did you mean \`${guess}\`? Rename it to \`${guess}\`${required2 ? " (a required field)" : ""}.` : `unknown field \`${showKey(key)}\`.${didYouMean(key, known)} Remove it or use one of: ${known.join(", ")}.`,
            key
          )
        );
      }
      continue;
    }
    if (issue2.code === "invalid_key") {
      const key = String(path[path.length - 1]);
      const parent = path.slice(0, -1);
      const inner = issue2.issues[0]?.message ?? "is not a valid name";
      out.push(problemAt(ctx, parent, `name \`${showKey(key)}\` ${inner}. Rename it.`, key));
      continue;
    }
    if (missing.has(pathToString(path)) && issue2.code === "invalid_type") {
      if (renamed.has(pathToString(path))) continue;
      const key = String(path[path.length - 1] ?? "");
      out.push(problemAt(ctx, path, `is required: add \`${key}:\` (${issue2.message}).`));
      continue;
    }
    const value = valueAt(data, path);
    const kind = mapKindFor(path);
    if (issue2.code === "invalid_type" && issue2.expected === "object" && kind) {
      const got = value === null ? "nothing" : Array.isArray(value) ? "a list" : `\`${String(value)}\``;
      out.push(
        problemAt(ctx, path, `must be a map ${MAP_EXAMPLES[kind]}, not ${got}. Write its fields under it.`)
      );
      continue;
    }
    const quotedNumber = issue2.code === "invalid_type" && issue2.expected === "number" && typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*%?\s*$/.test(value);
    out.push(
      problemAt(
        ctx,
        path,
        `${issue2.message}.${quotedNumber ? ` Write it as a plain number, without quotes or %: \`${value.replace(/[\s%]/g, "")}\`.` : ""}`
      )
    );
  }
  return out;
}
function versionList(service) {
  return Object.entries(service.versions).map(([v, c]) => `${v}: ${c.weight}`).join(", ");
}
var BROUGHT_EXAMPLE = {
  virtualService: "path/to/vs.yaml",
  httpRoute: "path/to/httproute.yaml"
};
var BROUGHT_KIND = {
  virtualService: "VirtualService",
  httpRoute: "HTTPRoute"
};
function semanticProblems(ctx, config2, opts) {
  const out = [];
  const entries = Object.entries(config2.services);
  const escaping = (config2.include ?? []).some((entry) => resolveFromConfig(ctx.file, entry) === void 0);
  if (entries.length === 0 && !opts.scoped && !escaping) {
    const patterns = opts.patterns.map((p) => p.pattern);
    out.push(
      patterns.length > 0 ? problemAt(
        ctx,
        ["include"],
        `matches no file (${patterns.join(", ")}), and \`services\` defines none: rollout.yaml defines no service. Add a file such as ${candidatePaths(opts.patterns, "mnist")[0] ?? "rollout.d/mnist.yaml"} holding one service's namespace, host, versions and stable.`
      ) : problemAt(
        ctx,
        ["services"],
        "defines no service. Add one, e.g. `mnist:` with namespace, host, versions and stable (see examples/mnist/rollout.yaml)."
      )
    );
  }
  (config2.include ?? []).forEach((entry, i) => {
    if (resolveFromConfig(ctx.file, entry) === void 0)
      out.push(
        problemAt(
          ctx,
          ["include", i],
          `\`${entry}\` points outside the repository. Use a path inside it, relative to ${ctx.file}'s folder.`
        )
      );
  });
  const hosts = /* @__PURE__ */ new Map();
  const folders = /* @__PURE__ */ new Map();
  const gatewayPaths = /* @__PURE__ */ new Map();
  for (const [key, s] of entries) {
    const at2 = ["services", key];
    const versions = Object.keys(s.versions);
    if (versions.length === 0) {
      out.push(
        problemAt(
          ctx,
          [...at2, "versions"],
          "defines no version. Add at least one, e.g. `v1: { weight: 100 }`."
        )
      );
      continue;
    }
    if (COMMAND_WORDS.includes(key)) {
      out.push(
        problemAt(
          ctx,
          ["services"],
          `service key \`${key}\` is a command word, so \`/rollout ${key} \u2026\` would be misread. Rename the ${ctx.included?.has(key) ? "file" : "service"}.`,
          key
        )
      );
    }
    for (const v of versions) {
      if (COMMAND_WORDS.includes(v)) {
        out.push(
          problemAt(
            ctx,
            [...at2, "versions"],
            `version name \`${v}\` is a command word, so \`${v} 20\` would be misread. Rename the version (e.g. \`v${versions.length + 1}\`).`,
            v
          )
        );
      }
    }
    const sum = Object.values(s.versions).reduce((a, v) => a + v.weight, 0);
    if (sum !== 100) {
      out.push(
        problemAt(
          ctx,
          [...at2, "versions"],
          `weights add up to ${sum}, not 100 (${versionList(s)}). Change them so they add up to 100.`
        )
      );
    }
    if (!versions.includes(s.stable)) {
      out.push(
        problemAt(
          ctx,
          [...at2, "stable"],
          `\`${s.stable}\` is not one of the versions (${versions.join(", ")}).${didYouMean(s.stable, versions)} Set it to the version that serves when a rollout aborts.`
        )
      );
    }
    s.steps.forEach((step, i) => {
      const prev = i > 0 ? s.steps[i - 1] : void 0;
      if (step === 0)
        out.push(
          problemAt(
            ctx,
            [...at2, "steps", i],
            "a step of 0 does nothing. Remove it; steps are canary weights from 1 to 100."
          )
        );
      else if (prev !== void 0 && step <= prev)
        out.push(
          problemAt(
            ctx,
            [...at2, "steps", i],
            `steps must go up: ${step} comes after ${prev}. List them in ascending order, e.g. [10, 25, 50, 100].`
          )
        );
    });
    const router = routerOf(s);
    const brought = router.broughtField;
    const broughtRel = s[brought];
    if (!s.manifests && router.editsBrought === false) {
      out.push(
        problemAt(
          ctx,
          at2,
          `has no \`manifests\`, where \`router: ${router.name}\` renders its objects. Add \`manifests: deploy/${key}\`.`
        )
      );
    } else if (!s.manifests && !broughtRel) {
      out.push(
        problemAt(
          ctx,
          at2,
          `has neither \`manifests\` nor \`${brought}\`. Add \`manifests: deploy/${key}\` (rendered by rollout-bot) or \`${brought}: ${BROUGHT_EXAMPLE[brought]}\` (your own file, weights edited in place).`
        )
      );
    }
    for (const other2 of Object.values(ROUTERS)) {
      if (other2.editsBrought === false || other2.broughtField === brought || s[other2.broughtField] === void 0)
        continue;
      out.push(
        problemAt(
          ctx,
          at2,
          `\`${other2.broughtField}\` is for \`router: ${other2.name}\`, but this service uses \`router: ${router.name}\`. Remove it, or set \`router: ${other2.name}\`.`,
          other2.broughtField
        )
      );
    }
    if (s.kserve && router.name !== "kserve")
      out.push(
        problemAt(
          ctx,
          at2,
          `\`kserve\` is for \`router: kserve\`, but this service uses \`router: ${router.name}\`. Remove it, or set \`router: kserve\`.`,
          "kserve"
        )
      );
    for (const p of [
      ...router.problems({ key, service: s, clusterDomain: config2.clusterDomain }),
      ...checkProblems(s)
    ])
      out.push(problemAt(ctx, [...at2, ...p.path], p.message, p.key));
    if (s.mirror) {
      const m = s.mirror;
      const w = s.versions[m.version]?.weight;
      if (w === void 0)
        out.push(
          problemAt(
            ctx,
            [...at2, "mirror", "version"],
            `\`${m.version}\` is not one of the versions (${versions.join(", ")}).${didYouMean(m.version, versions)} Name the version that should receive the copies.`
          )
        );
      else if (w > 0 || m.version === s.stable)
        out.push(
          problemAt(
            ctx,
            [...at2, "mirror", "version"],
            `\`${m.version}\` serves live traffic (${w} %${m.version === s.stable ? ", and is stable" : ""}): its metrics would mix copies with real answers. Shadow a version at weight 0, or remove \`mirror\`.`
          )
        );
    }
    if (s.gateway) {
      const route = `${s.gateway.includes("/") ? s.gateway : `${s.namespace}/${s.gateway}`} ${routePath(key, s)}`;
      const taken = gatewayPaths.get(route);
      if (taken)
        out.push(
          problemAt(
            ctx,
            [...at2, s.path === void 0 ? "gateway" : "path"],
            `gateway \`${s.gateway}\` already routes \`${routePath(key, s)}\` to service \`${taken}\`. Give this service its own \`path\`.`
          )
        );
      else gatewayPaths.set(route, key);
    }
    if (s.tfServing && !s.manifests) {
      out.push(
        problemAt(
          ctx,
          [...at2, "tfServing"],
          "needs `manifests`: the folder where the TF Serving Deployments and Service are rendered. Add `manifests: deploy/" + key + "`."
        )
      );
    }
    if (s.tfServing) {
      for (const [v, c] of Object.entries(s.versions)) {
        if (!c.modelBasePath)
          out.push(
            problemAt(
              ctx,
              [...at2, "versions", v],
              `has no \`modelBasePath\`, which tfServing needs. Add e.g. \`modelBasePath: gs://bucket/${s.tfServing.modelName}/${v}\`.`
            )
          );
        const name = `${key}-${v}`;
        if (name.length > 63)
          out.push(
            problemAt(
              ctx,
              [...at2, "versions"],
              `Deployment name \`${name}\` is longer than 63 characters. Shorten the service key or version name.`,
              v
            )
          );
      }
    }
    const hostKey = `${s.namespace}/${s.host}`;
    const other = hosts.get(hostKey);
    if (other)
      out.push(
        problemAt(
          ctx,
          [...at2, "host"],
          `\`${s.host}\` in namespace \`${s.namespace}\` is already routed by service \`${other}\`. Give each service its own host (or merge the two into one service with several versions).`
        )
      );
    else hosts.set(hostKey, key);
    for (const field of ["manifests", brought]) {
      const rel = s[field];
      if (rel !== void 0 && resolveFromConfig(ctx.file, rel) === void 0) {
        out.push(
          problemAt(
            ctx,
            [...at2, field],
            `\`${rel}\` points outside the repository. Use a path inside it, relative to ${ctx.file}'s folder.`
          )
        );
      }
    }
    const vsPath = broughtRel === void 0 ? void 0 : resolveFromConfig(ctx.file, broughtRel);
    const manifestsPath = s.manifests === void 0 ? void 0 : resolveFromConfig(ctx.file, s.manifests);
    if (vsPath !== void 0 && manifestsPath !== void 0 && (manifestsPath === "" || vsPath.startsWith(`${manifestsPath}/`))) {
      out.push(
        problemAt(
          ctx,
          [...at2, brought],
          `\`${broughtRel}\` is inside the manifests folder \`${s.manifests}\`, which rollout-bot renders and owns. Move your ${BROUGHT_KIND[brought]} file out of it.`
        )
      );
    }
    const folder = s.manifests === void 0 ? void 0 : resolveFromConfig(ctx.file, s.manifests);
    if (s.manifests && folder !== void 0) {
      const prevFolder = folders.get(folder);
      if (prevFolder)
        out.push(
          problemAt(
            ctx,
            [...at2, "manifests"],
            `folder \`${s.manifests}\` is already used by service \`${prevFolder}\`. Give each service its own folder.`
          )
        );
      else folders.set(folder, key);
    }
  }
  return out;
}
var YAML_HINT = "Fix the YAML at this spot (rollout.yaml takes plain YAML: no custom tags, one document).";
function lineAt(text, lines, line) {
  const start = lines.lineStarts[line - 1] ?? 0;
  const end = text.indexOf("\n", start);
  const raw = text.slice(start, end < 0 ? text.length : end);
  const content = raw.replace(/(^|\s)#.*$/, "").trimEnd();
  return { start, indent: raw.length - raw.trimStart().length, content };
}
function lineAbove(text, lines, line) {
  for (let l = line - 1; l >= 1; l--) {
    const at2 = lineAt(text, lines, l);
    if (at2.content.trim() !== "") return { line: l, ...at2 };
  }
  return void 0;
}
function flowCollections(doc) {
  const out = [];
  (0, import_yaml5.visit)(doc, {
    Collection(_, node2) {
      if (node2.flow) out.push(node2);
    }
  });
  return out;
}
function yamlProblems(ctx, text, errors) {
  const { lines } = ctx;
  const issues = [];
  const skip = /* @__PURE__ */ new Set();
  const plain = (e) => e.message.replace(/ at line \d+, column \d+[\s\S]*$/, "").trim();
  const tabs = errors.filter((e) => e.code === "TAB_AS_INDENT");
  const considered = tabs.length > 0 ? tabs : errors;
  const flowEnd = (e) => /^Flow (map|sequence) in block collection/.test(e.message);
  const ordered = [...considered.filter(flowEnd), ...considered.filter((e) => !flowEnd(e))];
  for (const e of ordered) {
    if (skip.has(e)) continue;
    const msg = plain(e);
    const flow = /^Flow (map|sequence) in block collection must be sufficiently indented and end with a ([}\]])/.exec(
      msg
    );
    if (flow) {
      const [, kind, close] = flow;
      const open2 = close === "}" ? "{" : "[";
      const at2 = lines.linePos(e.pos[0]);
      const collection = flowCollections(ctx.doc).filter((n) => n.range && n.range[0] < e.pos[0] && n.range[1] >= e.pos[0]).pop();
      const { content } = lineAt(text, lines, at2.line);
      if (collection?.range && !content.includes(close ?? "")) {
        const from = collection.range[0];
        for (const other of considered) if (other.pos[0] >= from && other.pos[0] <= e.pos[0]) skip.add(other);
        const opening = lineAt(text, lines, lines.linePos(from).line).content.trim();
        issues.push({
          offset: from,
          what: `the flow ${kind} opened with \`${open2}\` here is never closed`,
          hint: opening.endsWith(open2) ? `Add \`${close}\` where it ends, or remove the \`${open2}\` and write the value as indented lines.` : `Add \`${close}\` where it ends, e.g. \`${opening}${close === "}" ? " }" : "]"}\`.`
        });
        continue;
      }
      for (const other of considered) if (other !== e && other.pos[0] === e.pos[0]) skip.add(other);
      issues.push({
        offset: e.pos[0],
        what: `this line continues a flow ${kind} (\`${open2} ... ${close}\`) but is not indented deeper than its key`,
        hint: "Indent it further, or put the whole value on the line of its key."
      });
      continue;
    }
    if (e.code === "MULTILINE_IMPLICIT_KEY" || e.code === "BLOCK_AS_IMPLICIT_KEY") {
      const group = considered.filter(
        (o) => o.pos[0] === e.pos[0] && (o.code === "MULTILINE_IMPLICIT_KEY" || o.code === "BLOCK_AS_IMPLICIT_KEY")
      );
      for (const other of group) skip.add(other);
      const multi = group.find((o) => o.code === "MULTILINE_IMPLICIT_KEY");
      const start = lines.linePos(e.pos[0]);
      const line = lineAt(text, lines, start.line);
      const end = multi ? lines.linePos(multi.pos[1]).line : start.line;
      if (start.col - 1 > line.indent && end > start.line) {
        const next = lineAt(text, lines, end);
        issues.push({
          offset: next.start + next.indent,
          what: `this line is indented deeper than the line above it (line ${start.line}), so it reads as part of that value`,
          hint: "Indent it like the keys around it."
        });
      } else if (start.col - 1 === line.indent && !line.content.includes(":")) {
        const key = line.content.trim();
        issues.push({
          offset: e.pos[0],
          what: `\`${key}\` has no \`:\` after it, so YAML joins it with the next line`,
          hint: `Write \`${key}:\`.`
        });
      } else {
        issues.push({
          offset: e.pos[0],
          what: `${msg} (a value here is followed by \`key: value\` on the same line or a line indented deeper)`,
          hint: "Put one `key: value` per line, or quote the value if it contains `: `."
        });
      }
      continue;
    }
    if (e.code === "BAD_INDENT" && msg.startsWith("All mapping items must start at the same column")) {
      for (const other of considered)
        if (other !== e && other.code === e.code && other.message === e.message) skip.add(other);
      if (issues.length > 0) continue;
      const at2 = lines.linePos(e.pos[0]);
      const above = lineAbove(text, lines, at2.line);
      if (above && !above.content.includes(":") && !above.content.trim().startsWith("-")) {
        const key = above.content.trim();
        issues.push({
          offset: above.start + above.indent,
          what: `\`${key}\` has no \`:\` after it, so the indented lines below it do not belong to it`,
          hint: `Write \`${key}:\`.`
        });
        continue;
      }
      const here = lineAt(text, lines, at2.line);
      issues.push({
        offset: e.pos[0],
        what: above && above.indent !== here.indent ? `${msg}: this line is indented ${here.indent} spaces, the line above (line ${above.line}) ${above.indent}` : msg,
        hint: "Indent keys of the same map by the same number of spaces."
      });
      continue;
    }
    if (e.code === "DUPLICATE_KEY") {
      const pair = duplicatePair(ctx.doc, e.pos[0]);
      issues.push({
        offset: e.pos[0],
        what: pair ? `\`${pair.key}\` appears twice in this map (first on line ${lines.linePos(pair.first).line})` : msg,
        hint: "Remove one of them."
      });
      continue;
    }
    const hints = {
      MULTIPLE_DOCS: "Remove this `---` and what follows, or merge it into the first document: rollout.yaml is one document.",
      TAB_AS_INDENT: "Indent with spaces.",
      BAD_SCALAR_START: "Put the value in quotes, or remove that character."
    };
    issues.push({
      offset: e.pos[0],
      warning: e.name === "YAMLWarning",
      what: e.code === "MULTIPLE_DOCS" ? "the file holds more than one YAML document" : msg === "Implicit map keys need to be followed by map values" ? `${msg} (no \`:\` and space after a key)` : msg,
      hint: hints[e.code] ?? (msg === "Implicit map keys need to be followed by map values" ? "Write `key: value`, with a space after the colon." : msg.startsWith("Missing closing") ? "Add the closing quote at the end of the value." : YAML_HINT)
    });
  }
  const seen = /* @__PURE__ */ new Set();
  return issues.sort((a, b) => a.offset - b.offset).flatMap((i) => {
    const { line, col } = lines.linePos(i.offset);
    const message = `YAML ${i.warning ? "not accepted" : "syntax error"}: ${i.what}. ${i.hint}`;
    const id = `${line}:${message}`;
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ file: ctx.file, line, column: col, path: "", message }];
  });
}
function duplicatePair(doc, offset) {
  let found;
  (0, import_yaml5.visit)(doc, {
    Map(_, map) {
      const dup = map.items.find((p) => (0, import_yaml5.isScalar)(p.key) && p.key.range?.[0] === offset);
      if (!dup || !(0, import_yaml5.isScalar)(dup.key)) return void 0;
      const name = String(dup.key.value);
      const first = map.items.find((p) => (0, import_yaml5.isScalar)(p.key) && String(p.key.value) === name);
      const start = first && (0, import_yaml5.isScalar)(first.key) ? first.key.range?.[0] : void 0;
      found = { key: name, first: start ?? offset };
      return import_yaml5.visit.BREAK;
    }
  });
  return found;
}
function firstCollectionKey(doc) {
  let found;
  (0, import_yaml5.visit)(doc, {
    Pair(_, pair) {
      if ((0, import_yaml5.isCollection)(pair.key)) {
        found = pair.key;
        return import_yaml5.visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}
function protoKey(doc) {
  let found;
  (0, import_yaml5.visit)(doc, {
    Pair(_, pair) {
      if ((0, import_yaml5.isScalar)(pair.key) && String(pair.key.value) === "__proto__") {
        found = pair.key;
        return import_yaml5.visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}
function aliasProblem(ctx, cause) {
  const msg = cause instanceof Error ? cause.message : String(cause);
  const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(msg)?.[1];
  let alias;
  (0, import_yaml5.visit)(ctx.doc, {
    Alias(_, node2) {
      if (unresolved === void 0 || node2.source === unresolved) {
        alias = node2;
        return import_yaml5.visit.BREAK;
      }
      return void 0;
    }
  });
  const where = alias ? position(ctx.lines, alias) : { line: 1, column: 1 };
  const message = unresolved !== void 0 ? `YAML syntax error: \`*${unresolved}\` refers to no anchor: there is no \`&${unresolved}\` before it. Define the anchor above, or write the value out.` : `cannot be read as YAML data: ${msg}. Remove anchors/aliases that expand too much (\`&name\`, \`*name\`) and write the values out.`;
  return { file: ctx.file, ...where, path: "", message };
}
function loadConfig(params) {
  const deep = nestingProblem(params.text, params.file);
  if (deep) return { ok: false, reason: "invalid-config", problems: [deep], message: formatProblems([deep]) };
  const { text, file, only, included } = params;
  if (only !== void 0) {
    const scan = params.scan ?? scanServices(text);
    const slice = scan && sliceForService({ text, scan, key: only });
    if (slice) {
      const r = loadWhole({ text: slice.text, file, included, only });
      if (r.ok) return { ok: true, loaded: { ...r.loaded, text, offset: slice.offset, scope: only, scan } };
    } else if (included !== void 0) {
      const root = scan ? withoutServices(text, scan) : text;
      const r = loadWhole({ text: root, file, included, only });
      if (r.ok && r.loaded.included.has(only))
        return { ok: true, loaded: { ...r.loaded, text, scope: only, ...scan ? { scan } : {} } };
    }
  }
  return loadWhole({ text, file, included, ...only === void 0 ? {} : { only } });
}
function includeOf(params) {
  const { text, file } = params;
  if (!/^include[ \t]*:/m.test(text) || nestingProblem(text, file)) return [];
  const scan = params.scan ?? scanServices(text);
  const doc = (0, import_yaml5.parseDocument)(scan ? withoutServices(text, scan) : text, YAML_OPTIONS);
  if (doc.errors.length > 0 || !(0, import_yaml5.isMap)(doc.contents)) return [];
  const value = doc.contents.get("include", true)?.toJSON();
  return includePatterns({ configFile: file, include: Array.isArray(value) ? value : void 0 });
}
function withoutServices(text, scan) {
  return `${text.slice(0, scan.headerEnd)}  {}
${text.slice(scan.tailStart)}`;
}
function parseFile(params) {
  const { text, file, service } = params;
  const deep = nestingProblem(text, file);
  if (deep) return { ok: false, problems: [deep] };
  const lines = new import_yaml5.LineCounter();
  const doc = (0, import_yaml5.parseDocument)(text, { ...YAML_OPTIONS, lineCounter: lines });
  const ctx = { file, doc, lines };
  const fail = (problems3) => ({ ok: false, problems: problems3 });
  const yamlIssues = [...doc.errors, ...doc.warnings];
  if (yamlIssues.length > 0) return fail(yamlProblems(ctx, text, yamlIssues));
  if (doc.contents === null) {
    return fail([
      {
        file,
        line: 0,
        column: 0,
        path: "",
        message: service === void 0 ? "is empty. Start from examples/mnist/rollout.yaml." : `is empty. Write service \`${service}\`'s settings here (namespace, host, versions, stable: what would sit under \`services.${service}\` in rollout.yaml; see examples/include/rollout.d/), or remove the file.`
      }
    ]);
  }
  const complexKey = firstCollectionKey(doc);
  if (complexKey) {
    return fail([
      {
        file,
        ...position(lines, complexKey),
        path: "",
        message: "YAML syntax error: a key must be a plain name, not a list or map (`? [a]` or `[a]: ...`). Write it as `name: value`."
      }
    ]);
  }
  const proto = protoKey(doc);
  if (proto) {
    return fail([
      {
        file,
        ...position(lines, proto),
        path: "",
        message: "a key named `__proto__` is not allowed. Rename it (services and versions are lowercase names such as mnist or v2)."
      }
    ]);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: YAML_OPTIONS.maxAliasCount });
  } catch (cause) {
    return fail([aliasProblem(ctx, cause)]);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail([
      {
        file,
        ...position(lines, (0, import_yaml5.isNode)(doc.contents) ? doc.contents : void 0),
        path: "",
        message: service === void 0 ? "must be a map with a `services:` key, not a single value or a list. Start from examples/mnist/rollout.yaml." : `must be a map of service \`${service}\`'s settings (namespace, host, versions, stable), not a single value or a list. See examples/include/rollout.d/.`
      }
    ]);
  }
  return { ok: true, ctx, data };
}
function mergeIncluded(params) {
  const { root, data, patterns } = params;
  if (!("include" in data)) return { ok: true, data, files: /* @__PURE__ */ new Map(), contexts: /* @__PURE__ */ new Map() };
  if (params.included === void 0) {
    return {
      ok: false,
      problems: [
        problemAt(
          root,
          ["include"],
          "is set, but this part of rollout-bot read only rollout.yaml, not the files it includes, so it cannot see every service. Please report this as a bug; meanwhile write the services under `services:` in rollout.yaml."
        )
      ]
    };
  }
  const inline = data.services;
  const services = inline === void 0 || inline === null ? {} : typeof inline === "object" && !Array.isArray(inline) ? { ...inline } : {};
  const problems3 = [];
  const files = /* @__PURE__ */ new Map();
  const contexts = /* @__PURE__ */ new Map();
  const texts = params.included;
  const found = includedFiles({
    patterns,
    paths: texts.keys(),
    ...params.only === void 0 ? {} : { only: params.only }
  });
  for (const { path, key } of found) {
    const text = texts.get(path) ?? "";
    const atFile = (message) => ({ file: path, line: 0, column: 0, path: "", message });
    if (!isServiceKey(key)) {
      problems3.push(
        atFile(
          `file name \`${showKey(key)}\` cannot be a service key: a service's file is named after its key, a lowercase Kubernetes name (a-z, 0-9 and '-', at most 63 characters, e.g. mnist-v2). Rename the file, e.g. to ${path.slice(0, path.lastIndexOf("/") + 1)}${key.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "mnist"}${path.endsWith(".yml") ? ".yml" : ".yaml"}.`
        )
      );
      continue;
    }
    const other = files.get(key);
    if (other) {
      problems3.push(
        atFile(
          `gives service \`${key}\`, which ${other.file} already gives. Keep one file per service: remove or rename one.`
        )
      );
      continue;
    }
    if (Object.hasOwn(services, key) && !files.has(key)) {
      problems3.push(
        problemAt(
          root,
          ["services"],
          `service \`${key}\` is defined both here and in ${path} (from \`include\`). Define it in one place: remove it here or delete the file.`,
          key
        )
      );
      continue;
    }
    const parsed = parseFile({ text, file: path, service: key });
    if (!parsed.ok) {
      problems3.push(...parsed.problems);
      continue;
    }
    services[key] = parsed.data;
    files.set(key, { file: path, text, doc: parsed.ctx.doc, lines: parsed.ctx.lines });
    contexts.set(key, parsed.ctx);
  }
  if (params.only === void 0)
    for (const p of patterns) {
      if (p.kind === "file" && !texts.has(p.path))
        problems3.push(
          problemAt(
            root,
            ["include", Array.isArray(data.include) ? data.include.indexOf(p.pattern) : 0],
            `\`${p.pattern}\` does not exist (${p.path}). Fix the path, commit the file, or use a folder pattern such as rollout.d/*.yaml, which may match nothing.`
          )
        );
    }
  if (problems3.length > 0) return { ok: false, problems: problems3 };
  return { ok: true, data: { ...data, services }, files, contexts };
}
function loadWhole(params) {
  const { text, file } = params;
  const fail = (problems3) => ({
    ok: false,
    reason: "invalid-config",
    problems: problems3,
    message: formatProblems(problems3)
  });
  const root = parseFile({ text, file });
  if (!root.ok) return fail(root.problems);
  const { doc, lines } = root.ctx;
  const patterns = includePatterns({
    configFile: file,
    include: Array.isArray(root.data.include) ? root.data.include : void 0
  });
  const merged = mergeIncluded({
    root: root.ctx,
    data: root.data,
    patterns,
    included: params.included,
    ...params.only === void 0 ? {} : { only: params.only }
  });
  if (!merged.ok) return fail(merged.problems);
  const { data } = merged;
  const ctx = { file, doc, lines, included: merged.contexts };
  const scoped = params.only !== void 0;
  const parsed = RolloutSchema.safeParse(data);
  if (!parsed.success) {
    const schema = zodProblems(ctx, parsed.error, data);
    const partial2 = withoutInvalid(data, parsed.error);
    if (!partial2) return fail(schema);
    const seen = new Set(schema.map((p) => `${p.file}
${p.path}
${p.message}`));
    const more = semanticProblems(ctx, partial2.config, {
      scoped: scoped || "include" in data || partial2.removed.some((r) => r.startsWith("services.")),
      patterns
    }).filter(
      (p) => !seen.has(`${p.file}
${p.path}
${p.message}`) && !partial2.removed.some((r) => related(configPathOf(ctx, p), r))
    );
    return fail(
      [...schema, ...more].sort(
        (a, b) => (a.file === b.file ? 0 : a.file === file ? -1 : b.file === file ? 1 : a.file < b.file ? -1 : 1) || (a.line || Infinity) - (b.line || Infinity) || a.column - b.column
      )
    );
  }
  const semantic = semanticProblems(ctx, parsed.data, { scoped, patterns });
  if (semantic.length > 0) return fail(semantic);
  return {
    ok: true,
    loaded: {
      file,
      text,
      parsed: text,
      config: parsed.data,
      doc,
      lines,
      offset: 0,
      include: patterns,
      included: merged.files
    }
  };
}
function configPathOf(ctx, p) {
  for (const [key, c] of ctx.included ?? []) {
    if (c.file === p.file) return p.path ? `services.${key}.${p.path}` : `services.${key}`;
  }
  return p.path;
}
function repoPath(configFile, rel) {
  const p = resolveFromConfig(configFile, rel);
  if (p === void 0) throw new Error(`${rel} escapes the repository; loadConfig should have refused it`);
  return p;
}
function directlyIn(folder, path) {
  const prefix = folder ? `${folder}/` : "";
  return path.startsWith(prefix) && !path.slice(prefix.length).includes("/");
}
function related(a, b) {
  const inside = (x, y) => x === y || x.startsWith(`${y}.`) || x.startsWith(`${y}[`);
  return inside(a, b) || inside(b, a);
}
function withoutInvalid(data, error2) {
  const copy = structuredClone(data);
  const removed = [];
  const drop = (path) => {
    let cur = copy;
    for (const k of path.slice(0, -1)) {
      if (typeof cur !== "object" || cur === null || !Object.hasOwn(cur, k)) return;
      cur = cur[k];
    }
    const last2 = path.at(-1);
    if (last2 === void 0 || typeof cur !== "object" || cur === null || !Object.hasOwn(cur, last2)) return;
    delete cur[last2];
    removed.push(pathToString(path));
  };
  let issues = error2.issues;
  for (let round = 0; round < 3 && issues.length > 0; round++) {
    for (const issue2 of issues) {
      const path = issue2.path;
      if (path.length === 0) return void 0;
      if (issue2.code === "unrecognized_keys") for (const k of issue2.keys) drop([...path, k]);
      else drop(path);
    }
    const again = RolloutSchema.safeParse(copy);
    if (again.success) return { config: again.data, removed };
    issues = again.error.issues;
  }
  const services = copy.services;
  if (typeof services !== "object" || services === null || Array.isArray(services)) return void 0;
  const keys = /* @__PURE__ */ new Set();
  for (const i of issues) {
    const key = i.path[1];
    if (i.path[0] !== "services" || key === void 0) return void 0;
    keys.add(key);
  }
  for (const key of keys) {
    delete services[key];
    removed.push(pathToString(["services", key]));
  }
  const last = RolloutSchema.safeParse(copy);
  return last.success ? { config: last.data, removed } : void 0;
}

// src/core/request.ts
var REQUEST_USAGE = [
  ...usageRows(CHAT_COMMANDS.filter((c) => c.reads === "traffic")),
  "Put the service key first when rollout.yaml has several (mnist v2 20); add --force to exceed policy.maxStep."
];
var WEIGHT = /^(\d{1,3})%?$/;
function usage(message) {
  return {
    ok: false,
    reason: "usage",
    message: `${message}
Usage:
  ${REQUEST_USAGE.join("\n  ")}`
  };
}
var KEYWORD_PARSERS = {
  next: (rest) => rest.length > 1 ? `\`next\` takes at most a version (got \`${rest.join(" ")}\`).` : rest[0] === void 0 ? { kind: "next" } : { kind: "next", version: rest[0] },
  promote: (rest) => rest.length !== 1 || rest[0] === void 0 ? "`promote` takes one version, e.g. `promote v2`." : { kind: "promote", version: rest[0] },
  abort: (rest) => rest.length > 0 ? `\`abort\` takes no arguments (got \`${rest.join(" ")}\`).` : { kind: "abort" },
  mirror: parseMirror
};
function parseMirror(rest) {
  const [version2, percent] = rest;
  if (rest.length === 1 && version2?.toLowerCase() === "off") return { kind: "mirror", off: true };
  if (version2 === void 0)
    return "`mirror` needs a version and a percent, e.g. `mirror v2 10`, or `mirror off` to stop.";
  if (percent === void 0)
    return `\`mirror ${version2}\` needs a percent of requests to copy, e.g. \`mirror ${version2} 10\`.`;
  if (rest.length > 2)
    return `too many words after \`mirror\`: give one version and one percent, e.g. \`mirror ${version2} ${percent}\`.`;
  const p = WEIGHT.exec(percent);
  if (!p && version2.toLowerCase() === "off")
    return `\`mirror off\` takes nothing after it (got \`${rest.slice(1).join(" ")}\`).`;
  if (!p)
    return `\`${percent}\` is not a percent: use a whole number from 1 to 100, e.g. \`mirror ${version2} 10\`.`;
  return { kind: "mirror", version: version2, percent: Number(p[1]) };
}
function parseRule(word) {
  const parts = word.includes(",") ? word.split(",").flatMap((p) => p.split(":")) : word.split(":");
  if (parts.length % 2 !== 0 || parts.some((p) => p === "")) {
    return usage(
      `\`${word}\` is not a traffic rule: write version:weight pairs, e.g. v1:90:v2:10 or v1:90,v2:10.`
    );
  }
  const pairs = [];
  for (let i = 0; i < parts.length; i += 2) {
    const version2 = parts[i] ?? "";
    const w = WEIGHT.exec(parts[i + 1] ?? "");
    if (!w)
      return usage(`\`${parts[i + 1]}\` in \`${word}\` is not a weight: use a whole number from 0 to 100.`);
    if (pairs.some(([v]) => v === version2))
      return usage(`\`${version2}\` appears twice in \`${word}\`: give each version once.`);
    pairs.push([version2, Number(w[1])]);
  }
  return pairs;
}
function parseTrafficRequest(params) {
  let words = params.words.filter((w) => w !== "");
  const force = words.includes("--force");
  words = words.filter((w) => w !== "--force");
  const unknownFlag = words.find((w) => w.startsWith("-") && !/^-\d/.test(w));
  if (unknownFlag) return usage(`unknown option \`${unknownFlag}\`.${didYouMean(unknownFlag, ["--force"])}`);
  let service;
  const first = words[0];
  if (first !== void 0 && words.length > 1 && params.serviceKeys.includes(first)) {
    service = first;
    words = words.slice(1);
  }
  const done = (change) => ({
    ok: true,
    request: { ...service === void 0 ? {} : { service }, change, force }
  });
  const [head, ...rest] = words;
  if (head === void 0) return usage("say what traffic to set.");
  const lower = head.toLowerCase();
  if (isOneOf(TRAFFIC_WORDS, lower)) {
    const change = KEYWORD_PARSERS[lower](rest);
    return typeof change === "string" ? usage(change) : done(change);
  }
  if (head.includes(":")) {
    if (rest.length > 0)
      return usage(`a traffic rule is one word; \`${rest.join(" ")}\` after it is not understood.`);
    const rule = parseRule(head);
    if (!Array.isArray(rule)) return rule;
    return done({ kind: "weights", weights: rule });
  }
  if (/^[^=\s]+=\d+%?$/.test(head) || /^[^,\s]+,\d+(,|$)/.test(head)) {
    return usage(
      `\`${words.join(" ")}\` is not a traffic rule: write version:weight pairs in one word, e.g. v1:90:v2:10 or v1:90,v2:10.`
    );
  }
  if (rest.length === 1 && rest[0] !== void 0) {
    const w = WEIGHT.exec(rest[0]);
    const command = didYouMean(head, TRAFFIC_WORDS);
    if (!w && command) return usage(`unknown command \`${head}\`.${command}`);
    if (!w)
      return usage(`\`${rest[0]}\` is not a weight: use a whole number from 0 to 100, e.g. \`${head} 20\`.`);
    return done({ kind: "set", version: head, weight: Number(w[1]) });
  }
  if (rest.length === 0 && !params.serviceKeys.includes(head)) {
    const hint = didYouMean(head, TRAFFIC_WORDS);
    if (hint) return usage(`unknown command \`${head}\`.${hint}`);
    return usage(`\`${head}\` needs a weight, e.g. \`${head} 20\`.`);
  }
  if (rest.length === 0) return usage(`say what to do with service \`${head}\`, e.g. \`${head} v2 20\`.`);
  const [second = "", third = ""] = rest;
  const looksLikeService = rest.length === 2 && !WEIGHT.test(second) && (WEIGHT.test(third) || isOneOf(TRAFFIC_WORDS, second.toLowerCase()));
  if (service === void 0 && (looksLikeService || isOneOf(TRAFFIC_WORDS, second.toLowerCase()))) {
    const command = didYouMean(head, TRAFFIC_WORDS);
    if (command && !didYouMean(head, params.serviceKeys) && !isOneOf(TRAFFIC_WORDS, second.toLowerCase()))
      return usage(`unknown command \`${head}\`.${command}`);
    const example = params.serviceKeys[0] ?? "mnist";
    return {
      ok: false,
      reason: "unknown-service",
      message: `no service \`${head}\` in rollout.yaml (services: ${params.serviceKeys.join(", ")}).${didYouMean(head, params.serviceKeys)} Put one of them first, e.g. \`${example} ${rest.join(" ")}\`.`
    };
  }
  if (rest.length >= 2) {
    return usage(
      `too many words in \`${words.join(" ")}\`: give one version and one weight, e.g. \`${head} ${rest[0]}\`.`
    );
  }
  return usage(`\`${words.join(" ")}\` is not understood.`);
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a3;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a3 = options.timeout) !== null && _a3 !== void 0 ? _a3 : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array2) {
    const ret = [];
    for (let i = 0; i < array2.length; i++) {
      if (array2[i]) {
        ret.push(array2[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a3, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a3 = patch.oldMode) !== null && _a3 !== void 0 ? _a3 : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/core/changes.ts
var import_yaml7 = __toESM(require_dist(), 1);

// src/core/edit.ts
var import_yaml6 = __toESM(require_dist(), 1);
function editConfigWeights(params) {
  const { loaded, service, after, stableAfter } = params;
  const source = serviceSource(loaded, service);
  const base = source.base;
  const current = loaded.config.services[service];
  if (!current) throw new Error(`editConfigWeights: unknown service ${service}`);
  const splices = [];
  for (const [v, w] of Object.entries(after)) {
    if (current.versions[v]?.weight === w) continue;
    const s = replaceScalar(nodeAt(source.doc, [...base, "versions", v, "weight"]).node, w);
    if (!s) throw new Error(`editConfigWeights: no weight scalar for ${service}.${v}`);
    splices.push(s);
  }
  if (stableAfter !== current.stable) {
    const s = replaceString(nodeAt(source.doc, [...base, "stable"]).node, stableAfter);
    if (!s) throw new Error(`editConfigWeights: no stable scalar for ${service}`);
    splices.push(s);
  }
  if (params.mirrorAfter !== void 0)
    splices.push(...editMirror({ loaded, service, after: params.mirrorAfter ?? void 0 }));
  return {
    file: source.file,
    text: applySplices(
      source.text,
      splices.map((s) => ({ ...s, start: s.start + source.offset, end: s.end + source.offset }))
    ),
    parsed: applySplices(source.parsed, splices)
  };
}
function yamlString(value) {
  try {
    if ((0, import_yaml6.parse)(value) === value) return value;
  } catch {
  }
  return JSON.stringify(value);
}
function replaceString(node2, value) {
  const s = replaceScalar(node2, value);
  if (!s || !(0, import_yaml6.isScalar)(node2) || node2.type !== "PLAIN") return s;
  return { ...s, text: yamlString(value) };
}
function lineStart(text, at2) {
  return text.lastIndexOf("\n", at2 - 1) + 1;
}
function lineEnd(text, at2) {
  const nl = text.indexOf("\n", at2);
  return nl === -1 ? text.length : nl;
}
function valueEnd(pair) {
  const v = pair.value;
  if ((0, import_yaml6.isMap)(v) && !v.flow) {
    const last = v.items[v.items.length - 1];
    if (last) return valueEnd(last);
  }
  if ((0, import_yaml6.isNode)(v) && v.range) return v.range[1];
  const k = pair.key;
  return (0, import_yaml6.isNode)(k) && k.range ? k.range[1] : 0;
}
function editMirror(params) {
  const { loaded, service, after } = params;
  const source = serviceSource(loaded, service);
  const text = source.parsed;
  const fail = (what) => new Error(`editConfigWeights: ${what} for ${service}`);
  const map = nodeAt(source.doc, source.base).node;
  if (!(0, import_yaml6.isMap)(map)) throw fail("no service map");
  const at2 = map.items.findIndex((p) => (0, import_yaml6.isScalar)(p.key) && p.key.value === "mirror");
  const pair = map.items[at2];
  const flowText = (m) => `{ version: ${yamlString(m.version)}, percent: ${m.percent} }`;
  if (after && pair) {
    const value = pair.value;
    if (!(0, import_yaml6.isMap)(value)) throw fail("`mirror` is not a map");
    const out2 = [];
    const current = loaded.config.services[service]?.mirror;
    if (current?.version !== after.version) {
      const s = replaceString(value.get("version", true), after.version);
      if (!s) throw fail("no mirror.version scalar");
      out2.push(s);
    }
    if (current?.percent !== after.percent) {
      const s = replaceScalar(value.get("percent", true), after.percent);
      if (!s) throw fail("no mirror.percent scalar");
      out2.push(s);
    }
    return out2;
  }
  if (after) {
    const stable = map.items.find((p) => (0, import_yaml6.isScalar)(p.key) && p.key.value === "stable");
    if (!stable || !(0, import_yaml6.isNode)(stable.key) || !stable.key.range) throw fail("no `stable:` key");
    const end2 = valueEnd(stable);
    if (map.flow) return [{ start: end2, end: end2, text: `, mirror: ${flowText(after)}` }];
    const column = stable.key.range[0] - lineStart(text, stable.key.range[0]);
    const nl = lineEnd(text, end2);
    return [{ start: nl, end: nl, text: `
${" ".repeat(column)}mirror: ${flowText(after)}` }];
  }
  if (!pair || !(0, import_yaml6.isNode)(pair.key) || !pair.key.range) return [];
  const keyStart = pair.key.range[0];
  const end = valueEnd(pair);
  if (map.flow) {
    const prev = map.items[at2 - 1];
    const next = map.items[at2 + 1];
    if (prev) return [{ start: valueEnd(prev), end, text: "" }];
    const nextKey = next?.key;
    if ((0, import_yaml6.isNode)(nextKey) && nextKey.range) return [{ start: keyStart, end: nextKey.range[0], text: "" }];
    return [{ start: keyStart, end, text: "" }];
  }
  const first = lineStart(text, keyStart);
  const last = lineEnd(text, end);
  const out = [];
  for (let start = first; start <= last; ) {
    const stop = lineEnd(text, start);
    if (!/^\s*#/.test(text.slice(start, stop)))
      out.push({ start, end: Math.min(stop + 1, text.length), text: "" });
    start = stop + 1;
  }
  return out;
}

// src/core/plan.ts
function weightsOf(service) {
  return Object.fromEntries(Object.entries(service.versions).map(([v, c]) => [v, c.weight]));
}
function refuse(reason, message) {
  return { ok: false, reason, message };
}
function proportional(params) {
  const { before, order, stable, version: version2, weight: weight2 } = params;
  const others = order.filter((v) => v !== version2);
  const rest = 100 - weight2;
  const base = others.reduce((a, v) => a + (before[v] ?? 0), 0);
  const after = {};
  for (const v of order) after[v] = 0;
  after[version2] = weight2;
  if (others.length === 0) return after;
  if (base === 0) {
    const receiver = others.includes(stable) ? stable : others[0];
    after[receiver] = rest;
    return after;
  }
  Object.assign(
    after,
    largestRemainder(
      others.map((v) => [v, rest * (before[v] ?? 0) / base]),
      rest
    )
  );
  return after;
}
function pickService(config2, wanted) {
  const keys = Object.keys(config2.services);
  if (wanted === void 0) {
    if (keys.length === 1) return [keys[0], config2.services[keys[0]]];
    return refuse(
      "service-required",
      `rollout.yaml has ${keys.length} services (${keys.join(", ")}): name one first, e.g. \`${keys[0]} v2 20\`.`
    );
  }
  const s = config2.services[wanted];
  if (!s)
    return refuse(
      "unknown-service",
      `no service \`${wanted}\` in rollout.yaml (services: ${keys.join(", ")}).${didYouMean(wanted, keys)}`
    );
  return [wanted, s];
}
function checkVersion(service, s, version2) {
  const versions = Object.keys(s.versions);
  if (versions.includes(version2)) return void 0;
  return refuse(
    "unknown-version",
    `service \`${service}\` has no version \`${version2}\` (versions: ${versions.join(", ")}).${didYouMean(version2, versions)} Add it under services.${service}.versions in rollout.yaml first.`
  );
}
function currentCanary(s, service) {
  const nonStable = Object.keys(s.versions).filter((v) => v !== s.stable);
  const live = nonStable.filter((v) => (s.versions[v]?.weight ?? 0) > 0);
  if (live.length === 1) return live[0];
  if (live.length === 0 && nonStable.length === 1) return nonStable[0];
  if (nonStable.length === 0)
    return refuse(
      "no-next-step",
      `service \`${service}\` has only its stable version \`${s.stable}\`: add a new version to roll out.`
    );
  return refuse(
    "ambiguous-canary",
    `service \`${service}\` has several candidate versions (${(live.length ? live : nonStable).join(", ")}): name one, e.g. \`next ${(live.length ? live : nonStable)[0]}\`.`
  );
}
function planMirror(service, s, change) {
  const current = s.mirror;
  if (change.off) {
    if (!current) return refuse("no-op", `\`${service}\` mirrors no version: nothing to stop.`);
    return { mirror: void 0 };
  }
  const { version: version2, percent } = change;
  const field = routerOf(s).broughtField;
  const brought = s[field];
  if (brought !== void 0)
    return refuse(
      "mirror-not-rendered",
      `\`${service}\` routes through your own file \`${brought}\` (\`${field}\`), whose mirror rollout-bot does not edit: add the mirror to that file yourself, or let rollout-bot render the routes (\`manifests\`).`
    );
  const bad = checkVersion(service, s, version2);
  if (bad) return bad;
  if (version2 === s.stable)
    return refuse(
      "mirror-is-stable",
      `\`${version2}\` is the stable version of \`${service}\`: it serves live traffic, so its metrics would mix copies with real answers. Mirror a version at weight 0.`
    );
  const weight2 = s.versions[version2]?.weight ?? 0;
  if (weight2 > 0)
    return refuse(
      "mirror-serves-traffic",
      `\`${version2}\` serves ${weight2} % of live traffic: its metrics would mix copies with real answers. Mirror a version at weight 0, or take it to 0 first (\`${version2} 0\`).`
    );
  if (!Number.isInteger(percent) || percent < 1 || percent > 100)
    return refuse(
      "percent-out-of-range",
      `mirror percent ${percent} is out of range: use a whole number from 1 to 100${percent === 0 ? ", or `mirror off` to stop mirroring" : ""}.`
    );
  if (current && current.version === version2 && current.percent === percent)
    return refuse(
      "no-op",
      `\`${service}\` already mirrors ${percent} % of requests to \`${version2}\`: nothing to change.`
    );
  return { mirror: { version: version2, percent } };
}
function describe2(w) {
  return Object.entries(w).map(([v, n]) => `${v} ${n} %`).join(", ");
}
function planTraffic(params) {
  const { config: config2, request } = params;
  const picked = pickService(config2, request.service);
  if (!Array.isArray(picked)) return picked;
  const [service, s] = picked;
  const order = Object.keys(s.versions);
  const before = weightsOf(s);
  const change = request.change;
  let after;
  let stableAfter = s.stable;
  let canary;
  let finalStep = false;
  let mirrorAfter = s.mirror;
  const all = (winner) => Object.fromEntries(order.map((v) => [v, v === winner ? 100 : 0]));
  switch (change.kind) {
    case "set": {
      const bad = checkVersion(service, s, change.version);
      if (bad) return bad;
      if (change.weight < 0 || change.weight > 100)
        return refuse(
          "weight-out-of-range",
          `weight ${change.weight} is out of range: use a whole number from 0 to 100.`
        );
      if (order.length === 1 && change.weight !== 100)
        return refuse(
          "bad-sum",
          `\`${change.version}\` is the only version of \`${service}\`, so it carries 100 %: add another version first.`
        );
      after = proportional({
        before,
        order,
        stable: s.stable,
        version: change.version,
        weight: change.weight
      });
      canary = change.version === s.stable ? void 0 : change.version;
      break;
    }
    case "weights": {
      for (const [v, w] of change.weights) {
        const bad = checkVersion(service, s, v);
        if (bad) return bad;
        if (w < 0 || w > 100)
          return refuse(
            "weight-out-of-range",
            `weight ${w} for \`${v}\` is out of range: use a whole number from 0 to 100.`
          );
      }
      const sum = change.weights.reduce((a, [, w]) => a + w, 0);
      if (sum !== 100)
        return refuse(
          "bad-sum",
          `weights add up to ${sum}, not 100 (${change.weights.map(([v, w]) => `${v}:${w}`).join(":")}). Make them add up to 100; versions left out get 0.`
        );
      const given = new Map(change.weights);
      after = Object.fromEntries(order.map((v) => [v, given.get(v) ?? 0]));
      const rising = order.filter((v) => v !== s.stable && (after[v] ?? 0) > 0);
      canary = rising.length === 1 ? rising[0] : void 0;
      break;
    }
    case "next": {
      let version2 = change.version;
      if (version2 === void 0) {
        const c = currentCanary(s, service);
        if (typeof c !== "string") return c;
        version2 = c;
      } else {
        const bad = checkVersion(service, s, version2);
        if (bad) return bad;
      }
      const current = before[version2] ?? 0;
      const step = s.steps.find((x) => x > current);
      if (step === void 0) {
        return refuse(
          "no-next-step",
          `\`${version2}\` is at ${current} %, past the last step (steps: ${s.steps.join(", ")}). Use \`promote ${version2}\` to make it stable, or set a weight.`
        );
      }
      const belowFull = s.steps.filter((x) => x < 100);
      finalStep = step === 100 && current >= (belowFull[belowFull.length - 1] ?? 0);
      after = proportional({ before, order, stable: s.stable, version: version2, weight: step });
      canary = version2;
      break;
    }
    case "promote": {
      const bad = checkVersion(service, s, change.version);
      if (bad) return bad;
      after = all(change.version);
      stableAfter = change.version;
      canary = change.version;
      const belowFull = s.steps.filter((x) => x < 100);
      finalStep = (before[change.version] ?? 0) >= (belowFull[belowFull.length - 1] ?? 0);
      break;
    }
    case "abort":
      after = all(s.stable);
      break;
    case "mirror": {
      const m = planMirror(service, s, change);
      if ("ok" in m) return m;
      mirrorAfter = m.mirror;
      after = before;
      const live = order.filter((v) => v !== s.stable && (before[v] ?? 0) > 0);
      canary = live.length === 1 ? live[0] : void 0;
      break;
    }
  }
  if (change.kind !== "mirror" && mirrorAfter && ((after[mirrorAfter.version] ?? 0) > 0 || stableAfter === mirrorAfter.version))
    mirrorAfter = void 0;
  const cannot = routerOf(s).refusePlan?.({
    input: { key: service, service: s, clusterDomain: config2.clusterDomain },
    after,
    stableAfter,
    mirrorAfter
  });
  if (cannot) return refuse("router-refused", cannot);
  const done = (forced) => ({
    ok: true,
    plan: {
      service,
      kind: change.kind,
      before,
      after,
      stableBefore: s.stable,
      stableAfter,
      ...canary ? { canary } : {},
      forced,
      ...s.mirror ? { mirrorBefore: s.mirror } : {},
      ...mirrorAfter ? { mirrorAfter } : {}
    }
  });
  if (change.kind === "mirror") return done(false);
  if (order.every((v) => after[v] === before[v]) && stableAfter === s.stable) {
    return refuse(
      "no-op",
      `\`${service}\` already has ${describe2(before)}${change.kind === "promote" ? ` and \`${stableAfter}\` is stable` : ""}: nothing to change. Ask for different weights.`
    );
  }
  if (change.kind !== "abort" && !finalStep) {
    const maxStep = s.policy.maxStep;
    const from = params.live ?? before;
    const jump = order.map((v) => ({ v, up: (after[v] ?? 0) - (from[v] ?? 0) })).filter((x) => x.up > maxStep).sort((a, b) => b.up - a.up)[0];
    if (jump && !request.force) {
      return refuse(
        "step-too-large",
        params.live && params.live[jump.v] !== before[jump.v] ? `\`${jump.v}\` serves ${from[jump.v] ?? 0} % now and the open rollout PR already proposes ${before[jump.v]} %; ${after[jump.v]} % would be +${jump.up} on merge, more than policy.maxStep ${maxStep} for \`${service}\`. Merge (or close) the rollout PR first, take a smaller step (at most \`${jump.v} ${(from[jump.v] ?? 0) + maxStep}\`), or add --force if you are allowed to.` : `\`${jump.v}\` would go from ${before[jump.v]} % to ${after[jump.v]} % (+${jump.up}), more than policy.maxStep ${maxStep} for \`${service}\`. Take a smaller step (e.g. \`${jump.v} ${(before[jump.v] ?? 0) + maxStep}\`) or add --force if you are allowed to.`
      );
    }
    if (jump) return done(true);
  }
  return done(false);
}
function describeChange(plan) {
  return Object.keys(plan.after).filter((v) => plan.before[v] !== plan.after[v]).map((v) => `${v} ${plan.before[v] ?? 0} % \u2192 ${plan.after[v]} %`).join(", ");
}
function describeMirror(m) {
  return `\`${m.version}\` receives a copy of ${m.percent} % of requests (shadow traffic; not served, not in the gate)`;
}
function sameMirror(a, b) {
  return a === b || a !== void 0 && b !== void 0 && a.version === b.version && a.percent === b.percent;
}
function describeMirrorChange(plan) {
  const { mirrorBefore: was, mirrorAfter: now } = plan;
  if (sameMirror(was, now)) return void 0;
  if (now) return `${describeMirror(now)}${was ? `; was ${was.percent} % to \`${was.version}\`` : ""}`;
  if (!was) return void 0;
  const weight2 = plan.after[was.version] ?? 0;
  return plan.kind !== "mirror" && weight2 > 0 ? `the mirror to \`${was.version}\` stops: \`${was.version}\` now serves ${weight2} % of live traffic` : `the mirror to \`${was.version}\` (${was.percent} % of requests) stops`;
}

// src/core/workloads/index.ts
var WORKLOADS = [tfServing];
function workloadOf(service) {
  return WORKLOADS.find((w) => service[w.name] !== void 0);
}
function workloadKinds() {
  const seen = /* @__PURE__ */ new Map();
  for (const w of WORKLOADS) for (const k of w.kinds) seen.set(`${k.apiVersion}/${k.kind}`, k);
  return [...seen.values()];
}

// src/core/render.ts
function routerInput(params) {
  return { key: params.key, service: params.service, clusterDomain: params.config.clusterDomain };
}
function header(key) {
  return `${GENERATED_MARK} from rollout.yaml (services.${key}). Edit rollout.yaml, then run \`rollout-bot render\`.
`;
}
function renderService(params) {
  const { configFile, key, service: s } = params;
  if (!s.manifests) return { ok: true, files: [] };
  const dir = repoPath(configFile, s.manifests);
  const input = routerInput({ config: params.config ?? { clusterDomain: "cluster.local" }, key, service: s });
  const router = routerOf(s);
  const groups = [
    ...workloadOf(s)?.render({
      input,
      versionHost: (v) => router.versionHost(input, v),
      sidecar: router.sidecar ?? true
    }) ?? [],
    ...router.render(input)
  ];
  const invalid = router.validate(groups.flatMap((g) => g.objects));
  if (invalid) return { ok: false, reason: "invalid-manifest", message: invalid };
  return {
    ok: true,
    files: groups.map((g) => ({
      path: dir ? `${dir}/${g.file}` : g.file,
      content: header(key) + toYaml(g.objects),
      objects: g.objects
    }))
  };
}

// src/core/changes.ts
function changed(path, before, after) {
  return before === after ? [] : [{ path, before, after }];
}
function settingsOf(loaded, key) {
  const own2 = loaded.included.get(key);
  return own2 ? own2.file : `${loaded.file}: services.${key}`;
}
function renderChanges(params) {
  const { loaded, files } = params;
  const keys = params.services ?? Object.keys(loaded.config.services);
  const out = [];
  const notes = [];
  for (const key of keys) {
    const service = loaded.config.services[key];
    if (!service) continue;
    const r = renderService({ configFile: loaded.file, key, service, config: loaded.config });
    if (!r.ok)
      return {
        ok: false,
        reason: r.reason,
        message: `${settingsOf(loaded, key)}: ${r.message}`
      };
    const wanted = new Set(r.files.map((f) => f.path));
    for (const f of r.files) out.push(...changed(f.path, files.get(f.path), f.content));
    const router = routerOf(service);
    const brought = service[router.broughtField];
    if (brought !== void 0) {
      const path = repoPath(loaded.file, brought);
      const before = files.get(path);
      if (before === void 0) {
        return {
          ok: false,
          reason: "missing-file",
          message: `${settingsOf(loaded, key)}${loaded.included.has(key) ? ": " : "."}${router.broughtField}: \`${path}\` does not exist. Fix the path or commit the file.`
        };
      }
      const edited = router.edit({
        file: path,
        text: before,
        input: routerInput({ config: loaded.config, key, service }),
        weights: weightsOf(service)
      });
      if (!edited.ok) return edited;
      notes.push(...edited.notes);
      out.push(...changed(path, before, edited.text));
    }
    if (service.manifests) {
      const folder = repoPath(loaded.file, service.manifests);
      for (const [path, text] of files) {
        if (directlyIn(folder, path) && !wanted.has(path) && text.startsWith(GENERATED_MARK)) {
          out.push({ path, before: text, after: void 0 });
        }
      }
    }
  }
  return { ok: true, changes: out, notes };
}
function planSet(params) {
  const { loaded, request, files } = params;
  const planned = planTraffic({
    config: loaded.config,
    request,
    ...params.live ? { live: params.live } : {}
  });
  if (!planned.ok) return planned;
  const { plan } = planned;
  const edit = editConfigWeights({
    loaded,
    service: plan.service,
    after: plan.after,
    stableAfter: plan.stableAfter,
    ...sameMirror(plan.mirrorBefore, plan.mirrorAfter) ? {} : { mirrorAfter: plan.mirrorAfter ?? null }
  });
  const own2 = loaded.included.get(plan.service);
  const reloaded = own2 ? loadConfig({
    text: loaded.parsed,
    file: loaded.file,
    included: /* @__PURE__ */ new Map([[own2.file, edit.parsed]]),
    only: plan.service
  }) : loadConfig({ text: edit.parsed, file: loaded.file, included: /* @__PURE__ */ new Map() });
  if (!reloaded.ok) throw new Error(`edited ${edit.file} no longer validates:
${reloaded.message}`);
  const service = reloaded.loaded.config.services[plan.service];
  if (!service || Object.entries(plan.after).some(([v, w]) => service.versions[v]?.weight !== w)) {
    throw new Error(`edited ${edit.file} does not carry the planned weights for ${plan.service}`);
  }
  if (service.stable !== plan.stableAfter || !sameMirror(service.mirror, plan.mirrorAfter)) {
    throw new Error(`edited ${edit.file} does not carry the planned stable and mirror for ${plan.service}`);
  }
  const edited = handEdit({ loaded, key: plan.service, files, after: reloaded.loaded });
  if (edited) return { ok: false, reason: "hand-edited", message: edited };
  const rendered = renderChanges({ loaded: reloaded.loaded, files, services: [plan.service] });
  if (!rendered.ok) return rendered;
  return {
    ok: true,
    plan,
    changes: [
      ...changed(edit.file, serviceSource(loaded, plan.service).text, edit.text),
      ...rendered.changes
    ],
    notes: rendered.notes
  };
}
function differences(a, b, path = [], out = []) {
  if (Object.is(a, b)) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) differences(a[i], b[i], [...path, i], out);
    return out;
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const ra = a;
    const rb = b;
    for (const k of /* @__PURE__ */ new Set([...Object.keys(rb), ...Object.keys(ra)]))
      differences(ra[k], rb[k], [...path, k], out);
    return out;
  }
  out.push({ path, was: b, is: a });
  return out;
}
function overlaps(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
var docsOf = (text) => (0, import_yaml7.parseAllDocuments)(text);
var jsOf = (text) => {
  const d = docsOf(text);
  return (Array.isArray(d) ? d : [d]).map((x) => x.toJS());
};
function fieldName(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function sourceField(key, service, file, path) {
  const last = path.at(-1);
  const version2 = /deployment-([^/]+)\.yaml$/.exec(file)?.[1];
  if (last === "image" && service.tfServing) {
    return version2 && service.versions[version2]?.image ? `services.${key}.versions.${version2}.image` : `services.${key}.tfServing.image`;
  }
  if (last === "weight") return `services.${key}.versions.<version>.weight`;
  if (version2 && service.versions[version2]) return `services.${key}.versions.${version2}`;
  return `services.${key}`;
}
var show = (v) => v === void 0 ? "(none)" : `\`${typeof v === "string" ? v : JSON.stringify(v)}\``;
function handEdit(params) {
  const { loaded, key, files } = params;
  const service = loaded.config.services[key];
  if (!service?.manifests) return void 0;
  const r = renderService({ configFile: loaded.file, key, service, config: loaded.config });
  if (!r.ok) return void 0;
  const afterService = params.after?.config.services[key];
  const next = afterService ? renderService({ configFile: loaded.file, key, service: afterService, config: loaded.config }) : void 0;
  for (const f of r.files) {
    const text = files.get(f.path);
    if (text === void 0 || text === f.content || !text.startsWith(GENERATED_MARK)) continue;
    const lines = new import_yaml7.LineCounter();
    const docs = nestingProblem(text, f.path) ? [] : (0, import_yaml7.parseAllDocuments)(text, { lineCounter: lines });
    if (!Array.isArray(docs) || docs.length === 0 || docs.some((d) => d.errors.length > 0)) {
      return `${f.path}: was edited by hand (it no longer parses as YAML); rollout-bot renders this file from ${serviceSource(loaded, key).file} (services.${key}). Change it there, or run \`rollout-bot render\` to discard the edit.`;
    }
    const want = jsOf(f.content);
    const nextFile = next?.ok ? next.files.find((n) => n.path === f.path) : void 0;
    const altered = nextFile ? differences(jsOf(nextFile.content), want).map((d) => d.path) : [];
    const diff = differences(
      docs.map((d) => d.toJS()),
      want
    ).find((d) => !altered.some((a) => overlaps(a, d.path)));
    if (!diff) continue;
    const [doc, ...inDoc] = diff.path;
    const node2 = typeof doc === "number" ? nodeAt2(docs[doc]?.contents ?? null, inDoc) : void 0;
    const at2 = node2?.range ? `:${lines.linePos(node2.range[0]).line}` : "";
    const field = inDoc.length > 0 ? fieldName(inDoc) : "(document)";
    return `${f.path}${at2}: ${field}: was edited by hand (${show(diff.was)} \u2192 ${show(diff.is)}); rollout-bot renders this file from ${serviceSource(loaded, key).file} (${sourceField(key, service, f.path, inDoc)}). Change it there, or run \`rollout-bot render\` to discard the edit.`;
  }
  return void 0;
}
function nodeAt2(node2, path) {
  let cur = node2;
  for (const p of path) {
    if ((0, import_yaml7.isMap)(cur)) {
      const pair = cur.items.find((i) => i.key?.value === p);
      if (!pair) return cur;
      cur = pair.value ?? pair.key;
    } else if ((0, import_yaml7.isSeq)(cur) && typeof p === "number") {
      const next = cur.items[p];
      if (!next) return cur;
      cur = next;
    } else return cur ?? void 0;
  }
  return cur ?? void 0;
}
function unifiedDiff(changes) {
  return changes.map(
    (c) => createTwoFilesPatch(
      c.before === void 0 ? "/dev/null" : `a/${c.path}`,
      c.after === void 0 ? "/dev/null" : `b/${c.path}`,
      c.before ?? "",
      c.after ?? "",
      void 0,
      void 0,
      { context: 3 }
    ).split("\n").slice(1).join("\n")
  ).join("");
}
function requestPaths(params) {
  const { text, file } = params;
  const patterns = includeOf({ text, file, ...params.scan ? { scan: params.scan } : {} });
  if (patterns.length === 0) return { files: [], folders: [] };
  const scan = params.scan ?? scanServices(text);
  const inline = scan?.keys ?? [];
  const words = params.words.filter((w) => w !== "");
  const first = words.find((w) => w !== "--force");
  if (first !== void 0 && isServiceKey(first)) {
    const named = parseTrafficRequest({ words, serviceKeys: [.../* @__PURE__ */ new Set([...inline, first])] });
    if (named.ok && named.request.service === first)
      return { files: candidatePaths(patterns, first), folders: [] };
  }
  const parsed = parseTrafficRequest({ words, serviceKeys: inline });
  if (!parsed.ok && parsed.reason === "usage") return { files: [], folders: [] };
  return includeSources(patterns);
}
function knownKeys(inline, patterns, included) {
  const keys = [...inline];
  if (included) {
    for (const f of includedFiles({ patterns, paths: included.keys() }))
      if (isServiceKey(f.key) && !keys.includes(f.key)) keys.push(f.key);
  }
  return keys;
}
function loadForRequest(params) {
  const { text, file, words } = params;
  const scan = params.scan ?? scanServices(text);
  const patterns = includeOf({ text, file, scan });
  const included = params.included ?? (patterns.length > 0 ? void 0 : /* @__PURE__ */ new Map());
  const withIncluded = included === void 0 ? {} : { included };
  const refuseUnknown = (p) => {
    if (p.ok || p.reason !== "unknown-service" || patterns.length === 0) return p;
    const head2 = words.find((w) => w !== "" && w !== "--force") ?? "";
    const keys = knownKeys(scan?.keys ?? [], patterns, included);
    const paths = candidatePaths(patterns, head2);
    return {
      ok: false,
      reason: "unknown-service",
      message: `no service \`${head2}\`: ${file} does not define it${paths.length > 0 ? ` and there is no ${paths.join(" or ")}` : ""}.${didYouMean(head2, keys)} Put a service key first, e.g. \`${keys[0] ?? "mnist"} ${words.slice(1).join(" ")}\`.`
    };
  };
  if (scan) {
    const keys = knownKeys(scan.keys, patterns, included);
    const parsed2 = refuseUnknown(parseTrafficRequest({ words, serviceKeys: keys }));
    if (!parsed2.ok) return parsed2;
    const only = parsed2.request.service ?? (keys.length === 1 ? keys[0] : void 0);
    const r2 = loadConfig({ text, file, scan, ...withIncluded, ...only === void 0 ? {} : { only } });
    return r2.ok ? { ok: true, loaded: r2.loaded, request: parsed2.request } : r2;
  }
  const named = patterns.length > 0 ? requestPaths({ text, file, words }).files.length > 0 : false;
  const head = words.find((w) => w !== "" && w !== "--force");
  const r = loadConfig({
    text,
    file,
    ...withIncluded,
    ...named && head !== void 0 ? { only: head } : {}
  });
  if (!r.ok) return r;
  const parsed = refuseUnknown(
    parseTrafficRequest({ words, serviceKeys: Object.keys(r.loaded.config.services) })
  );
  return parsed.ok ? { ok: true, loaded: r.loaded, request: parsed.request } : parsed;
}

// src/core/apply-plan.ts
var import_yaml8 = __toESM(require_dist(), 1);
function broughtPath(configFile, service) {
  const rel = service[routerOf(service).broughtField];
  return rel === void 0 ? void 0 : repoPath(configFile, rel);
}
function managedKinds(service) {
  return [...workloadKinds(), ...routerOf(service).kinds];
}
function isObject2(doc) {
  const d = doc;
  return typeof d?.apiVersion === "string" && typeof d.kind === "string" && typeof d.metadata?.name === "string";
}
function desiredObjects(params) {
  const { configFile, service, files } = params;
  const paths = [];
  if (service.manifests) {
    const dir = repoPath(configFile, service.manifests);
    for (const p of [...files.keys()].sort()) if (directlyIn(dir, p) && /\.ya?ml$/.test(p)) paths.push(p);
  }
  const brought = broughtPath(configFile, service);
  if (brought !== void 0) paths.push(brought);
  const out = [];
  for (const path of paths) {
    const text = files.get(path);
    if (text === void 0)
      return {
        ok: false,
        reason: "invalid-manifest",
        message: `${path}: not found. Commit it, or fix the path in ${configFile}.`
      };
    const deep = nestingProblem(text, path);
    if (deep) return { ok: false, reason: "invalid-manifest", message: formatProblems([deep]) };
    const docs = (0, import_yaml8.parseAllDocuments)(text, YAML_OPTIONS);
    const list = Array.isArray(docs) ? docs : [];
    for (const [i, doc] of list.entries()) {
      const err = doc.errors[0];
      if (err)
        return {
          ok: false,
          reason: "invalid-manifest",
          message: `${path}: document ${i + 1}: ${err.message.split("\n")[0]}. Fix the YAML.`
        };
      if (!(0, import_yaml8.isMap)(doc.contents)) continue;
      const js = doc.toJS();
      if (!isObject2(js)) {
        return {
          ok: false,
          reason: "invalid-manifest",
          message: `${path}: document ${i + 1} has no apiVersion, kind or metadata.name. Give it all three.`
        };
      }
      out.push({
        ...js,
        metadata: { ...js.metadata, namespace: js.metadata.namespace ?? service.namespace }
      });
    }
  }
  const seen = /* @__PURE__ */ new Set();
  for (const o of out) {
    const k = refKey(refOf(o));
    if (seen.has(k))
      return {
        ok: false,
        reason: "invalid-manifest",
        message: `${o.kind} ${o.metadata.namespace}/${o.metadata.name} is defined twice. Keep one.`
      };
    seen.add(k);
  }
  return { ok: true, objects: out };
}
function versionOf(o) {
  const labels = o.spec?.template?.metadata?.labels;
  return labels?.version ?? o.metadata.labels?.version;
}
function applyPhases(params) {
  const weight2 = (v) => v === void 0 ? 1 : params.service.versions[v]?.weight ?? 0;
  const byKind = (k) => params.objects.filter((o) => o.kind === k);
  const deployments = byKind("Deployment");
  const serving = [...byKind("Service"), ...deployments.filter((d) => weight2(versionOf(d)) > 0)];
  return {
    serving,
    idle: deployments.filter((d) => weight2(versionOf(d)) === 0),
    waitFor: deployments.filter((d) => weight2(versionOf(d)) > 0).map(refOf),
    routing: routerOf(params.service).kinds.map((k) => byKind(k.kind)),
    other: params.objects.filter((o) => !managedKinds(params.service).some((k) => k.kind === o.kind))
  };
}
function managedSelector(service) {
  const managed = Object.entries(MANAGED_BY).map(([k, v]) => `${k}=${v}`).join(",");
  return service === void 0 ? managed : `${managed},${SERVICE_LABEL}=${service}`;
}
var MAX_SELECTOR_KEYS = 50;
function servicesSelector(services) {
  const keys = [...new Set(services)].sort();
  if (keys.length === 0 || keys.length > MAX_SELECTOR_KEYS) return managedSelector();
  return keys.length === 1 ? managedSelector(keys[0]) : `${managedSelector()},${SERVICE_LABEL} in (${keys.join(",")})`;
}
function liveLists(services) {
  const byNamespace = /* @__PURE__ */ new Map();
  for (const { key, service } of services) {
    const ns = byNamespace.get(service.namespace) ?? { keys: [], kinds: /* @__PURE__ */ new Map() };
    ns.keys.push(key);
    for (const k of managedKinds(service)) ns.kinds.set(`${k.apiVersion}/${k.kind}`, k);
    byNamespace.set(service.namespace, ns);
  }
  return [...byNamespace].flatMap(
    ([namespace, { keys, kinds }]) => [...kinds.values()].map((k) => ({ ...k, namespace, labelSelector: servicesSelector(keys) }))
  );
}
function wouldCreate(dryRun) {
  const rv = dryRun.metadata.resourceVersion;
  return rv === void 0 || rv === "" || rv === "0";
}
function pruneSet(params) {
  const keep = new Set(params.desired.map((o) => refKey(refOf(o))));
  const owned = (o) => o.metadata.ownerReferences?.some(
    (r) => r.controller
  ) ?? false;
  return params.live.filter((o) => !owned(o)).map(refOf).filter((r) => !keep.has(refKey(r)));
}
function drift(params) {
  const versions = [.../* @__PURE__ */ new Set([...Object.keys(params.repo), ...Object.keys(params.live)])];
  return versions.map((version2) => ({ version: version2, live: params.live[version2] ?? 0, repo: params.repo[version2] ?? 0 })).filter((d) => d.live !== d.repo);
}
var VOLATILE = ["managedFields", "resourceVersion", "generation", "uid", "creationTimestamp", "selfLink"];
function projection(o) {
  const { status: _status, ...rest } = o;
  const metadata = Object.fromEntries(Object.entries(rest.metadata).filter(([k]) => !VOLATILE.includes(k)));
  const annotations = { ...metadata.annotations ?? {} };
  delete annotations["kubectl.kubernetes.io/last-applied-configuration"];
  if (Object.keys(annotations).length === 0) delete metadata.annotations;
  else metadata.annotations = annotations;
  return { ...rest, metadata };
}
function comparable(o) {
  if (!o) return "";
  return (0, import_yaml8.stringify)(projection(o), { sortMapEntries: true, lineWidth: 0, aliasDuplicateObjects: false });
}
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map((x) => x === void 0 ? "null" : canonical(x)).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    const keys = Object.keys(v).filter((k) => v[k] !== void 0).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}
function sameObject(live, next) {
  return canonical(projection(live)) === canonical(projection(next));
}
function objectDiff(params) {
  const name = `${params.next.kind}/${params.next.metadata.namespace ?? ""}/${params.next.metadata.name}`;
  const before = comparable(params.live);
  const after = comparable(params.next);
  if (before === after) return "";
  return createTwoFilesPatch(
    params.live ? `live/${name}` : "/dev/null",
    `repo/${name}`,
    before,
    after,
    void 0,
    void 0,
    { context: 3 }
  ).split("\n").slice(1).join("\n");
}
function changedServices(params) {
  const keys = Object.keys(params.after);
  if (params.changedPaths === "all") return keys;
  const paths = params.changedPaths;
  return keys.filter((key) => {
    const s = params.after[key];
    if (!s) return false;
    const entryFile = params.included?.get(key)?.file ?? params.configFile;
    if (paths.includes(entryFile) && JSON.stringify(params.before?.[key]) !== JSON.stringify(s)) return true;
    const folder = s.manifests === void 0 ? void 0 : repoPath(params.configFile, s.manifests);
    const own2 = broughtPath(params.configFile, s);
    return paths.some((p) => p === own2 || folder !== void 0 && directlyIn(folder, p));
  });
}

// src/core/service-files.ts
function serviceFiles(params) {
  const { configPath, service, ownFile } = params;
  const brought = service[routerOf(service).broughtField];
  const file = brought === void 0 ? void 0 : resolveFromConfig(configPath, brought);
  const folder = service.manifests === void 0 ? void 0 : resolveFromConfig(configPath, service.manifests);
  return {
    files: [
      .../* @__PURE__ */ new Set([
        configPath,
        ...ownFile === void 0 ? [] : [ownFile],
        ...file === void 0 ? [] : [file]
      ])
    ],
    folders: folder === void 0 ? [] : [folder]
  };
}
function loadedFiles(params) {
  const { loaded } = params;
  const files = /* @__PURE__ */ new Set();
  const folders = /* @__PURE__ */ new Set();
  for (const key of params.services ?? Object.keys(loaded.config.services)) {
    const service = loaded.config.services[key];
    if (!service) continue;
    const own2 = serviceFiles({ configPath: loaded.file, service, ownFile: loaded.included.get(key)?.file });
    for (const f of own2.files) if (f !== loaded.file) files.add(f);
    for (const f of own2.folders) folders.add(f);
  }
  return { files: [...files], folders: [...folders] };
}
function guessPath(params) {
  const key = namedService(params.words);
  if (key === void 0) return void 0;
  const dir = params.configPath.slice(0, params.configPath.lastIndexOf("/") + 1);
  return `${dir}rollout.d/${key}.yaml`;
}
function namedService(words) {
  const all = words.filter((w) => w !== "" && w !== "--force").map((w) => w.toLowerCase());
  const [first, second] = all;
  if (first === void 0) return void 0;
  if (isOneOf(BARE_WORDS, first)) return void 0;
  if (second !== void 0 && /^-?\d/.test(second)) return void 0;
  const word = isOneOf(SERVICE_WORDS, first) ? second : first;
  return word !== void 0 && isServiceKey(word) && !isOneOf(COMMAND_WORDS, word) ? word : void 0;
}
function commandPaths(params) {
  const { text, file, words } = params;
  const scan = params.scan;
  const patterns = includeOf({ text, file, scan });
  if (patterns.length === 0) return { files: [], folders: [] };
  const lower = words.filter((w) => w !== "").map((w) => w.toLowerCase());
  const [first, second] = lower.filter((w) => w !== "--force");
  const bare = isOneOf(BARE_WORDS, first) || isOneOf(BARE_WORDS, second) && lower.length === 2;
  const serviceWord = isOneOf(SERVICE_WORDS, first) || isOneOf(SERVICE_WORDS, second);
  if (bare) return includeSources(patterns);
  if (serviceWord) {
    const key = namedService(words);
    return key === void 0 ? includeSources(patterns) : { files: candidatePaths(patterns, key), folders: [] };
  }
  return requestPaths({ text, file, words, ...scan ? { scan } : {} });
}
function includedAt(params) {
  const patterns = includeOf({ text: params.text, file: params.configPath });
  return includedFiles({ patterns, paths: params.blobs }).map((f) => f.path);
}
function pathsToApply(params) {
  const wanted = /* @__PURE__ */ new Set();
  const folders = [];
  for (const s of Object.values(params.config.services)) {
    const brought = broughtPath(params.configPath, s);
    if (brought) wanted.add(brought);
    if (s.manifests) folders.push(repoPath(params.configPath, s.manifests));
  }
  for (const path of params.blobs) if (folders.some((f) => directlyIn(f, path))) wanted.add(path);
  wanted.delete(params.configPath);
  return [...wanted];
}

export {
  countsInConclusion,
  quantileFromBuckets,
  CHECK_NAMES,
  formatCount,
  formatPercent,
  formatMs,
  formatMsNumber,
  formatPp,
  formatEvidence,
  formatNeeded,
  formatRatio,
  formatDuration,
  formatChance,
  UNAVAILABLE_WORDS,
  cleanVersion,
  evaluateGate,
  durationSeconds,
  serviceQueries,
  requestCounts,
  bucketsByVersion,
  timelines,
  versionRow,
  SERVICE_LABEL,
  showKey,
  formatProblem,
  routerOf,
  planChecks,
  checkSubject,
  judgeCheck,
  ranQueries,
  withQueries,
  CHAT_COMMANDS,
  CLI_COMMANDS,
  COMMAND_WORDS,
  SERVICE_WORDS,
  BARE_WORDS,
  CLI_VERBS,
  isOneOf,
  usageRows,
  durationProblem,
  isServiceKey,
  patternOf,
  candidatePaths,
  includeSources,
  includedFiles,
  scanServices,
  closest,
  didYouMean,
  shownName,
  loadConfig,
  includeOf,
  repoPath,
  directlyIn,
  weightsOf,
  planTraffic,
  describeChange,
  describeMirror,
  sameMirror,
  describeMirrorChange,
  routerInput,
  REQUEST_USAGE,
  parseTrafficRequest,
  renderChanges,
  planSet,
  unifiedDiff,
  requestPaths,
  loadForRequest,
  broughtPath,
  managedKinds,
  desiredObjects,
  versionOf,
  applyPhases,
  servicesSelector,
  liveLists,
  wouldCreate,
  pruneSet,
  drift,
  sameObject,
  objectDiff,
  changedServices,
  serviceFiles,
  loadedFiles,
  guessPath,
  commandPaths,
  includedAt,
  pathsToApply
};
