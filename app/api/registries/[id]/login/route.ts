import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { verifyLogin } from "@/lib/server/engine/auth";
import { engineServerAddress } from "@/lib/server/registries/auth-config";
import { getRegistry, rememberLogin } from "@/lib/server/registries/store";
import { checkLoginDestination } from "@/lib/server/registries/v2-client";
import { loginBody, registryId } from "@/lib/shared/schemas/registries";

/**
 * `docker login` for one registry: the engine checks the credentials first, so a wrong password is
 * refused and nothing is kept. Kept in memory; on disk (0600) only with `remember`. A registry whose token
 * server would get the password in the clear from another origin is refused before the engine sees it.
 */
export const POST = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const registry = getRegistry(registryId.parse(params.id));
  const { username, password, remember } = loginBody.parse(await readJsonBody(req));
  if (registry.kind === "v2") await checkLoginDestination({ address: registry.address, credential: { username, password } });
  await verifyLogin(engine, { username, password, serveraddress: engineServerAddress(registry.address) }, req.signal);
  rememberLogin(registry.address, { username, password }, remember);
  return { registry: getRegistry(registry.id) };
});
