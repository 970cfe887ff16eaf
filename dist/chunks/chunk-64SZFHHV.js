import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);

// src/core/deploy.ts
function refOf(o) {
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    namespace: o.metadata.namespace ?? "default",
    name: o.metadata.name
  };
}
function refKey(r) {
  return `${r.apiVersion}/${r.kind}/${r.namespace}/${r.name}`;
}

export {
  refOf,
  refKey
};
