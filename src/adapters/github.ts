// The GitHub adapter moved to src/adapters/github/ (one module per resource); this path re-exports
// it so code written against the old path (other branches) still compiles until it moves too.
export { githubAdapter, type OctokitLike, type RepoId } from "./github/index.js";
