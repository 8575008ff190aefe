import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { previewEdit } from "@/lib/server/compose/files";
import { editFileBody, stackName } from "@/lib/shared/schemas/stacks";

/** The resolved config (`compose config`) now and with the edit, for the diff shown before saving. Changes nothing. */
export const POST = apiRoute<{ name: string }>(async (req, { params, engine }) => {
  const name = stackName.parse(params.name);
  const body = editFileBody.parse(await readJsonBody(req));
  return previewEdit(engine, name, body.path, body.content);
});
