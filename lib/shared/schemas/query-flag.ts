import { z } from "zod";

/**
 * A yes/no query parameter (`?all=1`, `?force=true`, a bare `?all`): "1", "true" and "" are on, "0" and
 * "false" off, absence off; anything else is a 400 rather than a guess. Case-sensitive, like the values
 * the browser sends.
 */
export const queryFlag = z
  .stringbool({ truthy: ["1", "true", ""], falsy: ["0", "false"], case: "sensitive", error: "must be 1, 0, true or false" })
  .default(false);
