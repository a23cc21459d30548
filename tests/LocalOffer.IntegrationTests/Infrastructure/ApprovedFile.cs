using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace LocalOffer.IntegrationTests.Infrastructure;

/// <summary>
/// Snapshot testing with approved files (the Verify library is not available from our package
/// registry). The approved output lives beside the test as <c>Snapshots/{name}.approved.html</c>. On a
/// difference the test fails and writes <c>{name}.received.html</c> next to it: compare the two, and if
/// the change is intended, replace the approved file with the received one.
/// </summary>
public static partial class ApprovedFile
{
    public static void AssertMatches(string name, string html, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var approvedPath = Path.Combine(folder, name + ".approved.html");
        var receivedPath = Path.Combine(folder, name + ".received.html");
        var received = Normalise(html);

        if (File.Exists(approvedPath) && File.ReadAllText(approvedPath) == received)
        {
            File.Delete(receivedPath);
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, received);
        throw new Xunit.Sdk.XunitException(File.Exists(approvedPath)
            ? $"{name} differs from its approved snapshot. Compare {receivedPath} with {approvedPath}; if the change is intended, copy the received file over the approved one."
            : $"{name} has no approved snapshot yet. Check {receivedPath} and rename it to {Path.GetFileName(approvedPath)}.");
    }

    /// <summary>Removes what changes from build to build (cache-busting hashes), anti-forgery tokens and trailing spaces.</summary>
    private static string Normalise(string html)
    {
        var text = AntiforgeryToken().Replace(VersionHash().Replace(html, "?v=HASH"), "${name}TOKEN\"");
        return string.Join('\n', text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())).Trim() + "\n";
    }

    [GeneratedRegex(@"\?v=[A-Za-z0-9_\-]+")]
    private static partial Regex VersionHash();

    [GeneratedRegex(@"(?<name>name=""__RequestVerificationToken"" type=""hidden"" value="")[^""]+""")]
    private static partial Regex AntiforgeryToken();
}
