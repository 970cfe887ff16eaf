import { spawn } from "node:child_process";
import type { FileSnapshot } from "../core/changes.js";

function git(root: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Only `cat-file --batch` reads stdin; for the rest a pipe would race with git's exit (EPIPE).
    const child = spawn("git", ["-C", root, ...args], {
      stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    let err = "";
    child.stdout?.on("data", (d: Buffer) => out.push(d));
    child.stderr?.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("error", (e) => reject(new Error(`git ${args[0]} could not run: ${e.message}`, { cause: e })));
    child.on("close", (code) =>
      code === 0
        ? resolve(Buffer.concat(out))
        : reject(new Error(`git ${args.join(" ")} failed: ${err.trim() || `exit ${code}`}`)),
    );
    if (input !== undefined && child.stdin) {
      child.stdin.on("error", () => undefined); // git's own exit code says what went wrong
      child.stdin.end(input);
    }
  });
}

/** The repository checked out at `root`, read at any commit it has (actions/checkout with fetch-depth: 2 or 0). */
export function gitRepo(root: string) {
  return {
    /** Every YAML file (and so rollout.yaml and the manifests) at `ref`, path → text. */
    async filesAt(ref: string): Promise<FileSnapshot> {
      const names = (await git(root, ["ls-tree", "-r", "-z", "--name-only", ref]))
        .toString("utf8")
        .split("\0");
      const yaml = names.filter((n) => /\.ya?ml$/.test(n));
      const out = new Map<string, string>();
      if (yaml.length === 0) return out;
      // One `cat-file --batch` for all of them instead of a process per file.
      const batch = await git(root, ["cat-file", "--batch"], yaml.map((n) => `${ref}:${n}\n`).join(""));
      let at = 0;
      for (const name of yaml) {
        const nl = batch.indexOf(10, at);
        const header = batch.subarray(at, nl).toString("utf8");
        const size = Number(header.split(" ")[2]);
        if (header.endsWith("missing") || Number.isNaN(size)) {
          at = nl + 1;
          continue;
        }
        out.set(name, batch.subarray(nl + 1, nl + 1 + size).toString("utf8"));
        at = nl + 1 + size + 1;
      }
      return out;
    },
    /** Paths changed between two commits. */
    async changedPaths(before: string, after: string): Promise<string[]> {
      return (await git(root, ["diff", "--name-only", "-z", before, after]))
        .toString("utf8")
        .split("\0")
        .filter(Boolean);
    },
  };
}
