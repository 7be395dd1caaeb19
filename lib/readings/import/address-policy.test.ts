import { describe, expect, it } from "vitest";
import { ipLiteral, isPublicAddress, isRefusedHostName } from "./address-policy";

describe("the addresses a page import may connect to", () => {
  it.each([["8.8.8.8"], ["1.1.1.1"], ["140.112.8.116"], ["2606:4700::1111"], ["2001:4860:4860::8888"]])(
    "allows the public address %s",
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["::1", "IPv6 loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "cloud metadata (link-local)"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["::", "IPv6 unspecified"],
    ["255.255.255.255", "broadcast"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "IPv6 multicast"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.1", "documentation"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback in hex"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
    ["::ffff:169.254.169.254", "IPv4-mapped metadata"],
    ["::127.0.0.1", "IPv4-compatible loopback"],
    ["::7f00:1", "IPv4-compatible loopback in hex"],
    ["::808:808", "IPv4-compatible, even of a public address"],
    ["fe80::1", "IPv6 link-local"],
    ["fd00::1", "unique-local"],
    ["fc00::1", "unique-local"],
    ["2002:7f00:1::", "6to4 carrying 127.0.0.1"],
    ["2001:0:4136:e378:8000:63bf:f5ff:fffe", "Teredo carrying 10.0.0.1"],
    ["64:ff9b::a00:1", "NAT64 carrying 10.0.0.1"],
    ["not an address", "unparsable"],
    ["", "empty"],
  ])("refuses %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});

describe("host names refused before any lookup", () => {
  it.each([["localhost"], ["LOCALHOST."], ["metadata"], ["intranet"], ["api.localhost"]])("refuses %s", (name) => {
    expect(isRefusedHostName(name)).toBe(true);
  });

  it.each([["metadata.google.internal"], ["printer.local"], ["nas.home.arpa"]])("refuses %s", (name) => {
    expect(isRefusedHostName(name)).toBe(true);
  });

  it.each([["www.cna.com.tw"], ["example.org"], ["localhost.example.com"]])("lets %s go to the lookup", (name) => {
    expect(isRefusedHostName(name)).toBe(false);
  });

  it("recognises IP literals as a URL spells them, brackets and all", () => {
    expect(ipLiteral("[::1]")).toBe("::1");
    expect(ipLiteral("127.0.0.1")).toBe("127.0.0.1");
    expect(ipLiteral("example.org")).toBeNull();
  });
});
