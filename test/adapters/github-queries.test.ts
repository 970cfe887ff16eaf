import { describe, expect, it } from "@jest/globals";
import { validate } from "@octokit/graphql-schema";
import { ALL_DOCUMENTS } from "../../src/adapters/github/documents.js";

describe("GraphQL documents", () => {
  it.each(Object.entries(ALL_DOCUMENTS))("%s is valid against GitHub's schema", (_name, doc) => {
    expect(validate(doc).map((e) => e.message)).toEqual([]);
  });
});
