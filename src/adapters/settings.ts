// Reads the files the start-up settings name, then parses them (src/core/settings.ts).
import { readFileSync } from "node:fs";
import { type FileRead, filesNeeded, parseSettings, type SettingsResult } from "../core/settings.js";

function readOne(path: string): FileRead {
  try {
    return { ok: true, text: readFileSync(path, "utf8") };
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code ?? "EIO" };
  }
}

export function readSettings(
  env: Readonly<Record<string, string | undefined>> = process.env,
): SettingsResult {
  const files = new Map(filesNeeded(env).map((p) => [p, readOne(p)] as const));
  return parseSettings(env, files);
}
