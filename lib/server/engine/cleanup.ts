import "server-only";
import {
  buildCacheFacts,
  containerFactsFromInspect,
  containerFactsFromList,
  imageFactsFromDf,
  imageFactsFromInspect,
  networkFacts,
  volumeFacts,
  type RawContainerInspect,
  type RawImageInspect,
  type RawNetwork,
} from "./cleanup-facts";
import type { RawDfContainer, RawDiskUsage } from "./system-mappers";
import { withoutHelpers } from "./helpers";
import { buildCacheVerdict, pruneOrder } from "@/lib/shared/cleanup/build-cache";
import { containerVerdict } from "@/lib/shared/cleanup/containers";
import { containersByImage, imageUniqueSize, imageVerdict } from "@/lib/shared/cleanup/images";
import { containersByNetwork, networkUsers, networkVerdict } from "@/lib/shared/cleanup/networks";
import { buildPreview, shortId } from "@/lib/shared/cleanup/preview";
import { containersByVolume, volumeVerdict } from "@/lib/shared/cleanup/volumes";
import type { CleanupKind, CleanupPreview, CleanupResult, ContainerFacts, EngineSnapshot, RemovedItem, SkippedItem, Verdict } from "@/lib/shared/cleanup/types";
import { toEngineError } from "./errors";
import type { Engine } from "./engine";

export interface PreviewOptions {
  unusedImages: boolean;
  olderThanHours?: number;
}

/** What the cleanup rules look at, from one `system df` plus the image and network lists; the df as it came too. */
export async function cleanupSnapshot(engine: Engine): Promise<{ df: RawDiskUsage; snapshot: EngineSnapshot }> {
  try {
    const [df, allImages, networks] = await Promise.all([
      engine.diskUsage.read(),
      engine.docker.listImages({ all: true }) as Promise<{ ParentId?: string }[]>,
      engine.docker.listNetworks() as Promise<RawNetwork[]>,
    ]);
    const snapshot = {
      containers: (df.Containers ?? []).map(containerFactsFromList),
      images: (df.Images ?? []).map(imageFactsFromDf),
      parentIds: allImages.map((i) => i.ParentId ?? ""),
      volumes: (df.Volumes ?? []).map(volumeFacts),
      networks: networks.map(networkFacts),
      buildCache: (df.BuildCache ?? []).map(buildCacheFacts),
    };
    return { df, snapshot };
  } catch (err) {
    throw toEngineError(err);
  }
}

/** What a one-click cleanup would remove. */
export async function cleanupPreview(engine: Engine, opts: PreviewOptions): Promise<CleanupPreview> {
  const { snapshot } = await cleanupSnapshot(engine);
  return buildPreview(snapshot, { ...opts, now: Date.now() });
}

export interface CleanupRequest {
  containers: string[];
  images: string[];
  volumes: string[];
  networks: string[];
  /** `true`: every record the rules offer now; ids: only those (what the preview showed). */
  buildCache?: boolean | string[];
  /** The preview included tagged unused images: without it a tagged image is skipped. */
  unusedImages?: boolean;
}

/** A fresh look at one resource just before removal: the rule's verdict now, and what removing it gives back. */
interface Recheck {
  verdict: Verdict;
  name: string;
  size: number;
}

const gone = (name: string): Recheck => ({ verdict: { offer: false, reason: "Already gone" }, name, size: 0 });

async function orGone<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (toEngineError(err).status === 404) return undefined;
    throw err;
  }
}

async function allContainers(engine: Engine): Promise<ContainerFacts[]> {
  return withoutHelpers((await engine.docker.listContainers({ all: true })) as RawDfContainer[]).map(containerFactsFromList);
}

const now = () => ({ now: Date.now() });

async function recheckContainer(engine: Engine, id: string): Promise<Recheck> {
  // dockerode sends inspect's options as the query (`?size=true` measures the writable layer); its types omit it.
  const withSize = { size: true } as { abortSignal?: AbortSignal };
  const raw = (await orGone(() => engine.docker.getContainer(id).inspect(withSize))) as RawContainerInspect | undefined;
  if (!raw) return gone(shortId(id));
  const facts = containerFactsFromInspect(raw);
  return { verdict: containerVerdict(facts, now()), name: facts.name, size: facts.sizeRw };
}

async function recheckImage(engine: Engine, id: string, unusedImages: boolean, sizes: Map<string, number>): Promise<Recheck> {
  const raw = (await orGone(() => engine.docker.getImage(id).inspect())) as RawImageInspect | undefined;
  if (!raw) return gone(shortId(id));
  const facts = imageFactsFromInspect(raw);
  const [containers, all] = await Promise.all([allContainers(engine), engine.docker.listImages({ all: true }) as Promise<{ ParentId?: string }[]>]);
  const use = { users: containersByImage(containers).get(facts.id) ?? [], isParent: all.some((i) => i.ParentId === facts.id) };
  return { verdict: imageVerdict(facts, use, { unusedImages, ...now() }), name: facts.tags[0] ?? shortId(facts.id), size: sizes.get(facts.id) ?? 0 };
}

async function recheckVolume(engine: Engine, name: string, sizes: Map<string, number>): Promise<Recheck> {
  const raw = await orGone(() => engine.docker.getVolume(name).inspect());
  if (!raw) return gone(name);
  const facts = volumeFacts(raw);
  const users = containersByVolume(await allContainers(engine)).get(name) ?? [];
  // The refCount of an inspect is unknown (-1): the container list above is the judge.
  return { verdict: volumeVerdict(facts, users, now()), name, size: Math.max(0, sizes.get(name) ?? 0) };
}

async function recheckNetwork(engine: Engine, id: string): Promise<Recheck> {
  const raw = (await orGone(() => engine.docker.getNetwork(id).inspect())) as RawNetwork | undefined;
  if (!raw) return gone(shortId(id));
  const facts = networkFacts(raw);
  const users = networkUsers(facts, containersByNetwork(await allContainers(engine)));
  return { verdict: networkVerdict(facts, users, now()), name: facts.name, size: 0 };
}

async function removeImageById(engine: Engine, id: string): Promise<void> {
  const raw = (await engine.docker.getImage(id).inspect()) as RawImageInspect;
  // A volume browse helper made from it would make the engine refuse: it ends (the browser opens another).
  await engine.volumeBrowse.release({ imageId: raw.Id ?? id });
  // An image with several tags is refused by id without force, and force would also remove it from under a
  // container created meanwhile: untag all but one by name, then remove the image itself by id.
  const tags = (raw.RepoTags ?? []).filter((t) => t !== "<none>:<none>");
  for (const tag of tags.slice(0, -1)) await engine.docker.getImage(tag).remove({ force: false });
  await engine.docker.getImage(id).remove({ force: false });
}

/** `/build/prune` restricted to one record: API 1.41 takes one `id` filter value, matched as a regular expression. */
async function pruneBuildRecord(engine: Engine, id: string): Promise<number> {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const res = await new Promise<{ SpaceReclaimed?: number } | undefined>((resolve, reject) =>
    engine.docker.modem.dial(
      {
        path: "/build/prune?",
        method: "POST",
        options: { all: true, filters: { id: [`^${escaped}$`] } },
        statusCodes: { 200: true, 400: "bad parameter", 500: "server error" },
      },
      (err, data) => (err ? reject(err) : resolve(data as { SpaceReclaimed?: number } | undefined)),
    ),
  );
  return res?.SpaceReclaimed ?? 0;
}

/**
 * Removes exactly the given ids, by id (never a blind prune), in the order containers → images → volumes →
 * networks → build cache, so a container removed first no longer holds what comes after. Each item is re-checked
 * with the same rule as the preview just before its removal; what no longer qualifies, or what the engine
 * refuses, is skipped with the reason. The bytes reclaimed add up what was actually removed.
 */
export async function runCleanup(engine: Engine, req: CleanupRequest): Promise<CleanupResult> {
  const removed: RemovedItem[] = [];
  const skipped: SkippedItem[] = [];
  // Sizes of images (their unique layers) and volumes are only in `system df`: one look, before removing anything.
  let df: RawDiskUsage = {};
  if (req.images.length || req.volumes.length || req.buildCache) df = await engine.diskUsage.read().catch(() => ({}));
  const imageSizes = new Map((df.Images ?? []).map((i) => [i.Id ?? "", imageUniqueSize(imageFactsFromDf(i))]));
  const volumeSizes = new Map((df.Volumes ?? []).map((v) => [v.Name ?? "", v.UsageData?.Size ?? 0]));

  const each = async (kind: CleanupKind, ids: readonly string[], recheck: (id: string) => Promise<Recheck>, remove: (id: string) => Promise<unknown>) => {
    for (const id of new Set(ids)) {
      let check: Recheck | undefined;
      try {
        check = await recheck(id);
        if (!check.verdict.offer) {
          skipped.push({ kind, id, name: check.name, reason: check.verdict.reason });
          continue;
        }
        await remove(id);
        removed.push({ kind, id, name: check.name, size: check.size });
      } catch (err) {
        const e = toEngineError(err);
        skipped.push({ kind, id, name: check?.name, reason: e.status === 404 ? "Already gone" : e.message });
      }
    }
  };

  await each("containers", req.containers, (id) => recheckContainer(engine, id), (id) => engine.docker.getContainer(id).remove({ v: false, force: false }));
  await each("images", req.images, (id) => recheckImage(engine, id, req.unusedImages === true, imageSizes), (id) => removeImageById(engine, id));
  await each("volumes", req.volumes, (name) => recheckVolume(engine, name, volumeSizes), async (name) => {
    await engine.volumeBrowse.release({ volume: name });
    await engine.docker.getVolume(name).remove();
  });
  await each("networks", req.networks, (id) => recheckNetwork(engine, id), (id) => engine.docker.getNetwork(id).remove());

  if (req.buildCache) {
    const records = (df.BuildCache ?? []).map(buildCacheFacts);
    const wanted = Array.isArray(req.buildCache) ? new Set(req.buildCache) : undefined;
    for (const id of wanted ?? []) if (!records.some((r) => r.id === id)) skipped.push({ kind: "buildCache", id, reason: "Already gone" });
    for (const r of pruneOrder(records.filter((r) => !wanted || wanted.has(r.id)))) {
      const verdict = buildCacheVerdict(r, now());
      const name = r.description || shortId(r.id);
      if (!verdict.offer) {
        if (wanted) skipped.push({ kind: "buildCache", id: r.id, name, reason: verdict.reason });
        continue;
      }
      try {
        const reclaimed = await pruneBuildRecord(engine, r.id);
        removed.push({ kind: "buildCache", id: r.id, name, size: reclaimed });
      } catch (err) {
        skipped.push({ kind: "buildCache", id: r.id, name, reason: toEngineError(err).message });
      }
    }
  }

  return { removed, skipped, reclaimedBytes: removed.reduce((sum, r) => sum + r.size, 0) };
}
