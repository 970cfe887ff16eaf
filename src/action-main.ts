// dist/action-main.js: the Action's full path, which dist/index.js loads only when triage says the
// event is the Action's business. A separate entry, as cli-main.js is for cli.js, so that
// dist/index.js is one small file of its own and shares no chunk with the CLI or the app.
export { runAction } from "./modes/main.js";
