/**
 * Every GraphQL document rollout-bot sends, for test/adapters/github-queries.test.ts to validate
 * against GitHub's published schema (@octokit/graphql-schema). The service read and the files
 * read are built from counts, so they appear here at counts that exercise every part of them.
 */

import { READ_COMMAND } from "./command-queries.js";
import { EDIT_COMMENT, REPLY } from "./comment-queries.js";
import {
  CREATE_ROLLOUT,
  DELETE_REF,
  FINISH_NEW_PR,
  READ_BRANCH,
  READ_ROLLOUT_PRS,
  REQUEST_REVIEW,
  RESET_ROLLOUT,
  readFilesQuery,
  readServiceQuery,
  UPDATE_ROLLOUT,
} from "./rollout-queries.js";

export const ALL_DOCUMENTS = {
  READ_COMMAND,
  READ_SERVICE_BARE: readServiceQuery({ objects: 0, users: 0, teams: 0 }),
  READ_SERVICE_FULL: readServiceQuery({ objects: 5, users: 2, teams: 2 }),
  READ_FILES_ONE: readFilesQuery(1),
  READ_FILES_SEVERAL: readFilesQuery(3),
  READ_ROLLOUT_PRS,
  CREATE_ROLLOUT,
  RESET_ROLLOUT,
  UPDATE_ROLLOUT,
  FINISH_NEW_PR,
  REQUEST_REVIEW,
  REPLY,
  EDIT_COMMENT,
  DELETE_REF,
  READ_BRANCH,
} as const;
