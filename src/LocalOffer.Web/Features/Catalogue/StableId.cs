using System.Security.Cryptography;
using System.Text;

namespace LocalOffer.Web.Features.Catalogue;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5): the same category slug gives the same id on every
/// council's site, so Open Referral taxonomy term ids stay stable across installs.
/// </summary>
public static class StableId
{
    private static readonly Guid Namespace = new("5c1f0b7e-8a43-4d0a-9b7e-2f3d6c1a9e40");

    public static Guid From(string kind, string name)
    {
        var ns = Namespace.ToByteArray(bigEndian: true);
        var input = Encoding.UTF8.GetBytes($"{kind}:{name}");
        var hash = SHA1.HashData([.. ns, .. input]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
