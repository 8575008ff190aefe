import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { volumeRef } from "@/lib/shared/schemas/volumes";
import { z } from "zod";

/**
 * Opens a browse session for the volume (or joins the live one): the only call that makes a helper container.
 * Listings and downloads of the session only use it.
 */
export const POST = apiRoute<{ name: string }>(async (req, { params, engine }) => {
  const name = volumeRef.parse(params.name);
  z.strictObject({}).parse(await readJsonBody(req));
  const session = await engine.volumeBrowse.open(name);
  return NextResponse.json({ session }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
