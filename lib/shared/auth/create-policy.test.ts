import { describe, expect, it } from "vitest";
import { createPolicyRefusal, privilegedAsks } from "./create-policy";

describe("the create policy for non-admins", () => {
  it("lets an ordinary container through: named volumes, tmpfs, bridge, default security", () => {
    expect(
      privilegedAsks({
        NetworkMode: "bridge",
        Binds: ["data:/data", "cache:/cache:ro"],
        Mounts: [{ Type: "volume", Source: "vol" }, { Type: "tmpfs" }],
        SecurityOpt: ["no-new-privileges:true"],
        CapAdd: [],
        Devices: [],
        Privileged: false,
      }),
    ).toEqual([]);
    expect(createPolicyRefusal(undefined)).toBeUndefined();
  });

  it("refuses a host path through Binds and through Mounts alike", () => {
    expect(privilegedAsks({ Binds: ["/etc:/host-etc:ro"] })).toEqual(["the host path /etc (Binds)"]);
    expect(privilegedAsks({ Binds: ["./src:/src"] })).toHaveLength(1);
    expect(privilegedAsks({ Mounts: [{ Type: "bind", Source: "/var/run/docker.sock" }] })).toEqual(["the host path /var/run/docker.sock (Mounts)"]);
    expect(privilegedAsks({ Mounts: [{ Type: "volume", Source: "v", VolumeOptions: { DriverConfig: { Name: "local", Options: { type: "none", o: "bind", device: "/root" } } } }] })).toHaveLength(1);
  });

  it("refuses privileged, host namespaces, devices, capabilities and unconfined profiles", () => {
    expect(createPolicyRefusal({ Privileged: true })).toBe("Only an admin may create a container with privileged mode");
    expect(privilegedAsks({ NetworkMode: "host", PidMode: "host", IpcMode: "HOST" })).toHaveLength(3);
    expect(privilegedAsks({ Devices: [{ PathOnHost: "/dev/sda" }] })).toEqual(["host devices"]);
    expect(privilegedAsks({ CapAdd: ["SYS_ADMIN"] })).toEqual(["added capabilities (SYS_ADMIN)"]);
    for (const opt of ["seccomp=unconfined", "apparmor:unconfined", "label=disable", "systempaths=unconfined"]) {
      expect(privilegedAsks({ SecurityOpt: [opt] }), opt).toHaveLength(1);
    }
    expect(privilegedAsks({ NetworkMode: "container:web" })).toEqual([]);
  });
});
