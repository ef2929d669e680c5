// Preloaded with `node --require` to start the server as on a platform for which @grafeo-db/js has no binary:
// loading the package fails the way its loader does when no native binding matches the platform.
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@grafeo-db/js' || request.startsWith('@grafeo-db/js-')) {
    throw new Error('Cannot find native binding for this platform (simulated: no @grafeo-db/js binary)');
  }
  return resolve.call(this, request, ...rest);
};
